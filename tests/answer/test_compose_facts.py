"""Facts answers (bot/answer/compose/facts.py) over documents in several layouts: the release a
question asks about (a place, a premiere, a home release), runtimes with other cuts, genres said
twice, countries, remakes, and sources that disagree."""
from __future__ import annotations

import pytest

from bot.answer.engine import AnswerEngine
from tests.conftest import engine_over

FILES = {
    "the-river-road/film.toml": 'title = "The River Road"\nyear = 2016\n',
    "the-river-road/infobox.html": (
        "<table class=\"infobox\"><tr><th>Release dates</th><td>1 September 2016 (Venice)<br>11 November 2016 "
        "(United States)</td></tr><tr><th>Running time</th><td>116 minutes<sup>[1]</sup><br>98 minutes (US cut)</td></tr>"
        "<tr><th>Country</th><td>United States</td></tr></table>\n"
        "<p>The River Road is a 2016 American science fiction drama film.</p>"
    ),
    "the-river-road/press.md": (
        "---\nkind: press\nsource: Lantern Pictures\ngenre: Science fiction\nlanguage: English\n---\n\n"
        "# The River Road\n\nIt was released in the United States on November 10, 2016 and came out on "
        "Blu-ray on 14 February 2017. Hollywood remade it in 2020 as Road of Rivers, with new stars.\n"
        "The film is an original screenplay.\n"
        "It is rated PG-13 for some strong language and brief violence.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(FILES, tmp_path_factory.mktemp("facts"))


ANSWERS = [
    ("is it in french or english", "The River Road is in English."),  # either or: no yes or no
    ("is it in french", "No: The River Road is in English."),
    ("what age rating did it get", "It is rated PG-13 for some strong language and brief violence."),
    ("when did it premiere", "The River Road premiered 1 September 2016 (Venice)."),
    ("when did it hit theaters in the us",
     "The documents disagree on the release date of The River Road: 11 November 2016 (United States) "
     "(infobox.html) and November 10, 2016 (United States) (Lantern Pictures)."),
    ("when did it come out on blu ray", "The River Road was released 14 February 2017 (Blu-ray)."),
    ("how long is it", "The River Road runs 116 minutes (US cut: 98 minutes)."),
    ("what genre is it", "The River Road is a science fiction drama."),
    ("what country is it from", "The River Road is from the United States."),
    ("is it a remake", "No: The River Road is an original screenplay; it was remade as Road of Rivers (2020)."),
]


@pytest.mark.parametrize("question, expected", ANSWERS)
def test_facts_answers(engine, question, expected):
    answer = engine.answer_question(question, "The River Road")
    assert (answer.intent, answer.found, answer.answer) == ("facts", True, expected)


def test_came_out_prefers_a_general_release_to_the_premiere(engine):
    answer = engine.answer_question("when did it come out", "The River Road").answer
    assert "11 November 2016" in answer and "1 September 2016" not in answer.split("11 November 2016")[0]


def test_a_bare_based_on_value_reads_as_based_on():
    from bot.answer.compose.facts import based_on_phrase
    assert based_on_phrase("Old Boy by Garon Tsuchiya") == "based on Old Boy by Garon Tsuchiya"
    assert based_on_phrase("Adapted from the novel by Ted Chiang") == "adapted from the novel by Ted Chiang"
    assert based_on_phrase("not based on a book") == "not based on a book"


QUALIFIED = {
    "kitchen/film.toml": 'title = "Kitchen"\nyear = 2007\n',
    "kitchen/numbers.md": (
        "# Numbers\n\n- Budget: $150 million\n- Worldwide gross: $623.7 million\n- Running time: 111 minutes\n"
        "- Release: June 29, 2007 (United States); premiere June 22, 2007, at the Kodak Theatre in Hollywood\n"
    ),
    "kitchen/review.md": (
        "---\nkind: review\n---\n\nA warm comedy about a cook. Anna Lee is on screen for just under 25 minutes "
        "and still steals the film.\n"
    ),
}


@pytest.mark.parametrize("question, expected", [
    ("where did it premiere", "Kodak Theatre"),  # a place, not the date alone
    ("how long is anna lee actually on screen", "25 minutes"),  # not the running time
    ("how much did it make", "623.7"),
    ("how long is it", "111 minutes"),
])
def test_a_fact_answers_the_question_not_only_its_kind(tmp_path, question, expected):
    engine = engine_over(QUALIFIED, tmp_path)
    assert expected in engine.answer_question(question, film="Kitchen").answer


def test_the_opening_weekend_is_not_the_total_gross(tmp_path):
    answer = engine_over(QUALIFIED, tmp_path).answer_question("what was the opening weekend", film="Kitchen")
    assert not answer.found and "opening-weekend" in answer.answer


def test_a_film_adapted_from_a_novel_is_not_said_to_be_no_remake(tmp_path):
    engine = engine_over({
        "lambs/film.toml": 'title = "Lambs"\nyear = 1991\n',
        "lambs/notes.md": "# Notes\n\nLambs is based on the novel by Thomas Harris. It is a thriller set in Ohio.\n",
    }, tmp_path)
    answer = engine.answer_question("is it a remake", film="Lambs").answer
    assert not answer.startswith("No") and "Thomas Harris" in answer


def test_who_wrote_the_book_is_read_from_a_writing_credit(tmp_path):
    engine = engine_over({
        "night-owls/film.toml": 'title = "Night Owls"\nyear = 1991\n',
        "night-owls/credits.html": ("<h2>Writing credits</h2><table><tr><td>Ted Tally</td><td>screenplay</td></tr>"
                                    "<tr><td>Thomas Harris</td><td>novel</td></tr></table>"),
    }, tmp_path)
    answer = engine.answer_question("who wrote the book its based on", "Night Owls")
    assert answer.found and "Thomas Harris" in answer.answer, answer.answer
