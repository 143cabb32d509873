"""Character descriptions read from prose (bot/answer/compose/cast_prose.py)."""
from __future__ import annotations

from bot.answer.compose.cast_prose import descriptions

CHARACTERS = ["Joi", "Catherine Martin", "Anton Ego", "Jeremy Armitage", "Chris Shiherlis", "Michael Cheritto"]


def test_an_appositive_after_the_name_describes_the_character():
    found = descriptions(["He lives alone with Joi, a holographic girlfriend sold by the Wallace Corporation, who calls him Joe."],
                         CHARACTERS)
    assert found["Joi"] == ["a holographic girlfriend sold by the Wallace Corporation"]


def test_a_noun_phrase_before_the_name_describes_it_and_so_does_a_possessive_one_before_a_comma():
    found = descriptions(["A review by the feared food critic Anton Ego cost it a star.",
                          "He plays Rose's volatile brother, Jeremy."], CHARACTERS)
    assert found["Anton Ego"] == ["the feared food critic"]
    assert found["Jeremy Armitage"] == ["Rose's volatile brother"]  # a first name no other character has


def test_the_senators_daughter():
    found = descriptions(["Buffalo Bill kidnaps Catherine Martin, the daughter of a United States senator, Ruth Martin."],
                         CHARACTERS)
    assert found["Catherine Martin"] == ["the daughter of a United States senator"]


def test_lists_of_characters_clauses_and_names_are_no_description():
    found = descriptions([
        "With his crew — his close friend Chris Shiherlis, the hot-tempered Michael Cheritto, and a recruit — he robs a truck.",
        "If she can save Catherine, the lambs might stop screaming.",
        "Joi, the Wallace Corporation's, waits.",
    ], CHARACTERS)
    assert "the hot-tempered Michael Cheritto" not in found.get("Chris Shiherlis", [])
    assert "Catherine Martin" not in found and "Joi" not in found


def test_a_phrase_cut_off_in_mid_clause_is_no_description():
    found = descriptions(["He hoped Joi, a bigger star as the years went by, would stay."], CHARACTERS)
    assert "Joi" not in found


def test_what_the_character_is_describes_it():
    found = descriptions(["Freddy Newandyke, alias Mr. Orange, is an undercover police officer played by Tim Roth.",
                          "Dean is a laid-back beatnik artist who owns the scrapyard."], ["Mr. Orange", "Dean McCoppin"])
    assert found["Mr. Orange"] == ["an undercover police officer"]
    assert found["Dean McCoppin"] == ["a laid-back beatnik artist"]


def test_a_review_describing_a_performance_describes_the_part():
    from bot.answer.compose.cast_prose import performances
    from bot.answer.credits import CastRow
    rows = [CastRow("Alan Arkin", "Edwin Hoover"), CastRow("Kirin Kiki", "Hatsue Shibata"), CastRow("Paul Dano", "Dwayne")]
    found = performances(["Alan Arkin steals his scenes as the filthy-mouthed grandfather, and Breslin is lovely.",
                          "Kirin Kiki, as the sly grandmother, is wonderful.", "Paul Dano as Dwayne"], rows)
    assert found == {"Edwin Hoover": ["the filthy-mouthed grandfather"], "Hatsue Shibata": ["the sly grandmother"]}


def test_a_character_list_describes_by_dash_possessive_and_nickname():
    """A press kit's "NAME – description" and "NAME (Actor) is Olive's father", a nickname in
    quotes ('Julianne "Julie" Steffans' is "JULIE STEFFANS"), and a relative's name in the
    description ("Hogarth's mother") all describe."""
    found = descriptions([
        "JULIE STEFFANS – Lady Bird's best friend since freshman year, a natural performer.",
        "OSAMU SHIBATA (Lily Franky) – A day labourer at a construction site who teaches the boy to steal.",
        "Annie Hughes is Hogarth's mother, a widow who works as a waitress.",
        "RICHARD HOOVER (Greg Kinnear) is Olive's father, a would-be guru.",
    ], ['Julianne "Julie" Steffans', "Osamu Shibata", "Annie Hughes", "Hogarth Hughes", "Richard Hoover",
        'Christine "Lady Bird" McPherson'])
    assert found['Julianne "Julie" Steffans'] == ["Lady Bird's best friend since freshman year"]
    assert found["Osamu Shibata"] == ["A day labourer at a construction site"]
    assert found["Annie Hughes"] == ["Hogarth's mother"]
    assert found["Richard Hoover"] == ["Olive's father"]


def test_an_appositive_keeps_its_list_of_adjectives():
    found = descriptions(["Malcolm waits for a new patient: Cole Sear, a thin, anxious nine-year-old who lives with his mother."],
                         ["Cole Sear"])
    assert found["Cole Sear"] == ["a thin, anxious nine-year-old"]
