"""What the answer engine returns to every front end."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Intent = Literal["cast", "crew", "plot", "awards", "critics", "facts", "similar", "general"]
# Where the answer's film came from: the film option, the question's words, an earlier question of
# the conversation, the channel's film, or the corpus having one film only.
FilmFrom = Literal["option", "question", "conversation", "channel", "only film"]


class Source(BaseModel):
    model_config = ConfigDict(frozen=True)

    film: str  # film title
    document: str  # document id, relative to the corpus root
    source: str | None = None
    author: str | None = None
    kind: str | None = None
    url: str | None = None
    snippet: str = ""


class Answer(BaseModel):
    question: str
    film: str | None = None  # resolved film title, or None
    intent: Intent = "general"
    found: bool = False
    answer: str  # what a person reads first: one to three sentences or a compact list
    spoiler: bool = False  # reveals twists or the ending: front ends hide it unless asked
    sources: list[Source] = Field(default_factory=list)
    items: list[str] = Field(default_factory=list)  # list answers, one line each, for paging
    candidates: list[str] = Field(default_factory=list)  # film titles when the film is ambiguous
    film_from: FilmFrom | None = None
    # The character or person the question (or else the answer) is about, for a follow-up's pronouns.
    subject: str | None = None
    subject_kind: Literal["character", "person"] | None = None
