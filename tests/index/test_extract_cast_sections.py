"""Cast sections and cast tables (index/extract/cast_sections.py): one credit per line under a cast
heading, whichever side the actor is on; tables in either column order."""
from __future__ import annotations

import pytest

from index.extract.cast_sections import cast_columns
from index_support import credits


def test_cast_heading_with_one_name_per_line(facts_of):
    text = "CREDITS\n\nCAST\n\nTilda Swinton\nJean-Pierre Léaud\nDIRECTED BY\nAgnès Varda\n"
    assert credits(facts_of(text, "cast")) == {("Tilda Swinton", None, None), ("Jean-Pierre Léaud", None, None)}


def test_cast_section_lines_with_separators(facts_of):
    text = (
        "## Cast\n\n"
        "* Gianna Rossi — Commissario Lauria\n"
        "- Marco Bellini – Tommaso Ferri, a fisherman\n"
        "Lucia Moretti ........ Elena Ferri\n"
        "Paolo Conte : Don Vittorio\n"
        "Sara Villa\tNonna Rosa\n\n"
        "Plot\nThe sea rises over Chioggia.\n"
    )
    assert credits(facts_of(text, "cast", film="la-voce-del-mare")) == {
        ("Gianna Rossi", "Commissario Lauria", None),
        ("Marco Bellini", "Tommaso Ferri", "a fisherman"),
        ("Lucia Moretti", "Elena Ferri", None),
        ("Paolo Conte", "Don Vittorio", None),
        ("Sara Villa", "Nonna Rosa", None),
    }


def test_cast_section_character_first_order_is_read_from_the_section(facts_of):
    # End-credit rolls print the character first; a side that is never a full name is the character.
    text = "Cast\nJanis ........ Lucia Moretti\nAna ........ Sara Villa\nArturo ........ Paolo Conte\n"
    assert credits(facts_of(text, "cast")) == {
        ("Lucia Moretti", "Janis", None), ("Sara Villa", "Ana", None), ("Paolo Conte", "Arturo", None),
    }


def test_cast_tables_in_either_column_order(facts_of):
    text = (
        "Cast\n\n"
        "| Actor | Role |\n|---|---|\n"
        "| Seo Ha-rin | Kang Yu-na, a systems engineer |\n"
        "| Yoon Tae-gyeom | Captain Do Min-jae |\n\n"
        "Supporting players\n\n"
        "| Character | Played by |\n| --- | --- |\n| Park Ji-ho | Lee Sun-woo |\n\n"
        "Character\tActor\nOh Se-ra\tHan Mi-rae\n"
    )
    assert credits(facts_of(text, "cast", film="silent-orbit")) == {
        ("Seo Ha-rin", "Kang Yu-na", "a systems engineer"),
        ("Yoon Tae-gyeom", "Captain Do Min-jae", None),
        ("Lee Sun-woo", "Park Ji-ho", None),
        ("Han Mi-rae", "Oh Se-ra", None),
    }


def test_name_role_tables_need_a_cast_heading(facts_of):
    # "| Name | Role |" is also how crew tables are printed.
    crew_table = "Crew\n\n| Name | Role |\n|---|---|\n| Park Min-soo | Director |\n| Lee Ha-jun | Production Designer |\n"
    assert facts_of(crew_table, "cast") == []
    cast_table = "Cast\n\n| Name | Role |\n|---|---|\n| Seo Ha-rin | Kang Yu-na |\n"
    assert credits(facts_of(cast_table, "cast")) == {("Seo Ha-rin", "Kang Yu-na", None)}


def test_a_voice_list_keeps_an_actor_whose_name_starts_like_a_title():
    from index.extract.cast import extract_cast
    text = ("## Voice cast\n\nWoody: Tom Hanks\nBuzz Lightyear: Tim Allen\nMr. Potato Head: Don Rickles\n"
            "Slinky Dog: Jim Varney\nSarge: R. Lee Ermey\n")
    assert {(f.fields["actor"], f.fields["character"], f.fields["description"]) for f in extract_cast(text)} == {
        ("Tom Hanks", "Woody", None), ("Tim Allen", "Buzz Lightyear", None), ("Don Rickles", "Mr. Potato Head", None),
        ("Jim Varney", "Slinky Dog", None), ("R. Lee Ermey", "Sarge", None),
    }


def test_cast_columns_name_the_actor_columns_and_their_version():
    actors, character, needs_heading = cast_columns(("character", "japanese voice", "english voice"))
    assert character == 0 and actors == [(1, "Japanese voice"), (2, "English voice")] and not needs_heading
    assert cast_columns(("actor", "role"))[:2] == ([(0, None)], 1)
    assert cast_columns(("year", "title", "notes")) is None


# A table of layouts nobody tuned on: each with the credits it must give.
LAYOUTS = {
    "html table with a header row and photo captions": (
        "Tom Hulce and Elizabeth Berridge at the premiere. Photo: Orion Pictures\n\nCast\n\n"
        "Actor\tCharacter\nF. Murray Abraham\tAntonio Salieri, court composer and narrator\n"
        "Elizabeth Berridge\tConstanze Mozart, Mozart's wife\nVincent Schiavelli\tSalieri's valet\n"
        "Richard Frank\tFather Vogler, a priest\nRoman Polanski\tMan with Knife\n"
        "F. Murray Abraham as the aged Salieri in the asylum. Photo: Orion Pictures\n",
        {("F. Murray Abraham", "Antonio Salieri", "court composer and narrator"),
         ("Elizabeth Berridge", "Constanze Mozart", "Mozart's wife"), ("Vincent Schiavelli", "Salieri's valet", None),
         ("Richard Frank", "Father Vogler", "a priest"), ("Roman Polanski", "Man with Knife", None)},
    ),
    "actor ... character dotted sheet with a one-word stage name": (
        "CAST (actor ... character)\n\nJeff Bridges ........ The Dude\nFlea ........ Kieffer, a nihilist\n"
        "Jack Kehler ........ Marty, the Dude's landlord\nAimee Mann ........ Nihilist Woman (cameo)\n",
        {("Jeff Bridges", "The Dude", None), ("Flea", "Kieffer", "a nihilist"),
         ("Jack Kehler", "Marty", "the Dude's landlord"), ("Aimee Mann", "Nihilist Woman", "cameo")},
    ),
    "one-word actor before a full name with a note": (
        "## Cast\n\n- Audrey Tautou — Amélie Poulain\n- Rufus — Raphaël Poulain, Amélie's father\n"
        "- Serge Merlin — Raymond Dufayel\n",
        {("Audrey Tautou", "Amélie Poulain", None), ("Rufus", "Raphaël Poulain", "Amélie's father"),
         ("Serge Merlin", "Raymond Dufayel", None)},
    ),
    "imdb-like two-column markdown table": (
        "## Top cast\n\n| Actor | Character |\n|---|---|\n| Donald O'Connor | Cosmo Brown |\n"
        "| Cyd Charisse | Dancer in the ballet |\n| King Donovan | Rod, the publicity man (uncredited) |\n",
        {("Donald O'Connor", "Cosmo Brown", None), ("Cyd Charisse", "Dancer", "in the ballet"),
         ("King Donovan", "Rod", "the publicity man, uncredited")},
    ),
    "voice cast with original and english dub columns, two voices in a cell": (
        "## Voice cast\n\n| Role | Original (Japanese) | English dub (2005) |\n|---|---|---|\n"
        "| Sophie Hatter | Chieko Baishō | Emily Mortimer (young), Jean Simmons (old) |\n"
        "| Witch of the Waste | Akihiro Miwa | Lauren Bacall |\n",
        {("Chieko Baishō", "Sophie Hatter", "Original Japanese"), ("Emily Mortimer", "Sophie Hatter", "young, English dub"),
         ("Jean Simmons", "Sophie Hatter", "old, English dub"), ("Akihiro Miwa", "Witch of the Waste", "Original Japanese"),
         ("Lauren Bacall", "Witch of the Waste", "English dub")},
    ),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_cast_layouts(facts_of, layout):
    text, expected = LAYOUTS[layout]
    assert credits(facts_of(text, "cast")) == expected


@pytest.mark.parametrize("header, actors", [
    (("role", "original (japanese)", "english dub (2005)"), [(1, "Original Japanese"), (2, "English dub")]),
    (("character", "japanese voice", "english voice"), [(1, "Japanese voice"), (2, "English voice")]),
])
def test_dub_columns_are_actor_columns_with_their_version(header, actors):
    assert cast_columns(header)[0] == actors


def test_a_cast_heading_with_words_after_its_note_and_an_age_after_a_dash(facts_of):
    text = ("Cast (in credits order) verified as complete\n\n\tTrevante Rhodes\t...\tBlack\n"
            "\tJharrel Jerome\t...\tKevin - Age 16\n\tJaden Piner\t...\tKevin - Age 9\n")
    assert credits(facts_of(text, "cast")) == {
        ("Trevante Rhodes", "Black", None), ("Jharrel Jerome", "Kevin", "Age 16"), ("Jaden Piner", "Kevin", "Age 9")}


def test_one_line_of_a_credits_sheet_that_credits_no_one_does_not_end_the_list(facts_of):
    text = ("Cast (in credits order)\n\nChris Isaak\t...\tSWAT Commander\nRoger Corman\t...\tDirector of the FBI\n"
            "Masha Skorobogatov\t...\tYoung Clarice\nDanny Darst\t...\tFBI Director Hayden Burke\n")
    assert credits(facts_of(text, "cast")) == {  # a rank before a person's name is a character's
        ("Chris Isaak", "Swat Commander", None), ("Masha Skorobogatov", "Clarice", "young"),
        ("Danny Darst", "Fbi Director Hayden Burke", None)}


def test_a_crew_label_under_a_starring_row_is_no_character(facts_of):
    text = "Starring\n\n- Frances McDormand\n\nCinematography\tRoger Deakins\nEdited by\tRoderick Jaynes\n"
    assert credits(facts_of(text, "cast")) == {("Frances McDormand", None, None)}


def test_an_all_capitals_press_kit_with_spaced_dot_leaders(facts_of):
    # A dot leader makes an all-capitals line a credit, not a banner; "WITH (...)" heads a cast.
    text = ("                       WITH (IN ORDER OF APPEARANCE)\n\n"
            "WILLIAM GATES . . . . . . . . . . . . . . . . HIMSELF\n"
            "SHEILA AGEE . . . . . . . . . . . . . ARTHUR'S MOTHER\n"
            "GENE PINGATORE . . . . . COACH, ST. JOSEPH HIGH SCHOOL\n\n"
            "                              CREDITS\n\n"
            "DIRECTOR . . . . . . . . . . . . . . . . . . STEVE JAMES\n\n"
            "                              CAST\n\n"
            "LISA CAROL FREMONT . . . . . . . . . . . . GRACE KELLY\n"
            "LARS THORWALD . . . . . . . . . . . . . . RAYMOND BURR\n"
            "STELLA . . . . . . . . . . . . . . . . . THELMA RITTER\n\n"
            "HOOP DREAMS FOLLOWS TWO TEENAGERS FROM CHICAGO, WILLIAM GATES AND ARTHUR AGEE.\n")
    assert credits(facts_of(text, "cast")) == {
        ("William Gates", "Himself", None), ("Sheila Agee", "Arthur's Mother", None),
        ("Gene Pingatore", "Coach", "ST. Joseph High School"),
        ("Grace Kelly", "Lisa Carol Fremont", None), ("Raymond Burr", "Lars Thorwald", None),
        ("Thelma Ritter", "Stella", None),
    }
    assert {(f.role, f.name) for f in facts_of(text, "crew")} == {("director", "Steve James")}


def test_along_with_heads_no_cast(facts_of):
    text = "Along with\nJane Doe ..... The Judge\nJohn Roe ..... The Clerk\n"
    assert facts_of(text, "cast") == []


def test_a_cast_list_goes_on_past_items_no_name_pattern_reads(facts_of):
    # A Wikipedia list: a part printed oddly ("3-D"), a stage name, parts described, not named.
    text = ("Cast\n\n- Charles Fleischer as Terry\n\n- Casey Siemaszko as 3-D\n\n- Flea as Douglas J. Needles\n\n"
            "- Joe Flaherty as the Western Union man\n\n- Elijah Wood as a boy at the Cafe 80's\n\n"
            "- Josh Pence as Tyler Winklevoss's body double\n\nRecasting\n\nCrispin Glover did not return.\n")
    assert credits(facts_of(text, "cast")) == {
        ("Charles Fleischer", "Terry", None), ("Casey Siemaszko", "3-D", None), ("Flea", "Douglas J. Needles", None),
        ("Joe Flaherty", None, "the Western Union man"), ("Elijah Wood", None, "a boy at the Cafe 80's"),
    }


def test_a_plain_heading_word_is_no_note_on_the_part(facts_of):
    """IMDb's "Top cast" heads the list like "Cast": "Top" says nothing about the part, where
    "Japanese cast" does."""
    text = "Top cast\nTommy Lee Jones\tEd Tom Bell\nStephen Root\tMan who hires Wells\n\nStoryline\nA hunter finds money.\n"
    assert credits(facts_of(text, "cast")) == {("Tommy Lee Jones", "Ed Tom Bell", None),
                                               ("Stephen Root", "Man who hires Wells", None)}


def test_a_character_s_name_in_the_original_after_it_in_brackets(facts_of):
    """Wikipedia's cast of a foreign film: "Actor as Character (Original name)". The bracket is the
    character's other name, not an actor; a contraction ("Li'l") is part of the name; a press kit's
    "ZÉ PEQUENO (Li'l Zé) — Leandro Firmino" gives the actor after the dash, not in the bracket."""
    text = ("Cast[edit]\nAlexandre Rodrigues as Rocket (Buscapé)\nLeandro Firmino as Li'l Zé (Zé Pequeno)\n"
            "Matheus Nachtergaele as Carrot (Sandro Cenoura)\nAlice Braga as Angélica\n\n"
            "Characters\n\nMANÉ GALINHA (Knockout Ned) — Seu Jorge\nA bus conductor pushed into the war.\n\n"
            "As a boy he is Dadinho (Li'l Dice), played by Douglas Silva.\n")
    found = {(f.actor, f.character) for f in facts_of(text, "cast")}
    assert {("Alexandre Rodrigues", "Rocket"), ("Leandro Firmino", "Li'l Zé"), ("Matheus Nachtergaele", "Carrot"),
            ("Alice Braga", "Angélica")} <= found
    assert not {actor for actor, _ in found} & {"Zé Pequeno", "Sandro Cenoura", "Knockout Ned", "Buscapé", "Li'l Dice"}
