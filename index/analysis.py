"""The analyzer that turns text into index terms, for indexing passages and reading questions.

The terms are those of Whoosh's chain
    RegexTokenizer(WORD) | LowercaseFilter() | CharsetFilter(accent_map) | StopFilter() | StemFilter(stemfn=stem)
computed in one pass with a cache of word -> term: the chain runs five generators per word, which
made analysis a third of indexing time and most of answering a question that reads many sentences.
Accents are folded before stemming, so "Hervé" and "Herve" stem alike. WORD is RegexTokenizer's
default pattern without "*" (kept there for wildcard queries): "**Cast**" in a page and
"*Parallel Mothers*" in a question are the words cast, parallel and mothers. Calls asking for what
the fast path does not track (positions, character offsets, the original text) run the chain.

The stemmer is Whoosh's Porter2 (Snowball English), not its default Porter: Porter stems
"negotiating" as "negotiat" but "negotiates" as "negoti", and "died" as "di" apart from "die";
Porter2 gives each word one stem (measured: films-dev +1, NarrativeQA +1, casual-dev-3 +1, none lost).
"""
from __future__ import annotations

import re

from whoosh.analysis import (
    Analyzer, CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter, Token,
)
from whoosh.analysis.filters import STOP_WORDS
from whoosh.lang.porter2 import stem
from whoosh.support.charset import accent_map

WORD = re.compile(r"\w+(?:\.?\w+)*")

CHAIN = RegexTokenizer(WORD) | LowercaseFilter() | CharsetFilter(accent_map) | StopFilter() | StemFilter(stemfn=stem)
_STOP_MIN = 2  # StopFilter's minsize: one-letter words are stop words
_CACHE_LIMIT = 100_000  # distinct words kept (~15 MB); the cache is emptied when it fills
_STOPPED = None  # the cached "term" of a stop word
_TERMS: dict[str, str | None] = {}  # word -> term (or _STOPPED), for every analyzer and index_terms


class FoldingStemAnalyzer(Analyzer):
    """CHAIN's terms, fast. Pickled into the index's schema, so it keeps no state there."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        if positions or chars or keeporiginal or not tokenize:
            yield from CHAIN(value, positions=positions, chars=chars, keeporiginal=keeporiginal,
                             removestops=removestops, start_pos=start_pos, start_char=start_char,
                             tokenize=tokenize, mode=mode, **kwargs)
            return
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        for word in WORD.findall(value):
            term = _TERMS.get(word, "")
            if term == "":
                term = _remember(word)
            if term is _STOPPED:
                if removestops:
                    continue
                token.text, token.stopped = _folded(word), True
            else:
                token.text, token.stopped = term, False
            yield token

    def __eq__(self, other) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        pass


def index_terms(text: str) -> list[str]:
    """The text's terms in order, stop words left out: what ANALYZER yields, without Token objects
    (answers analyse every sentence of the passages they read)."""
    found = []
    for word in WORD.findall(text):
        term = _TERMS.get(word, "")
        if term == "":
            term = _remember(word)
        if term is not _STOPPED:
            found.append(term)
    return found


def _remember(word: str) -> str | None:
    term = _term(word)
    if len(_TERMS) >= _CACHE_LIMIT:
        _TERMS.clear()
    _TERMS[word] = term
    return term


def _folded(word: str) -> str:
    return word.lower().translate(accent_map)


def _term(word: str) -> str | None:
    folded = _folded(word)
    if len(folded) < _STOP_MIN or folded in STOP_WORDS:
        return _STOPPED
    return stem(folded)


ANALYZER = FoldingStemAnalyzer()
