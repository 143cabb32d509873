"""bot/discord/client.py: the bot, its extensions, start-up failures, `filmbot sync`."""
from __future__ import annotations

import io
import logging
import socket
from pathlib import Path

import discord
import discord.http
import pytest
from fake_discord import FakeDiscord
from live_bot import MANAGE_GUILD, make_settings, one_clear_line

from bot.cli import main

from bot.discord.client import (
    EXTENSIONS, FilmBot, RedactToken, build_intents, run_bot, shard_options, sync_commands,
)
from bot.settings import Settings


def test_the_cogs_are_extensions_the_bot_loads(live):
    assert set(live.bot.extensions) == set(EXTENSIONS)
    assert set(live.bot.cogs) == {"ErrorHandler", "Films", "Admin"}


def test_commands_registered_with_admin_hidden_by_default(live):
    film = live.fake.find_command("film")
    admin = live.fake.find_command("filmadmin")
    assert {o["name"] for o in film["options"]} == {
        "ask", "plot", "cast", "crew", "awards", "critics", "info", "similar", "films"}
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


# -- Discord unreachable ----------------------------------------------------------------------

@pytest.fixture
def discord_at():
    """Point discord.py at another address (as the fake does), and back afterwards."""
    saved = discord.http.Route.BASE

    def point(base: str) -> None:
        discord.http.Route.BASE = base

    yield point
    discord.http.Route.BASE = saved


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("command", [["run"], ["sync"], ["sync", "--clear"]])
def test_discord_unreachable_is_one_line_exit_2_and_says_a_restart_will_do(
        live, capsys, root_logging, discord_at, monkeypatch, command):
    port = closed_port()
    discord_at(f"http://127.0.0.1:{port}/api/v10")
    monkeypatch.setenv("DISCORD_TOKEN", live.fake.token)
    code = main([*command, "--corpus", str(live.settings.corpus_dir), "--index", str(live.settings.index_dir)])
    err = capsys.readouterr().err
    assert code == 2
    one_clear_line(err, f"cannot reach Discord at 127.0.0.1:{port}")
    line = next(line for line in err.splitlines() if line.startswith("filmbot:"))
    assert "supervisor" in line and "restart" in line
    assert live.fake.token not in err


def test_an_unknown_discord_host_names_the_host_and_the_lookup(live, capsys, root_logging, discord_at):
    discord_at("http://discord.invalid/api/v10")
    settings = Settings(_env_file=None, DISCORD_TOKEN=live.fake.token, log_level="INFO")
    assert sync_commands(settings) == 2
    one_clear_line(capsys.readouterr().err, "cannot reach Discord at discord.invalid:80: looking up the name failed")


# -- the start-up log -------------------------------------------------------------------------

def test_start_log_is_one_line_per_stage_without_warnings_that_do_not_apply(live):
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    for name in ("bot", "discord"):
        logging.getLogger(name).addHandler(handler)
    discord.VoiceClient.warn_nacl = True  # as in a fresh process without PyNaCl

    async def body():
        fake = FakeDiscord()
        await fake.start()
        settings = make_settings(Path(live.settings.corpus_dir).parent, message_content_intent=False,
                                 log_level="INFO")
        bot = FilmBot(settings, engine=live.engine, guild_ready_timeout=0.05)
        try:
            async with fake.run_bot(bot):
                await bot.index_task
                await fake.wait_until(lambda: any("Slash commands" in r.getMessage() for r in records), timeout=5)
        finally:
            await fake.stop()

    previous = {name: logging.getLogger(name).level for name in ("bot", "discord")}
    for name in previous:
        logging.getLogger(name).setLevel(logging.INFO)
    try:
        live.run(body())
    finally:
        for name, level in previous.items():
            logging.getLogger(name).setLevel(level)
            logging.getLogger(name).removeHandler(handler)
    said = [r.getMessage() for r in records if r.name.startswith("bot")]
    assert any(m.startswith("Logged in as FilmBot (id ") for m in said), said
    assert any(m.startswith("Index: generation ") and "up to date with the corpus" in m for m in said), said
    assert "Connected to the gateway: 1 guild(s), 1 shard(s)" in said
    assert any(m.startswith("Slash commands: none registered globally; run `filmbot sync`") for m in said), said
    warnings = [r.getMessage() for r in records if r.levelno >= logging.WARNING]
    assert not warnings, warnings


def test_the_settings_line_says_where_each_came_from_and_never_the_token(live, capsys, root_logging):
    settings = Settings(_env_file=None, **{**live.settings.model_dump(exclude={"token"}),
                                           "DISCORD_TOKEN": "not-a-real-token", "log_level": "INFO"})
    assert run_bot(settings, engine=live.engine) == 2
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if "Settings: token from" in line)
    assert f"corpus {live.settings.corpus_dir}" in line and "message content intent on" in line
    assert "not-a-real-token" not in err
