"""Critics' verdicts: star and numeric ratings, and quotes signed by a critic or an outlet.

Recognised:
- star ratings drawn with symbols: "★★★1/2 of ★★★★★", "★★★☆☆", "★★★½ out of 5";
- numeric ratings: "Rating: 3.5/5", "4 out of 5 stars", "8/10 stars", "3 stars out of 4";
- a quoted passage followed by its signature: “…” – David Rooney, THE HOLLYWOOD REPORTER
  (critic and outlet), “…” – VARIETY (outlet only), “…” – Owen Gleiberman (critic only).
- ratings in words, after a cue ("Rating:", "we give it", "earns") or alone on a line:
  "three and a half stars", "two out of four stars", "7 out of 10"; a bare "4/5" or "3.5/5" line;
- letter grades after "Grade:"/"Rating:"/"Verdict:" or "gets a"/"earns a": "B+";
- `Name (Outlet): "quote"` / `Name (Outlet): “quote”`, and quotes signed `— Name (Outlet)`,
  `— Name, Outlet`, or by an outlet alone (`— Frame Rate Weekly`, `— The Guardian`).
Ratings are normalised to a number out of 5, and kept as printed in rating_text. A rating
whose scale the text does not give ("★★★1/2" alone: out of 4 or of 5?) keeps its text only.
Assumptions, stated once: "N stars" in words or digits with no scale is out of five (the
common scale of star ratings; the four-star scale is always spelled out as "out of four");
letter grades map linearly from A+ = 5 to F = 0 in 12 steps (A = 4.58, B+ = 3.75, B = 3.33,
C = 2.08, D = 0.83).
The critic of a bare rating is the document's author, filled in by extract_facts.

Deliberately not: quotes signed by film-makers ("– Pedro Almodóvar, Director": a statement,
not a review), dialogue quotes ("Janis: “…”"), a rating mentioned in passing ("my initial
4-star score"), quotes under a "Director’s statement" (or "Note from the director",
"Interview", "About the director") heading, signatures naming a role ("— Name, director").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .layout import HEADING_LINE, has_outlet_word
from .patterns import cued_pattern, lazy_pattern, BULLET, PERSON, Found, is_person_name, mentions

_STAR = "★✭✮⭐"
_EMPTY_STAR = "☆✩"
_STAR_RATING = lazy_pattern(
    rf"(?P<stars>[{_STAR}]+)[ \t]*(?P<half>1/2|½)?[ \t]*(?P<empty>[{_EMPTY_STAR}]+)?"
    rf"(?:[ \t]*(?:of|out of|/)[ \t]*(?P<scale>[{_STAR}{_EMPTY_STAR}]+|\d+)(?:[ \t]*stars?)?)?"
)
_NUMBER = r"(?P<value>\d+(?:\.\d+)?|½)(?P<half>[ \t]*½)?"
_NUMERIC_RATINGS = [
    lazy_pattern(rf"(?i:rating|score|verdict|our rating|grade)[ \t]*:[ \t]*{_NUMBER}[ \t]*(?:/|out of)[ \t]*(?P<scale>\d+)"),
    lazy_pattern(rf"\b{_NUMBER}[ \t]*(?:/|out of)[ \t]*(?P<scale>\d+)[ \t]+stars?\b"),
    lazy_pattern(rf"\b{_NUMBER}[ \t]+stars?[ \t]+out of[ \t]+(?P<scale>\d+)\b"),
]
_SIGNED_QUOTE = lazy_pattern(
    r"(?P<open>[“\"])(?P<quote>[^“”\"\n]{15,2500}?)[”\"][ \t]*\n?[ \t]*[–—-]{1,2}[ \t]*"
    r"(?P<signature>[^\n“”\"]{2,120}?)[ \t]*$",
    re.MULTILINE,
)
_PERSON = lazy_pattern(rf"^{PERSON}$")
_NOT_OUTLETS = frozenset(
    "director writer producer actor actress star composer filmmaker screenwriter writer-director".split()
)
# First words of a signature's second half that name a role in the film, not a publication.
_ROLE_WORDS = frozenset(
    """director writer producer actor actress star composer filmmaker screenwriter writer-director
    writer/director co-writer co-star costar cinematographer editor lead cast crew creator
    executive""".split()
)
_ATTRIBUTED_QUOTE = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?:(?P<critic>{PERSON})[ \t]*\((?P<outlet>[^()\n:]{{2,60}})\)"
    r"|(?P<outlet_only>[A-Z][^()\n:“”\"]{1,60}?))[ \t]*:[ \t]*"
    r"[“\"](?P<quote>[^“”\"\n]{10,2500}?)[”\"]",
    re.MULTILINE,
)
_NAME_AND_OUTLET = lazy_pattern(rf"^(?P<name>{PERSON})[ \t]*\((?P<outlet>[^()]{{2,60}})\)$")
_STATEMENT_HEADING = lazy_pattern(
    r"(?i:director['’]?s['’]? (?:statement|note|notes|commentary|word|letter|intentions?)"
    r"|filmmaker['’]?s['’]? (?:statement|note|notes)|(?:a )?(?:note|word|words|statement|letter|message)s? "
    r"from the (?:director|filmmaker|writer|cast)|in (?:the|her|his|their) own words|from the director"
    r"|interview with .+|interview|q ?& ?a.*|about the director|notes on (?:the )?film|artist['’]?s statement"
    r"|(?:actor|cast)['’]?s?['’]? (?:statement|notes))"
)

# Ratings in words: "three and a half stars", "two out of four stars", "7 out of 10".
_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}
_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_AMOUNT = rf"(?P<value>{_WORD}|\d+(?:\.\d+)?)(?P<half>[ \t]+and[ \t]+a[ \t]+half|[ \t]*½)?"
_OUT_OF = rf"[ \t]*(?:/|out[ \t]+of)[ \t]*(?P<scale>{_WORD}|\d+)"
_CUE = (
    r"(?:(?:our |my |final |overall )?(?:rating|score|verdict|grade)[ \t]*:[ \t]*"
    r"|\b(?:give|gives|giving|gave|rate|rates|rated|deserves|merits)"
    r"(?:[ \t]+(?:it|this|this one|this film|this movie|the film|the movie))?[ \t]+(?:a[ \t]+)?)"
)
_SCALED = rf"{_AMOUNT}(?P<stars>[ \t]+stars?)?(?:{_OUT_OF}(?:[ \t]+stars?)?)?"  # needs stars or a scale
_CUE_WORDS = ("rating", "score", "verdict", "grade", "giv", "gave", "rate", "deserves", "merits")  # _CUE's
_CUE_LEAD = len("overall ")  # the longest of _CUE's words before its cue word
_WORD_RATINGS = [
    cued_pattern(rf"(?i:{_CUE}{_SCALED})\b", _CUE_WORDS, _CUE_LEAD),
    lazy_pattern(rf"(?im:^[ \t]*{_SCALED}[ \t]*\.?[ \t]*$)"),
]
_GRADES = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"]
_GRADE_RATINGS = cued_pattern(
    r"(?:(?i:(?:our |my |final |overall )?(?:grade|rating|verdict|score))[ \t]*:[ \t]*"
    r"|\b(?:gets|earns|earned|got|deserves|merits|scores|give it|gives it|gave it)[ \t]+an?[ \t]+)"
    r"(?P<grade>[A-DF][+\-−]?)(?=[ \t]*(?:[.,;!)]|$))",
    ("grade", "rating", "verdict", "score", "gets", "earn", "got", "deserves", "merits", "give", "gave"),
    _CUE_LEAD,
    re.MULTILINE,
)
_SMALL_WORDS = frozenset("the of and a an on in at for".split())


@lru_cache(maxsize=2)  # a document's kind is read from its verdicts, then its facts: one pass for both
def extract_verdicts(text: str) -> tuple[Found, ...]:
    ratings = [*_star_ratings(text), *_numeric_ratings(text)]
    ratings += _word_ratings(text, ratings) + _grade_ratings(text)
    statements = _statement_spans(text)
    quotes = [q for q in (*_signed_quotes(text), *_attributed_quotes(text))
              if not any(start <= q.offset < end for start, end in statements)]
    return (*ratings, *quotes)


def _word_ratings(text: str, found: list[Found]) -> list[Found]:
    """Ratings in words or on a line of their own; where another pattern read it, that reading stands."""
    if not mentions(text, "star", "/", "out"):
        return []  # a rating needs stars or a scale
    taken = [(f.offset, f.offset + len(f.fields["rating_text"])) for f in found]
    ratings = []
    for pattern in _WORD_RATINGS:
        for match in pattern.finditer(text):
            if not (match["stars"] or match["scale"]) or any(
                    start < match.end() and match.start() < end for start, end in taken):
                continue
            value = _number(match["value"]) + (0.5 if match["half"] else 0)
            scale = _number(match["scale"]) if match["scale"] else 5  # "N stars" alone: out of five
            if scale in (4, 5, 10, 100) and value <= scale:
                taken.append((match.start(), match.end()))
                ratings.append(_rating(match, value, int(scale)))
    return ratings


def _number(word: str) -> float:
    return float(_WORD_NUMBERS.get(word.lower(), word)) if word.lower() in _WORD_NUMBERS or word[:1].isdigit() else 0.0


def _grade_ratings(text: str) -> list[Found]:
    found = []
    for match in _GRADE_RATINGS.finditer(text):
        grade = match["grade"].replace("−", "-")
        rating = round(_GRADES.index(grade) * 5 / (len(_GRADES) - 1), 2)
        found.append(Found(match.start(), "verdict", {"rating": rating, "rating_text": match.group().strip()}))
    return found


def _statement_spans(text: str) -> list[tuple[int, int]]:
    """Sections headed "Director's statement" and the like run to the next heading."""
    headings = [(m.start(), m["heading"]) for m in HEADING_LINE.finditer(text)]
    spans = []
    for i, (start, heading) in enumerate(headings):
        if _STATEMENT_HEADING.fullmatch(heading.strip()):
            end = headings[i + 1][0] if i + 1 < len(headings) else len(text)
            spans.append((start, end))
    return spans


def _attributed_quotes(text: str) -> list[Found]:
    """'Hannah Voss (Continental Screen): “…”' and 'Frame Rate Weekly: “…”'."""
    found = []
    for match in _ATTRIBUTED_QUOTE.finditer(text):
        quote = " ".join(match["quote"].split())
        if match["critic"]:
            critic, outlet = match["critic"], match["outlet"].strip()
            if not is_person_name(critic) or has_outlet_word(critic) or not _is_outlet(outlet):
                continue
        else:
            critic, outlet = None, match["outlet_only"].strip()
            if not has_outlet_word(outlet):
                continue  # "Janis: “…”" is dialogue
        found.append(Found(match.start(), "verdict", {"critic": critic, "outlet": _outlet(outlet), "quote": quote}))
    return found


def _is_outlet(outlet: str) -> bool:
    """A publication, not a role: capitalised, and not "director", "Star of the film", ..."""
    words = outlet.split()
    return bool(words) and not words[0][:1].islower() and words[0].casefold().strip(",.") not in _ROLE_WORDS


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
    if not mentions(text, "/", "out of"):
        return []  # every numeric rating has a scale
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
    paren = _NAME_AND_OUTLET.match(signature)
    if paren:  # "Priya Raman (Frame Rate Weekly)"
        signature = f"{paren['name']}, {paren['outlet']}"
    name, _, outlet = (part.strip() for part in signature.partition(","))
    if outlet:
        if (not _PERSON.match(name) or not is_person_name(name) or has_outlet_word(name)
                or outlet.casefold() in _NOT_OUTLETS or not _is_outlet(outlet)):
            return None, None
        return name, _outlet(outlet)
    if has_outlet_word(name) or name.startswith("The "):
        if name[:1].isupper() and len(name.split()) <= 6:
            return None, _outlet(name)  # "— Frame Rate Weekly", "— The Guardian"
        return None, None
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
