"""Film facts: year, runtime, language, original title, genre, release date, filming
locations, related films, source material, country.

Recognised:
- label lines, the value after a colon or on the next non-empty line: "Running Time: 120",
  "Year: 2021", "Original Languages: Spanish", "Genre: Drama", "Country: Spain",
  "Home Entertainment Release Date\\n\\nTuesday, April 05, 2022" (the qualifier is kept);
- the title followed by its original title and year: "Parallel Mothers (Madres Paralelas, 2021)",
  or by its year alone, when the words before the brackets are the film's own title;
- "Spanish with English subtitles", "a Spanish-language film";
- "This is a drama ...", "The film is a thriller ...";
- "The film was shot in Madrid and Torremocha de Jarama", "filmed on location in X";
- "The movie is (not) based on / adapted from / loosely inspired by ..." (the phrase is kept);
- lists under headings such as "Director’s Other Movies", "Recommended Films for Fans",
  "Similar Films": one related film per item.

Deliberately not: years or titles in brackets after other films ("Volver (2006)" is not this
film's year); "shot in" about characters ("Janis was shot in ...": only a film, its scenes or
its production are filmed); genres named in passing ("the melodrama genre").
"""
from __future__ import annotations

import re
import unicodedata

from .patterns import BULLET, Found, clean

_LABEL = re.compile(
    rf"^[ \t]*{BULLET}?(?P<label>[A-Z][A-Za-z ’']{{1,45}}?)[ \t]*"
    r"(?::[ \t]*(?P<inline>[^\n]+?)|\n(?=(?:[ \t]*\n)*[ \t]*(?P<next>[^\n]+)))[ \t]*$",
    re.MULTILINE,
)
# Label endings and the fact they name; what precedes the ending is a qualifier
# ("Home Entertainment Release Date").
_LABELS = [
    ("running time", "runtime"), ("runtime", "runtime"), ("run time", "runtime"), ("length", "runtime"),
    ("release year", "year"), ("production year", "year"), ("year", "year"),
    ("original languages", "language"), ("original language", "language"), ("languages", "language"),
    ("language", "language"), ("genres", "genre"), ("genre", "genre"), ("original title", "original_title"),
    ("country of origin", "country"), ("countries", "country"), ("country", "country"),
    ("release dates", "release_date"), ("release date", "release_date"),
    ("filming locations", "filming_location"), ("filming location", "filming_location"),
    ("based on", "based_on"),
]
_QUALIFIED = {"release_date"}  # only dates keep a qualifier; "Original Languages" is not one

_RUNTIME = re.compile(r"^(?P<minutes>\d{2,3})(?:[ \t]*(?:min|mins|minutes|m))?\.?$|^\d[ \t]*h(?:ours?|rs?)?\b.*$", re.I)
_YEAR_VALUE = re.compile(r"^(?:19|20)\d\d$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(rf"\b{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}\b|\b\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}\b|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b")
_WORDY_VALUE = re.compile(r"^[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}$")
_LIST_SPLIT = re.compile(r"[ \t]*(?:,|/|\||;|&|\band\b)[ \t]*")

_TITLE_PAREN = re.compile(r"\((?P<original>[^(),\n]{2,80}),[ \t]*(?P<year>(?:19|20)\d\d)\)|\((?P<only_year>(?:19|20)\d\d)\)")
_COUNTRIES = frozenset(
    """spain france italy germany mexico usa us uk japan china korea india iran argentina brazil
    chile canada australia denmark sweden norway finland poland russia belgium netherlands
    portugal greece turkey ireland austria switzerland colombia peru israel egypt""".split()
)
_SUBTITLES = re.compile(r"\b(?P<language>[A-Z][a-z]+)(?:[ \t]+and[ \t]+(?P<second>[A-Z][a-z]+))?[ \t]+with[ \t]+[A-Z][a-z]+[ \t]+subtitles\b")
_LANGUAGE_FILM = re.compile(r"\b(?P<language>[A-Z][a-z]+)-language[ \t]+(?:film|drama|movie|feature|thriller|comedy)\b")
_GENRES = (
    r"drama|comedy|thriller|horror film|documentary|western|musical|melodrama|romance|romantic comedy|"
    r"science fiction|sci-fi|fantasy|mystery|crime drama|war film|biopic|animated film|action film|"
    r"coming-of-age|satire|black comedy|dramedy|noir"
)
_GENRE_SENTENCE = re.compile(
    rf"\b(?:This|It|The film|The movie|This film|This movie)(?:[ \t]+is|’s|'s)[ \t]+an?[ \t]+"
    rf"(?P<genre>{_GENRES})\b"
)
_PLACE = r"[A-Z][\w’'-]+(?:[ \t]+(?:de|del|de la|la|le|di|da|do|am|an|upon|on|sur)?[ \t]*[A-Z][\w’'-]+){0,3}"
_SHOT_IN = re.compile(
    r"\b(?i:film|movie|picture|it|scenes?|production|footage|sequences?|principal photography)[ \t]+"
    r"(?:was|were|is|are|had been|has been)[ \t]+(?:\w+ly[ \t]+)?(?:shot|filmed)[ \t]+(?:on location[ \t]+)?in[ \t]+"
    rf"(?P<places>{_PLACE}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_PLACE})*)"
)
_PLACE_SPLIT = re.compile(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+")
_BASED_ON = re.compile(
    r"\b(?:film|movie|story|screenplay|script|picture|it)[ \t]+(?:is|was)[ \t]+"
    r"(?P<value>(?:not[ \t]+)?(?:(?:very[ \t]+)?(?:loosely|partly|partially|directly|closely|freely)[ \t]+)?"
    r"(?:based on|adapted from|inspired by)[ \t]+[^.\n]{3,250})",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"^[ \t]*(?:[\w’' ]*(?:director|filmmaker)['’]s other (?:movies|films|works)|other (?:films|movies) by [^\n]+|"
    r"(?:more )?(?:films|movies) from the (?:same )?director|recommended (?:films|movies)[^\n]*|"
    r"similar (?:films|movies)|(?:films|movies) like this[^\n]*|you may also like|if you liked [^\n]+|"
    r"related (?:films|movies)|see also)[ \t]*:?[ \t]*\n",
    re.MULTILINE | re.IGNORECASE,
)
_RELATED_ITEM = re.compile(rf"^[ \t]*{BULLET}(?P<title>[A-Z0-9][^\n:]{{0,78}}?)[ \t]*$")


def extract_film_facts(text: str, film: str = "") -> list[Found]:
    """`film` is the film's slug, used to tell this film's title from others'."""
    return [
        *_labelled(text), *_title_brackets(text, film), *_languages(text), *_genres(text),
        *_locations(text), *_based_on(text), *_related(text),
    ]


def _fact(offset: int, name: str, value: str) -> Found:
    return Found(offset, "film_fact", {"name": name, "value": value})


def _labelled(text: str) -> list[Found]:
    found = []
    for match in _LABEL.finditer(text):
        label = " ".join(match["label"].lower().split())
        name, qualifier = _label_name(label)
        raw = match["inline"] if match["inline"] is not None else match["next"]
        if not name or raw is None:
            continue
        start = match.start("inline") if match["inline"] is not None else match.start("next")
        for value in _label_values(name, clean(raw), qualifier):
            found.append(_fact(start, name, value))
    return found


def _label_name(label: str) -> tuple[str | None, str]:
    for ending, name in _LABELS:
        if label == ending or (name in _QUALIFIED and label.endswith(" " + ending)):
            return name, label[: -len(ending)].strip()
    return None, ""


def _label_values(name: str, value: str, qualifier: str) -> list[str]:
    """Validate a label's value by the shape its fact must have; a heading before prose fails."""
    if name == "runtime":
        match = _RUNTIME.match(value)
        return [f"{match['minutes']} minutes" if match["minutes"] else value] if match else []
    if name == "year":
        return [value] if _YEAR_VALUE.match(value) else []
    if name == "release_date":
        if not _DATE.search(value) or len(value) > 60:
            return []
        return [f"{value} ({qualifier})" if qualifier else value]
    if name in ("language", "genre", "country", "filming_location"):
        parts = [p for p in _LIST_SPLIT.split(value) if p]
        return parts if parts and all(_WORDY_VALUE.match(p) for p in parts) else []
    return [value] if len(value) <= 200 and not value.endswith(":") else []


def _title_brackets(text: str, film: str) -> list[Found]:
    """'Parallel Mothers (Madres Paralelas, 2021)': only after the film's own title."""
    if not film:
        return []
    found = []
    for match in _TITLE_PAREN.finditer(text):
        if not _slug(text[max(0, match.start() - 120):match.start()]).endswith(film):
            continue
        original = match["original"]
        if original and _is_original_title(original.strip(), film):
            found.append(_fact(match.start("original"), "original_title", original.strip()))
        found.append(_fact(match.start(), "year", match["year"] or match["only_year"]))
    return found


def _is_original_title(original: str, film: str) -> bool:
    if original[:1].islower() or original.lower().startswith("dir"):
        return False
    return original.casefold() not in _COUNTRIES and _slug(original) != film


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _languages(text: str) -> list[Found]:
    found = []
    for match in _SUBTITLES.finditer(text):
        found += [_fact(match.start(), "language", lang) for lang in (match["language"], match["second"]) if lang]
    for match in _LANGUAGE_FILM.finditer(text):
        found.append(_fact(match.start(), "language", match["language"]))
    return found


def _genres(text: str) -> list[Found]:
    return [_fact(m.start("genre"), "genre", m["genre"].capitalize()) for m in _GENRE_SENTENCE.finditer(text)]


def _locations(text: str) -> list[Found]:
    found = []
    for match in _SHOT_IN.finditer(text):
        for place in _PLACE_SPLIT.split(match["places"]):
            if place[:1].isupper():
                found.append(_fact(match.start("places"), "filming_location", place.strip()))
    return found


def _based_on(text: str) -> list[Found]:
    return [_fact(m.start("value"), "based_on", clean(m["value"])) for m in _BASED_ON.finditer(text)]


def _related(text: str) -> list[Found]:
    found = []
    for heading in _RELATED_HEADING.finditer(text):
        offset = heading.end()
        for line in text[offset:].split("\n"):
            item = _RELATED_ITEM.fullmatch(line)
            if item and not item["title"].endswith("."):
                found.append(_fact(offset + item.start("title"), "related_film", item["title"]))
            elif line.strip():
                break
            offset += len(line) + 1
    return found
