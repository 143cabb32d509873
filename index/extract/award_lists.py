"""Awards in lists and in prose (index.extract.awards reads the other layouts).

- list items (a bullet, or an HTML <li>) that say their own outcome, under a heading naming the
  ceremony or naming it themselves:
      "- Best Supporting Actor – J. K. Simmons (won)", "* Best Picture (nominated)",
      "• Best Film Editing: Tom Cross — Won", "- Won: Best Director (Alfonso Cuarón)";
  the recipient follows a dash or a colon, or sits in brackets; "lost to X" in the item is kept;
- lines led by their outcome, as press kits print them: "WINNER – Best Screenplay – Céline Sciamma",
  "NOMINEE – Palme d'Or", under a heading "Cannes Film Festival 2019";
- a festival's section ("Official Selection, Berlin 2011"): each line naming a prize, and whom it
  went to, is a win ("Golden Bear — Asghar Farhadi").
- a list a sentence introduces, naming the ceremony and the outcome: "The film's Golden Globe wins
  are:", then each category on its own line ("BEST DIRECTOR – MOTION PICTURE"), its recipients on
  the next ("David Fincher"), until the prose goes on.
Prose is index.extract.award_prose's.
The ceremony comes from the prize (index.ceremonies: the Palme d'Or is Cannes), the sentence or
the item, else the heading above; without one, nothing is read.
"""
from __future__ import annotations

import re

from index.ceremonies import lookup, named_in, prize_ceremony

from .award_names import ANY_YEAR, CATEGORY, CEREMONY_WORD, category_name, ceremony_name, make_award, recipients_in
from .award_tables import ceremony_heading, lost_to
from .patterns import BULLET, Found, clean, lazy_pattern, mentions

_MARK = r"won|winner|win|nominated|nominee|nomination|shortlisted"
# A list item, or a line led by its outcome ("WINNER – Best Screenplay – Céline Sciamma").
_ITEM = lazy_pattern(
    rf"^[ \t]*(?:{BULLET}|\d{{1,2}}[.)][ \t]+|(?=(?i:{_MARK})[ \t]*[:–—-]))(?P<body>[^\n]{{4,240}})$", re.MULTILINE
)
_TRAILING = lazy_pattern(
    rf"[ \t]*(?:\((?P<paren>(?i:{_MARK}))\b(?P<after>[^()]*)\)|[ \t]+[–—-][ \t]*(?P<dash>(?i:{_MARK}))\b(?P<after2>[^()]*)"
    rf"|:[ \t]*(?P<colon>(?i:{_MARK})))[ \t.]*$"
)
_LEADING = lazy_pattern(rf"^(?P<mark>(?i:{_MARK}))[ \t]*[:–—-][ \t]*")

_TITLE_CASE = lazy_pattern(r"[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|of|the|in|for|and|a|an))*")
_SPLIT = lazy_pattern(r"[ \t]+[–—-][ \t]+|[ \t]*[–—][ \t]*|:[ \t]+")
_PAREN_END = lazy_pattern(r"[ \t]*\((?P<inside>[^()]+)\)$")
_FOR_NAME = lazy_pattern(r"^(?P<category>.+?)[ \t]+for[ \t]+(?P<name>[^,()]+)$")
_CEREMONY_FOR = lazy_pattern(r"^(?P<ceremony>.+?)[ \t]+(?:[Aa]wards?[ \t]+)?for[ \t]+(?P<category>(?:Best|Outstanding)\b.+)$")


def award_lists(text: str) -> list[Found]:
    if not mentions(text, "won", "win", "nominat", "shortlisted"):
        return []
    found = []
    for match in _ITEM.finditer(text):
        body = clean(match["body"]).rstrip(".")
        outcome, after, body = _marker(body)
        if not outcome:
            continue
        entry = _entry(body, led=_LEADING.match(match["body"].strip()) is not None)
        if entry is None:
            continue
        ceremony, category, recipient = entry
        year = None
        if ceremony is None:
            heading = ceremony_heading(text, _list_start(text, match.start()))
            if heading is None:
                continue
            ceremony = heading[0]
            found_year = ANY_YEAR.search(heading[1] or "")
            year = int(found_year["year"]) if found_year else None
        fields = {"ceremony": ceremony_name(ceremony), "category": category_name(category),
                  "recipient": recipient, "year": year}
        beaten_by = lost_to(after or body) if outcome == "nominated" else None
        if beaten_by:
            fields["lost_to"] = beaten_by
        found.append(make_award(match.start("body"), fields, outcome))
    return found


def _list_start(text: str, offset: int) -> int:
    """Where the run of list items holding offset starts: the heading is above the list, not above the item."""
    start = offset
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous:start - 1]
        if line.strip() and not _ITEM.match(line):
            break
        start = previous
    return start


def _marker(body: str) -> tuple[str | None, str, str]:
    """(outcome, what follows the marker, the item without it)."""
    trailing = _TRAILING.search(body)
    if trailing:
        mark = trailing["paren"] or trailing["dash"] or trailing["colon"]
        return _outcome(mark), (trailing["after"] or trailing["after2"] or "").strip(" ,;"), body[:trailing.start()]
    leading = _LEADING.match(body)
    if leading:
        return _outcome(leading["mark"]), "", body[leading.end():]
    return None, "", body


def _outcome(mark: str) -> str:
    return "won" if mark.lower() in ("won", "winner", "win") else "nominated"


def _entry(body: str, led: bool = False) -> tuple[str | None, str, str | None] | None:
    """'Best Supporting Actor – J. K. Simmons' -> (None, 'Best Supporting Actor', 'J. K. Simmons');
    'Academy Award for Best Director (Name)' -> ('Academy Award', 'Best Director', 'Name')."""
    recipient = None
    paren = _PAREN_END.search(body)
    if paren and recipients_in(paren["inside"]):
        recipient, body = recipients_in(paren["inside"]), body[:paren.start()].strip()
    parts = [p.strip() for p in _SPLIT.split(body) if p.strip()]
    if recipient is None and len(parts) > 1 and recipients_in(parts[-1]):
        recipient, parts = recipients_in(parts[-1]), parts[:-1]
    ceremony = None
    if len(parts) > 1 and (CEREMONY_WORD.search(parts[0]) or lookup(parts[0])) and not CATEGORY.search(parts[0]):
        ceremony, parts = parts[0], parts[1:]
    category = " – ".join(parts)
    if ceremony is None:
        ceremony_for = _CEREMONY_FOR.match(category)
        if ceremony_for and CEREMONY_WORD.search(ceremony_for["ceremony"]):
            ceremony, category = ceremony_for["ceremony"], ceremony_for["category"]
    if recipient is None:
        for_name = _FOR_NAME.match(category)
        if for_name and recipients_in(for_name["name"]):
            recipient, category = recipients_in(for_name["name"]), for_name["category"]
    category = clean(category)
    named = CATEGORY.search(category) or led and _TITLE_CASE.fullmatch(category)  # "WINNER – European Film"
    if not 3 <= len(category) <= 120 or not named:
        return None
    return ceremony, category, recipient


_PARAGRAPH = lazy_pattern(r"(?:^[ \t]*\S[^\n]*(?:\n|\Z))+", re.MULTILINE)
_PRIZE_LINE = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?P<prize>[A-Z][^–—:()\n.,•]{{2,80}}?)(?:[ \t]*[–—:][ \t]*|[ \t]+-[ \t]+)(?P<who>[^\n]*)$"
    rf"|^[ \t]*{BULLET}?(?P<alone>[A-Z][^–—:()\n.,•]{{2,80}}?)[ \t]*$"
)
_PRIZE_SPLIT = lazy_pattern(r"[ \t]*[–—:][ \t]*|[ \t]+-[ \t]+")
_NOT_A_WIN = lazy_pattern(rf"(?i:\b(?:{_MARK}|selection|selected|competition|screened|premiered?|jury member|sidebar)\b)")


def festival_prizes(text: str) -> list[Found]:
    """Under a festival's heading ("Official Selection, Berlin 2011"), a line naming a prize, and
    whom it went to, is a win: "Golden Bear — Asghar Farhadi", "Silver Bear for Best Actor — A, B
    (shared by the ensemble)", a line wrapped onto the next. Festivals name winners, not nominees;
    a line that says otherwise ("In competition", "Nominated") is left to the other readers."""
    if not mentions(text, "festival", "berlin", "cannes", "venice", "locarno", "sundance", "toronto", "san sebasti"):
        return []
    found, section, read = [], None, set()
    for block in _PARAGRAPH.finditer(text):
        lines = block.group().rstrip("\n").split("\n")
        bulleted = any(re.match(rf"[ \t]*{BULLET}", line) for line in lines)
        units = [(block.start() + sum(len(x) + 1 for x in lines[:i]), line) for i, line in enumerate(lines)] \
            if bulleted else [(block.start(), " ".join(line.strip() for line in lines))]
        for offset, unit in units:
            match = _PRIZE_LINE.match(unit)
            if not match or _NOT_A_WIN.search(unit):
                continue
            parts = [p for p in _PRIZE_SPLIT.split(unit.strip().lstrip("-–—•*·▪◦ \t")) if p.strip()]
            named = len(parts) > 1 and recipients_in(re.sub(r"\([^()]*\)", "", parts[-1]))
            prize = clean(" - ".join(parts[:-1] if named else parts))  # "Pardo - Best Actor — Ana Lima"
            who = parts[-1] if named else ""
            if not CATEGORY.search(prize) or lookup(prize) or re.search(r"\bAwards?$", prize):
                continue  # "• Independent Spirit Award": the next ceremony, no prize
            heading = ceremony_heading(text, block.start())
            if heading is not None and heading[1] in read:
                heading = section  # the prize above is no heading: the section's is
            if heading is None or "Festival" not in ceremony_name(heading[0]):
                continue
            section = heading
            read.add(unit.strip().lstrip("-–—•*· \t"))
            ceremony = prize_ceremony(prize)
            if ceremony and ceremony.name != ceremony_name(heading[0]):
                continue  # a prize of another festival: not this section's
            year = ANY_YEAR.search(heading[1] or "")
            who = re.sub(r"\([^()]*\)", "", who).strip(" .")
            fields = {"ceremony": ceremony_name(heading[0]), "category": category_name(prize),
                      "recipient": recipients_in(who) if who else None, "year": int(year["year"]) if year else None}
            found.append(make_award(offset, fields, "won"))
    return found


_COLON_LINE = lazy_pattern(r"(?<=\n)(?P<intro>[^\n:]{8,400}):[ \t]*(?=\n)")  # a line ending with a colon
_INTRO_MARK = lazy_pattern(r"\b(?i:won|wins|winners|winning|nominated|nominations|nominees|nods)\b")
_DESCRIPTOR = lazy_pattern(r",[ \t]*[a-z][a-z ]*$")  # "…, producers"


def introduced_lists(text: str) -> list[Found]:
    """Categories listed line by line below a sentence that names the ceremony and the outcome (the
    module docstring shows one); a category's recipients on the line after it."""
    if not mentions(text, "won", "wins", "winner", "nominat", "nods"):
        return []
    found = []
    for intro in _COLON_LINE.finditer(f"\n{text}\n"):
        sentence = re.split(r"[.!?][ \t]+", intro["intro"])[-1]  # "… tonight. The film's Golden Globe wins are:"
        if not _INTRO_MARK.search(sentence) or len(sentence) > 220:
            continue
        named = named_in(sentence)
        runs = [m.group() for m in re.finditer(r"(?:[A-Z][\w'’]*[ \t]+){0,4}(?:Awards?|Festival)\b", sentence)]
        ceremony = named[0].name if len(named) == 1 else runs[0] if len(runs) == 1 and not named else None
        if ceremony is None:
            continue
        marks = _INTRO_MARK.findall(sentence)
        outcome = "won" if marks[-1].lower().startswith("w") else "nominated"
        entry, entries = None, []
        end = intro.end() - 1  # the padded text's offsets, less its leading newline
        for line_match in re.finditer(r"[^\n]*(?:\n|$)", text[end:end + 3000]):
            line = line_match.group().strip()
            offset = end + line_match.start()
            if not line:
                continue
            if line_match.group()[:1] in " \t":
                break  # a value wrapped below its key (award_sheets), not a list
            shown = line.title() if line.isupper() else line
            names = recipients_in(_DESCRIPTOR.sub("", line))
            if CATEGORY.search(shown) and len(shown) <= 120 and not shown.endswith("."):
                entry = {"ceremony": ceremony_name(ceremony), "category": category_name(clean(shown)),
                         "recipient": None, "year": None}
                entries.append((offset, entry))
            elif names and entry is not None and entry["recipient"] is None:
                entry["recipient"] = names
            else:
                break  # the prose goes on
        found += [make_award(offset, entry, outcome) for offset, entry in entries]
    return found
