"""Scores a page prints (a Rotten Tomatoes card, a wiki's "approval rating"): asked for, and before
the critics' own figures when someone asks whether it was any good."""
from __future__ import annotations

import pytest

from tests.conftest import engine_over

FILES = {
    "night-train/film.toml": 'title = "Night Train"\nyear = 2019\n',
    "night-train/rotten-tomatoes.txt": (
        "NIGHT TRAIN\nPG-13 · 2019 · Mystery · 2h 10m\n\n97% TOMATOMETER   450 Reviews\n"
        "92% AUDIENCE SCORE   10,000+ Verified Ratings\n\n"
        "Critics Consensus: Sly, twisty and fun, Night Train rides its cast all the way to the last stop.\n\n"
        "Critics Reviews\nTop Critic · Jane Doe — The Evening Ledger\n\"A joy from start to end.\"\nFresh · 5/5\n\n"
        "John Roe — Sunday Clarion\n\"Clever, but it gives away its secret too soon.\"\nRotten · 2/5\n"),
    "night-train/wiki.txt": (
        "Night Train is a 2019 mystery film.\n\nReception\nThe film premiered at a festival.[3] On Rotten "
        "Tomatoes the film holds a 96% approval rating.[4] Critics praised the cast.\n"),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(FILES, tmp_path_factory.mktemp("printed-scores"))


@pytest.mark.parametrize("question", ["whats it on rotten tomatoes", "did critics like it", "was it any good",
                                      "what did critics say about it"])
def test_the_printed_score_comes_first(engine, question):
    answer = engine.answer_question(question, "Night Train")
    assert answer.found and answer.answer.startswith(("97%", "On Rotten Tomatoes the film holds a 96%")), answer.answer


def test_then_the_printed_consensus(engine):
    assert "Critics Consensus: Sly, twisty and fun" in engine.answer_question("was it any good", "Night Train").answer


def test_the_critics_own_average_is_theirs(engine):
    answer = engine.answer_question("whats the critics average rating", "Night Train")
    assert "97%" not in answer.answer and "3.5 out of 5" in answer.answer, answer.answer


def test_the_cards_give_each_critic(engine):
    answer = engine.answer_question("what did the sunday clarion say", "Night Train")
    assert "gives away its secret" in answer.answer, answer.answer


def test_a_consensus_under_its_own_heading(tmp_path):
    engine = engine_over({
        "quiet-field/film.toml": 'title = "Quiet Field"\nyear = 2020\n',
        "quiet-field/rt.md": ("# Quiet Field\n\n## Critics Consensus\n\nA patient, moving film about a farm in winter.\n\n"
                              "## Critic Reviews\n\nJane Doe, The Evening Ledger — Fresh\nA patient and moving film, beautifully shot.\n"),
    }, tmp_path)
    answer = engine.answer_question("was it any good", "Quiet Field")
    assert answer.answer.startswith("Critics Consensus: A patient, moving film"), answer.answer
