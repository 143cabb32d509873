"""Which film a question is about: the caller's choice, a title in the question, or the only film."""
from __future__ import annotations

import heapq
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from bot.answer.film_names import name_index, name_key
from bot.answer.text import fold, words
from index.models import Film

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
    named = films_named_in(films, question)
    if len(named) == 1:
        film, phrase = named[0]
        return Resolution(film=film, named_in_question=phrase)
    if len(named) > 1:
        return Resolution(candidates=[film for film, _ in named])
    if len(films) == 1:
        return Resolution(film=films[0])
    return Resolution(candidates=list(films))


def resolve_requested(films: list[Film], requested: str) -> Resolution:
    wanted = " ".join(words(requested))
    exact = name_index(films).with_key(wanted)  # the films with a name (or slug) equal to it, in order
    if exact:
        return Resolution(film=exact[0]) if len(exact) == 1 else Resolution(candidates=exact)
    ranked = rank_films(films, requested)
    if ranked and ranked[0][0] >= FUZZY_MATCH and (len(ranked) == 1 or ranked[1][0] < ranked[0][0] - 0.05):
        return Resolution(film=ranked[0][1])
    close = [film for score, film in ranked if score >= SUGGEST_MATCH][:5]
    if len(close) > 1 and ranked[0][0] >= FUZZY_MATCH:
        return Resolution(candidates=close)
    return Resolution(unknown=requested.strip(), candidates=close)


def films_named_in(films: list[Film], question: str) -> list[tuple[Film, str]]:
    """Films whose title or alias appears in the question (whole words, small typos allowed)."""
    tokens = words(question)
    found: list[tuple[Film, str]] = []
    for film in name_index(films).candidates(tokens):  # the films that can match, not all of them
        phrase = best_name_in(film, tokens)
        if phrase:
            found.append((film, phrase))
    # "Mother" inside "Parallel Mothers" should not also count as the film "Mother"
    found.sort(key=lambda pair: -len(pair[1]))
    kept: list[tuple[Film, str]] = []
    for film, phrase in found:
        if not any(f" {phrase} " in f" {other} " for _, other in kept):
            kept.append((film, phrase))
    return kept


def best_name_in(film: Film, tokens: list[str]) -> str | None:
    for name in sorted(film.names, key=len, reverse=True):
        key = name_key(name).split()
        if not key or (len(key) == 1 and len(key[0]) < 4):
            continue  # a one-short-word title ("Up") is too easily a common word
        joined = " ".join(key)
        for i in range(len(tokens) - len(key) + 1):
            window = " ".join(tokens[i:i + len(key)])
            if window == joined or (len(window) >= 8 and at_least_similar(window, joined, 0.9)):
                return window
    return None


def at_least_similar(a: str, b: str, cutoff: float) -> bool:
    """similarity(a, b) >= cutoff, ruled out first by SequenceMatcher's cheap upper bounds (as
    difflib.get_close_matches does): most windows of a question are nothing like the title."""
    matcher = SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff and matcher.ratio() >= cutoff


def without_film_names(question: str, film: Film, named: str | None = None) -> str:
    """The question, folded, with the film's title replaced by "it": a title's own words
    ("The Great Marrow Robbery", "Stars") must not read as what the question asks."""
    text = fold(question)
    phrases = {name_key(n) for n in film.names} | ({named} if named else set())
    for phrase in sorted(filter(None, phrases), key=len, reverse=True):
        pattern = r"(?<!\w)" + r"[\W_]+".join(map(re.escape, phrase.split())) + r"(?:'s)?(?!\w)"
        text = re.sub(pattern, " it ", text)
    return re.sub(r"\s+", " ", text).strip()


def rank_films(films: list[Film], text: str, *, floor: float = 0.0,
               keep: int | None = None) -> list[tuple[float, Film]]:
    """Films by how well text names them, best first; only those scoring at least `floor`, and
    with `keep`, only the best `keep` of them (what autocomplete shows).

    Names are normalised once per film list (name_index), and the fuzzy score (SequenceMatcher,
    ~30 µs a name) is computed only where its upper bound could still make the cut: at 10,000
    films an autocomplete keystroke scored every name in full and took 0.5 s."""
    typed = " ".join(words(text))
    if not typed:
        return []
    bare_typed = ARTICLES.sub("", typed)
    letters = Counter(typed), Counter(bare_typed)
    best: list[float] = []  # a min-heap of the `keep` best scores so far
    scored = []
    for film, keys in zip(films, name_index(films).ranking_keys(ARTICLES)):
        cutoff = max(floor, best[0]) if keep and len(best) == keep else floor
        score = max(name_score(typed, bare_typed, key, bare_key, cutoff, letters) for key, bare_key in keys)
        if score < floor:
            continue
        scored.append((score, film))
        if keep:
            (heapq.heappush if len(best) < keep else heapq.heappushpop)(best, score)
    ranked = sorted(scored, key=lambda pair: (-pair[0], pair[1].title))
    return ranked[:keep] if keep else ranked


ARTICLES = re.compile(r"^(?:the|a|an|il|la|le|lo|les|el|los|las|der|die|das|de|het|l) ")


def name_score(typed: str, bare_typed: str, name: str, bare_name: str, cutoff: float = 0.0,
               letters: tuple[Counter, Counter] | None = None) -> float:
    """How well typed (a name key, and bare_typed: without a leading article) names a film's name;
    a score below cutoff may come back as 0.0."""
    letters = letters or (Counter(typed), Counter(bare_typed))
    if (bare_typed, bare_name) != (typed, name):
        return max(plain_score(typed, name, cutoff, letters[0]), plain_score(bare_typed, bare_name, cutoff, letters[1]))
    return plain_score(typed, name, cutoff, letters[0])


def plain_score(typed: str, name: str, cutoff: float, letters: Counter) -> float:
    if name.startswith(typed):
        return 0.9 + 0.1 * len(typed) / max(len(name), 1)
    if f" {typed}" in f" {name}":
        return 0.85
    if cutoff and not may_reach(typed, name, letters, cutoff):
        return 0.0
    return similarity(typed, name)


def may_reach(typed: str, name: str, letters: Counter, cutoff: float) -> bool:
    """Could similarity(typed, name) be cutoff or more? SequenceMatcher's ratio is 2M/T, and M
    (the characters it matches) is at most the shorter length and at most the letters both share."""
    total = len(typed) + len(name)
    if 2.0 * min(len(typed), len(name)) < cutoff * total:
        return False
    return 2.0 * sum(min(n, name.count(c)) for c, n in letters.items()) >= cutoff * total


def suggest_films(films: list[Film], text: str, limit: int = 25) -> list[Film]:
    """Films for autocomplete: all of them (by title) for empty input, else the closest first."""
    if not text.strip():
        return sorted(films, key=lambda f: fold(f.title))[:limit]
    return [film for _, film in rank_films(films, text, floor=0.45, keep=limit)]


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()
