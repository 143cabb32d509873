"""What the cogs and the client share: film autocomplete, engine calls, limits, accepted documents.

The cogs (film.py, admin.py, errors.py) are extensions the client loads by name, so they import
this module and never the client, and the client never imports them: no import cycle. The bot
they get is a `FilmBot` (client.py); here it is only assumed to have `settings`, `engine` and
`run_engine(func, *args)`, which runs a blocking engine call on the engine's own thread.
"""
from __future__ import annotations

from collections.abc import Iterable

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer.errors import FilmBotError
from bot.discord.render import truncate
from index.corpus import DOCUMENT_SUFFIXES

CHOICE_LIMIT = 25  # Discord shows at most 25 autocomplete choices
CHOICE_TEXT_LIMIT = 100  # name and value of a choice


def describe_suffixes(suffixes: Iterable[str] = DOCUMENT_SUFFIXES) -> str:
    """".txt, .md, .markdown, .html, .htm or .eml": the corpus loader's list, in words."""
    names = list(suffixes)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


# The document types /filmadmin add accepts: exactly those the corpus loader reads.
ACCEPTED_DOCUMENTS = describe_suffixes()


def film_choices(titles: Iterable[str]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices from engine suggestions: distinct, non-empty, at most 25, ≤ 100 chars."""
    choices: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for title in titles:
        title = title.strip()
        if not title or title in seen:
            continue
        seen.add(title)
        choices.append(app_commands.Choice(name=truncate(title, CHOICE_TEXT_LIMIT),
                                           value=title[:CHOICE_TEXT_LIMIT]))
        if len(choices) == CHOICE_LIMIT:
            break
    return choices


async def film_autocomplete(interaction: discord.Interaction,
                            current: str) -> list[app_commands.Choice[str]]:
    """The `film` option's suggestions, for every command that takes a film."""
    bot = interaction.client
    try:
        titles = await bot.run_engine(bot.engine.suggest_films,  # type: ignore[attr-defined]
                                      current, CHOICE_LIMIT)
    except FilmBotError:  # e.g. the index is still being built: no suggestions, not an error
        return []
    return film_choices(titles)


async def sync_tree(bot: commands.Bot, guild_id: int | None) -> list:
    """Register the slash commands globally, or copy them to one guild (shows at once)."""
    if guild_id is None:
        return await bot.tree.sync()
    guild = discord.Object(id=guild_id)
    bot.tree.copy_global_to(guild=guild)
    return await bot.tree.sync(guild=guild)
