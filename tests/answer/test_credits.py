"""Merging cast credits into one row per actor (bot/answer/credits.py)."""
from __future__ import annotations

from bot.answer.credits import merge_cast
from index.models import CastCredit


def credit(actor: str, character: str | None) -> CastCredit:
    return CastCredit(film="psycho", document="psycho/doc.txt", passage="psycho/doc.txt#0", actor=actor, character=character)


def test_a_credit_read_the_wrong_way_round_goes():
    # "Marion Crane (Leigh)" in prose: the surname in the bracket is Janet Leigh's
    rows = merge_cast([credit("Janet Leigh", "Marion Crane"), credit("Marion Crane", "Leigh"),
                       credit("Anthony Perkins", "Norman Bates")])
    assert [(r.actor, r.character) for r in rows] == [("Janet Leigh", "Marion Crane"), ("Anthony Perkins", "Norman Bates")]


def test_an_actor_who_plays_someone_of_their_own_name_stays():
    rows = merge_cast([credit("Jim Lovell", "Captain"), credit("Tom Hanks", "Jim Lovell")])
    assert len(rows) == 2
