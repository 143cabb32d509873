"""Typos in the words that say what is asked ("whos the directer", "who playd ana", "any reveiws").

Apostrophes left out of contractions are put back ("whos" -> "who's").

A question word the corpus never uses, one edit from a word a question cue knows, is read as that
word. The cue patterns themselves are the vocabulary: a cue added to `intent` is corrected too. The
corpus check keeps a real word that merely looks like a cue ("Quint" is not "quite"): only words no
document holds are corrected, and only to a cue, never to an arbitrary corpus word.
"""
from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import lru_cache

from bot.answer import intent
from bot.answer.text import fold
from index.search import analyze, edits1

# Contractions typed without their apostrophe: "whos" is "who's". Only forms that are no other word
# ("its", "well", "were", "ill", "shell", "wont" are words of their own).
CONTRACTIONS = {w.replace("'", ""): w for w in """who's what's where's when's why's how's that's there's
isn't aren't wasn't weren't doesn't don't didn't hasn't haven't hadn't can't couldn't wouldn't shouldn't
i'm i've you're they're she's he's""".split()}
MIN_LENGTH = 5  # shorter words have too many one-edit neighbours to be corrected safely
WORD = re.compile(r"[a-z]+")


def cue_patterns() -> list[re.Pattern]:
    """Every cue of the question reader: its module's patterns and its tables of named patterns."""
    found = [value for value in vars(intent).values() if isinstance(value, re.Pattern)]
    for value in vars(intent).values():
        if isinstance(value, list) and value and all(isinstance(row, tuple) and len(row) == 2 for row in value):
            found += [pattern for _, pattern in value if isinstance(pattern, re.Pattern)]
    return found


CUE = re.compile("|".join(f"(?:{p.pattern})" for p in cue_patterns()))


def correct_question(question: str, known: Callable[[str], bool]) -> str:
    """The question with its contractions whole and each unknown word that is one edit from a cue
    word replaced by it;
    `known(term)` says whether the corpus holds an index term."""
    corrected = question
    for word in dict.fromkeys(WORD.findall(fold(question))):
        if word in CONTRACTIONS:
            corrected = re.sub(rf"(?<![\w'’]){word}(?!\w)", CONTRACTIONS[word], corrected, flags=re.IGNORECASE)
            continue
        if len(word) < MIN_LENGTH or CUE.fullmatch(word):
            continue
        terms = analyze(word)
        fix = cue_neighbour(word) if terms else None
        # A word the corpus knows stays, unless the cue word is the same index term ("directer"
        # and "directed" are both "direct"): then only the question's reading changes.
        if fix and (not any(known(t) for t in terms) or analyze(fix) == terms):
            corrected = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", fix, corrected, flags=re.IGNORECASE)
    return corrected


@lru_cache(maxsize=4096)
def cue_neighbour(word: str) -> str | None:
    """The first (alphabetically) cue word one edit from `word`, if any. A letter is added ("playd")
    or, in longer words, changed or swapped ("directer", "reveiws"); never dropped: a word one letter
    longer than a cue is most often a word of its own ("least", "plain", "scare")."""
    def plausible(c: str) -> bool:
        return len(c) > len(word) or (len(c) == len(word) and len(word) >= 6)
    return next((c for c in sorted(edits1(word, string.ascii_lowercase))
                 if c != word and plausible(c) and CUE.fullmatch(c)), None)
