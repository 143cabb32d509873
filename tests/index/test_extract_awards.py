"""Awards from the seed documents and from other layouts."""
from __future__ import annotations

from index_support import awards


def test_awards_page(seeds, facts_of):
    # "Nominee" marks the page's nominations, so its unmarked entries are wins.
    assert awards(facts_of(seeds["002"], "award")) == {
        ("Academy Awards", "Best Actress", "nominated", None, None),
        ("Academy Awards", "Best Music", "nominated", None, None),
        ("Goya Awards", "Best Film", "nominated", None, None),
        ("Goya Awards", "Best Director", "nominated", None, None),
        ("Goya Awards", "Best Actress", "nominated", None, None),
        ("Goya Awards", "Best Supporting Actress", "nominated", None, None),
        ("Goya Awards", "Best Cinematography", "nominated", None, None),
        ("Goya Awards", "Best Art Direction", "nominated", None, None),
        ("Goya Awards", "Best Sound", "nominated", None, None),
        ("Golden Globe Awards", "Best Foreign Language Film", "nominated", None, None),
        ("Golden Globe Awards", "Best Original Score", "nominated", None, None),
        ("Venice Film Festival", "Volpi Cup - Best Actress", "won", None, None),
        ("Los Angeles Film Critics Association", "Best Actress", "won", None, None),  # one name (index.ceremonies)
        ("Los Angeles Film Critics Association", "Best Music", "won", None, None),
        ("Independent Spirit Awards", "Best International Film", "won", None, None),
    }


def test_one_award_per_line(seeds, facts_of):
    # "(Cruz)" is completed from the full name the page gives elsewhere.
    assert awards(facts_of(seeds["003"], "award")) == {
        ("Academy Awards", "Best Actress", "nominated", "Penélope Cruz", 2022),
        ("Academy Awards", "Best Original Score", "nominated", "Alberto Iglesias", 2022),
        ("BAFTA Awards", "Best Actress", "nominated", "Penélope Cruz", None),
        ("Venice Film Festival", "Volpi Cup - Best Actress", "won", "Penélope Cruz", 2021),
    }


def test_prose_mentions_are_not_awards(seeds, facts_of):
    # "she clinched the Volpi Cup at Venice and an Oscar nomination" is prose.
    for number in ("000", "001", "004"):
        assert facts_of(seeds[number], "award") == []


def test_other_layouts(facts_of):
    text = (
        "Awards\n\n"
        "• Cannes Film Festival\n    Palme d'Or, Best Screenplay Winner\n"
        "• César Awards™\n\n    Best Film, Best Actress Nominated\n\n"
        "- Golden Globe Award Win (2020) – Best Non-English Language Film\n"
        "- Oscar Nomination – Best Director (Bong Joon-ho)\n"
        "- BAFTA (2020) – Best Original Screenplay (Bong Joon-ho, Han Jin-won, Winner)\n"
    )
    assert awards(facts_of(text, "award")) == {
        ("Cannes Film Festival", "Palme d'Or", "won", None, None),
        ("Cannes Film Festival", "Best Screenplay", "won", None, None),
        ("César Awards", "Best Film", "nominated", None, None),
        ("César Awards", "Best Actress", "nominated", None, None),
        ("Golden Globe Awards", "Best Non-English Language Film", "won", None, 2020),
        ("Academy Awards", "Best Director", "nominated", "Bong Joon-ho", None),
        ("BAFTA Awards", "Best Original Screenplay", "won", "Bong Joon-ho, Han Jin-won", 2020),
    }


def test_unmarked_entries_without_a_convention_are_left_out(facts_of):
    text = "• Berlin International Film Festival\n\n    Golden Bear\n"
    assert facts_of(text, "award") == []


def test_no_junk_awards(facts_of):
    text = (
        "- Numerous other nominations at Goya Awards and European Film Awards\n"
        "Awards and Nominations\n"
        "Audience Reactions: USA vs. UK\n"
        "Final Verdict: A Stirring Ode to Memory\n"
        "She won Best Actress at the Venice Film Festival.\n"
    )
    assert facts_of(text, "award") == []


def test_marked_lines(facts_of):
    text = (
        "Winner: Best Director — Cannes Film Festival 1976\n"
        "Won Best Film at the Sitges Film Festival (2019)\n"
        "Nominated: Best Actor (Gian Maria Volonté), BAFTA Awards 2012\n"
        "- Won: Golden Lion, Venice Film Festival (2021)\n"
    )
    assert awards(facts_of(text, "award")) == {
        ("Cannes Film Festival", "Best Director", "won", None, 1976),
        ("Sitges Film Festival", "Best Film", "won", None, 2019),
        ("BAFTA Awards", "Best Actor", "nominated", "Gian Maria Volonté", 2012),
        ("Venice Film Festival", "Golden Lion", "won", None, 2021),
    }


def test_counted_nominations_in_prose(facts_of):
    text = (
        "The film was nominated for two BAFTAs, for Best Film Not in the English Language and "
        "Best Actor (Gian Maria Volonté).\n"
        "Her previous film was nominated for two BAFTAs, for Best Film and Best Director.\n"
        "She was nominated for two Oscars, for Best Actress and Best Supporting Actress.\n"
    )
    assert awards(facts_of(text, "award")) == {
        ("BAFTA Awards", "Best Film Not in the English Language", "nominated", None, None),
        ("BAFTA Awards", "Best Actor", "nominated", "Gian Maria Volonté", None),
    }


def test_accolades_section_with_outcome_subheadings(facts_of):
    text = (
        "Accolades\n\nWon\n"
        "- David di Donatello for Best Actor (Gian Maria Volonté)\n"
        "- Best Director – Cannes Film Festival 1976\n\n"
        "Nominated\n"
        "- Golden Globe Awards for Best Foreign Language Film\n"
        "- BAFTA Awards 1977 – Best Actor for Gian Maria Volonté\n\n"
        "Reception\nThe film was a hit at the Cannes Film Festival – Best Film talk began.\n"
    )
    assert awards(facts_of(text, "award")) == {
        ("David di Donatello Awards", "Best Actor", "won", "Gian Maria Volonté", None),
        ("Cannes Film Festival", "Best Director", "won", None, 1976),
        ("Golden Globe Awards", "Best Foreign Language Film", "nominated", None, None),
        ("BAFTA Awards", "Best Actor", "nominated", "Gian Maria Volonté", 1977),
    }


def test_no_junk_from_new_layouts(facts_of):
    text = (
        "Awards\n"
        "She won Best Actress at the Venice Film Festival.\n"
        "Won by a mile, the race at the Grand Festival was fun.\n"
        "Nominated: a place in history\n"
        "David di Donatello for Best Actor (Gian Maria Volonté)\n\n"  # no outcome given
        "| Year | Award | Result |\n|---|---|---|\n| 2019 | Blue Dragon Film Awards | Won |\n"  # no category
        "He was nominated for two Oscars, for Best Actor and Best Original Screenplay.\n"
    )
    assert facts_of(text, "award") == []


# --- tables under a ceremony's heading, fixed-width tables, results, prose ---------------------


def test_prize_won_in_prose_under_a_ceremony_heading(facts_of):
    text = ("## Cannes Film Festival (May 2019)\n\nThe jury gave Parasite the **Palme d'Or** by a unanimous vote.\n\n"
            "## Screen Actors Guild Awards (January 2020)\n\nThe cast won **Outstanding Performance by a Cast in a "
            "Motion Picture**, the guild's top honour.\n\n## The refused Oscar\n\nShe won the Volpi Cup in 1990.\n")
    from index.markup import markdown_to_text
    assert awards(facts_of(markdown_to_text(text), "award")) == {
        ("Cannes Film Festival", "Palme d'Or", "won", None, 2019),
        ("Screen Actors Guild Awards", "Outstanding Performance by a Cast in a Motion Picture", "won", None, 2020),
    }
