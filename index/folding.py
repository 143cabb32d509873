"""The one folding of text for matching: the extractors' deduplication keys and the answer
engine's name and phrase matching fold alike, so a name read from a document matches the same
name in a question."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_PLAIN_PUNCTUATION = str.maketrans({"‘": "'", "’": "'", "–": "-", "—": "-"})


@lru_cache(maxsize=1 << 16)  # the same names, question words and passages are folded again and again
def fold(text: str) -> str:
    """Lower case without accents, curly quotes or dashes, white space collapsed: for matching
    and deduplicating names, never for display. "Penélope  Cruz" -> "penelope cruz"."""
    if not text.isascii():  # ASCII text has nothing to decompose or replace
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).translate(_PLAIN_PUNCTUATION)
    return _SPACES.sub(" ", text).casefold().strip()
