"""Which film a question is about: the caller's choice, a title in the question, or the only film."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel

from bot.answer.film_names import (FUZZY_MIN_CHARS, NameIndex, Token, TitleName, counts_something, first_part, is_title_number,
                                   name_index, name_key, number_tokens, read_number, roman_letter, title_name,
                                   unnumbered)
from bot.answer.text import fold, words
from index.models import Film
from index.search import analyze

FUZZY_MATCH = 0.8  # similarity of a typed title to a known name to accept it outright
SUGGEST_MATCH = 0.5


@dataclass
class Resolution:
    film: Film | None = None
    candidates: list[Film] = field(default_factory=list)  # several could be meant, or closest to an unknown name
    unknown: str | None = None  # the name asked for, when no film matches it
    named_in_question: str | None = None  # the words of the question that named the film


def resolve_film(films: list[Film], requested: str | None, question: str) -> Resolution:
    if requested and requested.strip():
        return resolve_requested(films, requested)
    return resolve_named(films, names_in(films, question))


def film_by_short_title(films: list[Film], question: str) -> Film | None:
    """"does the dog die in up": a title of one short word ("Up", "Her") is too common a word to
    name its film where anything else might, so it names it only when nothing else says which film
    a question is about, and only if no other such title is among the question's words."""
    asked = set(words(question))
    found = {film.slug: film for film in films for name in film.names
             if title_name(name).short and name_key(name) in asked}
    return next(iter(found.values())) if len(found) == 1 else None


def resolve_named(films: list[Film], found: Named) -> Resolution:
    """The resolution for the films a question names (names_in), or for none named."""
    if found.unknown:
        return Resolution(unknown=found.unknown, candidates=found.series)
    if len(found.films) == 1:
        film, phrase = found.films[0]
        return Resolution(film=film, named_in_question=phrase)
    if len(found.films) > 1:
        return Resolution(candidates=[film for film, _ in found.films])
    if len(films) == 1:
        return Resolution(film=films[0])
    return Resolution(candidates=list(films))


def resolve_requested(films: list[Film], requested: str) -> Resolution:
    exact = name_index(films).named(requested)  # the films with a name (or slug) equal to it, in order
    if exact:
        return Resolution(film=exact[0]) if len(exact) == 1 else Resolution(candidates=exact)
    whole = names_in(films, requested, whole=True)  # "godfather 1", "the second godfather", "godfather part iii"
    if whole.unknown:
        return Resolution(unknown=requested.strip(), candidates=whole.series)
    if len(whole.films) == 1:
        return Resolution(film=whole.films[0][0])
    ranked = rank_films(films, requested, floor=SUGGEST_MATCH, keep=10)  # all that is used of the ranking
    asked = trailing_number(requested)
    fitting = [(score, film) for score, film in ranked if number_fits_film(asked, film)]  # "Godfathr 3" is not Part II
    if fitting and fitting[0][0] >= FUZZY_MATCH and (len(fitting) == 1 or fitting[1][0] < fitting[0][0] - 0.05):
        return Resolution(film=fitting[0][1])
    close = [film for score, film in ranked if score >= SUGGEST_MATCH][:5]
    if len(close) > 1 and ranked[0][0] >= FUZZY_MATCH:
        return Resolution(candidates=close)
    return Resolution(unknown=requested.strip(), candidates=close)


def trailing_number(text: str) -> int | None:
    """The number a typed name ends with ("Godfathr Prt 3" -> 3), if it has words before it."""
    return title_name(text).number


def number_fits_film(asked: int | None, film: Film) -> bool:
    """May a name typed with this number (None: no number) mean this film? Not with another number."""
    own = title_name(film.title).number
    return asked is None or asked == own or (asked == 1 and own is None)


@dataclass
class Named:
    """What a question names: films, or a numbered title that no film has."""
    films: list[tuple[Film, str]] = field(default_factory=list)  # with the question's words that name each
    unknown: str | None = None  # "The Godfather Part III", as typed
    series: list[Film] = field(default_factory=list)  # the films with that title and other numbers


@dataclass
class Mention:
    film: Film
    phrase: str  # the question's words that name the film
    span: tuple[int, int]  # which number tokens
    other_number: bool = False  # the words name the film's title with another number: a film not in the list


def films_named_in(films: list[Film], question: str) -> list[tuple[Film, str]]:
    """Films whose title or alias appears in the question (whole words, small typos allowed)."""
    return names_in(films, question).films


def names_in(films: list[Film], question: str, whole: bool = False, text_words: tuple[str, ...] | None = None,
             possessives: bool = True) -> Named:
    """The films the question names, or the numbered title it names that none of them has
    ("the godfather part iii" with only the first two). With whole, only names that are the whole text."""
    text_words = text_words or tuple(words(question))
    tokens = number_tokens(text_words)
    index = name_index(films)
    mentions = [m for film in index.candidates([t.text for t in tokens])  # the films that can match, not all of them
                if (m := best_name_in(film, tokens, text_words, index.numbered))
                and (not whole or m.span == (0, len(tokens)))]
    named = longest_names([m for m in mentions if not m.other_number])
    taken = [m.span for m in mentions if not m.other_number]
    others = [m for m in mentions if m.other_number and not any(overlap(m.span, span) for span in taken)]
    if others:
        first = min(others, key=lambda m: m.span)
        series = [m.film for m in others if overlap(m.span, first.span)]
        return Named(unknown=typed_title(first.phrase), series=series)
    if not named and not whole:
        named = named_by_part(index, tokens, text_words) or named_by_acronym(index, text_words)
        unapostrophed = tuple(POSSESSIVE_S.sub("", w) for w in text_words)  # "amelies mum": Amélie's
        if not named and possessives and unapostrophed != text_words:  # once: "ssss…" would strip an s a call
            return names_in(films, question, text_words=unapostrophed, possessives=False)
    return Named(films=named)


POSSESSIVE_S = re.compile(r"(?<=[a-z]{3})s$")


def longest_names(mentions: list[Mention]) -> list[tuple[Film, str]]:
    # "Mother" inside "Parallel Mothers" should not also count as the film "Mother"
    found = sorted(((m.film, m.phrase) for m in mentions), key=lambda pair: -len(pair[1]))
    kept: list[tuple[Film, str]] = []
    for film, phrase in found:
        if not any(f" {phrase} " in f" {other} " for _, other in kept):
            kept.append((film, phrase))
    return kept


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def named_by_part(index: NameIndex, tokens: tuple[Token, ...], text_words: tuple[str, ...]) -> list[tuple[Film, str]]:
    """"part 2" with no title names the one film called "... Part 2" (or "Vol. 2"...), if only one is."""
    for token in tokens:
        films = index.by_part.get(token.value, ()) if token.kind == "part" else ()
        if len(films) == 1:
            return [(index.films[next(iter(films))], " ".join(text_words[token.first:token.end]))]
    return []


def named_by_acronym(index: NameIndex, text_words: tuple[str, ...]) -> list[tuple[Film, str]]:
    """"who voiced zurg in ts2": a word that is the initials of one film's title names it."""
    for word in text_words:
        films = index.by_acronym(word) if len(word) >= 3 else []
        if len(films) == 1:
            return [(films[0], word)]
    return []


def typed_title(phrase: str) -> str:
    """The question's words as a title: "the godfather part iii" -> "The Godfather Part III"."""
    return " ".join(word.upper() if is_roman(word) else word[:1].upper() + word[1:] for word in phrase.split())


def is_roman(word: str) -> bool:
    number = read_number(word, after_connective=True)
    return bool(number) and number[1] == "roman"


def is_its_year(asked: int | None, film: Film) -> bool:
    """"psycho 60", "iron giant 99", "dune 2021": a number after a title that is the film's year."""
    if asked is None or film.year is None:
        return False
    return asked == film.year or (asked >= 10 and asked == film.year % 100)  # "kill bill vol. 3" is no 2003


def best_name_in(film: Film, tokens: tuple[Token, ...], text_words: tuple[str, ...],
                 series: set[str] = frozenset()) -> Mention | None:
    """Where the question names this film (its longest name first), or else names its title
    with another number; None if neither. series: unnumbered() of the titles that have numbers."""
    texts = [t.text for t in tokens]
    other = None
    for name in sorted(film.names, key=len, reverse=True):
        title = title_name(name)
        in_series = title.number is not None or unnumbered(title) in series
        for form in filter(None, (title.base, title.bare)):
            for i in windows_naming(texts, form):
                if title.literal_only and " ".join(text_words[tokens[i].first:tokens[i].end]) != title.literal:
                    continue  # "Nine" is named by "nine", not by any "9"
                asked, first, end = number_around(tokens, i, i + form.count(" ") + 1, title, in_series)
                phrase = " ".join(text_words[tokens[first].first:tokens[end - 1].end])
                fits = is_its_year(asked, film) or number_fits(asked, title, bare=form is title.bare)
                if fits:
                    return Mention(film, phrase, (first, end))
                if fits is None and other is None and not title.short:
                    other = Mention(film, phrase, (first, end), other_number=True)
    return other


def windows_naming(texts: list[str], form: str):
    """Where a window of the number tokens is this name (small typos allowed, never in a number)."""
    size = form.count(" ") + 1
    for i in range(len(texts) - size + 1):
        window = " ".join(texts[i:i + size])
        if window == form or (len(window) >= FUZZY_MIN_CHARS and NUMBERS.findall(window) == NUMBERS.findall(form)
                              and at_least_similar(window, form, 0.9)):
            yield i


NUMBERS = re.compile(r"\d+")


def number_around(tokens: tuple[Token, ...], i: int, end: int, title: TitleName,
                  in_series: bool) -> tuple[int | None, int, int]:
    """The number the question gives the title found in tokens[i:end], and the tokens that name
    it with that number: after it ("godfather 2", "part iii", "rocky v"), or an ordinal before it
    ("the second godfather"; only for a series, as "the second parasite" is rarely a film)."""
    after = tokens[end] if end < len(tokens) else None
    if after and title.number is not None and gives_own_number(tokens, end, title):
        return title.number, i, end + 1
    if after and after.value is not None and is_title_number(tokens, end):
        return after.value, i, end + 1
    before = tokens[i - 1] if i > 0 else None
    if before and in_series and (before.kind == "ordinal" or before.text == "original"):
        first = i - 2 if i > 1 and tokens[i - 2].text == "the" else i - 1
        return before.value or 1, first, end
    return None, i, end


def gives_own_number(tokens: tuple[Token, ...], i: int, title: TitleName) -> bool:
    """Is tokens[i], right after the title's base, its own number? Written any way ("godfather
    two", "ocean's 11", "rocky v"), except when it counts something ("the godfather 2 hours long"),
    or for a one-short-word base ("It Chapter Two") where it must read as a title's number."""
    after = tokens[i]
    letter = after.kind == "" and roman_letter(after.text) == title.number  # "rocky v", "malcolm x"
    if not letter and (after.value != title.number or after.kind == "ordinal"):
        return False
    if after.kind == "digits" and counts_something(tokens, i):
        return False
    return letter or not title.short or after.kind == title.number_kind or is_title_number(tokens, i)


def number_fits(asked: int | None, title: TitleName, bare: bool) -> bool | None:
    """True if a mention with this number names the title; None if it names the same title with
    another number (another film); False if it names nothing: "godfather" alone (one word left
    without the article; "secret in their eyes" does name "The Secret in Their Eyes"), "up" (one
    short word), "rogue" for "Rogue One". The first film is usually unnumbered: "godfather 1" and "the
    first godfather" are "The Godfather"."""
    own = title.number
    if title.short and own is None:
        return False
    if asked == own:  # a title without its article names the film when it keeps two words or more
        return asked is not None or not bare or " " in (title.bare or "")
    if asked == 1 and own is None:
        return True
    if asked is None:
        return first_part(title) and not bare  # "dune" is "Dune: Part One"
    return None


def at_least_similar(a: str, b: str, cutoff: float) -> bool:
    """2M / (len(a) + len(b)) >= cutoff, M the characters of their longest common subsequence:
    difflib's ratio with the best alignment (difflib's own can miss a transposed letter)."""
    return Indel.normalized_similarity(a, b, score_cutoff=cutoff) >= cutoff


def name_pattern(phrase: str) -> str:
    """A film name's words in a folded question, whatever stands between them, possessive allowed."""
    return r"(?<!\w)" + r"[\W_]+".join(map(re.escape, phrase.split())) + r"(?:'s)?(?!\w)"


def name_openings(name: str) -> list[str]:
    """The openings of a long name that people type for the whole ("sen to chihiro" for "Sen to
    Chihiro no Kamikakushi"): at least two of its content words, never a lone word."""
    parts = name.split()
    if len(parts) < 3:
        return []
    return [" ".join(parts[:k]) for k in range(2, len(parts)) if len(analyze(" ".join(parts[:k]))) >= 2]


def without_film_names(question: str, film: Film, named: str | None = None) -> str:
    """The question, folded, with the film's title replaced by "it": a title's own words
    ("The Great Marrow Robbery", "Stars") must not read as what the question asks."""
    text = fold(question)
    phrases = {name_key(n) for n in film.names} | ({named} if named else set())
    phrases |= {p for n in film.names for p in name_openings(name_key(n))}  # "sen to chihiro"
    for phrase in sorted(filter(None, phrases), key=len, reverse=True):
        text = re.sub(name_pattern(phrase), " it ", text)
    return re.sub(r"\s+", " ", text).strip()


def rank_films(films: list[Film], text: str, *, floor: float = 0.0,
               keep: int | None = None) -> list[tuple[float, Film]]:
    """Films by how well text names them, best first; only those scoring at least `floor`, and
    with `keep`, only the best `keep` of them (what autocomplete shows).

    A film scores its best name's score, typed text and names read as written and in number
    tokens ("godfather ii" is "godfather 2"), with and without a leading article. Names are
    normalised once per film list (name_index) and scored all at once by rapidfuzz: at 10,000
    films, scoring them one by one with difflib took ~120 ms an autocomplete keystroke, this ~6 ms."""
    literal = tuple(words(text))
    if not literal:
        return []
    names, bare_names, owners = name_index(films).ranking_names(ARTICLES)
    best: dict[int, float] = {}  # film position -> score
    for typed in dict.fromkeys((" ".join(literal), " ".join(t.text for t in number_tokens(literal)))):
        for typed_form, choices in ((typed, names), (ARTICLES.sub("", typed), bare_names)):
            for i, score in plain_scores(typed_form, choices, floor).items():
                if score > best.get(owners[i], -1.0):
                    best[owners[i]] = score
    ranked = sorted(((score, films[p]) for p, score in best.items()), key=lambda pair: (-pair[0], pair[1].title))
    return ranked[:keep] if keep else ranked


ARTICLES = re.compile(r"^(?:the|a|an|il|la|le|lo|les|el|los|las|der|die|das|de|het|l) ")


def plain_scores(typed: str, names: list[str], floor: float) -> dict[int, float]:
    """Position -> score of the names scoring at least floor: a name typed from its start scores
    0.9-1.0, from the start of a later word 0.85 (both above any typo), otherwise its similarity."""
    scores = {i: score for _, score, i in process.extract(typed, names, scorer=Indel.normalized_similarity,
                                                          score_cutoff=floor, limit=None)}
    spaced = f" {typed}"
    for i, name in enumerate(names):
        if typed in name:  # most names don't contain it: one quick test each
            if name.startswith(typed):
                scores[i] = 0.9 + 0.1 * len(typed) / max(len(name), 1)
            elif spaced in f" {name}":
                scores[i] = 0.85
    return {i: score for i, score in scores.items() if score >= floor}


def suggest_films(films: list[Film], text: str, limit: int = 25) -> list[Film]:
    """Films for autocomplete: all of them (by title) for empty input, else the closest first."""
    if not text.strip():
        return sorted(films, key=lambda f: fold(f.title))[:limit]
    return [film for _, film in rank_films(films, text, floor=0.45, keep=limit)]


TITLE_GLUE = frozenset("the a an of and in on at to for from with part vol volume chapter".split())


def title_words(films: list[Film]) -> dict[str, set[int]]:
    """Each word of the films' names (hyphens split: "Were-Rabbit"), and each two words joined
    ("sugarman"), -> the films whose names hold it; built once per film list, with its name index."""
    index = name_index(films)
    if index.title_words is None:
        found: dict[str, set[int]] = {}
        for position, film in enumerate(films):
            for name in film.names:
                parts = split_words(name)
                for word in parts:
                    if len(word) >= 4 and not word.isdigit() and word not in TITLE_GLUE:
                        found.setdefault(word, set()).add(position)
                for first, second in zip(parts, parts[1:]):  # "sugarman", "ladybird": two words typed as one
                    if len(first + second) >= TYPO_TITLE_WORD and not (first + second).isdigit():
                        found.setdefault(first + second, set()).add(position)
        index.title_words = found
    return index.title_words


TYPO_TITLE_WORD = 5  # shorter words have too many neighbours one typo away


def typo_of(word: str, index: dict[str, set[int]]) -> list[str]:
    """The title words one edit (a transposition counting as one) from the word."""
    return [t for t in index if len(t) >= TYPO_TITLE_WORD and abs(len(t) - len(word)) <= 1 and OSA.distance(word, t) == 1]


def split_words(text: str) -> list[str]:
    return [part for word in words(text) for part in word.split("-") if part]


def title_word_film(films: list[Film], question: str, only_in, unknown=lambda word: False) -> tuple[Film, str] | None:
    """"who plays cleo", "the were rabbit": a title named by one of its words, with no name typed
    whole. The words must be of one film's names only, and the documents that use them must be
    that film's (only_in(word, slug)): "story" is in a title, but in every film's documents too.
    A word no document uses (unknown) one typo from such a title word, or two of its words typed as
    one, names it too ("rashoman", "sugarman")."""
    index = title_words(films)
    typed = split_words(question)
    held = [(w, films[next(iter(index[w]))]) for w in typed
            if w in index and len(index[w]) == 1 and only_in(w, films[next(iter(index[w]))].slug)]
    if not held:
        held = [(w, films[next(iter(index[t]))]) for w in typed if len(w) >= TYPO_TITLE_WORD and unknown(w)
                for t in ([w] if w in index else []) + typo_of(w, index) if len(index[t]) == 1]
    chosen = {film.slug for _, film in held}
    if len(chosen) != 1 or any(typed[i + 1].isdigit() for i in range(len(typed) - 1) if typed[i] in dict(held)):
        return None  # "blade runner 2099": a title with another number is another film
    return held[0][1], " ".join(w for w, _ in held)
