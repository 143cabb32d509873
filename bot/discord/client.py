"""The Discord client: `FilmBot`, `run_bot` for `filmbot run` and `sync_commands` for `filmbot sync`.

Slash commands are not synced on start (RoboDanny's convention): syncing is rate-limited and only
needed when commands change, so owners run `filmbot sync` or `!sync` instead.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.answer.errors import ReindexInProgress
from bot.discord.common import sync_tree
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.answer.engine import AnswerEngine

log = logging.getLogger(__name__)

EXIT_STARTUP_FAILED = 2
# The cogs, as extensions (each module's `setup(bot)` adds its cog); loaded by name, so this
# module never imports them and they never import it. The error handler first: it answers the others.
EXTENSIONS = ("bot.discord.errors", "bot.discord.film", "bot.discord.admin")
# The engine is CPU-bound Python: more threads add no throughput (the GIL), they only make the event
# loop queue for the GIL behind them (measured: 6 threads → loop stalls over 1 s; 1 thread → ~25 ms).
ENGINE_THREADS = 1
REDACTED = "[token redacted]"

MISSING_TOKEN = ("filmbot: no Discord token: set DISCORD_TOKEN in the environment or in .env "
                 "(Developer Portal → your application → Bot → Reset Token).")
REJECTED_TOKEN = ("filmbot: Discord rejected the token: copy a fresh one from the Developer Portal "
                  "(your application → Bot → Reset Token) into DISCORD_TOKEN.")
INTENT_REFUSED = ("filmbot: Discord refused the Message Content intent: enable \"Message Content "
                  "Intent\" in the Developer Portal (your application → Bot → Privileged Gateway "
                  "Intents), or set FILMBOT_MESSAGE_CONTENT_INTENT=false.")


def build_intents(settings: Settings) -> discord.Intents:
    """Only what the bot uses; message content is privileged and off unless settings ask for it."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = settings.message_content_intent
    return intents


def log_intent_requirements(settings: Settings) -> None:
    if settings.message_content_intent:
        log.info("Message content intent requested: \"Message Content Intent\" must be enabled "
                 "for this application in the Developer Portal (Bot → Privileged Gateway Intents).")
    else:
        log.info("Message content intent off: prefix commands such as '%sfilm' work only when the "
                 "message mentions the bot; mentions, DMs and slash commands always work.",
                 settings.prefix)


def shard_options(settings: Settings) -> dict:
    """Shard settings for AutoShardedBot; with neither set, Discord's recommended count (1 for a
    small bot) is used, so the bot behaves like a single-shard one."""
    options: dict = {}
    if settings.shard_count is not None:
        options["shard_count"] = settings.shard_count
    if settings.shard_ids is not None:
        if settings.shard_count is None:
            # discord.py requires it, and guessing would split guilds wrongly across processes.
            raise ValueError("FILMBOT_SHARD_IDS needs FILMBOT_SHARD_COUNT (the total shard count)")
        options["shard_ids"] = list(settings.shard_ids)
    return options


class FilmBot(commands.AutoShardedBot):
    """The bot: hybrid commands (`/film …` and `!film …`), mention and DM questions."""

    def __init__(self, settings: Settings, engine: AnswerEngine | None = None, **options) -> None:
        """`options` go to discord.py (tests pass e.g. guild_ready_timeout)."""
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.prefix),
            intents=build_intents(settings),
            # Nothing the bot sends pings anyone, whatever text it echoes.
            allowed_mentions=discord.AllowedMentions.none(),
            owner_ids=set(settings.owner_ids),
            strip_after_prefix=True,
            case_insensitive=True,
            **shard_options(settings),
            **options,
        )
        self.settings = settings
        self.engine = engine
        self.index_task: asyncio.Task | None = None
        self.engine_executor = ThreadPoolExecutor(ENGINE_THREADS, thread_name_prefix="filmbot-engine")

    async def run_engine(self, func, /, *args, **kwargs):
        """Run a (blocking) engine call on the engine's own thread; reindexing uses another one."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.engine_executor, functools.partial(func, *args, **kwargs))

    async def close(self) -> None:
        await super().close()
        self.engine_executor.shutdown(wait=False, cancel_futures=True)

    async def setup_hook(self) -> None:
        if self.engine is None:
            self.engine = await asyncio.to_thread(_create_engine, self.settings)
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        # Build a missing or stale index in the background: the gateway connects meanwhile and
        # questions asked before it is ready are told so (IndexNotReady).
        self.index_task = asyncio.create_task(self._ensure_index())

    async def _ensure_index(self) -> None:
        ensure_index = getattr(self.engine, "ensure_index", None)
        if ensure_index is None:
            return
        try:
            report = await asyncio.to_thread(ensure_index)
        except ReindexInProgress:
            log.info("Another process is building the index; this one serves it when it is published")
            return
        except Exception:
            log.exception("Building the film index at start-up failed; use /filmadmin reindex")
            return
        if report is not None:
            log.info("Index built: %d film(s), %d document(s), %d problem(s)",
                     report.films, report.documents, len(report.problems))

    async def on_ready(self) -> None:
        log.info("Logged in as %s (id %s) on %d shard(s), in %d server(s)",
                 self.user, getattr(self.user, "id", "?"), self.shard_count or 1, len(self.guilds))


def _create_engine(settings: Settings) -> AnswerEngine:
    from bot.answer.engine import AnswerEngine

    # Builds run in a child process: a reindex then never holds the bot's GIL, which the event
    # loop needs to keep answering (and acknowledging interactions within Discord's 3 s).
    return AnswerEngine(settings, build_in_child=True)


class RedactToken(logging.Filter):
    """Replace the token in every log record, message and traceback alike."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, REDACTED), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            # Some formatters re-render exc_info and ignore exc_text (discord.py's colour formatter
            # does), so the redacted traceback joins the message and exc_info is dropped.
            trace = record.exc_text.replace(self.token, REDACTED)
            record.msg, record.args = f"{record.getMessage()}\n{trace}", ()
            record.exc_info, record.exc_text = None, None
        return True


def install_token_redaction(token: str) -> None:
    redactor = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)


def _fail(message: str) -> int:
    """One line on stderr saying what to do, and the exit code: no traceback."""
    print(message, file=sys.stderr)
    return EXIT_STARTUP_FAILED


def _token(settings: Settings) -> str | None:
    return (settings.token.get_secret_value().strip() if settings.token else "") or None


def configure_logging(settings: Settings) -> None:
    discord.utils.setup_logging(level=logging.getLevelName(settings.log_level.upper()), root=True)


def run_bot(settings: Settings, engine: AnswerEngine | None = None) -> int:
    """Run until stopped; returns the exit code: 0, or 2 when start-up fails (one line on stderr:
    no token, token rejected, Message Content intent not enabled)."""
    configure_logging(settings)
    token = _token(settings)
    if token is None:
        return _fail(MISSING_TOKEN)
    install_token_redaction(token)
    log_intent_requirements(settings)
    try:
        bot = FilmBot(settings, engine)
    except ValueError as error:
        return _fail(f"filmbot: {error}.")
    try:
        asyncio.run(_run(bot, token))
    except discord.LoginFailure:
        return _fail(REJECTED_TOKEN)
    except discord.PrivilegedIntentsRequired:
        return _fail(INTENT_REFUSED)
    except KeyboardInterrupt:
        log.info("Interrupted; shutting down")
    return 0


async def _run(bot: FilmBot, token: str) -> None:
    async with bot:
        await bot.start(token)


def sync_commands(settings: Settings, guild_id: int | None = None) -> int:
    """Log in, sync the slash commands globally or to one guild, print how many, close.

    Global syncs take up to an hour to show everywhere; a guild sync shows at once (for testing).
    Returns the exit code, 2 for the same start-up failures as `run_bot`.
    """
    configure_logging(settings)
    token = _token(settings)
    if token is None:
        return _fail(MISSING_TOKEN)
    install_token_redaction(token)
    try:
        count = asyncio.run(_sync(settings, token, guild_id))
    except discord.LoginFailure:
        return _fail(REJECTED_TOKEN)
    where = f"to guild {guild_id}" if guild_id else "globally (they may take up to an hour to show)"
    print(f"Synced {count} command{'s' if count != 1 else ''} {where}.")
    return 0


class _CommandsOnly:
    """Stands in for the engine while syncing: registering commands never calls the engine."""


async def _sync(settings: Settings, token: str, guild_id: int | None) -> int:
    bot = FilmBot(settings, engine=_CommandsOnly())  # type: ignore[arg-type]
    async with bot:
        await bot.login(token)  # runs setup_hook, which registers the commands on the tree
        synced = await sync_tree(bot, guild_id)
    return len(synced)
