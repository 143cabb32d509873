"""A printed rating read on its scale and normalised to /5: stars ("★★★½", "3.5/5"), numbers
with a scale ("8/10", "four out of five"), letter grades ("B+")."""
from __future__ import annotations

import re

from .patterns import lazy_pattern, Found

_STAR = "★✭✮⭐"
_EMPTY_STAR = "☆✩"
STAR_RATING = lazy_pattern(
    rf"(?P<stars>[{_STAR}]+)[ \t]*(?P<half>1/2|½)?[ \t]*(?P<empty>[{_EMPTY_STAR}]+)?"
    rf"(?:[ \t]*(?:of|out of|/)[ \t]*(?P<scale>[{_STAR}{_EMPTY_STAR}]+|\d+)(?:[ \t]*stars?)?)?"
)
# Ratings in words: "three and a half stars", "two out of four stars", "7 out of 10".
WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}
WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)"
AMOUNT = rf"(?P<value>{WORD}|\d+(?:\.\d+)?)(?P<half>[ \t]+and[ \t]+a[ \t]+half|[ \t]*½)?"
OUT_OF = rf"[ \t]*(?:/|out[ \t]+of)[ \t]*(?P<scale>{WORD}|\d+)"
SCALED = rf"{AMOUNT}(?P<stars>[ \t]+stars?)?(?:{OUT_OF}(?:[ \t]+stars?)?)?"  # needs stars or a scale
GRADES = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"]
_SCALES = (4, 5, 10, 20, 100)
_ANY_SCALED = lazy_pattern(rf"(?i:(?<![\w./]){SCALED}(?![\w/]))")
_BARE_GRADE = lazy_pattern(r"(?i:(?:grade|rating|score|verdict)[ \t]*:[ \t]*)?(?P<grade>[A-DF][+\-−]?)")


def normalise_rating(text: str, *, bare_grade: bool = False) -> tuple[float | None, str] | None:
    """(rating out of 5 or None where the scale is unknown, the rating as printed), or None when the
    text holds no rating. "★★★★ (4 out of 4)" -> (5.0, ...); "B+" -> (3.75, "B+") with bare_grade."""
    printed = " ".join(text.split()).strip(" .;,")
    if not printed:
        return None
    if bare_grade:
        grade = _BARE_GRADE.fullmatch(printed.strip("*_ "))
        if grade:
            return grade_value(grade["grade"]), printed
    unscaled = None
    for match in STAR_RATING.finditer(printed):
        value = len(match["stars"]) + (0.5 if match["half"] else 0)
        scale = star_scale(match, value)
        if scale and value <= scale:
            return round(value / scale * 5, 2), printed
        unscaled = unscaled or (None, printed)
    for match in _ANY_SCALED.finditer(printed):
        if not (match["stars"] or match["scale"]):
            continue
        value = rating_number(match["value"]) + (0.5 if match["half"] else 0)
        scale = rating_number(match["scale"]) if match["scale"] else 5  # "N stars" alone: out of five
        if scale in _SCALES and value <= scale:
            return round(value / scale * 5, 2), printed
    return unscaled


def grade_value(grade: str) -> float:
    """Letter grades map linearly from A+ = 5 to F = 0 in twelve steps (B+ = 3.75, C = 2.08)."""
    return round(GRADES.index(grade.upper().replace("−", "-")) * 5 / (len(GRADES) - 1), 2)


def scaled_by_its_line(text: str, found: Found) -> Found:
    """"Rating: ★★★★★ (five stars)": a rating without a scale takes the scale its line gives."""
    if found.fields.get("rating") is not None:
        return found
    start = text.rfind("\n", 0, found.offset) + 1
    end = text.find("\n", found.offset)
    line = text[start:len(text) if end < 0 else end]
    read = normalise_rating(line[found.offset - start:])
    if not read or read[0] is None:
        return found
    return Found(found.offset, "verdict", {**found.fields, "rating": read[0], "rating_text": read[1]})


def rating_number(word: str) -> float:
    return float(WORD_NUMBERS.get(word.lower(), word)) if word.lower() in WORD_NUMBERS or word[:1].isdigit() else 0.0


def star_scale(match: re.Match, value: float) -> int | None:
    scale = match["scale"]
    if scale:
        return int(scale) if scale.isdigit() else len(scale)
    if match["empty"]:
        return round(value + len(match["empty"]))  # ★★★½☆ : the half star fills a slot
    return None
