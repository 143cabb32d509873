"""Page layout shared by the extractors: section headings, table rows, key–value lines (leader_lines),
outlet and title words.

Tables reach the extractors in three shapes: Markdown pipe tables ("| Actor | Role |" with a
"|---|---|" rule), HTML tables flattened to text (cells split by tabs, " | " or runs of two or
more spaces), and infobox rows ("| Running time | 112 minutes |"). `tables(text)` finds every
run of such lines in one pass and yields it with its header row, so each extractor only
decides whether the header names columns it knows.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterator
from dataclasses import dataclass

from .patterns import lazy_pattern

# A run of lines that each hold a pipe, a tab or an inner run of 2+ spaces: table candidates.
_TABLE_BLOCK = lazy_pattern(r"(?:^[^\n]*(?:\||\t|\S {2,}\S)[^\n]*(?:\n|\Z))+", re.MULTILINE)
_RULE_ROW = lazy_pattern(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_CELL_SPLIT_TABS = lazy_pattern(r"\t+| {2,}")
_HEADER_DECORATION = lazy_pattern(r"[*_#=]+")


@dataclass(frozen=True)
class Row:
    offset: int  # where the row's first cell starts in the text
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    offset: int  # start of the header row
    end: int  # end of the block of rows
    header: tuple[str, ...]  # lower-cased header cells, decoration removed
    rows: tuple[Row, ...]  # the body rows, rule rows left out


def split_row(line: str) -> list[str] | None:
    """Cells of a table row, or None when the line is not one (fewer than two cells)."""
    if "|" in line:
        cells = line.strip().strip("|").split("|")
    elif "\t" in line:  # a pasted table: a tab between cells, two tabs around an empty one
        cells = line.strip(" \n").strip("\t").split("\t")
    else:
        cells = _CELL_SPLIT_TABS.split(line.strip())
    cells = [c.strip() for c in cells]
    return cells if len(cells) >= 2 else None


@lru_cache(maxsize=2)  # the cast and awards extractors read the same document's tables
def tables(text: str) -> tuple[Table, ...]:
    """Every block of two or more table rows, its first row taken as the header."""
    return tuple(_tables(text))


def _tables(text: str) -> Iterator[Table]:
    for block in _TABLE_BLOCK.finditer(text):
        offset, header, rows = block.start(), None, []
        header_offset = offset
        for line in block.group().split("\n"):
            if _RULE_ROW.match(line) or not line.strip():
                offset += len(line) + 1
                continue
            cells = split_row(line)
            if cells is None:
                offset += len(line) + 1
                continue
            if header is None:
                header = tuple(_HEADER_DECORATION.sub("", c).strip().lower() for c in cells)
                header_offset = offset
            else:
                first = line.find(cells[0]) if cells[0] else 0
                rows.append(Row(offset + max(first, 0), tuple(cells)))
            offset += len(line) + 1
        if header is not None and rows:
            yield Table(header_offset, block.end(), header, tuple(rows))


def column(header: tuple[str, ...], names: frozenset[str]) -> int | None:
    """Index of the first header cell naming one of `names`, else None."""
    for i, cell in enumerate(header):
        if cell in names:
            return i
    return None


# Words of an outlet's name: a run holding one is a publication, never a person or a role.
OUTLET_WORDS = frozenset(
    """weekly screen reel gazette times post review reviews magazine journal radio daily courier
    herald tribune blog news press monthly chronicle telegraph observer dispatch bulletin digest
    quarterly podcast network online insider wire express mail standard independent guardian
    reporter variety empire indiewire vulture slant collider deadline""".split()
)

# Ranks and titles that belong to a character's name ("Captain Do Min-jae", "Commissario
# Lauria"), never to an actor's.
TITLE_WORDS = frozenset(
    """captain commissario commissioner detective inspector officer sergeant lieutenant
    colonel general major commander chief agent doctor dr dr. professor prof prof. father
    sister brother mother uncle aunt grandma grandpa grandmother grandfather young old little
    king queen prince princess lord lady sir dame judge mayor president senator count countess
    baron baroness duke duchess mr mr. mrs mrs. ms ms. miss madame monsieur signora signor
    don donna private corporal admiral sheriff deputy nurse pastor reverend rev rev. saint
    auntie granny""".split()
)


def has_outlet_word(name: str) -> bool:
    return any(w.strip(".,’'").casefold() in OUTLET_WORDS for w in name.split())


def starts_with_title(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0].casefold() in TITLE_WORDS


# A generic heading: a short line on its own, capitalised, without closing punctuation or
# quotes. Used to end sections; the extractors name the headings that open them.
HEADING_LINE = lazy_pattern(
    r"^[ \t]*(?:#{1,6}[ \t]+|=+[ \t]*)?(?P<heading>[A-Z0-9][^\n.!?:;“”\"|\t]{0,58}?[^\n.!?,;:“”\"|\t ])"
    r"[ \t]*:?[ \t]*=*[ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class LeaderLine:
    offset: int  # where the key starts
    key: str
    value: str  # continuation lines joined to it with single spaces
    lines: tuple[str, ...] = ()  # the value as printed, line by line


# A key, then its leader, strongest first: a dot leader, a tab, a colon, a run of spaces; each with
# the strings one of which it needs (a line without them is not searched).
_LEADERS = tuple((lazy_pattern(p), needs) for p, needs in (
    (r"[ \t]*(?:\.[ \t]?){2,}\.?[ \t]*|[ \t]*…+[ \t]*", ("..", ". .", "…")),
    (r"[ \t]*\t[ \t]*", ("\t",)),
    (r"[ \t]*:(?:[ \t]+|$)", (":",)),
    (r" {2,}", ("  ",)),
))


def leader_lines(text: str) -> list[LeaderLine]:
    """Key–value lines, whatever leads from the key to the value, a value wrapped onto the indented
    lines below it: "Academy Awards (29th, 1957), nominated ......... Best Art Direction," then
    "                        Black-and-White", "Director:\tJoel Coen", "Awards, won:   Best Feature",
    "Best Director:" with its value on the next, indented line. A key is at most 90 characters."""
    found: list[list] = []
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        stripped = line.strip()
        if not stripped:
            found.append([])  # a blank line ends a value
            continue
        indent = len(line) - len(line.lstrip())
        last = found[-1] if found else []
        if last and indent > last[1] and not _split(stripped):
            last[3].append(stripped)  # the value goes on
            continue
        if last and indent > last[1] and last[3] == [] and stripped:
            last[3].append(stripped)  # "Best Director:" / "    Joel Coen"
            continue
        parts = _split(stripped)
        found.append([start + indent, indent, parts[0], [parts[1]] if parts[1] else []] if parts else [])
    return [LeaderLine(offset, key, " ".join(values), tuple(values))
            for offset, _, key, values in (f for f in found if f) if values]


def _split(line: str) -> tuple[str, str] | None:
    for leader, needs in _LEADERS:
        if not any(n in line for n in needs):
            continue
        match = leader.search(line)
        if match and 0 < match.start() <= 90:
            return line[:match.start()].strip().rstrip(":").strip(), line[match.end():].strip()
    return None


_CONTINUED_VALUE = lazy_pattern(r"\n(?P<value>[^\t\n|]{1,80})(?=\n|$)")


def continued_values(text: str, row: re.Match) -> list[str]:
    """The lines under a pasted infobox's "Label<TAB>Value" row that have no label of their own:
    more values of it ("Languages<TAB>English" / "Korean"), up to a blank line or the next label."""
    if "\t" not in row.group(0):
        return []
    values, at = [], row.end()
    while (line := _CONTINUED_VALUE.match(text, at)) is not None:
        values.append(line["value"].strip())
        at = line.end()
    return [v for v in values if v]
