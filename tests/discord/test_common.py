"""bot/discord/common.py: what the cogs share (autocomplete, limits, accepted documents)."""
from __future__ import annotations

import pytest
from discord.ext import commands

from bot.discord.common import (
    ACCEPTED_DOCUMENTS, check_question_length, describe_suffixes, film_choices,
)
from index.corpus import DOCUMENT_SUFFIXES


def test_film_choices_fit_discords_limits():
    choices = film_choices(["A" * 300, "B", "B", " "] + [f"Film {n}" for n in range(40)])
    assert len(choices) == 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)
    assert [c.value for c in choices].count("B") == 1


def test_autocomplete_suggests_films(live):
    async def body():
        return await live.fake.send_autocomplete("film cast", {"film": "paral"}, "film")

    choices = live.run(body())
    assert [c["value"] for c in choices] == ["Parallel Mothers"]


def test_the_accepted_documents_are_the_corpus_loaders():
    assert ACCEPTED_DOCUMENTS == ".txt, .md, .markdown, .html or .htm"
    assert all(suffix in ACCEPTED_DOCUMENTS for suffix in DOCUMENT_SUFFIXES)
    assert describe_suffixes([".txt"]) == ".txt"


def test_a_question_over_the_limit_is_refused_with_its_length():
    check_question_length("x" * 10, 10)
    with pytest.raises(commands.BadArgument, match="11 characters long; keep it under 10"):
        check_question_length("x" * 11, 10)
