"""One place that tells the member what went wrong and what to do (python-discord/bot style).

Hybrid commands report errors through `on_command_error` whether they came as `/film …` or
`!film …`; anything else the app-command tree raises comes through `tree.on_error`. Both end in
`describe_error`, a pure function from an exception to the sentence the member reads; errors it
does not recognise get a generic sentence and a logged traceback. No error is silent.
"""
from __future__ import annotations

import logging
import math

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer.errors import DocumentRejected, FilmBotError
from bot.discord.common import ACCEPTED_DOCUMENTS
from bot.discord.render import CONTENT_LIMIT, escape_user_text, truncate

log = logging.getLogger(__name__)

UNEXPECTED = ("Something went wrong on my side while doing that; it has been logged. "
              "Try again in a moment, and tell a server admin if it keeps happening.")


def unwrap(error: BaseException) -> BaseException:
    """The exception that actually happened, under discord.py's invoke/hybrid wrappers."""
    while True:
        if isinstance(error, (commands.CommandInvokeError, commands.HybridCommandError,
                              app_commands.CommandInvokeError)):
            inner = getattr(error, "original", None)
        elif isinstance(error, commands.ConversionError):
            inner = error.original
        else:
            inner = None
        if inner is None or inner is error:
            return error
        error = inner


def _usage(command: commands.Command | None, prefix: str) -> str:
    if command is None:
        return ""
    signature = f" {command.signature}" if command.signature else ""
    return f" Usage: `/{command.qualified_name}` or `{prefix}{command.qualified_name}{signature}`."


def _missing_permissions(names: list[str]) -> str:
    # Several names: FilmBot's checks list alternatives (Manage Channels or Manage Server).
    readable = " or ".join(n.replace("_", " ").replace("guild", "server").title() for n in names)
    return f"You need the {readable} permission to do that; ask a server admin."


def describe_error(error: BaseException, *, command: commands.Command | None = None,
                   prefix: str = "!") -> str | None:
    """The member-facing sentence for `error`, or None when it is unexpected (a bug)."""
    error = unwrap(error)
    if isinstance(error, (commands.CommandOnCooldown, app_commands.CommandOnCooldown)):
        return f"You're asking quickly: try again in {math.ceil(error.retry_after)} s."
    if isinstance(error, (commands.MissingPermissions, app_commands.MissingPermissions)):
        return _missing_permissions(error.missing_permissions)
    if isinstance(error, commands.NotOwner):
        return "Only the bot's owners can do that."
    if isinstance(error, (commands.NoPrivateMessage, app_commands.NoPrivateMessage)):
        return "That command works only in a server, not in DMs."
    if isinstance(error, commands.MaxConcurrencyReached):
        return "That is already running; wait for it to finish."
    if isinstance(error, DocumentRejected):
        return (f"That document was rejected: {error} Upload a UTF-8 {ACCEPTED_DOCUMENTS} file "
                "within the size limit.")
    if isinstance(error, FilmBotError):
        candidates = getattr(error, "candidates", None)
        extra = (" Did you mean: " + ", ".join(escape_user_text(c) for c in candidates[:10]) + "?"
                 if candidates else "")
        return f"{error}{extra}"
    if isinstance(error, commands.MissingRequiredAttachment):
        return "Attach the document to the command message." + _usage(command, prefix)
    if isinstance(error, (commands.UserInputError, app_commands.TransformerError)):
        return f"{escape_user_text(str(error))}" + _usage(command, prefix)
    if isinstance(error, commands.DisabledCommand):
        return "That command is switched off at the moment."
    if isinstance(error, (commands.CheckFailure, app_commands.CheckFailure)):
        return "You can't use that command here."
    if isinstance(error, app_commands.CommandNotFound):
        return "I don't know that command any more; the command list may be out of date."
    return None


async def tell_interaction(interaction: discord.Interaction, text: str) -> None:
    """Reply ephemerally; a followup if the interaction was already acknowledged."""
    text = truncate(text, CONTENT_LIMIT)
    if not interaction.response.is_done():
        await interaction.response.send_message(text, ephemeral=True)
        return
    if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
        await _drop_public_thinking(interaction)
    await interaction.followup.send(text, ephemeral=True)


async def _drop_public_thinking(interaction: discord.Interaction) -> None:
    """Discord puts the first followup after a defer into the "thinking…" message, public or
    not, whatever the followup asks: a public one is deleted, so the error reaches only the
    member who ran the command. A message already shown there (a reindex's progress) stays."""
    try:
        original = await interaction.original_response()
        if original.flags.loading and not original.flags.ephemeral:
            await interaction.delete_original_response()
    except discord.HTTPException:
        log.debug("Could not delete the thinking message", exc_info=True)


async def tell_context(ctx: commands.Context, text: str) -> None:
    if ctx.interaction is not None:
        await tell_interaction(ctx.interaction, text)
    else:
        await ctx.reply(truncate(text, CONTENT_LIMIT), mention_author=False)


def _log_unexpected(error: BaseException, where: str) -> None:
    # The token never reaches here in clear: run_bot installs a redacting filter on every handler.
    log.error("Unexpected error in %s", where, exc_info=(type(error), error, error.__traceback__))


class ErrorHandler(commands.Cog):
    """Answers every command error, and installs itself as the app-command tree's error handler."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._previous_tree_handler = None

    async def cog_load(self) -> None:
        self._previous_tree_handler = self.bot.tree.on_error
        self.bot.tree.on_error = self.on_app_command_error

    async def cog_unload(self) -> None:
        if self._previous_tree_handler is not None:
            self.bot.tree.on_error = self._previous_tree_handler

    def _prefix(self) -> str:
        return getattr(getattr(self.bot, "settings", None), "prefix", "!")

    @commands.Cog.listener()
    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        if isinstance(error, commands.CommandNotFound):
            # `!word` may be meant for another bot, and mention questions are answered by the
            # film cog's listener; answering "unknown command" here would be noise.
            log.debug("Ignoring unknown command %r", ctx.invoked_with)
            return
        text = describe_error(error, command=ctx.command, prefix=self._prefix())
        if text is None:
            _log_unexpected(unwrap(error), f"command {ctx.command and ctx.command.qualified_name}")
            text = UNEXPECTED
        await self._safely(tell_context(ctx, text))

    async def on_app_command_error(self, interaction: discord.Interaction,
                                   error: app_commands.AppCommandError) -> None:
        command = getattr(interaction.command, "qualified_name", None)
        text = describe_error(error, prefix=self._prefix())
        if text is None:
            _log_unexpected(unwrap(error), f"app command {command}")
            text = UNEXPECTED
        await self._safely(tell_interaction(interaction, text))

    @staticmethod
    async def _safely(reply) -> None:
        try:
            await reply
        except discord.HTTPException:
            # The interaction expired or the channel is gone: the log is all that's left.
            log.warning("Could not tell the member about an error", exc_info=True)


async def setup(bot: commands.Bot) -> None:
    """The extension entry point: `await bot.load_extension("bot.discord.errors")`."""
    await bot.add_cog(ErrorHandler(bot))
