"""Film facts from the seed documents and from other phrasings."""
from __future__ import annotations


def facts(found) -> set[tuple]:
    return {(f.name, f.value) for f in found}


def test_label_lines_of_a_synopsis_page(seeds, facts_of):
    assert facts(facts_of(seeds["004"], "film_fact")) == {
        ("release_date", "Tuesday, April 05, 2022 (home entertainment)"),
        ("language", "Spanish"), ("genre", "Drama"), ("runtime", "120 minutes"), ("year", "2021"),
    }


def test_summary(seeds, facts_of):
    # "Volver (2006)" and "All About My Mother" are other films: neither gives this film's year.
    assert facts(facts_of(seeds["003"], "film_fact")) == {
        ("original_title", "Madres Paralelas"), ("year", "2021"), ("genre", "Drama"),
        ("filming_location", "Madrid"), ("filming_location", "Torremocha de Jarama"),
        ("based_on", "not based on a book, though it draws narrative inspiration from historical "
                     "nonfiction accounts of Civil War exhumations and the broader movement for "
                     "historical memory in Spain"),
        ("based_on", "loosely inspired by real stories of families who lost relatives during "
                     "Spain’s Franco dictatorship and sought to identify their remains decades later"),
        ("related_film", "All About My Mother (1999)"), ("related_film", "Talk to Her (2002)"),
        ("related_film", "Volver (2006)"), ("related_film", "The Skin I Live In (2011)"),
        ("related_film", "Pain and Glory (2019)"), ("related_film", "Roma (2018)"),
        ("related_film", "Julieta (2016)"), ("related_film", "Pieces of a Woman (2020)"),
        ("related_film", "The Lost Daughter (2021)"), ("related_film", "Amour (2012)"),
    }


def test_subtitled_language(seeds, facts_of):
    assert facts(facts_of(seeds["002"], "film_fact")) == {("language", "Spanish")}


def test_reviews_state_no_film_facts(seeds, facts_of):
    for number in ("000", "001"):
        assert facts_of(seeds[number], "film_fact") == []


def test_other_phrasings(facts_of):
    text = (
        "Portrait of a Lady on Fire (Portrait de la jeune fille en feu, 2019) is a French romance.\n"
        "Runtime: 122 min\nCountry: France\nLanguages: French, Italian\nGenres: Drama, Romance\n"
        "Original Title: Portrait de la jeune fille en feu\n"
        "Theatrical Release Date: 18 September 2019\n\n"
        "The film was shot in Brittany and Paris, over a month.\n"
        "It is a romance told in glances. The screenplay is not based on a novel.\n\n"
        "Similar Films\n- Carol (2015)\n- The Piano (1993)\n\nThat is all.\n"
    )
    assert facts(facts_of(text, "film_fact", film="portrait-of-a-lady-on-fire")) == {
        ("original_title", "Portrait de la jeune fille en feu"), ("year", "2019"),
        ("runtime", "122 minutes"), ("country", "France"),
        ("language", "French"), ("language", "Italian"), ("genre", "Drama"), ("genre", "Romance"),
        ("release_date", "18 September 2019 (theatrical)"),
        ("filming_location", "Brittany"), ("filming_location", "Paris"),
        ("based_on", "not based on a novel"),
        ("related_film", "Carol (2015)"), ("related_film", "The Piano (1993)"),
    }


def test_year_in_brackets_only_after_the_films_own_title(facts_of):
    text = "Unlike Carol (2015), Portrait of a Lady on Fire (2019) never hurries."
    assert facts(facts_of(text, "film_fact", film="portrait-of-a-lady-on-fire")) == {("year", "2019")}


def test_no_junk_facts(facts_of):
    text = (
        "Filming Locations\nThe exhumation scenes were filmed on actual historical ground.\n"
        "Janis was shot in Madrid by a stranger. It was shot in black and white.\n"
        "The Spanish Civil War (1936) is the backdrop; Pedro Almodóvar (Spain, 2021) returns.\n"
        "Year of the Dragon is a film about gangs.\n"
        "Running Time\nLong enough to matter.\n"
        "Even though all its elements belong to the melodrama genre, it is tense.\n"
    )
    assert facts_of(text, "film_fact", film="parallel-mothers") == []
