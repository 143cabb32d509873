"""Critics answers: verdicts, ratings and opinions about the film or a person in it."""
from __future__ import annotations

import re

from bot.answer.compose.common import is_caption, ANSWER_CHARS, Cited, Context, Draft, OPINION_KINDS, cite_facts
from bot.answer.text import contains_phrase, fold, sentences, shorten
from index.models import CastCredit, CrewCredit, Verdict


# --- critics ---------------------------------------------------------------------------


def answer_critics(ctx: Context) -> Draft | None:
    verdicts = ctx.facts(Verdict)
    named = [v for v in verdicts if any(ctx.mentions(n) for n in filter(None, (v.critic, v.outlet)))]
    if ctx.reading.detail == "rating":
        rated = [v for v in named or verdicts if v.rating is not None or v.rating_text]
        return ratings_draft(ctx, rated)
    if named:
        return quotes_draft(named)
    subject = subject_person(ctx)
    if subject:
        return opinions_about(ctx, subject)
    if not verdicts or ctx.terms.weights:
        return None  # asks about someone or something the verdicts don't cover: look in the passages
    return quotes_draft(verdicts)


def quotes_draft(verdicts: list[Verdict]) -> Draft:
    lines = [verdict_line(v) for v in verdicts if v.quote or v.rating is not None]
    if not lines:
        return None
    return Draft(shorten(" ".join(lines[:3]), ANSWER_CHARS), cited=cite_facts(verdicts), items=lines)


def verdict_line(verdict: Verdict) -> str:
    who = verdict.critic or verdict.outlet or "A critic"
    if verdict.critic and verdict.outlet:
        who += f" ({outlet_name(verdict.outlet)})"
    rating = f" rated it {rating_shown(verdict)}" if verdict.rating is not None or verdict.rating_text else ""
    quote = " “" + verdict.quote.strip('“”" ') + "”" if verdict.quote else ""
    return f"{who}{rating}{':' if quote else '.'}{quote}"


def outlet_name(outlet: str) -> str:
    return outlet.title() if outlet.isupper() else outlet


def rating_shown(verdict: Verdict) -> str:
    """"3.5 out of 5 (★★★1/2 of ★★★★★)": the normalised number and the rating as printed."""
    if verdict.rating is None:
        return verdict.rating_text or ""
    shown = f"{verdict.rating:g} out of 5"
    return f"{shown} ({verdict.rating_text})" if verdict.rating_text else shown


def ratings_draft(ctx: Context, rated: list[Verdict]) -> Draft | None:
    if not rated:
        return None
    parts = []
    for v in rated:
        who = v.critic or v.outlet or "One review"
        parts.append(f"{who} gave it {rating_shown(v)}.")
    numbers = [v.rating for v in rated if v.rating is not None]
    if len(numbers) > 1:
        parts.append(f"Average: {sum(numbers) / len(numbers):.1f} out of 5.")
    return Draft(shorten(" ".join(parts), ANSWER_CHARS), cited=cite_facts(rated))


def subject_person(ctx: Context) -> str | None:
    """A cast or crew member the question is about ("what did critics think of Milena Smit")."""
    people = [c.actor for c in ctx.facts(CastCredit)] + [c.name for c in ctx.facts(CrewCredit)]
    for person in sorted(set(people), key=len, reverse=True):
        if ctx.mentions(person.split()[-1]):
            return person
    return None


def opinions_about(ctx: Context, person: str) -> Draft | None:
    surname = person.split()[-1]
    quotes = []
    for hit in ctx.gen.passages_of(ctx.film.slug):
        if hit.kind not in OPINION_KINDS and hit.kind != "article":
            continue
        for sentence in sentences(hit.text):
            strength = opinion_strength(sentence)
            if strength and contains_phrase(sentence, surname) and not is_caption(sentence):
                quotes.append((strength, sentence, hit))
    if not quotes:
        return None
    quotes.sort(key=lambda q: -q[0])
    chosen = quotes[:3]
    text = " ".join(attributed(s, h.author) for _, s, h in chosen)
    return Draft(shorten(text, ANSWER_CHARS), cited=[Cited.of(h, s) for _, s, h in chosen])


OPINION_WORDS = re.compile(r"\b(astonishing|revelation|best|brilliant|outstanding|superb|beautiful\w*|remarkable|"
                           r"praise|impress\w*|holds? (her|his|their) own|chemistry|performance|deserves?|wonderful|"
                           r"moving|layered|splendid|great|strong|weak|flat|disappoint\w*)\b")


def opinion_strength(sentence: str) -> int:
    return len(OPINION_WORDS.findall(fold(sentence)))


def attributed(sentence: str, author: str | None) -> str:
    return f"{sentence} ({author})" if author and author not in sentence else sentence
