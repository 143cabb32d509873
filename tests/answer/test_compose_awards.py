"""Awards answers: counts, yes/no about the asked person and category, who won, what was won."""
from __future__ import annotations

import pytest

from tests.answer.awards_critics_fixture import ask, small_engine  # noqa: F401  (fixture)


def test_how_many_counts_wins_at_that_ceremony_and_lists_them(small_engine):
    answer = ask(small_engine, "how many oscars did it win")
    assert answer.found and answer.answer.startswith("Harbour Lights won two at the Academy Awards")
    assert "Best Picture" in answer.answer and "Best Supporting Actress" in answer.answer
    assert "Palme" not in answer.answer  # another ceremony


def test_how_many_nominations(small_engine):
    answer = ask(small_engine, "how many oscar nominations did it get")
    assert "four nominations" in answer.answer and "winning two" in answer.answer


def test_did_it_win_anything_at_a_festival_from_prose_under_its_heading(small_engine):
    answer = ask(small_engine, "did it win anything at cannes")
    assert answer.found and answer.answer.startswith("Yes") and "Palme d'Or" in answer.answer


def test_person_and_category_nominated_but_lost(small_engine):
    answer = ask(small_engine, "did tomas ekberg win best actor")
    text = answer.answer
    assert "won Best Actor at the Nordic Film Awards" in text
    assert "nominated for Best Actor at the Academy Awards (1999) but did not win" in text
    assert "Hal Brenner" in text  # the page's own sentence about it
    assert "Duval" not in text  # never about another person


def test_who_won_a_category_is_a_name_not_yes(small_engine):
    answer = ask(small_engine, "who won best actress at the nordic film awards")
    assert answer.answer.startswith("Ines Duval won Best Actress at the Nordic Film Awards")


def test_what_did_a_person_win_is_a_list_not_yes(small_engine):
    answer = ask(small_engine, "what did ines duval win for it")
    assert not answer.answer.startswith("Yes")
    assert "Best Supporting Actress" in answer.answer and "Best Actress" in answer.answer


@pytest.mark.parametrize("question", ["why did it win best picture", "did hal brenner win best actor"])
def test_no_confident_facts_answer_where_the_facts_do_not_fit(small_engine, question):
    answer = ask(small_engine, question)
    assert not answer.answer.startswith(("Yes", "No."))
