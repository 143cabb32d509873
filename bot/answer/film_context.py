"""Which film a question is about when the film option does not say: a film it names (the one
it asks about, of two), what it follows on from, the only film, or the one film whose documents
hold its words or whose title word it uses, else a title of one short word ("up") it uses."""
from __future__ import annotations

import re

from bot.answer.evidence import FRAME_WORDS
from bot.answer.films import (Named, Resolution, film_by_short_title, name_pattern, names_in, resolve_film,
                              resolve_named, resolve_requested, title_word_film)
from bot.answer.intent import read_question
from bot.answer.models import FilmFrom
from bot.answer.text import fold
from bot.conversation import FollowOn
from index.models import Film
from index.search import Generation, analyze


def resolve_in_context(gen: Generation, film: str | None, text: str,
                       follow_on: FollowOn | None) -> tuple[Resolution, FilmFrom | None]:
    """The film a question is about, and where that came from: the film option, then a film the
    question names, then what it follows on from (the conversation, the channel), then the only film
    or the one film whose documents hold all its words."""
    if film and film.strip():
        return resolve_film(gen.films, film, text), "option"
    named = the_film_asked_about(names_in(gen.films, text), text)
    if not named.films and not named.unknown and follow_on:
        carried = resolve_requested(gen.films, follow_on.film)
        if carried.film is not None:
            return carried, follow_on.film_from
    resolution = resolve_named(gen.films, named)
    if resolution.named_in_question:
        return resolution, "question"
    if resolution.film is not None:
        return resolution, "only film"
    if not resolution.unknown:
        resolution.film = (film_by_content(gen, text) or film_by_title_word(gen, text)
                           or film_by_short_title(gen.films, text))
    return resolution, "question" if resolution.film else None


def the_film_asked_about(named: Named, question: str) -> Named:
    """Of two films a question names, the one it asks about: "who played the psycho with the razor
    in reservoir dogs" is about the film named last, after "in", where a question names its film."""
    if len(named.films) < 2:
        return named
    last = [(film, phrase) for film, phrase in named.films
            if re.search(rf"\b(?:in|from|of)\s+(?:the\s+)?{name_pattern(phrase)}\W*$", fold(question))]
    return Named(films=last, unknown=named.unknown, series=named.series) if len(last) == 1 else named


def film_by_title_word(gen: Generation, question: str) -> Film | None:
    """The film a question names by one word of its title ("cleo"), where the documents that use
    that word are mostly the film's own."""
    def mostly_of(word: str, slug: str) -> bool:
        hits = gen.search(word, limit=20)
        return bool(hits) and sum(h.film == slug for h in hits) >= 0.8 * len(hits)
    vocabulary = gen.vocabulary("text")[0]
    found = title_word_film(gen.films, question, mostly_of, lambda word: not any(t in vocabulary for t in analyze(word)))
    return found[0] if found else None


def film_by_content(gen: Generation, question: str) -> Film | None:
    """With several films and none named: the one film whose documents hold every content word
    of the question ("Who plays Raimunda?"), looked for among the films the search finds."""
    terms = [t for t in analyze(question) if t not in set(analyze(" ".join(FRAME_WORDS | set(read_question(question).cue_words))))]
    if not terms:
        return None
    candidates = list(dict.fromkeys(hit.film for hit in gen.search(" ".join(terms), limit=30)))[:8]
    holding = [slug for slug in candidates if all(gen.film_has_term(slug, t) for t in terms)]
    if len(holding) != 1:
        return None
    return next((f for f in gen.films if f.slug == holding[0]), None)
