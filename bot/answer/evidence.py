"""Finding the sentences that answer a question, and judging whether they really do."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.answer.answer_shapes import PLACE_TYPE, answer_shape
from bot.answer.named import asked_name
from bot.answer.ranking import SENTENCES, WEIGHTS, FilmSentences, Ranked, pick, question_words, rank
from bot.answer.story import PLOT_KINDS, placed_terms
from bot.answer.text import fold, plain_negations, words as words_of
from bot.answer.typos import formal_term, other_forms
from index.search import Generation, Hit, analyze

# Words that frame a question rather than say what it is about: they need not appear in a
# document for it to answer the question. The function words (question words, auxiliaries,
# pronouns, quantities) say nothing of the answer; the other frame words (verbs and nouns such as
# "live", "work", "happen") may, and rank a sentence a little where the film uses them.
FUNCTION_WORDS = set("""
who whom whose what whats which where when why how did does do doing done was were is are am been be
me please anything something someone anyone anybody everyone everybody everything nothing nobody somebody
anywhere somewhere everywhere nowhere
get got gets much many there any some i my about her his their they she he its it
one ones exactly really actually also ok okay have has had very even
could should might must shall
""".split())
FRAME_WORDS = FUNCTION_WORDS | set("""
tell know give show shows showed say says said mean means happen happens happened
film films movie movies picture flick thing things stuff
name names called profession job occupation work kind type sort part role
think thought like feel felt
spoiler spoilers big main
receive received receives earn earned earns garner garnered include includes included
feature features featured go went come came live lives living
doesn't doesnt didn't didnt isn't isnt wasn't wasnt aren't arent weren't werent don't dont hasn't hasnt
haven't havent hadn't hadnt couldn't couldnt wouldn't wouldnt shouldn't shouldnt
magazine newspaper paper journal website site blog outlet publication
""".split())
SPOILER_HEADING = re.compile(r"\b(ending|endings|revelation|twist|spoilers?|finale|climax|conclusion|discovery|reveal\w*|truth)\b")
SPOILER_TEXT = re.compile(
    r"\b(reveal(?:s|ed|ing)?|revelation|twist|turns out|discover(?:s|ed|y|ing)?|learns?|finds out|realiz(?:es|ed)|"
    r"realis(?:es|ed)|confess(?:es|ed|ion)?|dies|died|killed|in the end|the ending|ends with|final act|finally|eventually)\b"
)
TYPO_LENGTHS = (5, 30)  # words this long are looked up with one typo allowed
MIN_MATCHED = 0.1  # share of the question's idf mass the best sentence must hold (fitted: eval/README.md)


@dataclass
class Evidence:
    text: str
    hit: Hit
    score: float
    coverage: float  # share of the question's idf mass the sentence holds (words missing from the film count)


@dataclass
class QuestionTerms:
    weights: dict[str, float]  # content term -> idf weight over the whole index
    missing: list[str]  # content terms that no document of the film contains (nor a one-edit neighbour)
    order: list[str] = field(default_factory=list)  # every content term, in the question's order


def content_terms(question: str, exempt: set[str]) -> list[str]:
    """The question's terms that say what it is about: not its frame ("who", "did") nor its cue words."""
    skip = set(analyze(" ".join(FRAME_WORDS | exempt)))
    return [term for term in analyze(plain_negations(question)) if term not in skip and len(term) > 1]


def frame_terms(film: FilmSentences, question: str, content: set[str]) -> dict[str, float]:
    """The question's frame words the film's sentences use, each with a fraction of its weight."""
    return {t: WEIGHTS.frame_credit * film.idf(t) for t in analyze(question)
            if t in frame_stems() and t not in content and film.df.get(t)}


@lru_cache(maxsize=1)
def frame_stems() -> frozenset[str]:
    """The terms of the frame words that are no function words (read once, not per question)."""
    return frozenset(analyze(" ".join(FRAME_WORDS - FUNCTION_WORDS))) - frozenset(analyze(" ".join(FUNCTION_WORDS)))


def manner_terms(question: str) -> set[str]:
    """The terms of the question's manner adverbs, an adjective made "-ly" ("roughly", "exactly"):
    they say how it is asked, not what about. "Family" and "early" are not: their stems are not
    their first part's."""
    return {stem for w in words_of(question) if w.endswith("ly") and len(w) > 4
            for stem in analyze(w) if analyze(w[:-2]) == [stem]}


def question_terms(gen: Generation, film: str, question: str, exempt: set[str]) -> QuestionTerms:
    searcher = gen.searcher()
    weights, missing, order = {}, [], []
    for term in content_terms(question, exempt):
        order.append(term)
        present = (gen.film_has_term(film, term) or term in SENTENCES.of(gen, film).metadata
                   or bool(close_term(gen, film, term)))
        if not present:
            missing.append(term)
            continue
        weights[term] = searcher.idf("text", term) if searcher.doc_frequency("text", term) else 1.0
    return QuestionTerms(weights, missing, order)


def missing_everywhere(gen: Generation, question: str, exempt: set[str]) -> list[str]:
    """Content terms no document of any film contains: the corpus cannot answer such a question."""
    skip = set(analyze(" ".join(FRAME_WORDS | exempt)))
    searcher = gen.searcher()
    reader = searcher.reader()
    return [t for t in analyze(plain_negations(question)) if t not in skip and len(t) > 1
            and not searcher.doc_frequency("text", t) and not searcher.doc_frequency("heading", t)
            and not (TYPO_LENGTHS[0] <= len(t) <= TYPO_LENGTHS[1] and any(True for _ in reader.terms_within("text", t, 1)))]


def close_term(gen: Generation, film: str, term: str) -> str | None:
    """A term of the film's documents for a question term they lack: the formal word for an
    everyday one ("mum" -> "mother"), another form of the word ("went" -> "go"), else a term one edit away (small typos in longer words)."""
    formal = formal_term(term)
    if formal and gen.film_has_term(film, formal):
        return formal
    inflected = next((form for form in other_forms(term) if gen.film_has_term(film, form)), None)
    if inflected:
        return inflected
    if not TYPO_LENGTHS[0] <= len(term) <= TYPO_LENGTHS[1]:
        return None  # short words have too many neighbours; no real word is longer than 30 letters
    return gen.film_neighbour(film, term)


def best_sentences(gen: Generation, film: str, question: str, terms: QuestionTerms,
                   prefer_kinds: set[str] = frozenset(), limit: int = 3) -> list[Evidence]:
    """The film's sentences that best answer the question, best first, within an answer's length."""
    if not terms.order:
        return []
    sentences_of = SENTENCES.of(gen, film)
    when, placed = placed_terms(question, terms.order)
    words = question_words(sentences_of, placed, lambda t: close_term(gen, film, t))
    for term in answer_type_terms(question):
        for held in [t for t in words.terms if t == term or t.startswith(term)]:  # "long", and "longer" through it
            words.terms.pop(held)
    shape = answer_shape(question)
    if not (shape and shape.place):  # "where does she live": "in Madrid" tells it, not "their lives"
        words.frame = frame_terms(sentences_of, question, set(words.terms) | set(placed))
    ranked = rank(sentences_of, words, shape, prefer_kinds, when=when)
    chosen = [Evidence(r.text, r.hit, r.score, r.matched) for r in pick(ranked)[:limit]]
    asked = IN_THE_FILM.sub("", question.lower())  # "in it, why does…": the question after the film's name
    if chosen and WHO.match(asked) and names_no_one_new(chosen[0].text, question):
        before = ranked[0].sentence.before
        if before is not None and sentences_of.sentences[before].text not in {e.text for e in chosen}:
            # "she fires and kills him": the sentence before says who "she" is
            chosen.insert(0, Evidence(sentences_of.sentences[before].text, chosen[0].hit, chosen[0].score, chosen[0].coverage))
    after = told_next(sentences_of, ranked[0], chosen[0]) if chosen else None
    if after is not None and AFTER_EVENT.match(asked) and after.text != chosen[0].text:
        # "what happens with janis and arturo once shes pregnant": what the story tells next
        chosen = [chosen[0], after, *(e for e in chosen[1:] if e.text != after.text)]
    elif after is not None and WHY.match(asked) and not CAUSE.search(chosen[0].text) \
            and after.text not in {e.text for e in chosen}:
        # "why does arturo think the baby isn't his": the event, then the reason told after it
        chosen.insert(1, after)
    return chosen


def told_next(film: FilmSentences, best: Ranked, shown: Evidence) -> Evidence | None:
    """The sentence the story tells after the best one, as evidence of the same weight."""
    after = best.sentence.after
    return None if after is None else Evidence(film.sentences[after].text, shown.hit, shown.score, shown.coverage)


IN_THE_FILM = re.compile(r"^\W*in it\W*\s*")
WHY = re.compile(r"(?:so |and |but )?(?:why|how come)\b")
# "what happens after they leave the hospital", "what does she do when he finds out": the event, then what follows
AFTER_EVENT = re.compile(r"^\W*(?:so |and |but )?what (?:happens|happened|does|did|do) (?:.{0,40}? )?(?:after|once|when|as soon as)\b")
CAUSE = re.compile(r"\b(?:because|since|so that|in order to|due to|as a result|after|for)\b", re.I)


WHO = re.compile(r"(?:who|whom|whose)\b")
NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")


def names_no_one_new(text: str, question: str) -> bool:
    asked = set(words_of(question))
    return all(fold(m.group()) in asked for m in NAME.finditer(text))


MEASURE = re.compile(r"\bhow (long|far|tall|big|old|often)\b")


def answer_type_terms(question: str) -> list[str]:
    """The noun naming the kind of place asked for ("what city does she live in"): the answer
    sentence names the city ("a historian in Zaragoza") and seldom says "city", so the noun does not
    count as a word to match. (Other nouns after "what" do: "what war" is answered by "the First
    World War", as the books' questions show.)"""
    found = PLACE_TYPE.search(question.lower())
    if found:
        return analyze(found.group(1))
    measure = MEASURE.search(question.lower())
    if measure:  # "how long did watson starve himself": "three days" answers; it seldom says "long"
        return analyze(measure.group(1))
    # "what is the name of the mother": the answer names her ("Their mother, Mrs. Tabitha
    # Twitchit"); it seldom says "name"
    named = asked_name(question)
    return analyze(f"name named called call nickname {named.part or ''}") if named else []


def answers_question(evidence: list[Evidence]) -> bool:
    return bool(evidence) and evidence[0].coverage >= MIN_MATCHED


def is_spoiler(text: str, heading: str | None = None, hit: Hit | None = None) -> bool:
    """Plot text past a summary's opening passage, under a spoiler or ending heading, or telling a
    turn of the story (a reveal, a death, the end): for any film, with no word of any one story."""
    past_opening = hit is not None and hit.kind in PLOT_KINDS and hit.position >= 1
    return bool(past_opening or SPOILER_TEXT.search(fold(text).replace("'", " "))
                or (heading and SPOILER_HEADING.search(fold(heading))))
