"""Cast given inline: a cast label, then the actors in a run of text, wrapping over lines.

"Interprétation : Chow Yun-fat (Li Mu Bai), Michelle Yeoh (Yu Shu\\nLien), Zhang Ziyi (Jen Yu / Yu
Jiaolong), Chang Chen (Lo, dit « Nuage Noir »)", "Mit: Ulrich Mühe (Gerd Wiesler), …", "Reparto: …",
"Con ........ William Gates, Arthur Agee, …", "Avec A (X), B (Y) et C". The label is a cast word in
English, French, Spanish, German or Italian, followed by a colon, a dot leader or the first name; the
run goes on to a blank line or a label line. Each item is "Actor (Character[, description])" or an
actor alone; "Jen Yu / Yu Jiaolong" is one character by two names (the first is kept, the other
described); a lead-in before a colon ("et, dans le film muet : Jean-Luc Godard, Anna Karina") describes
the actors after it.
A run is read only when most of its items are actors' names, so prose that opens with "With" is not.

A credit sheet's narrator is cast too, as the part "Narrator": "NARRATOR . . . . STEVE JAMES",
"Narración ...... Steve James", "Narrated by: A and B".
"""
from __future__ import annotations

import re

from .cast_credits import is_actor_name, make_credit
from .patterns import Found, lazy_pattern

_CAST_WORDS = (
    r"Interpr[ée]tation|Int[ée]rpretes|Interpretaci[óo]n|Interpreti|Avec|With|Starring|Cast|Reparto|Elenco|Con|Mit"
    r"|Darsteller(?:innen)?|Besetzung|Distribution"
)
_LEADER = r"(?:[ \t]*:[ \t]*\n?[ \t]*|[ \t]*(?:\.[ \t]?){2,}\.?[ \t]*|[ \t]*…+[ \t]*|[ \t]+(?=[A-ZÀ-Þ]))"
_START = lazy_pattern(rf"^[ \t]*(?i:{_CAST_WORDS}){_LEADER}", re.MULTILINE)
_LABEL_LINE = re.compile(r"(?:\.[ \t]?){3,}|…")  # the next credit line ends the run
_ITEM = re.compile(r"^(?P<actor>[^()]+?)[ \t]*(?:\((?P<inside>[^()]*)\))?[ \t]*[.;]?$")
_NARRATOR = lazy_pattern(
    r"^[ \t]*(?i:narrators?|narration|narrated by|narración|narrador[a]?|narrateur|narratrice|erzähler(?:in)?"
    r"|sprecher(?:in)?|voix off|voce narrante)"
    r"(?:[ \t]*:[ \t]*|[ \t]*(?:\.[ \t]?){2,}\.?[ \t]*|[ \t]*…+[ \t]*|[ \t]*\t[ \t]*|  +)(?P<names>[^\n]{3,80}?)[ \t]*$",
    re.MULTILINE,
)
_JOIN = re.compile(r"^(?:et|and|y|e|und)\s+|\s+(?:et|and|y|und)$", re.IGNORECASE)  # "…, et C", "B (Y) et, …"
_LAST_JOIN = re.compile(r"\s+(?:et|and|y|e|und|&)\s+(?=[^()]*$)")


def inline_cast(text: str) -> tuple[list[Found], list[tuple[int, int]]]:
    """The credits of every inline cast run, and the runs' spans."""
    credits, spans = [], []
    for match in _START.finditer(text):
        if match.group().lstrip()[:1].islower():
            continue  # "with" in running text
        end = _run_end(text, match.end())
        found = _run_credits(text, match.end(), end)
        if found:
            credits += found
            spans.append((match.start(), end))
    return credits, spans


def narrators(text: str) -> list[Found]:
    """'Narrator ...... Name': the narrator's part, credited as a character."""
    credits = []
    for match in _NARRATOR.finditer(text):
        for name in _items(match["names"]):
            name = _JOIN.sub("", name).strip()
            if _named(name):  # "Narrator" is no character's name elsewhere (cast_credits.NOT_CHARACTER)
                at = match.start("names") + match["names"].find(name)
                credits.append(Found(at, "cast", {"actor": name, "character": "Narrator", "description": None}))
    return credits


def _run_end(text: str, start: int) -> int:
    at = text.find("\n", start)
    while at >= 0:
        line_end = text.find("\n", at + 1)
        line = text[at + 1: line_end if line_end >= 0 else len(text)]
        if not line.strip() or _LABEL_LINE.search(line) or at - start > 1200:
            return at
        at = line_end
    return len(text)


def _items(run: str) -> list[str]:
    """The run split at commas and semicolons outside brackets; its last "et"/"and" splits too."""
    items, depth, current = [], 0, []
    for char in run:
        depth += (char == "(") - (char == ")")
        if char in ",;" and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    split = []
    for item in items:
        outside = re.sub(r"\([^()]*\)", lambda m: "x" * len(m.group()), item)
        cut = _LAST_JOIN.search(outside)
        split += [item[:cut.start()], item[cut.end():]] if cut else [item]
    return [s.strip() for s in split if s.strip()]


def _run_credits(text: str, start: int, end: int) -> list[Found]:
    run = " ".join(text[start:end].split())
    items = _items(run)
    credits, lead = [], None
    for item in items:
        before, colon, after = item.rpartition(":")
        if colon and "(" not in after and ")" not in after:
            item = after  # "dans le film muet / in the silent short : Jean-Luc Godard, Anna Karina": their part
            lead = _JOIN.sub("", before).strip() or None
        item = _JOIN.sub("", item).strip()
        match = _ITEM.match(item)
        if not match:
            continue
        actor, inside = match["actor"].strip(), match["inside"]
        if not _named(actor):
            continue
        character, description = _character(inside) if inside else (None, lead)
        offset = start + max(0, text.find(actor.split()[0], start, end) - start)
        credit = make_credit(offset, actor, character, description)
        if credit is None and character:
            credit = make_credit(offset, actor, None, inside)
        if credit:
            credits.append(credit)
    if len(credits) < 2 or 2 * len(credits) < len(items):
        return []
    return credits


def _named(actor: str) -> bool:
    """A person's name as a cast list prints it: first and last words capitalised, no possessive."""
    words = actor.split()
    return (words[0][:1].isupper() and words[-1][:1].isupper() and not re.search(r"['’]s\b", actor)
            and is_actor_name(actor))


def _character(inside: str | None) -> tuple[str | None, str | None]:
    if not inside:
        return None, None
    name, _, description = (part.strip() for part in inside.partition(","))
    first, _, other = (part.strip() for part in name.partition(" / "))
    notes = [note for note in (other, description) if note]
    return first or None, "; ".join(notes) or None
