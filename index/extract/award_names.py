"""How an award is named: one name per ceremony whatever the page calls it, a category's form,
the recipients after it; and the fact a reading makes."""
from __future__ import annotations

import re

from index.ceremonies import canonical, lookup

from .patterns import lazy_pattern, PERSON, Found, clean, is_person_name

CEREMONY_WORD = lazy_pattern(
    r"\b(?:Awards?|Festival|Globes?|Oscars?|BAFTAs?|Goyas?|Césars?|Critics|Guild|Society|"
    r"Circle|Association|Academy|Emmys?|Razzies?|Berlinale|Cannes|Sundance|Donatello|Baeksang|Nastro|Nastri)\b"
)
# What a category or a prize's name looks like: "Best Actor", "Most Promising Actress", "Favorite Motion
# Picture", "Volpi Cup",
# "Pardo for Best Actor", "Prize of the Ecumenical Jury", "Special Mention".
CATEGORY = lazy_pattern(
    r"^(?:Best|Outstanding|Most|Favou?rite)\s|\b(?:Cup|Prize|Prix|Award|Lion|Bear|Palme?|Shell|Leopard|Pardo|Medal|Trophy|Mention|Jury)\b"
)
PRIZE_FOR_CATEGORY = lazy_pattern(r"^(?P<prize>(?!Best\b).+?) for (?P<category>Best .+)$")
AWARDS_HEADING = lazy_pattern(
    r"^[ \t]*(?:#{1,6}[ \t]*|=+[ \t]*)?(?i:awards|accolades|awards and nominations|awards & nominations|"
    r"awards and honou?rs|honou?rs|awards and recognition|prizes|festivals and awards|awards and festivals|"
    r"accolades and awards)[ \t]*:?[ \t]*=*[ \t]*$",
    re.MULTILINE,
)
ANY_YEAR = lazy_pattern(r"[ \t]*\(?\b(?P<year>(?:19|20)\d\d)\b\)?")
PAREN = lazy_pattern(r"[ \t]*\((?P<inside>[^()]*)\)")
NAME_ONLY = lazy_pattern(PERSON)


def make_award(offset: int, entry: dict, outcome: str) -> Found:
    return Found(offset, "award", {**entry, "outcome": outcome})


def recipients_in(text: str) -> str | None:
    """The people named in a cell or in brackets; None when any part is not a person's name."""
    text = _SUFFIX.sub(r"\g<suffix>", PAREN.sub("", text))  # "Roger Heman, Jr." -> "Roger Heman Jr."
    parts = [p.strip() for p in re.split(r",|;|[ \t]+and[ \t]+|&", text) if p.strip()]
    if not parts or not all(_person(p) for p in parts):
        return None
    return ", ".join(parts)


_SUFFIX = lazy_pattern(r",?(?P<suffix>[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))(?=[ \t]*(?:,|;|&|[ \t]and[ \t]|$))")
_LEADING_INITIALS = lazy_pattern(r"^(?:[A-Z]\.[ \t]*)+(?=[ \t]?[A-Z][a-z])")
_INITIALS = lazy_pattern(r"\b(?:\w\.[ \t]*){2,}(?=[ \t]\w\w)")


def _person(name: str) -> bool:
    """A person's name, also with several initials ("J. K. Simmons") or a suffix ("Roger Heman Jr.")."""
    name = re.sub(r"[ \t]+(?:Jr|Sr)\.?$|[ \t]+(?:II|III|IV)$", "", name)
    name = _LEADING_INITIALS.sub("Jay ", name)  # "J. K. Simmons", "J.K. Simmons" are read as "Jay Simmons"
    name = _INITIALS.sub(lambda m: m.group().strip()[:2], name)  # "George R. R. Martin" as "George R. Martin"
    return bool(NAME_ONLY.fullmatch(name)) and is_person_name(name)


def ceremony_name(name: str) -> str:
    """Furniture off, one name per ceremony (index.ceremonies): 'Academy Award®' and '72nd Academy
    Awards (2000)' -> 'Academy Awards'."""
    name = clean(PAREN.sub("", name))
    if name.isupper() and len(name.split()) > 1:
        name = name.title()  # "ACADEMY AWARDS"
    if name.lower().startswith("the "):
        name = name[4:]
    if lookup(name):
        return canonical(name)
    if lookup(name + " Awards"):  # "Academy Award for Best Picture" read as "Academy" + "for Best Picture"
        return canonical(name + " Awards")
    name = canonical(name)
    return name + "s" if name.endswith(" Award") else name


def category_name(category: str) -> str:
    """'Volpi Cup for Best Actress' -> 'Volpi Cup - Best Actress', the form awards pages print."""
    category = clean(category)
    match = PRIZE_FOR_CATEGORY.match(category)
    return f"{match['prize']} - {match['category']}" if match else category


PAREN_TAIL = lazy_pattern(r"[ \t]*\((?P<inside>[^()]+)\)[ \t]*\.?$")
_FOR_RECIPIENT = lazy_pattern(rf"^(?P<category>.+?)[ \t]+for[ \t]+(?P<recipient>{PERSON}(?:(?:,|[ \t]+and)[ \t]+{PERSON})*)$")


def is_category(category: str) -> bool:
    return 3 <= len(category) <= 80 and bool(CATEGORY.search(category)) and not category.endswith(".")


def parse_category(text: str) -> tuple[str, str | None] | None:
    """'Best Actor (Song Kang-ho)' or 'Best Actor for Song Kang-ho' -> (category, recipient)."""
    recipient = None
    paren = PAREN_TAIL.search(text)
    if paren:
        recipient, text = recipients_in(paren["inside"]), text[:paren.start()]
        if recipient is None:
            return None
    else:
        by_for = _FOR_RECIPIENT.match(text)
        if by_for:
            recipient = recipients_in(by_for["recipient"])
            if recipient:
                text = by_for["category"]
    text = clean(text)
    return (text, recipient) if is_category(text) else None
