"""Finding the sentences that answer a question, and judging whether they really do."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer.text import fold, sentences
from index.search import Generation, Hit, analyze

# Words that frame a question rather than say what it is about: they need not appear in a
# document for it to answer the question.
FRAME_WORDS = set("""
who whom whose what whats which where when why how did does do doing done was were is are am been be
tell know give show shows showed say says said mean means happen happens happened
me please film films movie movies picture flick anything something someone thing things
name names called profession job occupation work kind type sort part role
get got gets much many there any some i my about her his their they she he its it
think thought like feel felt one ones exactly really actually also
spoiler spoilers ok okay big main please
receive received receives get gets got earn earned earns garner garnered have has had include includes included
feature features featured go went come came live lives living
magazine newspaper paper journal website site blog outlet publication
""".split())
SPOILER_HEADING = re.compile(r"\b(ending|endings|revelation|twist|spoilers?|finale|climax|conclusion|discovery|reveal\w*|truth)\b")
SPOILER_TEXT = re.compile(
    r"\b(reveal(?:s|ed|ing)?|revelation|twist|turns out|discover(?:s|ed|y|ing)?|learns?|finds out|realiz(?:es|ed)|"
    r"realis(?:es|ed)|confess(?:es|ed|ion)?|dies|died|switched|mixed up|not biologically|isn t hers|isn t his|"
    r"in the end|the ending|ends with|final act|finally|eventually|dna)\b"
)
OCCUPATIONS = frozenset("""
actor actress photographer anthropologist archaeologist archeologist doctor nurse teacher lawyer journalist
writer novelist painter singer musician dancer director producer student soldier detective
priest nun farmer banker scientist professor engineer chef waiter waitress maid nanny housekeeper
designer architect artist poet politician judge surgeon pilot driver mechanic secretary
businessman businesswoman executive manager editor reporter boxer athlete thief prostitute
psychiatrist psychologist therapist midwife filmmaker playwright composer hairdresser shopkeeper postman
vicar magistrate commissario inspector captain astronaut fisherman sailor
""".split())


class OccupationWords:
    """Does a text name an occupation (a word above, its plural, or police-anything)? A word
    lookup: the same test as one regular expression of ~100 alternatives, which took ~45 µs a
    sentence, most of answering "what does X do for a living"."""

    WORD = re.compile(r"\w+")

    def search(self, text: str) -> bool:
        for word in self.WORD.findall(text.lower()):
            if word in OCCUPATIONS or word.startswith("police") or (word[-1:] == "s" and word[:-1] in OCCUPATIONS):
                return True
        return False


ANSWER_TYPES: list[tuple[re.Pattern, re.Pattern | OccupationWords]] = [
    (re.compile(r"\b(profession|job|occupation|career|do for a living|work as|works as)\b"), OccupationWords()),
    (re.compile(r"^when\b|\bwhat (year|date|day|month)\b"),
     re.compile(r"\b(1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I)),
    (re.compile(r"\bhow (many|much|long|old)\b"),
     re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million)\b", re.I)),
    (re.compile(r"^where\b"), re.compile(r"\b(in|at|near|from|to) (the )?[A-Z]")),
]
# Money questions need an amount: a sentence that merely mentions the box office is no answer.
MONEY_QUESTION = re.compile(r"\bhow much\b|\b(budget|box office|gross(?:ed)?|earn(?:ed|ings)?|revenue|cost)\b")
MONEY = re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|thousand|m|bn|k)\b|\b(?:dollars|euros|pounds|yen|won)\b", re.I)
# "What is the name of X?" needs a name the question doesn't already hold.
NAME_QUESTION = re.compile(r"\bname of\b|\bwhat (?:is|was|s) (?:\w+ ){1,4}called\b|\bwhat (?:is|was|s) (?:\w+ ){0,3}name\b")
PROPER_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'’-]*")
# Words a document may use for what a question says differently; irregular forms the stemmer keeps apart.
SYNONYM_GROUPS = [
    "baby child daughter son infant newborn", "kill killed murder murdered shoot shot dead death die died",
    "wife husband married spouse", "mother mom mum", "father dad", "film movie picture",
    "job profession occupation career", "hide hid hidden", "steal stole stolen thief theft",
    "begin began begun start", "run ran", "find found discover discovered", "end ending ends final finally",
]
SYNONYM_CREDIT = 0.8  # a synonym covers a question word nearly as well as the word itself
FRAGMENT_PENALTY = 0.25  # list lines and title-case fragments ("Best Film, Best Director Nominee") read badly as answers
TYPE_BONUS = 0.2  # a sentence holding the kind of thing asked for (a job, a date, a place) beats one that doesn't
PAIR_BONUS = 0.15  # per pair of question words found side by side, as in "confesses to Ana"
CONTEXT_CREDIT = 0.5  # a question word found elsewhere in the sentence's passage ("She" for "Janis")
TYPO_LENGTHS = (5, 30)  # words this long are looked up with one typo allowed
MIN_COVERAGE = 0.5  # share of the question's weighted content terms the answer must contain


@dataclass
class Evidence:
    text: str
    hit: Hit
    score: float
    coverage: float


@dataclass
class QuestionTerms:
    weights: dict[str, float]  # content term -> idf weight
    missing: list[str]  # content terms that no document of the film contains


def question_terms(gen: Generation, film: str, question: str, exempt: set[str]) -> QuestionTerms:
    skip = set(analyze(" ".join(FRAME_WORDS | exempt)))
    searcher = gen.searcher()
    weights, missing = {}, []
    for term in analyze(question):
        if term in skip or len(term) < 2:
            continue
        present = gen.film_has_term(film, term) or bool(close_term(gen, film, term))
        if not present:
            missing.append(term)
            continue
        weights[term] = searcher.idf("text", term) if searcher.doc_frequency("text", term) else 1.0
    return QuestionTerms(weights, missing)


def missing_everywhere(gen: Generation, question: str, exempt: set[str]) -> list[str]:
    """Content terms no document of any film contains: the corpus cannot answer such a question."""
    skip = set(analyze(" ".join(FRAME_WORDS | exempt)))
    searcher = gen.searcher()
    reader = searcher.reader()
    return [t for t in analyze(question) if t not in skip and len(t) > 1
            and not searcher.doc_frequency("text", t) and not searcher.doc_frequency("heading", t)
            and not (TYPO_LENGTHS[0] <= len(t) <= TYPO_LENGTHS[1] and any(True for _ in reader.terms_within("text", t, 1)))]


def close_term(gen: Generation, film: str, term: str) -> str | None:
    """A term of the film's documents one edit away: tolerates small typos in longer words."""
    if not TYPO_LENGTHS[0] <= len(term) <= TYPO_LENGTHS[1]:
        return None  # short words have too many neighbours; no real word is longer than 30 letters
    return gen.film_neighbour(film, term)


def best_sentences(gen: Generation, film: str, question: str, terms: QuestionTerms,
                   prefer_kinds: set[str] = frozenset(), limit: int = 2) -> list[Evidence]:
    """The sentences of the film's best passages that cover most of the question, best first."""
    if not terms.weights:
        return []
    expansions = {syn for t in terms.weights for syn in SYNONYMS.get(t, ())}
    query = " ".join([*terms.weights, *expansions, *filter(None, (close_term(gen, film, t) for t in terms.weights))])
    total = sum(terms.weights.values())
    pairs = question_pairs(question, terms)
    wanted = answer_type(question)
    found: list[Evidence] = []
    for rank, hit in enumerate(gen.search(query, film=film, limit=20)):
        analysed = [(sentence, analyze(sentence)) for sentence in sentences(hit.text)]
        # The sentences split the passage at spaces only: together they hold all of its terms.
        _, in_passage = coverage_of({t for _, tokens in analysed for t in tokens}, terms.weights)
        for sentence, tokens in analysed:
            score, covered = coverage_of(set(tokens), terms.weights)
            if not covered:
                continue
            coverage = score / total
            context = CONTEXT_CREDIT * sum(terms.weights[t] for t in in_passage - covered) / total
            bonus = 0.1 * (hit.kind in prefer_kinds) + PAIR_BONUS * paired(pairs, tokens)
            bonus += TYPE_BONUS * bool(wanted and wanted.search(sentence)) - FRAGMENT_PENALTY * is_fragment(sentence)
            found.append(Evidence(sentence, hit, coverage + context + bonus - 0.005 * rank, coverage))
    if MONEY_QUESTION.search(fold(question)):
        found = [e for e in found if MONEY.search(e.text)]
    if NAME_QUESTION.search(fold(question)):
        found = [e for e in found if names_the_relation(e.text, question, terms)]
    found.sort(key=lambda e: -e.score)
    chosen: list[Evidence] = []
    for evidence in found:
        if len(chosen) == limit or (chosen and evidence.score < 0.75 * chosen[0].score):
            break
        if chosen and len(evidence.text) < 50:
            continue  # a fragment (a list line, a caption) adds little after a full sentence
        if not any(similar(evidence.text, c.text) for c in chosen):
            chosen.append(evidence)
    return chosen


def synonym_map() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for group in SYNONYM_GROUPS:
        stems = set(analyze(group))
        for stem in stems:
            table.setdefault(stem, set()).update(stems - {stem})
    return table


SYNONYMS = synonym_map()


def coverage_of(tokens: set[str], weights: dict[str, float]) -> tuple[float, set[str]]:
    """Weighted share of the question's terms a text holds, directly or through a synonym."""
    covered, score = set(), 0.0
    for term, weight in weights.items():
        if term in tokens:
            covered.add(term)
            score += weight
        elif SYNONYMS.get(term, set()) & tokens:
            covered.add(term)
            score += SYNONYM_CREDIT * weight
    return score, covered


def question_pairs(question: str, terms: QuestionTerms) -> set[tuple[str, str]]:
    ordered = [t for t in analyze(question) if t in terms.weights]
    return set(zip(ordered, ordered[1:]))


def names_the_relation(sentence: str, question: str, terms: QuestionTerms) -> bool:
    """For "what is the name of Arturo's wife": a new proper name close to "wife" (or a synonym)."""
    asked = set(fold(question).replace("'", " ").split())
    relation = [t for t in analyze(question.split("name of")[-1]) if t in terms.weights][-1:]
    if not relation:
        return False
    wanted = {relation[0], *SYNONYMS.get(relation[0], ())}
    words_in = re.findall(r"[\w'’-]+", sentence)
    spots = [i for i, w in enumerate(words_in) if set(analyze(w)) & wanted]
    names = [i for i, w in enumerate(words_in) if i and w[:1].isupper() and fold(w).strip("'’") not in asked]
    return any(abs(i - j) <= 4 for i in spots for j in names)


def is_fragment(sentence: str) -> bool:
    words_in = sentence.split()
    capitalised = sum(1 for w in words_in if w[:1].isupper())
    return len(words_in) < 6 or capitalised > 0.6 * len(words_in)


def paired(pairs: set[tuple[str, str]], tokens: list[str]) -> int:
    """How many of the question's word pairs stand side by side in the sentence ("Ana's baby" ~ "Ana's child")."""
    def same(token: str, term: str) -> bool:
        return token == term or token in SYNONYMS.get(term, ())
    adjacent = list(zip(tokens, tokens[1:]))
    return sum(1 for a, b in pairs if any(same(x, a) and same(y, b) for x, y in adjacent))


def answer_type(question: str) -> re.Pattern | OccupationWords | None:
    folded = fold(question)
    return next((kind for cue, kind in ANSWER_TYPES if cue.search(folded)), None)


def answers_question(evidence: list[Evidence]) -> bool:
    return bool(evidence) and evidence[0].coverage >= MIN_COVERAGE


def similar(a: str, b: str) -> bool:
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return len(wa & wb) >= 0.7 * min(len(wa), len(wb))


def is_spoiler(text: str, heading: str | None = None) -> bool:
    return bool(SPOILER_TEXT.search(fold(text).replace("'", " ")) or (heading and SPOILER_HEADING.search(fold(heading))))
