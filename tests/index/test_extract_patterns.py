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
from index.extract import cast, cast_credits, crew, ratings
from index.extract.patterns import _CASE_TWINS, CuedPattern, cued_line_pattern, cued_pattern

REPO = Path(__file__).resolve().parents[2]
EXTRACTORS_CUED = {
    "word ratings": ratings._WORD_RATINGS[0], "grade ratings": ratings._GRADE_RATINGS, "by cue": crew._BY_CUE,
    "name cue": crew._NAME_CUE, "as credit": cast_credits.AS_CREDIT, "paren pair": cast._PAREN_PAIR,
    "cued pairs": cast._CUED_PAIRS, "label line": crew._LABEL_LINE, "co-written": crew._COWRITTEN_WITH,
}

# A match of every alternative each pattern has, so that a missing cue shows.
PHRASINGS = {
    "word ratings": ["Our rating: 4 out of 5", "We give it three stars", "gave it 4/5", "deserves 3 stars",
                     "merits two stars", "rates it 4 stars", "Overall score: 8/10", "VERDICT: 3 stars",
                     "Final grade: 4/5", "giving it 7 out of 10", "rated 4 stars"],
    "grade ratings": ["Grade: B+.", "It gets a B.", "earned an A-.", "earns a C.", "deserves a C.", "merits a B.",
                      "scores a B.", "I give it a B.", "gives it an A.", "gave it an A.", "got a D.",
                      "My verdict: B", "Our rating: A"],
    "by cue": [f"{cue} by Jane Doe" for cue in (
        "Written and directed", "written/directed", "Writer-director", "writer/director", "Directed", "written",
        "Screenplay", "script", "Music", "score", "soundtrack", "composed", "Cinematography", "photographed",
        "lensed", "edited", "Editing", "produced", "The score was composed")],
    "name cue": ["Jane Doe (director)", "Jane Doe (Composer)", "Jane Doe’s score", "Jane Doe's lush cinematography"],
    "as credit": [f"Jane Doe{space}{verb}{space}Janis." for verb in (
        "as", "plays", "stars as", "portrays", "portrayed", "plays the role of", "played the role of")
        for space in (" ", "\t", "\xa0")],
    "paren pair": ["Janis (Jane Doe)", "Dr. Janis Ruiz (Jane Doe)"],
    "cued pairs": [f"{cue} Jane Doe (Janis)" for cue in (
        "Starring", "featuring", "co-starring", "Also starring", "Cast includes", "Cast members include", "stars",
        "Cast:", "With", "- With", "  With")],
    "label line": ["Director: Jane Doe", "Music by ........ Jane Doe", "Edited by . . . . Jane Doe, John Roe,",
                   "Screenplay … Jane Doe", "| Produced by | Jane Doe |", "Music\tJane Doe", "Director  Jane Doe"],
    "co-written": ["co-wrote the screenplay with Jane Doe", "co-written with Jane Doe", "cowrote with Jane Doe",
                   "co-writing their script with Jane Doe"],
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
    return (texts_of(REPO / "corpus") + texts_of(REPO / "tests" / "fixtures" / "dev-films" / "corpus")
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


@pytest.mark.parametrize("name", EXTRACTORS_CUED)
def test_each_alternative_of_each_pattern_is_found(name):
    cued = EXTRACTORS_CUED[name]
    for phrase in PHRASINGS[name]:
        for text in (phrase, f"Before it.\n{phrase.upper()}\nAfter it.", f"x {phrase}"):
            assert spans(cued.finditer(text)) == spans(cued.pattern.finditer(text)), (name, text)
        assert spans(cued.finditer(phrase)), (name, phrase)  # the phrase is one the pattern reads


CUE_WORDS = ["rating", "score", "verdict", "grade", "give", "gave", "rate", "deserves", "merits", "written",
             "directed", "edited", "produced", "music by", "our ", "overall ", "gets a", "earned an"]
PIECES = st.sampled_from(CUE_WORDS + [p for phrases in PHRASINGS.values() for p in phrases] + [
    "B+", "A-", ": ", " ", "\t", "\xa0", "\n", "\n\n", "- ", "4 out of 5", "three stars", "by Jane Doe", "Ana García",
    "Dr. ", "Jane Doe", "Mr. Reed", "(", ")", " (Janis)", " (director)", "’s score", " as ", " plays ", " portrays ",
    "starring ", "With ", "Cast: ", " and ", ", ", "Kang Yu-na", "ſcore", "ıt", "İ", "ẞ", ".", "x"])


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


def test_a_line_pattern_searches_each_line_with_a_cue_once():
    pattern = r"[A-Z]\w* (?i:as) \w+(?=\n|$)"  # a line's end looked at, not matched
    cued = cued_line_pattern(pattern, (" as",))
    text = "Ana as Janis\nnothing here\nBo AS Teo and Cy as Max\nLast as One"
    assert spans(cued.finditer(text)) == spans(re.finditer(pattern, text))
    assert [m.group() for m in cued.finditer(text)] == ["Ana as Janis", "Cy as Max", "Last as One"]


def test_a_cue_must_be_lower_case_ascii():
    with pytest.raises(ValueError):
        CuedPattern("Rating", ("Rating",))


def test_the_case_twins_are_every_character_re_folds_onto_an_ascii_letter_that_lower_does_not():
    any_letter = re.compile("(?i)[a-z]")
    folded = [c for c in map(chr, range(0x80, 0x110000)) if any_letter.fullmatch(c)]
    twins = {c for c in folded if c.lower() not in string.ascii_lowercase}  # "K" (Kelvin) lowers to "k"
    assert twins == {c for c in folded if _CASE_TWINS.fullmatch(c)} == {"\u0130", "\u0131", "\u017f"}


# Name shapes the shared PERSON pattern and is_person_name read (cast, crew, awards and critics use them).
@pytest.mark.parametrize("text, name", [
    ("Directed by Conor O'Connell.", "Conor O'Connell"),
    ("Directed by Gaspar St. John.", "Gaspar St. John"),
    ("Produced by C. O. Erickson.", "C. O. Erickson"),
    ("Produced by W. Stewart Campbell.", "W. Stewart Campbell"),
    ("Salieri is played by F. Murray Abraham.", "F. Murray Abraham"),
    ("Shot by May O'Connell Ibáñez.", "May O'Connell Ibáñez"),
    ("Music by Will Tran.", "Will Tran"),
    ("Reviewed by Jonah St. Clair.", "Jonah St. Clair"),
])
def test_person_pattern_reads_every_name_shape(text, name):
    from index.extract.patterns import PERSON, is_person_name
    found = [m.group() for m in re.finditer(PERSON, text)]
    assert name in found and is_person_name(name), found


@pytest.mark.parametrize("text", ["Best Director\tSteven Spielberg", "Ralph Fiennes\tMonsieur Gustave"])
def test_a_name_never_runs_across_a_tab(text):
    from index.extract.patterns import PERSON
    assert all("\t" not in m.group() for m in re.finditer(PERSON, text))


@pytest.mark.parametrize("name, expected", [
    ("May Bellucci", True), ("Will Tran", True), ("C. O. Erickson", True), ("Gaspar St. John", True),
    ("May", False), ("C. O.", False), ("Mr. Reed", False), ("Golden Globe", False), ("Best Picture", False),
    ("Oscar Brennan", True), ("Oscar Nominations", False),
])
def test_is_person_name(name, expected):
    from index.extract.patterns import is_person_name
    assert is_person_name(name) is expected
