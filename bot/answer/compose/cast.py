"""Cast answers: a credit for a character or actor, or the cast list."""
from __future__ import annotations

import re

from bot.answer.compose.common import is_caption, ANSWER_CHARS, Cited, Context, Draft, NAME_PARTICLES, PLOT_KINDS, POSSESSIVE, cite_facts
from bot.answer.credits import CastRow, merge_cast
from bot.answer.evidence import is_spoiler
from bot.answer.text import contains_phrase, fold, join_names, sentences, shorten, words
from index.models import CastCredit


# --- cast -------------------------------------------------------------------------------


def answer_cast(ctx: Context) -> Draft | None:
    credits = ctx.facts(CastCredit)
    rows = merge_cast(credits)
    if not rows:
        return None
    match = match_cast_row(ctx, rows)
    if match:
        return cast_credit_draft(ctx, match, credits)
    if ctx.terms.weights and not asks_for_whole_cast(ctx):
        return None  # "who plays the baby?": a specific role the cast list doesn't name
    return cast_list_draft(ctx, rows, credits)


def asks_for_whole_cast(ctx: Context) -> bool:
    q = fold(ctx.question)
    return bool(re.search(r"\b(cast|stars?|starring|starred|actors|actresses|leads?|who is in|who s in|who was in|main)\b", q.replace("'", " ")))


def match_cast_row(ctx: Context, rows: list[CastRow]) -> CastRow | None:
    """The credit a question is about: by description, character name, or actor."""
    question_words = set(words(ctx.question))
    anchors = {fold(m) for m in POSSESSIVE.findall(ctx.question)}  # "Janis's grandmother": Janis is not the target
    best, best_score = None, 0.0
    for row in rows:
        score = 0.0
        if row.description:
            described = [w for w in words(row.description) if len(w) > 2 and w not in NAME_PARTICLES]
            matched = [w for w in described if w in question_words]
            if set(matched) - anchors and (len(matched) >= 2 or len(matched) == len(described)):
                score = 3 + len(matched)
        if row.character:
            hits = [w for w in words(row.character) if len(w) > 2 and w in question_words and w not in anchors]
            score = max(score, 2 * len(hits))
        hits = [w for w in words(row.actor) if len(w) > 2 and w in question_words]
        score = max(score, 2 * len(hits) - 0.5)
        if score > best_score:
            best, best_score = row, score
    return best if best_score >= 1.5 else None


def cast_credit_draft(ctx: Context, row: CastRow, credits: list[CastCredit]) -> Draft:
    if row.character:
        role = row.character + (f", {row.description}" if row.description else "")
        text = f"{row.actor} plays {role} in {ctx.film.title}."
    else:
        text = f"{row.actor} is in the cast of {ctx.film.title}; the documents don't say whom they play."
    cited = [Cited(p, "") for p in dict.fromkeys(row.passages)][:3]
    extra = character_sentence(ctx, row)
    if extra:
        text = f"{extra.snippet} ({text})"
        cited.insert(0, extra)
    return Draft(shorten(text, ANSWER_CHARS), cited=cited, spoiler=bool(extra and is_spoiler(extra.snippet)))


def character_sentence(ctx: Context, row: CastRow) -> Cited | None:
    """For "who is Arturo?": where a plot summary first mentions a character, it usually says who they are."""
    if ctx.reading.intent != "plot" or not row.character:
        return None
    name = row.character.split()[0]
    hits = sorted(ctx.gen.passages_of(ctx.film.slug), key=lambda h: (h.kind not in PLOT_KINDS, h.document, h.position))
    for hit in hits:
        for sentence in sentences(hit.text):
            if (contains_phrase(sentence, name) and len(sentence) > 40 and not is_quote(sentence)
                    and not is_caption(sentence) and not contains_phrase(sentence, f"{row.actor} as")):
                return Cited.of(hit, sentence)
    return None


def is_quote(sentence: str) -> bool:
    return bool(re.match(r"^\W*[\w .’']{1,30}:\s*[“\"]", sentence)) or sentence.lstrip().startswith(("“", '"'))


def cast_list_draft(ctx: Context, rows: list[CastRow], credits: list[CastCredit]) -> Draft:
    named = [r for r in rows if r.character] or rows
    leads = [r for r in named if r.mentions >= max(2, named[0].mentions // 2)][:3] or named[:2]
    others = [r.actor for r in rows if r not in leads]
    lead_text = join_names([f"{r.actor} ({r.character})" if r.character else r.actor for r in leads])
    text = f"{ctx.film.title} stars {lead_text}"
    text += f", with {join_names(others[:8])}." if others else "."
    return Draft(shorten(text, ANSWER_CHARS), cited=cite_facts(credits), items=[r.line() for r in rows])
