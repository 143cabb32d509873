"""Related words from WordNet 3.0: for an index term (a stem), the stems of its synonyms, of kinds
of it and of its derived forms ("babi" -> "child", "infant"; "hire" -> "employ"), so the ranker can
match a question worded otherwise than the film's documents.

The table (data/related-words.tsv.gz, written by tools/build_related_words.py; WordNet's license in
data/WORDNET-LICENSE) is read once, on first use. Each entry stays the tab-joined string of its line
and is split when asked for: tuples of separate strings would take several times the memory.
"""
from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "related-words.tsv.gz"
FORMS = Path(__file__).parent / "data" / "word-forms.tsv.gz"  # irregular forms: "find" <-> "found"


@cache
def _table(path: Path = TABLE) -> dict[str, str]:
    """stem -> its related stems, tab-joined."""
    table: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            stem, _, related = line.rstrip("\n").partition("\t")
            if related:
                table[stem] = related
    return table


def related_terms(term: str) -> tuple[str, ...]:
    """The stems WordNet relates to this one; none for a term it does not know."""
    related = _table().get(term)
    return tuple(related.split("\t")) if related else ()


def word_forms(term: str) -> tuple[str, ...]:
    """The stems of the same word's irregular forms ("find" -> "found", "children" -> "child"),
    from WordNet's exception lists: one word, where the related words are others."""
    forms = _table(FORMS).get(term)
    return tuple(forms.split("\t")) if forms else ()
