"""What the film's documents say a character is, wherever they say it: the descriptions a cast
list gives no room for, read from the prose around the character's name in any document.

- after the name, an appositive: "Joi, a holographic girlfriend sold by the Wallace Corporation,",
  "Catherine Martin, the daughter of a United States senator, Ruth Martin", or what the name is:
  "Mr. Orange, is an undercover police officer played by Tim Roth";
- before it, a determiner's noun phrase: "the feared food critic Anton Ego", "his ruthless
  replicant enforcer Luv", or a possessive one and a comma: "Rose's volatile brother, Jeremy".

Each description becomes one more note of the character's credit row, matched against a question's
words like a cast list's own descriptions (compose.cast.row_score).
"""
from __future__ import annotations

import re

from bot.answer.credits import CastRow
from bot.answer.text import fold

_DETERMINER = r"(?:a|an|the|his|her|their|its|[A-Z][\w-]*['’]s?)"
# (a list of adjectives keeps its commas: "Cole Sear, a thin, anxious nine-year-old who lives")
_AFTER = re.compile(rf",[ \t]+(?P<np>{_DETERMINER}(?:[ \t][a-z][\w-]*,)*[ \t][^,.;:()\n\"“”]{{2,80}})")
# "Mr. Orange, is an undercover police officer played by Tim Roth", "Dean is a laid-back beatnik",
# "Annie Hughes is Hogarth's mother", "RICHARD HOOVER (Greg Kinnear) is Olive's father"
_IS = re.compile(rf"(?:[ \t]*\([^()\n]{{1,60}}\))?,?[ \t]+(?:is|was)[ \t]+(?P<np>{_DETERMINER}[ \t][^,.;:()\n\"“”]{{2,80}})")
# a character list's line: "JULIE STEFFANS – Lady Bird's best friend", "OSAMU (Lily Franky) – A day labourer"
_DASHED = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*[–—:][ \t]+(?P<np>[^,.;:()\n\"“”]{2,80})")
_BEFORE = re.compile(r"(?:^|[\s(])(?P<np>(?:the|a|an|his|her|their|its)(?:[ \t]+[\w’'-]+){1,4}?)[ \t]+$")
_BEFORE_COMMA = re.compile(r"(?:^|[\s(])(?P<np>[A-Z][\w-]*['’]s?(?:[ \t]+[\w’'-]+){1,4}),[ \t]+$")
_CLAUSE = re.compile(r"\s(?:who|whom|whose|which|that|where|when|while|and then|(?:played|voiced|portrayed) by)\s.*$|\s+$")
_CLAUSE_WORDS = frozenset("who whom whose which that where when while and or but to of in on at by with from".split())
_VERBS = frozenset("is are was were be been has have had will would can could might may must should shall do does did".split())
_DANGLING = frozenset("as between until before after than just to of for with by from at in on into about".split())
_SKIP_FIRST = frozenset("a an the his her their its".split())
MAX_WORDS = 10
_WRAPPED = re.compile(r"[ \t]*\n[ \t]*(?=[a-z])")  # a line wrapped inside a sentence

_cache: dict[tuple[int, str], dict[str, list[str]]] = {}


def described(ctx, rows: list[CastRow]) -> dict[str, list[str]]:
    """character -> the descriptions the film's passages give it (cached per generation and film)."""
    key = (id(ctx.gen), ctx.film.slug)
    if key not in _cache:
        if len(_cache) > 64:
            _cache.clear()
        texts = [_WRAPPED.sub(" ", hit.text) for hit in ctx.gen.passages_of(ctx.film.slug)]
        found = descriptions(texts, [r.character for r in rows if r.character])
        for character, notes in performances(texts, rows).items():
            found.setdefault(character, []).extend(n for n in notes if n not in found[character])
        _cache[key] = found
    return _cache[key]


# A review's "Alan Arkin steals his scenes as the filthy-mouthed grandfather", "Kirin Kiki, as the
# sly grandmother, is wonderful": the part an actor plays, described.
_AS_PART = re.compile(r"[^.;:!?]{0,40}?\bas (?P<np>(?:the|a|an|his|her|their) [^,.;:()\n\"“”]{2,80})")


def performances(texts: list[str], rows: list[CastRow]) -> dict[str, list[str]]:
    """character -> the descriptions reviews give the part where they name its actor."""
    actors = {row.actor: row.character for row in rows if row.character and len(row.actor.split()) >= 2}
    if not actors:
        return {}
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(a) for a in sorted(actors, key=len, reverse=True)) + r")(?![\w’'-])")
    found: dict[str, list[str]] = {}
    for text in texts:
        for match in pattern.finditer(text):
            part = _AS_PART.match(text, match.end())
            np = _trim(part["np"]) if part else None
            if np and not pattern.search(np):
                notes = found.setdefault(actors[match.group()], [])
                if np not in notes:
                    notes.append(np)
    return found


def descriptions(texts: list[str], characters: list[str]) -> dict[str, list[str]]:
    """Each character's descriptions in the texts, by its full name or a first name no other character shares."""
    variants: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for character in characters:
        name = re.sub(r"\s*\(.*?\)\s*", " ", character).strip()
        nickname = NICKNAME.search(name)  # 'Julianne "Julie" Steffans': also "Julie Steffans", "Julie"
        names = [name, f"{nickname[1]} {name.split()[-1]}"] if nickname else [name]
        for full in names:
            if len(full) >= 2:
                variants.setdefault(full, character)
                variants.setdefault(full.upper(), character)  # a character list's "JULIE STEFFANS"
        for first in [name.split()[0] if name.split() else ""] + ([nickname[1]] if nickname else []):
            if len(first) >= 3 and first[:1].isupper() and not first.endswith("."):
                firsts.setdefault(first, []).append(character)
    for first, owners in firsts.items():
        if len(set(owners)) == 1:
            variants.setdefault(first, owners[0])
    if not variants:
        return {}
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
                         + r")(?![\w’'-])")
    found: dict[str, list[str]] = {}
    for text in texts:
        for match in pattern.finditer(text):
            character = variants[match.group()]
            for np in _around(text, match):
                if names_another(pattern, np) or np.split()[-1] in ("named", "called"):
                    continue  # "Chris Shiherlis, the hot-tempered Michael Cheritto": a list of characters
                notes = found.setdefault(character, [])
                if np not in notes and fold(np) != fold(character):
                    notes.append(np)
    return found


NICKNAME = re.compile(r"[\"“]([^\"“”]{2,30})[\"”]")


def names_another(pattern: re.Pattern, np: str) -> bool:
    """Does a description name another character, other than as whose relative it is ("Hogarth's
    mother" describes; "Chris Shiherlis, the hot-tempered Michael Cheritto" lists characters)?"""
    return any(not np[m.end():m.end() + 2] in ("'s", "’s") for m in pattern.finditer(np))


def _around(text: str, match: re.Match) -> list[str]:
    nps = []
    for pattern in (_AFTER, _IS, _DASHED):
        after = pattern.match(text, match.end())
        if after:
            nps.append(after["np"])
    line_start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start())) + 1
    before = text[line_start:match.start()]
    for pattern in (_BEFORE, _BEFORE_COMMA):
        hit = pattern.search(before)
        if hit and not _CLAUSE_WORDS & set(hit["np"].casefold().split()):
            nps.append(hit["np"])
    return [np for np in (_trim(np) for np in nps) if np]


def _trim(np: str) -> str | None:
    np = _CLAUSE.sub("", " " + np + " ").strip()
    words = np.split()
    if not words or len(words) > MAX_WORDS or (len(words) == 1 and words[0].casefold() in _SKIP_FIRST):
        return None
    if words[-1].casefold() in _DANGLING:
        return None  # "a bigger star as", "the Italian dialogue between": cut off in mid-clause
    if _VERBS & {w.casefold() for w in words}:
        return None  # "Catherine, the lambs might stop screaming": a clause, not a description
    if not any(w[:1].islower() and w.casefold() not in _SKIP_FIRST for w in words):
        return None  # "the Wallace Corporation", "Gusteau's": no word says what the character is
    return np
