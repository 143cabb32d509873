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
- under a heading naming a ceremony, prose saying the film won a named prize: "the jury gave
  Parasite the Palme d'Or", "The cast won Outstanding Performance by a Cast" (never with
  "she"/"he"/"previous" as the subject).
- "The film was nominated for two BAFTAs, for Best X and Best Y" (the film, or its title, as
  the subject; never "she", "he" or an earlier film).
The recipient is read from brackets ("Best Actor (Name)") or after "for" ("Best Actor for Name").

An entry without a marker takes its meaning from the page: where the other entries of the
same layout are marked as nominations, the unmarked ones are the wins (and the reverse).
With no convention to lean on, unmarked entries are left out rather than guessed.

Deliberately not: awards told in prose outside a ceremony's section ("she clinched the Volpi
Cup"), which as often describe other films or other years; summary lines without a category
("Numerous other nominations at the Goya Awards").
"""
from __future__ import annotations

import re
from functools import lru_cache

from dataclasses import dataclass

from .layout import HEADING_LINE, Row, column, tables
from .patterns import lazy_pattern, mentions, BULLET, LOW, PERSON, UP, Found, clean, fold, is_person_name

_CEREMONY_WORD = lazy_pattern(
    r"\b(?:Awards?|Festival|Globes?|Oscars?|BAFTAs?|Goyas?|Césars?|Critics|Guild|Society|"
    r"Circle|Association|Academy|Emmys?|Razzies?|Berlinale|Cannes|Sundance|Donatello|Baeksang|Nastro|Nastri)\b"
)
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
_CATEGORY_START = lazy_pattern(r"^(?:Best|Outstanding|Most)\s|\b(?:Cup|Prize|Award|Lion|Bear|Palme?|Shell|Leopard|Medal|Trophy|Mention|Jury)\b")
_NOMINATED = r"Nominee|Nominees|Nominated|Nomination|Nominations"
_WON = r"Winner|Winners|Won|Win|Wins"
_TRAILING_MARKER = lazy_pattern(rf"[ \t]*[-–(]?[ \t]*\b(?P<marker>{_NOMINATED}|{_WON})\)?[ \t]*$", re.IGNORECASE)
_CEREMONY_MARKER = lazy_pattern(rf"[ \t]+(?P<marker>{_NOMINATED}|{_WON})$", re.IGNORECASE)
_PAREN_TAIL = lazy_pattern(r"[ \t]*\((?P<inside>[^()]+)\)[ \t]*\.?$")
_PRIZE_FOR_CATEGORY = lazy_pattern(r"^(?P<prize>(?!Best\b).+?) for (?P<category>Best .+)$")
_YEAR = lazy_pattern(r"^(?:19|20)\d\d$")
_CEREMONY_ALIASES = {  # one name per ceremony, whatever the page calls it
    "oscar": "Academy Awards", "oscars": "Academy Awards", "the oscars": "Academy Awards",
    "academy award": "Academy Awards",
    "baftas": "BAFTA Awards", "bafta": "BAFTA Awards", "bafta award": "BAFTA Awards",
    "british academy film awards": "BAFTA Awards", "british academy film award": "BAFTA Awards",
    "golden globe": "Golden Globe Awards", "golden globes": "Golden Globe Awards", "cesars": "César Awards",
    "goyas": "Goya Awards", "emmys": "Emmy Awards", "davids": "David di Donatello Awards",
    "cannes": "Cannes Film Festival", "festival de cannes": "Cannes Film Festival",
    "berlinale": "Berlin International Film Festival",
}

# "Winner: Best Director — Cannes Film Festival 1976", "Won Best Film at the Sitges Film Festival (2019)".
_MARKED_LINE = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?P<marker>Winner|Won|Nominated|Nominee|Nomination)"
    r"(?:[ \t]*:[ \t]*|[ \t]+(?:for[ \t]+|of[ \t]+)?)(?P<rest>[^\n]{5,160}?)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
_AWARDS_HEADING = lazy_pattern(
    r"^[ \t]*(?:#{1,6}[ \t]*|=+[ \t]*)?(?i:awards|accolades|awards and nominations|awards & nominations|"
    r"awards and honou?rs|honou?rs|awards and recognition|prizes|festivals and awards|awards and festivals|"
    r"accolades and awards)[ \t]*:?[ \t]*=*[ \t]*$",
    re.MULTILINE,
)
_OUTCOME_HEADING = lazy_pattern(
    r"[ \t]*(?:#{1,6}[ \t]*)?(?i:(?P<won>won|wins|winner|winners|awards won|awarded|prizes won)|"
    r"(?P<nominated>nominated|nominations|nominee|nominees|nominated for))[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*"
)
_ANY_YEAR = lazy_pattern(r"[ \t]*\(?\b(?P<year>(?:19|20)\d\d)\b\)?")
_PAREN = lazy_pattern(r"[ \t]*\((?P<inside>[^()]*)\)")
_ENTRY_SPLIT = lazy_pattern(r"[ \t]+[–—-][ \t]+|[ \t]*[–—][ \t]*|,[ \t]+|[ \t]+at[ \t]+(?:the[ \t]+)?|:[ \t]+")
_CEREMONY_FOR = lazy_pattern(r"^(?P<ceremony>.+?)[ \t]+(?:[Aa]wards?[ \t]+)?for[ \t]+(?P<category>.+)$")
_FOR_RECIPIENT = lazy_pattern(rf"^(?P<category>.+?)[ \t]+for[ \t]+(?P<recipient>{PERSON}(?:(?:,|[ \t]+and)[ \t]+{PERSON})*)$")
_NAME_ONLY = lazy_pattern(PERSON)
_NUMBER_WORDS = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
_PROSE_NICKNAMES = (
    r"BAFTAs?|BAFTA Awards|Oscars?|Academy Awards?|Golden Globes?|Golden Globe Awards|Césars?|César Awards|"
    r"Goyas?|Goya Awards|Davids|David di Donatello Awards?|Emmys?|Independent Spirit Awards?|"
    r"European Film Awards?|Blue Dragon Film Awards?|Baeksang Arts Awards?|Grand Bell Awards?|"
    r"Critics['’] Choice Awards?|Screen Actors Guild Awards?|Gotham Awards?|Asian Film Awards?|Saturn Awards?"
)
# "The film was nominated for two BAFTAs, for Best Film and Best Director".
_COUNTED = lazy_pattern(
    rf"\b(?P<marker>nominated for|won)[ \t]+(?:{_NUMBER_WORDS}[ \t]+)?(?P<ceremony>{_PROSE_NICKNAMES})"
    r"(?:[ \t]+(?:nominations|awards))?,?[ \t]+(?:for|including|in)[ \t]+(?:the[ \t]+)?"
    r"(?P<categories>Best[^.;\n]{3,200}?)(?=[ \t]*(?:[.;\n]|$))"
)
_OTHER_SUBJECT = lazy_pattern(
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[Hh]er|[Hh]is|[Tt]heir|previous|earlier|prior|last|former|debut|other|next|sequel)\b"
)
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


@lru_cache(maxsize=2)  # a document's kind is read from its awards, then its facts: one pass for both
def extract_awards(text: str) -> tuple[Found, ...]:
    sure = [*_marked_lines(text), *_awards_sections(text), *_award_tables(text), *_counted(text),
            *_ceremony_prose(text)]
    known = {(fold(f.fields["ceremony"]), fold(f.fields["category"])) for f in sure}
    guessed = [
        f for f in (*_resolve(_ceremony_blocks(text)), *_resolve(_one_per_line(text)))
        if f.fields.get("recipient") is not None
        or (fold(f.fields["ceremony"]), fold(f.fields["category"])) not in known
    ]
    # Where an explicitly marked layout names the award, its outcome beats a convention's guess.
    guessed = [f for f in guessed if not _contradicted(f, sure)]
    return (*guessed, *sure)


def _contradicted(found: Found, sure: list[Found]) -> bool:
    key = (fold(found.fields["ceremony"]), fold(found.fields["category"]))
    return any((fold(s.fields["ceremony"]), fold(s.fields["category"])) == key
               and s.fields["outcome"] != found.fields["outcome"] for s in sure)


def _award(offset: int, entry: dict, outcome: str) -> Found:
    return Found(offset, "award", {**entry, "outcome": outcome})


def _marked_lines(text: str) -> list[Found]:
    found = []
    for match in _MARKED_LINE.finditer(text):
        entry = _parse_entry(match["rest"])
        if entry:
            found.append(_award(match.start(), entry, _outcome(match["marker"])))
    return found


def _awards_sections(text: str) -> list[Found]:
    """Entries under an awards heading, their outcome given by "Won"/"Nominated" subheadings."""
    found = []
    for heading in _AWARDS_HEADING.finditer(text):
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
                found.append(_award(offset, entry, outcome))
                misses = 0
            elif HEADING_LINE.fullmatch(line) and not _CEREMONY_WORD.search(line) and not _is_category(line.strip()):
                break  # the next section
            else:
                misses += 1
    return found


def _award_tables(text: str) -> list[Found]:
    fixed = _fixed_width_tables(text) if mentions(text, "   ") else []
    read = {offset for offset, _ in fixed}
    found = []
    for offset, table in [*fixed, *((t.offset, t) for t in tables(text) if t.offset not in read)]:
        columns = {name: column(table.header, names) for name, names in _TABLE_COLUMNS.items()}
        if columns["category"] is None or columns["result"] is None:
            continue
        heading = _ceremony_heading(text, offset) if columns["ceremony"] is None else None
        if columns["ceremony"] is None and heading is None:
            continue
        previous: tuple[str, ...] = ()
        for row in table.rows:
            cells = row.cells
            if len(cells) < len(table.header) and previous:  # merged cells: the leading ones repeat
                cells = previous[: len(table.header) - len(cells)] + cells
            previous = cells
            if len(cells) != len(table.header):
                continue
            outcome = _result(cells[columns["result"]])
            category, recipient = _category_cell(cells[columns["category"]])
            if columns["ceremony"] is not None:
                ceremony = _ANY_YEAR.sub("", _PAREN.sub("", cells[columns["ceremony"]])).strip()
                year_text = cells[columns["year"]] if columns["year"] is not None else cells[columns["ceremony"]]
            else:
                ceremony, year_text = heading
                year_text = cells[columns["year"]] if columns["year"] is not None else year_text
            if not outcome or not ceremony or not 3 <= len(category) <= 80:
                continue
            year = _ANY_YEAR.search(year_text or "")
            if columns["recipient"] is not None:
                recipient = _recipients(cells[columns["recipient"]])
            entry = {"ceremony": _ceremony(ceremony), "category": _category(category),
                     "recipient": recipient, "year": int(year["year"]) if year else None}
            found.append(_award(row.offset, entry, outcome))
    return found


_SURNAME = lazy_pattern(rf"{UP}{LOW}+(?:-{UP}?{LOW}+)?")
_WON_RESULT = lazy_pattern(r"(?i:won|wins?|winner|yes|awarded|recipient)\b|[✓✔☑]")
_NOMINATED_RESULT = lazy_pattern(r"(?i:nominat\w*|nominee|shortlisted|no)\b|[✗✘]")
_NOT_A_NOMINATION = lazy_pattern(r"(?i:withdrawn|rescinded|revoked|disqualified)")
_CELL_DASH = lazy_pattern(r"[ \t]+(?:--|—|–)[ \t]*|[ \t]*(?:—|–)[ \t]+")


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
        names = _PAREN.sub("", parts[1])
        recipient = _recipients(names)
        surnames = [p.strip() for p in names.split(",")]
        if not recipient and len(surnames) > 1 and all(_SURNAME.fullmatch(p) for p in surnames):
            recipient = ", ".join(surnames)  # "Coppola, Puzo": full names where the page gives them
        if recipient:
            return clean(parts[0]), recipient
    return cell.replace(" -- ", " – "), None


_NAME_CONNECTORS = frozenset("of de du la le di for and the des del".split())
_HEADING_PAREN = lazy_pattern(r"[ \t]*\((?P<inside>[^()]*)\)")
_GENERIC_HEADING_WORDS = frozenset(
    "awards award other main major selected more further honours honors nominations and accolades prizes "
    "festivals festival wins".split()
)


def _ceremony_heading(text: str, offset: int) -> tuple[str, str | None] | None:
    """The ceremony the nearest heading above `offset` names, with the text its year may be in:
    "Academy Awards (92nd, February 9, 2020)" -> ("Academy Awards", "(92nd, February 9, 2020)")."""
    for start, line in _headings_before(text, offset):
        name = " ".join(_HEADING_PAREN.sub(" ", line).split())
        shown = name.title() if name.isupper() else name
        words = shown.split()
        if (not words or not _CEREMONY_WORD.fullmatch(words[-1].strip(":")) or _AWARDS_HEADING.fullmatch(line)
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


_PRIZE_RUN = (
    r"(?P<prize>[A-Z][\w'’\-]*(?:[ \t]+(?:(?:of|for|in|by|a|an|de|du|la|le|di)[ \t]+)*"
    r"(?:[A-Z][\w'’\-]*|d['’][A-Z]\w*))*)"
)
_PROSE_WIN = lazy_pattern(
    r"(?:\b(?:won|took|received|collected|was awarded|were awarded)[ \t]+(?:the[ \t]+|its[ \t]+)?"
    r"|\b(?:gave|handed|awarded)[ \t]+(?:it|them|the film|[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})[ \t]+the[ \t]+)"
    rf"{_PRIZE_RUN}"
)


def _ceremony_prose(text: str) -> list[Found]:
    """Under a heading naming a ceremony: "the jury gave Parasite the Palme d'Or" -> a win there."""
    if not mentions(text, "won", "took", "received", "collected", "awarded", "gave", "handed"):
        return []
    found = []
    for match in _PROSE_WIN.finditer(text):
        prize = match["prize"]
        words = prize.split()
        while words and words[-1].islower():
            words.pop()  # "... by a" at the end is not part of the prize
        prize = " ".join(words)
        if not _is_category(prize) or len(words) < 2:
            continue
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        if _OTHER_SUBJECT.search(text[sentence_start:match.start()]):
            continue
        heading = _ceremony_heading(text, sentence_start)
        if heading is None:
            continue
        year = _ANY_YEAR.search(heading[1])
        entry = {"ceremony": _ceremony(heading[0]), "category": _category(prize), "recipient": None,
                 "year": int(year["year"]) if year else None}
        found.append(_award(match.start("prize"), entry, "won"))
    return found


def _counted(text: str) -> list[Found]:
    found = []
    for match in _COUNTED.finditer(text):
        before = text[max(0, match.start() - 80):match.start()]
        subject = re.split(r"[.!?\n]", before)[-1]  # the sentence so far
        if _OTHER_SUBJECT.search(subject):
            continue
        outcome = "won" if match["marker"] == "won" else "nominated"
        for part in re.split(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+(?=Best\b)", match["categories"]):
            entry = _parse_category(part.strip())
            if entry:
                category, recipient = entry
                fields = {"ceremony": _ceremony(match["ceremony"]), "category": _category(category),
                          "recipient": recipient, "year": None}
                found.append(_award(match.start("marker"), fields, outcome))
    return found


def _parse_category(text: str) -> tuple[str, str | None] | None:
    """'Best Actor (Song Kang-ho)' or 'Best Actor for Song Kang-ho' -> (category, recipient)."""
    recipient = None
    paren = _PAREN_TAIL.search(text)
    if paren:
        recipient, text = _recipients(paren["inside"]), text[:paren.start()]
        if recipient is None:
            return None
    else:
        by_for = _FOR_RECIPIENT.match(text)
        if by_for:
            recipient = _recipients(by_for["recipient"])
            if recipient:
                text = by_for["category"]
    text = clean(text)
    return (text, recipient) if _is_category(text) else None


def _recipients(text: str) -> str | None:
    """The people named in a cell or in brackets; None when any part is not a person's name."""
    text = _PAREN.sub("", text)
    parts = [p.strip() for p in re.split(r",|;|[ \t]+and[ \t]+|&", text) if p.strip()]
    if not parts or not all(_NAME_ONLY.fullmatch(p) and is_person_name(p) for p in parts):
        return None
    return ", ".join(parts)


def _parse_entry(text: str) -> dict | None:
    """One award entry in any order: "Best Director — Cannes Film Festival 1976",
    "Best Actor (Name), BAFTA Awards 2012", "David di Donatello for Best Actor (Name)",
    "Best Film at the Sitges Film Festival (2019)". None unless it names one ceremony and one category."""
    text = clean(text)
    year = None
    for paren in list(_PAREN.finditer(text))[::-1]:  # a bracketed year goes; recipients stay with the category
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
    ceremonies = [p for p in parts if _CEREMONY_WORD.search(p) and not _CATEGORY_START.search(p)]
    categories = [p for p in parts if p not in ceremonies]
    if len(ceremonies) != 1 or len(categories) != 1:
        return None
    parsed = _parse_category(categories[0])
    if not parsed:
        return None
    category, recipient = parsed
    return {"ceremony": _ceremony(ceremonies[0]), "category": _category(category), "recipient": recipient, "year": year}


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
    name = clean(_PAREN.sub("", name))
    if name.isupper() and len(name.split()) > 1:
        name = name.title()  # "ACADEMY AWARDS"
    if name.lower().startswith("the "):
        name = name[4:]
    if fold(name) in _CEREMONY_ALIASES:
        return _CEREMONY_ALIASES[fold(name)]
    return name + "s" if name.endswith(" Award") else name


def _category(category: str) -> str:
    """'Volpi Cup for Best Actress' -> 'Volpi Cup - Best Actress', the form awards pages print."""
    category = clean(category)
    match = _PRIZE_FOR_CATEGORY.match(category)
    return f"{match['prize']} - {match['category']}" if match else category

