"""bot/discord/probe.py: `filmbot doctor --online` against the fake Discord."""
from __future__ import annotations

import base64

import pytest

from bot.discord.client import sync_commands
from bot.doctor import doctor
from bot.settings import Settings

SHAPED = base64.urlsafe_b64encode(b"4242424242").decode().rstrip("=") + ".GaBcDe.s3cr3t-0123456789"


@pytest.fixture
def online(live, capsys, root_logging, monkeypatch, tmp_path):
    """Run `doctor --online` with the fake's token; returns (exit code, output)."""
    monkeypatch.chdir(tmp_path)  # no .env
    live.fake.valid_tokens.add(SHAPED)  # shaped like a real bot token, so the offline check passes

    def run(token=SHAPED, **overrides):
        settings = Settings(_env_file=None, **{**live.settings.model_dump(exclude={"token"}),
                                               "DISCORD_TOKEN": token, **overrides})
        code = doctor(settings, online=True)
        out, err = capsys.readouterr()
        assert token not in out + err and "s3cr3t" not in out + err
        return code, out

    return run


def discord_lines(out: str) -> list[str]:
    lines = out.splitlines()
    return lines[next(n for n, line in enumerate(lines) if " Discord: " in line):]


def test_online_checks_name_the_application_intent_invite_and_commands(live, online):
    code, out = online()
    lines = discord_lines(out)
    assert lines[0].startswith("✓ Discord: logged in as FilmBot") and f"id {live.fake.application_id}" in lines[0]
    assert lines[1].startswith("✓ Message Content intent: requested") or "not requested" in lines[1]
    assert lines[2].startswith("✓ invite URL") and f"client_id={live.fake.application_id}" in lines[2]
    assert "permissions=274878024704" in lines[2] and "scope=bot+applications.commands" in lines[2]
    assert lines[3].startswith("✓ slash commands: film, filmadmin registered globally; 1 guild(s) checked")
    assert code == 0, out


def test_an_intent_the_settings_need_but_the_portal_lacks(live, online):
    allowed = live.fake.allowed_privileged_intents
    live.fake.allowed_privileged_intents = 0
    try:
        code, out = online(message_content_intent=True)
        quiet_code, quiet_out = online(message_content_intent=False)
    finally:
        live.fake.allowed_privileged_intents = allowed
    assert code == 1 and "✗ Message Content intent: requested (FILMBOT_MESSAGE_CONTENT_INTENT=true) but not enabled" in out
    assert "✓ Message Content intent: not requested, not enabled in the Developer Portal" in quiet_out


def test_a_guild_copy_on_top_of_the_global_commands_is_found_and_cleared(live, online, capsys):
    guild = live.fake.guild_id
    assert sync_commands(Settings(_env_file=None, DISCORD_TOKEN=live.fake.token), guild_id=guild) == 0
    capsys.readouterr()
    code, out = online()
    assert code == 1 and f"✗ guild Test Guild ({guild}) also has its own copy of film, filmadmin" in out
    assert f"run `filmbot sync --clear --guild {guild}`" in out
    assert sync_commands(Settings(_env_file=None, DISCORD_TOKEN=live.fake.token), guild_id=guild,
                         clear=True) == 0
    said = capsys.readouterr().out
    assert f"Removed 2 commands copied to guild {guild}." in said and "Synced 2 commands globally" in said
    assert not live.fake.registered_commands.get(guild)
    code, out = online()
    assert code == 0 and "also has its own copy" not in out, out


def test_clear_without_a_guild_clears_every_guild(live, capsys, root_logging):
    settings = Settings(_env_file=None, DISCORD_TOKEN=live.fake.token)
    assert sync_commands(settings, guild_id=live.fake.guild_id) == 0
    assert sync_commands(settings, clear=True) == 0
    said = capsys.readouterr().out
    assert f"Removed 2 commands copied to guild {live.fake.guild_id} (Test Guild)." in said
    assert not live.fake.registered_commands.get(live.fake.guild_id)


def test_a_token_discord_rejects(online):
    token = base64.urlsafe_b64encode(b"42").decode().rstrip("=") + ".abc.def"
    code, out = online(token=token)
    assert code == 1 and "✗ Discord: Discord rejected the token" in out
