"""Crew credits in blocks and name-first lines (index/extract/crew_blocks.py): a credits page's role
headings over their names, an end-credits crawl in capitals, and 'Name .... role' lines."""
from __future__ import annotations


def credits(facts) -> set[tuple]:
    return {(f.role, f.name) for f in facts}


def test_role_headings_over_names_one_a_line(facts_of):
    text = ("Film Editing by\n\nJoi McMillon\t \t\nNat Sanders\n\nCasting By\n\nYesi Ramirez\n\n"
            "Music\n\nThe score was recorded in Miami.\n")
    assert credits(facts_of(text, "crew")) == {
        ("editor", "Joi McMillon"), ("editor", "Nat Sanders"), ("casting", "Yesi Ramirez")}


def test_an_end_credits_crawl_in_capitals(facts_of):
    text = ("                  screenplay\n               HWANG JO-YOON\n               PARK CHAN-WOOK\n\n"
            "            director of photography\n              CHUNG CHUNG-HOON\n\n"
            "               executive producer\n                 KIM DONG-JOO\n")
    assert credits(facts_of(text, "crew")) == {
        ("writer", "Hwang Jo-Yoon"), ("writer", "Park Chan-Wook"), ("cinematographer", "Chung Chung-Hoon")}


def test_the_name_first_and_the_role_after_it(facts_of):
    text = ("Writing credits\n\nTed Tally\tscreenplay\nThomas Harris\tnovel\n\n"
            "- Edward Saxon .... producer\n- Gary Goetzman .... executive producer\n"
            "Tarell Alvin McCraney\t...\t(story by)\nJodie Foster\t...\tClarice Starling\n")
    assert credits(facts_of(text, "crew")) == {
        ("writer", "Ted Tally"), ("producer", "Edward Saxon"), ("writer", "Tarell Alvin McCraney")}


def test_the_name_first_and_the_role_after_a_dash(facts_of):
    text = "Crew\n\n- Hans Zimmer – music\n- Roger Deakins — cinematography\n- Ryan Gosling — K\n"
    assert credits(facts_of(text, "crew")) == {("composer", "Hans Zimmer"), ("cinematographer", "Roger Deakins")}
