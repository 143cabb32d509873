"""What every way of reading a cast credit shares (index/extract/cast_credits.py)."""
from __future__ import annotations

from index.extract.cast_credits import in_spans, make_credit, split_qualifier


def test_a_credit_names_a_person_and_a_character():
    credit = make_credit(7, "Penélope Cruz", "Janis", "a photographer")
    assert credit.offset == 7 and credit.fields == {"actor": "Penélope Cruz", "character": "Janis",
                                                    "description": "a photographer"}


def test_no_credit_for_what_is_no_person_or_no_character():
    assert make_credit(0, "the film") is None
    assert make_credit(0, "Penélope Cruz", "Best Actress") is None  # a prize, not a role
    assert make_credit(0, "Don Rickles") is None and make_credit(0, "Don Rickles", titled_actor=True)


def test_an_age_before_the_character_is_a_description():
    assert split_qualifier("Young Kang Yu-na", None) == ("Kang Yu-na", "young")
    assert split_qualifier("Kang Yu-na", "Adult") == ("Kang Yu-na", "adult")


def test_in_spans():
    assert in_spans(5, [(0, 3), (5, 9)]) and not in_spans(9, [(5, 9)])
