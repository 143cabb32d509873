"""Cast credits: who plays whom.

Recognised:
- "Penélope Cruz as Janis" (or "plays", "stars as", "portrays") in prose, lists and captions; on a list line the rest
  after a comma is the description: "- Aitana Sánchez-Gijón as Teresa, Ana’s mother";
- "Janis (Penélope Cruz)" and, in a list of such pairs, "Penélope Cruz (Janis), Milena Smit (Ana)";
- actor-only lists: a line "With A, B, C", "Starring A and B", "Cast: A, B";
- a "CAST" heading followed by one name per line;
- inline casts in any of five languages (cast_inline.py): "Interprétation : A (X), B (Y / Z), …", "Con ..... A, B".
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

from .cast_credits import (
    AS_CREDIT, CHARACTER, CLAUSE_WORDS, NAMEISH, ONE_WORD_AS, PERSON, STAGE_TITLE, in_spans, is_actor_name, make_credit,
    single_name, split_qualifier,
)
from .fact_values import COUNTRY_NAMES
from .cast_inline import inline_cast, narrators
from .cast_paragraphs import bio_descriptions, lead_credits
from .cast_runs import headless_sections
from .cast_sections import cast_columns, cast_sections, table_credits
from .layout import starts_with_title, tables
from .ratings import rating_spans
from .patterns import (
    cued_line_pattern, is_person_name, lazy_pattern, name_cased, BULLET, NAME_TOKEN, SPACE, TITLED_PERSON, TOKEN, Found, fold, mentions,
    strip_leading_stopwords,
)

_LIST_ITEM_START = lazy_pattern(rf"(?:^|\n)[ \t]*{BULLET}?(?:(?:L|Left) to (?:R|Right)[:;][ \t]*)?$")
_DESCRIPTION = lazy_pattern(
    r"(?:[ \t]*\((?P<note>[^()\n]{1,40})\))?(?:,[ \t]*(?P<description>[^\n,;]{2,80}))?[ \t]*$", re.MULTILINE)
_CONTINUED = lazy_pattern(r"\n[ \t]*[a-z]")  # a prose line wraps: the next line goes on in lower case


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

# A stage name of one word ("With Zizou, Penélope Cruz") is read only inside a list of names.
_LIST_NAME = rf"(?:{TITLED_PERSON}|{PERSON}|{TOKEN})"
_NAME_LIST = rf"{_LIST_NAME}(?:[ \t]*(?:,|,?[ \t]+and|&)[ \t]*{_LIST_NAME})*"
_LIST_LINE = lazy_pattern(
    rf"^[ \t]*(?:With|Starring|Cast:)[ \t]+(?P<names>{_NAME_LIST})[ \t]*\.?[ \t]*$", re.MULTILINE
)
_STARRING = lazy_pattern(rf"\b[Ss]tarring[ \t]+(?P<names>{_NAME_LIST})")
_NAME = lazy_pattern(_LIST_NAME)
_STAGE_TITLED = lazy_pattern(rf"{STAGE_TITLE}[ \t]")



_QUALIFIER = r"(?:young|younger|adult|older|teenage|teen|child|elderly)"
_QUALIFIER_WORDS = ("young", "adult", "older", "teen", "child", "elderly")  # one of which _QUALIFIER needs
# "young Kang Yu-na is played by Kim Da-hyun", "Kang Yu-na, played by Seo Ha-rin".
_PLAYED_BY = lazy_pattern(
    rf"(?:\b(?P<q>{_QUALIFIER}){SPACE})?(?P<character>{CHARACTER})"
    # a list line may describe the character before the dash: "Quint, the shark hunter – played by"
    rf"(?:[ \t]*,[ \t]*(?P<description>[^,\n–—]{{1,60}}?)(?=[ \t]+[–—][ \t]*(?:played|voiced)))?"
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
_PAIR = rf"{NAMEISH}[ \t]*\([^()\n]{{1,60}}\)"
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

LISTED, STRONG, WEAK = 3, 2, 1  # how well a reading's direction is supported: a cast list's line or table row best


def extract_cast(text: str) -> list[Found]:
    printed, text = text, name_cased(text)  # "AL PACINO as ...", "SONG Kang Ho — Ki-taek": same offsets
    cast_tables = [t for t in tables(text) if cast_columns(t.header)]
    section_credits, spans = cast_sections(text, cast_tables)
    run_credits, run_spans = headless_sections(text, spans)
    inline_credits, inline_spans = inline_cast(text)
    section_credits, spans = section_credits + run_credits, spans + run_spans
    if inline_credits:  # an inline cast run reads its own pairs
        section_credits = [c for c in section_credits if not in_spans(c.offset, inline_spans)] + inline_credits
        spans = spans + inline_spans
    listed, list_spans = _character_list(text)
    weighed = [
        *((STRONG, c) for c in listed),
        *((LISTED if in_spans(c.offset, spans) else STRONG, c) for c in _as_credits(text)),
        *((LISTED if in_spans(c.offset, spans) else STRONG, c) for c in _one_word_credits(text, spans)),
        *((STRONG, c) for c in _played_by(text)),
        *_paren_credits(text, spans + list_spans, printed),
        *((STRONG, c) for c in lead_credits(text)),
        *((STRONG, c) for c in _listed_actors(text)),
        *((LISTED, c) for c in section_credits),
        *((LISTED, c) for c in table_credits(cast_tables, spans)),
        *((STRONG, c) for c in narrators(text)),
    ]
    return bio_descriptions(text, _one_direction(weighed))


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
        if strength >= STRONG:
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


def _played_by(text: str) -> list[Found]:
    credits = []
    for pattern, needs in ((_PLAYED_BY, ("played", "voiced")), (_PLAYS_QUALIFIED, _QUALIFIER_WORDS)):
        if not mentions(text, *needs):
            continue
        for match in pattern.finditer(text):
            character, qualifier = split_qualifier(match["character"], match["q"])
            description = match.groupdict().get("description")
            credit = make_credit(match.start(), match["actor"], character, qualifier or description)
            if credit:
                credits.append(credit)
    return credits


# An alias in brackets after a character: 'Jerry ("Daphne")', 'Joe ("Josephine" / "Junior")'.
_ALIAS = lazy_pattern(r"[ \t]*\((?P<alias>[\"“][^()\n]{1,60}[\"”])\)")
# ... or the character's name in the original, ending the line: "Li'l Zé (Zé Pequeno)"
_NAMED_ALIAS = lazy_pattern(r"[ \t]*\((?P<alias>[A-Z][^()\n]{0,39})\)[ \t]*(?=\n|$)")
_QUOTE_MARKS = str.maketrans("", "", "\"“”")


def _as_credits(text: str) -> list[Found]:
    credits = []
    for match in AS_CREDIT.finditer(text):
        alias = _ALIAS.match(text, match.end()) or _NAMED_ALIAS.match(text, match.end())
        description = alias["alias"].translate(_QUOTE_MARKS) if alias else _list_description(text, match)
        character = match["character"]
        if character[:1] in "\"“":  # '"Spats" Colombo' is Spats Colombo (Santino "Sonny" Corleone keeps his)
            character = character.translate(_QUOTE_MARKS)
        credit = make_credit(match.start("actor"), match["actor"], character, description,
                             titled_actor=bool(_STAGE_TITLED.match(match["actor"])))
        if credit:
            credits.append(credit)
    return credits


def _one_word_credits(text: str, spans: list[tuple[int, int]]) -> list[Found]:
    """'Zizou as Helena Ibarra' on a cast section's line, or among other 'X as Y' credits of a line."""
    if " as " not in text:
        return []
    credits = []
    for match in ONE_WORD_AS.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        if not in_spans(match.start(), spans) and len(AS_CREDIT.findall(line)) + len(ONE_WORD_AS.findall(line)) < 2:
            continue
        if not single_name(match["actor"]):
            continue
        credit = make_credit(match.start("actor"), match["actor"], match["character"], _list_description(text, match),
                             titled_actor=True)
        if credit:
            credits.append(credit)
    return credits


def _list_description(text: str, match: re.Match) -> str | None:
    """On a list line holding one credit, what follows the character: a note in brackets
    ("(adult)") and a description after a comma ("Ana’s mother")."""
    line_start = text.rfind("\n", 0, match.start())  # from the line's own newline: one line, not the text
    if not _LIST_ITEM_START.search(text, max(line_start, 0), match.start()):
        return None
    tail = _DESCRIPTION.match(text, match.end())
    if not tail or not (tail["note"] or tail["description"]):
        return None
    note = tail["note"].strip() if tail["note"] and tail["note"].strip()[:1].islower() else None
    description = tail["description"] and _description(tail["description"])
    if tail["description"] and _CONTINUED.match(text, tail.end()):
        description = None  # a paragraph's line, cut where the line wraps
    return ", ".join(part for part in (note, description) if part) or None


_RELATIVE_WORDS = frozenset("who whom whose which that where when while".split())  # a clause, not a noun phrase


def _description(text: str) -> str | None:
    if AS_CREDIT.search(text):
        return None
    description = text.strip().rstrip(".")
    # A description is a short noun phrase ("Ana’s mother", "a debauched lawyer"): not another
    # list of names, not a clause ("who builds her ...").
    words = description.split()
    if not words or len(words) > 8 or words[0].casefold() in CLAUSE_WORDS or any(
            w.casefold() in _RELATIVE_WORDS for w in words):
        return None
    return description if description[:1].islower() or "’s " in description or "'s " in description else None


_BIO_GOES_ON = lazy_pattern(r"[ \t]*,?[ \t]+[a-z]")  # "DANIEL KALUUYA (Chris) is a British actor", not "... 2 out of 4"
# What a press kit says of an actor (or a crew member), not of a part: "is a British actor", "is
# best known for playing", "spent seven seasons on", "is a comedian", "designed the house". "RICHARD HOOVER (Greg Kinnear) is Olive's
# father" describes the character: the name in capitals is then the part.
_ACTOR_BIO = lazy_pattern(r"[^.\n]{0,200}?(?:\b(?:actor|actress|actors|performer|known|playing|plays|played|appeared|appears"
                          r"|starred|stars|seasons?|series|nominee|nominated|award|born|career|debut|films?|roles?|comedian|comic|singer|musician"
                          r"|rapper|dancer|model|writer|playwright|director|producer|filmmaker|star|wrote|directed|designed|composed|edited|produced)\b)")
# "Hannah Voss (Continental Screen): “…”", "Samuel Ng (Frame Rate) felt that…": a critic and outlet signing an opinion
_AFTER_PAREN = lazy_pattern(r"[ \t]*(?::|[,–—-][ \t]*[“\"]|[ \t]+(?:felt|wrote|writes|argued|argues"
                            r"|complained|complains|praised|praises|dismissed|dismisses)\b)")


def _paren_credits(text: str, spans: list[tuple[int, int]], printed: str) -> list[tuple[int, Found]]:
    """'Character (Actor)' in prose; 'Actor (Character)' after a cast cue; a rank marks the character;
    a name printed in capitals before the brackets is a press kit's actor ("DANIEL KALUUYA (Chris)")."""
    cued = [(m.start(), m.end()) for m in _CUED_PAIRS.finditer(text)]
    credits = []
    for match in _PAREN_PAIR.finditer(text):
        if in_spans(match.start(), spans):
            continue  # the cast section reads its own lines
        if _AFTER_PAREN.match(text, match.end()):
            continue  # "Hannah Voss (Continental Screen): “…”" signs a verdict
        line_end = text.find("\n", match.end())
        if rating_spans(text[match.end():line_end if line_end >= 0 else len(text)]):
            continue  # "MARTA KOVAL (The Quayside Bell) ....... ★★★★" is a critic's line
        outside, inside = strip_leading_stopwords(match["outside"]), match["inside"]
        if _TITLE_TAIL.search(text, max(0, match.start("outside") - 30), match.start("outside")):
            continue  # "City of God (Cidade de Deus)": a title and its original, not "God" played by someone
        if inside.strip().casefold() in COUNTRY_NAMES:
            continue  # "CJ ENM (South Korea)", "A24 (United States)": a company and its market
        before = text[max(0, match.start() - 40):match.start()]
        if _ROLE_BEFORE.search(before):
            continue
        strength = STRONG
        at = match.start("outside") + match["outside"].find(outside)
        if _AS_BEFORE.search(text, max(0, at - 8), at) or _DASH_ACTOR.match(text, match.end()):
            # "Matheus Nachtergaele as Carrot (Sandro Cenoura)", "ZÉ PEQUENO (Li'l Zé) — Leandro
            # Firmino", "Dadinho (Li'l Dice), played by Douglas Silva": the bracket is the
            # character's other name, the actor stands outside it
            continue
        if (printed[at:at + len(outside)].isupper() and not printed[match.start("inside"):match.end("inside")].isupper()
                and _BIO_GOES_ON.match(text, match.end()) and _ACTOR_BIO.match(text, match.end())):
            credit = make_credit(match.start(), outside, inside)
        elif _STAGE_TITLED.match(inside) and not starts_with_title(outside):
            # "Félix (Mr. Echeverría)": a first name alone is the character; "Jim Carrey (Mr.
            # Popper)" may be either way round, so a cue-word credit elsewhere decides
            if len(outside.split()) == 1:
                credit = make_credit(match.start(), inside, outside, titled_actor=True)
            else:
                credit, strength = make_credit(match.start(), outside, inside), WEAK
        elif starts_with_title(inside) and not starts_with_title(outside):
            credit = make_credit(match.start(), outside, inside)
        elif starts_with_title(outside) and not starts_with_title(inside):
            credit = make_credit(match.start(), inside, outside)
        elif in_spans(match.start(), cued):
            credit = make_credit(match.start(), outside, inside)
        elif is_actor_name(inside) and not _ACTOR_BEFORE.search(before):
            credit, strength = make_credit(match.start(), inside, outside), WEAK
        elif not is_actor_name(inside) and _in_pair_list(text, match, before):
            credit = make_credit(match.start(), outside, inside)
        else:
            credit = None
        if credit:
            credits.append((strength, credit))
    return credits


_AS_BEFORE = re.compile(r"\bas[ \t]+$")
_TITLE_TAIL = re.compile(r"[A-Z][\w'’]*[ \t]+(?:of|the|and|in|on|at|for|from|to)[ \t]+$")
# A character list's entry: a name (a nickname in quotes, a note in brackets allowed), a dash, what
# they are, and the actor in the first bracket: "Richard Drysdale — Linda's husband (Don Johnson)."
_LIST_ENTRY = lazy_pattern(
    rf"^[ \t]*(?:[-•*][ \t]+)?(?P<name>{NAME_TOKEN}(?:[ \t]+(?:[\"“][^\"”\n]{{1,20}}[\"”]|{NAME_TOKEN})){{0,4}})"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+[—–][ \t]+(?P<said>[^()\n]*)\((?P<actor>[^()\n]{3,40})\)", re.MULTILINE)


_ACTING = lazy_pattern(r"\b(?:plays|played|playing|stars|starring|starred|actor|actress|portrays|portrayed|voices|voiced|role)\b")
_DESCRIBED = lazy_pattern(r"(?<![\w'’-])[a-z]{3,}")


def _character_list(text: str) -> tuple[list[Found], list[tuple[int, int]]]:
    """Credits of a character list's entries, and the lines they take (no other bracket of theirs is a credit)."""
    credits, spans = [], []
    for match in _LIST_ENTRY.finditer(text):
        if not _DESCRIBED.search(match["said"]) or not is_person_name(match["actor"]):
            continue  # "Min-hyuk – Park Seo-joon (special appearance)": a name after the dash, no description
        if _ACTING.search(match["said"]):  # "Sakura Ando — the star of Shoplifters, plays the mother (Nobuyo Shibata)"
            credit = make_credit(match.start(), match["name"], match["actor"], titled_actor=True)
        else:
            credit = make_credit(match.start(), match["actor"], match["name"], titled_actor=True)
        if credit:
            credits.append(credit)
            line_end = text.find("\n", match.end())
            spans.append((match.start(), line_end if line_end >= 0 else len(text)))
    return credits, spans
_DASH_ACTOR = lazy_pattern(rf"[ \t]*[-–—][ \t]*{PERSON}[ \t]*(?:\n|$)|,?[ \t]+(?:played|voiced|portrayed) by\b")


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
            names = list(_NAME.finditer(match["names"]))
            whole = sum(" " in name.group() for name in names)
            for name in names:
                if " " not in name.group() and (not whole or len(names) < 2 or not single_name(name.group())):
                    continue  # one-word names only beside full ones: "With Zizou, Penélope Cruz"
                credit = make_credit(match.start("names") + name.start(), name.group(),
                                     titled_actor=" " not in name.group() or bool(_STAGE_TITLED.match(name.group())))
                if credit:
                    credits.append(credit)
    return credits


def merge_roles(credits: list[Found]) -> list[Found]:
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
