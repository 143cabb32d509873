"""Awards answers: wins and nominations, by ceremony, counted or listed."""
from __future__ import annotations

from bot.answer.compose.common import ANSWER_CHARS, CEREMONY_ALIASES, Context, Draft, cite_facts
from bot.answer.credits import ceremony_key, merge_awards
from bot.answer.text import join_names, shorten, words
from index.models import Award


# --- awards ------------------------------------------------------------------------------


def answer_awards(ctx: Context) -> Draft | None:
    awards = ctx.facts(Award)
    rows = merge_awards(awards)
    if not rows:
        return None
    rows = [r for r in rows if ceremony_asked(ctx, r.ceremony)] or (rows if not names_ceremony(ctx, rows) else [])
    if not rows:
        return Draft(f"The documents list no such award for {ctx.film.title}.", found=False)
    person = [r for r in rows if r.recipient and ctx.mentions(r.recipient)]
    rows = person or rows
    used = [a for a in awards if any(a.passage == r.passage for r in rows)]
    items = [r.line() for r in sorted(rows, key=lambda r: r.outcome != "won")]
    return Draft(awards_text(ctx, rows), cited=cite_facts(used), items=items)


def awards_text(ctx: Context, rows) -> str:
    won = [r for r in rows if r.outcome == "won"]
    parts = []
    if ctx.reading.detail == "count":
        ceremonies = join_names(list(dict.fromkeys(r.ceremony for r in rows)))
        what = "nominations" if not won else "wins and nominations"
        parts.append(f"{len(rows)} {what} at the {ceremonies}.")
    elif ctx.reading.detail == "won":
        parts.append("Yes." if won else "No win is recorded, only nominations.")
    elif ctx.reading.detail == "count_won":
        ceremonies = list(dict.fromkeys(r.ceremony for r in rows))
        at = f" at the {join_names(ceremonies)}" if len(ceremonies) <= 2 else ""
        others = len(rows) - len(won)
        if won:
            parts.append(f"{len(won)} {'win' if len(won) == 1 else 'wins'}{at}"
                         + (f", and {others} more nominations." if others else "."))
        else:
            parts.append(f"No wins{at}; {others} nominations.")
    outcomes = (("won", "Won"), ("nominated", "Nominated"))
    tail = []
    if ctx.reading.detail in ("won", "count_won") and won:
        outcomes = outcomes[:1]  # "did it win?" is answered by the wins; nominations only counted
        if len(won) < len(rows):
            tail.append(f"It also had {len(rows) - len(won)} nominations.")
    for outcome, label in outcomes:
        by_ceremony: dict[str, list[str]] = {}
        for row in rows:
            if row.outcome == outcome:
                who = f" ({row.recipient})" if row.recipient else ""
                by_ceremony.setdefault(row.ceremony, []).append(row.category + who)
        if by_ceremony:
            parts.append("; ".join(f"{label} at the {c}: {', '.join(cats)}" for c, cats in by_ceremony.items()) + ".")
    return shorten(" ".join(parts + tail), ANSWER_CHARS)


def ceremony_asked(ctx: Context, ceremony: str) -> bool:
    asked = question_ceremony_words(ctx)
    key = ceremony_key(ceremony).split()
    return any(w in key or w.rstrip("s") in key for w in asked)


def names_ceremony(ctx: Context, rows) -> bool:
    """Does the question name a ceremony (one these documents lack, or one they have)?"""
    known = {w for r in rows for w in ceremony_key(r.ceremony).split()}
    cue = {"oscar", "oscars", "academy", "globe", "globes", "goya", "goyas", "bafta", "baftas", "cannes",
           "venice", "berlin", "berlinale", "sundance", "toronto", "emmy", "emmys", "cesar", "spirit", "sag"}
    asked = set(words(ctx.question))
    return bool(asked & (cue | known) - {"film", "festival", "best", "award", "awards", "critic", "critics"})


def question_ceremony_words(ctx: Context) -> set[str]:
    asked = set()
    for w in words(ctx.question):
        asked.update(CEREMONY_ALIASES.get(w, w).split())
    return asked - {"film", "festival", "award", "awards", "best", "the", "at", "did", "win", "anything", "how",
                    "many", "nominations", "nomination", "what", "get", "for", "this", "it"}
