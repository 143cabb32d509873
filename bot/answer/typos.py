"""Typos in the words that say what is asked ("whos the directer", "who playd ana", "any reveiws").

Apostrophes left out of contractions are put back ("whos" -> "who's").

A question word the corpus never uses, one edit from a word a question cue knows, is read as that
word. The cue patterns themselves are the vocabulary, spelled out once from their parsed form: a
cue added to `intent` is corrected too. The
corpus check keeps a real word that merely looks like a cue ("Quint" is not "quite"): only words no
document holds are corrected, and only to a cue, never to an arbitrary corpus word.
"""
from __future__ import annotations

import itertools
import re
import re._constants as sre  # the parsed form of a pattern: Python's own regular-expression parser
import re._parser as sre_parse
import string
from collections.abc import Callable
from functools import lru_cache

from bot.answer import intent
from bot.answer.related_words import word_forms
from bot.answer.text import fold
from index.search import analyze, edits1

# Contractions typed without their apostrophe: "whos" is "who's". Only forms that are no other word
# ("its", "well", "were", "ill", "shell", "wont" are words of their own).
CONTRACTIONS = {w.replace("'", ""): w for w in """who's what's where's when's why's how's that's there's
isn't aren't wasn't weren't doesn't don't didn't hasn't haven't hadn't can't couldn't wouldn't shouldn't
i'm i've you're they're she's he's""".split()}
# Everyday words for what documents write more formally: a member's "mum" is a summary's "mother".
# Register, not meaning: no synonyms of content ("kill" is not "murder").
EVERYDAY = {"mum": "mother", "mom": "mother", "mommy": "mother", "mummy": "mother", "dad": "father",
            "daddy": "father", "grandma": "grandmother", "granny": "grandmother", "grandpa": "grandfather",
            "granddad": "grandfather", "gran": "grandmother", "nan": "grandmother", "kid": "child", "kids": "child", "bro": "brother", "sis": "sister",
            "hubby": "husband", "bf": "boyfriend", "gf": "girlfriend", "cop": "police", "cops": "police",
            "doc": "doctor", "movie": "film"}
MIN_LENGTH = 5  # shorter words have too many one-edit neighbours to be corrected safely
WORD = re.compile(r"[a-z]+")


def cue_patterns() -> list[re.Pattern]:
    """Every cue of the question reader: its module's patterns and its tables of named patterns."""
    found = [value for value in vars(intent).values() if isinstance(value, re.Pattern)]
    for value in vars(intent).values():
        if isinstance(value, list) and value and all(isinstance(row, tuple) and len(row) == 2 for row in value):
            found += [pattern for _, pattern in value if isinstance(pattern, re.Pattern)]
    return found


MAX_STRINGS = 5000  # a branch that spells more strings than this (or infinitely many) is left out


def spelled(parsed) -> list[str] | None:
    """Every string a parsed pattern matches, or None when they are too many or unbounded."""
    found = [""]
    for op, arg in parsed:
        if op is sre.AT:
            continue  # \b: no characters
        if op is sre.LITERAL:
            options = [chr(arg)]
        elif op is sre.SUBPATTERN:
            options = spelled(arg[3])
        elif op is sre.BRANCH:
            branches = [spelled(b) for b in arg[1]]
            options = None if None in branches else [x for b in branches for x in b]
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
            options = [chr(v) for _, v in arg]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[1] <= 2:
            inner = spelled(arg[2])
            options = None if inner is None else [
                "".join(p) for n in range(arg[0], arg[1] + 1) for p in itertools.product(inner, repeat=n)]
        else:
            return None  # \w+, ranges, long repeats
        if options is None or len(found) * len(options) > MAX_STRINGS:
            return None
        found = [f + o for f in found for o in options]
    return found


def cue_phrases() -> frozenset[str]:
    """The words and phrases the cues match, branch by branch ("running time", "directed", "dp");
    a branch with unbounded parts ("where (\\w+ ){0,6}filmed") is left out."""
    phrases: set[str] = set()
    for pattern in cue_patterns():
        for branch in top_branches(sre_parse.parse(pattern.pattern)):
            phrases.update(spelled(branch) or ())
    return frozenset(phrases)


def top_branches(parsed) -> list:
    """The alternatives of a cue's outermost `(?:a|b|c)`, or the whole pattern as one."""
    inner = [(op, arg) for op, arg in parsed if op is not sre.AT]
    if len(inner) == 1 and inner[0][0] is sre.BRANCH:
        return inner[0][1][1]
    if len(inner) == 1 and inner[0][0] is sre.SUBPATTERN:
        return top_branches(inner[0][1][3])
    return [inner]


CUES = cue_phrases()


def correct_question(question: str, known: Callable[[str], bool], keep: str | None = None,
                     said: Callable[[str], bool] = lambda word: False) -> str:
    """The question with its contractions whole and each unknown word that is one edit from a cue
    word replaced by it;
    `known(term)` says whether the corpus holds an index term, `said(word)` whether the film's
    documents use the word as written (then it is no typo: "photographer" is not "photographed")."""
    corrected = question
    found = WORD.findall(fold(question))
    kept = set(WORD.findall(fold(keep or "")))  # the words that named the film are a title's, not typos
    for n, word in enumerate(found):
        if word in kept:
            continue
        if word in CONTRACTIONS:
            corrected = re.sub(rf"(?<![\w'’]){word}(?!\w)", CONTRACTIONS[word], corrected, flags=re.IGNORECASE)
            continue
        if len(word) < MIN_LENGTH or word in CUES:
            continue
        terms = analyze(word)
        before, after = found[n - 1] if n else "", found[n + 1] if n + 1 < len(found) else ""
        fix = cue_neighbour(word, before, after) if terms else None
        # A word the corpus knows stays, unless it is no word's base form and the cue word is the
        # same index term ("directer" and "directed" are both "direct"): then only the question's
        # reading changes. "cinema" stays "cinema", though "in cinemas" is a cue.
        if fix and not said(word) and (not any(known(t) for t in terms) or (analyze(fix) == terms and terms != [word])):
            corrected = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", fix, corrected, flags=re.IGNORECASE)
    return corrected


LONGEST_CUE = max(len(cue) for cue in CUES)


@lru_cache(maxsize=4096)
def cue_neighbour(word: str, before: str = "", after: str = "") -> str | None:
    """The first (alphabetically) word one edit from `word` that is a cue, alone or with the word
    before or after it ("runing time" -> "running time"). A letter is added ("playd") or changed or
    swapped ("directer", "reveiws", "musik"); never dropped: a word one letter longer than a cue is
    most often a word of its own ("least", "plain", "scare")."""
    def is_cue(c: str) -> bool:
        return c in CUES or f"{c} {after}" in CUES or f"{before} {c}" in CUES
    if len(word) >= LONGEST_CUE:
        return None  # a word no edit makes a cue (a pasted 1,500-letter "word" took seconds)
    return next((c for c in sorted(edits1(word, string.ascii_lowercase))
                 if c != word and len(c) >= len(word) and is_cue(c)), None)


EVERYDAY_TERMS = {t: analyze(formal)[0] for word, formal in EVERYDAY.items() for t in analyze(word)}


def formal_term(term: str) -> str | None:
    """The index term documents use for an everyday question term ("mum" -> "mother"), if any."""
    return EVERYDAY_TERMS.get(term)


def inflections(term: str) -> list[str]:
    """The stems of a word's inflections where the stemmer splits them from the word's own: Porter2
    stems "glue" as "glue" but "glued" and "glues" as "glu" (it keeps "die"/"died"/"dying" together)."""
    if not term.endswith("e"):
        return []
    forms = [f"{term}s", f"{term}d"] + ([f"{term[:-2]}ying"] if term.endswith("ie") else [])
    return [stem for stem in dict.fromkeys(t for form in forms for t in analyze(form)) if stem != term]


def other_forms(term: str) -> tuple[str, ...]:
    """The stems of the same word in its other forms: irregular ones ("find" -> "found", from
    WordNet's exception lists) and those the stemmer splits off ("glue" -> "glu")."""
    return (*word_forms(term), *inflections(term))
