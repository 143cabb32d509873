"""Awards in lists and prose (index/extract/award_lists.py)."""
from __future__ import annotations

import pytest

from index_support import awards


@pytest.mark.parametrize("text, expected", [
    (  # a bulleted list with "(won)"/"(nominated)" under the ceremony's heading
        "# Awards season\n\nSome intro.\n\n## Academy Awards (87th, 2015)\n\n"
        "- Best Picture (nominated)\n- Best Supporting Actor – J. K. Simmons (won)\n"
        "- Best Sound Mixing – Craig Mann, Ben Wilkins and Thomas Curley (won)\n",
        {("Academy Awards", "Best Picture", "nominated", None, 2015),
         ("Academy Awards", "Best Supporting Actor", "won", "J. K. Simmons", 2015),
         ("Academy Awards", "Best Sound Mixing", "won", "Craig Mann, Ben Wilkins, Thomas Curley", 2015)},
    ),
    (  # HTML <li> items, the marker after a dash, the recipient in brackets
        "Golden Globe Awards\n\n- Best Director (Alfonso Cuarón) — Won\n- Best Screenplay (Alfonso Cuarón) — Nominated\n",
        {("Golden Globe Awards", "Best Director", "won", "Alfonso Cuarón", None),
         ("Golden Globe Awards", "Best Screenplay", "nominated", "Alfonso Cuarón", None)},
    ),
    (  # the item names its own ceremony; a leading marker
        "Highlights\n\n* Won: BAFTA Award for Best Editing (Tom Cross)\n* Nominated: Academy Award for Best Picture\n",
        {("BAFTA Awards", "Best Editing", "won", "Tom Cross", None),
         ("Academy Awards", "Best Picture", "nominated", None, None)},
    ),
    (  # a list with no ceremony anywhere: nothing guessed
        "Things we liked\n\n- Best Scene: the diner (won)\n",
        set(),
    ),
])
def test_list_items_with_their_own_outcome(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected


def test_a_list_item_keeps_who_it_lost_to(facts_of):
    text = "## César Awards\n\n- Best Actress – Audrey Tautou (nominated, lost to Emmanuelle Devos)\n"
    (award,) = facts_of(text, "award")
    assert (award.category, award.outcome, award.lost_to) == ("Best Actress", "nominated", "Emmanuelle Devos")


@pytest.mark.parametrize("text, expected", [
    ("Roma won the Golden Lion at the 75th Venice International Film Festival in 2018.",
     {("Venice Film Festival", "Golden Lion", "won", None, 2018)}),
    ("Parasite won the Palme d'Or in 2019, the first Korean film to do so.",
     {("Cannes Film Festival", "Palme d'Or", "won", None, 2019)}),
    ("Whiplash opened the 2014 Sundance Film Festival, where it won both the Grand Jury Prize and the\n"
     "Audience Award in the U.S. Dramatic competition.",
     {("Sundance Film Festival", "Grand Jury Prize", "won", None, 2014),
      ("Sundance Film Festival", "Audience Award", "won", None, 2014)}),
    ("Toy Story 2 won the Golden Globe for Best Motion Picture – Musical or Comedy.",
     {("Golden Globe Awards", "Best Motion Picture – Musical or Comedy", "won", None, None)}),
    # denied, about someone else, or with no ceremony to name: nothing
    ("It premiered at Cannes but did not win the Palme d'Or, which went to The Wind That Shakes the Barley.", set()),
    ("Her previous film won the Golden Lion.", set()),
    ("She won the Golden Lion for it.", set()),
    ("The film won the Grand Jury Prize.", set()),
])
def test_prose_prizes(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected
