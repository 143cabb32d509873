"""Cast credits from the seed documents and from other phrasings."""
from __future__ import annotations


def credits(facts) -> set[tuple]:
    return {(f.actor, f.character, f.description) for f in facts}


def test_review_with_photo_captions(seeds, facts_of):
    # "Penélope Cruz as photographer and new mother Janis" is a phrase, not a character name.
    assert credits(facts_of(seeds["000"], "cast")) == {
        ("Milena Smit", "Ana", None), ("Penélope Cruz", "Janis", None),
    }


def test_long_review(seeds, facts_of):
    assert credits(facts_of(seeds["001"], "cast")) == {
        ("Penélope Cruz", "Janis", None), ("Milena Smit", "Ana", None),
    }


def test_with_line_gives_actors_and_brackets_give_characters(seeds, facts_of):
    assert credits(facts_of(seeds["002"], "cast")) == {
        ("Penélope Cruz", "Janis", None), ("Milena Smit", "Ana", None),
        ("Israel Elejalde", None, None), ("Aitana Sánchez-Gijón", None, None),
        ("Rossy de Palma", None, None), ("Julieta Serrano", None, None),
    }


def test_cast_list_with_descriptions_merges_bracket_mentions(seeds, facts_of):
    # "Arturo (Israel Elejalde)" in the summary folds into "Israel Elejalde as Arturo Buendía".
    assert credits(facts_of(seeds["003"], "cast")) == {
        ("Penélope Cruz", "Janis Martínez Moreno", None),
        ("Milena Smit", "Ana Manso", None),
        ("Israel Elejalde", "Arturo Buendía", None),
        ("Aitana Sánchez-Gijón", "Teresa", "Ana’s mother"),
        ("Julieta Serrano", "Brígida", "Janis’s grandmother"),
        ("Rossy de Palma", "Elena", "Janis’s boss and friend"),
    }


def test_cast_heading_and_photo_captions(seeds, facts_of):
    # The director in a caption ("Pedro Almodóvar (director)") is not cast.
    assert credits(facts_of(seeds["004"], "cast")) == {
        ("Milena Smit", "Ana", None), ("Penélope Cruz", "Janis", None),
        ("Rossy de Palma", "Elena", None), ("Israel Elejalde", "Arturo", None),
        ("Aitana Sánchez-Gijón", "Teresa", None),
    }


def test_facts_point_at_their_passage(seeds, facts_of):
    document = seeds["003"]
    for fact in facts_of(document, "cast"):
        assert fact.film == "parallel-mothers" and fact.document == document.id
        assert fact.passage.startswith(document.id + "#")


def test_other_phrasings(facts_of):
    text = (
        "Cast\n- Emma Stone as Bella Baxter\n- Mark Ruffalo as Duncan Wedderburn, a debauched lawyer\n"
        "- Ramy Youssef as Max McCandles\n\n"
        "Willem Dafoe plays Godwin Baxter, her creator.\n"
        "Jerrod Carmichael plays Harry Astley, who shows her the world.\n"
        "Later Bella (Emma Stone) runs off with Duncan.\n"
        "Cast includes Hugh Grant (Mr. Reed), Sophie Thatcher (Paxton).\n"
        "Starring Kerry Condon and Christopher Abbott.\n"
    )
    assert credits(facts_of(text, "cast")) == {
        ("Emma Stone", "Bella Baxter", None),
        ("Mark Ruffalo", "Duncan Wedderburn", "a debauched lawyer"),
        ("Ramy Youssef", "Max McCandles", None),
        ("Willem Dafoe", "Godwin Baxter", "her creator"),
        ("Jerrod Carmichael", "Harry Astley", None),
        ("Hugh Grant", "Mr. Reed", None), ("Sophie Thatcher", "Paxton", None),
        ("Kerry Condon", None, None), ("Christopher Abbott", None, None),
    }


def test_cast_heading_with_one_name_per_line(facts_of):
    text = "CREDITS\n\nCAST\n\nTilda Swinton\nJean-Pierre Léaud\nDIRECTED BY\nAgnès Varda\n"
    assert credits(facts_of(text, "cast")) == {("Tilda Swinton", None, None), ("Jean-Pierre Léaud", None, None)}


def test_no_junk_credits(facts_of):
    text = (
        "The Spanish Civil War (1936) haunts it, as did Cross the Line (No matarás).\n"
        "Oscar winner Emma Stone (La La Land) returns; Yorgos Lanthimos (The Favourite) directs.\n"
        "Academy Award Nomination (2022) – Best Actress (Jane Doe)\n"
        "Best Original Score (John Roe)\n"
        "Stone as Bella is wild, and Meryl Streep as a ruthless editor steals scenes.\n"
        "Left to Right: Jane Doe, John Roe (Director). Photo courtesy of Sony Pictures Classics.\n"
        "It's a tough year, with names like Lady Gaga, Nicole Kidman and Olivia Colman.\n"
        "With Arturo’s help, she digs.\n"
    )
    assert facts_of(text, "cast") == []
