"""Awards tables (index/extract/award_tables.py): markdown, HTML and fixed-width tables, a table's
ceremony from the heading above."""
from __future__ import annotations

import pytest

from index.extract.award_tables import ceremony_heading
from index_support import awards


def test_awards_table(facts_of):
    text = (
        "| Year | Award | Category | Recipient | Result |\n|---|---|---|---|---|\n"
        "| 2019 | Blue Dragon Film Awards | Best Actress | Seo Ha-rin | Won |\n"
        "| 2019 | Blue Dragon Film Awards | Best Director | Park Min-soo | Nominated |\n"
        "| 2020 | Baeksang Arts Awards | Best Screenplay | Park Min-soo | Pending |\n"
    )
    assert awards(facts_of(text, "award", film="silent-orbit")) == {
        ("Blue Dragon Film Awards", "Best Actress", "won", "Seo Ha-rin", 2019),
        ("Blue Dragon Film Awards", "Best Director", "nominated", "Park Min-soo", 2019),
    }


def test_awards_table_in_another_column_order_from_html(facts_of):
    text = "Category\tResult\tCeremony\nBest Cinematography\tWinner\tAsian Film Awards 2020\n"
    assert awards(facts_of(text, "award")) == {("Asian Film Awards", "Best Cinematography", "won", None, 2020)}


@pytest.mark.parametrize("rows, expected", [
    (  # Wikipedia's accolades table: award, date and a "Ref." cell span their rows (rowspan)
        "Award\tDate of ceremony\tCategory\tRecipient(s)\tResult\tRef.\n"
        "Academy Awards\tFebruary 26, 2017\tBest Picture\tAdele Romanski, Dede Gardner and Jeremy Kleiner\tWon\t[2]\n"
        "Best Director\tBarry Jenkins\tNominated\n"
        "Best Supporting Actor\tMahershala Ali\tWon\n"
        "Golden Globe Awards\tJanuary 8, 2017\tBest Supporting Actor – Motion Picture\tMahershala Ali\tNominated\t[4]\n"
        "National Board of Review\tNovember 29, 2016\tBest Director\tBarry Jenkins\tWon\t[9]\n",
        {("Academy Awards", "Best Picture", "won", "Adele Romanski, Dede Gardner, Jeremy Kleiner", 2017),
         ("Academy Awards", "Best Director", "nominated", "Barry Jenkins", 2017),
         ("Academy Awards", "Best Supporting Actor", "won", "Mahershala Ali", 2017),
         ("Golden Globe Awards", "Best Supporting Actor – Motion Picture", "nominated", "Mahershala Ali", 2017),
         ("National Board of Review", "Best Director", "won", "Barry Jenkins", 2016)},
    ),
    (  # only the award spans (no date column), the ceremony's ordinal in its cell
        "Award\tCategory\tNominee\tResult\n89th Academy Awards\tBest Film Editing\tNat Sanders\tNominated\n"
        "Best Original Score\tNicholas Britell\tNominated\n",
        {("Academy Awards", "Best Film Editing", "nominated", "Nat Sanders", None),
         ("Academy Awards", "Best Original Score", "nominated", "Nicholas Britell", None)},
    ),
])
def test_spanned_cells_repeat_the_row_above(facts_of, rows, expected):
    assert awards(facts_of(rows, "award")) == expected


def test_table_takes_its_ceremony_from_the_heading_above(facts_of):
    text = (
        "Awards\n\nAn intro paragraph.\n\n## Academy Awards (92nd, February 9, 2020)\n\n"
        "It received six nominations and won four.\n\n"
        "| Category | Nominee(s) | Result |\n|---|---|---|\n"
        "| Best Picture | Kwak Sin-ae, Bong Joon-ho | Won |\n| Best Director | Bong Joon-ho | WON |\n"
        "| Best Film Editing | Yang Jin-mo | nominated |\n| Best Score | Jung Jae-il | Nomination withdrawn |\n\n"
        "## British Academy Film Awards (2020)\n\n| Category | Result |\n|---|---|\n| Best Film | ✓ |\n| Best Director | ✗ |\n\n"
        "## Summary\n\n| | Won | Nominated |\n|---|---|---|\n| Academy Awards | 2 | 3 |\n"
    )
    assert awards(facts_of(text, "award")) == {
        ("Academy Awards", "Best Picture", "won", "Kwak Sin-ae, Bong Joon-ho", 2020),
        ("Academy Awards", "Best Director", "won", "Bong Joon-ho", 2020),
        ("Academy Awards", "Best Film Editing", "nominated", "Yang Jin-mo", 2020),
        ("BAFTA Awards", "Best Film", "won", None, 2020),
        ("BAFTA Awards", "Best Director", "nominated", None, 2020),
    }


def test_fixed_width_table_with_continued_cells(facts_of):
    text = (
        "ACADEMY AWARDS (47th, 1975)\n"
        "------------------------------------------------------------------\n"
        "CATEGORY                NOMINEE(S)                         RESULT\n"
        "------------------------------------------------------------------\n"
        "Best Picture            Francis Ford Coppola, Gray          WON\n"
        "                        Frederickson, Fred Roos\n"
        "Best Actor              Al Pacino                           nominated\n"
        "------------------------------------------------------------------\n\n"
        "OTHER AWARDS\n"
        "------------------------------------------------------------------\n"
        "AWARD                   CATEGORY / NOMINEE                  RESULT\n"
        "------------------------------------------------------------------\n"
        "BAFTA Awards (1976)     Best Actor -- Al Pacino (shared     WON\n"
        "                        citation)\n"
        "Golden Globe Awards     Best Screenplay -- Coppola, Puzo    nominated\n"
    )
    assert awards(facts_of(text, "award")) == {
        ("Academy Awards", "Best Picture", "won", "Francis Ford Coppola, Gray Frederickson, Fred Roos", 1975),
        ("Academy Awards", "Best Actor", "nominated", "Al Pacino", 1975),
        ("BAFTA Awards", "Best Actor", "won", "Al Pacino", 1976),
        ("Golden Globe Awards", "Best Screenplay", "nominated", "Coppola, Puzo", None),
    }


def test_tab_separated_html_table_with_an_award_column(facts_of):
    text = ("Main awards\n\nYear\tAward\tCategory\tRecipient\tResult\n"
            "2002\tBerlin International Film Festival\tGolden Bear\tHayao Miyazaki\tWon (shared)\n"
            "2003\tAcademy Awards (75th)\tBest Animated Feature\tHayao Miyazaki\tWon\n"
            "2004\tBritish Academy Film Awards (BAFTA)\tBest Film Not in the English Language\tSpirited Away\tNominated\n")
    found = awards(facts_of(text, "award"))
    assert ("Berlin International Film Festival", "Golden Bear", "won", "Hayao Miyazaki", 2002) in found
    assert ("Academy Awards", "Best Animated Feature", "won", "Hayao Miyazaki", 2003) in found
    assert {(c, o) for c, cat, o, _, _ in found if c == "BAFTA Awards"} == {("BAFTA Awards", "nominated")}


def test_ceremony_heading_is_the_nearest_heading_naming_a_ceremony():
    text = "## Academy Awards (92nd, February 9, 2020)\n\n| Category | Result |\n"
    assert ceremony_heading(text, len(text)) == ("Academy Awards", "Academy Awards (92nd, February 9, 2020)")
    other = "## Other awards\n\n| Category | Result |\n"
    assert ceremony_heading(other, len(other)) is None


def test_blank_ceremony_cell_repeats_the_one_above(facts_of):
    text = (
        "| Ceremony | Category | Nominee(s) | Result |\n|---|---|---|---|\n"
        "| 91st Academy Awards (2019) | Best Picture | Gabriela Rodríguez, Alfonso Cuarón | Nominated — lost to *Green Book* |\n"
        "| | Best Director | Alfonso Cuarón | ✔ Won |\n"
        "| 72nd BAFTA Awards (2019) | Best Film | Alfonso Cuarón | ✔ Won |\n"
        "| | Best Editing | Alfonso Cuarón, Adam Gough | Nominated |\n"
    )
    found = facts_of(text, "award")
    assert awards(found) == {
        ("Academy Awards", "Best Picture", "nominated", "Gabriela Rodríguez, Alfonso Cuarón", 2019),
        ("Academy Awards", "Best Director", "won", "Alfonso Cuarón", 2019),
        ("BAFTA Awards", "Best Film", "won", "Alfonso Cuarón", 2019),
        ("BAFTA Awards", "Best Editing", "nominated", "Alfonso Cuarón, Adam Gough", 2019),
    }
    assert {a.lost_to for a in found if a.category == "Best Picture"} == {"Green Book"}


def test_html_table_with_rowspan_and_a_break_inside_a_cell(facts_of):
    from index.markup import html_to_text
    html = (
        "<table><tr><th>Ceremony</th><th>Category</th><th>Recipient(s)</th><th>Result</th></tr>"
        "<tr><td rowspan='2'>79th Academy Awards</td><td>Best Foreign Language Film</td><td>Mexico</td>"
        "<td>Nominated<br><small>lost to <i>The Lives of Others</i></small></td></tr>"
        "<tr><td>Best Cinematography</td><td>Guillermo Navarro</td><td>Won</td></tr>"
        "<tr><td>Best Director</td><td>Steven Spielberg</td><td>Nominated</td></tr></table>"
    )
    found = facts_of(html_to_text(html), "award")
    assert awards(found) == {
        ("Academy Awards", "Best Foreign Language Film", "nominated", None, None),
        ("Academy Awards", "Best Cinematography", "won", "Guillermo Navarro", None),
        ("Academy Awards", "Best Director", "nominated", "Steven Spielberg", None),
    }
    assert {a.lost_to for a in found} == {"The Lives of Others", None}


def test_an_award_row_is_no_crew_credit_and_cells_stay_apart(facts_of):
    text = ("Year\tAward\tCategory\tRecipient\tResult\n"
            "1976\tGolden Globe Awards\tBest Director\tSteven Spielberg\tNominated\n")
    assert not [c for c in facts_of(text, "crew") if "\t" in c.name or "Nominated" in c.name]
    assert awards(facts_of(text, "award")) == {("Golden Globe Awards", "Best Director", "nominated", "Steven Spielberg", 1976)}


@pytest.mark.parametrize("cell, winner", [
    ("Nominated (lost to One Flew Over the Cuckoo's Nest)", "One Flew Over the Cuckoo's Nest"),
    ("Nominated — lost to Olivia Colman (The Favourite)", "Olivia Colman (The Favourite)"),
    ("Nominated (lost to \"You'll Be in My Heart\" from Tarzan)", "\"You'll Be in My Heart\" from Tarzan"),
    ("Nominated", None),
])
def test_who_a_nomination_lost_to(cell, winner):
    from index.extract.award_tables import lost_to
    assert lost_to(cell) == winner


def test_a_pasted_table_keeps_its_empty_cells(facts_of):
    # two tabs around an empty recipient: the row starts a new ceremony, not a continuation
    text = ("Award\tCategory\tNominee\tResult\nAcademy Awards\tBest Director\tBilly Wilder\tNominated\n"
            "Best Actor\tJack Lemmon\tNominated\nGolden Globe Awards\tBest Motion Picture – Comedy\t\tWon\n"
            "Best Actress – Comedy\tMarilyn Monroe\tWon\n")
    found = {(a, c, o, r) for a, c, o, r, _ in awards(facts_of(text, "award"))}
    assert ("Golden Globe Awards", "Best Motion Picture – Comedy", "won", None) in found
    assert ("Golden Globe Awards", "Best Actress – Comedy", "won", "Marilyn Monroe") in found
