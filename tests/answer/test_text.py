"""Sentence splitting keeps every word: best_sentences reads a passage's terms from its sentences."""
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer.text import sentences
from index.search import analyze

REPO = Path(__file__).resolve().parents[2]


def passage_terms(text: str) -> set[str]:
    return set(analyze(text))


def sentence_terms(text: str) -> set[str]:
    return {term for sentence in sentences(text) for term in analyze(sentence)}


def test_the_sentences_of_every_bundled_passage_hold_all_its_terms():
    blocks = [block for path in (REPO / "corpus").rglob("*.txt")
              for block in path.read_text(encoding="utf-8").split("\n\n")]
    assert len(blocks) > 50
    for block in blocks:
        assert sentence_terms(block) == passage_terms(block), block[:80]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab é.!?…\"”’)(“‘¿¡-•*\n\t3½") | st.characters(), max_size=120))
def test_the_sentences_of_any_text_hold_all_its_terms(text):
    assert sentence_terms(text) == passage_terms(text)


@pytest.mark.parametrize("text, expected", [
    ("The hero, Mr. Hoopdriver, is a draper. He rides.", ["The hero, Mr. Hoopdriver, is a draper.", "He rides."]),
    ("She sees Dr. Anderson. St. Paul's is near.", ["She sees Dr. Anderson.", "St. Paul's is near."]),
    ("J. R. Hartley wrote it. It sold.", ["J. R. Hartley wrote it.", "It sold."]),
    ("It ends in Act I. Then a song.", ["It ends in Act I.", "Then a song."]),
    ("He left. She stayed!", ["He left.", "She stayed!"]),
    # a wiki's reference marks after the stop end the sentence too (and are dropped)
    ("Craven left.[8] It holds a 90% approval rating.[9][10] It won.",
     ["Craven left.", "It holds a 90% approval rating.", "It won."]),
])
def test_a_title_or_an_initial_ends_no_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # hard-wrapped prose: a line break inside a sentence splits nothing
    ("K finds a buried box. Inside\nare the bones of a replicant.", ["K finds a buried box.", "Inside are the bones of a replicant."]),
    ("She steals the bones,\nkilling Coco. Then she leaves.", ["She steals the bones, killing Coco.", "Then she leaves."]),
    # lines that end a unit keep their breaks: titles, list items, table rows, finished sentences
    ("THE STORY\nLos Angeles, 2049.", ["THE STORY", "Los Angeles, 2049."]),
    ("Directed by Ann Lee\nWritten by Bo Roe", ["Directed by Ann Lee", "Written by Bo Roe"]),
    ("Cast\n- Ann Lee as Mia\n- Bo Roe as Ken", ["Cast", "Ann Lee as Mia", "Bo Roe as Ken"]),
    ("Ann Lee\tdirector\nbo roe\twriter", ["Ann Lee\tdirector", "bo roe\twriter"]),
])
def test_wrapped_lines_join_and_other_breaks_stay(text, expected):
    assert sentences(text) == expected


def test_a_title_at_a_line_s_end_does_not_end_the_sentence():
    assert sentences("Lisa goes to look for Mrs.\nThorwald's ring. She finds it.") == [
        "Lisa goes to look for Mrs. Thorwald's ring.", "She finds it."]


def test_a_long_line_of_capitals_that_stops_mid_sentence_wraps():
    assert sentences("THE FILM WAS PRODUCED ON A BUDGET OF\n$700,000 OVER FIVE YEARS.\nCREDITS\nDirected by Ann Lee") == [
        "THE FILM WAS PRODUCED ON A BUDGET OF $700,000 OVER FIVE YEARS.", "CREDITS", "Directed by Ann Lee"]
