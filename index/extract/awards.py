"""Awards and nominations, from the two layouts awards pages and summaries use.

Recognised:
- a ceremony line, then a line of comma-separated categories:
      • Academy Awards®
          Best Actress, Best Music Nominee
  a trailing "Nominee"/"Nominated" (or "Winner") marks every category on the line;
- one award per line: "- Academy Award Nomination (2022) – Best Actress (Penélope Cruz)",
  "- Venice Film Festival (2021) – Volpi Cup for Best Actress (Penélope Cruz, Winner)".

An entry without a marker takes its meaning from the page: where the other entries of the
same layout are marked as nominations, the unmarked ones are the wins (and the reverse).
With no convention to lean on, unmarked entries are left out rather than guessed.

Deliberately not: awards told in prose ("she clinched the Volpi Cup"), which as often
describe other films or other years; summary lines without a category
("Numerous other nominations at the Goya Awards").
"""
from __future__ import annotations

import re

from .patterns import BULLET, Found, clean, fold

_CEREMONY_WORD = re.compile(
    r"\b(?:Awards?|Festival|Globes?|Oscars?|BAFTAs?|Goyas?|Césars?|Critics|Guild|Society|"
    r"Circle|Association|Academy|Emmys?|Razzies?|Berlinale|Cannes|Sundance)\b"
)
_CEREMONY_LINE = re.compile(
    rf"^[ \t]*{BULLET}?(?P<ceremony>[A-Z][\w'’.&®™ \-]{{2,80}}?)[ \t]*\n"
    r"(?=(?:[ \t]*\n)*[ \t]*(?P<categories>[^\n]+))",
    re.MULTILINE,
)
_ONE_PER_LINE = re.compile(
    rf"^[ \t]*{BULLET}?(?P<ceremony>[A-Z][^–—:\n()]{{2,80}}?)[ \t]*(?:\((?P<year>(?:19|20)\d\d)\))?"
    r"[ \t]*(?:[–—:]|[ \t]-[ \t])[ \t]*(?P<rest>[^\n]+)$",
    re.MULTILINE,
)
_CATEGORY_START = re.compile(r"^(?:Best|Outstanding|Most)\s|\b(?:Cup|Prize|Award|Lion|Bear|Palme?|Shell|Leopard|Medal|Trophy|Mention|Jury)\b")
_NOMINATED = r"Nominee|Nominees|Nominated|Nomination|Nominations"
_WON = r"Winner|Winners|Won|Win|Wins"
_TRAILING_MARKER = re.compile(rf"[ \t]*[-–(]?[ \t]*\b(?P<marker>{_NOMINATED}|{_WON})\)?[ \t]*$", re.IGNORECASE)
_CEREMONY_MARKER = re.compile(rf"[ \t]+(?P<marker>{_NOMINATED}|{_WON})$", re.IGNORECASE)
_PAREN_TAIL = re.compile(r"[ \t]*\((?P<inside>[^()]+)\)[ \t]*\.?$")
_PRIZE_FOR_CATEGORY = re.compile(r"^(?P<prize>(?!Best\b).+?) for (?P<category>Best .+)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CEREMONY_ALIASES = {"oscar": "Academy Awards", "oscars": "Academy Awards", "the oscars": "Academy Awards"}


def extract_awards(text: str) -> list[Found]:
    return [*_resolve(_ceremony_blocks(text)), *_resolve(_one_per_line(text))]


def _ceremony_blocks(text: str) -> list[tuple[int, dict, str | None]]:
    entries = []
    for match in _CEREMONY_LINE.finditer(text):
        ceremony = match["ceremony"]
        if not _CEREMONY_WORD.search(ceremony) or " - " in ceremony:
            continue
        categories, marker = _strip_marker(match["categories"].strip())
        items = [clean(c) for c in categories.split(",")]
        if not items or not all(_is_category(c) for c in items):
            continue
        for category in items:
            fields = {"ceremony": _ceremony(ceremony), "category": _category(category)}
            entries.append((match.start("ceremony"), fields, marker))
    return entries


def _one_per_line(text: str) -> list[tuple[int, dict, str | None]]:
    entries = []
    for match in _ONE_PER_LINE.finditer(text):
        ceremony, marker = _strip_ceremony_marker(match["ceremony"].strip())
        if not _CEREMONY_WORD.search(ceremony):
            continue
        category, recipient, year, paren_marker = _split_rest(match["rest"].strip())
        if not _is_category(category):
            continue
        fields = {
            "ceremony": _ceremony(ceremony), "category": _category(category),
            "recipient": recipient, "year": int(match["year"] or year or 0) or None,
        }
        entries.append((match.start("ceremony"), fields, paren_marker or marker))
    return entries


def _resolve(entries: list[tuple[int, dict, str | None]]) -> list[Found]:
    """Turn markers into outcomes; unmarked entries follow the layout's convention, if any."""
    markers = {_outcome(m) for _, _, m in entries if m}
    unmarked = {"nominated": "won", "won": "nominated"}.get(next(iter(markers))) if len(markers) == 1 else None
    found = []
    for offset, fields, marker in entries:
        outcome = _outcome(marker) if marker else unmarked
        if outcome:
            found.append(Found(offset, "award", {**fields, "outcome": outcome}))
    return found


def _outcome(marker: str) -> str:
    return "nominated" if re.fullmatch(_NOMINATED, marker, re.IGNORECASE) else "won"


def _strip_marker(categories: str) -> tuple[str, str | None]:
    match = _TRAILING_MARKER.search(categories)
    if not match:
        return categories, None
    return categories[:match.start()], match["marker"]


def _strip_ceremony_marker(ceremony: str) -> tuple[str, str | None]:
    match = _CEREMONY_MARKER.search(ceremony)
    if not match:
        return ceremony, None
    return ceremony[:match.start()], match["marker"]


def _split_rest(rest: str) -> tuple[str, str | None, int | None, str | None]:
    """"Volpi Cup for Best Actress (Penélope Cruz, Winner)" -> category, recipient, year, marker."""
    recipients, year, marker = [], None, None
    paren = _PAREN_TAIL.search(rest)
    if paren:
        rest = rest[:paren.start()]
        for part in (p.strip() for p in paren["inside"].split(",")):
            if _YEAR.match(part):
                year = int(part)
            elif re.fullmatch(f"{_NOMINATED}|{_WON}", part, re.IGNORECASE):
                marker = part
            elif part:
                recipients.append(part)
    rest, trailing = _strip_marker(rest.strip())
    return rest.strip(), ", ".join(recipients) or None, year, marker or trailing


def _is_category(category: str) -> bool:
    return 3 <= len(category) <= 80 and bool(_CATEGORY_START.search(category)) and not category.endswith(".")


def _ceremony(name: str) -> str:
    """Furniture off, one spelling per ceremony: 'Academy Award®' -> 'Academy Awards'."""
    name = clean(name)
    if fold(name) in _CEREMONY_ALIASES:
        return _CEREMONY_ALIASES[fold(name)]
    return name + "s" if name.endswith(" Award") else name


def _category(category: str) -> str:
    """'Volpi Cup for Best Actress' -> 'Volpi Cup - Best Actress', the form awards pages print."""
    category = clean(category)
    match = _PRIZE_FOR_CATEGORY.match(category)
    return f"{match['prize']} - {match['category']}" if match else category

