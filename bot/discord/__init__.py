"""The Discord front end. Only this package imports discord.py.

`FilmBot` (client.py) loads three cogs: film.py (`/film …`, mentions, DMs), admin.py
(`/filmadmin …`, `!sync`) and errors.py (tells members what went wrong); render.py turns answers
into embeds within Discord's limits.
"""
from bot.discord.client import FilmBot, run_bot, sync_commands

__all__ = ["FilmBot", "run_bot", "sync_commands"]
