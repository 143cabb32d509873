"""Guess a document's kind, author and source from its text, where the text shows them.

Front matter overrides all of this; a key is only returned when the text is clear about it.

kind:
- a star or numeric rating -> review (decisive even when a review has a "Plot" section);
- a heading near the top: "Synopsis" -> synopsis; "Plot Summary", "Detailed Summary",
  "Recap", "Ending Explained" -> summary; "Awards and Nominations" -> awards;
  "Press Kit", "Production Notes" -> press; "... Review" -> review;
- award entries starting near the top of the page -> awards;
- several quotes signed by critics -> press;
- a text written in the first person about a film -> review.
author: a byline near the top: "• Jared Huizenga", "By Jane Doe", "Review by Jane Doe",
  "Author: Jane Doe", "Jane Doe | March 3, 2022".
source: "Source: X", "Originally published in X", "First published on X".
"""
from __future__ import annotations

import re

from .awards import extract_awards
from .patterns import lazy_pattern, PERSON, is_person_name, strip_leading_stopwords
from .verdicts import extract_verdicts

_FURNITURE = lazy_pattern(
    r"^(?:top of page|bottom of page|skip to (?:main )?content|menu|search|share|home|"
    r"table of contents|toggle|add to cart|log ?in|sign ?in|subscribe)$",
    re.IGNORECASE,
)
_HEADING_KINDS = [
    (lazy_pattern(r"\bsynopsis\b", re.I), "synopsis"),
    (lazy_pattern(r"\b(?:plot summary|detailed summary|summary|plot|recap|ending explained)\b", re.I), "summary"),
    (lazy_pattern(r"^(?:awards|awards (?:and|&) nominations|accolades)$", re.I), "awards"),
    (lazy_pattern(r"\b(?:press kit|production notes|press release)\b", re.I), "press"),
    (lazy_pattern(r"^review\b|\breview$", re.I), "review"),
]
_BYLINES = [
    lazy_pattern(rf"^(?:By|BY|Review by|Reviewed by|Words by|Written by|Author:)[ \t]+(?P<name>{PERSON})"),
    lazy_pattern(rf"^[•·|][ \t]*(?P<name>{PERSON})$"),
    lazy_pattern(rf"^(?P<name>{PERSON})[ \t]*[•·|][ \t]*(?:\w+[ \t]+)?\d"),
]
_SOURCE = lazy_pattern(
    r"^[ \t]*(?:Source:|(?:Originally|First)?[ \t]*[Pp]ublished (?:in|on|by|at))[ \t]+"
    r"(?P<source>[A-Z][^\n.,;]{1,60}?)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
_FIRST_PERSON = lazy_pattern(r"\b(?:I|I’m|I'm|I’ve|I've|my|me)\b")
_TOP_LINES = 15
_BYLINE_LINES = 6


def infer_metadata(text: str) -> dict:
    metadata = {}
    lines = _content_lines(text)
    kind = _kind(text, lines)
    author = _author(lines[:_BYLINE_LINES])
    source = _SOURCE.search(text)
    if kind:
        metadata["kind"] = kind
    if author:
        metadata["author"] = author
    if source:
        metadata["source"] = source["source"].strip()
    return metadata


def _content_lines(text: str) -> list[str]:
    """Non-empty lines without page furniture such as 'top of page'."""
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not _FURNITURE.match(line)]


def _kind(text: str, lines: list[str]) -> str | None:
    verdicts = extract_verdicts(text)
    if any(v.fields.get("rating_text") for v in verdicts):
        return "review"  # a rating is decisive even when a review has a "Plot" section
    for line in lines[:_TOP_LINES]:
        if len(line) <= 40 and not line.endswith((".", "?", "!")):
            for pattern, kind in _HEADING_KINDS:
                if pattern.search(line):
                    return kind
    awards = extract_awards(text)
    if len(awards) >= 4 and awards[0].offset < len(text) * 0.15:
        return "awards"
    if sum(1 for v in verdicts if v.fields.get("quote")) >= 3:
        return "press"
    if len(_FIRST_PERSON.findall(text)) >= 5 and re.search(r"\b(?:film|movie)\b", text, re.I):
        return "review"
    return None


def _author(lines: list[str]) -> str | None:
    for line in lines:
        for pattern in _BYLINES:
            match = pattern.match(line)
            if match:
                name = strip_leading_stopwords(match["name"])
                if is_person_name(name):
                    return name
    return None
