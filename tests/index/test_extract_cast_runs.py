"""Cast lists no cast heading names (index/extract/cast_runs.py): three credit lines in a row."""
from __future__ import annotations

from index_support import credits


def test_a_cast_list_no_cast_heading_names(facts_of):
    text = ("THE COMPANY\n(in order of appearance)\n\n"
            "SIMIN, who wants to leave Iran ............ Leila Hatami\n"
            "THE JUDGE ................................. Babak Karimi\n"
            "NADER'S FATHER ............................ Ali-Asghar Shahbazi\n"
            "HODJAT, Razieh's husband .................. Shahab Hosseini\n\n"
            "Written and directed by ................... Asghar Farhadi\n"
            "Edited by ................................. Hayedeh Safiyari\n"
            "Sound ..................................... Mohammad Reza Delpak\n\n"
            "The characters\n\n"
            "- Misaki Watari (the young driver assigned to him): Tōko Miura\n"
            "- Oto Kafuku (his wife, a screenwriter): Reika Kirishima\n"
            "- Lee Yoon-a (a dancer who acts in Korean Sign Language): Park Yu-rim\n")
    assert credits(facts_of(text, "cast")) == {
        ("Leila Hatami", "Simin", "who wants to leave Iran"), ("Babak Karimi", "The Judge", None),
        ("Ali-Asghar Shahbazi", "Nader's Father", None), ("Shahab Hosseini", "Hodjat", "Razieh's husband"),
        ("Tōko Miura", "Misaki Watari", "the young driver assigned to him"),
        ("Reika Kirishima", "Oto Kafuku", "his wife, a screenwriter"),
        ("Park Yu-rim", "Lee Yoon-a", "a dancer who acts in Korean Sign Language"),
    }


def test_three_critics_in_a_row_are_no_cast_list(facts_of):
    text = ("Hannah Voss (Continental Screen): “A cold, brilliant thriller.”\n"
            "Marta Lind (Nordic Reel): \"Sleek and unnerving.\"\n"
            "Tom Hale (Daily Courier): “Tense and bleak to the bone.”\n")
    assert credits(facts_of(text, "cast")) == set()



def test_a_crew_sheet_in_another_language_is_no_cast_list(facts_of):
    text = ("Dirección .......... Steve James\nProducción ......... Frederick Marx, Steve James, Peter Gilbert\n"
            "Fotografía ......... Peter Gilbert\nMontaje ............ Frederick Marx, Steve James\n"
            "Música ............. Ben Sidran\n")
    assert credits(facts_of(text, "cast")) == set()
