"""bot/discord/common.py: what the cogs share (autocomplete, accepted documents)."""
from __future__ import annotations

from bot.discord.common import ACCEPTED_DOCUMENTS, describe_suffixes, film_choices
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
    assert ACCEPTED_DOCUMENTS == ".txt, .md, .markdown, .html, .htm or .eml"
    assert all(suffix in ACCEPTED_DOCUMENTS for suffix in DOCUMENT_SUFFIXES)
    assert describe_suffixes([".txt"]) == ".txt"
