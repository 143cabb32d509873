"""Awards in lists and in prose (index.extract.awards reads the other layouts).

- list items (a bullet, or an HTML <li>) that say their own outcome, under a heading naming the
  ceremony or naming it themselves:
      "- Best Supporting Actor – J. K. Simmons (won)", "* Best Picture (nominated)",
      "• Best Film Editing: Tom Cross — Won", "- Won: Best Director (Alfonso Cuarón)";
  the recipient follows a dash or a colon, or sits in brackets; "lost to X" in the item is kept;
- prose naming a prize the film won: "won the Palme d'Or", "won both the Grand Jury Prize and the
  Audience Award" (the ceremony named in the same sentence, "at the 2014 Sundance Film Festival"),
  "won the Golden Globe for Best Motion Picture – Musical or Comedy". Never when the sentence
  denies it ("did not win the Palme d'Or") or is about someone or something else ("she won",
  "his previous film won").
The ceremony comes from the prize (index.ceremonies: the Palme d'Or is Cannes), the sentence or
the item, else the heading above; without one, nothing is read.
"""
from __future__ import annotations

import re

from index.ceremonies import lookup, named_in, prize_ceremony

from .award_names import ANY_YEAR, CEREMONY_WORD, category_name, ceremony_name, make_award, recipients_in
from .award_tables import ceremony_heading, lost_to
from .patterns import BULLET, Found, clean, lazy_pattern, mentions

_MARK = r"won|winner|win|nominated|nominee|nomination|shortlisted"
_ITEM = lazy_pattern(rf"^[ \t]*(?:{BULLET}|\d{{1,2}}[.)][ \t]+)(?P<body>[^\n]{{4,240}})$", re.MULTILINE)
_TRAILING = lazy_pattern(
    rf"[ \t]*(?:\((?P<paren>(?i:{_MARK}))\b(?P<after>[^()]*)\)|[ \t]+[–—-][ \t]*(?P<dash>(?i:{_MARK}))\b(?P<after2>[^()]*)"
    rf"|:[ \t]*(?P<colon>(?i:{_MARK})))[ \t.]*$"
)
_LEADING = lazy_pattern(rf"^(?P<mark>(?i:{_MARK}))[ \t]*[:–—-][ \t]*")
_CATEGORY = lazy_pattern(r"^(?:Best|Outstanding|Most)\s|\b(?:Cup|Prize|Award|Lion|Bear|Palme?|Shell|Leopard|Medal|Trophy|Jury)\b")
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
        entry = _entry(body)
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


def _entry(body: str) -> tuple[str | None, str, str | None] | None:
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
    if len(parts) > 1 and CEREMONY_WORD.search(parts[0]) and not _CATEGORY.search(parts[0]):
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
    if not 3 <= len(category) <= 120 or not _CATEGORY.search(category):
        return None
    return ceremony, category, recipient


_PRIZE = r"(?:[A-Z][\w'’\-.]*|d['’][A-Z]\w*|d['’]or)(?:[ \t]+(?:(?:of|for|in|a|an|de|du|la|le|di|d['’]|–|-)[ \t]*)*(?:[A-Z][\w'’\-.]*|d['’]\w+))*"
_PROSE = lazy_pattern(
    r"\b(?P<verb>won|wins|took home|took|received|collected|picked up|earned|claimed|scooped|was awarded|were awarded|"
    r"went on to win|also won)[ \t]+(?:both[ \t]+)?(?:the[ \t]+|a[ \t]+|an[ \t]+|its[ \t]+)?"
    rf"(?P<prizes>{_PRIZE}(?:(?:,[ \t]*|[ \t]+and[ \t]+)(?:the[ \t]+|a[ \t]+|an[ \t]+)?{_PRIZE})*)"
    r"(?:[ \t]+for[ \t]+(?P<category>(?:Best|Outstanding)[^.;,\n]{3,80}?))?(?=[ \t]*(?:[.;,\n(]|$|[ \t](?:at|in|from|that|which|for|and|with|on)\b))"
)
_DENIED = lazy_pattern(r"\b(?:not|never|n['’]t|without|failed to|missed out|lost|losing|nor)\b", re.IGNORECASE)
_OTHER = lazy_pattern(
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[Hh]er|[Hh]is|[Tt]heir|previous|earlier|prior|last|former|debut|other|next|sequel|"
    r"[Ww]ho|[Ww]hose)\b"
)
_WRAPPED = lazy_pattern(r"(?<=[\w,;’'*])\n(?=[\w“\"(*])")
_SENTENCE_END = lazy_pattern(r"[.!?](?=[ \t\n]+[A-Z\"“])|\n[ \t]*\n")
_FESTIVAL_RUN = lazy_pattern(r"(?:[A-Z][\w'’.\-]*[ \t]+){0,5}(?:Film[ \t]+Festival|Festival|Awards)\b")


def prose_prizes(text: str) -> list[Found]:
    """Prizes a sentence says the film won (the module docstring says which)."""
    if not mentions(text, "won", "win", "took", "received", "collected", "picked up", "earned", "claimed",
                    "awarded", "scooped"):
        return []
    text = _WRAPPED.sub(" ", text)  # a paragraph wrapped over lines is one run of prose (same offsets)
    found = []
    for match in _PROSE.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end_match = _SENTENCE_END.search(text, match.end())
        sentence = text[start:end_match.start() if end_match else len(text)]
        before = text[start:match.start()]
        clause = re.split(r"[,;:]|\bbut\b", before)[-1]
        if _DENIED.search(clause) or _OTHER.search(before):
            continue
        for prize in re.split(r",[ \t]*|[ \t]+and[ \t]+", match["prizes"]):
            prize = re.sub(r"^(?:the|a|an)[ \t]+", "", prize.strip()).rstrip(".")
            entry = _prize_entry(prize, match["category"], sentence)
            if entry:
                year = ANY_YEAR.search(sentence)
                entry["year"] = int(year["year"]) if year else None
                found.append(make_award(match.start("prizes"), entry, "won"))
    return found


def _prize_entry(prize: str, category: str | None, sentence: str) -> dict | None:
    nickname = lookup(prize)
    if nickname:  # "won the Golden Globe for Best Motion Picture": the category follows "for"
        if not category:
            return None
        return {"ceremony": nickname.name, "category": category_name(category), "recipient": None}
    if len(prize.split()) < 2 or not _CATEGORY.search(prize) or CEREMONY_WORD.search(prize) and not _CATEGORY.search(prize):
        return None
    ceremony = prize_ceremony(prize)
    name = ceremony.name if ceremony else None
    if name is None:
        named = named_in(sentence)
        if len(named) == 1:
            name = named[0].name
        else:
            runs = [r.group().strip() for r in _FESTIVAL_RUN.finditer(sentence) if r.group().strip() != prize]
            if len(runs) != 1:
                return None
            name = runs[0]
    return {"ceremony": ceremony_name(name), "category": category_name(prize), "recipient": None}
