"""Critics' verdicts: star and numeric ratings, and quotes signed by a critic or an outlet.

Recognised:
- star ratings drawn with symbols: "★★★1/2 of ★★★★★", "★★★☆☆", "★★★½ out of 5";
- numeric ratings: "Rating: 3.5/5", "4 out of 5 stars", "8/10 stars", "3 stars out of 4";
- a quoted passage followed by its signature: “…” – David Rooney, THE HOLLYWOOD REPORTER
  (critic and outlet), “…” – VARIETY (outlet only), “…” – Owen Gleiberman (critic only).
Ratings are normalised to a number out of 5, and kept as printed in rating_text. A rating
whose scale the text does not give ("★★★1/2" alone: out of 4 or of 5?) keeps its text only.
The critic of a bare rating is the document's author, filled in by extract_facts.

Deliberately not: quotes signed by film-makers ("– Pedro Almodóvar, Director": a statement,
not a review), dialogue quotes ("Janis: “…”"), a rating mentioned in passing ("my initial
4-star score").
"""
from __future__ import annotations

import re

from .patterns import PERSON, Found, is_person_name

_STAR = "★✭✮⭐"
_EMPTY_STAR = "☆✩"
_STAR_RATING = re.compile(
    rf"(?P<stars>[{_STAR}]+)[ \t]*(?P<half>1/2|½)?[ \t]*(?P<empty>[{_EMPTY_STAR}]+)?"
    rf"(?:[ \t]*(?:of|out of|/)[ \t]*(?P<scale>[{_STAR}{_EMPTY_STAR}]+|\d+)(?:[ \t]*stars?)?)?"
)
_NUMBER = r"(?P<value>\d+(?:\.\d+)?|½)(?P<half>[ \t]*½)?"
_NUMERIC_RATINGS = [
    re.compile(rf"(?i:rating|score|verdict|our rating|grade)[ \t]*:[ \t]*{_NUMBER}[ \t]*(?:/|out of)[ \t]*(?P<scale>\d+)"),
    re.compile(rf"\b{_NUMBER}[ \t]*(?:/|out of)[ \t]*(?P<scale>\d+)[ \t]+stars?\b"),
    re.compile(rf"\b{_NUMBER}[ \t]+stars?[ \t]+out of[ \t]+(?P<scale>\d+)\b"),
]
_SIGNED_QUOTE = re.compile(
    r"(?P<open>[“\"])(?P<quote>[^“”\"\n]{15,2500}?)[”\"][ \t]*\n?[ \t]*[–—-]{1,2}[ \t]*"
    r"(?P<signature>[^\n“”\"]{2,120}?)[ \t]*$",
    re.MULTILINE,
)
_PERSON = re.compile(rf"^{PERSON}$")
_NOT_OUTLETS = frozenset(
    "director writer producer actor actress star composer filmmaker screenwriter writer-director".split()
)
_SMALL_WORDS = frozenset("the of and a an on in at for".split())


def extract_verdicts(text: str) -> list[Found]:
    return [*_star_ratings(text), *_numeric_ratings(text), *_signed_quotes(text)]


def _star_ratings(text: str) -> list[Found]:
    found = []
    for match in _STAR_RATING.finditer(text):
        value = len(match["stars"]) + (0.5 if match["half"] else 0)
        scale = _star_scale(match, value)
        found.append(_rating(match, value, scale))
    return found


def _star_scale(match: re.Match, value: float) -> int | None:
    scale = match["scale"]
    if scale:
        return int(scale) if scale.isdigit() else len(scale)
    if match["empty"]:
        return round(value + len(match["empty"]))  # ★★★½☆ : the half star fills a slot
    return None


def _numeric_ratings(text: str) -> list[Found]:
    found = []
    for pattern in _NUMERIC_RATINGS:
        for match in pattern.finditer(text):
            value = 0.5 if match["value"] == "½" else float(match["value"])
            value += 0.5 if match["half"] else 0
            scale = int(match["scale"])
            if scale in (4, 5, 10, 100) and value <= scale:
                found.append(_rating(match, value, scale))
    return found


def _rating(match: re.Match, value: float, scale: int | None) -> Found:
    rating = round(value / scale * 5, 2) if scale and value <= scale else None
    return Found(match.start(), "verdict", {"rating": rating, "rating_text": match.group().strip()})


def _signed_quotes(text: str) -> list[Found]:
    found = []
    for match in _SIGNED_QUOTE.finditer(text):
        critic, outlet = _signature(match["signature"].strip().rstrip("."))
        if critic or outlet:
            quote = " ".join(match["quote"].split())
            found.append(Found(match.start(), "verdict", {"critic": critic, "outlet": outlet, "quote": quote}))
    return found


def _signature(signature: str) -> tuple[str | None, str | None]:
    """'David Rooney, THE HOLLYWOOD REPORTER' -> ('David Rooney', 'The Hollywood Reporter')."""
    name, _, outlet = (part.strip() for part in signature.partition(","))
    if outlet:
        if not _PERSON.match(name) or not is_person_name(name) or outlet.casefold() in _NOT_OUTLETS:
            return None, None
        return name, _outlet(outlet)
    if _PERSON.match(name) and is_person_name(name):
        return name, None
    if name.isupper() and name.casefold() not in _NOT_OUTLETS and len(name.split()) <= 5:
        return None, _outlet(name)
    return None, None


def _outlet(outlet: str) -> str:
    """Title-case outlets printed in capitals, keeping short acronyms: 'THE WASHINGTON POST', 'NPR'."""
    if not outlet.isupper():
        return outlet
    words = []
    for i, word in enumerate(outlet.split()):
        if word.casefold() in _SMALL_WORDS:
            words.append(word.lower() if i else word.capitalize())
        elif len(word) <= 3:
            words.append(word)  # NPR, BBC, CNN
        else:
            words.append(word.capitalize())
    return " ".join(words)
