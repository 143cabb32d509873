"""Film facts (runtime, year, language, ...) from facts, else from a sentence of the right shape."""
from __future__ import annotations

import re

from bot.answer.compose.common import is_caption, ANSWER_CHARS, Cited, Context, Draft, cite_facts
from bot.answer.evidence import is_spoiler
from bot.answer.text import fold, join_names, sentences, shorten, words
from index.models import FilmFact
from index.search import analyze


# --- film facts ---------------------------------------------------------------------------


def answer_fact(ctx: Context) -> Draft | None:
    name = ctx.reading.detail
    facts = [f for f in ctx.facts(FilmFact) if f.name == name]
    if name == "year" and not facts:
        facts = [f for f in ctx.facts(FilmFact) if f.name == "release_date"]
    if not facts:
        return None
    asked = set(words(ctx.question))
    values = sorted(dict.fromkeys(f.value for f in facts), key=lambda v: -len(asked & set(words(v))))
    return Draft(fact_text(ctx, name, values), cited=cite_facts(facts))


def fact_text(ctx: Context, name: str, values: list[str]) -> str:
    title = ctx.film.title
    first = values[0]
    if name == "runtime":
        return f"{title} runs {first}{' minutes' if first.isdigit() else ''}."
    if name == "original_title":
        return f"The original title of {title} is {first}."
    if name == "language":
        return language_text(ctx, values)
    if name == "filming_location":
        return f"{title} was filmed in {join_names(values)}."
    if name == "based_on":
        return f"{first[0].upper()}{first[1:]}." if not first.endswith(".") else first
    if name == "related_film":
        return f"Related films: {join_names(values[:8])}."
    if name == "year":
        return f"{title} came out in {first}."
    if name == "release_date":
        return f"{title} was released {join_names(values[:3])}." if first[:1].isdigit() else f"Release: {join_names(values[:3])}."
    if name == "genre":
        return f"{title} is a {join_names([v.lower() for v in values[:3]])}."
    if name == "country":
        return f"{title} is from {join_names(values[:3])}."
    return f"{title}: {name.replace('_', ' ')} {join_names(values)}."


def language_text(ctx: Context, values: list[str]) -> str:
    spoken = join_names(values)
    asked = [w for w in words(ctx.question) if w.endswith(("ish", "ese", "ian", "ench", "man", "rean", "arin", "ndi", "bic"))]
    if asked:
        yes = any(fold(a) in fold(v) for a in asked for v in values)
        return f"{'Yes' if yes else 'No'}: {ctx.film.title} is in {spoken}."
    return f"{ctx.film.title} is in {spoken}."


# --- facts the extractors missed: a sentence with the fact's cue words and the shape of its value --

DATE = r"\b(?:1[89]\d\d|20\d\d)\b"
FACT_CUES: dict[str, tuple[str, re.Pattern]] = {
    "filming_location": ("filmed shot shooting location locations photography",
                         re.compile(r"\b(?:in|at|on|around)\s+(?:the\s+)?[A-Z][\w'’-]+")),
    "runtime": ("running time runtime minutes min length long",
                re.compile(r"\b\d{2,3}\s*(?:min|mins|minutes)\b|\b\d\s*h(?:ours?|rs?)?\s*\d{1,2}\s*m", re.I)),
    "release_date": ("released release premiere premiered opened opening", re.compile(DATE)),
    "year": ("released release premiere year made", re.compile(DATE)),
    "original_title": ("original title titled called known", re.compile(r"\b(?:original(?:ly)? title|titled|known as|released as)\b", re.I)),
    "language": ("language languages spoken subtitles dialogue", re.compile(r"\b[A-Z][a-z]+(?:ish|ese|ian|ic|ch|man|rean)\b")),
    "based_on": ("based novel book adapted adaptation screenplay story",
                 re.compile(r"\b(?:based on|adapted from|adaptation of|original screenplay|novel by)\b", re.I)),
    "genre": ("genre drama comedy thriller horror documentary", re.compile(r"\b(?:drama|comedy|thriller|horror|documentary|musical|western|romance|science fiction|sci-fi|crime)\b", re.I)),
    "country": ("country production produced", re.compile(r"\b[A-Z][a-z]+(?:ish|ese|ian|ch|man)\b")),
}
FACT_CUES.update({
    "budget": ("budget cost costs costing production", re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|m|bn)\b", re.I)),
    "box_office": ("box office gross grossed grossing earned takings revenue",
                   re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|m|bn)\b", re.I)),
    "streaming": ("stream streaming netflix available platform", re.compile(r"\b(?:stream\w*|available on|netflix|platform)\b", re.I)),
    "aggregate_rating": ("imdb rotten tomatoes metacritic metascore letterboxd",
                         re.compile(r"\b(?:imdb|rotten tomatoes|metacritic|metascore|letterboxd)\b[^.]*\d|\d[^.]*\b(?:imdb|rotten tomatoes|metacritic)\b", re.I)),
})
# What a declined question was looking for, in the member's terms.
LOOKED_FOR = {
    "budget": "the budget", "box_office": "the box-office takings", "streaming": "where it is streaming",
    "aggregate_rating": "an IMDb, Rotten Tomatoes or Metacritic score", "runtime": "the running time",
    "release_date": "the release date", "year": "the year", "filming_location": "where it was filmed",
    "original_title": "the original title", "language": "the language", "based_on": "what it is based on",
    "genre": "the genre", "country": "the country", "related_film": "related films",
}
AWARD_CUES = ("award awards won win winner prize nominated nomination festival honour honor",
              re.compile(r"\b(?:won|wins?|winner|awarded|prize|nominat\w+|award\w*)\b", re.I))


def answer_fact_from_passages(ctx: Context) -> Draft | None:
    cues = FACT_CUES.get(ctx.reading.detail or "")
    return answer_with_cues(ctx, *cues) if cues else None


def answer_awards_from_passages(ctx: Context) -> Draft | None:
    return answer_with_cues(ctx, *AWARD_CUES)


def answer_with_cues(ctx: Context, cue_words: str, shape: re.Pattern) -> Draft | None:
    """The sentence that names what the question's intent is about, in the shape its value takes.

    Most of the question's own content words must be in that sentence's passage (a question about
    the exhumation scene is not answered by the film's locations in general)."""
    cue_terms = set(analyze(cue_words)) | set(analyze(" ".join(ctx.reading.cue_words)))
    content = set(ctx.terms.weights)
    found = []
    weights = ctx.terms.weights
    for rank, hit in enumerate(ctx.gen.search(" ".join(cue_terms | content), film=ctx.film.slug, limit=20)):
        absent = content - set(analyze(hit.text))
        if absent and sum(weights[t] for t in absent) > 0.5 * sum(weights.values()):
            continue
        for sentence in sentences(hit.text):
            tokens = set(analyze(sentence))
            hits = len(tokens & cue_terms)
            if hits and shape.search(sentence) and not is_caption(sentence):
                found.append((hits + len(tokens & content) - 0.01 * rank, sentence, hit))
    if not found:
        return None
    found.sort(key=lambda item: -item[0])
    chosen = [found[0]] + [f for f in found[1:2] if f[0] >= 0.8 * found[0][0] and f[1] != found[0][1]]
    text = shorten(" ".join(sentence for _, sentence, _ in chosen), ANSWER_CHARS)
    return Draft(text, cited=[Cited.of(hit, sentence) for _, sentence, hit in chosen],
                 spoiler=any(is_spoiler(sentence, hit.heading, hit) for _, sentence, hit in chosen))
