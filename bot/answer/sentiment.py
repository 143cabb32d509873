"""How warmly a sentence speaks of its subject, from -1 (a pan) to 1 (a rave).

VADER (the vaderSentiment package) scores the sentence: a lexicon of about 7,500 words rated by
people, with rules for negation ("not good"), intensifiers ("very"), "but" (what follows it counts
more) and capitals and exclamation marks. Its lexicon was built for social media and lacks the
words critics judge films with ("overlong", "plodding", "gripping"), so REVIEW_WORDS adds them, on
VADER's own scale (-4 to 4). This replaced two hand-written lists of praise and fault words that
knew no negation ("not boring" was a fault).
"""
from __future__ import annotations

import re
from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, negated

from index.analysis import STOP_WORDS

REVIEW_WORDS = {
    # faults
    "bloated": -1.5, "humourless": -1.5, "humorless": -1.5, "slog": -1.6, "tedious": -1.9, "overlong": -1.3,
    "plodding": -1.5, "pretentious": -1.6, "predictable": -1.1, "contrived": -1.5, "preachy": -1.5,
    "overrated": -1.6, "overhyped": -1.6, "overpraised": -1.5, "insufferable": -2.2, "manipulative": -1.5,
    "schmaltzy": -1.3, "forgettable": -1.5, "clumsy": -1.3, "shallow": -1.3, "airless": -1.3, "indulgent": -1.0,
    "flat": -0.8, "slow": -0.6, "thin": -0.6, "lacking": -1.0, "drags": -1.1, "crawls": -0.9, "squib": -1.3,
    "sluggish": -1.3, "lesser": -0.6, "reservations": -0.7, "simplistic": -1.1, "simplifies": -0.8,
    "muddled": -1.3, "uneven": -1.0, "meandering": -1.1, "sappy": -1.2, "heavy-handed": -1.3, "cheats": -1.3,
    "dated": -0.6, "overdone": -1.2, "padded": -1.0, "hokey": -1.2, "cliched": -1.3, "clichéd": -1.3, "derivative": -1.2,
    # praise
    "finest": 2.5, "lucid": 1.2, "astonishing": 2.2, "revelation": 1.6, "gripping": 2.0, "glowing": 1.8,
    "rave": 1.5, "humane": 1.2, "superlative": 2.5, "masterful": 2.5, "riveting": 2.2, "luminous": 1.8,
    "acclaimed": 1.8, "acclaim": 1.8, "tour-de-force": 2.5, "unmissable": 2.2, "transcendent": 2.4,
    "ferocious": 1.2, "breathless": 1.2, "layered": 1.2, "deserves": 1.0, "mesmerizing": 2.2, "mesmerising": 2.2,
}
_analyzer: SentimentIntensityAnalyzer | None = None


def analyzer() -> SentimentIntensityAnalyzer:
    global _analyzer
    if _analyzer is None:
        made = SentimentIntensityAnalyzer()
        made.lexicon.update(REVIEW_WORDS)
        _analyzer = made
    return _analyzer


# "too neat", "too long", "too much": an excess is a fault, whatever the word in excess
EXCESS = re.compile(r"\btoo (\w+)", re.I)


@lru_cache(maxsize=8192)  # answers score the same review sentences again and again
def lean(text: str) -> float:
    """VADER's compound score of the text: below 0 a fault found, above 0 praise."""
    return analyzer().polarity_scores(EXCESS.sub(excess, text))["compound"]


def excess(found: re.Match) -> str:
    word = found.group(1).lower()
    if word in STOP_WORDS or analyzer().lexicon.get(word, 0) < 0:
        return found.group()  # "she too was", "too bad": no excess, or a fault already
    return "overdone"


WORD = re.compile(r"[\w'-]+")
REVIEW_FAULTS = frozenset(word for word, valence in REVIEW_WORDS.items() if valence < 0)


def judgements_named(text: str) -> int:
    """How many of the words critics judge films with (REVIEW_WORDS, either way) the text uses."""
    return sum(1 for word in review_words(text) if word in REVIEW_WORDS)


def review_words(text: str) -> list[str]:
    """The text's words as the lexicon reads them, "too neat" as "overdone"."""
    return WORD.findall(EXCESS.sub(excess, text).lower())


def faults_named(text: str) -> int:
    """How many of the words critics find faults with ("overlong", "too neat") the text uses: a
    fault in the film's making, where a story's own darkness ("war", "grief") is none. A fault
    denied ("haunting without being heavy-handed", "never dull") is none either: VADER's own
    negation words within the three before it."""
    found = review_words(text)
    return sum(1 for k, word in enumerate(found) if word in REVIEW_FAULTS and not negated(found[max(0, k - 3):k]))
