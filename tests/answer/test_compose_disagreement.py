"""Documents that disagree on a fact: said, with every value and its sources, never one picked silently."""
from __future__ import annotations

import pytest

from bot.answer.compose.facts import describe_disagreement
from bot.answer.engine import AnswerEngine
from tests.conftest import engine_over

CASES = [
    # (values with sources, what, names, expected)
    ([("120 minutes", "Sony"), ("120", "Wiki")], "the running time", False, None),
    ([("120 minutes", "Sony"), ("2 h", "Wiki")], "the running time", False, None),
    ([("120 minutes", "Sony"), ("123 minutes", "Wiki"), ("2 h 3 min", "Blog")], "the running time of X", False,
     "The documents disagree on the running time of X: 120 minutes (Sony) and 123 minutes (Wiki and Blog)."),
    ([("May 30, 2019 (South Korea)", "A"), ("May 21, 2019 (Cannes)", "B")], "the release date", False, None),
    ([("March 14, 1972", "A"), ("14 March 1972", "B"), ("March 24, 1972", "C"), ("1972", "D")], "the release date", False,
     "The documents disagree on the release date: March 14, 1972 (A and B) and March 24, 1972 (C)."),
    ([("1972", "A"), ("March 14th, 1972", "B")], "the release date", False, None),
    ([("1995", "A"), ("1996", "B")], "the year", False, "The documents disagree on the year: 1995 (A) and 1996 (B)."),
    ([("Madres Paralelas", "A"), ("Madres paralelas", "B")], "the original title", False, None),
    ([("Song Kang Ho", "A"), ("Song Kang-ho", "B")], "the actor", True, None),
    ([("Penélope Cruz", "A"), ("Penelope Cruz", "B")], "the star", True, None),
    ([("Anna Hornaday", "A"), ("Ann Hornaday", "B"), ("Owen Gleiberman", "C")], "the critic", True,
     "The documents spell the critic two ways: Anna Hornaday (A) and Ann Hornaday (B)."),
    ([("Michael Mann", "A"), ("Art Linson", "B")], "the producer", True, None),  # two people, not a disagreement
    ([("120 minutes", None), ("118 minutes", None)], "the running time", False,
     "The documents disagree on the running time: 120 minutes and 118 minutes."),
    ([], "the year", False, None),
]


@pytest.mark.parametrize("values,what,names,expected", CASES)
def test_describe_disagreement(values, what, names, expected):
    assert describe_disagreement(values, what, names=names) == expected


FILES = {
    "long-night/film.toml": 'title = "The Long Night"\nyear = 2001\n',
    "long-night/press.md": "---\nkind: press\nsource: Northlight Pictures\n---\n\n# The Long Night\n\nRunning time: 112 minutes\n",
    "long-night/wiki.md": (
        "---\nkind: article\nsource: Filmopedia\n---\n\n# The Long Night (film)\n\n"
        "| Directed by | Ola Brun |\n|---|---|\n| Running time | 118 minutes |\n"
    ),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(FILES, tmp_path_factory.mktemp("disagree"))


def test_two_runtimes_are_both_given_and_cited(engine):
    answer = engine.answer_question("how long is it?", "The Long Night")
    assert answer.answer == ("The documents disagree on the running time of The Long Night: "
                             "112 minutes (Northlight Pictures) and 118 minutes (Filmopedia).")
    assert {s.document for s in answer.sources} == {"long-night/press.md", "long-night/wiki.md"}
