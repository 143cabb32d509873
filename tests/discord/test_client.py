"""bot/discord/client.py: the bot, its extensions, start-up failures, `filmbot sync`."""
from __future__ import annotations

import io
import logging

import pytest
from live_bot import MANAGE_GUILD, one_clear_line

from bot.discord.client import (
    EXTENSIONS, RedactToken, build_intents, run_bot, shard_options, sync_commands,
)
from bot.settings import Settings


def test_the_cogs_are_extensions_the_bot_loads(live):
    assert set(live.bot.extensions) == set(EXTENSIONS)
    assert set(live.bot.cogs) == {"ErrorHandler", "Films", "Admin"}


def test_commands_registered_with_admin_hidden_by_default(live):
    film = live.fake.find_command("film")
    admin = live.fake.find_command("filmadmin")
    assert {o["name"] for o in film["options"]} == {
        "ask", "plot", "cast", "crew", "awards", "critics", "info", "films"}
    assert int(admin["default_member_permissions"]) == MANAGE_GUILD


def test_token_is_redacted_from_messages_and_tracebacks():
    token = "MTIz.secret.token"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactToken(token))
    logger = logging.getLogger("test_redaction")
    logger.addHandler(handler)
    try:
        try:
            raise RuntimeError(f"bad {token}")
        except RuntimeError:
            logger.exception("token was %s", token)
    finally:
        logger.removeHandler(handler)
    assert token not in stream.getvalue()
    assert "[token redacted]" in stream.getvalue()


def test_intents_are_non_privileged_unless_asked():
    assert not build_intents(Settings(message_content_intent=False)).message_content
    assert build_intents(Settings(message_content_intent=True)).message_content
    assert not build_intents(Settings()).members


def test_shard_ids_need_a_shard_count():
    assert shard_options(Settings()) == {}
    assert shard_options(Settings(shard_count=4, shard_ids=[0, 1])) == {"shard_count": 4,
                                                                        "shard_ids": [0, 1]}
    with pytest.raises(ValueError):
        shard_options(Settings(shard_ids=[0]))


# -- start-up failures ------------------------------------------------------------------------

def test_bad_token_is_one_clear_line(live, capsys, root_logging):
    settings = Settings(_env_file=None, **{**live.settings.model_dump(exclude={"token"}),
                                           "DISCORD_TOKEN": "not-a-real-token",
                                           "log_level": "INFO"})
    assert run_bot(settings, engine=live.engine) == 2
    captured = capsys.readouterr()
    one_clear_line(captured.err, "rejected the token")
    assert "not-a-real-token" not in captured.err + captured.out


def test_missing_token_is_one_clear_line(live, capsys, root_logging, monkeypatch):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("FILMBOT_TOKEN", raising=False)
    assert run_bot(Settings(_env_file=None), engine=live.engine) == 2
    one_clear_line(capsys.readouterr().err, "DISCORD_TOKEN")


def test_disallowed_intent_is_one_clear_line(live, capsys, root_logging):
    settings = Settings(_env_file=None, **{**live.settings.model_dump(exclude={"token"}),
                                           "DISCORD_TOKEN": live.fake.token,
                                           "message_content_intent": True,
                                           "log_level": "INFO"})
    allowed = live.fake.allowed_privileged_intents
    live.loop.call_soon_threadsafe(live.fake.refuse_privileged_intents)
    try:
        code = run_bot(settings, engine=live.engine)
    finally:
        live.loop.call_soon_threadsafe(setattr, live.fake, "allowed_privileged_intents", allowed)
    assert code == 2
    captured = capsys.readouterr()
    one_clear_line(captured.err, "Message Content Intent")
    assert live.fake.token not in captured.err + captured.out


def test_cli_sync_logs_in_syncs_and_says_how_many(live, capsys, root_logging):
    settings = Settings(_env_file=None, **{**live.settings.model_dump(exclude={"token"}),
                                           "DISCORD_TOKEN": live.fake.token})
    assert sync_commands(settings, guild_id=live.fake.guild_id) == 0
    assert "Synced 2 commands to guild" in capsys.readouterr().out
