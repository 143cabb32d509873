"""Who plays a character the question describes (bot/answer/compose/cast_story.py): the story says
who that is, the cast list who plays them."""
from __future__ import annotations

import pytest

from tests.conftest import engine_over

FILES = {
    "hot-jazz/film.toml": 'title = "Hot Jazz"\nyear = 1959\n',
    "hot-jazz/plot.md": (
        "# Plot\n\nJoe and Jerry are two broke musicians in Chicago. Jerry, who plays the double bass, worries about "
        "money. Joe plays the saxophone and gambles. They witness a massacre in a garage and flee to Florida with "
        "an all-girl band. On the train they meet Sugar, the band's singer. They tease her and play at being doctors; "
        "but when Bob the pianist plays, Sugar sings. At the hotel the old millionaire Osgood pursues Jerry. They stay with the grandmother, Ida. In Florida the rich Osgood chases Jerry across the dance floor. The drummer, drunk as usual, insults Joe.\n"),
    "hot-jazz/cast.md": (
        "## Cast\n\n- Tony Curtis as Joe\n- Jack Lemmon as Jerry\n- Marilyn Monroe as Sugar\n- Joe E. Brown as Osgood\n"
        "- Michel Legrand as Bob\n- Thelma Ritter as Ida\n- Nehemiah Persoff as Bonaparte, a rich widow\n"),
    "hot-jazz/crew.md": "## Crew\n\n- Music: Joe Gershwin\n",
    "hot-jazz/notes.md": "# Notes\n\nThe film was shot in the spring. Joe Gershwin scored the bandleader tango.\n",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(FILES, tmp_path_factory.mktemp("cast-story"))


@pytest.mark.parametrize("question, actor", [
    ("who plays the guy with the bass", "Jack Lemmon"),
    ("who plays the old millionaire", "Joe E. Brown"),
    ("who plays the singer", "Marilyn Monroe"),
    ("who plays the grandma", "Thelma Ritter"),  # the everyday word for the story's "grandmother"
    # one word of three is another character's description (Bonaparte, "a rich widow"): the story tells
    ("who plays the rich guy on the dance floor", "Joe E. Brown"),
])
def test_a_described_character_is_found_in_the_story(engine, question, actor):
    answer = engine.answer_question(question, "Hot Jazz")
    assert answer.found and answer.answer.startswith(actor), answer.answer


@pytest.mark.parametrize("question", [
    "who plays the doctor",  # "doctors" and Bob are in different clauses: no one is the doctor
    "who plays the garage owner",  # described nowhere near a credited character
    "who plays the drummer",  # the drummer insults Joe: Joe is not the drummer
    "who plays the bandleader",  # "Joe Gershwin scored the bandleader tango": the composer's name, not Joe's
])
def test_no_character_is_made_up(engine, question):
    answer = engine.answer_question(question, "Hot Jazz")
    assert not answer.found, answer.answer


def test_besides_someone_is_the_rest_of_the_cast(engine):
    answer = engine.answer_question("whos in it besides jerry", "Hot Jazz")
    assert "Tony Curtis" in answer.answer and "Jack Lemmon" not in answer.answer, answer.answer


def test_what_a_character_says_is_the_story_not_a_critics_verdict(engine):
    from bot.answer.intent import read_question
    assert read_question("what does jerry say about the money").intent == "critics"  # as a critic would be asked
    assert engine.answer_question("what does jerry say about the money", "Hot Jazz").intent == "plot"


GANG_FILES = {
    "garage-days/film.toml": 'title = "Garage Days"\nyear = 1959\n',
    "garage-days/plot.md": ("# Plot\n\nToothpick runs a garage in Chicago and talks too much. In the garage, Spats guns down "
                            "Toothpick and his men. Spats flees to Florida.\n"),
    "garage-days/cast.md": "## Cast\n\n- George Raft as Spats\n- Edward Stone as Toothpick\n- Rita Vale as Herself\n",
}


def test_an_actor_named_in_a_story_question_is_their_character_and_the_answer_says_who_plays_the_one_asked_for(tmp_path):
    """"who was the guy who gunned down edward stone": the story says "Spats guns down Toothpick";
    the answer names the one asked for, and who plays him, not Toothpick's own credit."""
    engine = engine_over(GANG_FILES, tmp_path)
    answer = engine.answer_question("who was the guy who gunned down edward stone", "Garage Days", spoilers=True)
    assert "Spats guns down Toothpick" in answer.answer and "(George Raft plays Spats.)" in answer.answer, answer.answer


def test_one_who_plays_themselves_is_not_read_as_a_character():
    from bot.answer.compose.cast_story import as_characters
    from bot.answer.credits import CastRow
    rows = [CastRow(actor="Sixto Rodriguez", character="Self"), CastRow(actor="Edward Stone", character="Toothpick")]
    assert as_characters("where is rodriguez from", rows) == "where is rodriguez from"
    assert as_characters("who shot edward stone", rows) == "who shot toothpick"


def test_a_description_several_words_after_the_name_still_describes(tmp_path):
    engine = engine_over({
        "coffee-days/film.toml": 'title = "Coffee Days"\n',
        "coffee-days/plot.md": ("# Plot\n\nAt the coffee shop Christine meets Kyle Scheible, a cool, aloof musician in a band "
                                "who reads Zinn. Christine sings.\n"),
        "coffee-days/cast.md": "## Cast\n\n- Saoirse Ronan as Christine\n- Timothee Chalamet as Kyle Scheible\n",
    }, tmp_path)
    answer = engine.answer_question("who plays the band guy", "Coffee Days")
    assert answer.found and answer.answer.startswith("Timothee Chalamet"), answer.answer


def test_a_who_question_the_story_answers_names_who_plays_the_one_it_names_first(engine):
    # "gorgeous vocalist" is in no document: the question is the story's, whose answer names Sugar first
    answer = engine.answer_question("who plays the gorgeous vocalist they meet on the train", "Hot Jazz")
    assert answer.found and answer.answer.endswith("(Marilyn Monroe plays Sugar.)"), answer.answer
