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

- infobox rows: "| Running time | 112 minutes |", "Original title\t고요한 궤도";
- runtimes in any common form, normalised to "N minutes": "112 min", "1h 52m", "2 hours 7 minutes";
- the original title in brackets after the film's own title: "(Italian: La voce del mare)",
  "(Korean: 고요한 궤도, Goyohan Gwedo)" (the romanisation is dropped), "(original title: X)";
  and "It was released in Italy as X" when the page's own country or language agrees;
- release dates in prose: "opened in Korean cinemas on 14 August 2019", "premiered at the
  Venice Film Festival on 2 September 2021";
- locations: "shot on location in Chioggia and Pellestrina", a sentence opening "Filmed in X",
  "principal photography took place in X";
- "based on the novel X by Y" / "adapted from the play X" wherever it stands, and
  "an original screenplay" (based_on: "an original screenplay").

Deliberately not: years or titles in brackets after other films ("Volver (2006)" is not this
film's year); "shot in" about characters ("Janis was shot in ...": only a film, its scenes or
its production are filmed); genres named in passing ("the melodrama genre").
"""
from __future__ import annotations

import re
import unicodedata

from .fact_prose import prose_facts
from .layout import continued_values
from .fact_values import cell_parts, clean_value, minutes as _minutes, runtimes_in
from .patterns import lazy_pattern, BULLET, Found, clean, fold, mentions

_LABEL = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?P<label>[A-Z][A-Za-z ’']{{1,45}}?)[ \t]*"
    r"(?:(?::|[.…·]{3,}|(?:\.[ \t]){3,})[ \t]*(?P<inline>[^\n]+?)|\n(?=(?:[ \t]*\n)*[ \t]*(?P<next>[^\n]+)))[ \t]*$",
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
    ("release dates", "release_date"), ("release date", "release_date"), ("released", "release_date"),
    ("release", "release_date"), ("premiere", "release_date"), ("duration", "runtime"),
    ("spoken languages", "language"), ("spoken language", "language"), ("production countries", "country"),
    ("production country", "country"), ("locations", "filming_location"), ("shooting locations", "filming_location"),
    ("source material", "based_on"), ("remake of", "remake"),
    ("filming locations", "filming_location"), ("filming location", "filming_location"),
    ("based on", "based_on"), ("adapted from", "based_on"),
]
_QUALIFIED = {"release_date"}  # only dates keep a qualifier; "Original Languages" is not one

# Infobox rows: "| Running time | 112 minutes |", "Original title\t고요한 궤도", "Country   Italy".
_ROW = lazy_pattern(
    r"^[ \t]*\|?[ \t]*(?P<label>[A-Z][A-Za-z’']*(?: [A-Za-z’']+){0,5})(?:[ \t]*[|\t][ \t]*|  +)"
    r"(?P<inline>[^|\t\n]+?)[ \t]*\|?[ \t]*$",
    re.MULTILINE,
)
_YEAR_VALUE = lazy_pattern(r"^(?:19|20)\d\d$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_SOURCE = (rf"\b{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}\b|\b\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}\b|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b")
_DATE = lazy_pattern(_DATE_SOURCE)
_WORDY_VALUE = lazy_pattern(r"^[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}$")
_LIST_SPLIT = lazy_pattern(r"[ \t]*(?:,|/|\||;|&|\band\b)[ \t]*")

_TITLE_PAREN = lazy_pattern(r"\((?P<original>[^(),\n]{2,80}),[ \t]*(?P<year>(?:19|20)\d\d)\)|\((?P<only_year>(?:19|20)\d\d)\)")
_COUNTRIES = frozenset(
    """spain france italy germany mexico usa us uk japan china korea india iran argentina brazil
    chile canada australia denmark sweden norway finland poland russia belgium netherlands
    portugal greece turkey ireland austria switzerland colombia peru israel egypt""".split()
)
_SUBTITLES = lazy_pattern(r"\b(?P<language>[A-Z][a-z]+)(?:[ \t]+and[ \t]+(?P<second>[A-Z][a-z]+))?[ \t]+with[ \t]+[A-Z][a-z]+[ \t]+subtitles\b")
_LANGUAGE_FILM = lazy_pattern(r"(?<![Nn]on-)(?<![Nn]on )\b(?P<language>[A-Z][a-z]+)-language[ \t]+(?:film|drama|movie|feature|thriller|comedy)\b")
_GENRES = (
    r"drama|comedy|thriller|horror film|documentary|western|musical|melodrama|romance|romantic comedy|"
    r"science fiction|sci-fi|fantasy|mystery|crime drama|war film|biopic|animated film|action film|"
    r"coming-of-age|satire|black comedy|dramedy|noir"
)
_GENRE_SENTENCE = lazy_pattern(
    rf"\b(?:This|It|The film|The movie|This film|This movie)(?:[ \t]+is|’s|'s)[ \t]+an?[ \t]+"
    rf"(?P<genre>{_GENRES})\b"
)
_PLACE = r"[A-Z][\w’'-]+(?:[ \t]+(?:de|del|de la|la|le|di|da|do|am|an|upon|on|sur)?[ \t]*[A-Z][\w’'-]+){0,3}"
_SHOT_IN = lazy_pattern(
    r"\b(?i:film|movie|picture|it|scenes?|production|footage|sequences?|principal photography)[ \t]+"
    r"(?:was|were|is|are|had been|has been)[ \t]+(?:\w+ly[ \t]+)?(?:shot|filmed)[ \t]+(?:on location[ \t]+)?in[ \t]+"
    rf"(?P<places>{_PLACE}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_PLACE})*)"
)
# "shot on location in X", "Filmed in X" opening a sentence, "principal photography took place in X".
_PLACES = rf"(?P<places>{_PLACE}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_PLACE})*)"
_MORE_LOCATIONS = [
    lazy_pattern(rf"\b(?i:shot|filmed)[ \t]+(?:entirely[ \t]+|largely[ \t]+|mostly[ \t]+|partly[ \t]+)?on[ \t]+location[ \t]+in[ \t]+{_PLACES}"),
    lazy_pattern(rf"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:Shot|Filmed)[ \t]+(?:entirely[ \t]+|largely[ \t]+|mostly[ \t]+|partly[ \t]+)?in[ \t]+{_PLACES}", re.M),
    lazy_pattern(
        r"\b(?i:principal photography|filming|shooting|the shoot)[ \t]+(?:took place|was done|was carried out|occurred|happened)"
        rf"(?:[ \t]+(?:entirely|mostly|largely|partly|primarily|mainly))?(?:[ \t]+on[ \t]+location)?[ \t]+in[ \t]+{_PLACES}"
    ),
]
_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december
    spring summer autumn winter fall the""".split()
)
_PLACE_SPLIT = lazy_pattern(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+")
_BASED_ON = lazy_pattern(
    r"\b(?:film|movie|story|screenplay|script|picture|it)[ \t]+(?:is|was)[ \t]+"
    r"(?P<value>(?:not[ \t]+)?(?:(?:very[ \t]+)?(?:loosely|partly|partially|directly|closely|freely)[ \t]+)?"
    r"(?:based on|adapted from|inspired by)[ \t]+[^.\n]{3,250})",
    re.IGNORECASE,
)
_SOURCE_NOUNS = (
    r"novel|novels|book|play|stage play|short story|short stories|novella|memoir|comic|comics|graphic novel|"
    r"manga|webtoon|musical|article|series|poem|opera|true story|story|biography|autobiography|screenplay"
)
# "based on the novel X by Y" wherever it stands (a lead sentence rarely repeats "the film is").
_SOURCE = lazy_pattern(
    r"(?P<value>(?:[Bb]ased on|[Aa]dapted from)[ \t]+"
    r"(?:the|a|an|his|her|their|(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*(?:’s|'s))[ \t]+(?:[\w’'-]+[ \t]+){0,3}?"
    rf"(?:{_SOURCE_NOUNS})\b[^.\n]{{0,200}})"
)
_ADVERB_BEFORE = lazy_pattern(r"(?:(?P<negation>\bnot|\bnever|n[’']t)[ \t]+)?(?:(?P<adverb>loosely|partly|partially|freely|closely)[ \t]+)?$")
_ORIGINAL_SCREENPLAY = lazy_pattern(r"(?<!not )\b(?:is|was|from|as)[ \t]+an[ \t]+original[ \t]+screenplay\b")
_OTHER_WORK = lazy_pattern(r"\b(?:previous|earlier|prior|next|other|former|debut|sequel|remake)\b", re.I)

_LANGUAGE_NAMES = (
    r"Italian|Korean|Spanish|French|German|Japanese|Chinese|Mandarin|Cantonese|Portuguese|Russian|"
    r"Swedish|Danish|Norwegian|Finnish|Polish|Dutch|Greek|Turkish|Hindi|Persian|Farsi|Arabic|Hebrew|"
    r"Thai|Vietnamese|Czech|Hungarian|Romanian|Catalan|Basque|Galician|Icelandic|Tagalog|Indonesian|"
    r"Ukrainian|Serbian|Croatian|Bengali|Tamil|Telugu|Urdu|Georgian|Armenian|Estonian|Latvian|Lithuanian"
)
# "Silent Orbit (Korean: 고요한 궤도, Goyohan Gwedo)", "(Italian: La voce del mare)", "(original title: X)".
_TITLE_NOTE = lazy_pattern(
    rf"\((?:{_LANGUAGE_NAMES}|(?i:original title|originally titled|orig\. title))[ \t]*:?[ \t]*"
    r"(?P<title>[^,;()\n]{1,80}?)[ \t]*(?:[,;][^()\n]*)?\)"
)
_RELEASED_AS = lazy_pattern(
    r"\b(?:released|distributed)[ \t]+in[ \t]+(?P<country>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(?:as|under the title)[ \t]+"
    r"(?P<title>“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|[A-Z][^,.;:()\n]{0,80}?)(?=[ \t]*(?:[,.;:()\n]|$))"
)
_LANGUAGE_OF = {"france": "french", "denmark": "danish", "netherlands": "dutch", "holland": "dutch",
                "switzerland": "german", "belgium": "french", "austria": "german", "brazil": "portuguese",
                "mexico": "spanish", "argentina": "spanish", "iran": "persian", "israel": "hebrew"}
_OTHER_SUBJECT = lazy_pattern(
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[Hh]er|[Hh]is|[Tt]heir|previous|earlier|prior|former|debut|other|next|sequel|"
    r"festival|trailer|teaser|poster|soundtrack|album|book|novel)\b"
)
_RUNTIME_PROSE = lazy_pattern(
    r"\b(?i:running time|runtime|run time)[ \t]+(?:of|is|was)[ \t]+(?:about[ \t]+|approximately[ \t]+|around[ \t]+|just[ \t]+(?:over|under)[ \t]+)?"
    r"(?P<value>\d{2,3}[ \t]*(?:minutes|mins?)\b|\d[ \t]*(?:h|hr|hrs|hours?)\.?(?:[ \t]*,?[ \t]*(?:and[ \t]+)?\d{1,2}[ \t]*(?:m|min|mins|minutes)\b)?)"
)
_RELATED_HEADING = lazy_pattern(
    r"^[ \t]*(?:[\w’' ]*(?:director|filmmaker)['’]s other (?:movies|films|works)|other (?:films|movies) by [^\n]+|"
    r"(?:more )?(?:films|movies) from the (?:same )?director|recommended (?:films|movies)[^\n]*|"
    r"similar (?:films|movies)|(?:films|movies) like this[^\n]*|you may also like|if you liked [^\n]+|"
    r"related (?:films|movies)|see also)[ \t]*:?[ \t]*\n",
    re.MULTILINE | re.IGNORECASE,
)
_RELATED_ITEM = lazy_pattern(rf"^[ \t]*{BULLET}(?P<title>[A-Z0-9][^\n:]{{0,78}}?)[ \t]*$")


def extract_film_facts(text: str, film: str = "") -> list[Found]:
    """`film` is the film's slug, used to tell this film's title from others'."""
    found = [
        *_labelled(text), *_title_brackets(text, film), *_languages(text), *_genres(text),
        *_locations(text), *_based_on(text), *_related(text),
        *_title_notes(text, film), *_runtime_prose(text), *prose_facts(text, film),
    ]
    return found + _released_as(text, found)


def front_matter_lines(keys: dict[str, str]) -> str:
    """Front-matter keys that name a film fact ("runtime", "country", "release_date") as label
    lines the label reader takes: "Runtime: 1 h 56 min"."""
    lines = []
    for key, value in keys.items():
        label = key.replace("_", " ").strip()
        if _label_name(label)[0] and "\n" not in value:
            lines.append(f"{label[:1].upper()}{label[1:]}: {value}")
    return "\n".join(lines)


def _fact(offset: int, name: str, value: str) -> Found:
    return Found(offset, "film_fact", {"name": name, "value": value})


_LEADER = lazy_pattern(r"^[^:.…·]{1,46}?(?::|[.…·]{3,}|(?:\.[ \t]){3,})")


def _labelled(text: str) -> list[Found]:
    found = []
    for match in _LABEL.finditer(text):
        name, qualifier = _label_name(match["label"])
        raw = match["inline"] if match["inline"] is not None else match["next"]
        if not name or raw is None or (match["inline"] is None and _LEADER.search(raw)):
            continue  # a heading ("RELEASE") over label lines is no label of its own
        start = match.start("inline") if match["inline"] is not None else match.start("next")
        for value in _label_values(name, clean(raw), qualifier):
            found.append(_fact(start, name, value))
    for match in _ROW.finditer(text):  # infobox rows
        name, qualifier = _label_name(match["label"])
        if name:
            more = continued_values(text, match)
            if name in _LISTED:
                values = [match["inline"], *more]
            else:  # "Based on<TAB>D'entre les morts" / "by Pierre Boileau" / "Thomas Narcejac": one value
                values = ["".join([match["inline"], *(f" {m}" if m[:1].islower() else f", {m}" for m in more)])]
            found += [_fact(match.start("inline"), name, v) for value in values
                      for v in _label_values(name, clean(value), qualifier)]
    return found


_LISTED = frozenset({"language", "genre", "country", "filming_location", "release_date", "runtime"})  # one value a line


def _runtime_prose(text: str) -> list[Found]:
    found = []
    for match in _RUNTIME_PROSE.finditer(text):
        minutes = _minutes(match["value"])
        if minutes:
            found.append(_fact(match.start("value"), "runtime", minutes))
    return found


def _title_notes(text: str, film: str) -> list[Found]:
    """'Silent Orbit (Korean: 고요한 궤도, Goyohan Gwedo)': only right after the film's own title."""
    if not film:
        return []
    found = []
    for match in _TITLE_NOTE.finditer(text):
        if not _slug(text[max(0, match.start() - 120):match.start()]).endswith(film):
            continue
        title = match["title"].strip().strip("“”\"'‘’*_").strip()
        if title and _slug(title) != film and title[:1] not in "0123456789":
            found.append(_fact(match.start("title"), "original_title", title))
    return found


def _released_as(text: str, found: list[Found]) -> list[Found]:
    """'It was released in Italy as La voce del mare': a title, when the film is from there."""
    home = {fold(f.fields["value"]) for f in found if f.fields["name"] in ("country", "language")}
    result = []
    for match in _RELEASED_AS.finditer(text):
        sentence = re.split(r"[.!?\n]", text[max(0, match.start() - 80):match.start()])[-1]
        if _OTHER_SUBJECT.search(sentence):
            continue
        country = fold(match["country"])
        language = _LANGUAGE_OF.get(country, country[:3])
        if home and not any(h == country or h.startswith(language) for h in home):
            continue  # a Korean film released in Italy under an Italian title keeps its own
        title = match["title"].strip("“”\"").strip()
        if title:
            result.append(_fact(match.start("title"), "original_title", title))
    return result


# Words of a release label that say what kind of release it was, kept in lower case; a place
# ("US release", "German release") keeps its own case.
_GENERIC_WORDS = frozenset("""home entertainment theatrical digital original world international limited wide general
    initial first premiere festival streaming video cinema cinemas theater theatre dvd""".split())


def _label_name(label: str) -> tuple[str | None, str]:
    label = " ".join(label.split())
    lowered = label.lower()
    for ending, name in _LABELS:
        if lowered == ending or (name in _QUALIFIED and lowered.endswith(" " + ending)):
            if ending == "premiere":  # "World premiere": the event is the qualifier
                return name, lowered
            words = [w.lower() if w.lower() in _GENERIC_WORDS else w for w in label[: -len(ending)].split()]
            return name, " ".join(words)
    return None, ""


def _label_values(name: str, value: str, qualifier: str) -> list[str]:
    """Validate a label's value by the shape its fact must have; a heading before prose fails.
    A cell may hold several values: split at '<br>', and at each running time or date."""
    parts = cell_parts(value)
    if name == "runtime":
        return [r for part in parts for r in (runtimes_in(part) if not _minutes(part) else [_minutes(part)])]
    if name == "year":
        return [p for p in parts if _YEAR_VALUE.match(p)]
    if name == "release_date":
        return [d for part in parts for d in _dates(part, qualifier)]
    if name in ("language", "genre", "country", "filming_location"):
        if name == "language":  # "Korean, with English subtitles": the subtitles are not its language
            parts = [_WITH_SUBTITLES.sub("", part) for part in parts]
        items = [p for part in parts for p in _LIST_SPLIT.split(part) if p]
        if name == "genre":
            items = [i[0].upper() + i[1:] for i in items]
        return items if items and all(_WORDY_VALUE.match(p) for p in items) else []
    value = clean_value(value)
    return [value] if len(value) <= 200 and not value.endswith(":") else []


_WITH_SUBTITLES = re.compile(r",?[ \t]*(?:\(|\b)with[ \t]+[A-Z][a-z]+(?:[ \t]+and[ \t]+[A-Z][a-z]+)?[ \t]+subtitles\)?")
_DATE_WITH_NOTE = lazy_pattern(rf"(?P<date>{_DATE_SOURCE})(?:[ \t]*\((?P<note>[^()\n]{{1,50}})\))?")


def _dates(value: str, qualifier: str) -> list[str]:
    """'Tuesday, April 05, 2022' as it stands; '26 April 1954 (Japan) 19 November 1956 (United
    States)' one date each, with its note; a label's qualifier joins the note."""
    dated = list(_DATE_WITH_NOTE.finditer(value))
    if not dated:
        return []
    if len(dated) == 1 and len(value) <= 60:
        match = dated[0]
        if match["note"] and qualifier and match.end() == len(value):
            return [f"{value[:match.start('note')].rstrip(' (')} ({qualifier}, {match['note']})"]
        return [f"{value} ({qualifier})" if qualifier else value]
    notes = [", ".join(n for n in (qualifier, m["note"]) if n) for m in dated]
    return [f"{m['date']} ({note})" if note else m["date"] for m, note in zip(dated, notes)]


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
    if not mentions(text, "subtitles", "-language"):
        return []
    found = []
    for match in _SUBTITLES.finditer(text):
        found += [_fact(match.start(), "language", lang) for lang in (match["language"], match["second"]) if lang]
    for match in _LANGUAGE_FILM.finditer(text):
        found.append(_fact(match.start(), "language", match["language"]))
    return found


def _genres(text: str) -> list[Found]:
    return [_fact(m.start("genre"), "genre", m["genre"].capitalize()) for m in _GENRE_SENTENCE.finditer(text)]


def _locations(text: str) -> list[Found]:
    if not mentions(text, "shot", "filmed", "took place", "was done", "was carried out", "occurred", "happened"):
        return []  # the verbs every location pattern needs
    found = []
    for pattern in (_SHOT_IN, *_MORE_LOCATIONS):
        for match in pattern.finditer(text):
            for place in _PLACE_SPLIT.split(match["places"]):
                place = place.strip()
                if place[:1].isupper() and fold(place.split()[0]) not in _NOT_PLACES:
                    found.append(_fact(match.start("places"), "filming_location", place))
    return found


# A writing credit for the source, as credits print it: "Thomas Harris\tnovel", "| Thomas Harris |
# novel |", "Novel: Thomas Harris", "Thomas Harris (novel)".
_SOURCE_KINDS = r"(?i:novel|book|short story|play|stage play|memoir|novella|comics?|manga|graphic novel|article)"  # not "story": a story credit is original
_NAME = r"[A-Z][\w.'’-]+(?:[ \t]+(?:[A-Z][\w.'’-]+|de|van|von|da|di|del|la|le)){1,4}"
_SOURCE_CREDIT = lazy_pattern(
    rf"^[ \t]*\|?[ \t]*(?:(?P<name>{_NAME})[ \t]*(?:\||\t|[ \t]{{2,}}|\.{{3,}}|[–—:])?[ \t]*\((?P<label>{_SOURCE_KINDS})\)"
    rf"|(?P<name2>{_NAME})[ \t]*(?:\||\t|[ \t]{{2,}}|\.{{3,}}|[–—:])[ \t]*(?P<label2>{_SOURCE_KINDS})"
    rf"|(?P<label3>{_SOURCE_KINDS})(?: by)?[ \t]*(?:\||\t|[ \t]{{2,}}|\.{{3,}}|[–—:])[ \t]*(?P<name3>{_NAME}))[ \t]*\|?[ \t]*$",
    re.MULTILINE,
)


def _source_credits(text: str) -> list[Found]:
    found = []
    for match in _SOURCE_CREDIT.finditer(text):
        name = match["name"] or match["name2"] or match["name3"]
        label = (match["label"] or match["label2"] or match["label3"]).lower()
        if name[:1].isupper():
            found.append(_fact(match.start(), "based_on", f"the {label} by {name.strip()}"))
    return found


def _based_on(text: str) -> list[Found]:
    if not mentions(text, "based on", "adapted from", "inspired by", "original"):
        return _source_credits(text)
    matches = list(_BASED_ON.finditer(text))
    found = [
        _fact(m.start("value"), "based_on", _clause(m["value"])) for m in matches
        if not _OTHER_WORK.search(re.split(r"[.!?\n]", text[max(0, m.start() - 80):m.start()])[-1])
    ]
    taken = {m.start("value") for m in matches}
    for match in _SOURCE.finditer(text):
        sentence = re.split(r"[.!?\n]", text[max(0, match.start() - 80):match.start()])[-1]
        before = _ADVERB_BEFORE.search(sentence)
        if before["negation"] or _OTHER_WORK.search(sentence):
            continue  # "not based on ..." is read whole by _BASED_ON, or not at all
        start = match.start() - (len(sentence) - before.start("adverb") if before["adverb"] else 0)
        if start not in taken:
            found.append(_fact(start, "based_on", _clause(text[start:match.end()])))
    for match in _ORIGINAL_SCREENPLAY.finditer(text):
        sentence = re.split(r"[.!?\n]", text[max(0, match.start() - 80):match.start()])[-1]
        if not _OTHER_WORK.search(sentence):
            found.append(_fact(match.start(), "based_on", "an original screenplay"))
    return found + _source_credits(text)


_NEXT_CLAUSE = lazy_pattern(r",[ \t]+(?:and|but|the|it|this|which|while|where|with|shot|filmed|starring)\b")


def _clause(value: str) -> str:
    """'adapted from X's novel Y, and X co-wrote ...' -> 'adapted from X's novel Y'."""
    return clean(_NEXT_CLAUSE.split(value, 1)[0])


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
