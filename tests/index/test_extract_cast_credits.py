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


def test_actor_names_cast_lists_print():
    # Irish surnames, "St." inside a name, a month or a verb as a first name
    for name in ("Chloé O'Connell Uribe", "Marisol St. John Lindqvist", "May Bellucci", "Will Tran"):
        assert make_credit(0, name, "Sol").fields["actor"] == name
    # a stage title or a single stage name only where the credit's shape names the actor's side
    assert make_credit(0, "Mr. del Río", "Arturo") is None
    assert make_credit(0, "Mr. del Río", "Arturo", titled_actor=True).fields["actor"] == "Mr. del Río"
    assert make_credit(0, "Zizou", "Helena", titled_actor=True).fields["actor"] == "Zizou"
    for word in ("Trailer", "Captain", "Starring", "Variety"):
        assert make_credit(0, word, "Helena", titled_actor=True) is None
    assert make_credit(0, "May", "Elvira") is None
