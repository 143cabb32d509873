"""What every way of reading a cast credit shares: making a credit (and refusing names that are
no character), a character's qualifier ("young"), the "X as Y" pattern."""
from __future__ import annotations

import re

from .layout import has_outlet_word, starts_with_title
from .patterns import (
    cued_line_pattern, lazy_pattern, ACTOR, BULLET, CHARACTER, LEADING_STOPWORDS, NAME_TOKEN, NICKNAME, NON_NAME_WORDS, PARTICLE,
    PERSON, SPACE, STAGE_TITLE, TOKEN, Found, fold, is_person_name, strip_leading_stopwords,
)

# Actors' names are patterns.PERSON, ACTOR (also "Mr. del Río" where the credit's shape says which
# side is the actor) and CHARACTER, which crew, cast and awards share.
_STAGE_TITLE = re.compile(rf"{STAGE_TITLE}\s")

# A note in brackets after a list's character: its age ("Salvatore (adult)") or the credit's kind.
_NOTE_WORDS = r"young|younger|adult|older|old|teenage|teen|teenager|adolescent|child|boy|girl|elderly|aged|uncredited|cameo|voice"
# The character ends at punctuation, at " in"/" and"/" with", or at the end of the line.
AS_CREDIT = cued_line_pattern(
    rf"(?P<actor>{ACTOR}){SPACE}(?:as|plays|stars as|portrays|portrayed|plays the role of|played the role of){SPACE}"
    # a nickname may come first or stand alone ('"Spats" Colombo', '"Little Bonaparte"'), and an alias
    # in brackets after ('Jerry ("Daphne")', 'Joe ("Josephine" / "Junior")')
    rf"(?P<character>(?:{NICKNAME}{SPACE})?{CHARACTER}|{NICKNAME})"
    # or the character's name in the original ("Li'l Zé (Zé Pequeno)") in brackets that end the line
    rf"(?=\s*(?:[,;:.)\]]|\n|$)|{SPACE}(?:in|and|with|from|on){SPACE}|[ \t]*\((?:{_NOTE_WORDS})\)|[ \t]*\([\"“]"
    r"|[ \t]*\([^()\n]{1,40}\)[ \t]*(?:\n|$))",
    (" as", "\tas", "\xa0as", "plays", "portray", "played"),
)
# "Zizou as Helena": a one-word actor, read only where the line is a list of credits (a cast
# list's item, a caption "L to R: A as X, Zizou as Y").
ONE_WORD_AS = re.compile(
    rf"(?:^[ \t]*(?:[-–—•*·▪◦][ \t]*)?|(?:L|Left) to (?:R|Right)[:;][ \t]*|,[ \t]+)(?P<actor>{TOKEN})[ \t]+as[ \t]+"
    rf"(?P<character>{CHARACTER})(?=[ \t]*(?:[,;.]|\n|$)|[ \t]+in[ \t])",
    re.MULTILINE,
)
CLAUSE_WORDS = frozenset("who whom whose which that where when while and but or as".split())
# Words that make a capitalised run a role, a prize or a heading rather than a character.
NOT_CHARACTER = frozenset(
    """best director directors producer writer composer editor cinematographer narrator
    award awards prize cup festival film films oscar oscars academy actor actress lead
    supporting performance screenplay picture score producers designer supervisor manager
    coordinator cinematography music editing production costume costumes makeup casting sound
    effects stunt stunts choreographer screenwriter writers uncredited cameo voice role roles
    character characters cast crew""".split()
)
# Cast-list lines: "Name — Character", "Name – Character, description", "Name ....... Character",
# "Name : Character", "Name\tCharacter", "Name  |  Character"; and "Name (Character)".
NAMEISH = rf"(?:{PERSON}|{CHARACTER})"
QUALIFIERS = frozenset("young younger adult older teenage teen child elderly".split())


_ONE_WORD = re.compile(rf"{TOKEN}")


def single_name(word: str) -> bool:
    """A one-word stage name ("Zizou", "Madonna"): a capitalised word that is no heading, title,
    role or sentence word. Only a credit's shape ("Zizou as Helena", a list of names) makes it one."""
    folded = fold(word)
    return (len(word) >= 3 and bool(_ONE_WORD.fullmatch(word)) and folded not in NON_NAME_WORDS
            and folded not in LEADING_STOPWORDS and folded not in NOT_CHARACTER and not starts_with_title(word)
            and not has_outlet_word(word))


def is_actor_name(name: str, *, titled: bool = False) -> bool:
    """patterns.is_person_name and, with
    titled (the credit's shape names the actor's side), "Mr. del Río" and "Zizou"."""
    if titled and " " not in name.strip():
        return single_name(name.strip())
    if titled and _STAGE_TITLE.match(name):
        rest = [w for w in name.split()[1:] if not re.fullmatch(PARTICLE, w)]
        return bool(rest) and not any(fold(w) in NON_NAME_WORDS for w in rest)
    return is_person_name(name)


def make_credit(offset: int, actor: str, character: str | None = None,
            description: str | None = None, *, titled_actor: bool = False) -> Found | None:
    """titled_actor: the actor's side is known (a cast list's column, "X as Y"), so a name that
    starts like a title ("Don Rickles", "Mr. del Río") is still the actor's."""
    actor = strip_leading_stopwords(actor)
    if (not is_actor_name(actor, titled=titled_actor) or (starts_with_title(actor) and not titled_actor)
            or has_outlet_word(actor)):
        return None
    if character is not None:
        character = character_name(character)
        if (not character or fold(character) in PRONOUNS or role_words(character)
                or has_outlet_word(character) or fold(character) in LEADING_STOPWORDS):
            return None  # "HATSUE SHIBATA (Kirin Kiki) – The owner of the house" names no character "The"
    return Found(offset, "cast", {"actor": actor, "character": character, "description": description})


def role_words(name: str) -> bool:
    """Does the name hold a word of a role or heading ("Production Designer", "Best Actor")? A
    rank before a person's name is a character's ("FBI Director Hayden Burke")."""
    words = name.split()
    tail = words[-2:]
    if (len(words) >= 3 and all(w[:1].isupper() for w in tail) and is_person_name(" ".join(tail))
            and not any(fold(w) in NOT_CHARACTER for w in tail)):
        return False
    return any(fold(w) in NOT_CHARACTER for w in words)


PRONOUNS = frozenset("he she they it we you him her them his hers its their who this that".split())  # "She is played by"
_KEPT_LEADING = frozenset("the father mother".split())  # "The Dude", "Father Adelfio": part of the name


def character_name(character: str) -> str:
    """The character without a sentence's leading word ("Then Janis" -> "Janis"), but "The Dude" and
    "Father Vogler" keep theirs when a capitalised word follows."""
    first, _, rest = character.partition(" ")
    if first.casefold() in _KEPT_LEADING and rest[:1].isupper():
        return character
    return strip_leading_stopwords(character)


def split_qualifier(character: str, qualifier: str | None) -> tuple[str, str | None]:
    """'Young Kang Yu-na' -> ('Kang Yu-na', 'young'): the age is a description of the role."""
    first, _, rest = character.partition(" ")
    if rest and first.casefold() in QUALIFIERS:
        return rest, first.casefold()
    return character_name(character), qualifier.casefold() if qualifier else None


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


# A cast list's item whose part is described, not named: "Joe Flaherty as the Western Union man".
LOOSE_AS = lazy_pattern(rf"[ \t]*{BULLET}[ \t]*(?P<actor>{PERSON}|{NAME_TOKEN})[ \t]+as[ \t]+(?P<part>[^\n]{{1,80}}?)[ \t]*\.?[ \t]*")


_WHOSE_PART = re.compile(r"\w['’]s?\s+[a-z]")


def loose_credit(offset: int, actor: str, part: str) -> Found | None:
    """A described part is the credit's description ("a boy at the Cafe 80's"); a part printed as a
    name that no name pattern reads ("3-D") is its character."""
    one_word = " " not in actor  # "Flea as Douglas J. Needles": a stage name, in a cast list's item
    if _WHOSE_PART.search(part):
        return None  # "as Tyler Winklevoss's body double": a stand-in for another actor's part, left to the prose
    if part[:1].islower():
        return make_credit(offset, actor, None, part, titled_actor=one_word)
    return (make_credit(offset, actor, part, titled_actor=one_word)
            or make_credit(offset, actor, None, part, titled_actor=one_word))
