"""Cast credits from the seed documents and from other phrasings."""
from __future__ import annotations

import pytest

from index_support import credits


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


def test_bracket_direction_depends_on_context(facts_of):
    # The cast list reads Actor (Character); the plot reads Character (Actor); ranks go with the character.
    text = (
        "Cast\n"
        "Seo Ha-rin (Kang Yu-na)\n"
        "Yoon Tae-gyeom (Captain Do Min-jae)\n\n"
        "Plot\n"
        "Systems engineer Kang Yu-na (Seo Ha-rin) wakes alone on the station. "
        "Captain Do Min-jae (Yoon Tae-gyeom) radios from Earth.\n"
    )
    assert credits(facts_of(text, "cast", film="silent-orbit")) == {
        ("Seo Ha-rin", "Kang Yu-na", None), ("Yoon Tae-gyeom", "Captain Do Min-jae", None),
    }


def test_a_press_kit_name_in_capitals_is_the_actor_only_before_an_actor_s_bio(facts_of):
    text = (
        "THE FAMILY\n"
        "RICHARD HOOVER (Greg Kinnear) is Olive's father and Edwin's son, a would-be motivational guru.\n\n"
        "ABOUT THE CAST\n"
        "DANIEL KALUUYA (Chris Washington) is a British actor and writer.\n"
        "BRADLEY WHITFORD (Dean Armitage) spent seven seasons on the series.\n"
    )
    assert credits(facts_of(text, "cast")) == {
        ("Greg Kinnear", "Richard Hoover", None), ("Daniel Kaluuya", "Chris Washington", None),
        ("Bradley Whitford", "Dean Armitage", None),
    }


def test_plot_brackets_alone_read_character_then_actor(facts_of):
    text = "Systems engineer Kang Yu-na (Seo Ha-rin) wakes alone. Captain Do Min-jae (Yoon Tae-gyeom) calls.\n"
    assert credits(facts_of(text, "cast")) == {
        ("Seo Ha-rin", "Kang Yu-na", None), ("Yoon Tae-gyeom", "Captain Do Min-jae", None),
    }


def test_starring_cue_reads_actor_then_character(facts_of):
    text = "The film, starring Seo Ha-rin (Kang Yu-na) and Yoon Tae-gyeom (Captain Do Min-jae), opens in orbit.\n"
    assert credits(facts_of(text, "cast")) == {
        ("Seo Ha-rin", "Kang Yu-na", None), ("Yoon Tae-gyeom", "Captain Do Min-jae", None),
    }


def test_never_both_directions_for_one_pair(facts_of):
    # Two prose readings that contradict each other cancel out.
    text = "Kang Yu-na (Seo Ha-rin) wakes. Later Seo Ha-rin (Kang Yu-na) sleeps.\n"
    assert facts_of(text, "cast") == []


def test_played_by_phrasings(facts_of):
    text = (
        "Young Kang Yu-na is played by Kim Da-hyun, and Seo Ha-rin plays the adult Kang Yu-na.\n"
        "Kang Min-ho, played by Choi Jin-sung, runs the lab. Yoon Tae-gyeom stars as Do Min-jae.\n"
        "The film opens with Lee Sun-woo as Park Ji-ho, a rookie.\n"
    )
    assert credits(facts_of(text, "cast", film="silent-orbit")) == {
        ("Kim Da-hyun", "Kang Yu-na", "young"), ("Seo Ha-rin", "Kang Yu-na", "adult"),
        ("Choi Jin-sung", "Kang Min-ho", None), ("Yoon Tae-gyeom", "Do Min-jae", None),
        ("Lee Sun-woo", "Park Ji-ho", None),
    }


def test_infobox_starring_row(facts_of):
    text = "| Directed by | Park Min-soo |\n| Starring | Seo Ha-rin, Yoon Tae-gyeom |\n"
    assert credits(facts_of(text, "cast")) == {("Seo Ha-rin", None, None), ("Yoon Tae-gyeom", None, None)}


def test_critics_are_never_cast(facts_of):
    text = (
        "Cast\n- Seo Ha-rin as Kang Yu-na\n\n"
        "Reviews\n"
        "Hannah Voss (Continental Screen): “A cold, brilliant thriller.”\n"
        "Marta Lind (Nordic Reel): \"Sleek and unnerving.\"\n"
        "“Tense and bleak to the bone.” — Priya Raman, Frame Rate Weekly\n"
        "Tom Hale (The Daily Courier) was unimpressed.\n"
        "As critic Ana Gil (Lisbon Gazette) put it, the film is cold.\n"
        "Samuel Ng (Frame Rate) felt that the hero is more of an idea than a person.\n"
    )
    assert credits(facts_of(text, "cast")) == {("Seo Ha-rin", "Kang Yu-na", None)}


def test_a_title_with_its_original_and_a_producer_are_no_credit(facts_of):
    text = ("If you have just finished City of God (Cidade de Deus), here is the story.\n\n"
            "Cast & Crew\nSimon Chinn  Producer\n")
    assert credits(facts_of(text, "cast")) == set()


def test_a_company_and_its_market_are_no_credit(facts_of):
    # a pasted infobox's "Distributed by" row, its second value on a line of its own
    text = "Distributed by\tA24 (United States)\nCJ ENM (South Korea)\nRelease dates\tJune 2, 2023\n"
    assert credits(facts_of(text, "cast")) == set()


def test_no_junk_from_cast_like_lines(facts_of):
    text = (
        "Cast and crew\n"
        "Director: Park Min-soo\n"
        "Park Min-soo — Director\n"
        "Lee Ha-jun — Production Designer\n"
        "Hong Kyung-pyo  Cinematography\n\n"
        "Awards\n- Seo Ha-rin – Best Actress\n"
        "Contents\nPlot ........ 2\nCast ........ 3\n"
    )
    assert facts_of(text, "cast") == []


# --- credit layouts: one small document each ---------------------------------------------

from index.markup import html_to_text  # noqa: E402

LAYOUTS = {
    "credits sheet, character first, dot leaders, ranks and notes": (
        "CAST\n\n"
        "Lt. Vincent Hanna, LAPD ........ Al Pacino\n"
        "Nate ........................... Jon Voight\n"
        "Vito Corleone (as a young man) . . . Robert De Niro\n"
        "Vito Andolini as a boy ......... Oreste Baldini\n"
        "Young Clemenza ................. B. Kirby Jr.\n"
        "Senator Pat Geary .............. G. D. Spradlin\n"
        "Neil McCauley .................. Robert Hunter\n\n"
        "  Note: Bruno Kirby is credited on screen as \"B. Kirby Jr.\"\n",
        {("Al Pacino", "Lt. Vincent Hanna", "LAPD"), ("Jon Voight", "Nate", None),
         ("Robert De Niro", "Vito Corleone", "as a young man"), ("Oreste Baldini", "Vito Andolini", "as a boy"),
         ("B. Kirby Jr.", "Clemenza", "young"), ("G. D. Spradlin", "Senator Pat Geary", None),
         ("Robert Hunter", "Neil McCauley", None)},
    ),
    "rules around a heading with a long note": (
        "-----\nCAST (in order of appearance in the principal credits, as billed)\n-----\n\n"
        "Michael Corleone ........ Al Pacino\nTom Hagen ........ Robert Duvall\nSenator #2 ........ Roger Corman\n",
        {("Al Pacino", "Michael Corleone", None), ("Robert Duvall", "Tom Hagen", None),
         ("Roger Corman", "Senator #2", None)},
    ),
    "a hint line names the column order": (
        "Voice cast\n\nOriginal cast (Character: Actor):\n\n- Chihiro / Sen: Rumi Hiiragi\n"
        "- Yubaba and Zeniba: Mari Natsuki\n- Akio Ogino (father): Takashi Naito\n",
        {("Rumi Hiiragi", "Chihiro / Sen", "Original cast"), ("Mari Natsuki", "Yubaba and Zeniba", "Original cast"),
         ("Takashi Naito", "Akio Ogino", "father, Original cast")},
    ),
    # With no rank or note to go by, the side the page calls by a first name alone is the character.
    "mixed list: first names in the plot tell the character side": (
        "Fredo fumbles his gun. Luca sleeps with the fishes. Fredo weeps.\n\n"
        "## Cast\n\n- Marlon Brando as Vito Corleone\n- Fredo Corleone – John Cazale\n- Luca Brasi – Lenny Montana\n",
        {("Marlon Brando", "Vito Corleone", None), ("John Cazale", "Fredo Corleone", None),
         ("Lenny Montana", "Luca Brasi", None)},
    ),
    "nicknames in quotes": (
        "## Cast\n\n- James Caan as Santino \"Sonny\" Corleone, the eldest son\n"
        "- Al Lettieri as Virgil “The Turk” Sollozzo\n",
        {("James Caan", "Santino \"Sonny\" Corleone", "the eldest son"),
         ("Al Lettieri", "Virgil “The Turk” Sollozzo", None)},
    ),
    "a nickname first or alone, an alias in brackets after": (
        "Cast[edit]\nTony Curtis as Joe (\"Josephine\" / \"Junior\")\nJack Lemmon as Jerry (\"Daphne\")\n"
        "George Raft as \"Spats\" Colombo\nNehemiah Persoff as \"Little Bonaparte\"\n",
        {("Tony Curtis", "Joe", "Josephine / Junior"), ("Jack Lemmon", "Jerry", "Daphne"),
         ("George Raft", "Spats Colombo", None), ("Nehemiah Persoff", "Little Bonaparte", None)},
    ),
    "a cast heading with the page's own words after it": (
        "Cast (in credits order) complete, awaiting verification\n\nMarilyn Monroe\t...\tSugar Kane Kowalczyk\n"
        "Jack Lemmon\t...\tJerry / Daphne\n",
        {("Marilyn Monroe", "Sugar Kane Kowalczyk", None), ("Jack Lemmon", "Jerry / Daphne", None)},
    ),
    "press kit capitals: SURNAME Given Name and ALL CAPS names": (
        "Cast\n\n- SONG Kang Ho — Ki-taek (the father)\n- PARK So Dam — Ki-jung (the daughter, \"Jessica\")\n\n"
        "The Cast\n\n- AL PACINO as Lieutenant Vincent Hanna\n- NATALIE PORTMAN as Lauren, Justine's daughter\n",
        {("Song Kang Ho", "Ki-taek", "the father"), ("Park So Dam", "Ki-jung", "the daughter, \"Jessica\""),
         ("Al Pacino", "Lieutenant Vincent Hanna", None), ("Natalie Portman", "Lauren", "Justine's daughter")},
    ),
    "voice table with a column per dub": (
        "| Character | Japanese voice | English voice |\n|---|---|---|\n"
        "| Haku | Miyu Irino | Jason Marsden |\n| Akio (father) | Takashi Naito | Michael Chiklis |\n",
        {("Miyu Irino", "Haku", "Japanese voice"), ("Jason Marsden", "Haku", "English voice"),
         ("Takashi Naito", "Akio", "father, Japanese voice"), ("Michael Chiklis", "Akio", "father, English voice")},
    ),
    "a voice credit in brackets and in prose": (
        "CAST\n\nSeo Ha-rin (Kang Yu-na)\nBaek Joon-ho (voice of HAEON)\n\n"
        "The ship's computer, Orla, voiced by Jane Doe, hums.\n",
        {("Seo Ha-rin", "Kang Yu-na", None), ("Baek Joon-ho", "Haeon", "voice"), ("Jane Doe", "Orla", None)},
    ),
    "a lower-case particle with an apostrophe inside a name": (
        "Cast\n\nMark Ruffalo as Mike Rezendes\nBrian d'Arcy James as Matt Carroll\n",
        {("Mark Ruffalo", "Mike Rezendes", None), ("Brian d'Arcy James", "Matt Carroll", None)},
    ),
    "a character list: name, dash, description, the actor in its first bracket": (
        "Family tree\nHarlan Thrombey — patriarch, founder of Blood Like Wine Publishing (Christopher Plummer). Dies aged 85.\n"
        "Linda Drysdale (née Thrombey) — Harlan's eldest child (Jamie Lee Curtis). Married to Richard.\n"
        "Richard Drysdale — Linda's husband, who is having an affair (Don Johnson).\n",
        {("Christopher Plummer", "Harlan Thrombey", None), ("Jamie Lee Curtis", "Linda Drysdale", None),
         ("Don Johnson", "Richard Drysdale", None)},
    ),
    "a press kit's bio: the actor, a dash, a bio that says they play the one in the bracket": (
        "Sakura Ando — one of the great actresses of her generation, plays the mother (Nobuyo Shibata).\n",
        {("Sakura Ando", "Nobuyo Shibata", "the mother (Nobuyo Shibata)")},
    ),
    "an actor's note is kept, a sentence is not a credit": (
        "## Cast\n\n- Kim Ki-taek – Song Kang-ho\n- Min-hyuk – Park Seo-joon (special appearance)\n",
        {("Song Kang-ho", "Kim Ki-taek", None), ("Park Seo-joon", "Min-hyuk", "special appearance")},
    ),
}


@pytest.mark.parametrize("name", LAYOUTS)
def test_credit_layouts(name, facts_of):
    text, expected = LAYOUTS[name]
    assert credits(facts_of(text, "cast")) == expected


HTML_LAYOUTS = {
    "li list with a dash": (
        "<h2>Cast</h2><ul><li>LEE Sun Kyun — Park Dong-ik (Mr. Park)</li><li>CHO Yeo Jeong — Yeon-gyo</li></ul>",
        {("Lee Sun Kyun", "Park Dong-ik", "Mr. Park"), ("Cho Yeo Jeong", "Yeon-gyo", None)},
    ),
    "table rows with header cells": (
        "<table><tr><th>Actor</th><th>Role</th></tr><tr><td>Seo Ha-rin</td><td>Kang Yu-na</td></tr>"
        "<tr><td>Yoon Tae-gyeom</td><td>Captain Do Min-jae</td></tr></table>",
        {("Seo Ha-rin", "Kang Yu-na", None), ("Yoon Tae-gyeom", "Captain Do Min-jae", None)},
    ),
    "character first paragraph with line breaks": (
        "<h2>CAST</h2><p>ARTHUR PENHALLOW ..... Geoffrey Tuttle<br>SPUD ..... Rhys Carrow<br>"
        "LADY VERONICA STANHOPE ..... Imelda Croft</p>",
        {("Geoffrey Tuttle", "Arthur Penhallow", None), ("Rhys Carrow", "Spud", None),
         ("Imelda Croft", "Lady Veronica Stanhope", None)},
    ),
}


@pytest.mark.parametrize("name", HTML_LAYOUTS)
def test_html_credit_layouts(name, facts_of):
    html, expected = HTML_LAYOUTS[name]
    assert credits(facts_of(html_to_text(html), "cast")) == expected


def test_a_described_character_before_played_by_on_a_list_line():
    from index.extract.cast import extract_cast
    text = ("THE PLAYERS\n\nMartin Brody, chief of police – played by Roy Scheider\n"
            "Quint, the shark hunter – played by Robert Shaw\nEllen Brody – played by Lorraine Gary\n"
            "Larry Vaughn, mayor of Amity – played by Murray Hamilton\n")
    assert {(f.fields["actor"], f.fields["character"], f.fields["description"]) for f in extract_cast(text)} == {
        ("Roy Scheider", "Martin Brody", "chief of police"), ("Robert Shaw", "Quint", "the shark hunter"),
        ("Lorraine Gary", "Ellen Brody", None), ("Murray Hamilton", "Larry Vaughn", "mayor of Amity"),
    }




def test_names_of_every_shape_in_the_seeds_layouts(facts_of):
    # the seed's cast list, "With" line, captions and brackets, with actors named
    # "O'Connell", "St. John", "May ...", "Mr. ..." and by one word
    text = (
        "With Chloé O'Connell Uribe, Zizou, Marisol St. John Lindqvist, Mr. del Río, May Bellucci\n\n"
        "The story begins with Félix Lozano (Zizou), a carpenter. He meets Sol (Mr. del Río).\n"
        "Cast\n"
        "- Chloé O'Connell Uribe as Sol Roldán\n"
        "- Zizou as Félix Lozano\n"
        "- Marisol St. John Lindqvist as Marta Buendía\n"
        "- Mr. del Río as Arturo de la Cruz\n"
        "- May Bellucci as Elvira, Sol’s grandmother\n"
        "Film Music and Composer\n"
        "L to R: Zizou as Félix, May Bellucci as Elvira in HOME.\n"
    )
    got = credits(facts_of(text, "cast"))
    assert {
        ("Chloé O'Connell Uribe", "Sol Roldán", None), ("Zizou", "Félix Lozano", None),
        ("Marisol St. John Lindqvist", "Marta Buendía", None), ("Mr. del Río", "Arturo de la Cruz", None),
        ("May Bellucci", "Elvira", "Sol’s grandmother"),
    } <= got
    # nothing read the wrong way round: no character is credited as an actor
    assert not {actor for actor, _, _ in got} & {"Félix Lozano", "Sol", "Connell Uribe", "John Lindqvist"}


def test_one_word_names_need_a_list_around_them(facts_of):
    assert credits(facts_of("With Love, Rosie.\n", "cast")) == set()
    assert credits(facts_of("Starring Cruz and Smit, the film opens in Madrid.\n", "cast")) == set()
    assert credits(facts_of("Janis (Penélope Cruz) meets Ana (Madonna) at the hospital.\n", "cast")) == {
        ("Penélope Cruz", "Janis", None)}


@pytest.mark.parametrize("text, expected", [
    # a Wikipedia-style list: the age in brackets, then the description
    ('## Cast\n\n* Jacques Perrin as Salvatore "Totò" Di Vita (adult), a film director\n'
     "* Salvatore Cascio as Salvatore (child)\n* Leopoldo Trieste as Father Adelfio, the parish priest\n",
     {("Jacques Perrin", 'Salvatore "Totò" Di Vita', "adult, a film director"), ("Salvatore Cascio", "Salvatore", "child"),
      ("Leopoldo Trieste", "Father Adelfio", "the parish priest")}),
    # prose: a paragraph's line that wraps mid-sentence is no description
    ('Jeff Bridges stars as Jeffrey "The Dude" Lebowski, a Los Angeles slacker who would rather be\nbowling.\n',
     {("Jeff Bridges", 'Jeffrey "The Dude" Lebowski', None)}),
    # initials first in prose
    ("F. Murray Abraham stars as Antonio Salieri, the court composer.\n",
     {("F. Murray Abraham", "Antonio Salieri", "the court composer")}),
    # a description with "and" is still a noun phrase
    ("- Rossy de Palma as Elena, Janis’s boss and friend\n", {("Rossy de Palma", "Elena", "Janis’s boss and friend")}),
])
def test_as_credits_in_lists_and_prose(facts_of, text, expected):
    assert credits(facts_of(text, "cast")) == expected


def test_a_critics_line_is_no_cast_credit(facts_of):
    text = ("SCORECARD\n\nMARTA KOVAL (The Quayside Bell) ....... ★★★★\n\"Gripping.\"\n\n"
            "IVAN RUSK (Northgate Screen) .. 2 out of 4\n\nIn the film, Mara (Ilse Varga) sails away.\n")
    assert {(c.actor, c.character) for c in facts_of(text, "cast")} == {("Ilse Varga", "Mara")}


def test_a_character_list_with_sentences_after_the_dash(facts_of):
    text = ("CHARACTERS\nOSAMU SHIBATA (Lily Franky) – A day labourer who teaches the boy to steal.\n"
            "NOBUYO SHIBATA (Sakura Ando) – Works at a laundry factory. Lives with Osamu.\n"
            "HATSUE SHIBATA (Kirin Kiki) – The owner of the house. Lives on her pension.\n")
    assert {(c.actor, c.character) for c in facts_of(text, "cast")} == {
        ("Lily Franky", "Osamu Shibata"), ("Sakura Ando", "Nobuyo Shibata"), ("Kirin Kiki", "Hatsue Shibata")}
