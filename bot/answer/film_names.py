"""Finding film names in a question without comparing it to every title: an index per film list.

`films.films_named_in` compares every window of the question's words with every title and
alias (SequenceMatcher ratio >= 0.9 for small typos): about 3 ms per film, over a second per
question at 1,000 films. This index narrows that down to the few films that can match, and
`films.best_name_in` still makes the decision, so the answers are exactly the same:
- an exact window is looked up in a dict of name keys;
- a fuzzy one must share enough character triples (trigrams) with the name. SequenceMatcher's
  matching blocks (M characters in B blocks) share at least M - 2B trigrams, and between two
  blocks at least one character of either string is unmatched, so B <= la + lb - 2M + 1;
  ratio >= 0.9 needs M >= 0.45 (la + lb). Fewer shared trigrams than M - 2B (or bigrams than
  M - B) rules a name out without computing its ratio; and a name sharing at least T of the
  window's n trigrams shares one of any n - T + 1 of them, so only the rarest are looked up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.answer.text import words
from index.models import Film

FUZZY = 0.9  # must not be stricter than the ratio films.best_name_in accepts
FUZZY_MIN_CHARS = 8  # nor the shortest window it compares fuzzily


def name_key(name: str) -> str:
    return " ".join(words(name))


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
    """The fewest matching characters M with 2M / total >= FUZZY, in the float arithmetic difflib uses."""
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


@dataclass
class NameIndex:
    films: list[Film]
    exact: dict[str, list[int]] = field(default_factory=dict)  # name key -> film positions
    keys: list[tuple[str, int]] = field(default_factory=list)  # (key, film position)
    _grams: dict[int, tuple[dict[str, int], dict[str, int]]] = field(default_factory=dict)  # key id -> (trigrams, bigrams)
    buckets: dict[tuple[int, int], list[int]] = field(default_factory=dict)  # (tokens, chars) -> key ids
    sizes: dict[int, set[int]] = field(default_factory=dict)  # tokens -> lengths in characters of such names
    # (tokens, chars) -> trigram -> key ids, built for a bucket when a question first needs it: a
    # question's windows reach a few of the buckets, and building all of them was ~0.13 s of the
    # first answer at 10,000 films
    _postings: dict[tuple[int, int], dict[str, list[int]]] = field(default_factory=dict)
    _by_slug: dict[str, list[int]] | None = None  # slug key -> film positions, built when first needed
    _ranking: list[tuple[tuple[str, str], ...]] | None = None  # see ranking_keys

    @classmethod
    def build(cls, films: list[Film]) -> "NameIndex":
        index = cls(list(films))
        for position, film in enumerate(films):
            for name in film.names:
                key = name_key(name)
                if not key:
                    continue
                positions = index.exact.setdefault(key, [])
                if not positions or positions[-1] != position:
                    positions.append(position)
                tokens, length = key.count(" ") + 1, len(key)
                index.buckets.setdefault((tokens, length), []).append(len(index.keys))
                index.keys.append((key, position))
                index.sizes.setdefault(tokens, set()).add(length)
        return index

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

    def with_key(self, key: str) -> list[Film]:
        """Films one of whose names or slug has exactly this key, in list order."""
        if self._by_slug is None:
            self._by_slug = {}
            for position, film in enumerate(self.films):
                self._by_slug.setdefault(name_key(film.slug), []).append(position)
        positions = set(self.exact.get(key, ())) | set(self._by_slug.get(key, ()))
        return [self.films[p] for p in sorted(positions)]

    def ranking_keys(self, articles: re.Pattern) -> list[tuple[tuple[str, str], ...]]:
        """Per film, in list order, (key, key without a leading article) of each name and of the
        slug: what films.rank_films compares typed text with, normalised once per film list."""
        if self._ranking is None:
            self._ranking = [
                tuple((key, articles.sub("", key)) for key in map(name_key, (*film.names, film.slug)))
                for film in self.films
            ]
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
