"""`/filmadmin …` (reindex, status, add) for server managers, and the owners' `!sync`.

`filmadmin` is its own top-level group because Discord applies default_permissions only to
top-level commands. default_permissions just hides the command from members; the run-time check
is what enforces it, since a client can send any interaction it likes.
"""
from __future__ import annotations

import asyncio
import io
import logging
import time
from pathlib import PurePath
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer.errors import DocumentRejected, ReindexInProgress
from bot.answer.films import resolve_requested
from bot.discord.common import ACCEPTED_DOCUMENTS, DOCUMENT_SUFFIXES, film_autocomplete, sync_tree
from bot.discord.render import (
    DESCRIPTION_LIMIT, FIELD_VALUE_LIMIT, INTENT_COLOURS, escape_user_text, render_text, truncate,
)
from bot.places import describe_age
from index.models import IndexReport

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_SECONDS = 1.0  # Discord rate-limits edits; once a second reads as live anyway
ADMIN_COLOUR = 0x2B2D31
DocumentKind = Literal["review", "synopsis", "summary", "awards", "press", "plot", "article"]


def manage_guild_or_owner():
    """Manage Server in this channel, or a bot owner. Raises MissingPermissions otherwise.

    For slash commands `ctx.permissions` is the member permissions Discord put in the
    interaction, so an interaction whose member lacks Manage Server is refused. Owners are whom
    `!sync` accepts too (`Bot.is_owner`): FILMBOT_OWNER_IDS, or without it the application's
    owner or team.
    """
    async def predicate(ctx: commands.Context) -> bool:
        if await ctx.bot.is_owner(ctx.author):
            return True
        if ctx.guild is not None and ctx.permissions.manage_guild:
            return True
        raise commands.MissingPermissions(["manage_guild"])

    return commands.check(predicate)


def manage_channels_or_owner():
    """Manage Channels or Manage Server in this channel, or a bot owner (setting a channel's film).
    Raises MissingPermissions otherwise."""
    async def predicate(ctx: commands.Context) -> bool:
        if await ctx.bot.is_owner(ctx.author):
            return True
        if ctx.guild is not None and (ctx.permissions.manage_channels or ctx.permissions.manage_guild):
            return True
        raise commands.MissingPermissions(["manage_channels", "manage_guild"])

    return commands.check(predicate)


CHANNEL_COOLDOWN = (3, 10.0)  # uses per member, seconds


def describe_channel_film(title: str | None, channel_mention: str) -> str:
    if title is None:
        return (f"{channel_mention} has no film: questions here must name one (or follow on from "
                "the member's last question). Set one with `/filmadmin channel film:<title>`.")
    return (f"{channel_mention}'s film is **{escape_user_text(title)}**: questions here that name "
            "no film are about it (a film named in the question still wins).")


def film_title(films, key: str) -> str:
    """The title of the film stored under `key` (its slug), or the key if it is gone from the corpus."""
    return next((film.title for film in films if film.slug == key), key)


def check_attachment(attachment: discord.Attachment, max_bytes: int) -> None:
    """Refuse by name, type and declared size before downloading anything."""
    suffix = PurePath(attachment.filename).suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise DocumentRejected(
            f"{escape_user_text(attachment.filename)} is not a {ACCEPTED_DOCUMENTS} file.")
    content_type = (attachment.content_type or "text/plain").split(";")[0].strip().lower()
    if not content_type.startswith("text/"):
        raise DocumentRejected(f"{escape_user_text(attachment.filename)} is {content_type}, "
                               "not text.")
    if attachment.size > max_bytes:
        raise DocumentRejected(f"{escape_user_text(attachment.filename)} is "
                               f"{attachment.size:,} bytes; the limit is {max_bytes:,}.")


def check_utf8(filename: str, data: bytes) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise DocumentRejected(f"{escape_user_text(filename)} is not UTF-8 text; save it as "
                               "UTF-8 and upload it again.") from None


def format_facts(facts: dict[str, int]) -> str:
    return " · ".join(f"{kind}: {count}" for kind, count in sorted(facts.items())) or "none"


def format_problems(report: IndexReport) -> str:
    return "\n".join(f"• `{p.path}`: {p.reason}" for p in report.problems)


def render_report(report: IndexReport, headline: str) -> tuple[discord.Embed, str | None]:
    """The reindex summary, and the full problem list as text when it doesn't fit the embed."""
    summary = (f"{report.films} film(s), {report.documents} document(s), "
               f"{report.passages} passage(s) in {report.seconds:.1f} s.")
    problems = format_problems(report)
    overflow = None
    if problems:
        room = DESCRIPTION_LIMIT - len(summary) - 100
        shown = problems if len(problems) <= room else truncate(problems, room)
        if shown != problems:
            overflow = problems  # every problem still reaches the admin, as an attached file
        summary += f"\n\n**{len(report.problems)} problem(s):**\n{shown}"
    colour = INTENT_COLOURS["critics"] if report.problems else INTENT_COLOURS["facts"]
    embed = discord.Embed(title=truncate(headline, 256), description=summary, colour=colour)
    embed.add_field(name="Facts", value=truncate(format_facts(report.facts), FIELD_VALUE_LIMIT),
                    inline=False)
    return embed, overflow


def render_status(status, now: float | None = None) -> discord.Embed:
    now = time.time() if now is None else now
    built = (f"{describe_age(now - status.built_at)} ago" if status.built_at
             else "not built yet")
    embed = discord.Embed(title="FilmBot index", colour=ADMIN_COLOUR, description=(
        f"{status.films} film(s), {status.documents} document(s), {status.passages} passage(s).\n"
        f"Index built {built}." + ("\nA reindex is running now." if status.reindexing else "")))
    report = status.last_report
    if report is not None:
        last = (f"{report.documents} document(s), {report.passages} passage(s), "
                f"{len(report.problems)} problem(s); facts: {format_facts(report.facts)}")
        embed.add_field(name="Last reindex", value=truncate(last, FIELD_VALUE_LIMIT), inline=False)
        if report.problems:
            embed.add_field(name="Problems", inline=False,
                            value=truncate(format_problems(report), FIELD_VALUE_LIMIT))
    return embed


class ReindexProgress:
    """Latest progress line from the worker thread; a task shows it at most once a second."""

    def __init__(self) -> None:
        self.latest = ""

    def report(self, text: str) -> None:  # called from the worker thread: one assignment only
        self.latest = text

    async def show(self, message, headline: str) -> None:
        shown = None
        while True:
            await asyncio.sleep(PROGRESS_INTERVAL_SECONDS)
            if self.latest and self.latest != shown:
                shown = self.latest
                try:
                    await message.edit(content=render_text(f"{headline}\n{shown}"))
                except discord.HTTPException:
                    log.warning("Could not show reindex progress", exc_info=True)


class AdminCog(commands.Cog, name="Admin"):
    """Index management for server managers, and command sync for owners."""

    def __init__(self, bot: commands.Bot) -> None:  # a FilmBot (see common.py)
        self.bot = bot
        # Single flight inside this process; the engine also refuses a concurrent reindex.
        self.reindex_lock = asyncio.Lock()

    @property
    def engine(self):
        return self.bot.engine

    @commands.hybrid_group(name="filmadmin", invoke_without_command=True)
    @app_commands.default_permissions(manage_guild=True)
    @manage_channels_or_owner()  # each subcommand checks its own permission (Manage Server for most)
    async def filmadmin(self, ctx: commands.Context) -> None:
        """Manage FilmBot's film index (Manage Server)."""
        prefix = self.bot.settings.prefix
        await ctx.send(f"Try `/filmadmin status`, `/filmadmin reindex`, `/filmadmin add` or "
                       f"`/filmadmin channel`, or `{prefix}filmadmin <subcommand>`.")

    @filmadmin.command(name="reindex")
    @manage_guild_or_owner()
    async def reindex(self, ctx: commands.Context) -> None:
        """Rebuild the index from the corpus and report what it found."""
        await self.reindex_and_report(ctx, "Reindex")

    @filmadmin.command(name="status")
    @manage_guild_or_owner()
    async def status(self, ctx: commands.Context) -> None:
        """Films, documents and passages indexed, the index age, the last reindex."""
        await ctx.defer()
        status = await self.bot.run_engine(self.engine.status)
        embed = render_status(status)
        if ctx.guild is not None:
            channels = await self.bot.run_engine(self.channel_films_of, ctx.guild.id)
            if channels:
                embed.add_field(name="Channel films", inline=False, value=truncate(
                    "\n".join(f"<#{channel}>: {escape_user_text(title)}" for channel, title in channels),
                    FIELD_VALUE_LIMIT))
        await ctx.send(embed=embed)

    def channel_films_of(self, guild_id: int) -> list[tuple[int, str]]:
        """(channel id, film title) for every channel film of the guild (blocking: engine thread)."""
        entries = self.bot.channel_films.list_for_guild(guild_id)
        films = self.engine.films() if entries else []
        return [(entry.channel_id, film_title(films, entry.film)) for entry in entries]

    @filmadmin.command(name="channel")
    @commands.guild_only()
    @manage_channels_or_owner()
    @commands.cooldown(*CHANNEL_COOLDOWN, commands.BucketType.member)
    @app_commands.describe(film="The film this channel is about (start typing to pick one); "
                                "leave empty to see the current one",
                           clear="True: this channel has no film any more")
    async def channel(self, ctx: commands.Context, *, film: str | None = None,
                      clear: bool = False) -> None:
        """Show, set or clear this channel's film (Manage Channels)."""
        guild_id, channel_id = ctx.guild.id, ctx.channel.id
        mention = f"<#{channel_id}>"
        if ctx.interaction is None and film and film.strip().lower() in {"clear", "--clear", "none"}:
            film, clear = None, True  # `!filmadmin channel clear`
        if clear:
            removed = await self.bot.run_engine(self.bot.channel_films.clear, guild_id, channel_id)
            await ctx.send(render_text(f"{mention} has no film now." if removed
                                       else f"{mention} had no film."))
            return
        if not film or not film.strip():
            entry = await self.bot.run_engine(self.bot.channel_films.get, guild_id, channel_id)
            title = None
            if entry is not None:
                title = film_title(await self.bot.run_engine(self.engine.films), entry.film)
            await ctx.send(render_text(describe_channel_film(title, mention)))
            return
        films = await self.bot.run_engine(self.engine.films)
        resolution = resolve_requested(films, film)
        if resolution.film is None:
            closest = ", ".join(escape_user_text(f.title) for f in resolution.candidates[:5])
            await ctx.send(render_text(
                f"I don't know a film called {escape_user_text(film.strip())}."
                + (f" Did you mean: {closest}?" if closest else " `/film films` lists the films I know.")))
            return
        await self.bot.run_engine(self.bot.channel_films.set, guild_id, channel_id,
                                  resolution.film.slug, ctx.author.id)
        await ctx.send(render_text(describe_channel_film(resolution.film.title, mention)))

    @filmadmin.command(name="add")
    @manage_guild_or_owner()
    @app_commands.describe(attachment=f"A UTF-8 {ACCEPTED_DOCUMENTS} document",
                           film="The film; a new title creates the film",
                           kind="What the document is (default: detected)")
    async def add(self, ctx: commands.Context, attachment: discord.Attachment, film: str,
                  kind: DocumentKind | None = None) -> None:
        """Add a document to a film (a new title creates the film), then reindex."""
        check_attachment(attachment, self.bot.settings.max_document_bytes)
        if self.reindex_lock.locked():
            raise ReindexInProgress()
        await ctx.defer()
        try:
            data = await attachment.read()
        except (discord.HTTPException, discord.NotFound) as error:  # expired or deleted upload
            raise DocumentRejected(f"could not download {attachment.filename!r} from Discord "
                                   f"({error.status}); upload it again") from error
        check_utf8(attachment.filename, data)
        document = await self.bot.run_engine(self.engine.add_document, film, attachment.filename,
                                           data, kind)
        await self.reindex_and_report(
            ctx, f"Added {escape_user_text(attachment.filename)} as `{document}`; reindex")

    add.autocomplete("film")(film_autocomplete)
    channel.autocomplete("film")(film_autocomplete)

    async def reindex_and_report(self, ctx: commands.Context, headline: str) -> None:
        if self.reindex_lock.locked():
            raise ReindexInProgress()
        async with self.reindex_lock:
            message = await ctx.send(render_text(f"{headline}\nStarting…"))
            progress = ReindexProgress()
            ticker = asyncio.create_task(progress.show(message, headline))
            try:
                report = await asyncio.to_thread(self.engine.reindex, progress.report)
            except Exception:
                await _edit_quietly(message, content=render_text(f"{headline}\nDid not finish."))
                raise
            finally:
                # Wait for the ticker to stop, so a late progress edit can't overwrite the report.
                ticker.cancel()
                await asyncio.gather(ticker, return_exceptions=True)
            embed, overflow = render_report(report, f"{headline}: done")
            await message.edit(content=None, embed=embed)
            if overflow:
                await ctx.send("Every problem:", file=discord.File(
                    io.BytesIO(overflow.encode()), filename="problems.txt"))

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    async def sync(self, ctx: commands.Context, scope: Literal["guild", "global"] = "global") -> None:
        """Sync slash commands globally, or to this server with `sync guild` (owners only)."""
        if scope == "guild" and ctx.guild is None:
            raise commands.NoPrivateMessage()
        guild_id = ctx.guild.id if scope == "guild" else None
        synced = await sync_tree(self.bot, guild_id)
        where = "to this server" if guild_id else "globally (may take up to an hour to show)"
        await ctx.reply(f"Synced {len(synced)} command(s) {where}.", mention_author=False)


async def _edit_quietly(message, **fields) -> None:
    try:
        await message.edit(**fields)
    except discord.HTTPException:
        pass


async def setup(bot: commands.Bot) -> None:
    """The extension entry point: `await bot.load_extension("bot.discord.admin")`."""
    await bot.add_cog(AdminCog(bot))
