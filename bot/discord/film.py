"""`/film …` and `!film …` (one hybrid group), plus questions asked by mention or in DMs.

The engine is synchronous and may take seconds, so every call goes through the bot's engine
thread (`FilmBot.run_engine`). Discord wants an acknowledgement within 3 seconds: an answer ready
within QUICK_REPLY_SECONDS is the response itself (one request to Discord, no "thinking…"); a
slower one is deferred at that point and sent as a follow-up.
"""
from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer.engine import check_question_length
from bot.answer.models import Answer
from bot.conversation import answer_in_conversation
from bot.discord.common import film_autocomplete, film_choices
from bot.discord.errors import UNEXPECTED, describe_error, unwrap
from bot.discord.render import AnswerPager, render_answer, render_text

__all__ = ["FilmCog", "film_choices", "question_for_engine", "films_answer", "setup"]

log = logging.getLogger(__name__)

Topic = Literal["plot", "cast", "crew", "awards", "critics", "info", "similar"]
QUICK_REPLY_SECONDS = 1.0  # well inside Discord's 3 s, leaving time to render and send
FILM_OPTION = "The film (start typing to pick one); leave empty if the question names it or there is one film"


def strip_bot_mentions(content: str, bot_id: int) -> str:
    """The question in "@FilmBot who directed it?": the bot's mentions removed."""
    return re.sub(rf"<@!?{bot_id}>", " ", content).strip()


DISCORD_SYNTAX = re.compile(r"<@[!&]?\d+>|<#\d+>|@everyone|@here")


def question_for_engine(text: str) -> str:
    """Mentions are Discord syntax, not words of the question: the engine gets the rest."""
    return " ".join(DISCORD_SYNTAX.sub(" ", text).split())


def split_spoiler_flag(film: str | None) -> tuple[str | None, bool]:
    """`!film plot Parallel Mothers spoilers`: a trailing "spoilers" word asks for spoilers."""
    if not film:
        return film, False
    words = film.split()
    if words and words[-1].lower().lstrip("-") in {"spoiler", "spoilers"}:
        return " ".join(words[:-1]) or None, True
    return film, False


async def send_pages(send: Callable, pages: list[discord.Embed], asker_id: int):
    """Send the first page; more than one page gets previous/next buttons for the asker.
    Returns the message sent (None if the way of sending gives none back)."""
    if len(pages) == 1:
        return await send(embed=pages[0])
    pager = AnswerPager(pages, asker_id)
    pager.message = await send(embed=pages[0], view=pager)
    return pager.message


def where_asked(source: commands.Context | discord.Message) -> tuple[int | None, int, int]:
    """The conversation key: (guild, channel, member); guild None in DMs."""
    guild = source.guild.id if source.guild is not None else None
    return guild, source.channel.id, source.author.id


def replied_to(message: discord.Message) -> int | None:
    """The id of the message this one replies to (Discord reply), if any."""
    reference = message.reference
    return reference.message_id if reference is not None else None


def films_answer(films: list) -> Answer:
    """The film list as an Answer so it pages like any list answer."""
    lines = []
    for film in sorted(films, key=lambda f: f.title.casefold()):
        year = f" ({film.year})" if film.year else ""
        aliases = f" — also: {', '.join(film.aliases)}" if film.aliases else ""
        lines.append(f"{film.title}{year}{aliases}")
    count = len(lines)
    text = (f"I know {count} film{'s' if count != 1 else ''}." if count
            else "I don't know any films yet: an admin can add documents with /filmadmin add.")
    return Answer(question="films", intent="facts", found=bool(count), answer=text, items=lines,
                  film="FilmBot")


class FilmCog(commands.Cog, name="Films"):
    """Questions about films, as slash commands, prefix commands, mentions and DMs."""

    def __init__(self, bot: commands.Bot) -> None:  # a FilmBot (see common.py)
        self.bot = bot
        settings = bot.settings
        # One budget per member shared by every way of asking, so no route bypasses it.
        self.question_cooldown = commands.CooldownMapping.from_cooldown(
            settings.question_cooldown_rate, settings.question_cooldown_seconds,
            commands.BucketType.member)

    @property
    def engine(self):
        return self.bot.engine

    def conversation_call(self, where: tuple[int | None, int, int], question: str,
                          film: str | None = None, replying_to: int | None = None) -> Callable:
        """The blocking call (for the engine thread) answering a question as part of the member's
        conversation: a reply to one of FilmBot's answers follows on from it; otherwise the member's
        last film in this channel; otherwise the channel's film (/filmadmin channel)."""
        bot, engine = self.bot, self.engine

        def call():
            guild, channel, _ = where
            channel_film = None
            if guild is not None:
                entry = bot.channel_films.get(guild, channel)
                channel_film = entry.film if entry else None
            return answer_in_conversation(engine, bot.conversations, where, question, film,
                                          channel_film=channel_film, replying_to=replying_to)

        return call

    def remember_answer(self, sent, turn) -> None:
        """A Discord reply to the answer message continues its conversation."""
        message_id = getattr(sent, "id", None)
        if message_id is not None and turn is not None and turn.film:
            self.bot.conversations.remember_reply(message_id, turn)

    def spend_question(self, source: commands.Context | discord.Message) -> None:
        """Count a question against the member's cooldown; raise CommandOnCooldown when spent."""
        bucket = self.question_cooldown.get_bucket(source)
        retry_after = bucket.update_rate_limit() if bucket is not None else None
        if retry_after:
            raise commands.CommandOnCooldown(bucket, retry_after, commands.BucketType.member)

    async def answer(self, ctx: commands.Context, call: Callable[[], Answer], *,
                     reveal_spoilers: bool = False, asked: str | None = None) -> None:
        """Cooldown, run the engine in a worker thread, send the pages."""
        self.spend_question(ctx)
        answer = await self.run_engine_in_time(ctx, call)
        pages = render_answer(answer, reveal_spoilers=reveal_spoilers, asked=asked)
        await send_pages(ctx.send, pages, ctx.author.id)

    async def run_engine_in_time(self, ctx: commands.Context, call: Callable[[], object]):
        """The engine's result; the interaction is deferred only if it takes QUICK_REPLY_SECONDS."""
        pending = asyncio.ensure_future(self.bot.run_engine(call))
        done, _ = await asyncio.wait({pending}, timeout=QUICK_REPLY_SECONDS)
        if not done:
            await ctx.defer()
        return await pending

    async def topic(self, ctx: commands.Context, topic: Topic, film: str | None,
                    spoilers: bool = False) -> None:
        engine = self.engine
        await self.answer(ctx, lambda: engine.answer_topic(topic, film or None, spoilers=spoilers),
                          reveal_spoilers=spoilers)

    @commands.hybrid_group(name="film", invoke_without_command=True, case_insensitive=True)
    async def film_group(self, ctx: commands.Context) -> None:
        """Ask about a film: plot, cast, crew, awards, critics, info, similar films, or any question."""
        # Reached only as `!film` alone or `!film <unknown>`: slash groups can't be invoked.
        names = ", ".join(f"`{c.name}`" for c in self.film_group.commands)
        # The group takes no arguments, so what follows "film" is still unread in the view.
        words = ctx.view.read_rest().split() if ctx.interaction is None else []
        unknown = (f"I don't know `{words[0][:50].replace('`', '')}`. "
                   if words else "")
        await ctx.send(render_text(
            f"{unknown}Try `/film ask` or `{self.bot.settings.prefix}film <subcommand>`: "
            f"{names}. Or mention me with a question."))

    @film_group.command(name="ask")
    @app_commands.describe(question="Your question, e.g. who plays Ana?", film=FILM_OPTION)
    async def ask(self, ctx: commands.Context, *, question: str, film: str | None = None) -> None:
        """Ask any question about a film."""
        # As a prefix command the question takes the rest of the message; the film is then
        # read from the question itself ("who directed Parallel Mothers?").
        asked = question_for_engine(question)
        check_question_length(asked, self.bot.settings.max_question_chars)  # before it spends the cooldown
        self.spend_question(ctx)
        replying_to = replied_to(ctx.message) if ctx.interaction is None else None
        call = self.conversation_call(where_asked(ctx), asked, film or None, replying_to)
        answer, turn = await self.run_engine_in_time(ctx, call)
        pages = render_answer(answer, asked=question)
        self.remember_answer(await send_pages(ctx.send, pages, ctx.author.id), turn)

    @film_group.command(name="plot")
    @app_commands.describe(film=FILM_OPTION, spoilers="Show the ending and twists unhidden")
    async def plot(self, ctx: commands.Context, *, film: str | None = None,
                   spoilers: bool = False) -> None:
        """What the film is about (spoilers hidden unless you ask for them)."""
        if ctx.interaction is None:
            film, spoilers = split_spoiler_flag(film)
        await self.topic(ctx, "plot", film, spoilers)

    @film_group.command(name="cast")
    @app_commands.describe(film=FILM_OPTION)
    async def cast(self, ctx: commands.Context, *, film: str | None = None) -> None:
        """Who plays whom."""
        await self.topic(ctx, "cast", film)

    @film_group.command(name="crew")
    @app_commands.describe(film=FILM_OPTION)
    async def crew(self, ctx: commands.Context, *, film: str | None = None) -> None:
        """Director, writer, composer and the rest of the crew."""
        await self.topic(ctx, "crew", film)

    @film_group.command(name="awards")
    @app_commands.describe(film=FILM_OPTION)
    async def awards(self, ctx: commands.Context, *, film: str | None = None) -> None:
        """Awards won and nominations."""
        await self.topic(ctx, "awards", film)

    @film_group.command(name="critics")
    @app_commands.describe(film=FILM_OPTION)
    async def critics(self, ctx: commands.Context, *, film: str | None = None) -> None:
        """What the critics said."""
        await self.topic(ctx, "critics", film)

    @film_group.command(name="similar")
    @app_commands.describe(film=FILM_OPTION)
    async def similar(self, ctx: commands.Context, *, film: str | None = None) -> None:
        """Films like this one: the documents' recommendations, the director's films, this corpus's films."""
        await self.topic(ctx, "similar", film)

    @film_group.command(name="info")
    @app_commands.describe(film=FILM_OPTION)
    async def info(self, ctx: commands.Context, *, film: str | None = None) -> None:
        """Year, runtime, language and other facts."""
        await self.topic(ctx, "info", film)

    @film_group.command(name="films")
    async def films(self, ctx: commands.Context) -> None:
        """The films I know about."""
        films = await self.run_engine_in_time(ctx, self.engine.films)
        pages = render_answer(films_answer(films), asked="Films I know")
        await send_pages(ctx.send, pages, ctx.author.id)

    for _command in (ask, plot, cast, crew, awards, critics, info, similar):
        _command.autocomplete("film")(film_autocomplete)
    del _command

    # -- questions by mention and in DMs -------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer "@FilmBot <question>" in a server and any message in a DM.

        Discord delivers the content of these even without the message-content intent.
        """
        me = self.bot.user
        if message.author.bot or me is None:
            return
        in_dm = message.guild is None
        mentioned = any(user.id == me.id for user in message.mentions)
        replying = message.reference is not None and isinstance(message.reference.resolved, discord.Message) \
            and message.reference.resolved.author.id == me.id  # a reply to an answer, pinging or not
        if not (in_dm or mentioned or replying):
            return
        ctx = await self.bot.get_context(message)
        if ctx.valid:  # a command such as "@FilmBot film cast": the command answers it
            return
        question = strip_bot_mentions(message.content, me.id)
        if not question and not (in_dm or mentioned):
            return  # a reply that doesn't ping: without the message-content intent it reads as empty
        try:
            await self.answer_message(message, question)
        except Exception as error:  # listeners have no error handler: tell the member here
            await self.report_message_error(message, error)

    async def answer_message(self, message: discord.Message, question: str) -> None:
        if not question:
            await message.reply(render_text(
                "Ask me about a film, e.g. \"who directed Parallel Mothers?\", or use `/film`."),
                mention_author=False)
            return
        asked = question_for_engine(question)
        check_question_length(asked, self.bot.settings.max_question_chars)  # before it spends the cooldown
        self.spend_question(message)
        await show_typing(message.channel)
        call = self.conversation_call(where_asked(message), asked, replying_to=replied_to(message))
        answer, turn = await self.bot.run_engine(call)
        pages = render_answer(answer, asked=question)
        sent = await send_pages(lambda **kw: message.reply(mention_author=False, **kw), pages,
                                message.author.id)
        self.remember_answer(sent, turn)

    async def report_message_error(self, message: discord.Message, error: Exception) -> None:
        text = describe_error(error, prefix=self.bot.settings.prefix)
        if text is None:
            log.error("Unexpected error answering a message", exc_info=unwrap(error))
            text = UNEXPECTED
        try:
            await message.reply(render_text(text), mention_author=False)
        except discord.HTTPException:
            log.warning("Could not tell the member about an error", exc_info=True)


async def show_typing(channel: discord.abc.Messageable) -> None:
    """A typing indicator while the engine works; cosmetic, so failures are ignored."""
    try:
        await channel.typing()
    except discord.HTTPException:
        pass


async def setup(bot: commands.Bot) -> None:
    """The extension entry point: `await bot.load_extension("bot.discord.film")`."""
    await bot.add_cog(FilmCog(bot))
