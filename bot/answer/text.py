"""Small text helpers shared by the answer engine: normalising, sentences, names."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from index.corpus import INVISIBLE  # one definition of "invisible" for documents and questions
from index.folding import fold  # one folding for the documents' facts and the answers
from index.search import analyze

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A sentence ends at its stop, a closing quote and a wiki's reference marks: "… left.[8] On Rotten Tomatoes …".
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’)]?(?:\[\d{1,3}\])*\s+(?=[A-Z“\"‘(¿¡])|\n+")
# A full stop after a title or an initial ends no sentence: "Mr. Hoopdriver", "J. R. Hartley".
NOT_AN_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Mme|Mlle|Dr|St|Jr|Sr|Prof|Rev|Fr|Capt|Col|Gen|Lt|Sgt|Mt|Gov|Sen|Rep|Hon|No|vs|Vol|Ch)"
                        r"|(?<![\w.])[A-HJ-Z])\.$")
WORD = re.compile(r"[\w'’-]+")
POSSESSIVE_END = re.compile(r"'s?$")
CAPITALS_WRAP = 30  # a line of capitals this long ending in a short word ("... A BUDGET OF") was wrapped
LINE_END = re.compile(r"[.!?…:;]['\"”’)]*$")


def clean_question(text: str) -> str:
    """Compose accents (NFC, as documents are), drop control and zero-width characters, fold white space."""
    text = INVISIBLE.sub("", CONTROL.sub(" ", unicodedata.normalize("NFC", text)))
    return re.sub(r"\s+", " ", text).strip()


# "won't", "can't", "ain't": "will not", which no ranking reads, rather than "won" (the awards'
# verb) or "ca". Other negated auxiliaries keep their one word ("isn't hers" is said so).
NEGATED = re.compile(r"\b(wo|ca|ai)n['’]?t\b", re.I)
NEGATION_BASE = {"wo": "will", "ca": "can", "ai": "is"}


def plain_negations(text: str) -> str:
    """"why won't he stay" -> "why will not he stay"."""
    return NEGATED.sub(lambda m: f"{NEGATION_BASE[m[1].lower()]} not", text)


def words(text: str) -> list[str]:
    """Folded words, with possessive 's removed: "Janis's" -> "janis"."""
    return list(_words(text))


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    return tuple(POSSESSIVE_END.sub("", w).strip("-'") for w in WORD.findall(fold(text)) if w.strip("-'"))


def contains_phrase(haystack: str, phrase: str) -> bool:
    """Whole-word, accent- and case-insensitive containment."""
    needle = " ".join(words(phrase))
    return bool(needle) and f" {needle} " in f" {' '.join(words(haystack))} "


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


@lru_cache(maxsize=8192)  # answers split the same passages again and again (~10 µs a sentence)
def _sentences(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for part in SENTENCE_BREAK.split(unwrap(text)):
        if found and NOT_AN_END.search(found[-1]) and part[:1].strip():
            found[-1] += " " + part
        else:
            found.append(part)
    parts = (s.strip(" \t-•*") for s in found)
    return tuple(s for s in parts if s)


def unwrap(text: str) -> str:
    """Join hard-wrapped lines, so a line break splits no sentence: a line that stops without a
    sentence's end continues on the next when that starts in lowercase, or when the line ends with
    a comma. Table rows (tabs, pipes) and list items keep their breaks."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if wraps(out[-1].rstrip(), line.lstrip()):
            out[-1] += " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def wraps(previous: str, line: str) -> bool:
    if not previous or not line or any(c in previous + line for c in "\t|"):
        return False
    if previous.isupper():  # a title, unless a line of capitals is prose that stops mid-sentence
        prose = bool(re.search(r"\w\w[.!?] \w", previous)) or (len(previous) >= CAPITALS_WRAP and len(previous.split()[-1]) <= 3)
        return prose and previous[-1].isalpha() and (line[0].isupper() or line[0] in "$£€¥")
    if NOT_AN_END.search(previous):
        return line[0].isalpha()  # "to look for Mrs." / "Thorwald's ring"
    if LINE_END.search(previous):
        return False
    if line[0] in "-•*–—" or line[0].isdigit():
        return False
    return line[0].islower() or previous.endswith(",")


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary and mark the cut with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


def join_names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def surface_words(question: str, terms: list[str]) -> list[str]:
    """The question's own words for index terms ("services" rather than the stem "servic")."""
    shown = []
    for word in question.split():
        word = word.strip("?!.,;:()[]{}\"'“”‘’")
        if word and analyze(word) and analyze(word)[0] in terms and word not in shown:
            shown.append(shorten(word, 40))
    return shown or [shorten(t, 40) for t in terms]
