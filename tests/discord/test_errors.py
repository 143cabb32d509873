"""bot/discord/errors.py: what the member reads when something goes wrong."""
from __future__ import annotations

import pytest
from discord import app_commands
from discord.ext import commands
from fake_discord import MSG_FLAG_EPHEMERAL
from live_bot import MANAGE_GUILD

from bot.answer.errors import DocumentRejected, IndexNotReady, ReindexInProgress
from bot.discord.errors import describe_error


def cooldown_error(seconds: float) -> commands.CommandOnCooldown:
    return commands.CommandOnCooldown(commands.Cooldown(1, 10), seconds, commands.BucketType.member)


@pytest.mark.parametrize("error, expected", [
    (cooldown_error(4.2), "try again in 5 s"),
    (commands.MissingPermissions(["manage_guild"]), "Manage Server permission"),
    (commands.NotOwner(), "owners"),
    (IndexNotReady(), "being built"),
    (ReindexInProgress(), "already running"),
    (DocumentRejected("notes.pdf is not a .txt, .md or .html file."), "rejected: notes.pdf"),
    (commands.BadArgument("Your question is too long"), "too long"),
])
def test_expected_errors_get_a_sentence_saying_what_to_do(error, expected):
    assert expected in describe_error(error)


def test_wrapped_errors_are_unwrapped():
    wrapped = app_commands.CommandInvokeError.__new__(app_commands.CommandInvokeError)
    wrapped.original = ReindexInProgress()
    hybrid = commands.HybridCommandError(wrapped)
    assert "already running" in describe_error(hybrid)


def test_unexpected_errors_have_no_member_sentence():
    assert describe_error(RuntimeError("boom")) is None


def test_a_rejected_document_names_every_accepted_type():
    text = describe_error(DocumentRejected("notes.pdf is application/pdf, not text."))
    assert ".txt, .md, .markdown, .html, .htm or .eml" in text


def test_unknown_slash_command_is_answered_not_ignored(live):
    async def body():
        record = await live.fake.send_interaction("film rate", [])
        return await record.wait_final()

    message = live.run(body())
    assert "don't know that command" in message["content"]


def test_an_error_after_the_thinking_message_reaches_only_the_member(live):
    """The status command defers (public "thinking…"), then the engine fails: the member alone
    reads why, and the channel is left no "thinking…" message and no error."""
    def broken_status():
        raise IndexNotReady("The index is being built for the first time; try again in a minute.")

    async def body():
        manager = await live.member("unlucky-manager", permissions=MANAGE_GUILD)
        live.engine.status = broken_status
        try:
            record = await live.fake.send_interaction("filmadmin status", user=manager)
            message = await record.wait_final(timeout=10)
        finally:
            del live.engine.status
        return record, message

    record, message = live.run(body())
    assert record.deferred and not record.ephemeral  # the thinking message was public
    assert "first time" in message["content"] and int(message["flags"]) & MSG_FLAG_EPHEMERAL
    assert record.deleted
    assert not any("first time" in (m.get("content") or "") for m in live.fake.channel_messages(live.fake.channel_id))
