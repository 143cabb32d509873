"""Crew answers (bot/answer/compose/crew.py): a role no document names is declined, not answered
with a sentence about someone else."""
from __future__ import annotations

import pytest

from bot.answer.engine import AnswerEngine
from tests.conftest import engine_over

FILES = {
    "night-run/film.toml": 'title = "Night Run"\nyear = 2017\n',
    "night-run/credits.txt": (
        "Directed by\n\nAnna Lind\n\nWriting credits\n\nPer Holm\tscreenplay\nEva Berg\tnovel\n\n"
        "Cast\n\nRyan Cole ........ K\nMaja Sten ........ Joi\n"
    ),
    "night-run/trivia.md": "- During the fight, Maja Sten hit Ryan Cole in the face for real. The idea was conceived by Per Holm.\n",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(FILES, tmp_path_factory.mktemp("crew"))


def test_a_role_no_document_mentions_is_declined(engine):
    answer = engine.answer_question("who did ryan coles stunts", "Night Run")
    assert not answer.found and "Ryan Cole" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("who wrote the screenplay", "Per Holm"),  # 'Name<TAB>screenplay' under a writing heading
    ("who directed it", "Anna Lind"),
    ("whose idea was it", "Per Holm"),
])
def test_credits_in_a_credits_page(engine, question, expected):
    answer = engine.answer_question(question, "Night Run")
    assert answer.found and expected in answer.answer and "Eva Berg" not in answer.answer, answer.answer
