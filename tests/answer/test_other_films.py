"""A question about a film the documents only mention (a recommendation, a filmography, a
"Title (YEAR)" in the text) is declined, not answered with the corpus film's facts."""
import pytest

from tests.conftest import engine_over

PLOT = """---
kind: summary
---
# Harbour Lights

Directed by Mara Quell. Mara Quell cast Julia Ode as Vera, a harbour pilot.
Vera guides the night ferry through the fog. Quell's earlier film Salt Roads (2015) was shot in the same port.
A sequel, Harbour Lights Return, is planned for 2026.

## Awards
- Lisbon Film Festival (2019) – Best Director

## If you liked it
- The Long Fog (2012)
- Julia (1977)
- Ferryman
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-films")
    return engine_over({"harbour-lights/film.toml": 'title = "Harbour Lights"\nyear = 2019\n',
                        "harbour-lights/plot.md": PLOT}, root)


@pytest.mark.parametrize("question, title", [
    ("who directed the long fog", "The Long Fog"),
    ("when did salt roads come out", "Salt Roads"),
    ("who stars in ferryman", "Ferryman"),
])
def test_a_film_the_documents_only_mention_is_declined(engine, question, title):
    answer = engine.answer_question(question)
    assert not answer.found and f"mention {title} but don't describe it" in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("who directed it", "Mara Quell"),
    ("who plays vera", "Julia Ode"),  # "Julia" is a listed film, and Julia Ode's first name
    ("what did it win at the lisbon film festival", "Best Director"),  # an award with a year, no film
    ("who directed harbour lights, like the long fog?", "Mara Quell"),  # the corpus film is named
])
def test_the_corpus_film_is_still_answered(engine, question, expected):
    answer = engine.answer_question(question)
    assert answer.found and expected in answer.answer, answer.answer


def test_whether_a_numbered_instalment_exists_is_asked_of_the_one_film_of_its_title(engine):
    answer = engine.answer_question("is there a harbour lights 2")
    assert answer.found and "Harbour Lights Return" in answer.answer and answer.question == "is there a harbour lights 2"
    assert "I don't know a film called" in engine.answer_question("who directed harbour lights 2").answer


@pytest.mark.parametrize("question, intent, expected", [
    ("who plays jen in the sequel", "cast", "sequel"),
    ("who played jeff in the 1998 remake", "cast", "remake"),
    ("who played jeff in the 1998 remake", "facts", "remake"),  # "remake" reads it as a fact; it asks for a cast
    ("what is the remake called", "facts", None),
    ("who directed the sequel hannibal", "crew", "sequel"),
    ("is there a sequel", "facts", None),  # whether there is one is this film's fact
    ("what is the sequel called", "general", None),
])
def test_a_question_about_another_instalment(question, intent, expected):
    from bot.answer.other_films import other_instalment
    assert other_instalment(question, intent) == expected
