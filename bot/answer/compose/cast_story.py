"""Who plays a character the question describes rather than names ("who plays the guy with the
bass", "who was the guy who shot bruce willis"): the story says who that is, the cast list who
plays them.

The film's sentences are ranked for the question as for any plot question, with an actor the
question names read as their character (the story says "Vincent shoots Malcolm", not "shoots
Bruce Willis"). In the best sentences, the character named closest to the question's words is
the one described; a character the question names itself is never the answer ("who plays ana's
dad" is not Ana).
"""
from __future__ import annotations

import re
from dataclasses import replace

from bot.answer.compose.cast import cast_credit_draft
from bot.answer.compose.common import Context, Draft
from bot.answer.credits import CastRow, merge_cast
from bot.answer.evidence import Evidence, answers_question, best_sentences, close_term, question_terms
from bot.answer.story import PLOT_KINDS
from bot.answer.text import fold, words
from index.models import CastCredit, CrewCredit
from index.search import analyze

SENTENCES_READ = 2  # the best sentences looked at for the character described
# words from the name to the description: "Jerry, who plays the double bass" (5), "Kyle Scheible, a
# cool, aloof musician in a band" (7); 8 against 6 measured: one casual question more, none lost
NEAR = 8
NEAR_BEFORE = 2  # words from a description to the name after it: "the older brother Dwayne"


def answer_cast_from_story(ctx: Context) -> Draft | None:
    """The last resort for "who plays <a description>": the character the story describes so."""
    credits = ctx.facts(CastCredit)
    row = character_from_story(ctx, merge_cast(credits))
    return cast_credit_draft(ctx, row, credits) if row else None


def character_from_story(ctx: Context, rows: list[CastRow]) -> CastRow | None:
    """The cast row of the character the best story sentences name closest to the question's words."""
    characters = [r for r in rows if r.character and r.actor]
    if not characters:
        return None
    question = as_characters(ctx.question, characters)
    named = {id(r) for r in characters if names_character(question, r)}
    terms = question_terms(ctx.gen, ctx.film.slug, question, set(ctx.reading.cue_words))
    evidence = best_sentences(ctx.gen, ctx.film.slug, question, terms, PLOT_KINDS, limit=SENTENCES_READ)
    if not answers_question(evidence):
        return None
    names = {t for r in characters for w in character_words(r) for t in analyze(w)}
    asked = set(terms.weights) - names  # the description's words: "ana" in "ana's dad" describes no one
    if not asked:
        return None
    # as the documents say them: "the grandma" is "the grandmother, Hatsue"
    asked |= {close for t in asked if not ctx.gen.film_has_term(ctx.film.slug, t)
              and (close := close_term(ctx.gen, ctx.film.slug, t))}
    people = [words(p) for p in {c.actor for c in characters} | {c.name for c in ctx.facts(CrewCredit)}]
    for found in evidence[:SENTENCES_READ]:
        row = closest_character(found, [r for r in characters if id(r) not in named], asked, people)
        if row is not None:
            return row
    return None


def as_characters(question: str, characters: list[CastRow]) -> str:
    """The question with each actor it names (whole name or surname) replaced by their character;
    not one who plays themselves ("Sixto Rodriguez as Himself")."""
    for row in characters:
        if SELF.fullmatch(fold(row.character or "")) or set(words(row.character or "")) & set(words(row.actor)):
            continue
        for name in (row.actor, row.actor.split()[-1]):
            pattern = rf"\b{re.escape(fold(name))}\b"
            if len(name) > 2 and re.search(pattern, question):
                question = re.sub(pattern, fold(row.character), question)
                break
    return question


SELF = re.compile(r"(?:him|her|them|it)sel(?:f|ves)(?: \(.*\))?|self|themselves")


def names_character(question: str, row: CastRow) -> bool:
    asked = set(words(question))
    return any(w in asked for w in character_words(row))


def character_words(row: CastRow) -> list[str]:
    """The words a story calls the character by: the parts of its name ("Jerry", "Cole", "Sear")."""
    return [w for w in words(row.character or "") if len(w) > 2 and analyze(w)]  # not "the" of "The Iron Giant"


# Where one clause of a sentence ends: "they play at being doctors; but when Bob plays" names Bob
# in another clause than the doctors.
CLAUSE_END = re.compile(r"[;:—–()]|,?\s+\b(?:but|and|when|while|whereas|although|though|until|before|after)\b")


def apart(name: int, described: int) -> int:
    """How far a name stands from a description word, as a description of it: after the name
    ("Jerry, who plays the double bass"), or right before it ("the older brother Dwayne"). A
    description further before the name is another person's ("The bandit chief, hiding in a hut,
    shoots Kyūzō")."""
    if described >= name:
        return described - name
    return name - described if name - described <= NEAR_BEFORE else NEAR + 1


def closest_character(found: Evidence, rows: list[CastRow], asked: set[str],
                      people: list[list[str]] = ()) -> CastRow | None:
    """The character whose name stands nearest a word of the question, in the same clause and as
    `apart` allows: named, but not as the one described, is no answer ("the bandit chief" may be no
    credited part). A name word inside an actor's or crew member's full name is theirs, not the
    character's ("Michael Mann's cops-and-robbers epic" names no Michael Cheritto)."""
    best: tuple[int, int, CastRow] | None = None
    for clause in CLAUSE_END.split(found.text):
        tokens = words(clause)
        taken = {i for name in people if len(name) > 1 for start in range(len(tokens) - len(name) + 1)
                 if tokens[start:start + len(name)] == name for i in range(start, start + len(name))}
        where = [i for i, token in enumerate(tokens) if set(analyze(token)) & asked]
        for row in rows if where else ():
            spots = [i for i, token in enumerate(tokens) if token in character_words(row) and i not in taken]
            distance = min((apart(i, j) for i in spots for j in where), default=NEAR + 1)
            if distance <= NEAR and (best is None or distance < best[0]):
                best = (distance, spots[0], row)
    return best[2] if best else None


def with_actor(ctx: Context, draft: Draft | None) -> Draft | None:
    """A "who" answer told by the story, with who plays the one it names that the question does
    not: "who was the guy who shot bruce willis" -> "… Vincent Grey shot him. (Donnie Wahlberg
    plays Vincent Grey.)"."""
    if draft is None or not draft.cited or not WHO_ASKED.match(ctx.question.lower()):
        return draft
    asked = set(words(ctx.question))
    told = words(draft.answer)
    named = []  # (where the answer first names the character, its row)
    for row in merge_cast(ctx.facts(CastCredit)):
        names = [w for w in words(row.character or "") if len(w) > 2 and w[0].isalpha() and not SELF.fullmatch(w)]
        if row.actor and names and not asked & set(names) and not set(words(row.actor)) & asked and names[0] in told:
            named.append((told.index(names[0]), row))
    if not named:
        return draft
    row = min(named, key=lambda item: item[0])[1]  # the one the answer names first
    return replace(draft, answer=f"{draft.answer} ({row.actor} plays {row.character}.)")


WHO_ASKED = re.compile(r"^\W*(?:so |and |but )?(?:who|whom|whose)\b")
