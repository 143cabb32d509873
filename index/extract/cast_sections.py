"""Cast sections and cast tables (index.extract.cast describes what they read): one credit per
line under a cast heading, and tables with a character column and one or more actor columns."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.vocabulary import label_role_ids

from .cast_credits import (
    AS_CREDIT, CLAUSE_WORDS, LOOSE_AS, ONE_WORD_AS, NAMEISH, in_spans, loose_credit, make_credit, role_words,
    single_name, split_qualifier,
)
from .layout import Table, has_outlet_word, split_row, starts_with_title
from .patterns import (
    lazy_pattern, title_cased, BULLET, CHARACTER, INITIAL, LOW, NAME_TOKEN, PARTICLE, PERSON, SPACE, UP, Found,
    is_person_name,
)

# "Cast", "Main cast (in order of appearance)", and a page's own words after it ("Cast (in credits
# order) complete, awaiting verification", "Cast overview, first billed only").
_CAST_HEADING = lazy_pattern(
    r"^[ \t]*(?:#{1,6}[ \t]*|=+[ \t]*)?(?:\*\*)?(?P<words>(?:[A-Za-z]+[ \t]+){0,2}?)"
    r"(?i:(?:cast|cast list|cast and characters|cast & characters|cast and crew|cast & crew|cast members|"
    r"starring|(?P<with>with)))(?:[ \t]*\((?P<note>[^)\n]{0,80})\))?(?P<tail>(?:,?[ \t]+[a-z]+){0,5})"
    r"(?:\*\*)?[ \t]*:?[ \t]*=*[ \t]*(?:\n|$)",
    re.MULTILINE,
)

# Heading words that say nothing about which version of the cast a section lists (IMDb's "Top cast").
_PLAIN_HEADING_WORDS = frozenset("the main full principal supporting credited complete voice our meet featured top "
                                  "additional other key lead leading notable".split())


_BARE_NAME_LINE = lazy_pattern(rf"[ \t]*{BULLET}?(?P<name>{PERSON})[ \t]*$")


_PAREN_LINE = lazy_pattern(
    rf"[ \t]*{BULLET}?(?P<left>{NAMEISH})[ \t]*\((?:as[ \t]+)?(?P<right>[^()\n]{{1,60}})\)"
    r"(?:[ \t]*(?:,|;|[-–—])[ \t]*(?P<description>[^\n]{1,80}?))?[ \t]*\.?[ \t]*"
)


_CHARACTER_ONLY = lazy_pattern(CHARACTER)


_ACTOR_HEADERS = frozenset(
    {"actor", "actress", "actors", "actor/actress", "cast", "cast member", "performer", "performers",
     "played by", "portrayed by", "voiced by", "voice actor", "starring"}
)


_CHARACTER_HEADERS = frozenset({"character", "characters", "role", "roles", "part", "as", "character name"})


_NAME_HEADERS = frozenset({"name", "actor name"})


def _lines(text: str, start: int):
    """(offset, line) from `start` to the end of the text, without copying the rest of it."""
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        start = end + 1


def cast_sections(text: str, cast_tables: list[Table]) -> tuple[list[Found], list[tuple[int, int]]]:
    """A cast heading, then one credit per line until the first line that is not one.

    Blank lines and rules ("-----") inside a section are skipped; a line that names the
    columns ("Character: Actor", "(role / actor)") is a hint, not a credit. Returns the credits
    and the spans the sections cover. Rows of a cast table are read by `table_credits`; here
    they only keep the section going.
    """
    credits, spans, described = [], [], []
    table_spans = [(t.offset, t.end) for t in cast_tables]
    for heading in _CAST_HEADING.finditer(text):
        if heading["with"] and heading["words"].strip():
            continue  # "WITH (IN ORDER OF APPEARANCE)" heads a cast; "Along with" heads nothing
        lines, end, started, skipped = [], heading.end(), False, False
        order = _column_order(heading["note"] or "")
        qualifier = " ".join(w for w in heading["words"].split() if w.casefold() not in _PLAIN_HEADING_WORDS)
        for offset, line in _lines(text, heading.end()):
            if not line.strip() or _RULE_LINE.fullmatch(line):
                if started:
                    end = offset
                continue  # blank lines and rules may separate the heading from its list
            if in_spans(offset, table_spans) or "|" in line and split_row(line):
                started, end = True, offset + len(line)
                continue
            if _CAST_HEADING.match(line):
                break  # a sub-section ("Japanese cast") is read from its own heading
            parsed = _section_line(line)
            if parsed is None and lines and not skipped and _SHEET_SEPARATOR.search(line.strip()):
                skipped = True  # one line of the sheet that credits no one we can read ("Corman ... FBI Director Burke")
                continue
            skipped = False
            loose = LOOSE_AS.fullmatch(line) if parsed is None else None
            if loose:  # "- Elijah Wood as a boy at the Cafe 80's", "- Casey Siemaszko as 3-D"
                started, end = True, offset + len(line)
                credit = loose_credit(offset + loose.start("actor"), loose["actor"], loose["part"])
                described += [credit] if credit else []
                continue
            if parsed is None:
                hint = _column_order(line) if len(line) <= 60 else None
                if hint is None:
                    break
                order = hint
                continue
            started, end = True, offset + len(line)
            if parsed != "as":
                lines.append((offset, parsed))
        spans.append((heading.start(), end))
        credits += _section_credits(text, lines, order, f"{qualifier} cast" if qualifier else None)
    return credits + described, spans


_SHEET_SEPARATOR = lazy_pattern(r"\S[ \t]*(?:\t[ \t]*(?:\.{2,}[ \t]*\t)?|(?:\.[ \t]?){3,})[ \t]*\S")
_RULE_LINE = lazy_pattern(r"[ \t]*[-=_*~─━]{3,}[ \t]*")


# Column names in a hint ("Character: Actor", "(role / played by)"): the first named comes first.
_ACTOR_COLUMN = r"actors?|actress(?:es)?|cast|performers?|played by|voiced by|voices?|voice actors?|players?"


_CHARACTER_COLUMN = r"characters?|roles?|parts?"


_COLUMN_ORDER = lazy_pattern(
    rf"(?i:\b(?:(?P<actor>{_ACTOR_COLUMN})|(?P<character>{_CHARACTER_COLUMN}))\b[ \t]*(?:[:/|,.…–—-]+|\bvs\b|\band\b)?[ \t]*"
    rf"\b(?:{_ACTOR_COLUMN}|{_CHARACTER_COLUMN})\b)"
)


def _column_order(text: str) -> str | None:
    """'actor' or 'character': which side comes first, when a hint line or note names them."""
    match = _COLUMN_ORDER.search(text)
    if not match:
        return None
    return "actor" if match["actor"] else "character"


# A line's two sides are split at its strongest separator: a dot leader, a tab, a pipe, a dash,
# a colon, then a run of spaces; each with the strings one of which it needs.
_LINE_SEPARATORS = tuple((lazy_pattern(p), needs) for p, needs in (
    (r"[ \t]*(?:\.[ \t]?){2,}\.[ \t]*|[ \t]*…+[ \t]*", ("..", ". .", "…")),
    (r"[ \t]*\t[ \t]*", ("\t",)),
    (r"[ \t]+\|[ \t]+", (" |",)),
    (r"[ \t]*[–—][ \t]*|[ \t]+--?[ \t]+", ("–", "—", " -")),
    (r"[ \t]*:[ \t]+", (":",)),
    (r"[ \t]{2,}", ("  ",)),
))


_BULLET_START = lazy_pattern(rf"[ \t]*{BULLET}?")


# One side of a credit line: a name, then ", description" and/or "(note)".
_SIDE = lazy_pattern(r"(?P<core>[^(),;]+?)(?:[ \t]*[,;][ \t]*(?P<rest>[^()]+?))?(?:[ \t]*\((?P<paren>[^()]{1,60})\))?[ \t]*")


# A name's lower-case tail is a description: "Vito Andolini as a boy", "Signor Roberto the landlord".
_LOWER_TAIL = lazy_pattern(rf"[ \t]+(?!(?:{PARTICLE}|and|or)[ \t])(?=[a-z])")


_ABBREVIATED_TITLE = lazy_pattern(rf"{UP}{LOW}{{1,3}}\.")  # "Lt.", "Det.", "Sgt.", "Dr."


_SUFFIX = r"(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))"


_ACTOR_SIDE = lazy_pattern(
    rf"(?:{INITIAL}[ \t]?){{0,3}}{NAME_TOKEN}(?:{SPACE}(?:{PARTICLE}{SPACE})*(?:{INITIAL}{SPACE})*{NAME_TOKEN}){{0,4}}{_SUFFIX}?"
)


@dataclass(frozen=True)

class _Side:
    name: str
    notes: tuple[str, ...]  # what the line says beside the name: ", the landlord", "(as a young man)"
    tail: bool = False  # words in lower case after the name: a character's note, or a sentence
    described: bool = False  # a description after a comma (", Amélie's father"): a character's

    @property
    def actor_like(self) -> bool:
        return (not self.tail and bool(_ACTOR_SIDE.fullmatch(self.name)) and is_person_name(self.name)
                and not starts_with_title(self.name) and not _ABBREVIATED_TITLE.match(self.name)
                and not has_outlet_word(self.name))

    @property
    def may_be_actor(self) -> bool:
        """A person's name even if it starts like a title ("Don Rickles", "Dr. Dre"): an actor when
        the section's order puts it on the actors' side."""
        return (not self.tail and len(self.name.split()) >= 2 and bool(_ACTOR_SIDE.fullmatch(self.name))
                and is_person_name(self.name) and not has_outlet_word(self.name))

    @property
    def stage_name(self) -> bool:
        """One word that may be a stage name ("Flea", "Rufus"), when nothing beside it is a note."""
        return not self.tail and not self.notes and single_name(self.name)

    @property
    def character_like(self) -> bool:
        return ((self.name[:1].isupper() or self.name[:1] in "\"“") and len(self.name.split()) <= 8
                and not role_words(self.name) and not has_outlet_word(self.name) and not self.sentence)

    @property
    def sentence(self) -> bool:
        """One word and a sentence after it: "Works at a laundry factory. Lives with Osamu." describes
        a character, it names none."""
        return self.tail and len(self.name.split()) == 1 and any(n.endswith(".") or ". " in n for n in self.notes)

    @property
    def only_character(self) -> bool:
        """Never an actor's credit: one word, a rank, a number, a note beside it, a possessive."""
        words = self.name.split()
        return self.character_like and (
            bool(self.notes) or len(words) == 1 or starts_with_title(self.name)
            or bool(_ABBREVIATED_TITLE.match(self.name)) or any(c.isdigit() or c in "#/\"“’'" for c in self.name)
            or " and " in self.name)


def _side(text: str) -> _Side | None:
    match = _SIDE.fullmatch(text.strip())
    if not match:
        return None
    name, notes = match["core"].strip(), [match["rest"], match["paren"]]
    tail = _LOWER_TAIL.search(name)
    if tail and (name[:tail.start()].endswith(("'s", "’s")) and len(name.split()) <= 4
                 or name.split()[-1][:1].isupper() and len(name.split()) <= 5):
        tail = None  # "Salieri's valet", "Man with Knife", "Witch of the Waste": the whole is a name
    if tail:
        name, notes = name[:tail.start()], [name[tail.end():], *notes]
    if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 4:
        name = name[:-1]  # a sentence's full stop, not "Jr." or "Lt."
    if not name:
        return None
    return _Side(name, tuple(n.strip() for n in notes if n and n.strip()), bool(tail), bool(match["rest"]))


def _crew_label(side: _Side) -> bool:
    """'Edited by', 'Written, produced and directed by': a crew credit's label, no character."""
    return bool(label_role_ids(side.name) or label_role_ids(" ".join((side.name, *side.notes))))


def _section_line(line: str):
    """A cast-list line as (form, parts), "as" for an "Actor as Character" line, or None."""
    body = line[_BULLET_START.match(line).end():]
    for separator, needs in _LINE_SEPARATORS:
        if not any(n in body for n in needs):
            continue
        split = separator.search(body)
        if not split or not split.start():
            continue
        left, right = _side(body[:split.start()]), _side(body[split.end():])
        if left and right and (left.may_be_actor or right.may_be_actor or left.stage_name or right.stage_name) and (
                left.character_like and right.character_like) and not (_crew_label(left) or _crew_label(right)):
            return "pair", (line.find(left.name), left, right)
        break  # the strongest separator decides; a weaker one inside a side is part of it
    if AS_CREDIT.search(line) or ONE_WORD_AS.match(line):
        return "as"
    for form, pattern in (("paren", _PAREN_LINE), ("bare", _BARE_NAME_LINE)):
        match = pattern.fullmatch(line)
        if match:
            return form, match
    return None


def _section_credits(text: str, lines: list, order: str | None, qualifier: str | None) -> list[Found]:
    """Credits of one cast section; the section's own lines decide which side is the actor.

    A hint line or the heading's note ("Character: Actor") says it outright. Else lines where
    one side can only be a character (one word, a rank, a note beside it) vote; else the side
    the page calls by a first name alone elsewhere is the character (plots say "Fredo", reviews
    never "John").
    """
    pairs = [(offset, parts) for offset, (form, parts) in lines if form == "pair"]
    if order is None:
        # a note beside a name marks the character more surely than a one-word name ("Rufus — Raphaël, her father")
        actor_first = sum((l.actor_like or l.stage_name) and r.only_character and not (r.stage_name and l.described)
                          for _, (_, l, r) in pairs)
        character_first = sum((r.actor_like or r.stage_name) and l.only_character and not (l.stage_name and r.described)
                              for _, (_, l, r) in pairs)
        if actor_first == character_first:
            left = sum(_first_name_mentions(text, l.name) for _, (_, l, r) in pairs)
            right = sum(_first_name_mentions(text, r.name) for _, (_, l, r) in pairs)
            character_first += left > right
            actor_first += right > left
        order = "character" if character_first > actor_first else "actor"
    credits = []
    for offset, (form, parts) in lines:
        if form == "pair":
            at, left, right = parts
            actor, character = (right, left) if order == "character" else (left, right)
            if not actor.actor_like and character.actor_like and not character.described:
                actor, character = character, actor  # "Rufus — Raphaël Poulain, Amélie's father" stays as it is
            if not (actor.may_be_actor or actor.stage_name):
                continue
            name, age = _dash_note(*split_qualifier(character.name, None))
            if name.isupper():  # "SPUD ..... Rhys Carrow"
                name = " ".join(title_cased(w) for w in name.split())
            name = re.sub(r"(?<=\w)(['’])S\b", r"\1s", name)  # "NADER'S FATHER" cased as "Nader'S Father"
            notes = [n for n in (age, *character.notes, *actor.notes, qualifier) if n]
            credit = make_credit(offset + max(at, 0), actor.name, name, ", ".join(notes) if notes else None,
                                 titled_actor=True)
        elif form == "bare":
            credit = make_credit(offset + parts.start("name"), parts["name"])
        else:
            credit = _paren_line_credit(offset, parts)
        if credit:
            credits.append(credit)
    return credits


_DASH_NOTE = lazy_pattern(r"(?P<name>.+?)[ \t]+[-–—][ \t]+(?P<note>(?:[a-z]|\S*\d|Age\b)[^\n]{0,30})")


def _dash_note(name: str, note: str | None) -> tuple[str, str | None]:
    """'Kevin - Age 16' -> ('Kevin', 'Age 16'): a note after a spaced dash, an age or lower case."""
    match = _DASH_NOTE.fullmatch(name)
    if not match:
        return name, note
    return match["name"], ", ".join(n for n in (note, match["note"]) if n)


def _first_name_mentions(text: str, name: str) -> int:
    """How often the name's first word stands alone in the text: not followed by another name word."""
    first = name.split()[0] if name.split() else ""
    if len(first) < 3 or not first[:1].isupper():
        return 0
    return len(re.findall(rf"(?<![\w’'-]){re.escape(first)}(?![\w’'-]|[ \t]+{UP})", text))


_VOICE_OF = lazy_pattern(r"(?:the[ \t]+)?voice[ \t]+of[ \t]+")


def _paren_line_credit(offset: int, match: re.Match) -> Found | None:
    """'Actor (Character)' on a cast line; 'Captain X (Actor)' when the outside is a rank."""
    left, right = match["left"], match["right"].strip()
    description_text = match["description"] or ""
    if "," in right:  # "(Kang Yu-na, a systems engineer)"
        right, _, description_text = (part.strip() for part in right.partition(","))
    voice = _VOICE_OF.match(right)
    if voice:  # "(voice of HAEON)"
        right, description_text = right[voice.end():], "voice"
    if right.isupper():
        right = " ".join(title_cased(w) for w in right.split())
    swap = starts_with_title(left) and not starts_with_title(right)
    actor, character = (right, left) if swap else (left, right)
    description = _cell_description(description_text)
    if not _CHARACTER_ONLY.fullmatch(character):
        character = None  # "(voice)", "(uncredited)", "(a fisherman)"
    return make_credit(offset + match.start("left"), actor, character, description if character else None)


def _cell_description(text: str) -> str | None:
    """A short noun phrase after the character: 'a systems engineer', 'Ana’s mother'."""
    description = text.strip().rstrip(".").strip()
    words = description.split()
    if not words or len(words) > 8 or words[0].casefold() in CLAUSE_WORDS:
        return None
    return description if description[:1].islower() or "’s " in description or "'s " in description else None


_ACTOR_HEADER_WORDS = frozenset(
    "actor actress actors actresses cast performer performers played portrayed voiced voice voices starring player".split())
# A dub's columns ("Original (Japanese)", "English dub (2005)"): actors, each a version of the cast.
_VERSION_HEADER_WORDS = frozenset("dub dubbed dubbing original".split())


_CHARACTER_HEADER_WORDS = frozenset("character characters role roles part".split())


_HEADER_FILLER = frozenset("by member members name the".split())


def cast_columns(header: tuple[str, ...]) -> tuple[list[tuple[int, str | None]], int, bool] | None:
    """The actor columns of a cast table's header, each with the version it names ("English
    voice"), the character column, and whether the table needs a cast heading to count."""
    cells = [set(re.split(r"[\s/()]+", cell)) - {""} for cell in header]
    character = next((i for i, c in enumerate(header) if c in _CHARACTER_HEADERS), None)
    if character is None:
        character = next((i for i, words in enumerate(cells) if words & _CHARACTER_HEADER_WORDS), None)
    if character is None:
        return None
    actors = []
    for i, words in enumerate(cells):
        if i != character and (header[i] in _ACTOR_HEADERS or words & (_ACTOR_HEADER_WORDS | _VERSION_HEADER_WORDS)):
            version = words - _ACTOR_HEADER_WORDS - _HEADER_FILLER
            actors.append((i, _version_label(header[i]) if version else None))
    if actors:
        return actors, character, False
    name = next((i for i, c in enumerate(header) if c in _NAME_HEADERS), None)
    if name is not None:
        return [(name, None)], character, True  # "| Name | Role |": crew tables look the same
    return None


def _version_label(cell: str) -> str:
    """'english voice' -> 'English voice'; 'original (japanese)' -> 'original Japanese'; 'english dub
    (2005)' -> 'English dub': languages capitalised, brackets and years dropped."""
    words = [w for w in re.split(r"[\s()]+", cell) if w and not w.isdigit()]
    label = " ".join(w.capitalize() if w.endswith(("ish", "ese", "ian", "an", "ch")) else w for w in words)
    return label[:1].upper() + label[1:]


# Several actors in one cell: "Emily Mortimer (young), Jean Simmons (old)", "A / B", "A and B".
_CELL_ACTORS = lazy_pattern(r"[ \t]*(?:[,;/]|\band\b|&)[ \t]*(?=[A-Z])")


def _cell_actors(cell: str) -> list[_Side]:
    """The actors a cell names: one, or several when every part is a name with its own note."""
    whole = _side(cell)
    parts = _CELL_ACTORS.split(cell)
    if len(parts) >= 2:
        sides = [_side(part) for part in parts]
        if all(side and not side.tail and (side.may_be_actor or side.stage_name) for side in sides):
            return sides
    return [whole] if whole else []


def table_credits(cast_tables: list[Table], spans: list[tuple[int, int]]) -> list[Found]:
    credits = []
    for table in cast_tables:
        actor_columns, character_at, needs_heading = cast_columns(table.header)
        if needs_heading and not in_spans(table.offset, spans):
            continue
        for row in table.rows:
            if character_at >= len(row.cells):
                continue
            character = _side(row.cells[character_at])
            for actor_at, version in actor_columns:
                if actor_at >= len(row.cells) or not row.cells[actor_at]:
                    continue
                for actor in _cell_actors(row.cells[actor_at]):
                    if actor.tail:
                        continue
                    if character and character.character_like:
                        name, age = _dash_note(*split_qualifier(character.name, None))
                        notes = [_cell_description(n) for n in character.notes]  # a tail: "Dancer in the ballet"
                        notes = [n for n in (age, *notes, *actor.notes, version) if n]
                        credit = make_credit(row.offset, actor.name, name, ", ".join(notes) if notes else None,
                                             titled_actor=True)
                    else:
                        credit = make_credit(row.offset, actor.name, titled_actor=True)
                    if credit:
                        credits.append(credit)
    return credits
