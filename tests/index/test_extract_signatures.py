"""Who signed a verdict (index/extract/signatures.py): signature lines, signed blocks, lines led by a critic."""
from __future__ import annotations

import pytest

from index.extract.signatures import block_signature, signature


@pytest.mark.parametrize("line, dashless, expected", [
    ("— Imogen Delacroix-Hart, *The Riverside Courier*", False, ("Imogen Delacroix-Hart", "The Riverside Courier")),
    ("> — Priya Raman (Frame Rate Weekly)", False, ("Priya Raman", "Frame Rate Weekly")),
    ("-- THE GUARDIAN", False, (None, "The Guardian")),
    ("— Owen Gleiberman", False, ("Owen Gleiberman", None)),
    ("Cordelia Vasquez-Lind, The Meridian Star", True, ("Cordelia Vasquez-Lind", "The Meridian Star")),
    ("Oswald Penhaligon, Thistledown Review", True, ("Oswald Penhaligon", "Thistledown Review")),
    # not signatures
    ("Cordelia Vasquez-Lind, The Meridian Star", False, None),  # no dash, and not right under its block
    ("Jeff Bridges, The Dude", True, None),  # a cast line: no outlet's word
    ("— Reviewed by Harlan Whitcomb", False, None),  # the document's byline (index.extract.metadata)
    ("— Pedro Almodóvar, director", False, None),  # a role, not an outlet
    ("Best action movie ever made.", True, None),
])
def test_block_signatures(line, dashless, expected):
    assert block_signature(line.lstrip("> "), dashless=dashless) == expected


def test_signature_strips_markdown_emphasis():
    assert signature("Dashiell Moreno, *Eastbank Weekly*") == ("Dashiell Moreno", "Eastbank Weekly")


def test_no_signature_of_initials_or_a_rule():
    from index.extract.signatures import signature
    assert signature("B.C") == (None, None)  # a forum member's signature line
    assert signature("END OF PRESS INFORMATION --") == (None, None)  # a press release's closing rule
    assert signature("VARIETY") == (None, "Variety")


def test_a_sites_user_names_their_rating():
    from index.extract.signatures import signature
    assert signature("Review by juniper_reels") == ("juniper_reels", None)  # a diary's "Review by" line
    assert signature("Watched by  DaveFromMarketing") == ("DaveFromMarketing", None)
    assert signature("▸ courtside_cinephile") == ("courtside_cinephile", None)
    assert signature("overall") == (None, None)  # a plain word is no user


def test_a_name_in_capitals_keeps_its_acronyms_only():
    from index.extract.signatures import outlet_case
    assert outlet_case("THE NEW YORK EVENING LEDGER") == "The New York Evening Ledger"
    assert outlet_case("BBC NEWS") == "BBC News"
