"""Where and when the story is set ("where does it take place", "what year is it set in"): a plot
summary sets the scene in its opening, so the answer is the first sentence of the film's longest
telling that names a place (or a time), not the place it was filmed or the year it came out.
"""
from __future__ import annotations

import re

from bot.answer.compose.common import ANSWER_CHARS, Cited, Context, Draft, says_nothing
from bot.answer.compose.plot import tellings
from bot.answer.credits import merge_cast
from bot.answer.text import fold, sentences, shorten, words
from index.models import CastCredit
from index.search import analyze

TIME_ASKED = re.compile(r"\b(?:when|what (?:year|day|date|time|century|decade|era|period|month|season))\b")
TIME = re.compile(r"\b(?:1\d{3}|2\d{3})s?\b|\b\d{1,2}(?:st|nd|rd|th) century\b|\b(?:\w+(?:-\w+)?) century\b"
                  r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I)
# a place: a capitalised word after a preposition of place ("in Tokyo", "through a Tokyo supermarket")
# ("Over empty Texas landscapes": a preposition opening the sentence, a word or two before the name)
PLACE = re.compile(r"\b(?i:in|at|near|outside|around|across|through|over|to|from|of)\s+(?:(?:a|an|the)\s+)?"
                   r"(?:[a-z]+\s+){0,2}(?P<name>[A-Z][\w'’-]+)")
READ = 12  # sentences of the opening read: past them the story has moved on


# the words of a question about the setting itself: "what year is it set in", "where does the story take place"
SETTING_WORDS = frozenset(analyze("year day date time century decade era period month season country city town place "
                                  "story novel book play"))


def asks_only_setting(ctx: Context) -> bool:
    """Is the question about the story's setting alone? "Where does the duke's first suicide attempt
    take place" asks about one scene, which the ranked sentences find."""
    return not set(ctx.terms.weights) - SETTING_WORDS


def answer_setting(ctx: Context) -> Draft | None:
    """The first sentence of a telling's opening that names a place (or a time), the longest
    telling first."""
    wants_time = bool(TIME_ASKED.search(fold(ctx.question)))
    people = {w for row in merge_cast(ctx.facts(CastCredit)) for w in words(f"{row.character or ''} {row.actor}")}
    people |= {w for name in ctx.film.names for w in words(name)}  # "in PARALLEL MOTHERS": the title, no place
    for telling in tellings(ctx.gen.passages_of(ctx.film.slug)):
        opening = [(sentence, hit) for hit in telling for sentence in sentences(hit.text)
                   if not says_nothing(sentence)][:READ]
        for sentence, hit in opening:
            if sets_scene(sentence, wants_time, people):
                return Draft(shorten(sentence, ANSWER_CHARS), cited=[Cited.of(hit, sentence)])
    return None


def sets_scene(sentence: str, wants_time: bool, people: set[str]) -> bool:
    if wants_time:
        return bool(TIME.search(sentence))
    return any(fold(m.group("name")) not in people for m in PLACE.finditer(sentence))
