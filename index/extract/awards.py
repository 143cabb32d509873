"""Awards and nominations, from the two layouts awards pages and summaries use.

Recognised:
- a ceremony line, then a line of comma-separated categories:
      • Academy Awards®
          Best Actress, Best Music Nominee
  a trailing "Nominee"/"Nominated" (or "Winner") marks every category on the line;
- one award per line: "- Academy Award Nomination (2022) – Best Actress (Penélope Cruz)",
  "- Venice Film Festival (2021) – Volpi Cup for Best Actress (Penélope Cruz, Winner)".

- a marked line: "Winner: Best Director — Cannes Film Festival 1976", "Won Best Film at the
  Sitges Film Festival (2019)", "Nominated: Best Actor (Name), BAFTA Awards 2012";
- under an "Awards"/"Accolades" heading, "Won"/"Nominated" subheadings mark the entries below
  them: "David di Donatello for Best Actor (Name)", "Best Director – Cannes Film Festival";
- tables whose header names the award, the category and the result
  ("| Year | Award | Category | Recipient | Result |"), in any column order; a table without an
  award column takes its ceremony from the heading above it ("## Academy Awards (92nd, 2020)");
  results "Won"/"WON"/"Winner"/"✓"/"Yes" or "Nominated"/"Nominee"/"✗" (a withdrawn nomination
  is none); a "Category / Nominee" cell ("Best Actor -- Al Pacino") holds both;
- the same tables laid out in fixed-width columns in plain text, a cell continued on the
  indented lines below its row;
- key–value lines (dot leaders, tabs, colons, runs of spaces) in fact sheets: index.extract.award_sheets;
- awards told in sentences: index.extract.award_prose (one reader for every prose phrasing);
- list items and lines that say their own outcome, festival sections: index.extract.award_lists.
The recipient is read from brackets ("Best Actor (Name)") or after "for" ("Best Actor for Name").

An entry without a marker takes its meaning from the page: where the other entries of the
same layout are marked as nominations, the unmarked ones are the wins (and the reverse).
With no convention to lean on, unmarked entries are left out rather than guessed.

Deliberately not: summary lines without a category ("Numerous other nominations at the Goya
Awards").
"""
from __future__ import annotations

import re
from functools import lru_cache


from .award_names import (
    AWARDS_HEADING, CATEGORY, CEREMONY_WORD, PAREN, PAREN_TAIL, category_name, ceremony_name, is_category, make_award,
    parse_category,
)
from .award_lists import award_lists, festival_prizes, introduced_lists
from .award_prose import prose_awards
from .award_sheets import award_lines, sheet_awards
from .award_tables import award_tables
from .layout import HEADING_LINE
from .patterns import lazy_pattern, BULLET, Found, clean, fold

_CEREMONY_LINE = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?P<ceremony>[A-Z][\w'’.&®™ \-]{{2,80}}?)[ \t]*\n"
    r"(?=(?:[ \t]*\n)*[ \t]*(?P<categories>[^\n]+))",
    re.MULTILINE,
)
_ONE_PER_LINE = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?P<ceremony>[A-Z][^–—:\n()]{{2,80}}?)[ \t]*(?:\((?P<year>(?:19|20)\d\d)\))?"
    r"[ \t]*(?:[–—:]|[ \t]-[ \t])[ \t]*(?P<rest>[^\n]+)$",
    re.MULTILINE,
)

_NOMINATED = r"Nominee|Nominees|Nominated|Nomination|Nominations"
_WON = r"Winner|Winners|Won|Win|Wins"
_TRAILING_MARKER = lazy_pattern(rf"[ \t]*[-–(]?[ \t]*\b(?P<marker>{_NOMINATED}|{_WON})\)?[ \t]*$", re.IGNORECASE)
_CEREMONY_MARKER = lazy_pattern(rf"[ \t]+(?P<marker>{_NOMINATED}|{_WON})$", re.IGNORECASE)
_YEAR = lazy_pattern(r"^(?:19|20)\d\d$")

# "Winner: Best Director — Cannes Film Festival 1976", "Won Best Film at the Sitges Film Festival (2019)".
_MARKED_LINE = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?P<marker>Winner|Won|Nominated|Nominee|Nomination)"
    r"(?:[ \t]*:[ \t]*|[ \t]+(?:for[ \t]+|of[ \t]+)?)(?P<rest>[^\n]{5,160}?)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
_OUTCOME_HEADING = lazy_pattern(
    r"[ \t]*(?:#{1,6}[ \t]*)?(?i:(?P<won>won|wins|winner|winners|awards won|awarded|prizes won)|"
    r"(?P<nominated>nominated|nominations|nominee|nominees|nominated for))[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*"
)
_ENTRY_SPLIT = lazy_pattern(r"[ \t]+[–—-][ \t]+|[ \t]*[–—][ \t]*|,[ \t]+|[ \t]+at[ \t]+(?:the[ \t]+)?|:[ \t]+")
_CEREMONY_FOR = lazy_pattern(r"^(?P<ceremony>.+?)[ \t]+(?:[Aa]wards?[ \t]+)?for[ \t]+(?P<category>.+)$")


@lru_cache(maxsize=2)  # a document's kind is read from its awards, then its facts: one pass for both
def extract_awards(text: str) -> tuple[Found, ...]:
    sure = [*_marked_lines(text), *_awards_sections(text), *award_tables(text), *award_lists(text),
            *prose_awards(text), *festival_prizes(text),
            *introduced_lists(text)]
    read = {text.rfind("\n", 0, f.offset) for f in sure}  # a line another layout read is theirs
    sure += [f for f in sheet_awards(text) if text.rfind("\n", 0, f.offset) not in read]
    read = {text.rfind("\n", 0, f.offset) for f in sure}
    sure += [f for f in award_lines(text) if text.rfind("\n", 0, f.offset) not in read]
    known = {(fold(f.fields["ceremony"]), fold(f.fields["category"])) for f in sure}
    guessed = [
        f for f in (*_resolve(_ceremony_blocks(text)), *_resolve(_one_per_line(text)))
        if f.fields.get("recipient") is not None
        or (fold(f.fields["ceremony"]), fold(f.fields["category"])) not in known
    ]
    # Where an explicitly marked layout names the award, its outcome beats a convention's guess.
    guessed = [f for f in guessed if not _contradicted(f, sure)]
    # One line, one reading: where a layout that says its outcome read the line, a guess adds nothing.
    lines = {text.rfind("\n", 0, f.offset) for f in sure}
    guessed = [f for f in guessed if text.rfind("\n", 0, f.offset) not in lines]
    return (*guessed, *sure)


def _contradicted(found: Found, sure: list[Found]) -> bool:
    key = (fold(found.fields["ceremony"]), fold(found.fields["category"]))
    return any((fold(s.fields["ceremony"]), fold(s.fields["category"])) == key
               and s.fields["outcome"] != found.fields["outcome"] for s in sure)


def _marked_lines(text: str) -> list[Found]:
    found = []
    for match in _MARKED_LINE.finditer(text):
        entry = _parse_entry(match["rest"])
        if entry:
            found.append(make_award(match.start(), entry, _outcome(match["marker"])))
    return found


def _awards_sections(text: str) -> list[Found]:
    """Entries under an awards heading, their outcome given by "Won"/"Nominated" subheadings."""
    found = []
    for heading in AWARDS_HEADING.finditer(text):
        outcome, misses, position = None, 0, heading.end() + 1
        while position < len(text) and misses < 5:
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            line, offset, position = text[position:end], position, end + 1
            if not line.strip():
                continue
            sub = _OUTCOME_HEADING.fullmatch(line)
            if sub:
                outcome, misses = ("won" if sub["won"] else "nominated"), 0
                continue
            if _MARKED_LINE.match(line):
                misses = 0
                continue  # read by _marked_lines
            entry = _parse_entry(re.sub(rf"^[ \t]*{BULLET}?", "", line)) if outcome else None
            if entry:
                found.append(make_award(offset, entry, outcome))
                misses = 0
            elif HEADING_LINE.fullmatch(line) and not CEREMONY_WORD.search(line) and not is_category(line.strip()):
                break  # the next section
            else:
                misses += 1
    return found


def _parse_entry(text: str) -> dict | None:
    """One award entry in any order: "Best Director — Cannes Film Festival 1976",
    "Best Actor (Name), BAFTA Awards 2012", "David di Donatello for Best Actor (Name)",
    "Best Film at the Sitges Film Festival (2019)". None unless it names one ceremony and one category."""
    text = clean(text)
    year = None
    for paren in list(PAREN.finditer(text))[::-1]:  # a bracketed year goes; recipients stay with the category
        if _YEAR.match(paren["inside"].strip()):
            year = int(paren["inside"])
            text = text[:paren.start()] + text[paren.end():]
    bare_year = re.search(r"[ \t]+(?P<year>(?:19|20)\d\d)\b", text)
    if bare_year:
        year = year or int(bare_year["year"])
        text = text[:bare_year.start()] + text[bare_year.end():]
    protected = re.sub(r"\([^()]*\)", lambda m: m.group().replace(",", "\0"), text)
    parts = [p.replace("\0", ",").strip(" .") for p in _ENTRY_SPLIT.split(protected) if p.strip(" .")]
    if len(parts) == 1:
        ceremony_for = _CEREMONY_FOR.match(parts[0])
        if not ceremony_for:
            return None
        parts = [ceremony_for["ceremony"], ceremony_for["category"]]
    if len(parts) != 2:
        return None
    ceremonies = [p for p in parts if CEREMONY_WORD.search(p) and not CATEGORY.search(p)]
    categories = [p for p in parts if p not in ceremonies]
    if len(ceremonies) != 1 or len(categories) != 1:
        return None
    parsed = parse_category(categories[0])
    if not parsed:
        return None
    category, recipient = parsed
    return {"ceremony": ceremony_name(ceremonies[0]), "category": category_name(category), "recipient": recipient, "year": year}


def _ceremony_blocks(text: str) -> list[tuple[int, dict, str | None]]:
    entries = []
    for match in _CEREMONY_LINE.finditer(text):
        ceremony = match["ceremony"]
        if not CEREMONY_WORD.search(ceremony) or " - " in ceremony:
            continue
        categories, marker = _strip_marker(match["categories"].strip())
        items = [clean(c) for c in categories.split(",")]
        if not items or not all(is_category(c) for c in items):
            continue
        for category in items:
            fields = {"ceremony": ceremony_name(ceremony), "category": category_name(category)}
            entries.append((match.start("ceremony"), fields, marker))
    return entries


def _one_per_line(text: str) -> list[tuple[int, dict, str | None]]:
    entries = []
    for match in _ONE_PER_LINE.finditer(text):
        ceremony, marker = _strip_ceremony_marker(match["ceremony"].strip())
        if not CEREMONY_WORD.search(ceremony):
            continue
        category, recipient, year, paren_marker = _split_rest(match["rest"].strip())
        if not is_category(category):
            continue
        fields = {
            "ceremony": ceremony_name(ceremony), "category": category_name(category),
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
    paren = PAREN_TAIL.search(rest)
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
