"""The answer engine: question in, short sourced answer out. Shared by the CLI, Discord and tests.

Everything here is synchronous and may block on disk; async front ends call it in a thread.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable

from pydantic import BaseModel

from bot.answer import compose
from bot.answer.compose import Context, Draft
from bot.answer.compose.cast_story import answer_cast_from_story, as_characters, with_actor
from bot.answer.compose.reviewers import names_a_reviewer, unquoted_holder
from bot.answer.credits import merge_cast
from bot.answer.errors import DocumentRejected, IndexNotReady, QuestionTooLong, ReindexInProgress
from bot.answer.ranking import SENTENCES
from bot.answer.evidence import QuestionTerms, content_terms, manner_terms, missing_everywhere, question_terms
from bot.answer.film_context import resolve_in_context
from bot.answer.films import Resolution, name_pattern, resolve_film, resolve_requested, suggest_films, without_film_names
from bot.answer.intent import OUTSIDE_FACTS, Reading, opinion_holder, read_critics, read_question, without_alternative
from bot.answer.models import Answer, Intent, Source
from bot.answer.other_films import asks_for_missing_instalment, declined_text, named_other_film, other_instalment
from bot.answer.typos import correct_question
from bot.answer.text import clean_question, fold, join_names, shorten, surface_words, words
from bot.conversation import FollowOn, find_subject, resolve_pronouns
from bot.settings import Settings
from index.build_process import build_in_child as build_in_child_process
from index.corpus import DocumentError, corpus_fingerprint
from index.models import CastCredit, CrewCredit, Film, FilmFact, IndexReport
from index.search import Generation, IndexReader, analyze
from index.store import BuildInProgress, Progress, build_index
from index.uploads import save_upload

SNIPPET_CHARS = 200
TOPIC_READINGS: dict[str, Reading] = {
    "plot": Reading("plot", "overview"), "cast": Reading("cast"), "crew": Reading("crew"),
    "awards": Reading("awards"), "critics": Reading("critics"), "info": Reading("facts", "info"),
    "similar": Reading("similar"),
}
OUTSIDE_FACT_NAMES = {name for name, _ in OUTSIDE_FACTS}
TOPIC_TITLES = {"plot": "Plot", "cast": "Cast", "crew": "Crew", "awards": "Awards", "critics": "Critics", "info": "Facts",
                "similar": "Films like"}


def check_question_length(question: str, limit: int) -> None:
    """The one question-length check: QuestionTooLong when the question, as the engine reads it
    (clean_question), is over `limit` (Settings.max_question_chars). The engine checks every
    question; a front end may check early too, e.g. Discord before a question spends a cooldown."""
    length = len(clean_question(question))
    if length > limit:
        raise QuestionTooLong(length, limit)


class EngineStatus(BaseModel):
    films: int = 0
    documents: int = 0
    passages: int = 0
    built_at: float | None = None
    last_report: IndexReport | None = None
    reindexing: bool = False


class AnswerEngine:
    def __init__(self, settings: Settings, *, build_in_child: bool = False) -> None:
        """build_in_child: run index builds in a child process (index.build_process), so that a
        process serving questions while it rebuilds keeps its CPU time; the Discord bot does."""
        self.settings = settings
        self.reader = IndexReader(settings.index_dir)
        self._reindex_lock = threading.Lock()
        self._build = build_in_child_process if build_in_child else build_index

    # --- the index --------------------------------------------------------------------

    def generation(self) -> Generation:
        gen = self.reader.generation()
        if gen is None:
            raise IndexNotReady()
        return gen

    def ensure_index(self, steps: Progress | None = None) -> IndexReport | None:
        """Build when the index is missing or older than the corpus; returns the report if it built."""
        gen = self.reader.generation()
        if gen is not None and gen.fingerprint == corpus_fingerprint(self.settings.corpus_dir):
            return None
        return self.reindex(steps=steps)

    def reindex(self, progress: Callable[[str], None] | None = None, *, steps: Progress | None = None,
                full: bool = False) -> IndexReport:
        """Bring the index up to date with the corpus; one at a time (ReindexInProgress otherwise).

        Incremental when a previous generation exists (only changed documents are re-read);
        `full=True` rebuilds everything. Readers keep the old index until the new one is published.
        """
        if not self._reindex_lock.acquire(blocking=False):
            raise ReindexInProgress()
        try:
            def report_step(stage: str, done: int, total: int) -> None:
                if steps:
                    steps(stage, done, total)
                if progress:
                    progress(f"{stage}: {done}/{total} documents")
            return self._build(self.settings.corpus_dir, self.settings.index_dir,
                               self.settings.max_document_bytes, report_step, full=full)
        except BuildInProgress as error:
            raise ReindexInProgress() from error
        finally:
            self._reindex_lock.release()

    def status(self) -> EngineStatus:
        gen = self.reader.generation()
        reindexing = self._reindex_lock.locked()
        if gen is None:
            return EngineStatus(reindexing=reindexing)
        report = gen.report
        return EngineStatus(films=report.films, documents=report.documents, passages=report.passages,
                            built_at=report.built_at, last_report=report, reindexing=reindexing)

    def films(self) -> list[Film]:
        return list(self.generation().films)

    def suggest_films(self, text: str, limit: int = 25) -> list[str]:
        return [film.title for film in suggest_films(self.generation().films, text or "", limit)]

    def add_document(self, film: str, filename: str, data: bytes, kind: str | None = None) -> str:
        """Validate and save an uploaded document; the caller reindexes afterwards."""
        gen = self.reader.generation()
        match = resolve_requested(gen.films, film).film if gen else None
        try:
            return save_upload(self.settings.corpus_dir, match, film, filename, data, kind,
                               self.settings.max_document_bytes)
        except DocumentError as error:
            raise DocumentRejected(str(error)) from error

    # --- answering ----------------------------------------------------------------------

    def answer_question(self, question: str, film: str | None = None, *, spoilers: bool = False,
                        follow_on: FollowOn | None = None) -> Answer:
        text = typed = clean_question(question or "")
        refusal = self._refuse(text)
        if refusal:
            return Answer(question=text[:200], answer=refusal)
        gen = self.generation()
        resolution, film_from = resolve_in_context(gen, film, text, follow_on)
        base = asks_for_missing_instalment(text, resolution.unknown, resolution.candidates)
        if base is not None:  # "is there a finding nemo 2": what Finding Nemo's documents say of a sequel
            text, film_from = f"is there a sequel to {base.title}", "question"
            resolution = Resolution(film=base, named_in_question=fold(base.title))
        if resolution.film is None:
            return self._which_film(text, resolution, gen)
        other = named_other_film(gen, resolution.film, text) if film_from != "question" else None
        if other:
            return Answer(question=text, film=resolution.film.title, found=False, film_from=film_from,
                          answer=f"I don't know: {declined_text(resolution.film, other)}.")
        if follow_on and follow_on.subject and film_from in ("conversation", "channel"):
            text = resolve_pronouns(text, follow_on.subject, [n for names in film_people(gen, resolution.film) for n in names])
        answer = self._answer_about(gen, resolution, text, spoilers)
        return about_whom(gen, resolution.film, answer.model_copy(update={"film_from": film_from, "question": typed}))

    def _answer_about(self, gen: Generation, resolution: Resolution, original: str, spoilers: bool) -> Answer:
        vocabulary = gen.vocabulary("text")[0]
        text = correct_question(original, vocabulary.__contains__, keep=resolution.named_in_question,
                                said=SENTENCES.of(gen, resolution.film.slug).says)
        asked = without_film_names(text, resolution.film, resolution.named_in_question)
        reading = read_question(asked)
        if reading.intent == "critics":
            asked = without_alternative(asked)
        if reading.intent == "general" and mentions_character(gen, resolution.film, asked):
            reading.intent = "plot"
        terms = question_terms(gen, resolution.film.slug, asked, set(reading.cue_words))
        ctx = Context(resolution.film, gen, asked, reading, terms, spoilers, original=original)
        reviewer = names_a_reviewer(ctx, strict=reading.intent != "critics")  # "what did Oscar Brennan think"
        if reviewer and reading.intent != "critics":
            reading = ctx.reading = read_critics(fold(asked).replace("'", " ")) or Reading("critics", cue_words=reading.cue_words)
        if reading.intent == "critics" and not reviewer and mentions_character(gen, resolution.film, opinion_holder(asked) or ""):
            reading = ctx.reading = Reading("plot", cue_words=reading.cue_words)  # "what does kambei say": the story's
        instalment = other_instalment(asked, reading.intent)
        if instalment:
            return self._not_found(ctx, f"the documents are about {resolution.film.title} itself, not its {instalment}")
        unknown_critic = unknown_opinion_holder(asked, terms) if reading.intent == "critics" and not reviewer else []
        if unknown_critic:  # "what did Mark Kermode say": no document has a word of that name
            shown = join_names([f"“{w}”" for w in surface_words(original, unknown_critic)[:3]])
            return self._not_found(ctx, f"no document about {resolution.film.title} mentions {shown}")
        unquoted = unquoted_holder(ctx) if reading.intent == "critics" and not reviewer else None
        if unquoted:  # "what did the new york times say": the plot's "New York" is no review of theirs
            return self._not_found(ctx, f"no document about {resolution.film.title} gives the opinion of “{unquoted}”")
        # a critics question about something of this film's, said in other words ("the bank shootout",
        # told as "the downtown bank robbery"), stays one; with no word of the film's, it is about another
        opinion_of_ours = reading.intent == "critics" and bool(terms.weights)
        if (reading.intent not in ("plot", "general", "similar") and reading.detail not in OUTSIDE_FACT_NAMES and not reviewer
                and not opinion_of_ours and about_something_else(gen, resolution.film.slug, terms, original)):
            # Not about this film's credits or facts: the story's sentences, if any, answer it.
            reading = ctx.reading = Reading("general", cue_words=reading.cue_words)
        # Sentences are ranked by the question's words with only the phrase that named the film taken
        # out: a title's words can be the story's own ("Where is the Metal Monster?"), and the film's
        # idf already makes words that are in every document (as a title is) count for little.
        story = story_question(text, resolution.named_in_question)
        if reading.intent in ("plot", "general"):  # "who shot bruce willis": the story says "shoots Malcolm"
            story = as_characters(story, [r for r in merge_cast(ctx.facts(CastCredit)) if r.character and r.actor])
        terms.order = content_terms(story, set(reading.cue_words))
        if reading.intent in ("plot", "general"):
            terms.order.extend(described_character(ctx))
        if reading.detail == "now":
            return self._not_found(ctx, f"the documents about {resolution.film.title} can't tell what is happening now")
        unmentioned = thing_unmentioned(asked, terms)
        if unmentioned and reading.intent in ("plot", "general"):  # "is there a sex scene": no document says
            return self._not_found(ctx, f"no document about {resolution.film.title} mentions {unmentioned}")
        return self._finish(ctx, self._draft(ctx))

    def answer_topic(self, topic: str, film: str | None = None, *, spoilers: bool = False) -> Answer:
        if topic not in TOPIC_READINGS:
            raise ValueError(f"unknown topic {topic!r}")
        gen = self.generation()
        resolution = resolve_film(gen.films, film, "")
        question = f"{TOPIC_TITLES[topic]} of {resolution.film.title if resolution.film else film or 'a film'}"
        if resolution.film is None:
            return self._which_film(question, resolution)
        ctx = Context(resolution.film, gen, question, TOPIC_READINGS[topic], QuestionTerms({}, []), spoilers)
        draft = info_draft(ctx) if topic == "info" else self._draft(ctx)
        return self._finish(ctx, draft)

    def _refuse(self, text: str) -> str | None:
        if not text:
            return "Ask me something about a film, for example “Who stars in it?” or “What is it about?”."
        try:
            check_question_length(text, self.settings.max_question_chars)
        except QuestionTooLong as error:
            return str(error)
        return None

    def _draft(self, ctx: Context) -> Draft | None:
        reading = ctx.reading
        if reading.detail in OUTSIDE_FACT_NAMES and ctx.terms.missing:
            return None  # "where can I stream it in Canada": documents that never say "Canada" can't tell
        steps = {
            "cast": [compose.answer_cast],
            "crew": [compose.answer_crew],
            "awards": [compose.answer_awards, compose.answer_awards_from_passages],
            "critics": [compose.answer_critics, lambda c: compose.answer_from_passages(c, compose.OPINION_KINDS)],
            "facts": [compose.answer_fact, compose.answer_fact_from_passages],
            "plot": [plot_answer],
            "similar": [compose.answer_similar],
            "general": [character_answer],
        }[reading.intent]
        if reading.intent == "cast":
            steps = steps + [compose.answer_cast_from_passages, answer_cast_from_story]
        elif reading.intent != "similar" and reading.detail not in OUTSIDE_FACT_NAMES:  # a budget is an amount, not any sentence about money
            steps = steps + [lambda c: with_actor(c, compose.answer_from_passages(c))]  # "who is the one who draws bras"
        for step in steps:
            draft = step(ctx)
            # a fact of the asked kind that misses the question's point is no answer: "what year was
            # rodriguez born" is not told by the release year (measured: as a last resort it won 2
            # NarrativeQA questions by luck and lost 3 casual ones it should have declined)
            if draft is not None and not (reading.intent == "facts" and not compose.fits_question(ctx, draft)):
                return draft
        return None

    def _finish(self, ctx: Context, draft: Draft | None) -> Answer:
        if draft is None:
            return self._not_found(ctx, looked_for(ctx))
        intent: Intent = ctx.reading.intent
        if intent == "general" and draft.cited and draft.spoiler:
            intent = "plot"
        sources = self._sources(ctx, draft)
        answer = draft.answer if draft.found else f"I don't know: {draft.answer}"
        return Answer(question=ctx.original or ctx.question, film=ctx.film.title, intent=intent, found=draft.found, answer=answer,
                      spoiler=draft.spoiler, sources=sources, items=draft.items)

    def _sources(self, ctx: Context, draft: Draft) -> list[Source]:
        sources: dict[str, Source] = {}
        for cited in draft.cited:
            hit = cited.hit or ctx.gen.passage(cited.passage)
            if hit is None or hit.document in sources:
                continue
            sources[hit.document] = Source(
                film=ctx.film.title, document=hit.document, source=hit.source, author=hit.author,
                kind=hit.kind, url=hit.url, snippet=shorten(cited.snippet or hit.text, SNIPPET_CHARS),
            )
        return list(sources.values())

    def _not_found(self, ctx: Context, why: str) -> Answer:
        return Answer(question=ctx.original or ctx.question, film=ctx.film.title, intent=ctx.reading.intent, found=False,
                      answer=f"I don't know: {why}.")

    def _which_film(self, question: str, resolution: Resolution, gen: Generation | None = None) -> Answer:
        titles = [f.title for f in resolution.candidates]
        missing = missing_everywhere(gen, question, set(read_question(question).cue_words)) if gen and question else []
        if missing and not resolution.unknown:
            words_shown = join_names([f"“{w}”" for w in surface_words(question, missing)[:4]])
            return Answer(question=question, answer=f"I don't know: no document in the corpus mentions {words_shown}.")
        if resolution.unknown:
            hint = f" Did you mean {join_names(titles[:3])}?" if titles else ""
            text = f"I don't know a film called “{shorten(resolution.unknown, 80)}”.{hint}"
        elif titles:
            text = f"Which film do you mean: {join_names(titles[:10])}?"
        else:
            text = "The corpus has no films yet; an admin can add documents and reindex."
        return Answer(question=question, answer=text, candidates=titles)


def film_people(gen: Generation, film: Film) -> tuple[list[str], list[str]]:
    """The film's characters and the people of its cast and crew."""
    facts = gen.facts(film.slug)
    characters = [c.character for c in facts if isinstance(c, CastCredit) and c.character]
    people = [c.actor for c in facts if isinstance(c, CastCredit) and c.actor]
    people += [c.name for c in facts if isinstance(c, CrewCredit) and c.name]
    return characters, people


def about_whom(gen: Generation, film: Film, answer: Answer) -> Answer:
    """The answer with the character or person its question (else its answer) names, if any."""
    characters, people = film_people(gen, film)
    subject = find_subject(answer.question, characters, people) or (
        find_subject(answer.answer, characters, people) if answer.found else None)
    if subject is None:
        return answer
    return answer.model_copy(update={"subject": subject.name, "subject_kind": subject.kind})


CAPITALISED = re.compile(r"(?<=\w\s)[A-Z][\w'’-]+")  # a capitalised word after the first: a name


def about_something_else(gen: Generation, film: str, terms: QuestionTerms, question: str = "") -> bool:
    """A fact question whose own words are mostly unknown to the film's documents ("who directed
    Jurassic Park" of a corpus about another film) is not about this film's facts. A single short
    unknown word is more likely a typo than a subject, so it does not count alone."""
    subjects = [t for t in terms.missing if t not in manner_terms(question)]
    if not subjects:
        return False
    named = set(analyze(" ".join(CAPITALISED.findall(question))))  # "Titanic": a name, not a typo
    searcher = gen.searcher()
    unseen = max((searcher.idf("text", t) for t in terms.weights), default=1.0) * 1.5
    missing = unseen * len(subjects)
    share = missing / (missing + sum(terms.weights.values()))
    return share >= 0.5 and (len(subjects) >= 2 or any(len(t) >= 6 or t in named for t in subjects))


def unknown_opinion_holder(question: str, terms: QuestionTerms) -> list[str]:
    """The words of the critic or outlet a question asks about ("what did X say") that no document
    of the film holds."""
    holder = opinion_holder(question)
    return [t for t in analyze(holder) if t in terms.missing] if holder else []


# "is there a sex scene", "does it have a dog in it": whether something is in the film
EXISTENCE = re.compile(r"^(?:so |and |but )?(?:is there|are there|does it (?:have|contain|feature|show)"
                       r"|does the (?:film|movie) (?:have|contain|feature|show)) (?:an? |any |the )?(?P<thing>[^?]+)")


def thing_unmentioned(question: str, terms: QuestionTerms) -> str | None:
    """The thing a question asks whether the film has, when no document of the film mentions it:
    the documents cannot say there is none, and another thing's "No, there is no post-credits
    scene" would answer as if they did."""
    found = EXISTENCE.match(fold(question).strip())
    if not found:
        return None
    thing = re.sub(r"\s+(?:in|at) (?:it|the (?:film|movie|end))$", "", found.group("thing").strip())
    return f"“{thing}”" if set(analyze(thing)) & set(terms.missing) else None


def story_question(text: str, named: str | None) -> str:
    """The question without the words that named the film (their first appearance only)."""
    if not named:
        return text
    return re.sub(name_pattern(named), " it ", fold(text), count=1)


def described_character(ctx: Context) -> list[str]:
    """"Ana's mother" is Teresa in the cast list ("Teresa, Ana's mother"): her name joins the words
    the sentences are ranked by, since a summary says what Teresa does, not what "Ana's mother" does."""
    asked = set(ctx.terms.order)
    for row in merge_cast(ctx.facts(CastCredit)):
        described = set(analyze(row.description or ""))
        named = analyze(row.character or "")
        if len(described) >= 2 and described <= asked and named and not set(named) & asked:
            return named
    return []


def looked_for(ctx: Context) -> str:
    """Why nothing was found, naming what was looked for rather than the member's words."""
    where = f"the documents about {ctx.film.title}"
    wanted = compose.LOOKED_FOR.get(ctx.reading.detail or "")
    return f"I looked for {wanted} in {where} and found nothing" if wanted else f"{where} don't say"


def mentions_character(gen: Generation, film: Film, question: str) -> bool:
    asked = set(words(question))
    return any(w in asked for c in gen.facts(film.slug) if isinstance(c, CastCredit) and c.character
               for w in words(c.character) if len(w) > 2)


def plot_answer(ctx: Context) -> Draft | None:
    if ctx.reading.detail in ("overview", None) and not ctx.terms.weights:  # "what happens in it"
        return compose.answer_overview(ctx)
    if ctx.reading.detail == "ending" and not ctx.terms.weights:
        return compose.answer_ending(ctx)
    if ctx.reading.detail == "twist" and not ctx.terms.weights:
        return compose.answer_twist(ctx)
    if ctx.reading.detail == "setting" and compose.asks_only_setting(ctx):  # "where does it take place"
        return compose.answer_setting(ctx) or compose.answer_from_passages(ctx, compose.PLOT_KINDS)
    return (compose.answer_character_name(ctx) or character_answer(ctx)
            or with_actor(ctx, compose.answer_from_passages(ctx, compose.PLOT_KINDS)))


RELATIVE_CLAUSE = re.compile(r"^\W*who(?:'s|’s| is| was)\b.*?\b(?:who|that|which|whom)\b")


def character_answer(ctx: Context) -> Draft | None:
    """"Who is Ana's mother?": a cast credit matched by character or description, before passages.
    Not "who was the guy who shot malcolm": the one who did it is asked for, not Malcolm."""
    if not ctx.question.lower().startswith(("who is", "who's", "who was")) or RELATIVE_CLAUSE.search(ctx.question.lower()):
        return None
    credits = ctx.facts(CastCredit)
    row = compose.match_cast_row(ctx, merge_cast(credits))
    return compose.cast_credit_draft(ctx, row, credits) if row and row.character else None


def info_draft(ctx: Context) -> Draft | None:
    """Year, runtime, language, director, original title in one line."""
    facts = {f.name: f for f in reversed(ctx.facts(FilmFact))}
    directors = [c for c in ctx.facts(CrewCredit) if c.role == "director"]
    parts = []
    labels = [("original_title", "Original title"), ("year", "Year"), ("runtime", "Runtime"),
              ("language", "Language"), ("genre", "Genre")]
    for name, label in labels:
        if name in facts:
            value = facts[name].value + (" minutes" if name == "runtime" and facts[name].value.isdigit() else "")
            parts.append(f"{label}: {value}")
    if directors:
        parts.insert(0, f"Director: {join_names(list(dict.fromkeys(d.name for d in directors)))}")
    if not parts:
        return None
    used = list(facts.values()) + directors
    return Draft("; ".join(parts) + ".", cited=compose.cite_facts(used), items=parts)
