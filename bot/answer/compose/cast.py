"""Cast answers: a credit for a character or actor, or the cast list."""
from __future__ import annotations

import re

from bot.answer.compose.common import is_caption, ANSWER_CHARS, Cited, Context, Draft, NAME_PARTICLES, POSSESSIVE, cite_facts
from bot.answer.credits import CastRow, merge_cast
from bot.answer.evidence import PLOT_KINDS, is_spoiler
from bot.answer.text import contains_phrase, fold, join_names, sentences, shorten, words
from index.models import CastCredit
from index.search import analyze


# --- cast -------------------------------------------------------------------------------


def answer_cast(ctx: Context) -> Draft | None:
    credits = ctx.facts(CastCredit)
    rows = merge_cast(credits)
    if not rows:
        return None
    matches = matching_cast_rows(ctx, rows)
    if matches:
        return cast_credit_draft(ctx, matches[0], credits, also=matches[1:])
    if ctx.terms.weights and not asks_for_whole_cast(ctx):
        return None  # "who plays the baby?": a specific role the cast list doesn't name
    return cast_list_draft(ctx, rows, credits)


def asks_for_whole_cast(ctx: Context) -> bool:
    q = fold(ctx.question)
    return bool(re.search(r"\b(cast|stars?|starring|starred|actors|actresses|leads?|who is in|who s in|who was in|main)\b", q.replace("'", " ")))


# The everyday words for family roles, and the word cast lists use ("the father", "Ana's mother").
FAMILY_WORDS = {"dad": "father", "daddy": "father", "mom": "mother", "mum": "mother", "mommy": "mother",
                "mummy": "mother", "grandma": "grandmother", "granny": "grandmother", "grandpa": "grandfather"}


def match_cast_row(ctx: Context, rows: list[CastRow]) -> CastRow | None:
    """The credit a question is about: by description, character name, or actor."""
    matches = matching_cast_rows(ctx, rows)
    return matches[0] if matches else None


def matching_cast_rows(ctx: Context, rows: list[CastRow]) -> list[CastRow]:
    """The credits a question is about, best first: the one whose character, actor and
    descriptions share the most words with the question, then any other actor credited with
    the same character as well as it is (a dub's two voices, a part two actors share).

    A row counts only when the question names its character or actor, or when its description
    is matched outright (all of it, or two words); a possessive ("Janis's grandmother") names
    whose relative is asked for, not the character wanted."""
    question_words = set(words(ctx.question))
    question_words |= {FAMILY_WORDS[w] for w in question_words if w in FAMILY_WORDS}
    question_stems = set(analyze(" ".join(question_words)))  # descriptions match by stem: "voices", "voice"
    anchors = {fold(m) for m in POSSESSIVE.findall(ctx.question)}  # "Janis's grandmother": Janis is not the target
    anchors |= set(analyze(" ".join(anchors)))
    scored = []
    for n, row in enumerate(rows):
        score = row_score(row, question_words, question_stems, anchors)
        if score > 0:
            scored.append((score, -n, row))
    if not scored:
        return []
    scored.sort(key=lambda item: item[:2], reverse=True)
    best_score, _, best = scored[0]
    same = [row for score, _, row in scored[1:] if score == best_score and same_character(row, best)]
    return [best, *same]


def note_stems(note: str) -> set[str]:
    return {w for w in analyze(note) if len(w) > 2 and w not in NAME_PARTICLES}


def row_score(row: CastRow, question_words: set[str], question_stems: set[str], anchors: set[str]) -> float:
    notes = [note_stems(note) for note in row.notes]
    matched = set().union(*notes) & question_stems
    best_note = max((len(note & question_stems) for note in notes), default=0)
    strong = bool(matched - anchors) and (len(matched) >= 2 or any(note and note <= question_stems for note in notes))
    character = {w for w in words(row.character or "") if len(w) > 2 and w not in anchors} & question_words
    actor = {w for w in words(row.actor) if len(w) > 2} & question_words
    if not (character or actor or strong):
        return 0.0
    named = set(analyze(" ".join(character)))
    return max(len(character) + len(matched - named), len(actor) - 0.25) + 0.01 * best_note


def same_character(row: CastRow, other: CastRow) -> bool:
    """'Chihiro / Sen' and 'Chihiro Ogino / Sen', 'Haku' and 'Haku': one character's words hold the other's."""
    a = {w for w in words(row.character or "") if w not in NAME_PARTICLES}
    b = {w for w in words(other.character or "") if w not in NAME_PARTICLES}
    return bool(a and b) and (a <= b or b <= a)


def cast_credit_draft(ctx: Context, row: CastRow, credits: list[CastCredit], also: list[CastRow] = ()) -> Draft:
    if row.character and also:
        players = join_names([f"{r.actor} ({r.description})" if r.description else r.actor for r in (row, *also)])
        text = f"{row.character} is played by {players} in {ctx.film.title}."
    elif row.character:
        role = row.character + (f" ({row.description})" if row.description else "")
        text = f"{row.actor} plays {role} in {ctx.film.title}."
    else:
        text = f"{row.actor} is in the cast of {ctx.film.title}; the documents don't say whom they play."
    cited = [Cited(p, "") for r in (row, *also) for p in dict.fromkeys(r.passages)][:3]
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
