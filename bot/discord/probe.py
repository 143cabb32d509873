"""`filmbot doctor --online`: log in over HTTP (no gateway) and check the application on Discord.

Returns (ok, line) pairs for the doctor to print: who the bot is, whether the Message Content
intent is enabled where the settings need it, the invite URL with exactly the permissions FilmBot
needs, and where its slash commands are registered (globally, per guild, duplicates).
"""
from __future__ import annotations

import discord

from bot.discord.client import REJECTED_TOKEN, CommandsOnly, FilmBot, describe_unreachable
from bot.settings import Settings

# View Channels, Send Messages (+ in Threads), Embed Links, Attach Files (the full problem list
# after a reindex), Read Message History (to reply to a message): 274878024704.
PERMISSIONS = discord.Permissions(view_channel=True, send_messages=True,
                                  send_messages_in_threads=True, embed_links=True,
                                  attach_files=True, read_message_history=True)
SCOPES = ("bot", "applications.commands")
GUILDS_CHECKED = 10  # one request per guild: enough to spot duplicates without hitting rate limits

Line = tuple[bool, str]


def invite_url(application_id: int) -> str:
    return discord.utils.oauth_url(application_id, permissions=PERMISSIONS, scopes=SCOPES)


async def probe(settings: Settings, token: str) -> list[Line]:
    lines: list[Line] = []
    bot = FilmBot(settings, engine=CommandsOnly())
    try:
        async with bot:
            await bot.login(token)  # also runs setup_hook: the tree holds this version's commands
            app = await bot.application_info()
            lines.append((True, f"Discord: logged in as {bot.user} (application {app.name!r}, "
                                f"id {app.id})"))
            lines.append(intent_line(settings, app.flags))
            lines.append((True, f"invite URL (scopes bot and applications.commands, permissions "
                                f"{PERMISSIONS.value}): {invite_url(app.id)}"))
            lines.extend(await command_lines(bot))
    except discord.LoginFailure:
        lines.append((False, "Discord: " + REJECTED_TOKEN.removeprefix("filmbot: ")))
    except Exception as error:  # noqa: BLE001 - anything else is "can't reach Discord"
        unreachable = describe_unreachable(error)
        if unreachable is None:
            raise
        lines.append((False, "Discord: " + unreachable))
    return lines


def intent_line(settings: Settings, flags: discord.ApplicationFlags) -> Line:
    enabled = flags.gateway_message_content or flags.gateway_message_content_limited
    portal = "enabled" if enabled else "not enabled"
    if settings.message_content_intent:
        if enabled:
            return True, ("Message Content intent: requested (FILMBOT_MESSAGE_CONTENT_INTENT) and "
                          "enabled in the Developer Portal")
        return False, ("Message Content intent: requested (FILMBOT_MESSAGE_CONTENT_INTENT=true) but "
                       "not enabled: enable it in the Developer Portal (Bot → Privileged Gateway "
                       "Intents) or set FILMBOT_MESSAGE_CONTENT_INTENT=false")
    return True, (f"Message Content intent: not requested, {portal} in the Developer Portal; "
                  "FilmBot needs no privileged intent")


async def command_lines(bot: FilmBot) -> list[Line]:
    expected = sorted(c.name for c in bot.tree.get_commands())
    registered = sorted(c.name for c in await bot.tree.fetch_commands())
    guilds = [guild async for guild in bot.fetch_guilds(limit=200)]
    copies = []  # (guild, command names) of guilds holding their own copy
    for guild in guilds[:GUILDS_CHECKED]:
        names = sorted(c.name for c in await bot.tree.fetch_commands(guild=guild))
        if names:
            copies.append((guild, names))
    checked = (f"{GUILDS_CHECKED} of {len(guilds)} guilds checked" if len(guilds) > GUILDS_CHECKED
               else f"{len(guilds)} guild(s) checked")
    if registered == expected:
        lines = [(True, f"slash commands: {', '.join(expected)} registered globally; {checked}")]
    elif not registered and copies:
        lines = [(True, f"slash commands: registered per guild only; {checked}; run `filmbot sync` "
                        "to register them for every server")]
    else:
        lines = [(False, f"slash commands registered globally: {', '.join(registered) or 'none'}, "
                         f"this version has {', '.join(expected)}: run `filmbot sync`")]
    for guild, names in copies:
        if registered:  # a guild copy on top of the global commands: members see both
            lines.append((False, f"guild {guild.name} ({guild.id}) also has its own copy of "
                                 f"{', '.join(names)}, so members there see each command twice: "
                                 f"run `filmbot sync --clear --guild {guild.id}`"))
        else:
            lines.append((True, f"guild {guild.name} ({guild.id}) has {', '.join(names)}"))
    return lines
