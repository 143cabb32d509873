"""The Discord client: `FilmBot`, `run_bot` for `filmbot run` and `sync_commands` for `filmbot sync`.

Slash commands are not synced on start (RoboDanny's convention): syncing is rate-limited and only
needed when commands change, so owners run `filmbot sync` or `!sync` instead; the start log says
whether the registered commands match this version's.

Start-up logs one line per stage: settings, the index, login, guilds, slash commands. Start-up
failures (no token, token rejected, intent refused, Discord unreachable) are one line on stderr
and exit code 2, with no traceback.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import socket
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import aiohttp
import discord
from discord.ext import commands

from bot.answer.errors import ReindexInProgress
from bot.channel_films import ChannelFilms
from bot.conversation import ConversationMemory
from bot.discord.common import sync_tree
from bot.places import index_state
from bot.settings import Settings, source_of

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


class _NotForFilmBot(logging.Filter):
    """discord.py's start-up warnings that don't apply: FilmBot uses no voice, and it asks for the
    privileged Message Content intent only when the settings do (prefix commands then need a
    mention, which log_intent_requirements says once, at INFO)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Privileged message content intent is missing" not in record.getMessage()


_NOT_FOR_FILMBOT = _NotForFilmBot()


def quiet_irrelevant_warnings(settings: Settings) -> None:
    discord.VoiceClient.warn_nacl = False  # read once, when the first client is created
    if hasattr(discord.VoiceClient, "warn_dave"):
        discord.VoiceClient.warn_dave = False
    commands_log = logging.getLogger("discord.ext.commands.bot")
    if settings.message_content_intent:
        commands_log.removeFilter(_NOT_FOR_FILMBOT)
    else:
        commands_log.addFilter(_NOT_FOR_FILMBOT)


def describe_unreachable(error: BaseException) -> str | None:
    """One sentence for "Discord can't be reached" (host and cause), or None for other errors."""
    if isinstance(error, aiohttp.ClientConnectorError):
        cause = error.os_error
        if isinstance(cause, socket.gaierror) or type(error).__name__ == "ClientConnectorDNSError":
            why = f"looking up the name failed ({cause.strerror or cause})"
        else:
            why = getattr(cause, "strerror", None) or str(cause) or type(cause).__name__
        where = f"{error.host}:{error.port}"
    elif isinstance(error, (aiohttp.ClientConnectionError, TimeoutError, ConnectionError,
                            socket.gaierror)):
        where, why = "discord.com", str(error) or type(error).__name__
    elif isinstance(error, discord.DiscordServerError):
        where, why = "discord.com", f"Discord answered {error.status} (an outage on its side)"
    elif isinstance(error, discord.GatewayNotFound):
        where, why = "discord.com", "Discord gave no gateway to connect to (an outage on its side)"
    else:
        return None
    return (f"cannot reach Discord at {where}: {why}. Check this machine's network and DNS; "
            "nothing else needs fixing, so a supervisor (systemd, the host) can simply restart "
            "FilmBot.")


def log_settings(settings: Settings, token_source: str) -> None:
    log.info("Settings: token from %s; corpus %s (%s); index %s (%s); message content intent %s",
             token_source, settings.corpus_dir, source_of(settings, "corpus_dir"),
             settings.index_dir, source_of(settings, "index_dir"),
             "on" if settings.message_content_intent else "off")


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
        quiet_irrelevant_warnings(settings)
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
        self.commands_checked = False
        self.engine_executor = ThreadPoolExecutor(ENGINE_THREADS, thread_name_prefix="filmbot-engine")
        # Follow-ups: each member's last film per channel, and what each answer message was about.
        self.conversations = ConversationMemory()
        self._channel_films: ChannelFilms | None = None

    @property
    def channel_films(self) -> ChannelFilms:
        """The film set per channel (/filmadmin channel), opened on first use. Blocking (SQLite):
        call it off the event loop, e.g. inside `run_engine`."""
        if self._channel_films is None:
            self._channel_films = ChannelFilms(self.settings.channel_films_path)
        return self._channel_films

    async def run_engine(self, func, /, *args, **kwargs):
        """Run a (blocking) engine call on the engine's own thread; reindexing uses another one."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.engine_executor, functools.partial(func, *args, **kwargs))

    async def close(self) -> None:
        await super().close()
        self.engine_executor.shutdown(wait=False, cancel_futures=True)
        if self._channel_films is not None:
            self._channel_films.close()
            self._channel_films = None

    async def setup_hook(self) -> None:
        log.info("Logged in as %s (id %s)", self.user, getattr(self.user, "id", "?"))
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
            state = await asyncio.to_thread(index_state, self.settings)
        except Exception:  # a damaged index: the build below replaces it, and says if it can't
            log.warning("Index: the current generation could not be read; rebuilding it", exc_info=True)
        else:
            if state.up_to_date:
                log.info("Index: %s", state.describe())
            elif state.generation:
                log.info("Index: %s; answering from it while a new one builds", state.describe())
            else:
                log.info("Index: %s; building it now (members who ask meanwhile are told to wait)",
                         state.describe())
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
        log.info("Connected to the gateway: %d guild(s), %d shard(s)", len(self.guilds),
                 self.shard_count or 1)
        if not self.commands_checked:
            self.commands_checked = True
            await self.log_registered_commands()

    async def log_registered_commands(self) -> None:
        """Whether the global slash commands are this version's (one request, at first ready)."""
        expected = sorted(c.name for c in self.tree.get_commands())
        try:
            registered = sorted(c.name for c in await self.tree.fetch_commands())
        except discord.HTTPException as error:
            log.info("Slash commands: could not list them (%s)", error)
            return
        if registered == expected:
            log.info("Slash commands: %s registered globally, as this version defines them",
                     ", ".join(expected))
        elif not registered:
            log.info("Slash commands: none registered globally; run `filmbot sync` (or "
                     "`filmbot sync --guild ID` for one server) so members can use them")
        else:
            log.info("Slash commands: %s registered globally, this version has %s; run "
                     "`filmbot sync`", ", ".join(registered), ", ".join(expected))


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
    log_settings(settings, source_of(settings, "token"))
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
    except Exception as error:
        unreachable = describe_unreachable(error)
        if unreachable is None:
            raise
        return _fail(f"filmbot: {unreachable}")
    return 0


async def _run(bot: FilmBot, token: str) -> None:
    async with bot:
        await bot.start(token)


def sync_commands(settings: Settings, guild_id: int | None = None, *, clear: bool = False) -> int:
    """Log in, register the slash commands globally or to one guild, print what it did, close.

    Global syncs take up to an hour to show everywhere; a guild sync shows at once (for testing).
    `clear` removes guild copies (what makes members see each command twice once the global ones
    show): those of `guild_id`, or of every guild the bot is in; then the commands are synced
    globally. Returns the exit code, 2 for the same start-up failures as `run_bot`.
    """
    configure_logging(settings)
    token = _token(settings)
    if token is None:
        return _fail(MISSING_TOKEN)
    install_token_redaction(token)
    try:
        report = asyncio.run(_sync(settings, token, guild_id, clear))
    except discord.LoginFailure:
        return _fail(REJECTED_TOKEN)
    except Exception as error:
        unreachable = describe_unreachable(error)
        if unreachable is None:
            raise
        return _fail(f"filmbot: {unreachable}")
    print("\n".join(report))
    return 0


class CommandsOnly:
    """Stands in for the engine while syncing or probing: registering commands never calls it."""


async def _sync(settings: Settings, token: str, guild_id: int | None, clear: bool) -> list[str]:
    bot = FilmBot(settings, engine=CommandsOnly())  # type: ignore[arg-type]
    report = []
    async with bot:
        await bot.login(token)  # runs setup_hook, which registers the commands on the tree
        if clear:
            guilds = ([discord.Object(id=guild_id)] if guild_id is not None
                      else [guild async for guild in bot.fetch_guilds(limit=None)])
            for guild in guilds:
                removed = await bot.tree.fetch_commands(guild=guild)
                if removed or guild_id is not None:
                    bot.tree.clear_commands(guild=guild)
                    await bot.tree.sync(guild=guild)
                    name = getattr(guild, "name", None)
                    report.append(f"Removed {plural(len(removed), 'command')} copied to guild "
                                  f"{guild.id}{f' ({name})' if name else ''}.")
            if not report:
                report.append("No guild had its own copy of the commands.")
            guild_id = None  # then the one global set
        synced = await sync_tree(bot, guild_id)
    where = f"to guild {guild_id}" if guild_id else "globally (they may take up to an hour to show)"
    report.append(f"Synced {plural(len(synced), 'command')} {where}.")
    return report


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"
