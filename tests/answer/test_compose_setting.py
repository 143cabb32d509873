"""Where the story is set (bot/answer/compose/setting.py): the opening of the film's longest
telling, where a plot document is one telling whatever its numbered sections."""
from __future__ import annotations

import pytest

from tests.conftest import engine_over

FILES = {
    "small-thefts/film.toml": 'title = "Small Thefts"\nyear = 2018\n',
    "small-thefts/plot-explained.md": (
        "# Small Thefts (2018) Plot Summary & Ending Explained\n\nHere's the whole story, start to finish.\n\n"
        "## 1. The family\n\nA man and a boy move through a Tokyo supermarket, stealing noodles.\n\n"
        "## 2. A summer of belonging\n\n" + "The family goes to the beach and laughs in the sun all day long. " * 6 + "\n\n"
        "## 3. Caught\n\nThe boy is caught in a shop and the police come to the house in Chiba.\n"
    ),
    "small-thefts/facts.md": "# Facts\n\nSmall Thefts was filmed in Osaka.\n",
}


def test_the_setting_is_the_opening_of_the_whole_telling(tmp_path):
    engine = engine_over(FILES, tmp_path)
    answer = engine.answer_question("where does it take place", "Small Thefts")
    assert answer.found and "Tokyo" in answer.answer, answer.answer


@pytest.mark.parametrize("sentence, sets", [
    ("Over empty Texas landscapes, Sheriff Bell talks about the old-time lawmen.", True),
    ("A man and a boy move through a Tokyo supermarket.", True),
    ("In the morning Bell talks to Moss.", False),  # people, not places
])
def test_a_sentence_sets_the_scene_with_a_place_after_a_preposition(sentence, sets):
    from bot.answer.compose.setting import sets_scene
    assert sets_scene(sentence, False, {"bell", "moss", "sheriff"}) == sets
