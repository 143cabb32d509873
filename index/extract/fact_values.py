"""Values of film facts as pages print them: running times in every common form, a cell that
holds several values, and the nationality words that name a film's country.

- runtimes: "112", "112 min", "1h 52m", "2 h 43 min", "2:43", "2 hours 7 minutes",
  "one hundred and twenty minutes", "127-minute", "two-hour-17-minute" -> "N minutes";
- a table cell's several values: split at "<br>" (Markdown tables keep it) and, for runtimes
  and dates, at each runtime or date (an HTML cell's "<br>" arrives as a space), each with
  the bracketed qualifier that follows it ("160 minutes (international cut)");
- footnote markers ("207 minutes[1]") are no part of a value;
- "Japanese", "Australian-American", "Argentine-Spanish" -> the countries they name.
"""
from __future__ import annotations

import re

from .patterns import lazy_pattern

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
               r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# "one hundred and twenty-nine", "ninety-nine", "two"; a number written in words.
NUMBER_WORDS = rf"(?:{_NUMBER_WORD}[ \t]+hundred(?:[ \t]+and)?[ \t-]+)?{_NUMBER_WORD}(?:[ \t-]+{_NUMBER_WORD})?|{_NUMBER_WORD}[ \t]+hundred"
_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_H = r"(?:h|hr|hrs|hour|hours)\.?"
_M = r"(?:m|min|mins|minutes?)\.?"
# Every way a page writes a running time; the parts are read by `minutes`.
RUNTIME = (
    rf"(?P<clock>[1-4]):(?P<clock_m>[0-5]\d)(?![\d:])"
    rf"|(?P<hours>[1-4]|{_NUMBER_WORD})[ \t-]*{_H}(?:[ \t]*,?[ \t-]*(?:and[ \t-]+)?(?P<h_minutes>\d{{1,2}}|{_NUMBER_WORD}(?:-{_NUMBER_WORD})?)[ \t-]*{_M})?"
    rf"|(?P<minutes>{_NUM})[ \t-]*{_M}"
)
_RUNTIME_ONLY = lazy_pattern(rf"^(?:{RUNTIME}|(?P<bare>\d{{2,3}}))\.?$", re.I)
RUNTIME_IN = lazy_pattern(rf"(?<![\w:]){RUNTIME}(?![\w:])(?:[ \t]*\((?P<note>[^()\n]{{1,60}})\))?", re.I)
_FOOTNOTE = lazy_pattern(r"\[(?:\d{1,3}|[a-z]|note \d+|citation needed)\]")
_BR = lazy_pattern(r"[ \t]*<br[ \t]*/?>[ \t]*", re.I)


def number(text: str) -> int | None:
    """'129', 'one hundred and twenty-nine', 'ninety-nine' -> the number; None otherwise."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for word in re.split(r"[ \t-]+", text):
        if word == "and":
            continue
        if word == "hundred":
            current = (current or 1) * 100
        elif word in _UNITS:
            current += _UNITS[word]
        else:
            return None
    return total + current or None


def minutes(value: str) -> str | None:
    """A value that is a running time and nothing else -> 'N minutes'; None otherwise."""
    match = _RUNTIME_ONLY.match(clean_value(value))
    if not match:
        return None
    if match["bare"]:
        return f"{int(match['bare'])} minutes"
    return _read(match)


def _read(match: re.Match) -> str | None:
    if match["clock"]:
        total = int(match["clock"]) * 60 + int(match["clock_m"])
    elif match["hours"]:
        hours, extra = number(match["hours"]), number(match["h_minutes"]) if match["h_minutes"] else 0
        total = None if hours is None or extra is None else hours * 60 + extra
    else:
        total = number(match["minutes"])
    return f"{total} minutes" if total and 5 <= total <= 600 else None


def runtimes_in(value: str) -> list[str]:
    """Every running time in a cell, each with its bracketed note: '207 minutes[1] 160 minutes
    (international cut)' -> ['207 minutes', '160 minutes (international cut)']."""
    found = []
    for match in RUNTIME_IN.finditer(clean_value(value)):
        read = _read(match)
        if read:
            found.append(f"{read} ({match['note'].strip()})" if match["note"] else read)
    return found


def clean_value(value: str) -> str:
    """A value without footnote markers or Markdown emphasis."""
    return _FOOTNOTE.sub("", value).replace("**", "").strip().strip("*_").strip()


def cell_parts(value: str) -> list[str]:
    """A table cell's values, split at '<br>'."""
    return [p for p in (clean_value(part) for part in _BR.split(value)) if p]


# Nationality words and the country each names ("a 1954 Japanese film", "an Argentine-Spanish
# co-production").
COUNTRY_OF = {
    "american": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "french": "France", "german": "Germany", "west german": "West Germany", "italian": "Italy",
    "spanish": "Spain", "japanese": "Japan", "korean": "South Korea", "south korean": "South Korea",
    "chinese": "China", "hong kong": "Hong Kong", "taiwanese": "Taiwan", "indian": "India",
    "iranian": "Iran", "mexican": "Mexico", "argentine": "Argentina", "argentinian": "Argentina",
    "brazilian": "Brazil", "chilean": "Chile", "colombian": "Colombia", "canadian": "Canada",
    "australian": "Australia", "new zealand": "New Zealand", "irish": "Ireland", "scottish": "United Kingdom",
    "danish": "Denmark", "swedish": "Sweden", "norwegian": "Norway", "finnish": "Finland",
    "polish": "Poland", "russian": "Russia", "soviet": "Soviet Union", "belgian": "Belgium",
    "dutch": "Netherlands", "portuguese": "Portugal", "greek": "Greece", "turkish": "Turkey",
    "austrian": "Austria", "swiss": "Switzerland", "hungarian": "Hungary", "czech": "Czech Republic",
    "romanian": "Romania", "israeli": "Israel", "egyptian": "Egypt", "lebanese": "Lebanon",
    "thai": "Thailand", "south african": "South Africa", "nigerian": "Nigeria", "icelandic": "Iceland",
    "filipino": "Philippines", "indonesian": "Indonesia", "vietnamese": "Vietnam", "peruvian": "Peru",
    "cuban": "Cuba", "senegalese": "Senegal", "ukrainian": "Ukraine", "georgian": "Georgia",
}
# The countries those words name, and how release and distribution lines name markets: "CJ ENM
# (South Korea)" is a distributor and its market, not a character and an actor
COUNTRY_NAMES = frozenset(c.casefold() for c in COUNTRY_OF.values()) | {"usa", "uk", "us", "worldwide", "international"}
NATIONALITY = "|".join(sorted((w.title() for w in COUNTRY_OF), key=len, reverse=True))
