"""How an awards question is read (bot/answer/compose/award_question.py): shape, outcome, ceremonies, category."""
from __future__ import annotations

import pytest

from bot.answer.compose.award_question import read_award_question


@pytest.mark.parametrize("question, form, outcome, ceremonies, category", [
    ("how many oscars did it win", "count", "won", ["Academy Awards"], set()),
    ("how meny oscars did parasite win", "count", "won", ["Academy Awards"], set()),
    ("how many oscar noms did it get", "count", "nominated", ["Academy Awards"], set()),
    ("how many awards did whiplash win", "count", "won", [], set()),
    ("was it up for any baftas", "yesno", "nominated", ["BAFTA Awards"], set()),
    ("did it win any oscars", "yesno", "won", ["Academy Awards"], set()),
    ("what did it win at cannes", "what", "won", ["Cannes Film Festival"], set()),
    ("which festival gave her best actress", "what", "won", [], set()),  # a prize given is won
    ("what baftas did it get", "what", None, ["BAFTA Awards"], set()),
    ("did jk simmons win anything for whiplash", "yesno", "won", [], set()),
    ("what did it lose the oscar to", "lost_to", "nominated", ["Academy Awards"], set()),
    ("what did roma lose best picture to", "lost_to", "nominated", [], set()),
    ("who beat it for best actress", "lost_to", "nominated", [], set()),
    ("did spielberg get an oscar nom for directing it", "yesno", "nominated", ["Academy Awards"], {"director"}),
    ("who won the editing oscar", "who", "won", ["Academy Awards"], {"editing"}),
    ("why did miyazaki skip the oscars", "why", None, ["Academy Awards"], set()),
    ("how did it do at the oscars", "list", None, ["Academy Awards"], set()),  # its results there, no reason
    ("did it win the palme d'or", "yesno", "won", ["Cannes Film Festival"], set()),
])
def test_reading(question, form, outcome, ceremonies, category):
    reading = read_award_question(question)
    assert (reading.form, reading.outcome, reading.ceremony_names) == (form, outcome, ceremonies)
    assert category <= reading.category


@pytest.mark.parametrize("question, other", [
    ("what film did it share the golden bear with", True),
    ("what song was nominated", True),
    ("what awards did it win", False),
    ("what did it win at venice", False),
])
def test_what_asks_for_something_else(question, other):
    assert read_award_question(question).asks_other_thing is other


def test_anything_asks_over_every_ceremony_and_category_words_are_read():
    reading = read_award_question("did giacchino win anything for the score")
    assert reading.form == "yesno" and reading.outcome == "won" and reading.broad and reading.category == {"score"}
    assert not read_award_question("did it win best picture").broad


def test_which_films_asks_for_other_films():
    assert read_award_question("which films won the big five before it").asks_films
    assert not read_award_question("what song won the oscar").asks_films
