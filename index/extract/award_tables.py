"""Awards tables (index.extract.awards describes what they read): tables whose header names the
award, the category and the result, in any column order, in markdown or fixed-width columns; and
the ceremony a heading above names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.ceremonies import named_in

from .award_names import (
    ANY_YEAR, AWARDS_HEADING, CEREMONY_WORD, PAREN, category_name, ceremony_name, make_award, recipients_in,
)
from .layout import HEADING_LINE, Row, column, tables
from .patterns import lazy_pattern, mentions, LOW, UP, Found, clean

_TABLE_COLUMNS = {
    "ceremony": frozenset({"award", "awards", "ceremony", "organization", "organisation", "festival",
                           "award/festival", "event", "festival/award", "award ceremony"}),
    "category": frozenset({"category", "categories", "award category", "category / nominee", "category/nominee",
                           "category / recipient", "category/recipient", "category / nominee(s)"}),
    "result": frozenset({"result", "results", "outcome", "status", "won?", "won/nominated", "win/nom"}),
    "year": frozenset({"year", "date", "date of ceremony", "ceremony date"}),
    "recipient": frozenset({"recipient", "recipients", "recipient(s)", "nominee", "nominees", "nominee(s)",
                            "recipient(s) and nominee(s)", "recipient/nominee", "nominee/recipient", "name"}),
}


def award_tables(text: str) -> list[Found]:
    fixed = _fixed_width_tables(text) if mentions(text, "   ") else []
    read = {offset for offset, _ in fixed}
    found = []
    for offset, table in [*fixed, *((t.offset, t) for t in tables(text) if t.offset not in read)]:
        columns = {name: column(table.header, names) for name, names in _TABLE_COLUMNS.items()}
        if columns["category"] is None or columns["result"] is None:
            continue
        heading = ceremony_heading(text, offset) if columns["ceremony"] is None else None
        if columns["ceremony"] is None and heading is None:
            continue
        previous: tuple[str, ...] = ()
        for row in table.rows:
            cells = row.cells
            if len(cells) < len(table.header) and previous:  # merged cells (rowspan) repeat the row above's
                cells = _spanned(cells, previous, columns["result"])
            if previous and len(cells) == len(previous):  # "| | Best Director |": a blank cell repeats the one above
                blank = [i for i, c in enumerate(cells) if not c.strip()]
                if blank and blank[-1] < (columns["category"] or 0) or blank == [columns["ceremony"]]:
                    cells = tuple(previous[i] if i in blank else c for i, c in enumerate(cells))
            previous = cells
            if len(cells) != len(table.header):
                continue
            outcome = _result(cells[columns["result"]])
            if columns["recipient"] is None:  # "Best Actor -- Al Pacino": the category cell names both
                category, recipient = _category_cell(cells[columns["category"]])
            else:  # "Best Supporting Actor – Motion Picture" | "Mahershala Ali"
                category, recipient = clean(cells[columns["category"]]), None
            if columns["ceremony"] is not None:
                ceremony = ANY_YEAR.sub("", PAREN.sub("", cells[columns["ceremony"]])).strip()
                year_text = cells[columns["year"]] if columns["year"] is not None else cells[columns["ceremony"]]
            else:
                ceremony, year_text = heading
                year_text = cells[columns["year"]] if columns["year"] is not None else year_text
            if not outcome or not ceremony or not 3 <= len(category) <= 160:
                continue
            year = ANY_YEAR.search(year_text or "")
            if columns["recipient"] is not None:
                recipient = recipients_in(cells[columns["recipient"]])
            entry = {"ceremony": ceremony_name(ceremony), "category": category_name(category),
                     "recipient": recipient, "year": int(year["year"]) if year else None}
            if outcome == "nominated" and lost_to(cells[columns["result"]]):
                entry["lost_to"] = lost_to(cells[columns["result"]])
            found.append(make_award(row.offset, entry, outcome))
    return found


def _spanned(cells: tuple[str, ...], previous: tuple[str, ...], result: int) -> tuple[str, ...]:
    """A row short of cells because cells above span it (rowspan): the missing ones are the row
    above's, leading ("Award", "Date of ceremony") and, where a trailing cell spans too ("Ref."),
    trailing. The result cell says where the row's own cells sit."""
    missing = len(previous) - len(cells)
    at = next((i for i, c in enumerate(cells) if _result(c)), None)
    lead = result - at if at is not None and 0 <= result - at <= missing else missing
    return previous[:lead] + cells + previous[len(previous) - (missing - lead):]


_SURNAME = lazy_pattern(rf"{UP}{LOW}+(?:-{UP}?{LOW}+)?")
_WON_RESULT = lazy_pattern(r"(?i:won|wins?|winner|yes|awarded|recipient)\b|[✓✔☑]")
_NOMINATED_RESULT = lazy_pattern(r"(?i:nominat\w*|nominee|shortlisted|no)\b|[✗✘]")
_NOT_A_NOMINATION = lazy_pattern(r"(?i:withdrawn|rescinded|revoked|disqualified)")
_CELL_DASH = lazy_pattern(r"[ \t]+(?:--|—|–)[ \t]*|[ \t]*(?:—|–)[ \t]+")


_LOST_TO = lazy_pattern(r"(?i:\blost\s+to|\blosing\s+to|\bwon\s+by|\bwent\s+to|\bwinner\s*:)\s*(?P<winner>[^;\n]+?)[\s).;]*$")


def lost_to(text: str) -> str | None:
    """"Nominated (lost to "You'll Be in My Heart" from Tarzan)" -> "\"You'll Be in My Heart\" from Tarzan"."""
    match = _LOST_TO.search(text)
    if not match:
        return None
    winner = match["winner"].strip(" *_").rstrip(")")
    if winner.count("(") > winner.count(")"):
        winner += ")"
    return winner or None


def _result(cell: str) -> str | None:
    """"Won (declined)", "WON", "✓" -> won; "nominated", "Nominee" -> nominated; a withdrawn
    nomination or "inducted" -> None."""
    cell = cell.strip()
    if _NOT_A_NOMINATION.search(cell):
        return None
    if _WON_RESULT.match(cell):
        return "won"
    if _NOMINATED_RESULT.match(cell):
        return "nominated"
    return None


def _category_cell(cell: str) -> tuple[str, str | None]:
    """"Best Actor -- Al Pacino (shared citation)" -> ("Best Actor", "Al Pacino"); else (cell, None)."""
    cell = clean(cell)
    parts = _CELL_DASH.split(cell, maxsplit=1)
    if len(parts) == 2:
        names = PAREN.sub("", parts[1])
        recipient = recipients_in(names)
        surnames = [p.strip() for p in names.split(",")]
        if not recipient and len(surnames) > 1 and all(_SURNAME.fullmatch(p) for p in surnames):
            recipient = ", ".join(surnames)  # "Coppola, Puzo": full names where the page gives them
        if recipient:
            return clean(parts[0]), recipient
    return cell.replace(" -- ", " – "), None


_TRAILING_YEAR = lazy_pattern(r"[ \t,]+(?:19|20)\d\d[ \t]*$")
_NAME_CONNECTORS = frozenset("of de du la le di for and the des del".split())
_HEADING_PAREN = lazy_pattern(r"[ \t]*\((?P<inside>[^()]*)\)")
_GENERIC_HEADING_WORDS = frozenset(
    "awards award other main major selected more further honours honors nominations and accolades prizes "
    "festivals festival wins".split()
)


def ceremony_heading(text: str, offset: int) -> tuple[str, str | None] | None:
    """The ceremony the nearest heading above `offset` names, with the text its year may be in:
    "Academy Awards (92nd, February 9, 2020)" -> ("Academy Awards", "(92nd, February 9, 2020)")."""
    for start, line in _headings_before(text, offset):
        name = " ".join(_TRAILING_YEAR.sub("", _HEADING_PAREN.sub(" ", line)).split())
        shown = name.title() if name.isupper() else name
        words = shown.split()
        named = named_in(shown)
        if len(named) == 1 and not (words and CEREMONY_WORD.fullmatch(words[-1].strip(":"))):
            return named[0].name, line  # "Official Selection, Berlin 2011"
        if (not words or not CEREMONY_WORD.fullmatch(words[-1].strip(":")) or AWARDS_HEADING.fullmatch(line)
                or any(w[:1].islower() and w not in _NAME_CONNECTORS for w in words)):
            return None  # a ceremony's name ends in its kind, in title case: "Blue Dragon Film Awards"
        if not {w.casefold() for w in re.findall(r"[\w'’]+", shown)} - _GENERIC_HEADING_WORDS:
            return None  # "Other awards": no ceremony
        return shown, line
    return None


def _headings_before(text: str, offset: int, limit: int = 3000):
    """Heading lines (standing alone, short, no closing full stop) above offset, nearest first."""
    window_start = max(0, offset - limit)
    window = text[window_start:offset]
    lines = window.split("\n")
    position = offset
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        position -= len(line) + 1
        stripped = line.strip()
        if not stripped or len(stripped) > 80 or stripped.endswith((".", ",", ";")) or "  " in stripped:
            continue
        before = lines[i - 1].strip() if i > 0 else ""
        if before and not set(before) <= set("-=_*#"):
            continue  # a heading has a blank line (or a rule) above it
        if HEADING_LINE.fullmatch(line) or _HEADING_PAREN.search(stripped):
            if not re.search(r"[.!?]\s", stripped):
                yield position + 1, stripped.lstrip("#=").strip()


_FIXED_HEADER = lazy_pattern(r"^(?P<line>[ \t]*\S[^\n|\t]*?\S {2,}\S[^\n|\t]*)$", re.MULTILINE)
_RULE = lazy_pattern(r"^[ \t]*[-=_]{3,}[ \t]*$")


@dataclass(frozen=True)

class _FixedTable:
    header: tuple[str, ...]
    rows: tuple


def _fixed_width_tables(text: str) -> list[tuple[int, _FixedTable]]:
    """Plain-text tables in aligned columns; a row's cells go on in indented lines below it:
        CATEGORY          NOMINEE(S)                   RESULT
        Best Picture      Francis Ford Coppola, Gray   WON
                          Frederickson"""
    found = []
    for match in _FIXED_HEADER.finditer(text):
        line = match["line"]
        starts = [(m.start(), m.group().strip().lower()) for m in re.finditer(r"\S+(?: \S+)*", line)]
        header = tuple(name for _, name in starts)
        if column(header, _TABLE_COLUMNS["category"]) is None or column(header, _TABLE_COLUMNS["result"]) is None:
            continue
        rows, position = [], match.end() + 1
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            row_line, offset, position = text[position:end], position, end + 1
            if _RULE.match(row_line):
                if rows:
                    break
                continue
            if not row_line.strip():
                break
            chunks = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", row_line)]
            if not row_line[:1].isspace() or not rows:
                cells = [""] * len(header)
                rows.append([offset, cells])
            cells = rows[-1][1]
            for at, chunk in chunks:
                i = max((k for k, (s, _) in enumerate(starts) if s <= at + 1), default=0)
                cells[i] = f"{cells[i]} {chunk}".strip()
        table_rows = tuple(Row(offset, tuple(cells)) for offset, cells in rows)
        if table_rows:
            found.append((match.start(), _FixedTable(header, table_rows)))
    return found
