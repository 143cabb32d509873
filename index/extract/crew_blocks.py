"""Crew credits in blocks and name-first lines, the layouts of credits pages and end-credit crawls:

- a role on a line of its own, then the names under it, one a line: "Film Editing by" over "Joi
  McMillon" and "Nat Sanders"; a crawl's centred "director of photography" over "CHUNG CHUNG-HOON";
- the name first and the role after it: "Ted Tally<TAB>screenplay", "Edward Saxon .... producer",
  "Barry Jenkins ... (screenplay by)", "- Hans Zimmer – music".

A role is a credit label of the vocabulary read whole (vocabulary.label_role_ids), so "Executive
Producer", "novel" or a character's name ("Clarice Starling") credits no one.
"""
from __future__ import annotations

import re

from index.vocabulary import label_role_ids

from .patterns import ACTOR, BULLET, Found, is_person_name, lazy_pattern, title_cased

_BLANKS_BEFORE_NAMES = 2  # a heading may stand apart from its names by a blank line or two
_HEADING = lazy_pattern(r"[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?(?P<label>[A-Za-z][A-Za-z .&/-]{1,40}?)(?:\*\*)?[ \t]*:?[ \t]*")
_NAME_LINE = lazy_pattern(rf"[ \t]*{BULLET}?(?P<name>{ACTOR})[ \t]*")
_NAME_FIRST = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?P<name>{ACTOR})(?:[ \t]*\t[ \t]*(?:(?:\.[ \t]?){{2,}}\.?|…+)?|[ \t]*(?:\.[ \t]?){{2,}}\.?|[ \t]*…+"
    r"|[ \t]+[–—-]{1,2}[ \t]+)"
    r"[ \t]*\(?(?P<label>[A-Za-z][A-Za-z .&/-]{1,40}?)\)?[ \t]*$",
    re.MULTILINE,
)


def block_credits(text: str) -> list[Found]:
    return [*_blocks(text), *_name_first(text)]


def _blocks(text: str) -> list[Found]:
    credits = []
    lines = _lines(text)
    for i, (_, line) in enumerate(lines):
        heading = _HEADING.fullmatch(line)
        roles = label_role_ids(heading["label"]) if heading else ()
        if not roles:
            continue
        blanks, names = 0, []
        for offset, below in lines[i + 1:]:
            if not below.strip():
                if names:
                    break
                blanks += 1
                if blanks > _BLANKS_BEFORE_NAMES:
                    break
                continue
            name = _name(below)
            if name is None:
                break
            names.append((offset + below.find(name[:1]), name))
        credits += [Found(at, "crew", {"role": role, "name": name}) for at, name in names for role in roles]
    return credits


def _name_first(text: str) -> list[Found]:
    credits = []
    for match in _NAME_FIRST.finditer(text):
        roles = label_role_ids(match["label"])
        name = match["name"].strip()
        if roles and is_person_name(name):
            credits += [Found(match.start("name"), "crew", {"role": role, "name": name}) for role in roles]
    return credits


def _name(line: str) -> str | None:
    """A line holding one person's name, in capitals ("KIM SANG-BUM") or not."""
    stripped = line.strip()
    if stripped.isupper():
        stripped = " ".join(title_cased(w) for w in stripped.split())
    match = _NAME_LINE.fullmatch(stripped)
    if not match or not is_person_name(match["name"]) or label_role_ids(match["name"]):
        return None
    return match["name"]


def _lines(text: str) -> list[tuple[int, str]]:
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines
