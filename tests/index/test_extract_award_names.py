"""How an award is named (index/extract/award_names.py): one name per ceremony, a category's form,
recipients."""
from __future__ import annotations

from index.extract.award_names import category_name, ceremony_name, recipients_in


def test_one_name_per_ceremony_whatever_the_page_calls_it():
    assert ceremony_name("Academy Award®") == "Academy Awards"
    assert ceremony_name("ACADEMY AWARDS") == "Academy Awards"
    assert ceremony_name("the Golden Globe Award") == "Golden Globe Awards"


def test_a_prize_for_a_category_is_written_as_awards_pages_print_it():
    assert category_name("Volpi Cup for Best Actress") == "Volpi Cup - Best Actress"
    assert category_name("Best Director") == "Best Director"


def test_recipients_are_people_or_nothing():
    assert recipients_in("Penélope Cruz and Milena Smit") == "Penélope Cruz, Milena Smit"
    assert recipients_in("Penélope Cruz (as Janis)") == "Penélope Cruz"
    assert recipients_in("the whole cast") is None


import pytest as _pytest  # noqa: E402

from index.extract.award_names import recipients_in as _recipients_in  # noqa: E402


@_pytest.mark.parametrize("cell, people", [
    ("J. K. Simmons", "J. K. Simmons"),
    ("Craig Mann, Ben Wilkins and Thomas Curley", "Craig Mann, Ben Wilkins, Thomas Curley"),
    ("Robert L. Hoyt, Roger Heman Jr., Earl Madery", "Robert L. Hoyt, Roger Heman Jr., Earl Madery"),
    ("Mexico", None),
])
def test_recipients_with_initials_and_suffixes(cell, people):
    assert _recipients_in(cell) == people
