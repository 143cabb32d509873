"""Crew answers: who directed, wrote, scored, shot or edited the film."""
from __future__ import annotations

from bot.answer.compose.common import ANSWER_CHARS, Context, Draft, cite_facts
from bot.answer.credits import crew_by_role
from bot.answer.text import join_names, shorten
from index.models import CrewCredit
from index.vocabulary import ROLES


# --- crew -------------------------------------------------------------------------------

ROLE_PHRASES = {role.id: role.phrase for role in ROLES}  # "was edited by", from index/vocabulary.py


def answer_crew(ctx: Context) -> Draft | None:
    credits = ctx.facts(CrewCredit)
    roles = crew_by_role(credits)
    role = ctx.reading.detail
    if role:
        names = roles.get(role)
        if not names:
            return None
        used = [c for c in credits if c.role == role]
        return Draft(f"{ctx.film.title} {ROLE_PHRASES[role]} {join_names(names)}.", cited=cite_facts(used))
    if not roles:
        return None
    items = [f"{role.replace('_', ' ').capitalize()}: {join_names(names)}" for role, names in roles.items()]
    return Draft(shorten("; ".join(items) + ".", ANSWER_CHARS), cited=cite_facts(credits), items=items)
