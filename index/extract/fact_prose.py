"""Film facts told in sentences rather than labelled: what a lead sentence says of the film
(its year, countries and genre), running times in prose, release dates by event, place and
medium, filming places in a clause, and whether the film is a remake.

Recognised:
- "Arrival is a 2016 American science fiction drama film", "Mad Max: Fury Road is an
  Australian-American post-apocalyptic action film", "The picture is a German-American
  co-production", "An Argentine-Spanish co-production": year, countries, genre; only when the
  sentence is about the film itself (its title, "It", "The film");
- running times: "Running one hundred and twenty-nine minutes", "runs 2 hours", "The 127-minute
  thriller", "Kurosawa's 3h 27m epic", "the restored 207-minute version" (40 minutes or more);
- release dates: "opened in Korean cinemas on 14 August 2019", "premiered at the Venice Film
  Festival on 2 September 2021", "released in cinemas on 22 October 2021", "hit US theaters on
  May 15, 2015", "Sony Pictures Classics released it in the United States on 16 April 2010",
  "came out on DVD and Blu-ray on September 14, 2010", "arrived on Blu-ray on 1 September 2015";
  the place, event or medium is kept as the date's qualifier;
- places: "The 2h 43m epic, shot in Jordan and Abu Dhabi", "the film was shot in the Namib Desert
  in Namibia", "shot in Tagata on the Izu Peninsula in Shizuoka Prefecture";
- remakes: "is a remake of X", "is not a remake", "Hollywood remade it in 2015 as X".

Deliberately not: a sentence about someone else ("Janis was shot in Madrid", "she opened in a
play on ..."), "a Spanish film director", "a French film festival", a ten-minute scene.
"""
from __future__ import annotations

import re
import unicodedata

from .fact_values import COUNTRY_OF, NATIONALITY, RUNTIME, minutes
from .patterns import lazy_pattern, Found

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_TEXT = rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH},?[ \t]+\d{{4}})"

_GENRE_WORDS = frozenset(
    """epic samurai action adventure science fiction sci-fi drama comedy thriller horror crime war romantic
    romance historical period psychological political satirical black dark musical animated computer-animated
    stop-motion family fantasy mystery neo-noir noir western post-apocalyptic dystopian coming-of-age
    biographical sports spy heist legal disaster superhero supernatural slasher martial arts teen caper
    comedy-drama melodrama jidaigeki chanbara kaiju giallo erotic gangster monster space survival
    psychological mockumentary documentary road buddy courtroom detective erotic anthology
    """.split()
)
_GENRE_HEADS = frozenset("drama comedy thriller western musical documentary romance horror mystery fantasy satire "
                         "melodrama noir biopic epic adventure animation jidaigeki mockumentary".split())
_FILM_NOUN = (r"film|movie|picture|feature|documentary|co-production|production|drama|comedy|thriller|western|"
              r"musical|adventure|epic|romance|melodrama|satire|biopic|animation")
_NOT_THE_FILM = (r"director|directors|maker|makers|critic|critics|producer|producers|actor|actress|star|company|studio|"
                 r"festival|industry|school|composer|editor|historian|scholar|distributor|buff|fan|magazine|series")
_LEAD = lazy_pattern(
    rf"\b(?:is|was|[’']s)[ \t]+an?[ \t]+(?:(?P<year>(?:18|19|20)\d\d)[ \t]+)?"
    rf"(?P<nat>(?:{NATIONALITY})(?:[ \t]*[-–/][ \t]*(?:{NATIONALITY}))*[ \t]+)?"
    rf"(?P<kind>(?:[\w-]+[ \t]+){{0,4}})(?P<noun>{_FILM_NOUN})\b(?![ \t-]+(?:{_NOT_THE_FILM})\b)"
)
_CO_PRODUCTION = lazy_pattern(rf"\b(?P<nat>(?:{NATIONALITY})(?:[ \t]*[-–/][ \t]*(?:{NATIONALITY}))+)[ \t]+co-?production\b")
_FILM_SUBJECT = lazy_pattern(r"^(?:it|the (?:film|movie|picture|feature)|this (?:film|movie|picture))$")
_BRACKETS = lazy_pattern(r"\([^()]*\)|\[[^\[\]]*\]")

_RUNTIME_VERB = lazy_pattern(
    rf"\b(?i:running|runs|lasting|lasts|clocking[ \t]+in[ \t]+at|clocks[ \t]+in[ \t]+at)[ \t]+"
    rf"(?i:(?:just[ \t]+(?:over|under)|about|almost|nearly|some|around|a[ \t]+brisk|a[ \t]+lean)[ \t]+)?(?P<value>{RUNTIME})(?![\w:])"
)
_RUNTIME_ADJECTIVE = lazy_pattern(
    rf"\b(?:[Tt]he|[Tt]his|[Aa]n?|[Ii]ts|[A-Z][\w’'-]+(?:’s|'s))[ \t]+"
    rf"(?:(?:restored|full|original|uncut|complete|brisk|lean|sprawling|mammoth|whopping|taut|tight|breathless)[ \t]+)?"
    rf"(?P<value>{RUNTIME})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
    r"(?:film|movie|picture|feature|epic|drama|thriller|comedy|documentary|western|musical|version|cut|saga|romance|"
    r"adventure|spectacle|odyssey|chase|ride|confection|melodrama|biopic|animation|mystery)\b"
)

_VENUE = lazy_pattern(r"\b(?i:theaters?|theatres?|cinemas?|screens?|dvd|blu-?ray|video|vod|digital|streaming|netflix|"
                      r"television|tv|home|release|festival|premiere|amazon|hulu|disney|apple)\b")
_RELEASED_ON = lazy_pattern(
    r"\b(?P<verb>opened|opens|(?:was|were|is|will[ \t]+be|been)[ \t]+released(?:[ \t]+theatrically)?|released[ \t]+(?:it|the[ \t]+film)"
    r"|premiered|premieres|debuted|debuts|(?P<loose>hit|hits|reached|reaches|arrived|arrives|landed|came[ \t]+out|comes[ \t]+out"
    r"|came[ \t]+to|comes[ \t]+to|brought[ \t]+it[ \t]+to|went[ \t]+into|made[ \t]+it[ \t]+to))"
    r"(?:[ \t]+(?:in|at|across|to|on|onto|into)(?=[ \t]))?(?:[ \t]+(?P<where>[A-Za-z][^\n.,;]{1,70}?))?"
    rf"[ \t]+on[ \t]+(?P<date>{DATE_TEXT})"
)
_OTHER_SUBJECT = lazy_pattern(
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[Hh]er|[Hh]is|[Tt]heir|previous|earlier|prior|former|debut|other|next|sequel|"
    r"festival|trailer|teaser|poster|soundtrack|album|book|novel)\b"
)
_PLACE = r"[A-Z][\w’'-]+(?:[ \t]+(?:de|del|de la|la|le|di|da|do|am|an|upon|on|sur)?[ \t]*[A-Z][\w’'-]+){0,3}"
_SHOT_CLAUSE = lazy_pattern(
    r"(?:,|\b(?:was|were|is|are|been))[ \t]+(?:(?:entirely|largely|mostly|partly|partially|primarily|mainly)[ \t]+)?"
    r"(?:shot|filmed)[ \t]+(?:(?:entirely|largely|mostly|partly|primarily|mainly)[ \t]+)?(?:on[ \t]+location[ \t]+)?"
    rf"(?:in[ \t]+and[ \t]+around|in|around|across)[ \t]+(?:the[ \t]+)?(?P<places>{_PLACE}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_PLACE})*)"
)
_MORE_PLACE = lazy_pattern(rf"[ \t]+(?:in|on|near)[ \t]+(?:the[ \t]+)?(?P<place>{_PLACE})")
_FILM_WORD = lazy_pattern(r"\b(?:film|movie|picture|[Ii]t|scenes?|production|footage|epic|feature|sequences?|"
                          r"documentary|thriller|drama|comedy|western|adventure|musical)\b")
_PLACE_SPLIT = lazy_pattern(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+")
_NOT_PLACES = frozenset("""january february march april may june july august september october november december
    spring summer autumn winter fall black colour color""".split())

_REMAKE = lazy_pattern(
    r"\b(?:is|was|isn[’']t|wasn[’']t)[ \t]+(?P<neg>not[ \t]+|never[ \t]+)?(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?remake"
    r"(?:[ \t]+of[ \t]+(?P<of>[^.;:\n]{2,120}))?"
    r"|\bremade[ \t]+(?:it[ \t]+|the[ \t]+film[ \t]+)?(?:in[ \t]+(?P<year>(?:19|20)\d\d)[ \t]+)?as[ \t]+(?P<as>[^.;:\n]{2,120})"
)


def _fact(offset: int, name: str, value: str) -> Found:
    return Found(offset, "film_fact", {"name": name, "value": value})


def _sentence_before(text: str, start: int) -> str:
    return re.split(r"(?<=[.!?])[ \t]+|\n", text[max(0, start - 200):start])[-1]


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _about_film(subject: str, film: str) -> bool:
    """The words before the verb name this film: its title (possibly "Director's Title") or "It"."""
    subject = _BRACKETS.sub("", subject).strip().strip("*_“”\"")
    return bool(_FILM_SUBJECT.match(subject.lower())) or (bool(film) and _slug(subject).endswith(film))


def prose_facts(text: str, film: str = "") -> list[Found]:
    return [*_lead(text, film), *_runtimes(text), *_releases(text), *_shot_clauses(text), *_remakes(text)]


def _countries(nationalities: str) -> list[str]:
    words = [w.strip() for w in re.split(r"[-–/]", nationalities) if w.strip()]
    return [COUNTRY_OF[w.lower()] for w in words if w.lower() in COUNTRY_OF]


def _lead(text: str, film: str) -> list[Found]:
    found = []
    for match in _LEAD.finditer(text):
        if not (match["year"] or match["nat"]) or not _about_film(_sentence_before(text, match.start()), film):
            continue
        if match["year"]:
            found.append(_fact(match.start("year"), "year", match["year"]))
        if match["nat"]:
            found += [_fact(match.start("nat"), "country", c) for c in _countries(match["nat"])]
        genre = _genre(match["kind"], match["noun"])
        if genre:
            found.append(_fact(match.start("kind"), "genre", genre))
    for match in _CO_PRODUCTION.finditer(text):
        found += [_fact(match.start("nat"), "country", c) for c in _countries(match["nat"])]
    return found


def _genre(kind: str, noun: str) -> str | None:
    words = kind.split()
    if noun in ("film", "movie", "picture", "feature", "production", "co-production"):
        if not words or not all(w.lower() in _GENRE_WORDS for w in words):
            return None
        phrase = " ".join(words) + ("" if words[-1].lower() in _GENRE_HEADS else " film")
    elif all(w.lower() in _GENRE_WORDS for w in words):
        phrase = " ".join([*words, noun])
    else:
        return None
    return phrase[0].upper() + phrase[1:]


def _runtimes(text: str) -> list[Found]:
    found = []
    for pattern in (_RUNTIME_VERB, _RUNTIME_ADJECTIVE):
        for match in pattern.finditer(text):
            value = minutes(match["value"])
            if value and int(value.split()[0]) >= 40:
                found.append(_fact(match.start("value"), "runtime", value))
    return found


def _releases(text: str) -> list[Found]:
    found = []
    for match in _RELEASED_ON.finditer(text):
        if _OTHER_SUBJECT.search(_sentence_before(text, match.start())):
            continue
        where = (match["where"] or "").strip()
        where = where[4:] if where.lower().startswith("the ") else where
        verb = match["verb"].split()[0].lower()
        if match["loose"] and not _VENUE.search(where + " " + match["verb"]):
            continue  # "hit", "reached": a release only when a venue or medium is named
        if verb.startswith("premiere") or (verb.startswith("debut") and "festival" in where.lower()):
            where = f"premiere, {where}" if where else "premiere"
        value = f"{match['date']} ({where})" if where else match["date"]
        found.append(_fact(match.start("date"), "release_date", value))
    return found


def _shot_clauses(text: str) -> list[Found]:
    found = []
    for match in _SHOT_CLAUSE.finditer(text):
        sentence = _sentence_before(text, match.start())
        if _OTHER_SUBJECT.search(sentence) or not _FILM_WORD.search(sentence):
            continue  # "Janis was shot in Madrid": a person, not the film
        places = _PLACE_SPLIT.split(match["places"])
        position = match.end()
        while more := _MORE_PLACE.match(text, position):
            places.append(more["place"])
            position = more.end()
        for place in places:
            place = place.strip()
            if place[:1].isupper() and place.split()[0].lower() not in _NOT_PLACES:
                found.append(_fact(match.start("places"), "filming_location", place))
    return found


def _remakes(text: str) -> list[Found]:
    found = []
    for match in _REMAKE.finditer(text):
        if match["as"]:
            title = re.split(r",[ \t]|[ \t]+(?:with|starring|by|and)[ \t]", match["as"])[0].strip()
            year = f" ({match['year']})" if match["year"] and match["year"] not in title else ""
            found.append(_fact(match.start(), "remake", f"remade as {title}{year}"))
            continue
        sentence = _sentence_before(text, match.start())
        if _OTHER_SUBJECT.search(sentence) or not (_FILM_WORD.search(sentence) or sentence.strip()[:1].isupper()):
            continue
        negated = bool(match["neg"]) or "n’t" in match.group() or "n't" in match.group()
        of = f" of {match['of'].strip()}" if match["of"] else ""
        found.append(_fact(match.start(), "remake", f"{'not ' if negated else ''}a remake{of}"))
    return found

