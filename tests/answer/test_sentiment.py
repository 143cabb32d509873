"""How warmly a sentence speaks (bot/answer/sentiment.py) and the faults critics found
(bot/answer/compose/complaints.py)."""
import pytest

from bot.answer.compose.complaints import asks_for_faults
from bot.answer.sentiment import faults_named, lean


@pytest.mark.parametrize("text, sign", [
    ("A gripping, masterful thriller.", 1),
    ("Overlong and self-satisfied, a procedural that confuses withholding with depth.", -1),
    ("It was not boring at all.", 1),  # a fault denied: the word lists this replaced read a fault
    ("The ending is too neat for a film this sharp.", -1),  # an excess is a fault
    ("It is not too long.", 1),
])
def test_lean_reads_praise_faults_negation_and_excess(text, sign):
    assert lean(text) * sign > 0, lean(text)


def test_a_fault_in_the_making_is_named_where_a_dark_story_is_not():
    assert faults_named("In execution it feels a little flat at times, perhaps lacking importance.") == 2
    assert faults_named("It threads the civil war's traumas into a domestic drama.") == 0
    assert faults_named("The second half is too long.") == 1
    assert faults_named("It is haunting without being heavy-handed, and never dull.") == 0  # faults denied


@pytest.mark.parametrize("question, asks", [
    ("did anyone not like it", True), ("any criticism of it", True), ("was it overrated", True),
    ("did any critics have problems with it", True), ("who didnt like it", True),
    ("did critics like it", False), ("was it any good", False),
])
def test_questions_that_ask_for_faults(question, asks):
    assert asks_for_faults(question) is asks


def test_the_faults_critics_found_in_a_film_they_liked(seed_engine):
    answer = seed_engine.answer_question("did anyone have complaints about it", "Parallel Mothers")
    assert answer.found and "flat" in answer.answer and "traumas" not in answer.answer, answer.answer


def test_judgement_words_count_towards_an_opinion_either_way():
    from bot.answer.compose.critics import opinion_strength
    assert opinion_strength("Chloé Moreau is quietly ferocious, a revelation.") > opinion_strength("Chloé Moreau plays the sister.")
