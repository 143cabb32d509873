"""Awards in lists, lines led by their outcome and festival sections (index/extract/award_lists.py)."""
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
    (  # a press kit's plain-text block: "WINNER –"/"NOMINEE –" lines under "Ceremony YEAR" headings
        "AWARDS & NOMINATIONS\n\nCannes Film Festival 2019\nWINNER – Best Screenplay – Céline Sciamma\n"
        "WINNER – Queer Palm\nNOMINEE – Palme d'Or\n\n45th César Awards (2020)\n"
        "WINNER – Best Cinematography – Claire Mathon\nNOMINEE – Best Actress – Adèle Haenel\n\n"
        "European Film Awards 2019\nNOMINEE – European Film\n",
        {("Cannes Film Festival", "Best Screenplay", "won", "Céline Sciamma", 2019),
         ("Cannes Film Festival", "Queer Palm", "won", None, 2019),
         ("Cannes Film Festival", "Palme d'Or", "nominated", None, 2019),
         ("César Awards", "Best Cinematography", "won", "Claire Mathon", 2020),
         ("César Awards", "Best Actress", "nominated", "Adèle Haenel", 2020),
         ("European Film Awards", "European Film", "nominated", None, 2019)},
    ),
    (  # critics' groups naming themselves in the item
        "Critics' awards\n\n- National Board of Review — Best Foreign Language Film — Won\n"
        "- Los Angeles Film Critics Association — Best Screenplay — Asghar Farhadi — Won\n",
        {("National Board of Review", "Best Foreign Language Film", "won", None, None),
         ("Los Angeles Film Critics Association", "Best Screenplay", "won", "Asghar Farhadi", None)},
    ),
    (  # an unlisted festival's prize, its outcome in brackets
        "Festivals\n\n- Locarno Film Festival (2020) – Pardo for Best Actor (Ana Lima, Winner)\n",
        {("Locarno Film Festival", "Pardo - Best Actor", "won", "Ana Lima", 2020)},
    ),
])
def test_lines_led_by_their_outcome_and_critics_groups(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected


@pytest.mark.parametrize("text, expected", [
    (  # a festival's section: each prize line is a win, a wrapped line goes on
        "Official Selection, Berlin 2011\n\nGolden Bear — Asghar Farhadi\n\n"
        "Silver Bear for Best Actor — Peyman Moaadi, Shahab Hosseini, Ali-Asghar Shahbazi, Babak\n"
        "Karimi (shared by the ensemble)\n\nPrize of the Ecumenical Jury — Asghar Farhadi\n",
        {("Berlin International Film Festival", "Golden Bear", "won", "Asghar Farhadi", 2011),
         ("Berlin International Film Festival", "Silver Bear - Best Actor", "won",
          "Peyman Moaadi, Shahab Hosseini, Ali-Asghar Shahbazi, Babak Karimi", 2011),
         ("Berlin International Film Festival", "Prize of the Ecumenical Jury", "won", "Asghar Farhadi", 2011)},
    ),
    (  # bulleted, under an unlisted festival's heading
        "Locarno Film Festival 2020\n\n- Pardo - Best Actor — Ana Lima\n- Special Mention\n",
        {("Locarno Film Festival", "Pardo - Best Actor", "won", "Ana Lima", 2020),
         ("Locarno Film Festival", "Special Mention", "won", None, 2020)},
    ),
    # in competition, or under a ceremony that is no festival: no win
    ("Cannes Film Festival 2019\n\nPalme d'Or — in competition\n", set()),
    ("Golden Globe Awards\n\nBest Director — Barry Jenkins\n", set()),
])
def test_festival_sections(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected


def test_a_list_a_sentence_introduces(facts_of):
    text = ("CULVER CITY (January 16, 2011) - The film won four Golden Globe Awards tonight. The film's Golden "
            "Globe wins are:\n\nBEST MOTION PICTURE - DRAMA\nAda Lind and Ben Ortiz, producers\n\n"
            "BEST ORIGINAL SCORE - MOTION PICTURE\nCy Moss\n\n"
            "The Golden Globes cap a season of prizes.\n")
    assert awards(facts_of(text, "award")) == {
        ("Golden Globe Awards", "Best Motion Picture - Drama", "won", "Ada Lind, Ben Ortiz", None),
        ("Golden Globe Awards", "Best Original Score - Motion Picture", "won", "Cy Moss", None)}
