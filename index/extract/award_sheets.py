"""Awards on key–value lines, as fact sheets and press notes print them (index.extract.layout's
leader_lines reads the lines, whatever leads from key to value, values wrapped onto indented lines):

    Venice Film Festival, 1954 ............ Silver Lion (shared)
    Academy Awards (29th, 1957), nominated  Best Art Direction, Black-and-White
                                            (Takashi Matsuyama)
    Gotham Awards 2016, won:                Best Feature; Best Screenplay (Barry Jenkins)
    2023   BAFTA Film Awards, 76th - 10 nominations, 1 won:
             Best Editing, Paul Rogers

- the key (or, where the key is a year, the value's head up to its first category) names the
  ceremony with its qualifiers: an ordinal, a year, the outcome ("nominated", "won", "2 won");
- the value holds categories, split at semicolons (or commas and "and" where every part is a
  category), each with its recipients in brackets, after a comma or after "for"; a bracket that is
  neither ("shared") is a note, a bracket that is an outcome ("won") marks that category alone.
And one award a line, its parts in any order between dashes, commas, colons and brackets, its
outcome said on the line: "1997 Academy Award, Best Actress (Frances McDormand) - won", "Best
Director: Joel Coen — Cannes 1996 (won)"; a line with a part that is none of year, ceremony,
category, people or outcome is left out.
An unmarked entry takes its meaning from the sheet: where the marked ones are nominations, it is a
win (and the reverse); a festival's named prize ("Silver Lion") is a win; else it is left out.
"""
from __future__ import annotations

import re

from index.ceremonies import lookup, prize_ceremony

from .award_names import ANY_YEAR, CATEGORY, CEREMONY_WORD, category_name, ceremony_name, is_category, make_award, recipients_in
from .layout import leader_lines
from .patterns import Found, clean, lazy_pattern, mentions

_WON = r"won|wins?|winner|winners|awarded"
_NOMINATED = r"nominated|nominee|nominees|nominations?|noms?"
_OUTCOME = lazy_pattern(rf"(?i:\b(?P<won>{_WON})\b|\b(?P<nominated>{_NOMINATED})\b)")
_YEARISH = lazy_pattern(r"^[\W\d]*(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th))[\W\d]*$")
_CATEGORY_START = lazy_pattern(r"(?<![\w'’])(?:Best|Outstanding|Most)\s")
_HEAD_SPLIT = lazy_pattern(r"[ \t]*(?:,|\(|\)|[ \t][–—-][ \t]|[–—])[ \t]*")
_ORDINAL = lazy_pattern(r"\b\d+(?:st|nd|rd|th)\b")
_ITEM_SPLIT = lazy_pattern(r"[ \t]*;[ \t]*")
_AND_SPLIT = lazy_pattern(r",?[ \t]+and[ \t]+(?=(?:Best|Outstanding|Most)\s)")
_LEAD_WORDS = lazy_pattern(r"^(?i:among them|including|incl\.?|for|in)[ \t:,]+")
_PAREN = lazy_pattern(r"[ \t]*\((?P<inside>[^()]*)\)")
_FOR = lazy_pattern(r"^(?P<category>.+?)[ \t]+for[ \t]+(?P<name>[^,()]+)$")
_LED = lazy_pattern(rf"^(?P<mark>(?i:{_WON}|{_NOMINATED}))[ \t]*[:–—-][ \t]*")
_COMPETED = lazy_pattern(r"(?i:\b(?:in|official)[ \t]+(?:competition|selection)\b|\bcompeted\b)")  # not a win: a nomination
_DASH_NAME = lazy_pattern(r"[ \t]+[–—-][ \t]+(?P<name>[^–—]+)$")


def sheet_awards(text: str) -> list[Found]:
    if not mentions(text, "award", "festival", "oscar", "bafta", "globe", "prize", "academy"):
        return []
    entries, previous = [], None
    for line in leader_lines(text):
        if "|" in line.key or "\t" in line.value or "|" in line.value:
            previous = None
            continue  # a table's row: award_tables reads it
        led = _LED.match(line.value)
        if _OUTCOME.fullmatch(line.key) and previous:  # "Nominated: Best Actress (…)" below the ceremony's line
            split, led = (previous, line.value), _LED.match(f"{line.key}: ")
        else:
            split = _head_and_items(line.key, line.value[led.end():] if led else line.value)
        if split is None:
            previous = None
            continue
        head, items = split
        ceremony = _ceremony(head)
        previous = head if ceremony else None
        if ceremony is None:
            continue
        year = ANY_YEAR.search(head)
        marker = _outcome(led["mark"]) if led else _last_outcome(_ORDINAL.sub("", head))
        if not led and len(line.lines) > 1 and _one_per_line(line.lines):
            items = "; ".join(line.lines)  # one category a line: "Best Actor - Choi Min-sik (winner)"
        for item in _items(items):
            category, recipient, own = _item(item)
            if category:
                fields = {"ceremony": ceremony, "category": category_name(category), "recipient": recipient,
                          "year": int(year["year"]) if year else None}
                entries.append((line.offset, fields, own or marker))
    return _resolve(entries)


def _outcome(mark: str) -> str:
    return "won" if _OUTCOME.fullmatch(mark)["won"] else "nominated"


def _one_per_line(lines: tuple[str, ...]) -> bool:
    """Does each line of a value hold a category of its own (not one category wrapped over lines)?"""
    return all(is_category(_PAREN.sub("", line).split(" - ")[0].strip()) for line in lines) and not any(
        re.search(r"(?:,|[–—-]|\band)$", line) for line in lines)


def _head_and_items(key: str, value: str) -> tuple[str, str] | None:
    """The ceremony's side and the categories' side: "2023" | "BAFTA Film Awards, 76th - 1 won: Best
    Editing" -> ("2023 BAFTA Film Awards, 76th - 1 won", "Best Editing")."""
    if _names_ceremony(key):
        return key, value
    if not _YEARISH.match(key) and key.strip():
        return None
    first = _CATEGORY_START.search(value)
    if first is None or first.start() == 0:
        return None
    head = value[:first.start()].rstrip(" :")
    return (f"{key} {head}", value[first.start():]) if _names_ceremony(head) else None


def _names_ceremony(head: str) -> bool:
    return any(CEREMONY_WORD.search(p) or lookup(p) for p in _HEAD_SPLIT.split(head) if p.strip())


def _ceremony(head: str) -> str | None:
    """"Academy Awards (29th, 1957), nominated" -> "Academy Awards"; the first part naming one."""
    for part in _HEAD_SPLIT.split(head):
        part = re.sub(r"^[\W\d]*(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th))?[ \t]+", "", part.strip())
        part = ANY_YEAR.sub("", _ORDINAL.sub("", part)).strip(" :")
        if part and (CEREMONY_WORD.search(part) or lookup(part)) and not CATEGORY.search(part):
            return ceremony_name(part)
    return None


def _last_outcome(text: str) -> str | None:
    """The outcome the head says last: "6 nominations, 2 won" lists the wins."""
    found = list(_OUTCOME.finditer(text))
    if not found:
        return None
    return "won" if found[-1]["won"] else "nominated"


def _items(value: str) -> list[str]:
    items = []
    for part in _ITEM_SPLIT.split(value.strip(" .;")):
        part = _LEAD_WORDS.sub("", part.strip())
        pieces = [p.strip() for p in _AND_SPLIT.split(part)]
        commas = [p.strip() for p in re.split(r",[ \t]*", part)]
        if len(pieces) == 1 and len(commas) > 1 and all(is_category(_PAREN.sub("", c)) for c in commas):
            pieces = commas  # "Best Feature, Best Screenplay"
        items += [p for p in pieces if p]
    return items


def _item(item: str) -> tuple[str | None, str | None, str | None]:
    """(category, recipient, its own outcome): "Best Actress, Michelle Yeoh", "Silver Lion (shared)",
    "Best Director (Joel Coen) (won)"."""
    recipient, own = None, None
    for paren in list(_PAREN.finditer(item))[::-1]:
        inside = paren["inside"].strip()
        names = recipients_in(inside)
        outcome = _OUTCOME.fullmatch(inside)
        if outcome:
            own = "won" if outcome["won"] else "nominated"
        elif _COMPETED.search(inside):
            own = "nominated"  # "Palme d'Or (in competition)"
        elif names and recipient is None:
            recipient = names
        item = item[:paren.start()] + item[paren.end():]  # a note ("shared") goes too
    item = clean(item).strip(" ,.")
    if recipient is None and ", " in item:
        head, tail = item.rsplit(", ", 1)
        if recipients_in(tail):
            item, recipient = head, recipients_in(tail)
    dash = _DASH_NAME.search(item)
    if recipient is None and dash and recipients_in(dash["name"]):
        item, recipient = item[:dash.start()], recipients_in(dash["name"])  # "Best Director - Park Chan-wook"
    if recipient is None:
        by_for = _FOR.match(item)
        if by_for and recipients_in(by_for["name"]) and is_category(by_for["category"]):
            item, recipient = by_for["category"], recipients_in(by_for["name"])
    if not is_category(item) and not (len(item) <= 120 and _CATEGORY_START.match(item)):
        return None, None, None
    return item, recipient, own


def _resolve(entries: list[tuple[int, dict, str | None]]) -> list[Found]:
    markers = {m for _, _, m in entries if m}
    unmarked = {"nominated": "won", "won": "nominated"}.get(next(iter(markers))) if len(markers) == 1 else None
    found = []
    for offset, fields, marker in entries:
        prize = prize_ceremony(fields["category"])
        festival_prize = "Festival" in fields["ceremony"] and not _CATEGORY_START.match(fields["category"])
        outcome = marker or unmarked or ("won" if prize or festival_prize else None)
        if outcome:
            found.append(make_award(offset, fields, outcome))
    return found


_LINE = lazy_pattern(r"^[ \t]*(?:[-–—•*·][ \t]*)?(?P<line>[^\n|\t]{10,200})$", re.MULTILINE)
_PARTS = lazy_pattern(r"[ \t]*[()][ \t]*(?:[–—-][ \t]+)?|[ \t]+[–—-][ \t]+|[ \t]*[–—][ \t]*|,[ \t]+|:[ \t]+")
_YEAR = lazy_pattern(r"(?:19|20)\d\d")


def award_lines(text: str) -> list[Found]:
    """One award a line, its parts in any order, its outcome on the line (the docstring shows how)."""
    if not mentions(text, "won", "win", "nominat"):
        return []
    found = []
    for match in _LINE.finditer(text):
        line = match["line"].strip().rstrip(".")
        if not _OUTCOME.search(line) or not (CEREMONY_WORD.search(line) or lookup(line.split(",")[0])):
            continue
        entry = _line_entry([p.strip() for p in _PARTS.split(line) if p.strip()])
        if entry:
            fields, outcome = entry
            found.append(make_award(match.start("line"), fields, outcome))
    return found


def _line_entry(parts: list[str]) -> tuple[dict, str] | None:
    ceremony = year = outcome = recipient = category = None
    for part in parts:
        if _YEAR.fullmatch(part):
            year = int(part)
        elif _OUTCOME.fullmatch(part):
            outcome = _outcome(part)
        elif is_category(part) and category is None and not CEREMONY_WORD.search(part):
            category = part
        elif recipients_in(part) and recipient is None:
            recipient = recipients_in(part)
        elif ceremony is None and (CEREMONY_WORD.search(part) or lookup(_YEAR.sub("", part).strip())):
            ceremony = ceremony_name(_YEAR.sub("", part).strip())
            found_year = _YEAR.search(part)
            year = year or (int(found_year.group()) if found_year else None)
        else:
            return None  # a part that is none of them: not an award line
    if not (ceremony and category and outcome):
        return None
    return {"ceremony": ceremony, "category": category_name(category), "recipient": recipient, "year": year}, outcome
