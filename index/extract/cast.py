"""Cast credits: who plays whom.

Recognised:
- "Penélope Cruz as Janis" (or "plays", "stars as", "portrays") in prose, lists and captions; on a list line the rest
  after a comma is the description: "- Aitana Sánchez-Gijón as Teresa, Ana’s mother";
- "Janis (Penélope Cruz)" and, in a list of such pairs, "Penélope Cruz (Janis), Milena Smit (Ana)";
- actor-only lists: a line "With A, B, C", "Starring A and B", "Cast: A, B";
- a "CAST" heading followed by one name per line.

Deliberately not: a descriptive phrase after "as" ("Cruz as photographer and new mother
Janis"), surnames alone, names in parentheses after a role word ("director Jane Doe (Film)").
"""
from __future__ import annotations

import re

from .patterns import (
    BULLET, CHARACTER, PERSON, SPACE, Found, fold, is_person_name,
    strip_leading_stopwords,
)

# The character ends at punctuation, at " in"/" and"/" with", or at the end of the line.
_AS_CREDIT = re.compile(
    rf"(?P<actor>{PERSON}){SPACE}(?:as|plays|stars as|portrays){SPACE}(?P<character>{CHARACTER})"
    rf"(?=\s*(?:[,;:.)\]]|\n|$)|{SPACE}(?:in|and|with|from|on){SPACE})"
)
_LIST_ITEM_START = re.compile(rf"(?:^|\n)[ \t]*{BULLET}?(?:(?:L|Left) to (?:R|Right)[:;][ \t]*)?$")
_DESCRIPTION = re.compile(r",[ \t]*(?P<description>[^\n,;]{2,80})[ \t]*$", re.MULTILINE)

_CLAUSE_WORDS = frozenset("who whom whose which that where when while and but or as".split())

_PAREN_PAIR = re.compile(rf"(?P<outside>{CHARACTER})[ \t]*\((?P<inside>{CHARACTER})\)")
_ROLE_BEFORE = re.compile(
    r"(?:director|filmmaker|writer|screenwriter|composer|producer|cinematographer|author"
    r"|novelist|auteur|helmer|editor)[ \t]+$",
    re.IGNORECASE,
)
# After these the name outside the brackets is the actor's; what is inside may be a role
# ("star Emma Stone (Bella)") or a film ("Oscar winner Emma Stone (La La Land)").
_ACTOR_BEFORE = re.compile(
    r"(?:actor|actress|star|starring|stars|cast|includes|including|with|winner|nominee|veteran|newcomer|co-star|costar)[ \t]+$",
    re.IGNORECASE,
)

_NAME_LIST = rf"{PERSON}(?:[ \t]*(?:,|,?[ \t]+and|&)[ \t]*{PERSON})*"
_LIST_LINE = re.compile(
    rf"^[ \t]*(?:With|Starring|Cast:)[ \t]+(?P<names>{_NAME_LIST})[ \t]*\.?[ \t]*$", re.MULTILINE
)
_STARRING = re.compile(rf"\b[Ss]tarring[ \t]+(?P<names>{_NAME_LIST})")
_CAST_HEADING = re.compile(r"^[ \t]*(?:CAST|Cast|The Cast|Cast List)[ \t]*:?[ \t]*\n", re.MULTILINE)
_BARE_NAME_LINE = re.compile(rf"[ \t]*{BULLET}?(?P<name>{PERSON})[ \t]*$")
_NAME = re.compile(PERSON)

# Words that make a capitalised run a role, a prize or a heading rather than a character.
_NOT_CHARACTER = frozenset(
    """best director directors producer writer composer editor cinematographer narrator
    award awards prize cup festival film films oscar oscars academy actor actress lead
    supporting performance screenplay picture score""".split()
)


def extract_cast(text: str) -> list[Found]:
    return [*_as_credits(text), *_paren_credits(text), *_listed_actors(text), *_cast_section(text)]


def _credit(offset: int, actor: str, character: str | None = None,
            description: str | None = None) -> Found | None:
    actor = strip_leading_stopwords(actor)
    if not is_person_name(actor):
        return None
    if character is not None:
        character = strip_leading_stopwords(character)
        if not character or any(fold(w) in _NOT_CHARACTER for w in character.split()):
            return None
    return Found(offset, "cast", {"actor": actor, "character": character, "description": description})


def _as_credits(text: str) -> list[Found]:
    credits = []
    for match in _AS_CREDIT.finditer(text):
        description = _list_description(text, match)
        credit = _credit(match.start("actor"), match["actor"], match["character"], description)
        if credit:
            credits.append(credit)
    return credits


def _list_description(text: str, match: re.Match) -> str | None:
    """On a list line holding one credit, what follows the character after a comma."""
    if not _LIST_ITEM_START.search(text, 0, match.start()):
        return None
    tail = _DESCRIPTION.match(text, match.end())
    if not tail or _AS_CREDIT.search(tail["description"]):
        return None
    description = tail["description"].strip().rstrip(".")
    # A description is a short noun phrase ("Ana’s mother", "a debauched lawyer"): not another
    # list of names, not a clause ("who builds her ...").
    words = description.split()
    if len(words) > 8 or words[0].casefold() in _CLAUSE_WORDS:
        return None
    return description if description[:1].islower() or "’s " in description or "'s " in description else None


def _paren_credits(text: str) -> list[Found]:
    credits = []
    for match in _PAREN_PAIR.finditer(text):
        outside, inside = strip_leading_stopwords(match["outside"]), match["inside"]
        before = text[max(0, match.start() - 40):match.start()]
        if _ROLE_BEFORE.search(before):
            continue
        if is_person_name(inside) and not _ACTOR_BEFORE.search(before):
            credit = _credit(match.start(), inside, outside)
        elif not is_person_name(inside) and _in_pair_list(text, match, before):
            credit = _credit(match.start(), outside, inside)
        else:
            credit = None
        if credit:
            credits.append(credit)
    return credits


def _in_pair_list(text: str, match: re.Match, before: str) -> bool:
    """'Actor (Character)' is only trusted in a cast-like run: after a cue or next to another pair."""
    if _ACTOR_BEFORE.search(before):
        return True
    line_end = text.find("\n", match.end())
    line = text[text.rfind("\n", 0, match.start()) + 1: line_end if line_end >= 0 else len(text)]
    return len(_PAREN_PAIR.findall(line)) >= 2


def _listed_actors(text: str) -> list[Found]:
    credits = []
    for pattern in (_LIST_LINE, _STARRING):
        for match in pattern.finditer(text):
            for name in _NAME.finditer(match["names"]):
                credit = _credit(match.start("names") + name.start(), name.group())
                if credit:
                    credits.append(credit)
    return credits


def _cast_section(text: str) -> list[Found]:
    """A cast heading, then one actor per line until the first line that is not a credit."""
    credits = []
    for heading in _CAST_HEADING.finditer(text):
        offset, started = heading.end(), False
        for line in text[offset:].split("\n"):
            if not line.strip() and not started:
                offset += len(line) + 1
                continue
            started = True
            bare = _BARE_NAME_LINE.fullmatch(line)
            if bare:
                credit = _credit(offset + bare.start("name"), bare["name"])
                if credit:
                    credits.append(credit)
            elif not _AS_CREDIT.search(line):
                break
            offset += len(line) + 1
    return credits


def merge_cast(credits: list[Found]) -> list[Found]:
    """One credit per actor and role: keep the fullest form of each character.

    "Arturo" folds into "Arturo Buendía"; an actor-only credit folds into any credit that
    names the character; of two equal credits the one with a description wins.
    """
    by_actor: dict[str, list[Found]] = {}
    for credit in credits:
        by_actor.setdefault(fold(credit.fields["actor"]), []).append(credit)
    merged = []
    for group in by_actor.values():
        with_character = [c for c in group if c.fields["character"]]
        if not with_character:
            merged.append(group[0])
            continue
        ranked = sorted(with_character, key=_richness, reverse=True)
        kept: list[Found] = []
        for credit in ranked:
            if not any(_same_role(credit, other) for other in kept):
                kept.append(credit)
        merged.extend(sorted(kept, key=lambda c: c.offset))
    return sorted(merged, key=lambda c: c.offset)


def _richness(credit: Found) -> tuple[int, int, int]:
    character = credit.fields["character"]
    return (len(character.split()), credit.fields["description"] is not None, -credit.offset)


def _same_role(shorter: Found, longer: Found) -> bool:
    """True when one character name is the first words of the other ("Arturo", "Arturo Buendía")."""
    short, long = fold(shorter.fields["character"]).split(), fold(longer.fields["character"]).split()
    return long[: len(short)] == short
