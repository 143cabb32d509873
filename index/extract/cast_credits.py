"""What every way of reading a cast credit shares: making a credit (and refusing names that are
no character), a character's qualifier ("young"), the "X as Y" pattern."""
from __future__ import annotations

from .layout import has_outlet_word, starts_with_title
from .patterns import (
    cued_line_pattern, CHARACTER, PERSON, SPACE, Found, fold, is_person_name, strip_leading_stopwords,
)

# The character ends at punctuation, at " in"/" and"/" with", or at the end of the line.
AS_CREDIT = cued_line_pattern(
    rf"(?P<actor>{PERSON}){SPACE}(?:as|plays|stars as|portrays|portrayed|plays the role of|played the role of){SPACE}(?P<character>{CHARACTER})"
    rf"(?=\s*(?:[,;:.)\]]|\n|$)|{SPACE}(?:in|and|with|from|on){SPACE})",
    (" as", "\tas", "\xa0as", "plays", "portray", "played"),
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


def make_credit(offset: int, actor: str, character: str | None = None,
            description: str | None = None, *, titled_actor: bool = False) -> Found | None:
    """titled_actor: the actor's side is known (a cast list's column), so a name that starts like a
    title ("Don Rickles") is still the actor's."""
    actor = strip_leading_stopwords(actor)
    if not is_person_name(actor) or (starts_with_title(actor) and not titled_actor) or has_outlet_word(actor):
        return None
    if character is not None:
        character = strip_leading_stopwords(character)
        if (not character or any(fold(w) in NOT_CHARACTER for w in character.split())
                or has_outlet_word(character)):
            return None
    return Found(offset, "cast", {"actor": actor, "character": character, "description": description})


def split_qualifier(character: str, qualifier: str | None) -> tuple[str, str | None]:
    """'Young Kang Yu-na' -> ('Kang Yu-na', 'young'): the age is a description of the role."""
    first, _, rest = character.partition(" ")
    if rest and first.casefold() in QUALIFIERS:
        return rest, first.casefold()
    return strip_leading_stopwords(character), qualifier.casefold() if qualifier else None


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)
