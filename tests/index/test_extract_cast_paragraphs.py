"""Cast credits told a paragraph per character or per actor (index/extract/cast_paragraphs.py)."""
from __future__ import annotations

from index_support import credits


def test_a_character_page_ends_each_paragraph_with_the_actor(facts_of):
    text = ("**Evelyn Wang** is a laundromat owner who is being audited. She is played by Michelle Yeoh.\n\n"
            "**Gong Gong**, Evelyn's elderly father, who disowned her. Played by James Hong.\n\n"
            "**Chad**, a teppanyaki chef. His raccoon is played by nobody we know.\n")
    assert credits(facts_of(text, "cast")) == {
        ("Michelle Yeoh", "Evelyn Wang", "a laundromat owner"),
        ("James Hong", "Gong Gong", "Evelyn's elderly father"),
    }


def test_press_kit_bios_in_capitals_say_what_the_actor_plays(facts_of):
    text = (
        "ABOUT THE CAST\n\n"
        "BETTY GABRIEL (Georgina) plays the Armitages' housekeeper, whose smile never reaches her eyes.\n\n"
        "BRADLEY WHITFORD (Dean Armitage) spent seven seasons on \"The West Wing\". He plays Rose's father, "
        "a neurosurgeon who would have voted for Obama a third time.\n\n"
        "LIL REL HOWERY (Rod Williams) is a comedian. He plays Rod, Chris's best friend, a TSA officer who suspects.\n\n"
        "RUSTY SMITH (Production Designer) designed the house.\n\n"
        "BEATRIX COLLE (The Sunday Observer-Tribune) .. 2 out of 4\n"
    )
    assert credits(facts_of(text, "cast")) == {
        ("Betty Gabriel", "Georgina", "the Armitages' housekeeper"),
        ("Bradley Whitford", "Dean Armitage", "Rose's father, a neurosurgeon"),
        ("Lil Rel Howery", "Rod Williams", "Chris's best friend, a TSA officer"),
    }


def test_what_another_actor_plays_describes_no_one_else(facts_of):
    text = ('Jeff Bridges stars as Jeffrey "The Dude" Lebowski, and John Goodman plays his volatile best friend '
            'Walter, a Vietnam veteran.\n\nClive Owen plays Theo, a civil servant who has given up.\n')
    assert credits(facts_of(text, "cast")) == {
        ("Jeff Bridges", 'Jeffrey "The Dude" Lebowski', None), ("Clive Owen", "Theo", "a civil servant")}
