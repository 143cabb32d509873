"""Cast credits: who plays whom.

Recognised:
- "Penélope Cruz as Janis" (or "plays", "stars as", "portrays") in prose, lists and captions; on a list line the rest
  after a comma is the description: "- Aitana Sánchez-Gijón as Teresa, Ana’s mother";
- "Janis (Penélope Cruz)" and, in a list of such pairs, "Penélope Cruz (Janis), Milena Smit (Ana)";
- actor-only lists: a line "With A, B, C", "Starring A and B", "Cast: A, B";
- a "CAST" heading followed by one name per line.
Under a cast heading ("Cast", "Main cast", "Japanese cast", "CAST (in order of appearance)", ...),
one credit per line: "* Gianna Rossi — Commissario Lauria", "- Name – Character, description",
"Character ........ Actor" (a credits sheet), "Character: Actor", "Name\tCharacter",
"Name (Character)". Each line is split at its strongest separator; which side is the actor is
read from the section: a hint ("(Character: Actor)"), else the lines where one side can only be
a character (one word, a rank such as "Lt." or "Captain", a note such as "(as a young man)" or
", the landlord", a number, a possessive), else the side the page names by a first name alone
elsewhere ("Fredo" in the plot). Notes become the description; a heading's qualifier
("Japanese cast") is added to it, and so is a table column's ("English voice").
- tables whose header names a character column and one or more actor columns, in either order:
  "| Actor | Role |", "Character\tPlayed by", "| Character | Japanese voice | English voice |";
  "| Name | Role |" only under a cast heading;
- press-kit capitals: "AL PACINO as ...", "SONG Kang Ho — Ki-taek" read as "Al Pacino", "Song Kang Ho";
- "young X is played by Y", "X, played by Y", "Y plays the adult X", "Y stars as X";
- "Seo Ha-rin (Kang Yu-na)" reads Actor (Character) in a cast section or after "starring",
  "featuring", "cast includes"; in prose "Systems engineer Kang Yu-na (Seo Ha-rin)" reads
  Character (Actor). A rank ("Captain Do Min-jae") always marks the character.

The same two names are never credited both ways: a reading from a cast section, a table, a
cue word ("as", "played by", "starring") or a rank beats a prose bracket; two equally
supported readings cancel out. Critics' attributions ("Hannah Voss (Continental Screen): “…”")
and outlet names (Weekly, Screen, Times, ...) are never cast.

Deliberately not: a descriptive phrase after "as" ("Cruz as photographer and new mother
Janis"), surnames alone, names in parentheses after a role word ("director Jane Doe (Film)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import Table, has_outlet_word, split_row, starts_with_title, tables
from .patterns import (
    cued_line_pattern, lazy_pattern, name_cased, title_cased,
    BULLET, CHARACTER, INITIAL, LOW, PARTICLE, PERSON, SPACE, TOKEN, UP, Found, fold, is_person_name, mentions,
    strip_leading_stopwords,
)

# The character ends at punctuation, at " in"/" and"/" with", or at the end of the line.
_AS_CREDIT = cued_line_pattern(
    rf"(?P<actor>{PERSON}){SPACE}(?:as|plays|stars as|portrays|portrayed|plays the role of|played the role of){SPACE}(?P<character>{CHARACTER})"
    rf"(?=\s*(?:[,;:.)\]]|\n|$)|{SPACE}(?:in|and|with|from|on){SPACE})",
    (" as", "\tas", "\xa0as", "plays", "portray", "played"),
)
_LIST_ITEM_START = lazy_pattern(rf"(?:^|\n)[ \t]*{BULLET}?(?:(?:L|Left) to (?:R|Right)[:;][ \t]*)?$")
_DESCRIPTION = lazy_pattern(r",[ \t]*(?P<description>[^\n,;]{2,80})[ \t]*$", re.MULTILINE)

_CLAUSE_WORDS = frozenset("who whom whose which that where when while and but or as".split())

_PAREN_PAIR = cued_line_pattern(rf"(?P<outside>{CHARACTER})[ \t]*\((?P<inside>{CHARACTER})\)", ("(",))
_ROLE_BEFORE = lazy_pattern(
    r"(?:director|filmmaker|writer|screenwriter|composer|producer|cinematographer|author"
    r"|novelist|auteur|helmer|editor)[ \t]+$",
    re.IGNORECASE,
)
# After these the name outside the brackets is the actor's; what is inside may be a role
# ("star Emma Stone (Bella)") or a film ("Oscar winner Emma Stone (La La Land)").
_ACTOR_BEFORE = lazy_pattern(
    r"(?:actor|actress|star|starring|stars|cast|includes|including|with|winner|nominee|veteran|newcomer|co-star|costar)[ \t]+$",
    re.IGNORECASE,
)

_NAME_LIST = rf"{PERSON}(?:[ \t]*(?:,|,?[ \t]+and|&)[ \t]*{PERSON})*"
_LIST_LINE = lazy_pattern(
    rf"^[ \t]*(?:With|Starring|Cast:)[ \t]+(?P<names>{_NAME_LIST})[ \t]*\.?[ \t]*$", re.MULTILINE
)
_STARRING = lazy_pattern(rf"\b[Ss]tarring[ \t]+(?P<names>{_NAME_LIST})")
_CAST_HEADING = lazy_pattern(
    r"^[ \t]*(?:#{1,6}[ \t]*|=+[ \t]*)?(?:\*\*)?(?P<words>(?:[A-Za-z]+[ \t]+){0,2}?)"
    r"(?i:(?:cast|cast list|cast and characters|cast & characters|cast and crew|cast & crew|cast members|"
    r"starring))(?:[ \t]*\((?P<note>[^)\n]{0,80})\))?(?:\*\*)?[ \t]*:?[ \t]*=*[ \t]*(?:\n|$)",
    re.MULTILINE,
)
# Heading words that say nothing about which version of the cast a section lists.
_PLAIN_HEADING_WORDS = frozenset("the main full principal supporting credited complete voice our meet featured".split())
_BARE_NAME_LINE = lazy_pattern(rf"[ \t]*{BULLET}?(?P<name>{PERSON})[ \t]*$")
_NAME = lazy_pattern(PERSON)

# Words that make a capitalised run a role, a prize or a heading rather than a character.
_NOT_CHARACTER = frozenset(
    """best director directors producer writer composer editor cinematographer narrator
    award awards prize cup festival film films oscar oscars academy actor actress lead
    supporting performance screenplay picture score producers designer supervisor manager
    coordinator cinematography music editing production costume costumes makeup casting sound
    effects stunt stunts choreographer screenwriter writers uncredited cameo voice role roles
    character characters cast crew""".split()
)

# Cast-list lines: "Name — Character", "Name – Character, description", "Name ....... Character",
# "Name : Character", "Name\tCharacter", "Name  |  Character"; and "Name (Character)".
_NAMEISH = rf"(?:{PERSON}|{CHARACTER})"
_PAREN_LINE = lazy_pattern(
    rf"[ \t]*{BULLET}?(?P<left>{_NAMEISH})[ \t]*\((?:as[ \t]+)?(?P<right>[^()\n]{{1,60}})\)"
    r"(?:[ \t]*(?:,|;|[-–—])[ \t]*(?P<description>[^\n]{1,80}?))?[ \t]*\.?[ \t]*"
)
_CHARACTER_ONLY = lazy_pattern(CHARACTER)
_QUALIFIERS = frozenset("young younger adult older teenage teen child elderly".split())
_QUALIFIER = r"(?:young|younger|adult|older|teenage|teen|child|elderly)"
_QUALIFIER_WORDS = ("young", "adult", "older", "teen", "child", "elderly")  # one of which _QUALIFIER needs
# "young Kang Yu-na is played by Kim Da-hyun", "Kang Yu-na, played by Seo Ha-rin".
_PLAYED_BY = lazy_pattern(
    rf"(?:\b(?P<q>{_QUALIFIER}){SPACE})?(?P<character>{CHARACTER})"
    rf"(?:[ \t]*,[ \t]*(?:who[ \t]+is[ \t]+|who[ \t]+was[ \t]+)?|[ \t]+[–—][ \t]*|{SPACE}(?:is|was|will be){SPACE})"
    rf"(?:played|voiced){SPACE}by{SPACE}(?P<actor>{PERSON})"
)
# "Seo Ha-rin plays the adult Kang Yu-na", "Kim Da-hyun as young Kang Yu-na".
_PLAYS_QUALIFIED = lazy_pattern(
    rf"(?P<actor>{PERSON}){SPACE}(?:as|plays|played|portrays|portrayed|stars as){SPACE}(?:the{SPACE})?"
    rf"(?P<q>{_QUALIFIER}){SPACE}(?P<character>{CHARACTER})"
    rf"(?=\s*(?:[,;:.)\]]|\n|$)|{SPACE}(?:in|and|with|from|on|who|while){SPACE})"
)
# After these cues, "Name (Name)" pairs read Actor (Character) up to the end of the run.
_PAIR = rf"{_NAMEISH}[ \t]*\([^()\n]{{1,60}}\)"
_CUED_PAIRS = cued_line_pattern(
    rf"(?:\b(?:[Ss]tarring|[Ff]eaturing|[Cc]o-starring|[Aa]lso starring|[Cc]ast includes|[Cc]ast members include|"
    rf"[Ss]tars|[Cc]ast:)|^[ \t]*{BULLET}?With)[ \t]+{_PAIR}(?:(?:[ \t]*[,;][ \t]*|,?[ \t]+(?:and|&)[ \t]+){_PAIR})*",
    ("starring", "featuring", "cast", "stars", "with"),
    re.MULTILINE,
)
# An infobox row of actors: "| Starring | A, B, C |", "Starring\tA, B".
_STARRING_ROW = lazy_pattern(
    rf"^[ \t]*\|?[ \t]*Starring[ \t]*(?:\||\t)[ \t]*(?P<names>{_NAME_LIST})[ \t]*\|?[ \t]*$", re.MULTILINE
)
_ACTOR_HEADERS = frozenset(
    {"actor", "actress", "actors", "actor/actress", "cast", "cast member", "performer", "performers",
     "played by", "portrayed by", "voiced by", "voice actor", "starring"}
)
_CHARACTER_HEADERS = frozenset({"character", "characters", "role", "roles", "part", "as", "character name"})
_NAME_HEADERS = frozenset({"name", "actor name"})

STRONG, WEAK = 2, 1  # how well a reading's direction is supported


def extract_cast(text: str) -> list[Found]:
    text = name_cased(text)  # "AL PACINO as ...", "SONG Kang Ho — Ki-taek": same offsets
    cast_tables = [t for t in tables(text) if _cast_columns(t.header)]
    section_credits, spans = _cast_sections(text, cast_tables)
    weighed = [
        *((STRONG, c) for c in _as_credits(text)),
        *((STRONG, c) for c in _played_by(text)),
        *_paren_credits(text, spans),
        *((STRONG, c) for c in _listed_actors(text)),
        *((STRONG, c) for c in section_credits),
        *((STRONG, c) for c in _table_credits(cast_tables, spans)),
    ]
    return _one_direction(weighed)


def _credit(offset: int, actor: str, character: str | None = None,
            description: str | None = None) -> Found | None:
    actor = strip_leading_stopwords(actor)
    if not is_person_name(actor) or starts_with_title(actor) or has_outlet_word(actor):
        return None
    if character is not None:
        character = strip_leading_stopwords(character)
        if (not character or any(fold(w) in _NOT_CHARACTER for w in character.split())
                or has_outlet_word(character)):
            return None
    return Found(offset, "cast", {"actor": actor, "character": character, "description": description})


def _one_direction(weighed: list[tuple[int, Found]]) -> list[Found]:
    """Never credit two names both ways: the better-supported reading wins, a tie drops both.

    A weakly supported credit also yields when its actor is a character, or its character an
    actor, in a strongly supported credit.
    """
    support: dict[tuple[str, str], int] = {}
    strong_actors, strong_characters = set(), set()
    for strength, credit in weighed:
        actor, character = fold(credit.fields["actor"]), fold(credit.fields["character"] or "")
        support[actor, character] = max(strength, support.get((actor, character), 0))
        if strength == STRONG:
            strong_actors.add(actor)
            if character:
                strong_characters.add(character)
    kept = []
    for strength, credit in weighed:
        actor, character = fold(credit.fields["actor"]), fold(credit.fields["character"] or "")
        if strength < STRONG and (actor in strong_characters or character in strong_actors):
            continue
        reverse = support.get((character, actor), 0) if character else 0
        if reverse >= support[actor, character]:
            continue
        kept.append(credit)
    return kept


def _split_qualifier(character: str, qualifier: str | None) -> tuple[str, str | None]:
    """'Young Kang Yu-na' -> ('Kang Yu-na', 'young'): the age is a description of the role."""
    first, _, rest = character.partition(" ")
    if rest and first.casefold() in _QUALIFIERS:
        return rest, first.casefold()
    return strip_leading_stopwords(character), qualifier.casefold() if qualifier else None


def _played_by(text: str) -> list[Found]:
    credits = []
    for pattern, needs in ((_PLAYED_BY, ("played", "voiced")), (_PLAYS_QUALIFIED, _QUALIFIER_WORDS)):
        if not mentions(text, *needs):
            continue
        for match in pattern.finditer(text):
            character, qualifier = _split_qualifier(match["character"], match["q"])
            credit = _credit(match.start(), match["actor"], character, qualifier)
            if credit:
                credits.append(credit)
    return credits


def _as_credits(text: str) -> list[Found]:
    credits = []
    for match in _AS_CREDIT.finditer(text):
        description = _list_description(text, match)
        credit = _credit(match.start("actor"), match["actor"], match["character"], description)
        if credit:
            credits.append(credit)
    return credits


def _list_description(text: str, match: re.Match) -> str | None:
    """On a list line holding one credit, what follows the character after a comma."""
    line_start = text.rfind("\n", 0, match.start())  # from the line's own newline: one line, not the text
    if not _LIST_ITEM_START.search(text, max(line_start, 0), match.start()):
        return None
    tail = _DESCRIPTION.match(text, match.end())
    if not tail or _AS_CREDIT.search(tail["description"]):
        return None
    description = tail["description"].strip().rstrip(".")
    # A description is a short noun phrase ("Ana’s mother", "a debauched lawyer"): not another
    # list of names, not a clause ("who builds her ...").
    words = description.split()
    if len(words) > 8 or words[0].casefold() in _CLAUSE_WORDS:
        return None
    return description if description[:1].islower() or "’s " in description or "'s " in description else None


_AFTER_PAREN = lazy_pattern(r"[ \t]*(?::|[,–—-][ \t]*[“\"])")


def _paren_credits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, Found]]:
    """'Character (Actor)' in prose; 'Actor (Character)' after a cast cue; a rank marks the character."""
    cued = [(m.start(), m.end()) for m in _CUED_PAIRS.finditer(text)]
    credits = []
    for match in _PAREN_PAIR.finditer(text):
        if _inside(match.start(), spans):
            continue  # the cast section reads its own lines
        if _AFTER_PAREN.match(text, match.end()):
            continue  # "Hannah Voss (Continental Screen): “…”" signs a verdict
        outside, inside = strip_leading_stopwords(match["outside"]), match["inside"]
        before = text[max(0, match.start() - 40):match.start()]
        if _ROLE_BEFORE.search(before):
            continue
        strength = STRONG
        if starts_with_title(inside) and not starts_with_title(outside):
            credit = _credit(match.start(), outside, inside)
        elif starts_with_title(outside) and not starts_with_title(inside):
            credit = _credit(match.start(), inside, outside)
        elif _inside(match.start(), cued):
            credit = _credit(match.start(), outside, inside)
        elif is_person_name(inside) and not _ACTOR_BEFORE.search(before):
            credit, strength = _credit(match.start(), inside, outside), WEAK
        elif not is_person_name(inside) and _in_pair_list(text, match, before):
            credit = _credit(match.start(), outside, inside)
        else:
            credit = None
        if credit:
            credits.append((strength, credit))
    return credits


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _in_pair_list(text: str, match: re.Match, before: str) -> bool:
    """'Actor (Character)' is only trusted in a cast-like run: after a cue or next to another pair."""
    if _ACTOR_BEFORE.search(before):
        return True
    line_end = text.find("\n", match.end())
    line = text[text.rfind("\n", 0, match.start()) + 1: line_end if line_end >= 0 else len(text)]
    return len(_PAREN_PAIR.findall(line)) >= 2


def _listed_actors(text: str) -> list[Found]:
    credits = []
    for pattern in (_LIST_LINE, _STARRING, _STARRING_ROW):
        for match in pattern.finditer(text):
            for name in _NAME.finditer(match["names"]):
                credit = _credit(match.start("names") + name.start(), name.group())
                if credit:
                    credits.append(credit)
    return credits


def _lines(text: str, start: int):
    """(offset, line) from `start` to the end of the text, without copying the rest of it."""
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        start = end + 1


def _cast_sections(text: str, cast_tables: list[Table]) -> tuple[list[Found], list[tuple[int, int]]]:
    """A cast heading, then one credit per line until the first line that is not one.

    Blank lines and rules ("-----") inside a section are skipped; a line that names the
    columns ("Character: Actor", "(role / actor)") is a hint, not a credit. Returns the credits
    and the spans the sections cover. Rows of a cast table are read by `_table_credits`; here
    they only keep the section going.
    """
    credits, spans = [], []
    table_spans = [(t.offset, t.end) for t in cast_tables]
    for heading in _CAST_HEADING.finditer(text):
        lines, end, started = [], heading.end(), False
        order = _column_order(heading["note"] or "")
        qualifier = " ".join(w for w in heading["words"].split() if w.casefold() not in _PLAIN_HEADING_WORDS)
        for offset, line in _lines(text, heading.end()):
            if not line.strip() or _RULE_LINE.fullmatch(line):
                if started:
                    end = offset
                continue  # blank lines and rules may separate the heading from its list
            if _inside(offset, table_spans) or "|" in line and split_row(line):
                started, end = True, offset + len(line)
                continue
            if _CAST_HEADING.match(line):
                break  # a sub-section ("Japanese cast") is read from its own heading
            parsed = _section_line(line)
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
    return credits, spans


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
    rf"(?:{INITIAL}{SPACE}){{0,3}}{TOKEN}(?:{SPACE}(?:{PARTICLE}{SPACE})*(?:{INITIAL}{SPACE})*{TOKEN}){{0,4}}{_SUFFIX}?"
)


@dataclass(frozen=True)
class _Side:
    name: str
    notes: tuple[str, ...]  # what the line says beside the name: ", the landlord", "(as a young man)"
    tail: bool = False  # words in lower case after the name: a character's note, or a sentence

    @property
    def actor_like(self) -> bool:
        return (not self.tail and bool(_ACTOR_SIDE.fullmatch(self.name)) and is_person_name(self.name)
                and not starts_with_title(self.name) and not _ABBREVIATED_TITLE.match(self.name)
                and not has_outlet_word(self.name))

    @property
    def character_like(self) -> bool:
        return (self.name[:1].isupper() or self.name[:1] in "\"“") and len(self.name.split()) <= 8 and not any(
            fold(w) in _NOT_CHARACTER for w in self.name.split()) and not has_outlet_word(self.name)

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
    if tail:
        name, notes = name[:tail.start()], [name[tail.end():], *notes]
    if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 4:
        name = name[:-1]  # a sentence's full stop, not "Jr." or "Lt."
    if not name:
        return None
    return _Side(name, tuple(n.strip() for n in notes if n and n.strip()), bool(tail))


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
        if left and right and (left.actor_like or right.actor_like) and (left.character_like and right.character_like):
            return "pair", (line.find(left.name), left, right)
        break  # the strongest separator decides; a weaker one inside a side is part of it
    if _AS_CREDIT.search(line):
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
        actor_first = sum(l.actor_like and r.only_character for _, (_, l, r) in pairs)
        character_first = sum(r.actor_like and l.only_character for _, (_, l, r) in pairs)
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
            if not actor.actor_like and character.actor_like:
                actor, character = character, actor
            if not actor.actor_like:
                continue
            name, age = _split_qualifier(character.name, None)
            if name.isupper():  # "SPUD ..... Rhys Carrow"
                name = " ".join(title_cased(w) for w in name.split())
            notes = [n for n in (age, *character.notes, *actor.notes, qualifier) if n]
            credit = _credit(offset + max(at, 0), actor.name, name, ", ".join(notes) if notes else None)
        elif form == "bare":
            credit = _credit(offset + parts.start("name"), parts["name"])
        else:
            credit = _paren_line_credit(offset, parts)
        if credit:
            credits.append(credit)
    return credits


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
    return _credit(offset + match.start("left"), actor, character, description if character else None)


def _cell_description(text: str) -> str | None:
    """A short noun phrase after the character: 'a systems engineer', 'Ana’s mother'."""
    description = text.strip().rstrip(".").strip()
    words = description.split()
    if not words or len(words) > 8 or words[0].casefold() in _CLAUSE_WORDS:
        return None
    return description if description[:1].islower() or "’s " in description or "'s " in description else None


_ACTOR_HEADER_WORDS = frozenset(
    "actor actress actors actresses cast performer performers played portrayed voiced voice voices starring player".split())
_CHARACTER_HEADER_WORDS = frozenset("character characters role roles part".split())
_HEADER_FILLER = frozenset("by member members name the".split())


def _cast_columns(header: tuple[str, ...]) -> tuple[list[tuple[int, str | None]], int, bool] | None:
    """The actor columns of a cast table's header, each with the version it names ("English
    voice"), the character column, and whether the table needs a cast heading to count."""
    cells = [set(re.split(r"[\s/]+", cell)) - {""} for cell in header]
    character = next((i for i, c in enumerate(header) if c in _CHARACTER_HEADERS), None)
    if character is None:
        character = next((i for i, words in enumerate(cells) if words & _CHARACTER_HEADER_WORDS), None)
    if character is None:
        return None
    actors = []
    for i, words in enumerate(cells):
        if i != character and (header[i] in _ACTOR_HEADERS or words & _ACTOR_HEADER_WORDS):
            version = words - _ACTOR_HEADER_WORDS - _HEADER_FILLER
            actors.append((i, header[i][:1].upper() + header[i][1:] if version else None))
    if actors:
        return actors, character, False
    name = next((i for i, c in enumerate(header) if c in _NAME_HEADERS), None)
    if name is not None:
        return [(name, None)], character, True  # "| Name | Role |": crew tables look the same
    return None


def _table_credits(cast_tables: list[Table], spans: list[tuple[int, int]]) -> list[Found]:
    credits = []
    for table in cast_tables:
        actor_columns, character_at, needs_heading = _cast_columns(table.header)
        if needs_heading and not _inside(table.offset, spans):
            continue
        for row in table.rows:
            if character_at >= len(row.cells):
                continue
            character = _side(row.cells[character_at])
            for actor_at, version in actor_columns:
                if actor_at >= len(row.cells) or not row.cells[actor_at]:
                    continue
                actor = _side(row.cells[actor_at])
                if not actor or actor.tail:
                    continue
                if character and character.character_like and not character.tail:
                    name, age = _split_qualifier(character.name, None)
                    notes = [_cell_description(n) for n in character.notes]
                    notes = [n for n in (age, *notes, *actor.notes, version) if n]
                    credit = _credit(row.offset, actor.name, name, ", ".join(notes) if notes else None)
                else:
                    credit = _credit(row.offset, actor.name)
                if credit:
                    credits.append(credit)
    return credits


def merge_cast(credits: list[Found]) -> list[Found]:
    """One credit per actor and role: keep the fullest form of each character.

    "Arturo" folds into "Arturo Buendía"; an actor-only credit folds into any credit that
    names the character; of two equal credits the one with a description wins.
    """
    by_actor: dict[str, list[Found]] = {}
    for credit in credits:
        by_actor.setdefault(fold(credit.fields["actor"]), []).append(credit)
    merged = []
    for group in by_actor.values():
        with_character = [c for c in group if c.fields["character"]]
        if not with_character:
            merged.append(group[0])
            continue
        ranked = sorted(with_character, key=_richness, reverse=True)
        kept: list[Found] = []
        for credit in ranked:
            if not any(_same_role(credit, other) for other in kept):
                kept.append(credit)
        merged.extend(sorted(kept, key=lambda c: c.offset))
    return sorted(merged, key=lambda c: c.offset)


def _richness(credit: Found) -> tuple[int, int, int]:
    character = credit.fields["character"]
    return (len(character.split()), credit.fields["description"] is not None, -credit.offset)


def _same_role(shorter: Found, longer: Found) -> bool:
    """True when one character name is the first words of the other ("Arturo", "Arturo Buendía"),
    ranks aside ("Do Min-jae", "Captain Do Min-jae")."""
    short, long = _untitled(shorter.fields["character"]), _untitled(longer.fields["character"])
    return long[: len(short)] == short


def _untitled(character: str) -> list[str]:
    words = fold(character).split()
    while len(words) > 1 and starts_with_title(words[0]):
        words = words[1:]
    return words
