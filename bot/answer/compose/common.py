"""What every composer shares: the context of a question, a draft answer and its citations."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer.evidence import Evidence, QuestionTerms, best_sentences
from bot.answer.intent import Reading
from bot.answer.ranking import is_fragment
from bot.answer.text import fold, words
from index.extract.prose_verdicts import is_furniture
from index.models import Film
from index.search import Generation, Hit


ANSWER_CHARS = 500  # what a person reads first stays short; lists go to `items`
EVIDENCE_CHARS = 300  # ranked sentences: the best, then the next best, cut to fit
OPINION_KINDS = {"review", "press", "awards"}
CEREMONY_ALIASES = {"oscar": "academy", "oscars": "academy", "globe": "golden globe", "globes": "golden globes",
                    "berlinale": "berlin", "spirit": "independent spirit"}
NAME_PARTICLES = {"the", "and", "for", "del", "des", "los", "las", "van", "von", "der", "film", "magazine", "news"}
POSSESSIVE = re.compile(r"(\w+)['’]s?\b(?=\s)")




@dataclass
class Cited:
    passage: str
    snippet: str
    hit: Hit | None = None  # the passage itself, where the answer came from a search: no lookup then

    @classmethod
    def of(cls, hit: Hit, snippet: str) -> Cited:
        return cls(hit.id, snippet, hit)


@dataclass
class Draft:
    answer: str
    found: bool = True
    cited: list[Cited] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    spoiler: bool = False


@dataclass
class Context:
    film: Film
    gen: Generation
    question: str
    reading: Reading
    terms: QuestionTerms
    spoilers: bool = False
    original: str = ""  # the question as asked; `question` is folded, with the film's title replaced by "it"

    def facts(self, kind: type) -> list:
        return [f for f in self.gen.facts(self.film.slug) if isinstance(f, kind)]

    def evidence(self, prefer: set[str] = frozenset(), limit: int = 4) -> list[Evidence]:
        return best_sentences(self.gen, self.film.slug, self.question, self.terms, prefer, limit)

    def mentions(self, name: str) -> bool:
        asked = set(words(self.question))
        return any(w in asked for w in words(name) if len(w) > 2 and w not in NAME_PARTICLES)


def cite_facts(facts) -> list[Cited]:
    seen, cited = set(), []
    for fact in facts:
        if fact.passage not in seen:
            seen.add(fact.passage)
            cited.append(Cited(fact.passage, ""))
    return cited[:5]


def is_caption(sentence: str) -> bool:
    return bool(re.search(r"\b(photo|courtesy|©|l to r)\b(?!-)", fold(sentence)))  # not "the photo-booth chase"


def says_nothing(sentence: str) -> bool:
    """A caption, a list line or table row, or page furniture: no statement of a critic or a story."""
    return is_caption(sentence) or is_fragment(sentence) or is_furniture(sentence)
