"""Finding film names in a question without comparing it to every title: an index per film list.

`films.films_named_in` compares every window of the question's words with every title and
alias (ratio 2M / (la + lb) >= 0.9, M the length of their longest common subsequence, for small
typos): comparing every one was about 3 ms per film with difflib, over a second per question at
1,000 films. This index narrows that down to the few films that can match, and
`films.best_name_in` still makes the decision, so the answers are exactly the same:
- an exact window is looked up in a dict of name keys;
- a fuzzy one must share enough character triples (trigrams) with the name. The matched
  characters (M in B blocks) share at least M - 2B trigrams, and between two blocks at least
  one character of either string is unmatched, so B <= la + lb - 2M + 1;
  ratio >= 0.9 needs M >= 0.45 (la + lb). Fewer shared trigrams than M - 2B (or bigrams than
  M - B) rules a name out without computing its ratio; and a name sharing at least T of the
  window's n trigrams shares one of any n - T + 1 of them, so only the rarest are looked up.

Numbers are part of a title's identity ("The Godfather Part II" is not "The Godfather"), and
people write them many ways ("godfather 2", "godfather ii", "part two"): names and questions are
compared in number tokens (`number_tokens`), where each way reads the same, and a name is indexed
by its words without its own number (`TitleName.base`), so that "the godfather part iii" still
finds the Godfather films and `films.best_name_in` can see the number differs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.answer.text import words
from index.models import Film

FUZZY = 0.9  # must not be stricter than the ratio films.best_name_in accepts
# the shortest window compared fuzzily, here and in films.best_name_in: "appollo 13", "virtigo" name
# their films; a shorter name must be exact ("heat" is not "hat", "alien" not "alone")
FUZZY_MIN_CHARS = 6


def name_key(name: str) -> str:
    return " ".join(words(name))


# --- numbers in titles -------------------------------------------------------------------

CONNECTIVES = frozenset({"part", "pt", "vol", "volume", "chapter", "episode"})  # words that introduce a title's number
UNITS = dict(zip("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen".split(), range(1, 20)))
TENS = dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10)))
ORDINAL_WORDS = dict(zip("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                         "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
                         range(1, 20)))
ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
ROMAN = re.compile(r"(x{0,3})(ix|iv|v?i{0,3})")  # 1 to 39: sequels don't go higher
ROMAN_VALUES = {"": 0, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
ARTICLE_WORDS = frozenset({"the", "a", "an"})
# a number followed by one of these counts something ("heat 2 hours", "parasite 4 oscars"): not a title's number
COUNTED = frozenset("hour hours hr hrs h minute minutes min mins seconds oscar oscars award awards nomination "
                    "nominations star stars time times point points out year years million billion percent "
                    "people guys men women kids days weeks months".split())


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a name or question, or a title number written in one or two words ("part ii")."""
    text: str  # how it is compared: numbers as digits ("ii", "two", "part 2" -> "2"), ordinals as "2nd"
    first: int  # the words it stands for are words[first:end]
    end: int
    value: int | None = None  # the number, when it is one
    kind: str = ""  # "digits", "word", "roman", "part" (after a connective) or "ordinal"


def read_number(word: str, after_connective: bool = False) -> tuple[int, str] | None:
    """(value, kind) of a cardinal number in one word; a one-letter roman numeral ("i", "v", "x")
    only after "part", "vol"...: alone it is far more often a word or a letter."""
    if word.isascii() and word.isdigit():
        # no title is numbered past a few digits; int() refuses strings over 4,300 digits
        return (int(word), "digits") if len(word) <= 9 else None
    if word in UNITS:
        return UNITS[word], "word"
    tens, _, unit = word.partition("-")
    if tens in TENS and UNITS.get(unit, 10) < 10:  # "twenty-one"
        return TENS[tens] + UNITS[unit], "word"
    roman = ROMAN.fullmatch(word)
    if roman and word and (len(word) > 1 or after_connective):
        return 10 * len(roman[1]) + ROMAN_VALUES[roman[2]], "roman"
    return None


def roman_letter(word: str) -> int | None:
    return {"i": 1, "v": 5, "x": 10}.get(word)


def read_ordinal(word: str) -> int | None:
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    digits = ORDINAL_DIGITS.fullmatch(word)
    return int(digits[1]) if digits else None


def ordinal_text(value: int) -> str:
    suffix = "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(ORDINAL_WORDS) | CONNECTIVES


def may_be_number(word: str) -> bool:
    """A cheap test that rules out most words: names are read once per film, 10,000 of them."""
    return word[:1].isdigit() or word in NUMBER_WORDS or not word.strip("ivx") or word.partition("-")[0] in TENS


@lru_cache(maxsize=16384)
def number_tokens(text_words: tuple[str, ...]) -> tuple[Token, ...]:
    """The words with every number written one way: "part ii", "part 2", "2", "ii" and "two" all
    read "2", "second" and "2nd" read "2nd"; other words are themselves."""
    if not any(map(may_be_number, text_words)):
        return tuple(Token(word, i, i + 1) for i, word in enumerate(text_words))
    tokens: list[Token] = []
    i = 0
    while i < len(text_words):
        word = text_words[i]
        following = text_words[i + 1] if i + 1 < len(text_words) else ""
        after = read_number(following, after_connective=True) if word in CONNECTIVES else None
        if after:
            tokens.append(Token(str(after[0]), i, i + 2, after[0], "part"))
            i += 2
            continue
        number, ordinal = read_number(word), read_ordinal(word)
        if number:
            tokens.append(Token(str(number[0]), i, i + 1, *number))
        elif ordinal:
            tokens.append(Token(ordinal_text(ordinal), i, i + 1, ordinal, "ordinal"))
        else:
            tokens.append(Token(word, i, i + 1))
        i += 1
    return tuple(tokens)


def is_title_number(tokens: tuple[Token, ...], i: int) -> bool:
    """Does tokens[i], right after a title, give that title a number? "part 3" and "iii" do;
    "3" does unless it counts something ("3 hours", "8 10") or is large (a year: "heat 1995");
    "three" and ordinals don't ("in heat two cops...")."""
    token = tokens[i]
    if token.kind in ("part", "roman"):
        return True
    return token.kind == "digits" and token.value <= 99 and not counts_something(tokens, i)


def counts_something(tokens: tuple[Token, ...], i: int) -> bool:
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is not None and (following.kind == "digits" or following.text in COUNTED)


@dataclass(frozen=True, slots=True)
class TitleName:
    """A film's name read for its number: "The Godfather Part II" is base "the godfather", number 2."""
    base: str  # its number tokens without its own number
    bare: str | None  # the base without a leading article ("godfather"), when it has one
    number: int | None  # its own number, when it ends with one
    number_kind: str  # how the number is written (Token.kind)
    literal: str  # name_key(name)
    literal_only: bool  # a number and nothing else ("Nine", "1917"): compared as written, or any "9" would name it
    short: bool  # its base is one short word ("Up", "Saw"): too easily a common word without a number


@lru_cache(maxsize=65536)
def title_name(name: str) -> TitleName:
    literal = tuple(words(name))
    if not any(map(may_be_number, literal)):  # most titles: their words are all there is
        key = " ".join(literal)
        bare = key.partition(" ")[2] if len(literal) > 1 and literal[0] in ARTICLE_WORDS else None
        return TitleName(key, bare, None, "", key, False, len(literal) == 1 and len(key) < 4)
    tokens = number_tokens(literal)
    texts = [t.text for t in tokens]
    last = tokens[-1] if tokens else None
    number = last.value if last and last.kind != "ordinal" else None  # "Friday the 13th" keeps its 13th
    if last and last.kind == "":  # a last "V" or "X" is a number in a title ("Rocky V"), rarely in a question
        number = roman_letter(last.text)
    has_words = any(t.value is None and t.text not in ARTICLE_WORDS for t in tokens[:-1])
    if number is not None and has_words:
        texts, tokens = texts[:-1], tokens[:-1]
    else:
        number = None
    base = " ".join(texts)
    bare = " ".join(texts[1:]) if len(texts) > 1 and texts[0] in ARTICLE_WORDS else None
    literal_only = bool(tokens) and all(t.value is not None for t in tokens)
    short = len(tokens) == 1 and tokens[0].end - tokens[0].first == 1 and len(literal[tokens[0].first]) < 4
    kind = (last.kind or "roman") if number is not None else ""
    return TitleName(base, bare, number, kind, " ".join(literal), literal_only, short)


def first_part(title: TitleName) -> bool:
    """"Dune: Part One", "Kill Bill: Vol. 1": a mention without a number means this film too.
    ("Rogue One" and "Air Force One" are not: "rogue" or "air force" alone is not the film.)"""
    return title.number == 1 and title.number_kind == "part"


def unnumbered(title: TitleName) -> str:
    """The title's base without its article: what its sequels and prequels share ("godfather")."""
    return title.bare or title.base


def trigrams(text: str, n: int = 3) -> dict[str, int]:
    grams: dict[str, int] = {}
    for i in range(len(text) - n + 1):
        gram = text[i:i + n]
        grams[gram] = grams.get(gram, 0) + 1
    return grams


def shared(grams: dict[str, int], other: dict[str, int]) -> int:
    """The size of the intersection of two multisets."""
    total = 0
    for gram, count in grams.items():
        theirs = other.get(gram)
        if theirs:
            total += count if count < theirs else theirs
    return total


@lru_cache(maxsize=None)
def least_matched(total: int) -> int:
    """The fewest matching characters M with 2M / total >= FUZZY (as floats: 2M / total is exact
    or far from FUZZY for names this short, so films.at_least_similar agrees)."""
    m = int(FUZZY * total / 2)
    while m > 0 and 2.0 * (m - 1) / total >= FUZZY:
        m -= 1
    while 2.0 * m / total < FUZZY:
        m += 1
    return m


@lru_cache(maxsize=None)
def least_shared(window: int, key: int) -> tuple[int, int] | None:
    """Trigrams and bigrams a window and a name of these lengths share at least if their ratio
    can reach FUZZY (M - 2B and M - B); None when it cannot (lengths too far apart)."""
    need = least_matched(window + key)
    if min(window, key) < need:
        return None
    blocks = window + key - 2 * need + 1
    return need - 2 * blocks, need - blocks


def whole_keys(name: str) -> set[str]:
    """A name as written and in number tokens, and a numbered one also without its article:
    "The Godfather Part II" is also "the godfather 2" and "godfather 2"."""
    title, literal = title_name(name), tuple(words(name))
    keys = {title.literal, " ".join(t.text for t in number_tokens(literal))}
    if title.number is not None:
        keys |= {f"{form} {title.number}" for form in filter(None, (title.base, title.bare))}
    return keys - {""}


def acronyms(name: str) -> set[str]:
    """Initials a member may type for a title of several words: "Toy Story 2" is "ts2", "The Lord
    of the Rings" "tlotr" and "lotr". Three letters at least: two are too often a word or a name."""
    title = title_name(name)
    number = str(title.number) if title.number is not None else ""
    found = set()
    for form in filter(None, (title.base, title.bare)):
        initials = [w[0] for w in form.split() if w[:1].isalpha()]
        if len(initials) >= 2 and len(initials) + len(number) >= 3:
            found.add("".join(initials) + number)
    return found


def names_to_rank(film: Film):
    for name in film.names:
        literal = tuple(words(name))
        yield " ".join(literal)
        yield " ".join(t.text for t in number_tokens(literal))
    yield name_key(film.slug)


@dataclass
class NameIndex:
    films: list[Film]
    exact: dict[str, list[int]] = field(default_factory=dict)  # name base or bare base (TitleName) -> film positions
    keys: list[tuple[str, int]] = field(default_factory=list)  # (base or bare base, film position)
    numbered: set[str] = field(default_factory=set)  # unnumbered() of the names with a number: series
    by_part: dict[int, set[int]] = field(default_factory=dict)  # N -> films whose name ends "Part N" (or "Vol. N"...)
    _grams: dict[int, tuple[dict[str, int], dict[str, int]]] = field(default_factory=dict)  # key id -> (trigrams, bigrams)
    buckets: dict[tuple[int, int], list[int]] = field(default_factory=dict)  # (tokens, chars) -> key ids
    sizes: dict[int, set[int]] = field(default_factory=dict)  # tokens -> lengths in characters of such names
    # (tokens, chars) -> trigram -> key ids, built for a bucket when a question first needs it: a
    # question's windows reach a few of the buckets, and building all of them was ~0.13 s of the
    # first answer at 10,000 films
    _postings: dict[tuple[int, int], dict[str, list[int]]] = field(default_factory=dict)
    _by_name: dict[str, list[int]] | None = None  # whole name or slug, as written or in number tokens -> film positions
    _acronyms: dict[str, set[int]] | None = None  # initials (acronyms()) -> film positions
    _ranking: tuple[list[str], list[str], list[int]] | None = None  # see ranking_names
    title_words: dict[str, set[int]] | None = None  # films.title_words, built when first needed

    @classmethod
    def build(cls, films: list[Film]) -> "NameIndex":
        index = cls(list(films))
        for position, film in enumerate(films):
            for name in film.names:
                title = title_name(name)
                for key in filter(None, (title.base, title.bare)):
                    index.add_key(key, position)
                if title.number is not None:
                    index.numbered.add(unnumbered(title))
                    if title.number_kind == "part":
                        index.by_part.setdefault(title.number, set()).add(position)
        return index

    def add_key(self, key: str, position: int) -> None:
        positions = self.exact.setdefault(key, [])
        if positions and positions[-1] == position:
            return
        positions.append(position)
        tokens, length = key.count(" ") + 1, len(key)
        self.buckets.setdefault((tokens, length), []).append(len(self.keys))
        self.keys.append((key, position))
        self.sizes.setdefault(tokens, set()).add(length)

    def postings(self, tokens: int, length: int) -> dict[str, list[int]]:
        bucket = (tokens, length)
        if bucket not in self._postings:
            postings: dict[str, list[int]] = {}
            for key_id in self.buckets.get(bucket, ()):
                key = self.keys[key_id][0]
                for gram in {key[i:i + 3] for i in range(length - 2)}:
                    postings.setdefault(gram, []).append(key_id)
            self._postings[bucket] = postings
        return self._postings[bucket]

    def named(self, text: str) -> list[Film]:
        """Films one of whose names or slug is exactly this text (case, accents, punctuation and
        the way numbers are written aside: "godfather 2" is "Godfather Part II"), in list order."""
        if self._by_name is None:
            self._by_name = {}
            for position, film in enumerate(self.films):
                for key in {name_key(film.slug), *(k for name in film.names for k in whole_keys(name))}:
                    self._by_name.setdefault(key, []).append(position)
        literal = tuple(words(text))
        keys = {" ".join(literal), " ".join(t.text for t in number_tokens(literal))}
        positions = {p for key in keys for p in self._by_name.get(key, ())}
        return [self.films[p] for p in sorted(positions)]

    def by_acronym(self, word: str) -> list[Film]:
        """Films this one typed word abbreviates ("ts2"), in list order."""
        if self._acronyms is None:
            self._acronyms = {}
            for position, film in enumerate(self.films):
                for name in film.names:
                    for acronym in acronyms(name):
                        self._acronyms.setdefault(acronym, set()).add(position)
        return [self.films[p] for p in sorted(self._acronyms.get(word, ()))]

    def ranking_names(self, articles: re.Pattern) -> tuple[list[str], list[str], list[int]]:
        """Every name (as written and in number tokens) and slug of every film, the same without a
        leading article, and the film position of each: what films.rank_films scores typed text
        against, normalised once per film list."""
        if self._ranking is None:
            names, owners = [], []
            for position, film in enumerate(self.films):
                for name in dict.fromkeys(names_to_rank(film)):
                    names.append(name)
                    owners.append(position)
            self._ranking = names, [articles.sub("", name) for name in names], owners
        return self._ranking

    def candidates(self, tokens: list[str]) -> list[Film]:
        """Films that may be named in these words: a superset of what best_name_in accepts, in list order."""
        found: set[int] = set()
        for size in self.sizes:
            for i in range(len(tokens) - size + 1):
                window = " ".join(tokens[i:i + size])
                found.update(self.exact.get(window, ()))
                if len(window) >= FUZZY_MIN_CHARS:
                    found.update(self.fuzzy(window, size))
        return [self.films[p] for p in sorted(found)]

    def fuzzy(self, window: str, size: int) -> set[int]:
        occurrences = [window[i:i + 3] for i in range(len(window) - 2)]
        grams, pairs = trigrams(window), trigrams(window, 2)
        found = set()
        for length in self.sizes.get(size, ()):
            bounds = least_shared(len(window), length)
            if bounds is None:
                continue
            least, least_pairs = bounds
            if least <= 0:  # too short for the bound to rule anything out: compare them all
                seen = set(self.buckets.get((size, length), ()))
            else:
                postings = self.postings(size, length)
                ranked = sorted(occurrences, key=lambda g: len(postings.get(g, ())))
                seen = set()
                for gram in set(ranked[:len(ranked) - least + 1]):
                    seen.update(postings.get(gram, ()))
            for key_id in seen:
                key, position = self.keys[key_id]
                if position in found:
                    continue
                if key_id not in self._grams:
                    self._grams[key_id] = (trigrams(key), trigrams(key, 2))
                key_grams, key_pairs = self._grams[key_id]
                if shared(grams, key_grams) >= least and shared(pairs, key_pairs) >= least_pairs:
                    found.add(position)
        return found


_cache: list[tuple[list[Film], int, NameIndex]] = []


def name_index(films: list[Film]) -> NameIndex:
    """The index of this film list, built once (a generation's film list never changes)."""
    for cached, size, index in _cache:
        if cached is films and size == len(films):
            return index
    index = NameIndex.build(films)
    _cache.insert(0, (films, len(films), index))
    del _cache[4:]
    return index
