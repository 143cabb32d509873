"""How an award is named: one name per ceremony whatever the page calls it, a category's form,
the recipients after it; and the fact a reading makes."""
from __future__ import annotations

import re

from .patterns import lazy_pattern, PERSON, Found, clean, fold, is_person_name

CEREMONY_WORD = lazy_pattern(
    r"\b(?:Awards?|Festival|Globes?|Oscars?|BAFTAs?|Goyas?|Césars?|Critics|Guild|Society|"
    r"Circle|Association|Academy|Emmys?|Razzies?|Berlinale|Cannes|Sundance|Donatello|Baeksang|Nastro|Nastri)\b"
)
PRIZE_FOR_CATEGORY = lazy_pattern(r"^(?P<prize>(?!Best\b).+?) for (?P<category>Best .+)$")
CEREMONY_ALIASES = {  # one name per ceremony, whatever the page calls it
    "oscar": "Academy Awards", "oscars": "Academy Awards", "the oscars": "Academy Awards",
    "academy award": "Academy Awards",
    "baftas": "BAFTA Awards", "bafta": "BAFTA Awards", "bafta award": "BAFTA Awards",
    "british academy film awards": "BAFTA Awards", "british academy film award": "BAFTA Awards",
    "golden globe": "Golden Globe Awards", "golden globes": "Golden Globe Awards", "cesars": "César Awards",
    "goyas": "Goya Awards", "emmys": "Emmy Awards", "davids": "David di Donatello Awards",
    "cannes": "Cannes Film Festival", "festival de cannes": "Cannes Film Festival",
    "berlinale": "Berlin International Film Festival",
}
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
    text = PAREN.sub("", text)
    parts = [p.strip() for p in re.split(r",|;|[ \t]+and[ \t]+|&", text) if p.strip()]
    if not parts or not all(NAME_ONLY.fullmatch(p) and is_person_name(p) for p in parts):
        return None
    return ", ".join(parts)


def ceremony_name(name: str) -> str:
    """Furniture off, one spelling per ceremony: 'Academy Award®' -> 'Academy Awards'."""
    name = clean(PAREN.sub("", name))
    if name.isupper() and len(name.split()) > 1:
        name = name.title()  # "ACADEMY AWARDS"
    if name.lower().startswith("the "):
        name = name[4:]
    if fold(name) in CEREMONY_ALIASES:
        return CEREMONY_ALIASES[fold(name)]
    return name + "s" if name.endswith(" Award") else name


def category_name(category: str) -> str:
    """'Volpi Cup for Best Actress' -> 'Volpi Cup - Best Actress', the form awards pages print."""
    category = clean(category)
    match = PRIZE_FOR_CATEGORY.match(category)
    return f"{match['prize']} - {match['category']}" if match else category
