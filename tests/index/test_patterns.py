"""CuedPattern finds exactly what its pattern's own finditer finds."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import generate
from index.extract import crew, verdicts
from index.extract.patterns import _CASE_TWINS, CuedPattern, cued_pattern

REPO = Path(__file__).resolve().parents[2]
EXTRACTORS_CUED = {
    "word ratings": verdicts._WORD_RATINGS[0], "grade ratings": verdicts._GRADE_RATINGS, "by cue": crew._BY_CUE,
}


def spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def extractor_test_texts() -> list[str]:
    """The documents the extractors' own tests write inline: every phrasing they know."""
    texts = []
    for path in sorted((REPO / "tests" / "index").glob("test_extract_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                  and len(n.value) > 12]
    return texts


def texts_of(root: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*")) if p.suffix in (".md", ".txt", ".html")]


@pytest.fixture(scope="module")
def corpus_texts(tmp_path_factory) -> list[str]:
    synthetic = tmp_path_factory.mktemp("synthetic")
    generate(synthetic, 30)
    return (texts_of(REPO / "corpus") + texts_of(REPO / "tests" / "fixtures" / "heldout" / "corpus")
            + texts_of(synthetic) + extractor_test_texts())


@pytest.mark.parametrize("name", EXTRACTORS_CUED)
def test_each_extractors_cued_pattern_finds_what_its_pattern_finds(name, corpus_texts):
    cued = EXTRACTORS_CUED[name]
    found = 0
    for text in corpus_texts:
        for variant in (text, text.upper(), text.title()):
            expected = spans(cued.pattern.finditer(variant))
            assert spans(cued.finditer(variant)) == expected
            found += len(expected)
    assert found  # the texts exercise the pattern


CUE_WORDS = ["rating", "score", "verdict", "grade", "give", "gave", "rate", "deserves", "merits", "written",
             "directed", "edited", "produced", "music by", "our ", "overall ", "gets a", "earned an"]
PIECES = st.sampled_from(CUE_WORDS + ["B+", "A-", ": ", " ", "\n", "4 out of 5", "three stars", "by Jane Doe",
                                      "Ana García", "ſcore", "ıt", "İ", "ẞ", ".", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=40).map("".join),
       st.sampled_from(sorted(EXTRACTORS_CUED)), st.sampled_from([str, str.upper, str.swapcase]))
def test_on_arbitrary_text_too(text, name, case):
    cued = EXTRACTORS_CUED[name]
    text = case(text)
    assert spans(cued.finditer(text)) == spans(cued.pattern.finditer(text))


def test_matches_resume_after_the_previous_match_as_finditer_does():
    cued = cued_pattern(r"(?i:ab)\w*", ("ab",), lead=0)
    text = "xx abab AB_ab ab-AB"
    assert spans(cued.finditer(text)) == spans(re.finditer(r"(?i:ab)\w*", text))
    lead = cued_pattern(r"(?i:(?:very )?good)", ("good",), lead=len("very "))
    assert [m.group() for m in lead.finditer("Very good, very GOOD, good")] == ["Very good", "very GOOD", "good"]


def test_a_cue_must_be_lower_case_ascii():
    with pytest.raises(ValueError):
        CuedPattern("Rating", ("Rating",))


def test_the_case_twins_are_every_character_re_folds_onto_an_ascii_letter_that_lower_does_not():
    any_letter = re.compile("(?i)[a-z]")
    folded = [c for c in map(chr, range(0x80, 0x110000)) if any_letter.fullmatch(c)]
    twins = {c for c in folded if c.lower() not in string.ascii_lowercase}  # "K" (Kelvin) lowers to "k"
    assert twins == {c for c in folded if _CASE_TWINS.fullmatch(c)} == {"\u0130", "\u0131", "\u017f"}
