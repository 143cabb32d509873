"""Cast credits told a paragraph per character or per actor: character pages and press-kit bios.

- a character's paragraph ends with who plays them: "**Joy Wang**, Evelyn's daughter, who ...
  Played by Stephanie Hsu." or "... She is played by Michelle Yeoh." The paragraph's first name
  is the character; what follows it ("Evelyn's daughter", "is a laundromat owner") describes it;
- an actor's bio opens with the credit ("BETTY GABRIEL (Georgina) plays the Armitages'
  housekeeper", "BRADLEY WHITFORD (Dean Armitage) spent seven seasons ... He plays Rose's father,
  a neurosurgeon"): what the bio says the actor plays describes the character.
"""
from __future__ import annotations

import re

from .cast_credits import CHARACTER, make_credit
from .patterns import PERSON, SPACE, Found, lazy_pattern

_PLAYED_BY_SENTENCE = lazy_pattern(
    rf"(?:^|(?<=[.!?])[ \t\n]+)(?:(?:He|She|They)[ \t]+(?:is|was|are|were)[ \t]+)?(?:[Pp]layed|[Vv]oiced|[Pp]ortrayed)"
    rf"{SPACE}by{SPACE}(?P<actor>{PERSON})",
    re.MULTILINE,
)
_LEAD = lazy_pattern(rf"[ \t]*(?:\*\*|__)?(?P<character>{CHARACTER})(?:\*\*|__)?(?=[ \t]*,|[ \t]+(?:is|was)[ \t])")
_LEAD_DESCRIPTION = lazy_pattern(
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:is|was)[ \t]+)(?P<description>(?:a|an|the|[A-Z][\w'’-]*|[a-z][\w-]*)[^.;\n]{1,100}?)"
    r"(?:,[ \t]+(?:who|whose|which)\b|[.;]|\n|$)"
)
# The bio's own subject plays: "He plays", "(Georgina) plays", "..., a two-time nominee, plays"; not "and X plays".
_PLAYS = lazy_pattern(r"\b(?:plays|played|portrays)[ \t]+(?P<rest>[^.;\n]{2,160})")
_SUBJECT = lazy_pattern(r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|\)|,)[ \t]*$")
_NP_START = lazy_pattern(r"(?:the|a|an|his|her|their|[A-Z][\w-]*['’]s?)[ \t]")
_CLAUSE = lazy_pattern(r",?[ \t]+(?:who|whose|which|that|whom)\b.*$|,[ \t]*$")
MAX_WORDS = 12


def paragraphs(text: str) -> list[tuple[int, str]]:
    spans, start = [], 0
    for part in re.split(r"(\n[ \t]*\n)", text):
        if part.strip() and not re.fullmatch(r"\n[ \t]*\n", part):
            spans.append((start, part))
        start += len(part)
    return spans


def lead_credits(text: str) -> list[Found]:
    """'<Character>, <description>, ... She is played by <Actor>.' a paragraph per character."""
    if "layed by" not in text and "oiced by" not in text and "ortrayed by" not in text:
        return []
    credits = []
    for start, paragraph in paragraphs(text):
        played = _PLAYED_BY_SENTENCE.search(paragraph)
        lead = _LEAD.match(paragraph)
        if not played or not lead or played.start() <= lead.end():
            continue
        about = _LEAD_DESCRIPTION.match(paragraph, lead.end())
        description = _short(about["description"]) if about else None
        credit = make_credit(start + lead.start("character"), played["actor"], lead["character"], description)
        if credit:
            credits.append(credit)
    return credits


def bio_descriptions(text: str, credits: list[Found]) -> list[Found]:
    """The credits that open a paragraph, described by what the paragraph says the actor plays."""
    starts = {start: paragraph for start, paragraph in paragraphs(text)}
    described = []
    for credit in credits:
        paragraph = starts.get(credit.offset)
        if paragraph is None or credit.fields["description"] or not credit.fields["character"]:
            described.append(credit)
            continue
        description = _played_part(paragraph, credit.fields["actor"], credit.fields["character"])
        fields = {**credit.fields, "description": description} if description else credit.fields
        described.append(Found(credit.offset, credit.kind, fields))
    return described


def _played_part(paragraph: str, actor: str, character: str) -> str | None:
    """What the bio's own subject plays ("He plays", "(Georgina) plays", "Clive Owen plays"), not
    another actor ("... and John Goodman plays his best friend")."""
    plays = next((m for m in _PLAYS.finditer(paragraph) if _SUBJECT.search(paragraph, 0, m.start())
                  or paragraph[:m.start()].rstrip().endswith(actor.split()[-1])), None)
    if not plays:
        return None
    rest = plays["rest"]
    for name in (character, character.split()[0]):
        if rest.startswith(name):  # "He plays Rod, Chris's best friend, a TSA officer"
            rest = rest[len(name):]
            rest = rest[1:].strip() if rest.startswith(",") else ""
            return _short(rest) if _NP_START.match(rest) else None
    return _short(rest) if _NP_START.match(rest) else None


def _short(description: str) -> str | None:
    description = _CLAUSE.sub("", description.strip()).strip(" ,")
    words = description.split()
    if not words or len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
    return " ".join(words) or None
