"""Crew answers: who directed, wrote, scored, shot or edited the film."""
from __future__ import annotations

import re

from bot.answer.compose.common import ANSWER_CHARS, Context, Draft, cite_facts
from bot.answer.credits import crew_by_role
from bot.answer.text import fold, join_names, shorten
from index.models import CrewCredit
from index.vocabulary import ROLES


# --- crew -------------------------------------------------------------------------------

ROLE_PHRASES = {role.id: role.phrase for role in ROLES}  # "was edited by", from index/vocabulary.py


ROLE_NOUNS = {role.id: (role.people or role.labels)[0] for role in ROLES}  # "stunt coordinator"
ROLE_WORDS = {role.id: re.compile(r"\b(?:" + "|".join(role.cues) + r")\b") for role in ROLES}


def role_mentioned(ctx: Context, role: str) -> bool:
    """Does any passage use a word of the role ("stunt", "stuntman")? Where none does, no sentence
    can say who held it: "who did the stunts" is then not answered with a sentence about the star."""
    pattern = ROLE_WORDS[role]
    return any(pattern.search(fold(hit.text)) for hit in ctx.gen.passages_of(ctx.film.slug))


def answer_crew(ctx: Context) -> Draft | None:
    credits = ctx.facts(CrewCredit)
    roles = crew_by_role(credits)
    role = ctx.reading.detail
    if role:
        names = roles.get(role)
        if not names:
            return None if role_mentioned(ctx, role) else Draft(
                f"no document about {ctx.film.title} names its {ROLE_NOUNS[role]}.", found=False)
        used = [c for c in credits if c.role == role]
        return Draft(f"{ctx.film.title} {ROLE_PHRASES[role]} {join_names(names)}.", cited=cite_facts(used))
    if not roles:
        return None
    items = [f"{role.replace('_', ' ').capitalize()}: {join_names(names)}" for role, names in roles.items()]
    return Draft(shorten("; ".join(items) + ".", ANSWER_CHARS), cited=cite_facts(credits), items=items)
