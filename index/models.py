"""Pydantic contracts between the corpus, the index and the answer engine."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from index.vocabulary import ROLE_IDS


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Film(Model):
    """One film of the corpus, read from its folder's film.toml."""

    slug: str  # the folder name: stable id of the film
    title: str
    aliases: tuple[str, ...] = ()
    year: int | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The title, the aliases, and each part of a title with a subtitle of two words or more
        ("Terminator 2: Judgment Day" is also "Judgment Day"), as people shorten them."""
        parts = [p.strip() for p in SUBTITLE.split(self.title)] if SUBTITLE.search(self.title) else []
        shortened = [p for p in parts if len(p.split()) >= 2 and p not in self.aliases and not NUMBERED.match(p)]
        names = (self.title, *self.aliases, *shortened)
        unhyphenated = [HYPHEN.sub(" ", n) for n in names if HYPHEN.search(n)]  # "Were-Rabbit" typed "were rabbit"
        return names + tuple(n for n in unhyphenated if n not in names)


SUBTITLE = re.compile(r":\s+|\s+[–—]\s+")
NUMBERED = re.compile(r"(?i)(?:part|pt|vol|volume|chapter|episode|book)\b")  # "Part One" names no film alone
HYPHEN = re.compile(r"(?<=[^\W\d])-(?=[^\W\d])")


class Document(Model):
    """One validated corpus file with its front matter resolved."""

    film: str  # Film.slug
    id: str  # path relative to the corpus root, with forward slashes: "parallel-mothers/000_x.txt"
    kind: str = "article"  # review, synopsis, summary, awards, press, plot, article, ...
    source: str | None = None  # the publication or site
    author: str | None = None
    url: str | None = None
    published: str | None = None
    text: str  # body text, front matter and markup removed
    headings: list[int] = []  # numbers (from 0) of the text's lines that its markup marks as headings


class Passage(Model):
    """A piece of a document a person could answer from."""

    id: str  # "<document id>#<n>"
    film: str
    document: str
    kind: str
    source: str | None = None
    author: str | None = None
    url: str | None = None
    heading: str | None = None  # the section heading the passage sits under
    text: str
    position: int  # order within the document, from 0
    start: int  # character offsets of the passage in Document.text, so facts can point back to it
    end: int


class FactBase(Model):
    film: str
    document: str
    passage: str  # Passage.id the fact was read from


class CastCredit(FactBase):
    kind: Literal["cast"] = "cast"
    actor: str
    character: str | None = None
    description: str | None = None  # "Ana's mother", "Janis's boss and friend"


CrewRole = Literal[ROLE_IDS]  # the roles of index/vocabulary.py: one list for extraction and questions


class CrewCredit(FactBase):
    kind: Literal["crew"] = "crew"
    role: CrewRole
    name: str


class Award(FactBase):
    kind: Literal["award"] = "award"
    ceremony: str  # "Academy Awards", "Venice Film Festival"
    category: str  # "Best Actress", "Volpi Cup - Best Actress"
    outcome: Literal["won", "nominated"]
    recipient: str | None = None
    year: int | None = None
    lost_to: str | None = None  # who or what won instead, where the page says: "Nominated (lost to Tarzan)"


class Verdict(FactBase):
    kind: Literal["verdict"] = "verdict"
    critic: str | None = None
    outlet: str | None = None
    rating: float | None = None  # normalised to a number out of 5
    rating_text: str | None = None  # the rating as printed: "★★★1/2 of ★★★★★"
    quote: str | None = None


FilmFactName = Literal[
    "year", "runtime", "language", "original_title", "genre", "release_date",
    "filming_location", "related_film", "based_on", "country", "remake",
]


class FilmFact(FactBase):
    kind: Literal["film_fact"] = "film_fact"
    name: FilmFactName
    value: str


Fact = Annotated[
    Union[CastCredit, CrewCredit, Award, Verdict, FilmFact], Field(discriminator="kind")
]


class Problem(Model):
    """Something wrong with one corpus file; the build goes on without it."""

    path: str  # relative to the corpus root where possible
    reason: str


class IndexReport(Model):
    """What a build indexed and what it could not."""

    films: int = 0
    documents: int = 0
    passages: int = 0
    facts: dict[str, int] = Field(default_factory=dict)  # per fact kind
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()  # per film: a kind of fact no document gave (no director, ...)
    built_at: float = 0.0  # unix time the generation was switched in
    seconds: float = 0.0
    changed_documents: int | None = None  # for incremental updates: documents re-read


Progress = Callable[[str, int, int], None]  # how a build reports progress: (stage, done, total)
