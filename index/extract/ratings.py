"""A printed rating read on its scale and normalised to /5: stars ("★★★½", "3.5/5"), numbers
with a scale ("8/10", "four out of five"), letter grades ("B+")."""
from __future__ import annotations

import re

from .patterns import cued_pattern, lazy_pattern, mentions, Found

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
GRADE = r"(?P<grade>[A-DF](?:[+\-−]|[ \t-]?(?:plus|minus|PLUS|MINUS)\b)?)"  # "B+", "B-plus", "A minus"
_SCALES = (4, 5, 10, 20, 100)
# A verdict in words with no number: a rating column's "Fresh", "Rotten", "Two thumbs up".
VERDICT_WORDS = lazy_pattern(
    r"(?i:fresh|rotten|certified fresh|(?:(?:two|one|both|a)[ \t]+)?thumbs?[ \t]+(?:up|down)(?:[ \t]+and[ \t]+(?:one[ \t]+)?(?:up|down))?"
    r"|(?:highly[ \t]+|not[ \t]+)?recommended|must[ \t-]see|skip it|mixed|positive|negative)"
)
_ANY_SCALED = lazy_pattern(rf"(?i:(?<![\w./]){SCALED}(?![\w/]))")
_BARE_GRADE = lazy_pattern(rf"(?i:(?:grade|rating|score|verdict)[ \t]*:[ \t]*)?{GRADE}")
_PLAIN_NUMBER = lazy_pattern(r"(?P<value>\d+(?:\.\d+)?|(?=½))(?P<half>[ \t]*½)?")
# The scale printed after stars: "★★★½ (out of four)", "★★★ of 4".
_STARS_SCALE = lazy_pattern(rf"^[ \t]*\(?[ \t]*(?:out[ \t]+)?of[ \t]+(?P<scale>{WORD}|\d+)\b", re.IGNORECASE)
# The scale a column's header gives its cells: "Score (out of 100)", "Rating /10", "Stars (of 5)".
_HEADER_SCALE = lazy_pattern(rf"(?:out[ \t]+of|\bof|/)[ \t]*(?P<scale>{WORD}|\d+)\b", re.IGNORECASE)
# A rating named in running text, as a question names one: "gave it a B+", "an A-", "grade of C".
_NAMED_GRADE = lazy_pattern(
    rf"(?i:\b(?:an?|grade(?:d)?(?:[ \t]+of)?|(?:give|gave|gives)[ \t]+it)[ \t]+{GRADE}(?![\w+\-−])"
    r"(?=[ \t]*(?:$|[?.!,;)]|(?:from|by|in|for|to|on|and|or|grade|rating)\b)))")


def normalise_rating(text: str, *, bare_grade: bool = False, scale: float | None = None,
                     cell: bool = False, assume_five: bool = True) -> tuple[float | None, str] | None:
    """(rating out of 5 or None where the scale is unknown, the rating as printed), or None when the
    text holds no rating. "★★★★ (4 out of 4)" -> (5.0, ...); "B+" -> (3.75, "B+") with bare_grade;
    "94" -> (4.7, "94/100") with scale=100 (a table column's header gives it). A rating column's
    `cell` may also hold a bare number ("3½": out of 5 up to 5, of 10 up to 10, else of 100) or a
    verdict in words ("Rotten", "Two thumbs up": no number, kept as printed)."""
    printed = " ".join(text.split()).strip(" .;,")
    if not printed:
        return None
    if bare_grade:
        grade = _BARE_GRADE.fullmatch(printed.strip("*_ "))
        if grade:
            return grade_value(grade["grade"]), printed
    number = _PLAIN_NUMBER.fullmatch(printed.strip("*_ ")) if scale or cell else None
    if number:
        value = float(number["value"] or 0) + (0.5 if number["half"] else 0)
        shown = f"{printed.strip('*_ ')}/{scale:g}" if scale else printed.strip("*_ ")
        scale = scale or next((s for s in (5, 10, 100) if value <= s), None)
        if not scale or value > scale:
            return None
        return round(value / scale * 5, 2), shown
    if cell and VERDICT_WORDS.fullmatch(printed.strip("*_ ")):
        return None, printed.strip("*_ ")
    unscaled = None
    for match in STAR_RATING.finditer(printed):
        value = len(match["stars"]) + (0.5 if match["half"] else 0)
        scale = star_scale(match, value) or words_scale(printed[match.end():])
        if scale and value <= scale:
            return round(value / scale * 5, 2), printed
        unscaled = unscaled or ((round(float(value), 2) if value <= 5 and assume_five else None),  # stars alone: of five
                                match.group().strip())
    for match in _ANY_SCALED.finditer(printed):
        if not (match["stars"] or match["scale"]):
            continue
        value = rating_number(match["value"]) + (0.5 if match["half"] else 0)
        scale = rating_number(match["scale"]) if match["scale"] else 5  # "N stars" alone: out of five
        if scale in _SCALES and value <= scale:
            return round(value / scale * 5, 2), printed
    return unscaled


def grade_value(grade: str) -> float:
    """Letter grades map linearly from A+ = 5 to F = 0 in twelve steps (B+ = 3.75, C = 2.08);
    "B plus" and "B-minus" are B+ and B-."""
    return round(GRADES.index(grade_letters(grade)) * 5 / (len(GRADES) - 1), 2)


def grade_letters(grade: str) -> str:
    """"b plus" -> "B+", "A−" -> "A-"."""
    grade = grade.upper().replace("−", "-")
    rest = grade[1:].strip()
    return grade[0] + ("+" if "PLUS" in rest else "-" if "MINUS" in rest else rest[:1] if rest[:1] in ("+", "-") else "")


def words_scale(after: str) -> int | None:
    """The scale printed after a rating: " (out of four)" -> 4."""
    match = _STARS_SCALE.match(after)
    scale = int(rating_number(match["scale"])) if match else None
    return scale if scale in _SCALES else None


def header_scale(header: str) -> int | None:
    """The scale a table column's header gives its bare numbers: "Score (out of 100)" -> 100."""
    match = _HEADER_SCALE.search(header)
    scale = int(rating_number(match["scale"])) if match else None
    return scale if scale in _SCALES else None


def rating_named(text: str) -> tuple[float, str] | None:
    """A rating named in running text, as a question names one: "who gave it a B+" -> (3.75, "B+"),
    "which critic gave it 4 stars" -> (4.0, "4 stars"), "8/10" -> (4.0, "8/10"). Not "a B movie"."""
    grade = _NAMED_GRADE.search(text)
    if grade:
        return grade_value(grade["grade"]), grade_letters(grade["grade"])
    for match in (*STAR_RATING.finditer(text), *_ANY_SCALED.finditer(text)):
        read = normalise_rating(match.group())
        if read and read[0] is not None:
            return read[0], match.group().strip()
    return None


def scaled_by_its_line(text: str, found: Found) -> Found:
    """"Rating: ★★★★★ (five stars)": a rating without a scale takes the scale its line gives."""
    if found.fields.get("rating") is not None:
        return found
    start = text.rfind("\n", 0, found.offset) + 1
    end = text.find("\n", found.offset)
    line = text[start:len(text) if end < 0 else end]
    read = normalise_rating(line[found.offset - start:], assume_five=False)
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


# --- printed ratings in a text -----------------------------------------------------------------

_NUMBER = r"(?P<value>\d+(?:\.\d+)?|½)(?P<half>[ \t]*½)?"
_NUMERIC_RATINGS = [
    lazy_pattern(rf"(?i:rating|score|verdict|our rating|grade)[ \t]*:[ \t]*{_NUMBER}[ \t]*(?:/|out of)[ \t]*(?P<scale>\d+)"),
    lazy_pattern(rf"\b{_NUMBER}[ \t]*(?:/|out of)[ \t]*(?P<scale>\d+)[ \t]+stars?\b"),
    lazy_pattern(rf"\b{_NUMBER}[ \t]+stars?[ \t]+out of[ \t]+(?P<scale>\d+)\b"),
]
_CUE = (
    r"(?:(?:our |my |final |overall )?(?:rating|score|verdict|grade)[ \t]*:[ \t]*"
    r"|\b(?:give|gives|giving|gave|rate|rates|rated|deserves|merits|awarded|awards)"
    r"(?:[ \t]+(?:it|this|this one|this film|this movie|the film|the movie))?[ \t]+(?:a[ \t]+)?)"
)
_CUE_WORDS = ("rating", "score", "verdict", "grade", "giv", "gave", "rate", "deserves", "merits", "award")  # _CUE's
_CUE_LEAD = len("overall ")  # the longest of _CUE's words before its cue word
# An aggregator's card prints a review's verdict, then its rating: "Fresh · 5/5", "Rotten · C-", "FRESH A".
_TOMATO = r"(?:certified[ \t]+)?(?:fresh|rotten)(?:[ \t]*[·•|:—–][ \t]*|[ \t]+)"  # "Fresh · 5/5", "FRESH A"
_WORD_RATINGS = [
    cued_pattern(rf"(?i:{_CUE}{SCALED})\b", _CUE_WORDS, _CUE_LEAD),
    lazy_pattern(rf"(?im:^[ \t]*{SCALED}[ \t]*\.?[ \t]*$)"),
    lazy_pattern(rf"(?im:^[ \t]*{_TOMATO}{SCALED}[ \t]*$)"),  # an aggregator's line: "Fresh · 5/5"
    lazy_pattern(rf"(?im:^[ \t]*{SCALED}[ \t]*[·•|—–]?[ \t]*(?:fresh|rotten)[ \t]*$)"),  # or "2/5 Rotten"
    lazy_pattern(rf"(?i:(?<=[.!?;,] )(?<![\w./]){SCALED})[ \t]*\.?(?=[”\"])"),  # the last words of a quote: "… 8/10”
    lazy_pattern(rf"(?i:(?<![\w./]){SCALED}(?=[ \t]+from (?:me|us)\b))"),  # "three and a half stars out of four from me"
    lazy_pattern(rf"(?im:(?<=[.!?][ \t])(?<![\w./]){SCALED}(?=[ \t]*[.!]?[ \t]*$))"),  # the line's last sentence: "… a slog. 2 stars."
]
# Between separators, as a capsule prints it: "Name (Outlet): 8/10 — A cake of a movie". A verdict
# only where the words before it name a critic (index.extract.signatures.led_by): "Harbour Lights
# (15) — two stars" rates another film.
_SEPARATED = lazy_pattern(rf"(?i:(?<=[:—–|][ \t])(?<![\w./]){SCALED})(?=[ \t]*(?:[—–|]|[ \t]-[ \t]|$))", re.MULTILINE)


def separated_ratings(text: str, found: list[Found]) -> list[Found]:
    """Ratings between a line's separators that no other pattern read (`found`)."""
    if not mentions(text, "/", "star", "out of"):
        return []
    taken = [(f.offset, f.offset + len(f.fields["rating_text"] or "")) for f in found]
    ratings = []
    for match in _SEPARATED.finditer(text):
        if (match["stars"] or match["scale"]) and not any(s < match.end() and match.start() < e for s, e in taken):
            value = rating_number(match["value"]) + (0.5 if match["half"] else 0)
            scale = rating_number(match["scale"]) if match["scale"] else 5
            if scale in (4, 5, 10, 100) and value <= scale:
                ratings.append(_rating(match, value, int(scale)))
    return ratings
_GRADE_RATINGS = cued_pattern(
    r"(?:(?i:(?:our |my |final |overall )?(?:grade|rating|verdict|score))[ \t]*:[ \t]*"
    r"|\b(?P<verb>(?:gets|earns|earned|got|deserves|merits|scores|give it|gives it|gave it|rated it|graded it|awarded it)"
    r"[ \t]+(?:an?[ \t]+)?)"
    rf"|^[ \t]*(?i:{_TOMATO}))"
    + GRADE + r"(?=[ \t]*(?:[.,;!)”\"]|$|(?:and|but)\b|[—–]))",
    ("grade", "rating", "verdict", "score", "gets", "earn", "got", "deserves", "merits", "give", "gave", "rated",
     "award", "fresh", "rotten"),
    _CUE_LEAD,
    re.MULTILINE,
)


def printed_ratings(text: str) -> list[Found]:
    """Every rating printed in the text, normalised to /5 where its scale is known; a verdict each,
    with no critic yet (index.extract.verdicts says whose). Stars with no scale printed beside them
    take the scale the page states ("Ratings are out of four stars"), else five."""
    ratings = [*_star_ratings(text), *_numeric_ratings(text), *_asterisk_ratings(text)]
    ratings += _word_ratings(text, ratings) + _grade_ratings(text)
    ratings = [scaled_by_its_line(text, r) for r in ratings]
    if any(r.fields["rating"] is None for r in ratings):
        stated = stated_scale(text) or 5
        ratings = [_on_scale(r, stated) if r.fields["rating"] is None else r for r in ratings]
    return ratings


# "Ratings are out of four stars", "scores out of ten", "(ratings out of 5)": the page's own scale.
_STATED_SCALE = lazy_pattern(
    rf"(?i:\b(?:ratings?|scores?|stars|grades?|marks)\b[^.\n\d★]{{0,30}}\bout[ \t]+of[ \t]+(?P<scale>{WORD}|\d+)\b)")


def stated_scale(text: str) -> int | None:
    match = _STATED_SCALE.search(text) if mentions(text, "out of") else None
    scale = int(rating_number(match["scale"])) if match else None
    return scale if scale in _SCALES else None


def _on_scale(found: Found, scale: int) -> Found:
    stars = STAR_RATING.match(found.fields["rating_text"] or "")
    if not stars:
        return found
    value = len(stars["stars"]) + (0.5 if stars["half"] else 0)
    if value > scale:
        return found
    return Found(found.offset, "verdict", {**found.fields, "rating": round(value / scale * 5, 2)})


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
            value = rating_number(match["value"]) + (0.5 if match["half"] else 0)
            scale = rating_number(match["scale"]) if match["scale"] else 5  # "N stars" alone: out of five
            if scale in (4, 5, 10, 100) and value <= scale:
                taken.append((match.start(), match.end()))
                ratings.append(_rating(match, value, int(scale)))
    return ratings


def _grade_ratings(text: str) -> list[Found]:
    """"Grade: B+" (kept with its label), "gave it A+ and called it" (the grade alone)."""
    found = []
    for match in _GRADE_RATINGS.finditer(text):
        rating = grade_value(match["grade"])
        printed = match["grade"] if match["verb"] else match.group().strip()
        found.append(Found(match.start(), "verdict", {"rating": rating, "rating_text": printed}))
    return found


def _star_ratings(text: str) -> list[Found]:
    found = []
    for match in STAR_RATING.finditer(text):
        value = len(match["stars"]) + (0.5 if match["half"] else 0)
        if (match.group().strip() == match["stars"] == "★"[:len(match["stars"])] and not text[text.rfind("\n", 0, match.start()) + 1:
                match.start()].strip() and text[match.end():match.end() + 2].strip()[:1].isalpha()):
            continue  # "★ Full reviews available …": a bullet, not one star
        scale = star_scale(match, value)
        found.append(_rating(match, value, scale))
    return found


# Stars typed as asterisks after a rating's label, as newspapers print them: "Rating: ***½ (out of four)".
_ASTERISKS = lazy_pattern(
    r"(?i:rating|stars|verdict|grade|score)[ \t]*:[ \t]*(?P<stars>\*{1,5})[ \t]*(?P<half>½|1/2)?(?![*\w])")


def _asterisk_ratings(text: str) -> list[Found]:
    if "*" not in text:
        return []
    found = []
    for match in _ASTERISKS.finditer(text):
        value = len(match["stars"]) + (0.5 if match["half"] else 0)
        scale = words_scale(text[match.end():match.end() + 30])
        printed = text[match.start("stars"):match.end()] + (text[match.end():match.end() + 30].split(")")[0] + ")"
                                                            if scale else "")
        rating = round(value / (scale or 5) * 5, 2) if value <= (scale or 5) else None
        found.append(Found(match.start("stars"), "verdict", {"rating": rating, "rating_text": printed.strip()}))
    return found


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
    return Found(match.start(), "verdict", {"rating": rating, "rating_text": match.group().strip().rstrip(" .")})


# --- a rating standing in a line, with where it is -----------------------------------------------

# The label a line prints before its rating: "Grade: B+", "VERDICT: ★★★★½", "Original score: 3.5/4".
RATING_LABEL = (r"(?i:(?:(?:our|my|final|overall|original|the)[ \t]+)?(?:grade|rating|score|verdict|stars|mark)s?)"
                r"(?:[ \t]*:[ \t]*|[ \t]+(?=[A-DF]\b))")
# A letter grade between a line's separators, never a word or an initial: "— B+", ": A-.", "Grade A",
# not "A masterpiece" nor "Robert A. Mattey".
_GRADE_END = r"(?![\w+\-−])(?=[ \t]*(?:$|[,;)—–|·•*_“\"]|[ \t]-[ \t]|\.[ \t]*(?:$|[“\"*_(])))"
_LINE_GRADE = lazy_pattern(
    rf"(?:(?<![\w'’]){RATING_LABEL}|^|(?<=[:—–|·•(,*_])|(?<=[:—–|·•(,*_.][ \t])"
    rf"|(?<=^[Ff][Rr][Ee][Ss][Hh] )|(?<=^[Rr][Oo][Tt][Tt][Ee][Nn] )){GRADE}{_GRADE_END}")  # an aggregator's "FRESH A"
_RESTATED = lazy_pattern(r"[ \t]*\([^()\n]{2,30}\)")  # "★★★★ (four stars)", "★★★½ (out of four)"


def rating_spans(line: str) -> list[tuple[int, int, tuple[float | None, str]]]:
    """Where a line prints a rating, and its reading: (start, end, (out of 5, as printed)), first
    first. Stars ("★★★½", "★★★★ (four stars)"), a number on its scale ("3 out of 4", "9/10") and a
    letter grade standing between separators ("— Grade: B+", ": A-."), each with its label."""
    spans = []
    candidates = [m.span() for m in STAR_RATING.finditer(line)]
    candidates += [m.span() for m in _ANY_SCALED.finditer(line) if m["stars"] or m["scale"]]
    candidates += [m.span() for m in _LINE_GRADE.finditer(line)]
    for start, end in sorted(candidates):
        if any(s <= start < e for s, e, _ in spans):
            continue
        restated = _RESTATED.match(line, end)
        if restated and (normalise_rating(restated.group(), assume_five=False) or words_scale(restated.group())):
            end = restated.end()
        grade = _LINE_GRADE.fullmatch(line, start, end)
        read = (grade_value(grade["grade"]), line[start:end].strip()) if grade else normalise_rating(line[start:end])
        if read:
            spans.append((start, end, read))
    return spans
