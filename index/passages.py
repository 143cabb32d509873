"""Split a document into passages a person could answer from, each under its section heading.

Documents arrive as plain text with whatever line structure their source had: paragraphs
separated by blank lines, one paragraph per line, hard-wrapped lines, bulleted lists, and
page furniture. Lines are classified, then grouped:
- a paragraph (or a run of wrapped lines) is one passage, split at sentences when long;
- consecutive list items under one heading are one passage;
- a line the markup marks as a heading (Markdown "#", HTML <h1>-<h6>) is one; otherwise a short
  line followed by body text is a heading. Either is kept on the passages beneath it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.models import Document, Passage

BULLET = re.compile(r"^\s*(?:[-*•●▪◦–—]|\d{1,2}[.)])\s+")
SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[A-Z“\"‘(])")
# Generic web-page furniture: navigation and shop widgets, a wiki's hatnotes ("Main article:
# X" under a section title, which would otherwise stand in for the title as the heading), and a
# page's warning about its own spoilers ("Warning: this page reveals the twist ending."), which is
# no part of the story it tells.
FURNITURE = re.compile(
    r"^(top of page|bottom of page|back to top|skip to (main )?content|table of contents|"
    r"toggle.*|share( this)?|advertisement|subscribe|sign in|log in|menu|"
    r".*add to cart|read more|print|(?:main articles?|see also|further information|for other uses)\s*:.*|"
    r"[(\[*]*(?:(?:spoiler )?warning|spoiler alert)\s*[:!-].{0,120}|[(\[*]*spoilers? (?:ahead|below|follow)\W*)$",
    re.I,
)
RULE = re.compile(r"^[-=_*~#·•.\s]{3,}$")  # a drawn line: "------" under a title, "=====" around a masthead
RATING_LINE = re.compile(r"^(?:[★☆✩½]+|\d+(?:\.\d+)?\s*/\s*\d+|[A-F][+-]?)(?:\s*[·•|—–-]?\s*(?:certified\s+)?(?:fresh|rotten))?\s*$"
                         r"|^(?:certified\s+)?(?:fresh|rotten)\b.{0,12}$", re.I)
MAX_HEADING_CHARS = 70
MAX_HEADING_WORDS = 9
TARGET_WORDS = 90  # long paragraphs are cut into chunks of about this many words
MAX_LIST_WORDS = 160


@dataclass
class Line:
    text: str
    start: int
    end: int
    kind: str  # "text", "item", "short", "blank", "heading" (marked so by the markup)
    indented: bool = False


def split_passages(document: Document) -> list[Passage]:
    blocks = group_lines(classify_lines(document.text, set(document.headings)))
    passages: list[Passage] = []
    for heading, lines in blocks:
        for start, end in chunk_block(document.text, lines):
            raw = document.text[start:end]
            body = raw.strip()
            if body:
                start += len(raw) - len(raw.lstrip())
                passages.append(make_passage(document, heading, body, start, start + len(body), len(passages)))
    return passages


def make_passage(document: Document, heading: str | None, text: str, start: int, end: int, n: int) -> Passage:
    return Passage(
        id=f"{document.id}#{n}", film=document.film, document=document.id, kind=document.kind,
        source=document.source, author=document.author, url=document.url, heading=heading, text=text,
        position=n, start=start, end=end,
    )


def classify_lines(text: str, headings: set[int] = frozenset()) -> list[Line]:
    lines, offset = [], 0
    for n, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        start = offset + (len(raw) - len(raw.lstrip()))
        kind = "heading" if n in headings and stripped else line_kind(stripped)
        line = Line(stripped, start, start + len(stripped), kind, raw[:1] in (" ", "\t"))
        lines.append(line)
        offset += len(raw) + 1
    return lines


def line_kind(text: str) -> str:
    if not text or FURNITURE.match(text) or RULE.match(text):
        return "blank"
    if BULLET.match(text):
        return "item"
    words = len(text.split())
    if len(text) <= MAX_HEADING_CHARS and words <= MAX_HEADING_WORDS and not text[0].islower() and (
        text.endswith("?") or not SENTENCE_END.search(text)
    ):
        return "short"  # (a line in lowercase carries on a wrapped sentence: no title starts so)
    return "text"


def group_lines(lines: list[Line]) -> list[tuple[str | None, list[list[Line]]]]:
    """Group lines into (heading, units) where each unit is a list of lines forming one passage."""
    sections: list[tuple[str | None, list[list[Line]]]] = [(None, [])]
    previous: Line | None = None
    for i, line in enumerate(lines):
        if line.kind == "blank":
            if previous and previous.kind == "text":
                previous = None  # a blank line ends a paragraph but not a list item
            continue
        units = sections[-1][1]
        if line.kind == "heading" or (line.kind == "short" and is_heading(lines, i)):
            sections.append((line.text, []))
            previous = None
            continue
        if continues(previous, line):
            units[-1].append(line)
        else:
            units.append([line])
        previous = line
    return [(heading, units) for heading, units in sections if units]


def is_heading(lines: list[Line], i: int) -> bool:
    """A short line is a heading when body text or a list follows it."""
    following = next((l for l in lines[i + 1:] if l.kind != "blank"), None)
    if following is None:
        return False
    if lines[i].indented:
        return False  # an indented short line continues the item above it
    if "\t" in lines[i].text or lines[i].text.startswith("|"):
        return False  # a table row, not a title
    if RATING_LINE.match(lines[i].text):
        return False  # an aggregator card's "4/4 Fresh", "★★★★★": the card's verdict, not a title
    if following.kind in ("text", "item") or is_title_case(lines[i].text):
        return True
    # a section title directly above a sub-section title ("Memorable Scenes" / "Key Scenes"), one
    # level only: in a longer run of short lines (table rows, credit lines) the lines are content
    j = lines.index(following, i + 1)
    after = next((l for l in lines[j + 1:] if l.kind != "blank"), None)
    before = next((l for l in reversed(lines[:i]) if l.kind != "blank"), None)
    return (following.kind == "short" and not following.indented and not is_title_case(following.text)
            and after is not None and after.kind in ("text", "item") and (before is None or before.kind != "short"))


def is_title_case(text: str) -> bool:
    return text.isupper() and len(text) > 2


def continues(previous: Line | None, line: Line) -> bool:
    if previous is None:
        return False
    if previous.kind == "item":
        return line.kind == "item" or line.indented or line.kind == "short"
    if previous.kind == "short":
        return line.kind == "short"
    # wrapped text: the previous line stopped mid-sentence
    return line.kind == "text" and not SENTENCE_END.search(previous.text)


def chunk_block(text: str, units: list[list[Line]]) -> list[tuple[int, int]]:
    spans = []
    for unit in units:
        start, end = unit[0].start, unit[-1].end
        if unit[0].kind == "item" or unit[0].kind == "short":
            spans.extend(chunk_lines(unit, MAX_LIST_WORDS))
        else:
            spans.extend(chunk_sentences(text, start, end))
    return spans


def chunk_lines(unit: list[Line], max_words: int) -> list[tuple[int, int]]:
    spans, first, previous, words = [], unit[0], unit[0], 0
    for line in unit:
        n = len(line.text.split())
        if words and words + n > max_words:
            spans.append((first.start, previous.end))
            first, words = line, 0
        words += n
        previous = line
    spans.append((first.start, unit[-1].end))
    return spans


def chunk_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long paragraph into runs of whole sentences of about TARGET_WORDS words."""
    body = text[start:end]
    if len(body.split()) <= TARGET_WORDS * 1.5:
        return [(start, end)]
    spans, chunk_start, words = [], 0, 0
    cuts = [m.end() for m in SENTENCE_SPLIT.finditer(body)] + [len(body)]
    previous = 0
    for cut in cuts:
        words += len(body[previous:cut].split())
        previous = cut
        if words >= TARGET_WORDS and cut < len(body):
            spans.append((start + chunk_start, start + cut))
            chunk_start, words = cut, 0
    spans.append((start + chunk_start, end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]
