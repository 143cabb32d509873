"""Critics answers: ratings on one scale, critics and outlets askable by name or metadata, comparisons."""
from __future__ import annotations

from tests.answer.awards_critics_fixture import ask, compose_critics, small_engine  # noqa: F401  (fixture)


def test_a_critics_rating_as_printed_and_on_five(small_engine):
    answer = ask(small_engine, "what did cy moss rate it")
    assert "Cy Moss (Frame Review) gave it 8/10 (4 out of 5)" in answer.answer


def test_outlet_rating_by_outlet_name(small_engine):
    answer = ask(small_engine, "what grade did kino weekly give it")
    assert "Bo Lindt" in answer.answer and "C" in answer.answer


def test_worst_and_least(small_engine):
    for question in ("who gave it the worst review", "who liked it least", "which critic hated it most"):
        answer = ask(small_engine, question)
        assert answer.answer.startswith("Bo Lindt (Kino Weekly) gave it the lowest rating"), question


def test_five_stars_and_perfect_score_prefer_the_five_point_scale(small_engine):
    answer = ask(small_engine, "which critic gave it five stars")
    assert answer.answer.startswith("Di Roe (Sunday Dispatch)")
    # "perfect" is in no document: the composer alone (the engine's gate on such words is its own)
    assert compose_critics(small_engine, "who gave it a perfect score").answer.startswith("Di Roe (Sunday Dispatch)")


def test_summary_of_all_verdicts(small_engine):
    answer = ask(small_engine, "was it well reviewed")
    text = answer.answer
    assert text.startswith("4 critics rated Harbour Lights: average")
    assert "Highest:" in text and "Lowest: Bo Lindt (Kino Weekly), C" in text
    assert answer.sources


def test_reviewer_by_front_matter_author_and_source(small_engine):
    # "The Tide Gazette" is named in the front matter only: the composer alone reads it there
    answer = compose_critics(small_engine, "who reviewed it for the tide gazette")
    assert answer.answer.startswith("Wren Halloway reviewed Harbour Lights for The Tide Gazette")


def test_what_a_critic_thought_about_an_actor(small_engine):
    answer = ask(small_engine, "what did wren halloway think about olu bankole")
    assert "more to do" in answer.answer
    answer = ask(small_engine, "what did ann vale think about ines duval")
    assert "layered performance" in answer.answer
