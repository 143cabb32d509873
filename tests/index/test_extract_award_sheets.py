"""Awards on key–value lines (index/extract/award_sheets.py): fact sheets and press notes, any
leader, values wrapped onto indented lines, the ceremony's qualifiers in the key."""
from __future__ import annotations

import pytest

from index_support import awards

DOTTED = """AWARDS

Venice Film Festival, 1954 ..................... Silver Lion (shared)
Mainichi Film Awards ........................... Best Supporting Actor
                                                 (Seiji Miyaguchi)
Academy Awards (29th, 1957), nominated ......... Best Art Direction,
                                                 Black-and-White
                                                 (Takashi Matsuyama)
"""

COLONS = """AWARDS AND HONOURS

Written and directed by:      Ada Lind
Academy Awards, 89th (2017), won:       Best Picture
                                        (Ada Lind, Ben Ortiz)
Gotham Awards 2016, won:                Best Feature; Best Screenplay (Ada Lind)
Telluride Film Festival 2016:           world premiere (no prizes awarded)
"""

YEARS_FIRST = """HONOURS

2022   SXSW Film Festival - world premiere (not in competition)
2023   BAFTA Film Awards, 76th - 10 nominations, 1 won:
         Best Editing, Cy Moss
2023\tIndependent Spirit Awards, 38th - 7 won, among them Best Feature and
         Best Director (Ada Lind, Ben Ortiz)
"""


@pytest.mark.parametrize("text, expected", [
    (DOTTED, {  # unmarked entries beside nominations are the wins; a festival's prize is a win; "(shared)" a note
        ("Venice Film Festival", "Silver Lion", "won", None, 1954),
        ("Mainichi Film Awards", "Best Supporting Actor", "won", "Seiji Miyaguchi", None),
        ("Academy Awards", "Best Art Direction, Black-and-White", "nominated", "Takashi Matsuyama", 1957)}),
    (COLONS, {  # a colon and spaces; semicolons part categories; a key that is no ceremony is skipped
        ("Academy Awards", "Best Picture", "won", "Ada Lind, Ben Ortiz", 2017),
        ("Gotham Awards", "Best Feature", "won", None, 2016),
        ("Gotham Awards", "Best Screenplay", "won", "Ada Lind", 2016)}),
    (YEARS_FIRST, {  # the year as the key, "N nominations, M won:" heads the wins, "and" between categories
        ("BAFTA Awards", "Best Editing", "won", "Cy Moss", 2023),
        ("Independent Spirit Awards", "Best Feature", "won", None, 2023),
        ("Independent Spirit Awards", "Best Director", "won", "Ada Lind, Ben Ortiz", 2023)}),
])
def test_awards_on_key_value_lines(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected


def test_an_outcome_in_brackets_marks_its_category_alone(facts_of):
    text = "PRIZES\n\nCésar Awards 2002 ....... Best Film (won); Best Actress (Ines Duval) (nominated)\n"
    assert awards(facts_of(text, "award")) == {
        ("César Awards", "Best Film", "won", None, 2002),
        ("César Awards", "Best Actress", "nominated", "Ines Duval", 2002)}


@pytest.mark.parametrize("text", [
    "Studio ........ Toho\nBudget ........ about 125 million yen, then the most\n        expensive film\n",
    "Awards ....... Best Picture\n",  # no ceremony named
    "Sundance Film Festival ....... Best Director (Ada Lind)\n",  # a category at a festival, unmarked: not guessed
    "Academy Awards\tFebruary 26, 2017\tBest Picture\tAda Lind\tWon\n",  # a table's row is the table reader's
])
def test_no_award_without_a_ceremony_a_category_and_an_outcome(facts_of, text):
    assert not {a for a in awards(facts_of(text, "award")) if a[1] == "Best Picture" and a[0] == "Academy Awards"
                and a[2] != "won"}
    if "\t" not in text:
        assert awards(facts_of(text, "award")) == set()


def test_a_category_a_line_an_outcome_led_value_and_a_line_under_the_ceremony(facts_of):
    booklet = ("FESTIVALS & AWARDS\nCannes Film Festival 2004\tGrand Prix (winner)\n\t\tPalme d'Or (in competition)\n"
               "Grand Bell Awards 2004\tBest Director - Ada Lind (winner)\n\t\tBest Editing - Ben Ortiz (winner)\n")
    assert awards(facts_of(booklet, "award")) == {
        ("Cannes Film Festival", "Grand Prix", "won", None, 2004),
        ("Cannes Film Festival", "Palme d'Or", "nominated", None, 2004),  # in competition: not a win
        ("Grand Bell Awards", "Best Director", "won", "Ada Lind", 2004),
        ("Grand Bell Awards", "Best Editing", "won", "Ben Ortiz", 2004)}
    programme = ("Distinctions\n\nCésar Awards 2002 \tWon: Best Film, Best Music (Cy Moss)\n"
                 "Nominated: Best Actress (Ines Duval)\n")
    assert awards(facts_of(programme, "award")) == {
        ("César Awards", "Best Film", "won", None, 2002), ("César Awards", "Best Music", "won", "Cy Moss", 2002),
        ("César Awards", "Best Actress", "nominated", "Ines Duval", 2002)}


@pytest.mark.parametrize("text, expected", [
    ("HONOURS\n\n1997 Academy Award, Best Actress (Ines Duval) - won\n1997 Academy Award, Best Picture - nominated\n",
     {("Academy Awards", "Best Actress", "won", "Ines Duval", 1997),
      ("Academy Awards", "Best Picture", "nominated", None, 1997)}),  # a year is no count ("won 1997 …")
    ("Awards\n\nBest Actress — Ines Duval — Academy Awards, 1997 (won)\nBest Director: Ada Lind — Cannes 1996 (won)\n",
     {("Academy Awards", "Best Actress", "won", "Ines Duval", 1997),
      ("Cannes Film Festival", "Best Director", "won", "Ada Lind", 1996)}),
    ("Awards\n\nBest Actress — Ines Duval — Academy Awards, a night to remember (won)\n", set()),  # a part of no kind
])
def test_one_award_a_line_in_any_order(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected
