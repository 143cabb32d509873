"""Awards told in sentences (index/extract/award_prose.py): one reader for every phrasing."""
from __future__ import annotations

import pytest

from index_support import awards


@pytest.mark.parametrize("text, expected", [
    (  # a prize won, at the festival the sentence names; "the award for Best X"; "the Prize of the X"
        "The film premiered at the 2021 Cannes Film Festival, where Hamaguchi and Takamasa Oe won the award for "
        "Best Screenplay; it also took the FIPRESCI Prize and the Prize of the Ecumenical Jury.",
        {("Cannes Film Festival", "Best Screenplay", "won", None, 2021),
         ("Cannes Film Festival", "FIPRESCI Prize", "won", None, 2021),
         ("Cannes Film Festival", "Prize of the Ecumenical Jury", "won", None, 2021)},
    ),
    (  # critics' groups as the subject: "named it", "gave it … for Name"
        "That winter the New York Film Critics Circle named it Best Film, the Los Angeles Film Critics "
        "Association gave it Best Film and Best Actor for Nishijima, and the National Board of Review named it "
        "the Best International Film.",
        {("New York Film Critics Circle", "Best Film", "won", None, None),
         ("Los Angeles Film Critics Association", "Best Film", "won", None, None),
         ("Los Angeles Film Critics Association", "Best Actor", "won", "Nishijima", None),
         ("National Board of Review", "Best International Film", "won", None, None)},
    ),
    (  # two nicknamed ceremonies, each with its category after "for"
        "It won the Golden Globe for Best Non-English Language Film and the BAFTA for Best Film Not in the "
        "English Language.",
        {("Golden Globe Awards", "Best Non-English Language Film", "won", None, None),
         ("BAFTA Awards", "Best Film Not in the English Language", "won", None, None)},
    ),
    (  # a count with its categories between dashes, then the one it won
        "At the 94th Academy Awards it was nominated for four Oscars — Best Picture, Best Director for Hamaguchi "
        "and Best International Feature Film — and won one, Best International Feature Film.",
        {("Academy Awards", "Best Picture", "nominated", None, None),
         ("Academy Awards", "Best Director", "nominated", "Hamaguchi", None),
         ("Academy Awards", "Best International Feature Film", "nominated", None, None),
         ("Academy Awards", "Best International Feature Film", "won", None, None)},
    ),
    (  # a count with "for" and a recipient in brackets
        "The film was nominated for two BAFTAs, for Best Film and Best Actor (Song Kang-ho).",
        {("BAFTA Awards", "Best Film", "nominated", None, None),
         ("BAFTA Awards", "Best Actor", "nominated", "Song Kang-ho", None)},
    ),
    (  # the jury as the subject, under the ceremony's heading (its year)
        "Cannes Film Festival (May 2019)\n\nThe jury gave Parasite the Palme d'Or by a unanimous vote.\n",
        {("Cannes Film Festival", "Palme d'Or", "won", None, 2019)},
    ),
    # a bare count names no category; denied; someone else; critics with no ceremony
    ("It was nominated for three Oscars.", set()),
    ("It did not win the Golden Bear.", set()),
    ("He was nominated for two Oscars, for Best Actor and Best Original Screenplay.", set()),
    ("Critics named it the Best Film of the year.", set()),
])
def test_awards_in_sentences(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected


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


def test_counted_nominations_said_casually_and_a_ceremony_named_with_of(facts_of):
    text = ("It got 4 Oscar noms at the 90th Academy Awards — Best Picture, Best Actor for Ada Lind and Best "
            "Original Screenplay — and won one: Best Original Screenplay.\n\n"
            "Ben Ortiz won Best Original Screenplay at the Writers Guild of America Awards too.")
    assert awards(facts_of(text, "award")) == {
        ("Academy Awards", "Best Picture", "nominated", None, None),
        ("Academy Awards", "Best Actor", "nominated", "Ada Lind", None),
        ("Academy Awards", "Best Original Screenplay", "nominated", None, None),
        ("Academy Awards", "Best Original Screenplay", "won", None, None),
        ("Writers Guild of America Awards", "Best Original Screenplay", "won", "Ben Ortiz", None)}


@pytest.mark.parametrize("text, expected", [
    # the paragraph's ceremony; the person who is the whole subject, a job's noun before the name left out
    ("Spirit Awards were the big night. It won Best Feature and Editor Ada Lind won Best Editing.",
     {("Independent Spirit Awards", "Best Feature", "won", None, None),
      ("Independent Spirit Awards", "Best Editing", "won", None, None)}),
    ("Editor Verna Fields won the Oscar for Best Film Editing.",
     {("Academy Awards", "Best Film Editing", "won", "Verna Fields", None)}),
    # "Favorite …" is a category; the People's Choice Awards are a ceremony, not Toronto's prize
    ("At the 2nd People's Choice Awards in 1976 it won Favorite Motion Picture.",
     {("People's Choice Awards", "Favorite Motion Picture", "won", None, 1976)}),
])
def test_ceremony_from_the_paragraph_and_recipient_from_the_subject(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Spirit Awards were the big night. Ada Lind was up for Best Male Lead but didn't get it.",
     {("Independent Spirit Awards", "Best Male Lead", "nominated", "Ada Lind", None)}),
    # a surname stands for the full name the text prints elsewhere
    ("Ada Lind stars. BAFTAs: Lind was nominated for Leading Actor and Ortiz for Original Screenplay, no wins.",
     {("BAFTA Awards", "Leading Actor", "nominated", "Ada Lind", None),
      ("BAFTA Awards", "Original Screenplay", "nominated", "Ortiz", None)}),
    ("Dunes is nominated for the Golden Globe for Best Motion Picture – Musical or Comedy; it loses.",
     {("Golden Globe Awards", "Best Motion Picture – Musical or Comedy", "nominated", None, None)}),
    ("The film won four Golden Globe Awards. Ada Lind (Best Actress - Drama) and Ben Ortiz (Best Supporting "
     "Actor) were also nominated.",
     {("Golden Globe Awards", "Best Actress - Drama", "nominated", "Ada Lind", None),
      ("Golden Globe Awards", "Best Supporting Actor", "nominated", "Ben Ortiz", None)}),
    ("He was nominated for Best Actor at the Academy Awards.", set()),  # someone else
])
def test_nominations_told_in_sentences(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected


@pytest.mark.parametrize("text, expected", [
    # the present tense of a timeline; a count of prizes at the ceremony the sentence names; initials in a name
    ("May 1996. Ada Lind takes Best Director at Cannes.",
     {("Cannes Film Festival", "Best Director", "won", "Ada Lind", None)}),
    ("At the Independent Spirit Awards the film sweeps six prizes, among them Best Feature and Best Male Lead "
     "for William H. Macy.",
     {("Independent Spirit Awards", "Best Feature", "won", None, None),
      ("Independent Spirit Awards", "Best Male Lead", "won", "William H. Macy", None)}),
    ("The New York Film Critics Circle names Dune Road Best Film of the year.",
     {("New York Film Critics Circle", "Best Film", "won", None, None)}),
])
def test_a_timeline_in_the_present_tense(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fun fact: it won 3 Oscars (Best Picture, Best Director) and was nominated for 2 more.",
     {("Academy Awards", "Best Picture", "won", None, None), ("Academy Awards", "Best Director", "won", None, None)}),
    ("The film received seven Academy Award nominations, winning for Best Actress (Ines Duval) and Best Sound.",
     {("Academy Awards", "Best Actress", "won", "Ines Duval", None), ("Academy Awards", "Best Sound", "won", None, None)}),
    ("Cy Moss's theme won him his second Academy Award, for Best Original Dramatic Score.",
     {("Academy Awards", "Best Original Dramatic Score", "won", None, None)}),
    ("Ines Duval's performance earned her the Academy Award for Best Actress.",
     {("Academy Awards", "Best Actress", "won", None, None)}),
])
def test_counts_in_brackets_winning_for_and_an_object_after_the_verb(facts_of, text, expected):
    assert awards(facts_of(text, "award")) == expected
