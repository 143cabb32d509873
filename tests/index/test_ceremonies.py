"""The ceremonies vocabulary (index/ceremonies.py): one name per ceremony for pages and questions."""
from __future__ import annotations

import pytest

import re

from index.ceremonies import canonical, cue_pattern, named_in, one_word_cues, prize_ceremony


@pytest.mark.parametrize("page_name, name", [
    ("Academy Award®", "Academy Awards"),
    ("72nd Academy Awards (2000)", "Academy Awards"),
    ("The Oscars", "Academy Awards"),
    ("60th British Academy Film Awards", "BAFTA Awards"),
    ("BAFTA", "BAFTA Awards"),
    ("Golden Globes", "Golden Globe Awards"),
    ("27th César Awards", "César Awards"),
    ("Cesars", "César Awards"),
    ("21st Goya Awards", "Goya Awards"),
    ("Festival de Cannes", "Cannes Film Festival"),
    ("75th Venice International Film Festival", "Venice Film Festival"),
    ("Berlinale", "Berlin International Film Festival"),
    ("2014 Sundance Film Festival", "Sundance Film Festival"),
    ("Blue Dragon Film Awards", "Blue Dragon Film Awards"),  # not listed: its own name, bare
    ("40th Blue Dragon Film Awards (2019)", "Blue Dragon Film Awards"),
    # critics' groups and other ceremonies, with and without "Awards" after their name
    ("Los Angeles Film Critics Association Awards", "Los Angeles Film Critics Association"),
    ("New York Film Critics Circle", "New York Film Critics Circle"),
    ("National Board of Review Awards", "National Board of Review"),
    ("Gotham Independent Film Awards", "Gotham Awards"),
    ("Premios Platino", "Platino Awards"),
    ("73rd Locarno Film Festival", "Locarno Film Festival"),
])
def test_one_name_per_ceremony(page_name, name):
    assert canonical(page_name) == name


@pytest.mark.parametrize("question, names", [
    ("how many oscars did it win", ["Academy Awards"]),
    ("was it up for any baftas", ["BAFTA Awards"]),
    ("what did it win at cannes", ["Cannes Film Festival"]),
    ("did it win the palme d'or", ["Cannes Film Festival"]),
    ("did it win the palme dor", ["Cannes Film Festival"]),
    ("did roma win at venice", ["Venice Film Festival"]),
    ("what film did it share the golden bear with", ["Berlin International Film Festival"]),
    ("how many césar noms did it get", ["César Awards"]),
    ("any golden globes?", ["Golden Globe Awards"]),
    ("did it win an academy award", ["Academy Awards"]),
    # plurals of any name or word, the ceremonies no one listed before
    ("what did it win at the gothams", ["Gotham Awards"]),
    ("any césars", ["César Awards"]),
    ("how many platinos did it get", ["Platino Awards"]),
    ("was it up for any david di donatellos", ["David di Donatello Awards"]),
    ("did it win anything at locarno", ["Locarno Film Festival"]),
    ("what did the nyfcc give it", ["New York Film Critics Circle"]),
    ("who directed it", []),
    ("what did the critics say", []),
])
def test_ceremonies_a_question_names(question, names):
    assert [c.name for c in named_in(question)] == names


@pytest.mark.parametrize("prize, name", [
    ("Palme d'Or", "Cannes Film Festival"),
    ("Golden Lion", "Venice Film Festival"),
    ("Volpi Cup - Best Actress", "Venice Film Festival"),
    ("Golden Bear", "Berlin International Film Festival"),
    ("Best Director", None),
    ("Grand Jury Prize", None),  # Cannes and Sundance both give one
    ("Pardo for Best Actor", "Locarno Film Festival"),
    ("Golden Leopard", "Locarno Film Festival"),
])
def test_a_prize_names_its_festival(prize, name):
    found = prize_ceremony(prize)
    assert (found.name if found else None) == name


@pytest.mark.parametrize("question, cue", [
    ("did it win any oscars", "oscars"),
    ("was it up for the gothams", "gothams"),
    ("did it win the palme d or", "palme d or"),  # the question's apostrophes are spaces
    ("any golden bears", "golden bears"),
    ("new york critics", "new york critics"),
    ("what did the nyfcc give it", "nyfcc"),
    ("who plays the doctor", None),
])
def test_the_cues_questions_name_ceremonies_by(question, cue):
    """intent's award cues and the answers' ceremony words are built from the one list."""
    found = re.search(rf"\b(?:{cue_pattern()})\b", question)
    assert (found.group(0) if found else None) == cue


def test_one_word_cues_are_nicknames_and_prizes():
    assert {"oscars", "berlinale", "tiff", "palme", "pardo"} <= one_word_cues()
    assert not {w for w in one_word_cues() if " " in w}
