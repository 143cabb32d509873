"""Ranking a film's sentences for a question: BM25 over sentences, with the film's own statistics.

Each film's sentences are read once (per generation) into a small in-memory index: their terms,
and for each term the share of the film's sentences holding it. Scores use that film-level idf, so
a name that fills the whole summary (the hero's) counts for little and a rare word for a lot.
A sentence also takes part of its neighbours' score (a pronoun's antecedent sits next door) and a
bonus when it holds the kind of thing asked for (a name for "who", a date for "when"). Weights are
in `RankingWeights`, fitted on public question sets (see eval/README.md), not on single questions.
"""
from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from bot.answer.related_words import related_terms
from bot.answer.typos import WORD, formal_term, other_forms
from bot.answer.answer_shapes import AnswerShape
from bot.answer.story import PLOT_KINDS, tells_plot
from bot.answer.text import fold, sentences
from index.analysis import index_terms
from index.search import Generation, Hit, analyze

STORY_SENTENCES = 6  # a telling shorter than this (a logline) has no beginning and end to tell apart


FEATURES = ("bm25", "near", "matched", "shape", "echo", "length", "new_names", "pairs", "prefer", "first",
            "position", "terms_matched", "fragment", "story_time")


@dataclass(frozen=True)
class RankingWeights:
    """How a sentence's features add up to its score; `features` is fitted by eval/fit_ranking.py."""
    k1: float = 1.2  # BM25 term-frequency saturation
    b: float = 0.3  # BM25 length normalisation, over sentences
    typo_credit: float = 0.8  # a question word matched through a one-edit neighbour
    variant_credit: float = 0.6  # a question word matched through a word sharing its stem's start
    heading_credit: float = 0.5  # a question word in the passage's heading
    # A question word matched through a word WordNet relates to it ("baby" in "Ana's child died"):
    # less than the word itself, so a sentence using the question's own word stays ahead.
    related_credit: float = 0.4
    # ... and through a related word when the film also uses the question's own ("baby" asked,
    # "Ana's child died" told): a tenth of the word's weight. Measured on the public sets: 0.1
    # gained 7 NarrativeQA questions and lost one casual one; 0.2 and 0.3 lost more than they won.
    present_related_credit: float = 0.1
    referred_credit: float = 0.5  # a name matched through the pronoun that refers to it
    frame_credit: float = 0.5  # a frame word of the question the film uses
    form_credit: float = 1.0  # an irregular form of the word ("found" for "find"): the word itself (0.7 measured the same)
    candidates: int = 30  # sentences scored on every feature (the best by BM25 and context)
    # A number or an amount answers only in a sentence about what was asked: "how old was Shaw" is
    # not answered by the director's age in a sentence that never names Shaw.
    shaped_match: float = 0.3
    features: tuple[float, ...] = (1.0, 0.5, 0.0, 0.15, -0.3, 0.0, 0.0, 0.0, 0.05, 0.0, 0.0, 0.0, -0.3, 0.6)


WEIGHTS = RankingWeights()


QUOTES = "\"“”‘’«»"


@dataclass
class Sentence:
    text: str
    hit: Hit
    terms: Counter
    length: int
    before: int | None = None  # index of the previous sentence of the same passage
    after: int | None = None
    story: float | None = None  # how far into its plot telling (0 the start, 1 the end); None outside one
    # The names a sentence that opens with a pronoun refers to: those of the sentence before ("Months
    # later, Arturo visits Janis. He's puzzled by the child's darker complexion": "he" is Arturo)
    referred: frozenset[str] = frozenset()

    @property
    def asks(self) -> bool:
        """A question someone asks in the page ("Question: who killed Madame D?"), not quoted speech."""
        return self.text.rstrip().endswith("?") and not any(q in self.text for q in QUOTES)


@dataclass
class FilmSentences:
    sentences: list[Sentence]
    df: Counter  # term -> number of sentences holding it
    heading_terms: dict[str, frozenset[str]] = field(default_factory=dict)  # passage id -> heading and metadata terms
    metadata: frozenset[str] = frozenset()  # terms of the documents' source and author: an outlet is askable
    _stems: dict[str, list[str]] | None = None
    _words: frozenset[str] | None = None

    def says(self, word: str) -> bool:
        """Do the film's sentences use this (folded) word as it is written? (Words as
        typos.correct_question reads a question's.)"""
        if self._words is None:
            self._words = frozenset(w for s in self.sentences for w in WORD.findall(fold(s.text)))
        return word in self._words

    def variants(self, term: str) -> list[str]:
        """The film's terms that extend this one by a suffix ("marri" -> "marriag", "kill" ->
        "killer"): derivations the stemmer leaves apart."""
        if len(term) < 4:
            return []
        if self._stems is None:
            stems: dict[str, list[str]] = {}
            for known in self.df:
                if len(known) >= 4:
                    stems.setdefault(known[:4], []).append(known)
            self._stems = stems
        return [k for k in self._stems.get(term[:4], ()) if k != term and k.startswith(term) and len(k) - len(term) <= 3]

    @property
    def average_length(self) -> float:
        return sum(s.length for s in self.sentences) / max(len(self.sentences), 1)

    def idf(self, term: str) -> float:
        n, df = len(self.sentences), self.df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))


@dataclass
class Ranked:
    sentence: Sentence
    score: float  # BM25 with context and bonuses
    matched: float  # share of the question's idf mass the sentence (or its heading) holds

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def hit(self) -> Hit:
        return self.sentence.hit


class SentenceCache:
    """Films' sentence indexes for one generation, least recently used dropped first."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self.films: OrderedDict[tuple[int, str], FilmSentences] = OrderedDict()

    def of(self, gen: Generation, film: str) -> FilmSentences:
        key = (id(gen), film)
        found = self.films.get(key)
        if found is None:
            found = self.films[key] = read_film(gen, film)
            while len(self.films) > self.size:
                self.films.popitem(last=False)
        else:
            self.films.move_to_end(key)
        return found


SENTENCES = SentenceCache()


def read_film(gen: Generation, film: str) -> FilmSentences:
    found: list[Sentence] = []
    df: Counter = Counter()
    headings: dict[str, frozenset[str]] = {}
    metadata: frozenset[str] = frozenset()
    for hit in gen.passages_of(film, limit=5000):
        about = frozenset(analyze(" ".join(filter(None, (hit.source, hit.author)))))
        headings[hit.id] = frozenset(analyze(hit.heading or "")) | about
        metadata |= about
        first = len(found)
        for text in sentences(hit.text):
            terms = Counter(index_terms(text))  # repeats kept: BM25 counts them
            if not terms:
                continue
            found.append(Sentence(text, hit, terms, sum(terms.values())))
            df.update(terms.keys())
        for i in range(first, len(found)):
            found[i].before = i - 1 if i > first else None
            found[i].after = i + 1 if i + 1 < len(found) else None
    place_in_story(found)
    resolve_pronouns(found)
    return FilmSentences(found, df, headings, metadata)


PRONOUN_START = re.compile(r"^\W*(?:he|she|they|his|her|their|him|them)\b", re.I)
MID_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’-]+")


def resolve_pronouns(found: list[Sentence]) -> None:
    """A sentence that opens with a personal pronoun refers to the people the sentence before
    names: their name terms are the sentence's `referred` terms. A name is a word the film writes
    capitalised mid-sentence, so "Months later, Arturo visits" gives Arturo, not "months"."""
    names = {t for s in found for m in MID_NAME.findall(s.text) for t in analyze(m)}
    for s in found:
        if s.before is not None and PRONOUN_START.match(s.text):
            before = found[s.before]
            s.referred = frozenset(t for t in before.terms if t in names and t not in s.terms) | before.referred


def place_in_story(found: list[Sentence]) -> None:
    """Each telling's sentences get their place in it, from 0 (the opening) to 1 (the last event).
    A plot document is one telling, whatever its sections ("Sicily, 1901" … "The ending"); in any
    other document a telling is a section headed as the plot."""
    tellings: dict[tuple, list[Sentence]] = {}
    for s in found:
        if tells_plot(s.hit):
            key = (s.hit.document, None if s.hit.kind in PLOT_KINDS else s.hit.heading)
            tellings.setdefault(key, []).append(s)
    for told in tellings.values():
        if len(told) < STORY_SENTENCES:
            continue
        told.sort(key=lambda s: s.hit.position)  # stable: sentences keep their order in a passage
        for n, s in enumerate(told):
            s.story = n / (len(told) - 1)


@dataclass
class QuestionWords:
    terms: dict[str, float]  # the film's term (the question's, or its one-edit neighbour) -> weight
    missing: float  # idf mass of the question's terms the film's documents never hold
    asked: frozenset[str]  # every term of the question, as typed
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)  # term -> the film's terms related to it
    # The question's frame words the film uses ("live" in "what city does janis live in"): they
    # rank sentences a little, but are no evidence that a sentence answers (not in the mass)
    frame: dict[str, float] = field(default_factory=dict)

    @property
    def mass(self) -> float:
        return sum(self.terms.values()) + self.missing


def question_words(film: FilmSentences, terms: list[str], neighbour, weights: RankingWeights = WEIGHTS) -> QuestionWords:
    """Weights for a question's content terms. A term the film lacks is matched through the film's
    terms WordNet relates to it (synonyms, kinds, derived forms: "job" -> "hire") where it has some,
    else through a one-edit neighbour (a typo), and otherwise counts as missing mass."""
    found: dict[str, float] = {}
    related: dict[str, tuple[str, ...]] = {}
    missing = 0.0
    unseen = math.log(1 + (len(film.sentences) + 0.5) / 0.5)
    for term in terms:
        for variant in film.variants(term):
            found[variant] = max(found.get(variant, 0.0), weights.variant_credit * film.idf(variant))
        # the same word in another form, whether or not the film also has the question's: an
        # irregular one ("where did he find it": "he found it") or one the stemmer splits off ("glue": "glued")
        forms = [form for form in other_forms(term) if film.df.get(form)]
        for form in forms:
            found[form] = max(found.get(form, 0.0), weights.form_credit * film.idf(form))
        if film.df.get(term) or term in film.metadata:
            found[term] = max(found.get(term, 0.0), film.idf(term))
            near = tuple(r for r in related_terms(term) if film.df.get(r) and r not in terms and r != term)
            if near and weights.present_related_credit:
                related[term] = near
            continue
        formal = formal_term(term)  # "grandma": the documents' "grandmother" means just that
        if formal and film.df.get(formal):
            found[formal] = max(found.get(formal, 0.0), weights.typo_credit * film.idf(formal))
            continue
        if forms:
            continue
        # a word the film never uses is looked for as the words WordNet relates to it at nearly half
        # its weight; a word the film uses, at a tenth (above), as the film mostly says it so
        # (measured: related words at full credit for every question word cost the shared dev set
        # "Ana's mother's profession", mother -> parent)
        near = tuple(r for r in related_terms(term) if film.df.get(r) and r not in terms)  # never counted twice
        if near:
            related[term] = near
            # the film says it otherwise, so it is not missing mass; but a word the film never uses
            # is a weaker cue than one it does, so it weighs the credit times its rarest related
            # word (and bm25 takes the credit again on matching: full weight measured worse on the
            # public sets, 3198 against 3207 of 3979 questions, before related words stopped
            # counting toward a sentence's held mass)
            found[term] = max(found.get(term, 0.0), weights.related_credit * max(film.idf(r) for r in near))
            continue
        close = neighbour(term)
        if close and film.df.get(close):
            found[close] = max(found.get(close, 0.0), weights.typo_credit * film.idf(close))
        else:
            missing += unseen
    return QuestionWords(found, missing, frozenset(terms), related)


def rank(film: FilmSentences, words: QuestionWords, wants: AnswerShape | None = None,
         prefer: set[str] = frozenset(), weights: RankingWeights = WEIGHTS, limit: int = 10,
         when: str | None = None) -> list[Ranked]:
    """The film's sentences that share a term with the question, best first; `when` ("start" or
    "end") is the part of the story the question asks about."""
    found = shortlist(film, words, wants, prefer, weights, when)
    while not found and wants is not None and wants.fallback is not None:
        wants = wants.fallback or None  # a looser shape, or (True) any sentence
        found = shortlist(film, words, wants if isinstance(wants, AnswerShape) else None, prefer, weights, when)
    ranked = [Ranked(film.sentences[i], sum(w * v for w, v in zip(weights.features, values)), matched)
              for i, values, matched in found]
    # a sentence that holds none of the question's own words (matched through related words
    # alone) never ranks above one that holds some: "Janis: “The truth is always waiting…”" is
    # no answer to "who helps her dig up the bones"
    ranked.sort(key=lambda r: (r.matched <= 0, -r.score))
    return ranked[:limit]


def shortlist(film: FilmSentences, words: QuestionWords, wants: AnswerShape | None, prefer: set[str],
              weights: RankingWeights, when: str | None = None) -> list[tuple[int, tuple[float, ...], float]]:
    """The best sentences by BM25 and context that can answer, each with its features and the share
    of the question's idf mass it holds."""
    if not words.terms or not film.sentences:
        return []
    base, held = bm25(film, words, weights)
    near = {i: neighbour_score(film, base, i) for i in base}
    found = []
    asking = [i for i in base if film.sentences[i].asks]  # "does the dog die??": a question, never an answer
    for i in asking:
        del base[i]
    for i in sorted(base, key=lambda i: -(base[i] + 0.5 * near[i]))[:weights.candidates]:
        fits = wants is not None and bool(wants.test(film.sentences[i].text))
        if wants is not None and wants.required and not (
                fits and counts(film, i, wants.counted) and told(film, words, i, wants) >= weights.shaped_match * words.mass):
            continue
        found.append((i, features(film, words, i, base[i], near[i], held[i], fits, prefer, when), held[i] / words.mass))
    return found


def told(film: FilmSentences, words: QuestionWords, i: int, wants: AnswerShape) -> float:
    """The idf mass of the question's terms a sentence and the one before hold together: "three
    feline siblings … tumbling about the doorstep. Their mother, Mrs. Tabitha Twitchit, expects"
    tells the name of the siblings' mother. A count already looks for the thing counted in the
    sentences around, so its own sentence must hold the rest ("how many rats are in the colony"
    is not told by "Remy walks on two legs" after a sentence about the colony)."""
    s = film.sentences[i]
    if wants.counted is not None:
        return sum(w for t, w in words.terms.items() if t in s.terms)
    before = film.sentences[s.before].terms if s.before is not None else {}
    return sum(w for t, w in words.terms.items() if t in s.terms or t in before)


def counts(film: FilmSentences, i: int, counted: str | None) -> bool:
    """Does the sentence count the thing a "how many" question counts: a number before it, at
    most a few words apart ("three feline siblings", "won two Oscars")? A number elsewhere counts
    something else: "the day's cash, a thousand dollars" is no count of days."""
    if counted is None:
        return True
    words = WORDS.findall(film.sentences[i].text)
    return any(analyze(word)[:1] == [counted] and any(NUMBER_WORD.match(w) for w in words[max(0, k - COUNT_GAP - 1):k])
               for k, word in enumerate(words))


WORDS = re.compile(r"[\w'’,.-]+")
NUMBER_WORD = re.compile(r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                         r"|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|several|both)$", re.I)
COUNT_GAP = 2  # words between a number and the thing counted: "three young children"


def bm25(film: FilmSentences, words: QuestionWords, weights: RankingWeights) -> tuple[dict[int, float], dict[int, float]]:
    """Each matching sentence's BM25 score and the idf mass of the question terms it holds."""
    avg = film.average_length
    base: dict[int, float] = {}
    held: dict[int, float] = {}
    for i, s in enumerate(film.sentences):
        score = matched = 0.0
        for term, weight in words.terms.items():
            tf = s.terms.get(term)
            credit = 1.0
            if not tf and term in s.referred:
                tf, credit = 1, weights.referred_credit
            if not tf and term in words.related:
                # matched through the related word the sentence holds most, never through several:
                # a sentence of synonyms is no better an answer than one holding the word once
                tf = max(s.terms.get(r, 0) for r in words.related[term])
                credit = weights.present_related_credit if film.df.get(term) else weights.related_credit
            if tf:
                norm = weights.k1 * (1 - weights.b + weights.b * s.length / avg)
                score += credit * weight * tf * (weights.k1 + 1) / (tf + norm)
                # a related word is no evidence that the film answers the question ("is there a
                # sequel" must not hold a sentence's "result"): only the question's own words count
                matched += weight if credit == 1.0 else 0.0
        heading = film.heading_terms.get(s.hit.id, frozenset())
        for term in heading & words.terms.keys() - s.terms.keys():
            score += weights.heading_credit * words.terms[term]
            matched += weights.heading_credit * words.terms[term]
        if score:  # a frame word ranks a sentence that holds something else of the question
            for term, weight in words.frame.items():
                tf = s.terms.get(term)
                if tf:
                    score += weight * tf * (weights.k1 + 1) / (tf + weights.k1 * (1 - weights.b + weights.b * s.length / avg))
            base[i], held[i] = score, matched
    return base, held


def neighbour_score(film: FilmSentences, base: dict[int, float], i: int) -> float:
    s = film.sentences[i]
    return max(base.get(s.before, 0.0) if s.before is not None else 0.0,
               base.get(s.after, 0.0) if s.after is not None else 0.0)


CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]+")


def features(film: FilmSentences, words: QuestionWords, i: int, score: float, near: float, held: float,
             fits: bool, prefer: set[str], when: str | None = None) -> tuple[float, ...]:
    """A sentence's features for a question, each scaled to about 0..1 (FEATURES names them)."""
    s = film.sentences[i]
    mass = words.mass
    new_terms = set(s.terms) - words.asked - words.terms.keys()
    names = {n for n in CAPITALISED.findall(s.text) if not set(analyze(n)) & words.asked}
    order = list(s.terms)
    pairs = sum(1 for a, b in zip(order, order[1:]) if a in words.terms and b in words.terms and a != b)
    return (
        score / mass, near / mass, held / mass, float(fits), float(not new_terms),
        min(len(s.text), 400) / 400, min(len(names), 3) / 3, min(pairs, 3) / 3, float(s.hit.kind in prefer),
        float(s.before is None), i / len(film.sentences),
        sum(1 for t in words.terms if t in s.terms) / max(len(words.terms), 1), float(is_fragment(s.text)),
        story_time(s.story, when),
    )


def story_time(story: float | None, when: str | None) -> float:
    """How well a sentence's place in the story fits the part asked about: 1 at the very end (or
    start), falling to 0 halfway; 0 for a sentence outside any telling or a question of no part."""
    if story is None or when is None:
        return 0.0
    late = story if when == "end" else 1 - story
    return max(0.0, 2 * late - 1)


def is_fragment(text: str) -> bool:
    """A list line or credit row ("Kim Ki-woo – Choi Woo-shik"): few words, mostly capitalised."""
    tokens = text.split()
    return len(tokens) < 6 or sum(1 for w in tokens if w[:1].isupper()) > 0.6 * len(tokens)


def pick(ranked: list[Ranked], budget: int = 300, keep: float = 0.0, part: int = 40) -> list[Ranked]:
    """The best sentences in rank order while they fit in the budget; the first that does not fit
    still comes last when at least `part` characters are left, for the answer to cut ("…"): the
    second-best sentence holds the answer more often than a shorter, lower-ranked one."""
    if not ranked:
        return []
    chosen = [ranked[0]]
    used = len(ranked[0].text)
    for r in ranked[1:]:
        room = budget - used - 1
        if r.score < keep * ranked[0].score or (len(r.text) > room and room < part):
            break
        if r.text in {c.text for c in chosen}:
            continue
        chosen.append(r)
        used += 1 + len(r.text)
        if used >= budget:
            break
    return chosen
