"""Film facts from the seed documents and from other phrasings."""
from __future__ import annotations

import pytest


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


def test_a_pasted_infobox_row_continues_on_the_lines_under_it(facts_of):
    # "Label<TAB>Value" rows as a browser copies them: each further value on a line of its own
    text = ("Past Lives\nTheatrical release poster\nDirected by\tCeline Song\nCountries\tUnited States\nSouth Korea\n"
            "Languages\tEnglish\nKorean\nBudget\t$12 million\n\nPast Lives is a 2023 romantic drama.\n")
    got = facts(facts_of(text, "film_fact"))
    assert {("country", "United States"), ("country", "South Korea"), ("language", "English"), ("language", "Korean")} <= got
    assert not any(value == "Budget" or "drama." in value for _, value in got)


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


def test_infobox_rows_and_runtime_forms(facts_of):
    text = (
        "| Running time | 1h 52m |\n| Original title | 고요한 궤도 |\n| Language | Korean |\n"
        "| Country | South Korea |\n"
    )
    assert facts(facts_of(text, "film_fact", film="silent-orbit")) == {
        ("runtime", "112 minutes"), ("original_title", "고요한 궤도"), ("language", "Korean"),
        ("country", "South Korea"),
    }
    for runtime, minutes in {"Runtime: 2h 7m": "127 minutes", "Running time: 112 min": "112 minutes",
                             "Running time\t2 hours 7 minutes": "127 minutes",
                             "The film has a running time of 98 minutes.": "98 minutes"}.items():
        assert facts(facts_of(runtime, "film_fact")) == {("runtime", minutes)}, runtime


def test_original_title_in_brackets_and_released_as(facts_of):
    korean = "Silent Orbit (Korean: 고요한 궤도, Goyohan Gwedo) is a 2019 South Korean film.\n"
    assert facts(facts_of(korean, "film_fact", film="silent-orbit")) == {
        ("original_title", "고요한 궤도"), ("year", "2019"), ("country", "South Korea"),  # the lead sentence's
    }
    italian = (
        "The Voice of the Sea (Italian: La voce del mare) is a drama.\nCountry: Italy\n\n"
        "It was released in Italy as La voce del mare.\n"
    )
    assert facts(facts_of(italian, "film_fact", film="the-voice-of-the-sea")) == {
        ("original_title", "La voce del mare"), ("country", "Italy"),
    }


def test_release_dates_locations_and_sources_in_prose(facts_of):
    text = (
        "Silent Orbit is a 2019 film based on the novel The Quiet Ring by Han Seo-yeon.\n"
        "It premiered at the Busan International Film Festival on 4 October 2018 and "
        "opened in Korean cinemas on 14 August 2019.\n"
        "Release date: 14 August 2019 (South Korea)\nLanguages: Korean, English\n"
        "Principal photography took place in Jeju and Daejeon over ten weeks.\n"
        "Shot on location in Chioggia and Pellestrina, the prologue is wet.\n"
    )
    assert facts(facts_of(text, "film_fact", film="silent-orbit")) == {
        ("based_on", "based on the novel The Quiet Ring by Han Seo-yeon"), ("year", "2019"),
        ("release_date", "4 October 2018 (premiere, Busan International Film Festival)"),
        ("release_date", "14 August 2019 (Korean cinemas)"),
        ("release_date", "14 August 2019 (South Korea)"),
        ("language", "Korean"), ("language", "English"),
        ("filming_location", "Jeju"), ("filming_location", "Daejeon"),
        ("filming_location", "Chioggia"), ("filming_location", "Pellestrina"),
    }


def test_original_screenplay(facts_of):
    text = "The Voice of the Sea is an original screenplay by Marco Bellini.\n"
    assert facts(facts_of(text, "film_fact", film="the-voice-of-the-sea")) == {("based_on", "an original screenplay")}


@pytest.mark.parametrize("text", [
    "Writing credits\n\nTed Tally\tscreenplay\nThomas Harris\tnovel\n",
    "| Writer | Role |\n|---|---|\n| Ted Tally | screenplay |\n| Thomas Harris | novel |\n",
    "Screenplay: Ted Tally\nNovel: Thomas Harris\n",
    "Ted Tally (screenplay)\nThomas Harris (novel)\n",
])
def test_a_writing_credit_for_the_source_is_what_it_is_based_on(facts_of, text):
    assert ("based_on", "the novel by Thomas Harris") in facts(facts_of(text, "film_fact"))


@pytest.mark.parametrize("text", ["Story\tJohn Smith\n", "the book is great\nplay: Hamlet\n", "Written by\tJohn Smith\n"])
def test_a_story_credit_or_a_word_alone_is_no_source(facts_of, text):
    assert not [f for f in facts(facts_of(text, "film_fact")) if f[0] == "based_on"]


def test_no_junk_from_new_fact_forms(facts_of):
    text = (
        "Bong Joon-ho (Korean: 봉준호) directed it. Her previous film was based on the novel X by Y.\n"
        "The movie won Best Original Screenplay. Principal photography began in March in Busan.\n"
        "Her debut opened in French cinemas on 3 May 2017. The festival opened on 2 September 2021.\n"
        "Country: South Korea\nThe Korean film was released in Italy as Orbita Silenziosa.\n"
        "It is not an original screenplay: Runtime | long\n"
    )
    assert facts(facts_of(text, "film_fact", film="silent-orbit")) == {("country", "South Korea")}


# --- facts in every common layout: one table per layout, each row (text, facts expected) ----------
# The HTML infobox arrives as the markup module leaves it: a row's <th> and <td> split by a tab, a
# cell's <br> a space, footnote markers kept. A Markdown table keeps its "<br>".

LAYOUTS = {
    "HTML infobox rows, <br> inside cells, footnotes": (
        "Release dates\t26 April 1954 (Japan) 19 November 1956 (United States)\n"
        "Running time\t207 minutes[1] 160 minutes (international cut)\nCountry\tJapan\nLanguage\tJapanese\n",
        {("release_date", "26 April 1954 (Japan)"), ("release_date", "19 November 1956 (United States)"),
         ("runtime", "207 minutes"), ("runtime", "160 minutes (international cut)"),
         ("country", "Japan"), ("language", "Japanese")},
    ),
    "Markdown infobox with <br>": (
        "| Arrival | |\n|---|---|\n| Based on | \"Story of Your Life\" by Ted Chiang |\n"
        "| Release dates | 1 September 2016 (Venice)<br>11 November 2016 (United States) |\n"
        "| Running time | 116 min |\n| Country | United States |\n| Language | English<br>Heptapod |\n",
        {("based_on", "\"Story of Your Life\" by Ted Chiang"), ("release_date", "1 September 2016 (Venice)"),
         ("release_date", "11 November 2016 (United States)"), ("runtime", "116 minutes"),
         ("country", "United States"), ("language", "English"), ("language", "Heptapod")},
    ),
    "fact sheet with dotted leaders": (
        "FACT SHEET\n\nOriginal title ......... Das Leben der Anderen\nCountry ................ Germany\n"
        "Year ................... 2006\nRunning time ........... 2:17\nGenre .................. Drama, thriller\n"
        "Filming locations ...... Berlin\nGerman release ......... 23 March 2006\n"
        "US release ............. 9 February 2007\nWorld premiere . . . . . 15 March 2006\n",
        {("original_title", "Das Leben der Anderen"), ("country", "Germany"), ("year", "2006"),
         ("runtime", "137 minutes"), ("genre", "Drama"), ("genre", "Thriller"), ("filming_location", "Berlin"),
         ("release_date", "23 March 2006 (German)"), ("release_date", "9 February 2007 (US)"),
         ("release_date", "15 March 2006 (world premiere)")},
    ),
    "a heading over label lines is no label": (
        "RELEASE\n\nPremiere ........ November 13, 1999, El Capitan Theatre, Hollywood\n",
        {("release_date", "November 13, 1999, El Capitan Theatre, Hollywood (premiere)")},
    ),
    "front matter keys, as documents.py appends them": (
        "Body text.\n\nRuntime: 1 h 56 min\nCountry: United States\nLanguage: English\nGenre: Science fiction\n",
        {("runtime", "116 minutes"), ("country", "United States"), ("language", "English"),
         ("genre", "Science fiction")},
    ),
    "prose only": (
        "Arrival is a 2016 American science fiction drama film directed by Denis Villeneuve.\n"
        "The 2h 43m epic, shot in Jordan and Abu Dhabi, was released in cinemas on 22 October 2021.\n"
        "It is in Japanese with English subtitles, adapted from Frank Herbert's novel Dune.\n",
        {("year", "2016"), ("country", "United States"), ("genre", "Science fiction drama"),
         ("runtime", "163 minutes"), ("filming_location", "Jordan"), ("filming_location", "Abu Dhabi"),
         ("release_date", "22 October 2021 (cinemas)"), ("language", "Japanese"),
         ("based_on", "adapted from Frank Herbert's novel Dune")},
    ),
    "co-productions and places in a clause": (
        "An Argentine-Spanish co-production, it was shot in Buenos Aires.\n"
        "The film was shot in the Namib Desert in Namibia over 120 days.\n",
        {("country", "Argentina"), ("country", "Spain"), ("filming_location", "Buenos Aires"),
         ("filming_location", "Namib Desert"), ("filming_location", "Namibia")},
    ),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_fact_layouts(layout, facts_of):
    text, expected = LAYOUTS[layout]
    assert facts(facts_of(text, "film_fact", film="arrival")) == expected


RUNTIMES = [
    ("Running time: 163 min", "163 minutes"), ("Runtime: 2 h 43 min", "163 minutes"), ("Length: 2:43", "163 minutes"),
    ("Running time: one hundred and twenty minutes", "120 minutes"), ("Duration: 2 hours 7 minutes", "127 minutes"),
    ("Running one hundred and twenty-nine minutes, it never drags.", "129 minutes"),
    ("The 127-minute thriller is a love story.", "127 minutes"),
    ("Kurosawa's 3h 27m epic still plays.", "207 minutes"),
    ("The two-hour-17-minute film was shot in Berlin.", "137 minutes"),
    ("It runs just over 2 hours.", "120 minutes"),
]


@pytest.mark.parametrize("text, minutes", RUNTIMES)
def test_runtime_forms(text, minutes, facts_of):
    assert {v for n, v in facts(facts_of(text, "film_fact")) if n == "runtime"} == {minutes}


RELEASES = [
    ("It opened in Korean cinemas on 14 August 2019.", "14 August 2019 (Korean cinemas)"),
    ("It premiered at the Venice Film Festival on 2 September 2021.", "2 September 2021 (premiere, Venice Film Festival)"),
    ("Fury Road hit US theaters on May 15, 2015.", "May 15, 2015 (US theaters)"),
    ("Sony Pictures Classics released it in the United States on 16 April 2010.", "16 April 2010 (United States)"),
    ("The film came out on DVD and Blu-ray on September 14, 2010.", "September 14, 2010 (DVD and Blu-ray)"),
    ("It arrived on Blu-ray on 1 September 2015.", "1 September 2015 (Blu-ray)"),
    ("It came to digital download and streaming on 14 February 2017.", "14 February 2017 (digital download and streaming)"),
    ("Release date: 14 August 2019 (South Korea)", "14 August 2019 (South Korea)"),
]


@pytest.mark.parametrize("text, value", RELEASES)
def test_release_forms(text, value, facts_of):
    assert {v for n, v in facts(facts_of(text, "film_fact")) if n == "release_date"} == {value}


REMAKES = [
    ("Hollywood remade it as The Magnificent Seven (1960), a western.", "remade as The Magnificent Seven (1960)"),
    ("Hollywood remade it in 2015 as Secret in Their Eyes, with Julia Roberts.", "remade as Secret in Their Eyes (2015)"),
    ("The film is a remake of Ikiru.", "a remake of Ikiru"),
    ("It is not a remake of the earlier films.", "not a remake of the earlier films"),
]


@pytest.mark.parametrize("text, value", REMAKES)
def test_remakes(text, value, facts_of):
    assert {v for n, v in facts(facts_of(text, "film_fact")) if n == "remake"} == {value}


NOT_FACTS = [
    "Penélope Cruz is a Spanish actress and Almodóvar is a Spanish film director.",
    "Cannes is a French film festival.",
    "Volver is a 2006 Spanish film by Almodóvar.",  # another film's year and country
    "Janis was shot in Madrid by a stranger.",
    "A ten-minute scene runs 10 minutes.",
    "She opened in a play on 3 May 2017. The shark hit the boat on 20 June 1975.",
    "In cinemas 10 November",  # no year: not a date
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_no_fact_from_look_alikes(text, facts_of):
    assert facts(facts_of(text, "film_fact", film="parallel-mothers")) == set()


def test_a_language_with_subtitles_and_a_film_not_in_english(facts_of):
    found = facts(facts_of("Language\tKorean, with English subtitles\nCountry\tSouth Korea\n", "film_fact"))
    assert ("language", "Korean") in found and ("language", "English") not in found
    prose = "It was the first non-English-language film ever to win Best Picture."
    assert not any(name == "language" for name, _ in facts(facts_of(prose, "film_fact")))
