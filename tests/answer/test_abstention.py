"""Calibrated abstention on the bundled corpus: pairs of questions, one the documents answer
(often in other words, or with a typo) and one they cannot, close in wording."""
from __future__ import annotations

import pytest


def ask(engine, question: str):
    return engine.answer_question(question, "Parallel Mothers")


@pytest.mark.parametrize("answerable, expected, unanswerable", [
    # a word the documents never use no longer means "I don't know" by itself
    ("who directd it", "Almodóvar", "who directed Jurassic Park"),
    # one unknown short word is a typo, unless it is written as a name
    ("who directed it", "Almodóvar", "who directed Titanic"),
    ("how long does it run for, roughly", "120", "how long is the queue at the premiere tomorrow"),
    ("where was it shot", "Madrid", "what's the weather in Madrid tomorrow"),
    ("how many Goya nominations did it get", "seven", "how many Twitter followers does Milena Smit have"),
    ("what is Ana's mother's profession", "actress", "how old is Milena Smit"),
    ("what does the DNA test reveal about the baby", "", "what was the budget"),
    # an outside fact qualified by words the documents never use: they can't tell
    ("where can i stream it", "", "where can i stream it in canada"),
    # a name answers only beside the one named: the baby is named, Arturo's wife never is
    ("whats the babys name", "Cecilia", "whats arturos wifes name"),
    # a critic or outlet no document names: the documents' "Madrid" is no review from Madrid's paper
    ("what did jared huizenga think", "Huizenga", "what did the madrid times say about it"),
    # whether the film has a thing no document mentions: not another thing's "No, there is no …"
    ("is there a post credits scene", "post-credits", "is there a sex scene"),
    # a fact of the kind asked that misses the question's subject: the release year is no birth year
    ("what year did it come out", "2021", "what year was milena smit born"),
])
def test_answers_the_answerable_and_declines_its_neighbour(seed_engine, answerable, expected, unanswerable):
    yes = ask(seed_engine, answerable)
    assert (yes.found or not expected) and expected in yes.answer, yes.answer
    no = ask(seed_engine, unanswerable)
    assert not no.found and no.answer.startswith("I don't know"), no.answer


@pytest.mark.parametrize("question, looked_for", [
    ("what was the budget", "the budget"),
    ("how much did it make at the box office", "box-office"),
    ("where can i stream it", "where it is streaming"),
    ("what's its rotten tomatoes score", "Rotten Tomatoes"),
])
def test_a_declined_fact_says_what_was_looked_for(seed_engine, question, looked_for):
    answer = ask(seed_engine, question)
    assert not answer.found and looked_for in answer.answer and "never mention" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected, not_first", [
    ("when did it come out", "came out in 2021", "April"),  # the documents' only date is the home release
    ("what's the release date", "came out in 2021", "April"),
    ("when was it released on dvd", "April 05, 2022", None),
])
def test_came_out_is_the_year_before_a_home_release(seed_engine, question, expected, not_first):
    answer = ask(seed_engine, question)
    assert answer.found and expected in answer.answer, answer.answer
    if not_first:
        assert answer.answer.index(expected) < answer.answer.index(not_first)


def test_where_it_takes_place_is_the_story_s_place_not_the_filming_location(seed_engine):
    answer = ask(seed_engine, "where does it take place")
    assert answer.found and "Madrid" in answer.answer and "filmed" not in answer.answer, answer.answer
