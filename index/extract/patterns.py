"""Building blocks shared by the extractors: name patterns, `fold` (index.folding's), the Found record.

Names are matched with plain `re`, which has no Unicode case classes, so the upper- and
lower-case letter classes are built once from the Latin ranges real credits use.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from index.folding import fold  # the extractors' keys fold as the answer engine's names do


def _letter_class(predicate) -> str:
    """A character class of the Latin-1 letters that satisfy predicate, written as ranges, plus
    the whole of Latin Extended-A and -B (U+0100-U+024F) whatever their case: there upper- and
    lower-case letters alternate ("ĀāĂă…"), so exact classes have ~150 items each, and these
    classes appear dozens of times in every name pattern, and compiling the extractors' patterns
    with exact classes was most of the cost of re-indexing one document (bench/README.md). A
    name starting with a lower-case "ł" or "š" is the price, and documents rarely write one."""
    codes = [c for c in range(0x41, 0x100) if predicate(chr(c))]
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    runs.append([0x100, 0x24F])
    items = (re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
    return "[" + "".join(items) + "]"


class LazyPattern:
    """A regular expression compiled when first used. The extractors hold ~180 patterns, some
    2,000 characters long, and every indexing process would compile them all where a
    one-document update uses a third of them. After the first use the pattern's methods are
    this object's own attributes, so calls cost what a compiled pattern's do."""

    METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(*self._source)
            for method in self.METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy_pattern(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


# Characters that `re` matches to an ASCII letter case-insensitively but str.lower() does not turn
# into it (found by trying every code point; tests/index/test_extract_patterns.py checks the list).
_CASE_TWINS = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ


class CuedPattern:
    """A pattern whose every match has one of some cue words (in any case) starting at most
    `lead` characters after the match starts. `finditer` tries the pattern only at those places,
    and finds what the pattern's own finditer finds: a pattern that opens with a case-insensitive
    alternation ("(?i:rating|score|...)") costs `re` a full attempt at every character (300 ns a
    character for the word-rating pattern), where finding the cues costs a few `str.find`s.
    The cues are lower-case; a cue may be a prefix of the word ("writ" for written, writer).
    Other methods (search, findall, ...) are the pattern's own."""

    def __init__(self, pattern: str, cues: tuple[str, ...], lead: int = 0, flags: int = 0) -> None:
        if not cues or any(not cue or cue != cue.lower() or "\n" in cue
                           or any(c.isalpha() and not c.isascii() for c in cue) for cue in cues):
            raise ValueError(f"cues must be lower-case, on one line, with ASCII letters only: {cues}")
        self.pattern = lazy_pattern(pattern, flags)
        self.cues, self.lead = cues, lead

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.pattern, name)

    def finditer(self, text: str):
        cues = self.cue_positions(text)
        if cues is None:
            yield from self.pattern.finditer(text)
            return
        match_at, lead = self.pattern.match, self.lead
        pos = tried = 0  # matches resume at pos; every start before tried has been tried
        for cue_at in cues:
            start = max(pos, tried, cue_at - lead)
            while start <= cue_at:
                match = match_at(text, start)
                if match:
                    yield match
                    start = pos = max(match.end(), start + 1)
                else:
                    start += 1
            tried = max(tried, cue_at + 1)

    def cue_positions(self, text: str) -> list[int] | None:
        """Where the cues start, in order; None when the lower-cased text cannot tell (its
        offsets moved, or it holds a letter `re` folds onto an ASCII one that lower() does not)."""
        lowered = _lowered(text)
        if len(lowered) != len(text) or (not text.isascii() and _CASE_TWINS.search(text)):
            return None
        found = set()
        for cue in self.cues:
            at = lowered.find(cue)
            while at >= 0:
                found.add(at)
                at = lowered.find(cue, at + 1)
        return sorted(found)


class CuedLinePattern(CuedPattern):
    r"""A pattern whose matches never run across a line break and always hold one of the cues
    (in any case): `finditer` runs it on the lines that hold a cue. For patterns that open with a
    name, which `re` tries at every capital, or behind an optional title at every character. The
    pattern must read a line's end the same whether "\n" or the end of the text follows (a
    lookahead `(?=\n|$)` does; a bare `$` or `\Z` does not, nor does matching the "\n" itself),
    which tests/index/test_extract_patterns.py checks for each pattern made so."""

    def __init__(self, pattern: str, cues: tuple[str, ...], flags: int = 0) -> None:
        super().__init__(pattern, cues, 0, flags)

    def finditer(self, text: str):
        cues = self.cue_positions(text)
        if cues is None:
            yield from self.pattern.finditer(text)
            return
        line_end = -1
        for cue_at in cues:
            if cue_at <= line_end:
                continue  # on a line already searched
            line_start = text.rfind("\n", 0, cue_at) + 1
            line_end = text.find("\n", cue_at)
            if line_end < 0:
                line_end = len(text)
            yield from self.pattern.finditer(text, line_start, line_end)


def cued_pattern(pattern: str, cues: tuple[str, ...], lead: int = 0, flags: int = 0) -> CuedPattern:
    return CuedPattern(pattern, cues, lead, flags)


def cued_line_pattern(pattern: str, cues: tuple[str, ...], flags: int = 0) -> CuedLinePattern:
    return CuedLinePattern(pattern, cues, flags)


UP = _letter_class(str.isupper)
LOW = _letter_class(str.islower)
LETTER = _letter_class(str.isalpha)

# One capitalised word: "Penélope", "Sánchez-Gijón", "McAvoy", "O'Brien", "Joon-ho".
# An apostrophe continues a word before a capital ("O'Brien") or a contraction's letters ("Li'l
# Zé"), never before a possessive's "s", so "Almodóvar’s" stops at it. All-caps words never
# match: they are headings and outlet names.
TOKEN = rf"{UP}{LOW}+(?:{UP}{LOW}+)*(?:-{LETTER}+)*(?:['’](?:{UP}{LOW}+|(?!s(?!{LETTER})){LOW}{{1,2}}))?(?!{LETTER})"
INITIAL = rf"{UP}\.(?!{LETTER})"
# "de", "van", "St." ("Gaspar St. John"): words that join a name's parts.
PARTICLE = r"(?:de|del|della|di|da|do|dos|das|du|van|von|der|den|le|la|y|bin|ibn|al|el|ten|ter|St\.|Ste\.)"
SPACE = r"[ \t\u00a0]+"  # names never run across a line break
NAME_SPACE = r"[ \u00a0]+"  # nor across a tab: it is the edge of a table cell
# A name word, also an Irish or Italian surname: "O'Connell", "D'Amico", "d'Arcy".
NAME_TOKEN = rf"(?:[{UP[1:-1]}d]['’]{UP}{LOW}+(?:-{LETTER}+)*(?!{LETTER})|{TOKEN})"
# Initials before a name: "F. Murray Abraham", "C. O. Erickson", "J.K. Simmons".
LEADING_INITIALS = rf"{UP}\.(?:[ \u00a0]?{UP}\.){{0,2}}(?!{LETTER}){NAME_SPACE}"
_JOIN = rf"{NAME_SPACE}(?:{PARTICLE}{NAME_SPACE})*(?:{INITIAL}{NAME_SPACE})?"
# A person's name: two to five words, particles and middle initials allowed inside, or initials
# and one to five words ("C. O. Erickson").
PERSON = (
    rf"(?:{LEADING_INITIALS}{NAME_TOKEN}(?:{_JOIN}{NAME_TOKEN}){{0,4}}|{NAME_TOKEN}(?:{_JOIN}{NAME_TOKEN}){{1,4}})"
)
# A stage name with an honorific ("Mr. del Río"), read as a name only where a credit's shape
# says the side is a person's.
STAGE_TITLE = r"(?:Mr|Mrs|Ms)\."
TITLED_PERSON = rf"{STAGE_TITLE}{NAME_SPACE}(?:{PARTICLE}{NAME_SPACE})*{NAME_TOKEN}(?:{_JOIN}{NAME_TOKEN}){{0,3}}"
# An actor's or crew member's name where a credit's shape says it is one.
ACTOR = rf"(?:{TITLED_PERSON}|{PERSON})"
# A nickname inside a character's name: Santino "Sonny" Corleone, Virgil “The Turk” Sollozzo.
NICKNAME = rf"[\"“]{TOKEN}(?:{NAME_SPACE}{TOKEN}){{0,2}}[\"”]"
# A character may be a single word ("Janis") or a full name ("Janis Martínez Moreno").
CHARACTER = (
    rf"(?:(?:Dr|Mr|Mrs|Ms|Sr|Jr)\.{NAME_SPACE}(?:{PARTICLE}{NAME_SPACE})*)?{NAME_TOKEN}"
    rf"(?:{NAME_SPACE}(?:{PARTICLE}{NAME_SPACE})*(?:{NAME_TOKEN}|{NICKNAME})){{0,3}}"
)
BULLET = r"(?:[-–—•*·▪◦][ \t]*)"

# Capitalised words that start sentences or label people but are never part of a name.
LEADING_STOPWORDS = frozenset(
    """a an and as at after also actor actress before both but by cast co-star costar
    director directors during even featuring filmmaker for from her his if in its later left
    meanwhile mother father new now once only our photographer right star starring stars
    still that the their then there these this those though to when where while with
    writer young""".split()
)

# Words that show a capitalised run is a title, an institution or a heading, not a person.
NON_NAME_WORDS = frozenset(
    """academy adaptations alternate audience award awards behind best book cast cart
    chapter cinema cinematography civil classics club collection company composer contents
    credits critics cup date day deleted details detailed differences directed director
    easter eggs ending entertainment festival film films final filming fans genre globe
    globes golden hidden home iconic images insights inspirations key languages locations
    magazine memorable men mother mothers movie movies music news night nominations notes
    oscar oscars other page performances photo photos pictures post prize recommended
    references release reporter review running scene scenes score select sound story
    studio studios summary synopsis table time times trailer trivia type verdict vision
    war watch women year january february march april may june july august september
    october november december monday tuesday wednesday thursday friday saturday sunday
    spanish english french italian german american british
    producer producers screenwriter screenwriters cinematographer""".split()
)

_SPACES = re.compile(r"\s+")
_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mister|Madame)\.?\s")
_LEADING_WORD = re.compile(r"^(\S+)\s+")


@lru_cache(maxsize=2)  # every extractor asks about the same document
def _lowered(text: str) -> str:
    return text.lower()


def mentions(text: str, *words: str) -> bool:
    """Does the text hold any of these lower-case strings, in any case? A pattern that needs one
    of them is skipped without scanning when it does not: patterns that start with a name or a
    case-insensitive word try a match at every capital or every letter, and most pages hold only
    some of the phrasings the extractors know."""
    lowered = _lowered(text)
    return any(word in lowered for word in words)


def clean(text: str) -> str:
    """Collapse whitespace and drop trademark furniture such as ® and ™."""
    return _SPACES.sub(" ", text.replace("®", "").replace("™", "")).strip(" \t\n,;:")


def strip_leading_stopwords(name: str) -> str:
    """'Starring Penélope Cruz' -> 'Penélope Cruz'; 'Then Janis' -> 'Janis'."""
    while True:
        match = _LEADING_WORD.match(name)
        if not match or match.group(1).casefold() not in LEADING_STOPWORDS:
            return name
        name = name[match.end():]


# First names that are also months, verbs or a prize ("May Bellucci", "Will Tran", "Oscar Brennan"):
# a name when a surname follows.
GIVEN_NAME_WORDS = frozenset("may june april august will hope grace joy oscar".split())


def is_person_name(name: str) -> bool:
    """At least two name words (initials count when a name word follows: "C. O. Erickson"), none
    of them a word that marks a title or a heading; a first name may be a month ("May Bellucci")."""
    words = [w for w in name.split() if not re.fullmatch(PARTICLE, w)]
    initials = sum(1 for w in words if re.fullmatch(r"(?:\w\.){1,3}", w))
    if len(words) < 2 or initials == len(words) or _HONORIFIC.match(name):  # "Mr. Reed" is how characters are named
        return False
    if fold(words[0]) in GIVEN_NAME_WORDS:
        words = words[1:]
    return not any(fold(w) in NON_NAME_WORDS for w in words)


# An all-capitals word, as press kits set surnames ("SONG Kang Ho") or whole names ("AL PACINO").
_CAPS_WORD = lazy_pattern(rf"(?<![{LETTER[1:-1]}'’])((?:{UP}['’])?{UP}{{2,}}(?:['’-]{UP}+)*)(?![{LETTER[1:-1]}])")
_MIXED_WORD = lazy_pattern(rf"{UP}{LOW}+{UP}[{LETTER[1:-1]}]*")  # "McCauley", "DeMille"
_NAME_NEIGHBOUR = lazy_pattern(rf"{UP}[{LETTER[1:-1]}'’-]*")


_JOINING_WORDS = frozenset("and by of".split())  # between names and after a credit: "DIRECTED BY", "A AND B"
_LEADER_LINE = lazy_pattern(r"\S[ \t]*(?:\.[ \t]?){3,}[ \t]*\S")  # "GENE PINGATORE . . . . COACH": a credit, no banner


@lru_cache(maxsize=2)  # the cast and crew extractors read the same document
def name_cased(text: str) -> str:
    """The text with all-capitals name words written as names are: "AL PACINO as Lt. Vincent
    Hanna" -> "Al Pacino as ...", "SONG Kang Ho — Ki-taek" -> "Song Kang Ho — Ki-taek".

    Same length, so offsets hold. A word changes only on a line that has lower-case letters (an
    all-capitals line is a heading or a banner) and only next to another capitalised word (a
    name has two); it takes a spelling the page uses elsewhere ("McCAULEY" -> "McCauley"), else
    a capital and lower case letters after it and after a hyphen or apostrophe ("O'Brien")."""
    if not _CAPS_WORD.search(text):
        return text
    spellings: dict[str, str] | None = None
    out, at = [], 0
    line_start = 0
    for match in _CAPS_WORD.finditer(text):
        start, end = match.span()
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        if (line == line.upper() and not _LEADER_LINE.search(line)) or not _beside_name(text, start, end):
            continue
        if spellings is None:
            spellings = {w.casefold(): w for w in _MIXED_WORD.findall(text) if not w.isupper()}
        word = match.group()
        cased = spellings.get(word.casefold()) or title_cased(word)
        if word.casefold() in _JOINING_WORDS:
            cased = word.lower()  # "NICK PARK AND MARK BURTON": two names
        if len(cased) != len(word):
            continue
        out.append(text[at:start])
        out.append(cased)
        at = end
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def _beside_name(text: str, start: int, end: int) -> bool:
    """Is a capitalised word next to this one, one space away? A word of one or two letters
    ("AL PACINO", but "PC Danny Reeve") needs an all-capitals neighbour."""
    short = end - start <= 2
    before = text[max(0, start - 40):start]
    if before[-1:] in (" ", "\u00a0") and before[-2:-1] not in (" ", "\t", "\n", ""):
        prev = before[:-1].rsplit(None, 1)[-1]
        if _NAME_NEIGHBOUR.fullmatch(prev) and (not short or prev.isupper()):
            return True
    after = text[end:end + 40]
    if after[:1] in (" ", "\u00a0") and after[1:2] not in (" ", "\t", "\n", ""):
        following = after[1:].split(None, 1)[0].rstrip(",.;:)")
        return bool(_NAME_NEIGHBOUR.fullmatch(following)) and (not short or following.isupper())
    return False


def title_cased(word: str) -> str:
    parts = re.split(r"(['’-])", word.lower())
    return "".join(part[:1].upper() + part[1:] if part not in ("'", "’", "-") else part for part in parts)


@dataclass(frozen=True)
class Found:
    """One fact an extractor read, before it is tied to a document and a passage."""

    offset: int  # where in the text it was read, to find its passage
    kind: str  # the Fact discriminator: cast, crew, award, verdict, film_fact
    fields: dict[str, Any] = field(hash=False)
