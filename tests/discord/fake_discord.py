"""A Discord-compatible fake server for end-to-end tests of the real discord.py client.

``FakeDiscord`` is an aiohttp web server bound to ``127.0.0.1`` (random free port) that
speaks enough of Discord's REST API v10 and gateway v10 for a real ``commands.Bot`` /
``commands.AutoShardedBot`` (app_commands, hybrid commands, views) to log in, become ready,
receive events and answer them.  Nothing inside discord.py is mocked: the fake only changes
*where* discord.py connects (``discord.http.Route.BASE`` and
``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``).  It records everything the bot does
and rejects what real Discord would reject.

IMPORTANT: ``tests/discord`` must never get an ``__init__.py``: ``tests/`` has none either, so
pytest (prepend import mode) would import this directory as the package ``discord`` and
shadow discord.py.  Test modules living in ``tests/discord`` just ``from fake_discord import
FakeDiscord`` (pytest puts the directory on ``sys.path``).

Quick start
===========
::

    from fake_discord import FakeDiscord, run_with_fake

    def test_film_ask():
        async def body(fake: FakeDiscord):
            bot = make_bot()                      # commands.Bot(..., guild_ready_timeout=0.05)
            async with fake.run_bot(bot):         # patches discord.py, logs in, waits for ready
                rec = await fake.send_interaction("film ask", {"question": "who?"})
                msg = await rec.wait_final()      # the visible answer (after defer/edits/followups)
                assert "Almodóvar" in message_text(msg)
        run_with_fake(body, deadline=3.0)        # asyncio.run + start/stop, 30 s guard

The ``run_fake`` fixture in ``tests/discord/conftest.py`` is ``run_with_fake``.

Lifecycle and wiring
====================
``FakeDiscord(*, deadline=3.0, token="fake-bot-token", webhook_token_ttl=900.0,
bot_name="FilmBot", default_guild=True, shards=1, echo_bot_messages=True)``

* ``await fake.start()`` / ``await fake.stop()``, or ``async with FakeDiscord() as fake``.
* ``fake.port``, ``fake.base_url`` (``http://127.0.0.1:PORT``), ``fake.api_base``
  (``.../api/v10``), ``fake.gateway_url`` (``ws://127.0.0.1:PORT/gateway``).
* ``fake.patched_discord()``: context manager (``with`` or ``async with``) that sets
  ``Route.BASE`` / ``DEFAULT_GATEWAY`` and restores them.  Interaction webhooks (followups,
  ``edit_original_response``) use ``Route.BASE`` too, so they reach the fake as well.
* ``async with fake.run_bot(bot, token=None, timeout=10)``: patches, starts ``bot.start(token)``
  in a task, waits until ``bot.is_ready()`` (re-raising LoginFailure/PrivilegedIntentsRequired
  etc. if the bot dies first), yields the bot, then closes it.  Pass a short
  ``guild_ready_timeout`` (e.g. 0.05) to the bot.  For ``AutoShardedBot`` override
  ``before_identify_hook`` with a no-op, otherwise discord.py sleeps 5 s between shards.
* ``fake.token`` (the one valid token; ``fake.valid_tokens`` is a set you may edit).  Any other
  token: ``GET /users/@me`` → 401 → discord.py raises ``LoginFailure``; the gateway closes
  with 4004.
* ``fake.allowed_privileged_intents``: bitmask of privileged intents the "developer portal"
  enables (default: members | presences | message_content).  Identify with a privileged
  intent outside it → gateway close 4014 → ``PrivilegedIntentsRequired``.
  ``fake.refuse_privileged_intents()`` sets it to 0.
* ``fake.recommended_shards`` (``GET /gateway/bot``'s ``shards``; constructor ``shards=``).
  Guilds go to shard ``(guild_id >> 22) % shard_count``; DMs to shard 0.  Generated guild
  ids alternate parity, so two guilds land on two different shards.

World model (all ids are ints; payload dicts are what Discord would send)
========================================================================
* ``fake.bot_user`` (dict), ``fake.bot_user_id``, ``fake.application_id`` (== bot user id).
* ``fake.add_user(username, *, id=None, bot=False, global_name=None) -> int``
* ``fake.add_guild(name="Test Guild", *, id=None, owner_id=None, everyone_permissions=...,
  channel_name="general") -> int`` (creates the @everyone role, a text channel and adds the
  bot as member).  If a bot is already connected, GUILD_CREATE is dispatched.
* ``fake.add_channel(guild_id=None, name="general", *, id=None, type=0, topic=None) -> int``
* ``fake.add_role(guild_id, name, permissions=0) -> int``
* ``fake.add_member(user_id, guild_id=None, *, permissions=None, roles=(), nick=None)`` —
  ``permissions`` (int / str / ``discord.Permissions``) creates a role carrying them.
* ``fake.dm_channel(user_id) -> int`` (type 1 channel, no guild_id).
* ``fake.add_attachment(data: bytes, filename, *, content_type=None) -> dict``: an attachment
  payload whose ``url`` the fake serves at ``GET``, so ``Attachment.read()`` works.
* Defaults created when ``default_guild=True``: ``fake.guild_id``, ``fake.channel_id``
  (text channel "general"), ``fake.user_id`` (member "alice", default permissions),
  and ``fake.owner_id`` (the guild owner).
* ``fake.default_permissions``: @everyone permissions used for new guilds (view channel,
  send messages, embed links, attach files, read history, add reactions, use app commands…).

Stimuli (things users do)
=========================
* ``await fake.send_interaction(name, options=None, *, user=None, guild=None, channel=None,
  dm=False, member_permissions=None, locale="en-US", app_permissions=None) -> InteractionRecord``
  ``name`` is the full command path: ``"film ask"`` (or ``"film admin add"`` for groups).
  ``options``: a dict ``{option_name: value}`` — types come from the registered command
  (what the bot synced with ``tree.sync()``) or are inferred from the Python value
  (str→3, bool→5, int→4, float→10, attachment dict from ``add_attachment``→11 with
  ``data.resolved.attachments``); a list of raw option dicts is sent verbatim.
  ``member_permissions`` (e.g. ``"0"``) forges the ``member.permissions`` string; by default
  it is computed from the member's roles (owner / ADMINISTRATOR → all bits).
  ``guild_id`` is put in ``data`` only when the command is registered as a guild command.
* ``await fake.send_autocomplete(name, options, focused, **same_kwargs) -> list[choice]``
  (type 4; waits for the type 8 callback; ``raw=True`` returns the InteractionRecord).
* ``await fake.send_component_click(message, custom_id, *, user=None, component_type=2,
  values=None) -> InteractionRecord`` (type 3; ``message`` is a message dict or id).
* ``await fake.send_message(content="", *, author=None, channel=None, dm=False, mentions=(),
  attachments=(), embeds=(), reply_to=None) -> dict`` dispatches MESSAGE_CREATE.
  ``<@id>`` in the content is also parsed into ``mentions``.  Without the message_content
  intent the bot receives empty content/embeds/attachments/components, except in DMs and
  when the bot is mentioned (exactly like Discord).  ``dm=True`` uses the author's DM channel.
* ``await fake.dispatch(event, data, guild_id=None)``: raw gateway dispatch.

Observation
===========
* ``fake.requests``: every REST call (``RequestRecord``: method, path (without /api/v10),
  query, json (parsed JSON or multipart ``payload_json``), files, status, response, at).
  ``fake.rejected_requests`` = those answered >= 400.
* ``fake.interactions`` {id: InteractionRecord}; ``fake.last_interaction``.
* ``InteractionRecord``: ``payload`` (the INTERACTION_CREATE data), ``dispatched_at``,
  ``callbacks`` (every attempt: type/data/status/body/at), ``callback_type``,
  ``callback_data``, ``time_to_ack``, ``acknowledged``, ``deferred``, ``ephemeral``,
  ``response`` (the original response message, kept current by edits), ``edits`` (PATCH
  bodies, plus ``_target``: ``"@original"`` or the followup id), ``followups`` (message
  dicts), ``choices`` (autocomplete), ``rejections``, ``deleted``.  As documented by
  Discord, the first followup after a type-5 defer fills in the "thinking…" original
  response (same message id, ephemerality kept) instead of creating a new message, unless
  that response was deleted first.  ``await rec.wait_callback(timeout)`` (any attempt, accepted or not),
  ``await rec.wait_acknowledged(timeout)`` (AssertionError if the callback was rejected),
  ``await rec.wait_final(timeout)`` → the last visible message (non-loading original
  response or latest followup); ``rec.final_content``; ``rec.messages``.
* Messages: ``fake.channel_messages(channel_id)`` (current state, in order; ephemeral
  interaction responses are not part of channel history), ``fake.messages`` (every message
  ever created, including ephemeral ones), ``fake.bot_messages(channel_id=None)``,
  ``await fake.wait_for_message(predicate=None, *, channel=None, author=None, timeout=5,
  after=0)`` — first message in ``fake.messages[after:]`` from ``author`` (default: the bot)
  matching ``predicate``; pass ``after=len(fake.messages)`` to ignore older messages.
  ``fake.message(message_id)`` looks one up.
  Message dicts additionally carry ``allowed_mentions`` (as sent by the bot, if any), and
  ``mentions``/``mention_everyone`` reflect who would actually be pinged under it.
* ``message_text(msg)`` (module function): content + embed titles/descriptions/fields/footers.
* ``fake.registered_commands``: ``{None: [global commands], guild_id: [guild commands]}``,
  bodies as PUT/POST (with ids assigned); ``fake.find_command(name, guild_id=None)``.
* ``fake.typing`` (channel ids, one per POST /typing), ``fake.reactions`` (list of
  (channel_id, message_id, emoji) added by the bot), ``fake.identifies`` (IDENTIFY payloads),
  ``fake.presence_updates``, ``fake.sessions`` (connected gateway sessions),
  ``fake.gateway_closes`` ((code, reason) of every close the fake initiated, e.g. 4014).
* ``await fake.wait_until(predicate, timeout=5)``: waits until ``predicate()`` is truthy
  (re-checked on every state change of the fake and every 20 ms, so predicates over the
  bot's own state work too); returns its value, raises ``TimeoutError``.

What is enforced (HTTP 400 code 50035 "Invalid Form Body" with a Discord-shaped ``errors``)
==========================================================================================
* message content ≤ 2000; ≤ 10 embeds; embed title ≤ 256, description ≤ 4096, ≤ 25 fields,
  field name ≤ 256 and value ≤ 1024 (both required, non-empty), footer text ≤ 2048,
  author name ≤ 256, total embed characters ≤ 6000; ≤ 5 action rows of ≤ 5 components,
  custom_id ≤ 100, button label ≤ 80, select options ≤ 25 (components v2: ≤ 40 in total);
  applies to channel messages, interaction responses (errors nested under ``data``),
  followups and all edits.  A new message with nothing in it → 50006 "Cannot send an empty
  message".
* autocomplete: ≤ 25 choices, name 1..100 chars, string value ≤ 100 chars.
* command registration: names 1..32 lowercase ``[-_a-z0-9]`` (chat input), descriptions
  1..100, ≤ 25 options, ≤ 25 choices, required options before optional ones.
* interaction callbacks: more than ``deadline`` s after dispatch → 404 code 10062 "Unknown
  interaction"; a second callback → 400 code 40060 "Interaction has already been
  acknowledged"; unknown interaction id / wrong token → 10062 / 50027.
* webhook (followup / @original) tokens expire after ``webhook_token_ttl`` s (401 50027);
  followups before any acknowledgement → 404 10015 "Unknown Webhook"; editing @original
  when there is none → 404 10008 "Unknown Message".
* REST without ``Authorization: Bot <valid token>`` → 401 (webhook/interaction routes excepted).
* Unknown routes → 404 ``{"code": 0, "message": "404: Not Found"}`` (recorded).
* Gateway intents: MESSAGE_CREATE/UPDATE only for GUILD_MESSAGES / DIRECT_MESSAGES,
  GUILD_CREATE only with GUILDS, member list in GUILD_CREATE only with GUILD_MEMBERS,
  message content stripping without MESSAGE_CONTENT (see above).

Known gaps: no rate limits (429), no voice, no threads/forums, no modals' content
validation, no permission checks on what the bot may do in a channel (it can post
everywhere), no default_member_permissions filtering of commands (forged interactions are
delivered as given), RESUME just answers RESUMED without replay, no zlib/zstd compression
(frames are sent as text, which discord.py accepts), REST message reads (GET) are not
stripped for the message-content intent (only gateway events are), no 5-followup limit for
user-installed apps, one ``deadline`` for all interaction types.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import itertools
import json
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from aiohttp import web
import yarl

__all__ = [
    "FakeDiscord",
    "InteractionRecord",
    "RequestRecord",
    "GatewaySession",
    "message_text",
    "run_with_fake",
    "validate_message_body",
    "validate_autocomplete_choices",
    "INTENTS",
]

DISCORD_EPOCH_MS = 1420070400000

# Gateway intent bits (https://discord.com/developers/docs/events/gateway#gateway-intents)
INTENTS = {
    "guilds": 1 << 0,
    "members": 1 << 1,
    "guild_messages": 1 << 9,
    "guild_reactions": 1 << 10,
    "dm_messages": 1 << 12,
    "dm_reactions": 1 << 13,
    "presences": 1 << 8,
    "message_content": 1 << 15,
}
PRIVILEGED_INTENTS = INTENTS["members"] | INTENTS["presences"] | INTENTS["message_content"]

# Permission bits
P_ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 53) - 1
DEFAULT_EVERYONE_PERMISSIONS = (
    (1 << 6)  # add reactions
    | (1 << 10)  # view channel
    | (1 << 11)  # send messages
    | (1 << 14)  # embed links
    | (1 << 15)  # attach files
    | (1 << 16)  # read message history
    | (1 << 17)  # mention everyone (default on in Discord)
    | (1 << 18)  # external emojis
    | (1 << 26)  # change nickname
    | (1 << 31)  # use application commands
    | (1 << 38)  # send messages in threads
)

MSG_FLAG_EPHEMERAL = 1 << 6
MSG_FLAG_LOADING = 1 << 7
MSG_FLAG_COMPONENTS_V2 = 1 << 15

JSON = Dict[str, Any]


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

def _json_response(data: Any, status: int = 200) -> web.Response:
    """JSON reply with Content-Type exactly ``application/json`` (discord.py compares it)."""
    resp = web.Response(status=status, body=json.dumps(data).encode())
    resp.headers["Content-Type"] = "application/json"
    return resp


def _error(status: int, code: int, message: str, errors: Optional[JSON] = None) -> web.Response:
    body: JSON = {"message": message, "code": code}
    if errors:
        body["errors"] = errors
    return _json_response(body, status)


def _now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat()


def _perm_int(value: Any) -> int:
    if value is None:
        return 0
    if hasattr(value, "value"):  # discord.Permissions
        return int(value.value)
    return int(value)


def _max_len_error(limit: int) -> JSON:
    return {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": f"Must be {limit} or fewer in length."}]}


def _between_error(lo: int, hi: int) -> JSON:
    return {"_errors": [{"code": "BASE_TYPE_BAD_LENGTH", "message": f"Must be between {lo} and {hi} in length."}]}


def _required_error() -> JSON:
    return {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}


def message_text(message: Optional[JSON]) -> str:
    """Content plus all human-visible embed text of a message dict (for assertions)."""
    if not message:
        return ""
    parts: List[str] = [message.get("content") or ""]
    for emb in message.get("embeds") or []:
        for key in ("title", "description"):
            if emb.get(key):
                parts.append(str(emb[key]))
        if (emb.get("author") or {}).get("name"):
            parts.append(emb["author"]["name"])
        for f in emb.get("fields") or []:
            parts.append(str(f.get("name", "")))
            parts.append(str(f.get("value", "")))
        if (emb.get("footer") or {}).get("text"):
            parts.append(emb["footer"]["text"])
    return "\n".join(p for p in parts if p)


def _embed_size(emb: JSON) -> int:
    total = len(emb.get("title") or "") + len(emb.get("description") or "")
    total += len((emb.get("footer") or {}).get("text") or "")
    total += len((emb.get("author") or {}).get("name") or "")
    for f in emb.get("fields") or []:
        total += len(str(f.get("name") or "")) + len(str(f.get("value") or ""))
    return total


def _validate_components(components: Any, v2: bool) -> JSON:
    errors: JSON = {}
    if not isinstance(components, list):
        return errors

    def walk(items: Iterable[Any]) -> int:
        n = 0
        for c in items:
            if isinstance(c, dict):
                n += 1
                for key in ("components",):
                    if isinstance(c.get(key), list):
                        n += walk(c[key])
                if isinstance(c.get("accessory"), dict):
                    n += walk([c["accessory"]])
        return n

    if v2:
        if walk(components) > 40:
            errors["components"] = {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 40 or fewer in length."}]}
        return errors

    if len(components) > 5:
        errors["components"] = _max_len_error(5)
        return errors
    comp_errors: JSON = {}
    for i, row in enumerate(components):
        if not isinstance(row, dict):
            continue
        row_err: JSON = {}
        children = row.get("components") or []
        if row.get("type") == 1 and not 1 <= len(children) <= 5:
            row_err["components"] = _between_error(1, 5)
        else:
            child_errs: JSON = {}
            for j, child in enumerate(children):
                ce: JSON = {}
                if isinstance(child.get("custom_id"), str) and len(child["custom_id"]) > 100:
                    ce["custom_id"] = _max_len_error(100)
                if isinstance(child.get("label"), str) and len(child["label"]) > 80:
                    ce["label"] = _max_len_error(80)
                if isinstance(child.get("options"), list) and len(child["options"]) > 25:
                    ce["options"] = _max_len_error(25)
                if ce:
                    child_errs[str(j)] = ce
            if child_errs:
                row_err["components"] = child_errs
        if row_err:
            comp_errors[str(i)] = row_err
    if comp_errors:
        errors["components"] = comp_errors
    return errors


def validate_message_body(body: Optional[JSON]) -> JSON:
    """Discord's documented message limits. Returns a (possibly empty) ``errors`` dict."""
    errors: JSON = {}
    if not isinstance(body, dict):
        return errors
    content = body.get("content")
    if isinstance(content, str) and len(content) > 2000:
        errors["content"] = _max_len_error(2000)
    embeds = body.get("embeds")
    if isinstance(embeds, list):
        if len(embeds) > 10:
            errors["embeds"] = _max_len_error(10)
        else:
            emb_errors: JSON = {}
            for i, emb in enumerate(embeds):
                if not isinstance(emb, dict):
                    continue
                e: JSON = {}
                if len(emb.get("title") or "") > 256:
                    e["title"] = _max_len_error(256)
                if len(emb.get("description") or "") > 4096:
                    e["description"] = _max_len_error(4096)
                fields = emb.get("fields") or []
                if len(fields) > 25:
                    e["fields"] = _max_len_error(25)
                else:
                    ferrs: JSON = {}
                    for j, f in enumerate(fields):
                        fe: JSON = {}
                        name, value = f.get("name"), f.get("value")
                        if name is None or str(name) == "":
                            fe["name"] = _required_error()
                        elif len(str(name)) > 256:
                            fe["name"] = _max_len_error(256)
                        if value is None or str(value) == "":
                            fe["value"] = _required_error()
                        elif len(str(value)) > 1024:
                            fe["value"] = _max_len_error(1024)
                        if fe:
                            ferrs[str(j)] = fe
                    if ferrs:
                        e["fields"] = ferrs
                if len((emb.get("footer") or {}).get("text") or "") > 2048:
                    e["footer"] = {"text": _max_len_error(2048)}
                if len((emb.get("author") or {}).get("name") or "") > 256:
                    e["author"] = {"name": _max_len_error(256)}
                if not e and _embed_size(emb) > 6000:
                    e["_errors"] = [
                        {"code": "MAX_EMBED_SIZE_EXCEEDED", "message": "Embed size exceeds maximum size of 6000"}
                    ]
                if e:
                    emb_errors[str(i)] = e
            if emb_errors:
                errors["embeds"] = emb_errors
    flags = body.get("flags") or 0
    errors.update(_validate_components(body.get("components"), bool(int(flags) & MSG_FLAG_COMPONENTS_V2)))
    return errors


def validate_autocomplete_choices(data: Optional[JSON]) -> JSON:
    errors: JSON = {}
    choices = (data or {}).get("choices")
    if not isinstance(choices, list):
        return {"choices": _required_error()}
    if len(choices) > 25:
        return {"choices": _max_len_error(25)}
    cerrs: JSON = {}
    for i, ch in enumerate(choices):
        ce: JSON = {}
        name = ch.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            ce["name"] = _between_error(1, 100)
        value = ch.get("value")
        if isinstance(value, str) and len(value) > 100:
            ce["value"] = _max_len_error(100)
        if ce:
            cerrs[str(i)] = ce
    if cerrs:
        errors["choices"] = cerrs
    return errors


_NAME_RE = re.compile(r"^[-_\w]{1,32}$")


def _validate_command(cmd: JSON) -> JSON:
    errors: JSON = {}
    ctype = cmd.get("type", 1)
    name = cmd.get("name")
    if not isinstance(name, str) or not _NAME_RE.match(name) or (ctype == 1 and name != name.lower()):
        errors["name"] = {"_errors": [{"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}]}
    if ctype == 1:
        desc = cmd.get("description")
        if not isinstance(desc, str) or not 1 <= len(desc) <= 100:
            errors["description"] = _between_error(1, 100)
    opts = cmd.get("options") or []
    if len(opts) > 25:
        errors["options"] = _max_len_error(25)
    else:
        oerrs: JSON = {}
        seen_optional = False
        for i, opt in enumerate(opts):
            oe = _validate_command(dict(opt, type=1)) if opt.get("type") in (1, 2) else {}
            if opt.get("type") not in (1, 2):
                oname = opt.get("name")
                if not isinstance(oname, str) or not _NAME_RE.match(oname) or oname != oname.lower():
                    oe["name"] = {"_errors": [{"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Option name is invalid"}]}
                desc = opt.get("description")
                if not isinstance(desc, str) or not 1 <= len(desc) <= 100:
                    oe["description"] = _between_error(1, 100)
                if opt.get("required"):
                    if seen_optional:
                        oe["required"] = {"_errors": [{"code": "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "message": "Required options must be placed before non-required options"}]}
                else:
                    seen_optional = True
                choices = opt.get("choices") or []
                if len(choices) > 25:
                    oe["choices"] = _max_len_error(25)
                else:
                    ce = validate_autocomplete_choices({"choices": choices}).get("choices")
                    if ce:
                        oe["choices"] = ce
            if oe:
                oerrs[str(i)] = oe
        if oerrs:
            errors["options"] = oerrs
    return errors


# --------------------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------------------

@dataclass
class RequestRecord:
    method: str
    path: str  # without the /api/v10 prefix
    query: Dict[str, str]
    json: Any
    files: List[JSON]
    headers: Dict[str, str]
    at: float
    status: int = 0
    response: Any = None

    def __repr__(self) -> str:
        return f"<RequestRecord {self.method} {self.path} -> {self.status}>"


class InteractionRecord:
    """Everything that happened to one interaction (see module docstring)."""

    def __init__(self, fake: "FakeDiscord", payload: JSON):
        self._fake = fake
        self.payload: JSON = payload
        self.id: int = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.channel_id: Optional[int] = int(payload["channel_id"]) if payload.get("channel_id") else None
        self.guild_id: Optional[int] = int(payload["guild_id"]) if payload.get("guild_id") else None
        self.dispatched_at: Optional[float] = None  # loop.time() when the frame was written
        self.callbacks: List[JSON] = []  # every attempt: {type, data, status, body, at}
        self.callback_type: Optional[int] = None
        self.callback_data: Optional[JSON] = None
        self.acked_at: Optional[float] = None
        self.response: Optional[JSON] = None  # original response message (current state)
        self.edits: List[JSON] = []
        self.followups: List[JSON] = []
        self.choices: Optional[List[JSON]] = None
        self.rejections: List[JSON] = []  # {route, status, body}
        self.deleted: bool = False

    def __repr__(self) -> str:
        return f"<InteractionRecord id={self.id} type={self.type} callback_type={self.callback_type}>"

    # -- derived ------------------------------------------------------------------
    @property
    def acknowledged(self) -> bool:
        return self.callback_type is not None

    @property
    def time_to_ack(self) -> Optional[float]:
        if self.acked_at is None or self.dispatched_at is None:
            return None
        return self.acked_at - self.dispatched_at

    @property
    def deferred(self) -> bool:
        return self.callback_type in (5, 6)

    @property
    def ephemeral(self) -> bool:
        return bool(int((self.callback_data or {}).get("flags") or 0) & MSG_FLAG_EPHEMERAL)

    @property
    def messages(self) -> List[JSON]:
        """Visible messages: non-loading original response + followups (deduplicated)."""
        out: List[JSON] = []
        if self.response is not None and not (int(self.response.get("flags") or 0) & MSG_FLAG_LOADING) and not self.deleted:
            out.append(self.response)
        for f in self.followups:
            if all(f["id"] != m["id"] for m in out):
                out.append(f)
        return out

    @property
    def final_message(self) -> Optional[JSON]:
        msgs = self.messages
        return msgs[-1] if msgs else None

    @property
    def final_content(self) -> Optional[str]:
        m = self.final_message
        return None if m is None else m.get("content")

    # -- waiting ------------------------------------------------------------------
    async def wait_callback(self, timeout: float = 5.0) -> "InteractionRecord":
        await self._fake.wait_until(lambda: bool(self.callbacks), timeout=timeout,
                                    what=f"a callback for interaction {self.id}")
        return self

    async def wait_acknowledged(self, timeout: float = 5.0) -> "InteractionRecord":
        await self._fake.wait_until(lambda: self.acknowledged or bool(self.rejections), timeout=timeout,
                                    what=f"acknowledgement of interaction {self.id}")
        if not self.acknowledged:
            raise AssertionError(f"interaction {self.id} callback was rejected: {self.rejections}")
        return self

    async def wait_final(self, timeout: float = 5.0) -> JSON:
        """Wait for a visible message (not a 'thinking…' placeholder) and return the last one."""
        await self._fake.wait_until(lambda: bool(self.messages) or bool(self.rejections), timeout=timeout,
                                    what=f"a visible response to interaction {self.id}")
        if not self.messages:
            raise AssertionError(f"interaction {self.id} got no visible response; rejections: {self.rejections}")
        return self.messages[-1]


@dataclass
class GatewaySession:
    ws: web.WebSocketResponse
    session_id: str
    shard_id: int = 0
    shard_count: int = 1
    intents: int = 0
    identified: bool = False
    seq: int = 0
    identify: Optional[JSON] = None
    queue: "asyncio.Queue[Tuple[JSON, Optional[asyncio.Future]]]" = field(default_factory=asyncio.Queue)
    writer: Optional[asyncio.Task] = None

    def has(self, intent: str) -> bool:
        return bool(self.intents & INTENTS[intent])


# --------------------------------------------------------------------------------------
# the fake
# --------------------------------------------------------------------------------------

class _Patch:
    """Sync and async context manager pointing discord.py at the fake."""

    def __init__(self, fake: "FakeDiscord"):
        self._fake = fake
        self._saved: Optional[Tuple[str, Any]] = None

    def __enter__(self) -> "FakeDiscord":
        import discord.gateway
        import discord.http

        self._saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = self._fake.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self._fake.gateway_url)
        return self._fake

    def __exit__(self, *exc: Any) -> None:
        import discord.gateway
        import discord.http

        assert self._saved is not None
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._saved

    async def __aenter__(self) -> "FakeDiscord":
        return self.__enter__()

    async def __aexit__(self, *exc: Any) -> None:
        self.__exit__(*exc)


class FakeDiscord:
    def __init__(
        self,
        *,
        deadline: float = 3.0,
        token: str = "fake-bot-token",
        webhook_token_ttl: float = 900.0,
        bot_name: str = "FilmBot",
        default_guild: bool = True,
        shards: int = 1,
        echo_bot_messages: bool = True,
        attachment_size_limit: int = 10 * 1024 * 1024,
        host: str = "127.0.0.1",
    ):
        self.deadline = deadline
        self.webhook_token_ttl = webhook_token_ttl
        self.token = token
        self.valid_tokens = {token}
        self.allowed_privileged_intents = PRIVILEGED_INTENTS
        self.recommended_shards = shards
        self.echo_bot_messages = echo_bot_messages
        self.attachment_size_limit = attachment_size_limit
        self.host = host
        self.port: int = 0
        self.default_permissions = DEFAULT_EVERYONE_PERMISSIONS

        self._ids = itertools.count(1)
        self._last_ts = 0

        # world
        self.users: Dict[int, JSON] = {}
        self.guilds: Dict[int, JSON] = {}  # internal guild state
        self.channels: Dict[int, JSON] = {}
        self._dm_by_user: Dict[int, int] = {}
        self._messages_by_channel: Dict[int, List[JSON]] = {}
        self._messages_by_id: Dict[int, JSON] = {}
        self._blobs: Dict[int, Tuple[bytes, str, str]] = {}

        # records
        self.requests: List[RequestRecord] = []
        self.messages: List[JSON] = []
        self.interactions: Dict[int, InteractionRecord] = {}
        self._interactions_by_token: Dict[str, InteractionRecord] = {}
        self.registered_commands: Dict[Optional[int], List[JSON]] = {}
        self.typing: List[int] = []
        self.reactions: List[Tuple[int, int, str]] = []
        self.identifies: List[JSON] = []
        self.presence_updates: List[JSON] = []
        self.sessions: List[GatewaySession] = []
        self.gateway_closes: List[Tuple[int, str]] = []

        self._waiters: List[Tuple[Callable[[], Any], asyncio.Future]] = []
        self._runner: Optional[web.AppRunner] = None

        self.bot_user_id = self._snowflake()
        self.application_id = self.bot_user_id
        self.bot_user: JSON = self._user_payload(self.bot_user_id, bot_name, bot=True)
        self.users[self.bot_user_id] = self.bot_user

        self.guild_id: Optional[int] = None
        self.channel_id: Optional[int] = None
        self.user_id: Optional[int] = None
        self.owner_id: Optional[int] = None
        if default_guild:
            self.owner_id = self.add_user("owner")
            self.guild_id = self.add_guild("Test Guild", owner_id=self.owner_id)
            self.channel_id = self.guilds[self.guild_id]["channel_ids"][0]
            self.user_id = self.add_user("alice")
            self.add_member(self.user_id, self.guild_id)

    # ------------------------------------------------------------------ ids / payloads
    def _snowflake(self, *, residue: Optional[Tuple[int, int]] = None) -> int:
        """A unique snowflake with a current timestamp (discord.py derives expiry from it).

        ``residue=(r, m)`` bumps the timestamp until ``timestamp % m == r`` (used to spread
        guilds over shards: ``(id >> 22) % shard_count``).
        """
        ts = max(int(time.time() * 1000) - DISCORD_EPOCH_MS, self._last_ts + 1)
        if residue is not None:
            while ts % residue[1] != residue[0]:
                ts += 1
        self._last_ts = ts
        return (ts << 22) | (next(self._ids) & 0x3FFFFF)

    @staticmethod
    def _user_payload(uid: int, username: str, *, bot: bool = False, global_name: Optional[str] = None) -> JSON:
        return {
            "id": str(uid),
            "username": username,
            "discriminator": "0",
            "global_name": global_name,
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
            "flags": 0,
        }

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    async def start(self) -> "FakeDiscord":
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway_handler)
        app.router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._attachment_handler)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest_handler)
        app.router.add_route("*", "/{tail:.*}", self._unknown_handler)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        server = site._server  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for sess in list(self.sessions):
            if sess.writer:
                sess.writer.cancel()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(sess.ws.close(code=1001), 1.0)
        for _, fut in self._waiters:
            if not fut.done():
                fut.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "FakeDiscord":
        return await self.start()

    async def __aexit__(self, *exc: Any) -> None:
        await self.stop()

    def patched_discord(self) -> _Patch:
        return _Patch(self)

    @contextlib.asynccontextmanager
    async def run_bot(self, bot: Any, *, token: Optional[str] = None, timeout: float = 10.0):
        """Start ``bot`` against the fake, wait until ready, yield it, close it."""
        with self.patched_discord():
            task = asyncio.create_task(bot.start(token if token is not None else self.token))
            deadline = asyncio.get_running_loop().time() + timeout
            try:
                while not bot.is_ready():
                    if task.done():
                        task.result()  # re-raises LoginFailure, PrivilegedIntentsRequired, ...
                        raise RuntimeError("bot.start() returned before the bot became ready")
                    if asyncio.get_running_loop().time() > deadline:
                        raise TimeoutError(f"bot not ready after {timeout}s")
                    await asyncio.sleep(0.01)
                yield bot
            finally:
                with contextlib.suppress(Exception):
                    await bot.close()
                if not task.done():
                    with contextlib.suppress(BaseException):
                        await asyncio.wait_for(task, 5.0)
                elif not task.cancelled():
                    task.exception()  # mark retrieved

    # ------------------------------------------------------------------ waiting
    def _notify(self) -> None:
        still: List[Tuple[Callable[[], Any], asyncio.Future]] = []
        for pred, fut in self._waiters:
            if fut.done():
                continue
            try:
                value = pred()
            except Exception as exc:  # surface predicate bugs
                fut.set_exception(exc)
                continue
            if value:
                fut.set_result(value)
            else:
                still.append((pred, fut))
        self._waiters = still

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 5.0, *, what: str = "condition") -> Any:
        """Wait until ``predicate()`` is truthy and return its value.

        Re-checked on every change of the fake's state and every 20 ms (so predicates over
        the bot's own state work too).  Raises ``TimeoutError`` naming ``what``.
        """
        value = predicate()
        if value:
            return value
        loop = asyncio.get_running_loop()
        fut: asyncio.Future = loop.create_future()
        self._waiters.append((predicate, fut))
        end = loop.time() + timeout
        try:
            while True:
                remaining = end - loop.time()
                if remaining <= 0:
                    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
                await asyncio.wait({fut}, timeout=min(0.02, remaining))
                if fut.done():
                    return fut.result()
                value = predicate()
                if value:
                    return value
        finally:
            if not fut.done():
                fut.cancel()

    # ------------------------------------------------------------------ world building
    def add_user(self, username: str, *, id: Optional[int] = None, bot: bool = False,
                 global_name: Optional[str] = None) -> int:
        uid = id or self._snowflake()
        self.users[uid] = self._user_payload(uid, username, bot=bot, global_name=global_name)
        return uid

    def add_guild(self, name: str = "Test Guild", *, id: Optional[int] = None, owner_id: Optional[int] = None,
                  everyone_permissions: Any = None, channel_name: Optional[str] = "general") -> int:
        # consecutive guilds get consecutive (mod 12) timestamps => spread over 2/3/4/6/12 shards
        gid = id or self._snowflake(residue=(len(self.guilds) % 12, 12))
        if owner_id is None:
            owner_id = self.owner_id or self.add_user(f"owner-{gid}")
        perms = self.default_permissions if everyone_permissions is None else _perm_int(everyone_permissions)
        self.guilds[gid] = {
            "id": gid,
            "name": name,
            "owner_id": owner_id,
            "roles": {gid: self._role_payload(gid, "@everyone", perms, position=0)},
            "channel_ids": [],
            "members": {},
            "joined_at": _now_iso(),
        }
        self.add_member(self.bot_user_id, gid, _dispatch=False)
        if owner_id != self.bot_user_id:
            self.add_member(owner_id, gid, _dispatch=False)
        if channel_name:
            self.add_channel(gid, channel_name, _dispatch=False)
        self._dispatch_soon("GUILD_CREATE", lambda s: self._guild_create_payload(gid, s), guild_id=gid, intent="guilds")
        return gid

    @staticmethod
    def _role_payload(rid: int, name: str, permissions: int, position: int) -> JSON:
        return {
            "id": str(rid), "name": name, "color": 0, "colors": {"primary_color": 0}, "hoist": False,
            "icon": None, "unicode_emoji": None, "position": position, "permissions": str(permissions),
            "managed": False, "mentionable": False, "flags": 0,
        }

    def add_role(self, guild_id: Optional[int], name: str, permissions: Any = 0) -> int:
        gid = guild_id or self.guild_id
        assert gid in self.guilds, f"unknown guild {gid}"
        rid = self._snowflake()
        g = self.guilds[gid]
        g["roles"][rid] = self._role_payload(rid, name, _perm_int(permissions), position=len(g["roles"]))
        self._dispatch_soon("GUILD_ROLE_CREATE", lambda s: {"guild_id": str(gid), "role": g["roles"][rid]},
                            guild_id=gid, intent="guilds")
        return rid

    def add_channel(self, guild_id: Optional[int] = None, name: str = "general", *, id: Optional[int] = None,
                    type: int = 0, topic: Optional[str] = None, nsfw: bool = False, _dispatch: bool = True) -> int:
        gid = guild_id or self.guild_id
        assert gid in self.guilds, f"unknown guild {gid}"
        cid = id or self._snowflake()
        g = self.guilds[gid]
        self.channels[cid] = {
            "id": str(cid), "type": type, "guild_id": str(gid), "name": name, "position": len(g["channel_ids"]),
            "permission_overwrites": [], "topic": topic, "nsfw": nsfw, "last_message_id": None,
            "rate_limit_per_user": 0, "parent_id": None, "flags": 0,
        }
        g["channel_ids"].append(cid)
        self._messages_by_channel.setdefault(cid, [])
        if _dispatch:
            self._dispatch_soon("CHANNEL_CREATE", lambda s: self.channels[cid], guild_id=gid, intent="guilds")
        return cid

    def add_member(self, user_id: int, guild_id: Optional[int] = None, *, permissions: Any = None,
                   roles: Sequence[int] = (), nick: Optional[str] = None, _dispatch: bool = True) -> JSON:
        gid = guild_id or self.guild_id
        assert gid in self.guilds, f"unknown guild {gid}"
        assert user_id in self.users, f"unknown user {user_id}; call add_user first"
        role_ids = [int(r) for r in roles]
        if permissions is not None:
            role_ids.append(self.add_role(gid, f"perms-{user_id}", permissions))
        member = {
            "user": self.users[user_id], "roles": [str(r) for r in role_ids], "nick": nick, "avatar": None,
            "banner": None, "joined_at": _now_iso(), "premium_since": None, "deaf": False, "mute": False,
            "pending": False, "flags": 0, "communication_disabled_until": None,
        }
        self.guilds[gid]["members"][user_id] = member
        if _dispatch:
            self._dispatch_soon("GUILD_MEMBER_ADD", lambda s: dict(member, guild_id=str(gid)), guild_id=gid,
                                intent="members")
        return member

    def dm_channel(self, user_id: int) -> int:
        if user_id in self._dm_by_user:
            return self._dm_by_user[user_id]
        cid = self._snowflake()
        self.channels[cid] = {
            "id": str(cid), "type": 1, "last_message_id": None, "flags": 0,
            "recipients": [self.users[user_id]],
        }
        self._dm_by_user[user_id] = cid
        self._messages_by_channel.setdefault(cid, [])
        return cid

    def add_attachment(self, data: bytes, filename: str = "file.txt", *, content_type: Optional[str] = None,
                       channel_id: Optional[int] = None) -> JSON:
        aid = self._snowflake()
        ctype = content_type or _guess_type(filename)
        self._blobs[aid] = (bytes(data), ctype, filename)
        cid = channel_id or self.channel_id or 0
        url = f"{self.base_url}/attachments/{cid}/{aid}/{filename}"
        return {
            "id": str(aid), "filename": filename, "size": len(data), "url": url, "proxy_url": url,
            "content_type": ctype, "ephemeral": False,
        }

    def member_permissions(self, guild_id: int, user_id: int) -> int:
        g = self.guilds[guild_id]
        if user_id == g["owner_id"]:
            return ALL_PERMISSIONS
        perms = int(g["roles"][guild_id]["permissions"])
        member = g["members"].get(user_id)
        for rid in (member or {}).get("roles", []):
            role = g["roles"].get(int(rid))
            if role:
                perms |= int(role["permissions"])
        return ALL_PERMISSIONS if perms & P_ADMINISTRATOR else perms

    def refuse_privileged_intents(self) -> None:
        self.allowed_privileged_intents = 0

    def find_command(self, name: str, guild_id: Optional[int] = None) -> Optional[JSON]:
        for scope in ([guild_id] if guild_id else []) + [None]:
            for cmd in self.registered_commands.get(scope, []):
                if cmd["name"] == name and cmd.get("type", 1) in (1, None):
                    return cmd
        return None

    # ------------------------------------------------------------------ payload builders
    def _member_payload(self, guild_id: int, user_id: int, *, with_user: bool = True,
                        permissions: Optional[str] = None) -> JSON:
        g = self.guilds[guild_id]
        member = g["members"].get(user_id)
        if member is None:
            member = self.add_member(user_id, guild_id, _dispatch=False)
        out = dict(member)
        if not with_user:
            out.pop("user", None)
        if permissions is not None:
            out["permissions"] = permissions
        return out

    def _guild_create_payload(self, gid: int, sess: Optional[GatewaySession]) -> JSON:
        g = self.guilds[gid]
        all_members = list(g["members"].values())
        if sess is None or sess.has("members"):
            members = all_members
        else:
            members = [m for m in all_members if int(m["user"]["id"]) == self.bot_user_id]
        return {
            "id": str(gid), "name": g["name"], "icon": None, "splash": None, "discovery_splash": None,
            "owner_id": str(g["owner_id"]), "afk_channel_id": None, "afk_timeout": 300,
            "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
            "roles": list(g["roles"].values()), "emojis": [], "stickers": [], "features": [], "mfa_level": 0,
            "application_id": None, "system_channel_id": None, "system_channel_flags": 0,
            "rules_channel_id": None, "vanity_url_code": None, "description": None, "banner": None,
            "premium_tier": 0, "premium_subscription_count": 0, "preferred_locale": "en-US",
            "public_updates_channel_id": None, "nsfw_level": 0, "premium_progress_bar_enabled": False,
            "joined_at": g["joined_at"], "large": False, "unavailable": False, "member_count": len(all_members),
            "voice_states": [], "members": members, "channels": [self.channels[c] for c in g["channel_ids"]],
            "threads": [], "presences": [], "stage_instances": [], "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def _resolve_channel(self, channel: Optional[int], guild: Optional[int], dm: bool, user_id: int) -> Tuple[int, Optional[int]]:
        if dm:
            return self.dm_channel(user_id), None
        if channel is not None:
            ch = self.channels[channel]
            return channel, (int(ch["guild_id"]) if ch.get("guild_id") else None)
        gid = guild or self.guild_id
        if gid is None:
            raise ValueError("no guild/channel given and no default guild")
        return self.guilds[gid]["channel_ids"][0], gid

    # ------------------------------------------------------------------ messages
    def _mentions_from(self, content: str, guild_id: Optional[int], extra: Iterable[Any] = (),
                       allowed: Optional[JSON] = None) -> Tuple[List[JSON], bool, List[str]]:
        ids: List[int] = []
        for m in re.finditer(r"<@!?(\d+)>", content or ""):
            ids.append(int(m.group(1)))
        explicit: List[int] = []
        for e in extra:
            if isinstance(e, dict):
                e = int(e["id"])
            explicit.append(int(e))
        parse = None if allowed is None else set(allowed.get("parse") or [])
        allowed_users = None if allowed is None else {int(u) for u in allowed.get("users") or []}
        out: List[JSON] = []
        seen = set()
        for uid in ids + explicit:
            if uid in seen or uid not in self.users:
                continue
            if uid not in explicit and parse is not None and "users" not in parse and uid not in (allowed_users or set()):
                continue
            seen.add(uid)
            u = dict(self.users[uid])
            if guild_id and uid in self.guilds[guild_id]["members"]:
                u["member"] = self._member_payload(guild_id, uid, with_user=False)
            out.append(u)
        everyone = bool(re.search(r"@(everyone|here)", content or "")) and (parse is None or "everyone" in parse)
        roles: List[str] = []
        for m in re.finditer(r"<@&(\d+)>", content or ""):
            if parse is None or "roles" in parse or m.group(1) in (allowed or {}).get("roles", []):
                roles.append(m.group(1))
        return out, everyone, roles

    def _build_message(self, channel_id: int, author_id: int, body: JSON, *, attachments: List[JSON],
                       msg_type: int = 0, extra: Optional[JSON] = None, mentions: Iterable[Any] = ()) -> JSON:
        ch = self.channels[channel_id]
        guild_id = int(ch["guild_id"]) if ch.get("guild_id") else None
        mid = self._snowflake()
        allowed = body.get("allowed_mentions")
        content = body.get("content") or ""
        ment, everyone, roles = self._mentions_from(content, guild_id, mentions, allowed)
        msg: JSON = {
            "id": str(mid), "channel_id": str(channel_id), "author": self.users[author_id],
            "content": content, "timestamp": _now_iso(), "edited_timestamp": None, "tts": bool(body.get("tts")),
            "mention_everyone": everyone, "mentions": ment, "mention_roles": roles, "attachments": attachments,
            "embeds": list(body.get("embeds") or []), "reactions": [], "pinned": False, "type": msg_type,
            "flags": int(body.get("flags") or 0), "components": list(body.get("components") or []),
        }
        if guild_id:
            msg["guild_id"] = str(guild_id)
            if author_id in self.guilds[guild_id]["members"]:
                msg["member"] = self._member_payload(guild_id, author_id, with_user=False)
        if allowed is not None:
            msg["allowed_mentions"] = allowed
        ref = body.get("message_reference")
        if ref and ref.get("message_id"):
            msg["message_reference"] = {
                k: (str(v) if k in ("message_id", "channel_id", "guild_id") and v is not None else v)
                for k, v in dict(ref, channel_id=ref.get("channel_id") or channel_id).items()
            }
            refd = self._messages_by_id.get(int(ref["message_id"]))
            msg["referenced_message"] = refd
            if msg_type == 0:
                msg["type"] = 19
        if extra:
            msg.update(extra)
        return msg

    def _store_message(self, msg: JSON, *, history: bool = True) -> None:
        mid, cid = int(msg["id"]), int(msg["channel_id"])
        self._messages_by_id[mid] = msg
        self.messages.append(msg)
        if history:
            self._messages_by_channel.setdefault(cid, []).append(msg)
            self.channels[cid]["last_message_id"] = msg["id"]
        self._notify()

    def _attachments_from_upload(self, channel_id: int, body: JSON, files: List[JSON],
                                 existing: Sequence[JSON] = ()) -> List[JSON]:
        by_index = {f["index"]: f for f in files}
        out: List[JSON] = []
        spec = body.get("attachments")
        if spec is None:
            spec = [{"id": f["index"], "filename": f["filename"]} for f in files]
        existing_by_id = {str(a["id"]): a for a in existing}
        for a in spec:
            aid = a.get("id")
            if str(aid) in existing_by_id:
                out.append(existing_by_id[str(aid)])
            elif aid is not None and str(aid).isdigit() and int(aid) in by_index:
                f = by_index[int(aid)]
                att = self.add_attachment(f["data"], a.get("filename") or f["filename"],
                                          content_type=f.get("content_type"), channel_id=channel_id)
                if a.get("description"):
                    att["description"] = a["description"]
                out.append(att)
        return out

    def channel_messages(self, channel_id: Optional[int] = None) -> List[JSON]:
        return list(self._messages_by_channel.get(channel_id or self.channel_id or 0, []))

    def bot_messages(self, channel_id: Optional[int] = None) -> List[JSON]:
        return [m for m in self.messages if int(m["author"]["id"]) == self.bot_user_id
                and (channel_id is None or int(m["channel_id"]) == channel_id)]

    def message(self, message_id: int) -> Optional[JSON]:
        return self._messages_by_id.get(int(message_id))

    async def wait_for_message(self, predicate: Optional[Callable[[JSON], bool]] = None, *,
                               channel: Optional[int] = None, author: Optional[int] = None,
                               timeout: float = 5.0, after: int = 0) -> JSON:
        """Wait for a message (by default: from the bot) matching ``predicate``.

        ``after`` is an index into ``fake.messages``: only messages created from there on count
        (use ``len(fake.messages)`` before triggering something).
        """
        author = self.bot_user_id if author is None else author

        def find() -> Optional[JSON]:
            for m in self.messages[after:]:
                if int(m["author"]["id"]) != author:
                    continue
                if channel is not None and int(m["channel_id"]) != channel:
                    continue
                if predicate is None or predicate(m):
                    return m
            return None

        return await self.wait_until(find, timeout, what="a matching message")

    # ------------------------------------------------------------------ gateway
    async def _gateway_handler(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoclose=True, max_msg_size=0)
        await ws.prepare(request)
        sess = GatewaySession(ws=ws, session_id=uuid.uuid4().hex)
        sess.writer = asyncio.create_task(self._ws_writer(sess))
        self._enqueue(sess, {"op": 10, "d": {"heartbeat_interval": 41250}})
        try:
            async for msg in ws:
                if msg.type.name != "TEXT":
                    continue
                try:
                    data = json.loads(msg.data)
                except ValueError:
                    continue
                await self._handle_op(sess, data)
                if ws.closed:
                    break
        finally:
            if sess in self.sessions:
                self.sessions.remove(sess)
            if sess.writer:
                sess.writer.cancel()
            self._notify()
        return ws

    async def _ws_writer(self, sess: GatewaySession) -> None:
        while True:
            payload, fut = await sess.queue.get()
            try:
                if payload.get("op") == 0:
                    sess.seq += 1
                    payload = dict(payload, s=sess.seq)
                await sess.ws.send_str(json.dumps(payload))
                if fut is not None and not fut.done():
                    fut.set_result(asyncio.get_running_loop().time())
            except Exception as exc:  # connection gone
                if fut is not None and not fut.done():
                    fut.set_exception(exc)

    def _enqueue(self, sess: GatewaySession, payload: JSON, fut: Optional[asyncio.Future] = None) -> None:
        sess.queue.put_nowait((payload, fut))

    async def _close_ws(self, sess: GatewaySession, code: int, reason: str) -> None:
        self.gateway_closes.append((code, reason))
        # let queued frames (HELLO) go out first
        while not sess.queue.empty():
            await asyncio.sleep(0)
        await sess.ws.close(code=code, message=reason.encode())

    async def _handle_op(self, sess: GatewaySession, data: JSON) -> None:
        op, d = data.get("op"), data.get("d")
        if op == 1:  # heartbeat
            self._enqueue(sess, {"op": 11})
        elif op == 2:  # identify
            self.identifies.append(d)
            if d.get("token") not in self.valid_tokens:
                await self._close_ws(sess, 4004, "Authentication failed.")
                return
            intents = int(d.get("intents") or 0)
            if intents & PRIVILEGED_INTENTS & ~self.allowed_privileged_intents:
                await self._close_ws(sess, 4014, "Disallowed intent(s).")
                return
            shard = d.get("shard") or [0, 1]
            sid, count = int(shard[0]), int(shard[1])
            if count < 1 or not 0 <= sid < count:
                await self._close_ws(sess, 4010, "Invalid shard.")
                return
            sess.shard_id, sess.shard_count, sess.intents, sess.identify = sid, count, intents, d
            my_guilds = [gid for gid in self.guilds if (gid >> 22) % count == sid]
            ready = {
                "v": 10, "user": self.bot_user, "guilds": [{"id": str(g), "unavailable": True} for g in my_guilds],
                "session_id": sess.session_id, "resume_gateway_url": self.gateway_url, "shard": [sid, count],
                "application": {"id": str(self.application_id), "flags": 0}, "private_channels": [],
                "relationships": [], "presences": [], "geo_ordered_rtc_regions": [], "user_settings": {},
                "session_type": "normal", "auth": {},
            }
            self._enqueue(sess, {"op": 0, "t": "READY", "d": ready})
            if sess.has("guilds"):
                for gid in my_guilds:
                    self._enqueue(sess, {"op": 0, "t": "GUILD_CREATE", "d": self._guild_create_payload(gid, sess)})
            sess.identified = True
            self.sessions.append(sess)
            self._notify()
        elif op == 6:  # resume
            known = any(s.session_id == (d or {}).get("session_id") for s in self.sessions)
            if (d or {}).get("token") not in self.valid_tokens:
                await self._close_ws(sess, 4004, "Authentication failed.")
            elif not known:
                self._enqueue(sess, {"op": 9, "d": False})
            else:
                self._enqueue(sess, {"op": 0, "t": "RESUMED", "d": {}})
        elif op == 3:
            self.presence_updates.append(d)
        elif op == 8:  # request guild members
            gid = int(d["guild_id"]) if not isinstance(d["guild_id"], list) else int(d["guild_id"][0])
            members = list(self.guilds.get(gid, {}).get("members", {}).values())
            wanted = d.get("user_ids")
            if wanted:
                wanted = {int(u) for u in (wanted if isinstance(wanted, list) else [wanted])}
                members = [m for m in members if int(m["user"]["id"]) in wanted]
            elif d.get("query"):
                members = [m for m in members if m["user"]["username"].startswith(d["query"])]
            chunk = {"guild_id": str(gid), "members": members, "chunk_index": 0, "chunk_count": 1,
                     "not_found": [], "nonce": d.get("nonce")}
            if d.get("presences"):
                chunk["presences"] = []
            self._enqueue(sess, {"op": 0, "t": "GUILD_MEMBERS_CHUNK", "d": chunk})

    def _target_sessions(self, guild_id: Optional[int]) -> List[GatewaySession]:
        out = []
        for s in self.sessions:
            if not s.identified or s.ws.closed:
                continue
            if guild_id is None:
                if s.shard_id == 0:
                    out.append(s)
            elif (guild_id >> 22) % s.shard_count == s.shard_id:
                out.append(s)
        return out

    def _dispatch_soon(self, event: str, build: Callable[[GatewaySession], JSON], *, guild_id: Optional[int],
                       intent: Optional[str] = None) -> List[asyncio.Future]:
        """Queue a dispatch to the right shard(s); returns futures resolved with the send time."""
        futs: List[asyncio.Future] = []
        for s in self._target_sessions(guild_id):
            if intent is not None and not s.has(intent):
                continue
            fut = asyncio.get_running_loop().create_future()
            self._enqueue(s, {"op": 0, "t": event, "d": build(s)}, fut)
            futs.append(fut)
        return futs

    async def dispatch(self, event: str, data: JSON, *, guild_id: Optional[int] = None) -> int:
        futs = self._dispatch_soon(event, lambda s: data, guild_id=guild_id)
        if futs:
            await asyncio.gather(*futs)
        return len(futs)

    def _require_session(self, guild_id: Optional[int]) -> None:
        if not self._target_sessions(guild_id):
            raise RuntimeError("no identified gateway session for this guild/shard; is the bot running and ready?")

    def _message_event_payload(self, msg: JSON, sess: GatewaySession) -> JSON:
        """Apply MESSAGE_CONTENT intent semantics for a given session."""
        if sess.has("message_content"):
            return msg
        is_dm = not msg.get("guild_id")
        from_bot = int(msg["author"]["id"]) == self.bot_user_id
        mentioned = any(int(u["id"]) == self.bot_user_id for u in msg.get("mentions", []))
        if is_dm or from_bot or mentioned:
            return msg
        stripped = dict(msg)
        stripped.update(content="", embeds=[], attachments=[], components=[])
        stripped.pop("poll", None)
        return stripped

    def _echo_message(self, msg: JSON, event: str = "MESSAGE_CREATE") -> List[asyncio.Future]:
        guild_id = int(msg["guild_id"]) if msg.get("guild_id") else None
        intent = "guild_messages" if guild_id else "dm_messages"
        return self._dispatch_soon(event, lambda s: self._message_event_payload(msg, s), guild_id=guild_id,
                                   intent=intent)

    # ------------------------------------------------------------------ stimuli
    async def send_message(self, content: str = "", *, author: Optional[int] = None, channel: Optional[int] = None,
                           dm: bool = False, mentions: Iterable[Any] = (), attachments: Sequence[JSON] = (),
                           embeds: Sequence[JSON] = (), reply_to: Optional[Union[int, JSON]] = None) -> JSON:
        """A user posts a message; dispatches MESSAGE_CREATE and returns the stored message dict."""
        author = author or self.user_id
        assert author is not None, "no author given and no default user"
        if dm:
            cid = self.dm_channel(author)
        else:
            cid = channel or self.channel_id
        assert cid in self.channels, f"unknown channel {cid}"
        body: JSON = {"content": content, "embeds": list(embeds)}
        if reply_to is not None:
            rid = int(reply_to["id"]) if isinstance(reply_to, dict) else int(reply_to)
            body["message_reference"] = {"message_id": str(rid), "channel_id": str(cid)}
            ref = self._messages_by_id.get(rid)
            if ref is not None:
                mentions = list(mentions) + [int(ref["author"]["id"])]
        msg = self._build_message(cid, author, body, attachments=list(attachments), mentions=mentions)
        self._store_message(msg)
        futs = self._echo_message(msg)
        if futs:
            await asyncio.gather(*futs)
        return msg

    def _option_type(self, value: Any) -> int:
        if isinstance(value, bool):
            return 5
        if isinstance(value, int):
            return 4
        if isinstance(value, float):
            return 10
        if isinstance(value, dict) and "filename" in value and "url" in value:
            return 11
        return 3

    def _build_options(self, defs: Optional[List[JSON]], options: Any, resolved: JSON, guild_id: Optional[int],
                       focused: Optional[str]) -> List[JSON]:
        if options is None:
            return []
        if isinstance(options, list):
            return options
        defs_by_name = {d["name"]: d for d in (defs or [])}
        out: List[JSON] = []
        for name, value in options.items():
            d = defs_by_name.get(name)
            otype = d["type"] if d else self._option_type(value)
            opt: JSON = {"name": name, "type": otype}
            if otype == 11:
                att = value if isinstance(value, dict) else None
                if att is None:
                    raise ValueError(f"option {name!r} needs an attachment dict from fake.add_attachment()")
                resolved.setdefault("attachments", {})[att["id"]] = att
                opt["value"] = att["id"]
            elif otype in (6, 9) and not (focused == name):
                uid = int(value["id"]) if isinstance(value, dict) else int(value)
                resolved.setdefault("users", {})[str(uid)] = self.users[uid]
                if guild_id and uid in self.guilds[guild_id]["members"]:
                    m = self._member_payload(guild_id, uid, with_user=False)
                    m["permissions"] = str(self.member_permissions(guild_id, uid))
                    resolved.setdefault("members", {})[str(uid)] = m
                opt["value"] = str(uid)
            elif otype == 7 and not (focused == name):
                cid = int(value)
                resolved.setdefault("channels", {})[str(cid)] = dict(self.channels[cid], permissions=str(ALL_PERMISSIONS))
                opt["value"] = str(cid)
            elif otype == 8 and not (focused == name):
                rid = int(value)
                resolved.setdefault("roles", {})[str(rid)] = self.guilds[guild_id]["roles"][rid]  # type: ignore[index]
                opt["value"] = str(rid)
            else:
                opt["value"] = str(value) if focused == name else value
            if focused == name:
                opt["focused"] = True
            out.append(opt)
        return out

    def _command_data(self, name: str, options: Any, guild_id: Optional[int], focused: Optional[str] = None,
                      command_type: int = 1) -> JSON:
        parts = name.split()
        root = parts[0]
        cmd = self.find_command(root, guild_id)
        data: JSON = {"id": str(cmd["id"]) if cmd else str(self._snowflake()), "name": root, "type": command_type}
        if cmd and cmd.get("guild_id"):
            data["guild_id"] = str(cmd["guild_id"])
        resolved: JSON = {}
        defs = (cmd or {}).get("options")
        container = data
        for i, sub in enumerate(parts[1:]):
            sub_def = next((o for o in (defs or []) if o.get("name") == sub), None)
            stype = sub_def["type"] if sub_def else (2 if i < len(parts) - 2 else 1)
            node: JSON = {"name": sub, "type": stype, "options": []}
            container["options"] = [node]
            container = node
            defs = (sub_def or {}).get("options")
        container["options"] = self._build_options(defs, options, resolved, guild_id, focused)
        if resolved:
            data["resolved"] = resolved
        return data

    def _interaction_payload(self, itype: int, data: Optional[JSON], *, user: Optional[int], guild: Optional[int],
                             channel: Optional[int], dm: bool, member_permissions: Any, locale: str,
                             app_permissions: Any, message: Optional[JSON] = None) -> JSON:
        uid = user or self.user_id
        assert uid is not None and uid in self.users, f"unknown user {uid}"
        cid, gid = self._resolve_channel(channel, guild, dm, uid)
        iid = self._snowflake()
        token = "aW50ZXJhY3Rpb246" + uuid.uuid4().hex + uuid.uuid4().hex
        payload: JSON = {
            "id": str(iid), "application_id": str(self.application_id), "type": itype, "token": token,
            "version": 1, "channel_id": str(cid), "channel": self.channels[cid], "locale": locale,
            "entitlements": [], "attachment_size_limit": self.attachment_size_limit,
        }
        if data is not None:
            payload["data"] = data
        if message is not None:
            payload["message"] = message
        if gid:
            perms = (str(_perm_int(member_permissions)) if member_permissions is not None
                     else str(self.member_permissions(gid, uid)))
            payload["guild_id"] = str(gid)
            payload["guild"] = {"id": str(gid), "locale": "en-US", "features": []}
            payload["guild_locale"] = "en-US"
            payload["member"] = self._member_payload(gid, uid, permissions=perms)
            payload["app_permissions"] = str(_perm_int(app_permissions) if app_permissions is not None
                                             else self.member_permissions(gid, self.bot_user_id))
            payload["authorizing_integration_owners"] = {"0": str(gid)}
            payload["context"] = 0
        else:
            payload["user"] = self.users[uid]
            payload["app_permissions"] = str(_perm_int(app_permissions) if app_permissions is not None
                                             else DEFAULT_EVERYONE_PERMISSIONS)
            payload["authorizing_integration_owners"] = {"0": "0"}
            payload["context"] = 1
        return payload

    async def _send_interaction_payload(self, payload: JSON) -> InteractionRecord:
        gid = int(payload["guild_id"]) if payload.get("guild_id") else None
        self._require_session(gid)
        rec = InteractionRecord(self, payload)
        self.interactions[rec.id] = rec
        self._interactions_by_token[rec.token] = rec
        futs = self._dispatch_soon("INTERACTION_CREATE", lambda s: payload, guild_id=gid)
        sent = await asyncio.gather(*futs)
        rec.dispatched_at = min(sent)
        self._notify()
        return rec

    @property
    def last_interaction(self) -> Optional[InteractionRecord]:
        return next(reversed(self.interactions.values()), None) if self.interactions else None

    def _guild_for(self, user: Optional[int], guild: Optional[int], channel: Optional[int], dm: bool) -> Optional[int]:
        if dm:
            return None
        if channel is not None:
            ch = self.channels[channel]
            return int(ch["guild_id"]) if ch.get("guild_id") else None
        return guild or self.guild_id

    async def send_interaction(self, name: str, options: Any = None, *, user: Optional[int] = None,
                               guild: Optional[int] = None, channel: Optional[int] = None, dm: bool = False,
                               member_permissions: Any = None, locale: str = "en-US",
                               app_permissions: Any = None, command_type: int = 1) -> InteractionRecord:
        """Dispatch a slash-command INTERACTION_CREATE (type 2); returns its record immediately."""
        gid = self._guild_for(user, guild, channel, dm)
        data = self._command_data(name, options, gid, command_type=command_type)
        payload = self._interaction_payload(2, data, user=user, guild=guild, channel=channel, dm=dm,
                                            member_permissions=member_permissions, locale=locale,
                                            app_permissions=app_permissions)
        return await self._send_interaction_payload(payload)

    async def send_autocomplete(self, name: str, options: Any, focused: str, *, user: Optional[int] = None,
                                guild: Optional[int] = None, channel: Optional[int] = None, dm: bool = False,
                                member_permissions: Any = None, locale: str = "en-US", raw: bool = False,
                                timeout: float = 5.0) -> Any:
        """Dispatch an autocomplete interaction (type 4) and return the choices the bot sent back."""
        gid = self._guild_for(user, guild, channel, dm)
        data = self._command_data(name, options, gid, focused=focused)
        payload = self._interaction_payload(4, data, user=user, guild=guild, channel=channel, dm=dm,
                                            member_permissions=member_permissions, locale=locale,
                                            app_permissions=None)
        rec = await self._send_interaction_payload(payload)
        if raw:
            return rec
        await rec.wait_acknowledged(timeout)
        return rec.choices

    async def send_component_click(self, message: Union[int, JSON], custom_id: str, *, user: Optional[int] = None,
                                   component_type: int = 2, values: Optional[List[str]] = None,
                                   member_permissions: Any = None) -> InteractionRecord:
        """A user clicks a button (or picks select ``values``) on ``message``."""
        msg = self._messages_by_id[int(message["id"] if isinstance(message, dict) else message)]
        cid = int(msg["channel_id"])
        ch = self.channels[cid]
        dm = ch["type"] == 1
        if dm and user is None:
            user = int(ch["recipients"][0]["id"])
        data: JSON = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        payload = self._interaction_payload(3, data, user=user, guild=None, channel=None if dm else cid, dm=dm,
                                            member_permissions=member_permissions, locale="en-US",
                                            app_permissions=None, message=msg)
        return await self._send_interaction_payload(payload)

    # ------------------------------------------------------------------ REST
    async def _read_body(self, request: web.Request) -> Tuple[Any, List[JSON]]:
        files: List[JSON] = []
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            body: Any = None
            reader = await request.multipart()
            async for part in reader:
                name = part.name or ""
                if name == "payload_json":
                    body = json.loads(await part.text())
                else:
                    m = re.match(r"files\[(\d+)\]", name)
                    data = await part.read()
                    files.append({
                        "index": int(m.group(1)) if m else len(files), "field": name,
                        "filename": part.filename or name, "data": bytes(data),
                        "content_type": part.headers.get("Content-Type"),
                    })
            return body, files
        raw = await request.read()
        if not raw:
            return None, files
        try:
            return json.loads(raw), files
        except ValueError:
            return raw.decode("utf-8", "replace"), files

    async def _attachment_handler(self, request: web.Request) -> web.Response:
        aid = int(request.match_info["attachment_id"])
        if aid not in self._blobs:
            return web.Response(status=404, text="not found")
        data, ctype, _ = self._blobs[aid]
        return web.Response(body=data, content_type=ctype.split(";")[0])

    async def _unknown_handler(self, request: web.Request) -> web.Response:
        rec = RequestRecord(request.method, request.path, dict(request.query), None, [], dict(request.headers),
                            time.time(), 404, {"code": 0, "message": "404: Not Found"})
        self.requests.append(rec)
        return _error(404, 0, "404: Not Found")

    @property
    def rejected_requests(self) -> List[RequestRecord]:
        return [r for r in self.requests if r.status >= 400]

    async def _rest_handler(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body, files = await self._read_body(request)
        rec = RequestRecord(request.method, path, dict(request.query), body, files, dict(request.headers), time.time())
        self.requests.append(rec)
        try:
            resp = await self._route(request, rec, path, body, files)
        except Exception as exc:  # a bug in the fake: make it loud
            resp = _error(500, 0, f"fake discord error: {exc!r}")
            import traceback
            traceback.print_exc()
        rec.status = resp.status
        try:
            rec.response = json.loads(resp.body) if resp.body else None  # type: ignore[arg-type]
        except (ValueError, TypeError):
            rec.response = resp.body
        self._notify()
        return resp

    def _authorized(self, request: web.Request) -> bool:
        auth = request.headers.get("Authorization", "")
        return auth.startswith("Bot ") and auth[4:] in self.valid_tokens

    async def _route(self, request: web.Request, rec: RequestRecord, path: str, body: Any,
                     files: List[JSON]) -> web.Response:
        method = request.method
        m = re.fullmatch
        # -- routes that authenticate with the interaction token
        if mt := m(r"/interactions/(\d+)/([^/]+)/callback", path):
            if method == "POST":
                return self._interaction_callback(int(mt.group(1)), mt.group(2), body, files)
        if mt := m(r"/webhooks/(\d+)/([^/]+)(?:/messages/([^/]+))?", path):
            return await self._webhook(method, int(mt.group(1)), mt.group(2), mt.group(3), body, files, rec)

        if not self._authorized(request):
            return _error(401, 0, "401: Unauthorized")

        if path == "/users/@me" and method == "GET":
            return _json_response(self.bot_user)
        if path in ("/oauth2/applications/@me", "/applications/@me") and method == "GET":
            return _json_response(self._application_payload())
        if path == "/gateway" and method == "GET":
            return _json_response({"url": self.gateway_url})
        if path == "/gateway/bot" and method == "GET":
            return _json_response({
                "url": self.gateway_url, "shards": self.recommended_shards,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
            })
        if path == "/users/@me/guilds" and method == "GET":
            return _json_response([{"id": str(gid), "name": g["name"], "icon": None, "owner": False,
                                    "permissions": "0", "features": []}
                                   for gid, g in sorted(self.guilds.items())])
        if mt := m(r"/users/(\d+)", path):
            uid = int(mt.group(1))
            if uid in self.users:
                return _json_response(self.users[uid])
            return _error(404, 10013, "Unknown User")
        if path == "/users/@me/channels" and method == "POST":
            uid = int(body["recipient_id"])
            if uid not in self.users:
                return _error(400, 50035, "Invalid Form Body")
            return _json_response(self.channels[self.dm_channel(uid)])
        if mt := m(r"/applications/(\d+)(?:/guilds/(\d+))?/commands(?:/(\d+))?", path):
            return self._commands(method, int(mt.group(1)), mt.group(2), mt.group(3), body)
        if mt := m(r"/applications/(\d+)/guilds/(\d+)/commands/permissions", path):
            return _json_response([])
        if mt := m(r"/guilds/(\d+)", path):
            gid = int(mt.group(1))
            if gid not in self.guilds:
                return _error(404, 10004, "Unknown Guild")
            p = self._guild_create_payload(gid, None)
            for k in ("members", "channels", "threads", "presences", "voice_states"):
                p.pop(k, None)
            return _json_response(p)
        if mt := m(r"/guilds/(\d+)/channels", path):
            gid = int(mt.group(1))
            return _json_response([self.channels[c] for c in self.guilds.get(gid, {}).get("channel_ids", [])])
        if mt := m(r"/guilds/(\d+)/members/(\d+)", path):
            gid, uid = int(mt.group(1)), int(mt.group(2))
            if gid in self.guilds and uid in self.guilds[gid]["members"]:
                return _json_response(self._member_payload(gid, uid))
            return _error(404, 10007, "Unknown Member")
        if mt := m(r"/channels/(\d+)(/.*)?", path):
            cid = int(mt.group(1))
            if cid not in self.channels:
                return _error(404, 10003, "Unknown Channel")
            return await self._channel_route(method, cid, mt.group(2) or "", body, files, rec.query)
        return _error(404, 0, "404: Not Found")

    def _application_payload(self) -> JSON:
        return {
            "id": str(self.application_id), "name": self.bot_user["username"], "icon": None,
            "description": "", "rpc_origins": [], "bot_public": True, "bot_require_code_grant": False,
            "bot": self.bot_user, "terms_of_service_url": None, "privacy_policy_url": None,
            "owner": self.users[self.owner_id] if self.owner_id else self.bot_user, "verify_key": "0" * 64,
            "team": None, "guild_id": None, "tags": [], "install_params": None,
            # GATEWAY_MESSAGE_CONTENT when the "developer portal" enables the intent
            "flags": (1 << 18) if self.allowed_privileged_intents & (1 << 15) else 0,
            "interactions_endpoint_url": None, "redirect_uris": [], "approximate_guild_count": len(self.guilds),
        }

    # -- commands
    def _commands(self, method: str, app_id: int, guild: Optional[str], cmd_id: Optional[str], body: Any) -> web.Response:
        if app_id != self.application_id:
            return _error(403, 50001, "Missing Access")
        scope = int(guild) if guild else None
        if scope is not None and scope not in self.guilds:
            return _error(403, 50001, "Missing Access")
        current = self.registered_commands.setdefault(scope, [])

        def finish(cmd: JSON, old: Optional[JSON]) -> JSON:
            out = dict(cmd)
            out["id"] = old["id"] if old else str(self._snowflake())
            out["application_id"] = str(self.application_id)
            out["version"] = str(self._snowflake())
            out.setdefault("type", 1)
            out.setdefault("options", [])
            out.setdefault("default_member_permissions", None)
            out.setdefault("description", out.get("description", ""))
            if scope is not None:
                out["guild_id"] = str(scope)
            return out

        if method == "GET" and cmd_id is None:
            return _json_response(current)
        if method == "PUT" and cmd_id is None:
            if not isinstance(body, list):
                return _error(400, 50035, "Invalid Form Body", {"_errors": [{"code": "BASE_TYPE_ARRAY", "message": "Must be an array"}]})
            errs = {str(i): e for i, c in enumerate(body) if (e := _validate_command(c))}
            if len(body) > 100:
                errs["_errors"] = [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 100 or fewer in length."}]
            if errs:
                return _error(400, 50035, "Invalid Form Body", errs)
            old = {(c["name"], c.get("type", 1)): c for c in current}
            new = [finish(c, old.get((c["name"], c.get("type", 1)))) for c in body]
            self.registered_commands[scope] = new
            return _json_response(new)
        if method == "POST" and cmd_id is None:
            errs = _validate_command(body)
            if errs:
                return _error(400, 50035, "Invalid Form Body", errs)
            existing = next((c for c in current if c["name"] == body["name"] and c["type"] == body.get("type", 1)), None)
            cmd = finish(body, existing)
            if existing:
                current[current.index(existing)] = cmd
            else:
                current.append(cmd)
            return _json_response(cmd, 201 if not existing else 200)
        found = next((c for c in current if c["id"] == cmd_id), None)
        if found is None:
            return _error(404, 10063, "Unknown application command")
        if method == "GET":
            return _json_response(found)
        if method == "PATCH":
            merged = dict(found, **(body or {}))
            errs = _validate_command(merged)
            if errs:
                return _error(400, 50035, "Invalid Form Body", errs)
            current[current.index(found)] = merged
            return _json_response(merged)
        if method == "DELETE":
            current.remove(found)
            return web.Response(status=204)
        return _error(405, 0, "405: Method Not Allowed")

    # -- channels
    def _validate_new_message(self, body: JSON, files: List[JSON]) -> Optional[web.Response]:
        errs = validate_message_body(body)
        if errs:
            return _error(400, 50035, "Invalid Form Body", errs)
        if not (body.get("content") or body.get("embeds") or files or body.get("components")
                or body.get("sticker_ids") or body.get("poll") or body.get("attachments")):
            return _error(400, 50006, "Cannot send an empty message")
        return None

    def _apply_edit(self, msg: JSON, body: JSON, files: List[JSON]) -> None:
        cid = int(msg["channel_id"])
        guild_id = int(msg["guild_id"]) if msg.get("guild_id") else None
        for key in ("content", "embeds", "components", "flags"):
            if key in body:
                value = body[key]
                if value is None:
                    value = "" if key == "content" else (0 if key == "flags" else [])
                if key == "flags":  # ephemerality can never change after creation
                    value = (int(msg.get("flags") or 0) & MSG_FLAG_EPHEMERAL) | (int(value) & ~MSG_FLAG_EPHEMERAL)
                msg[key] = value
        if "allowed_mentions" in body:
            msg["allowed_mentions"] = body["allowed_mentions"]
        if "attachments" in body or files:
            msg["attachments"] = self._attachments_from_upload(cid, body, files, existing=msg.get("attachments", []))
        if "content" in body:
            ment, everyone, roles = self._mentions_from(msg["content"], guild_id, (), msg.get("allowed_mentions"))
            msg.update(mentions=ment, mention_everyone=everyone, mention_roles=roles)
        msg["flags"] = int(msg.get("flags") or 0) & ~MSG_FLAG_LOADING
        msg["edited_timestamp"] = _now_iso()

    async def _channel_route(self, method: str, cid: int, rest: str, body: Any, files: List[JSON],
                             query: Dict[str, str]) -> web.Response:
        m = re.fullmatch
        body = body if isinstance(body, dict) else {}
        if rest == "" and method == "GET":
            return _json_response(self.channels[cid])
        if rest == "/typing" and method == "POST":
            self.typing.append(cid)
            return web.Response(status=204)
        if rest == "/messages" and method == "POST":
            bad = self._validate_new_message(body, files)
            if bad is not None:
                return bad
            attachments = self._attachments_from_upload(cid, body, files)
            msg = self._build_message(cid, self.bot_user_id, body, attachments=attachments)
            self._store_message(msg)
            if self.echo_bot_messages:
                self._echo_message(msg)
            return _json_response(msg)
        if rest == "/messages" and method == "GET":
            msgs = list(reversed(self._messages_by_channel.get(cid, [])))
            limit = int(query.get("limit") or 50)
            return _json_response(msgs[:limit])
        if mt := m(r"/messages/(\d+)", rest):
            msg = self._messages_by_id.get(int(mt.group(1)))
            if msg is None or int(msg["channel_id"]) != cid:
                return _error(404, 10008, "Unknown Message")
            if method == "GET":
                return _json_response(msg)
            if method == "PATCH":
                if int(msg["author"]["id"]) != self.bot_user_id:
                    return _error(403, 50005, "Cannot edit a message authored by another user")
                errs = validate_message_body(body)
                if errs:
                    return _error(400, 50035, "Invalid Form Body", errs)
                self._apply_edit(msg, body, files)
                self._notify()
                if self.echo_bot_messages:
                    self._echo_message(msg, "MESSAGE_UPDATE")
                return _json_response(msg)
            if method == "DELETE":
                self._delete_message(msg)
                return web.Response(status=204)
        if mt := m(r"/messages/(\d+)/reactions/([^/]+)/@me", rest):
            msg = self._messages_by_id.get(int(mt.group(1)))
            if msg is None:
                return _error(404, 10008, "Unknown Message")
            emoji = mt.group(2)
            if method == "PUT":
                self.reactions.append((cid, int(msg["id"]), emoji))
                msg.setdefault("reactions", []).append({"count": 1, "me": True, "emoji": {"id": None, "name": emoji}})
                self._notify()
                return web.Response(status=204)
            if method == "DELETE":
                msg["reactions"] = [r for r in msg.get("reactions", []) if r["emoji"]["name"] != emoji]
                return web.Response(status=204)
        return _error(404, 0, "404: Not Found")

    def _delete_message(self, msg: JSON) -> None:
        cid = int(msg["channel_id"])
        msg["deleted"] = True
        lst = self._messages_by_channel.get(cid, [])
        if msg in lst:
            lst.remove(msg)
        self._notify()

    # -- interactions
    def _reject(self, rec: Optional[InteractionRecord], route: str, resp: web.Response) -> web.Response:
        if rec is not None:
            rec.rejections.append({"route": route, "status": resp.status, "body": json.loads(resp.body)})  # type: ignore[arg-type]
            self._notify()
        return resp

    def _interaction_callback(self, iid: int, token: str, body: Any, files: List[JSON]) -> web.Response:
        loop_now = asyncio.get_running_loop().time()
        rec = self.interactions.get(iid)
        if rec is None:
            return _error(404, 10062, "Unknown interaction")
        if rec.token != token:
            return self._reject(rec, "callback", _error(401, 50027, "Invalid Webhook Token"))
        body = body if isinstance(body, dict) else {}
        ctype = body.get("type")
        data = body.get("data") or {}
        attempt = {"type": ctype, "data": data, "at": loop_now, "status": None, "body": None}
        rec.callbacks.append(attempt)

        def reject(resp: web.Response) -> web.Response:
            attempt["status"] = resp.status
            attempt["body"] = json.loads(resp.body)  # type: ignore[arg-type]
            return self._reject(rec, "callback", resp)

        if rec.dispatched_at is None or loop_now - rec.dispatched_at > self.deadline:
            return reject(_error(404, 10062, "Unknown interaction"))
        if rec.acknowledged:
            return reject(_error(400, 40060, "Interaction has already been acknowledged."))
        allowed = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}.get(rec.type, set())
        if ctype not in allowed:
            return reject(_error(400, 50035, "Invalid Form Body", {"type": {"_errors": [
                {"code": "INTERACTION_RESPONSE_TYPE_INVALID", "message": "Invalid interaction response type"}]}}))
        if ctype in (4, 7):
            errs = validate_message_body(data)
            if errs:
                return reject(_error(400, 50035, "Invalid Form Body", {"data": errs}))
            if ctype == 4 and not (data.get("content") or data.get("embeds") or files or data.get("components")
                                   or data.get("poll") or data.get("attachments")):
                return reject(_error(400, 50006, "Cannot send an empty message"))
        if ctype == 8:
            errs = validate_autocomplete_choices(data)
            if errs:
                return reject(_error(400, 50035, "Invalid Form Body", {"data": errs}))

        # accepted
        attempt["status"] = 200
        rec.callback_type = ctype
        rec.callback_data = data
        rec.acked_at = loop_now
        cid = rec.channel_id or 0
        interaction_meta = {
            "id": str(rec.id), "type": rec.type,
            "user": rec.payload.get("user") or rec.payload.get("member", {}).get("user"),
            "authorizing_integration_owners": rec.payload.get("authorizing_integration_owners", {}),
        }
        if rec.type == 2:
            interaction_meta["name"] = (rec.payload.get("data") or {}).get("name")
        message: Optional[JSON] = None
        ephemeral = bool(int(data.get("flags") or 0) & MSG_FLAG_EPHEMERAL)
        if ctype in (4, 5):
            msg_body = dict(data)
            if ctype == 5:
                msg_body = {"flags": int(data.get("flags") or 0) | MSG_FLAG_LOADING}
            attachments = self._attachments_from_upload(cid, msg_body, files) if ctype == 4 else []
            message = self._build_message(
                cid, self.bot_user_id, msg_body, attachments=attachments, msg_type=20 if rec.type == 2 else 0,
                extra={"webhook_id": str(self.application_id), "application_id": str(self.application_id),
                       "interaction_metadata": interaction_meta},
            )
            rec.response = message
            self._store_message(message, history=not ephemeral)
            if not ephemeral and self.echo_bot_messages:
                self._echo_message(message)
        elif ctype in (6, 7) and rec.payload.get("message"):
            target = self._messages_by_id.get(int(rec.payload["message"]["id"]))
            if target is not None:
                rec.response = target
                if ctype == 7:
                    self._apply_edit(target, data, files)
                    if self.echo_bot_messages and not (int(target.get("flags") or 0) & MSG_FLAG_EPHEMERAL):
                        self._echo_message(target, "MESSAGE_UPDATE")
                message = target
        elif ctype == 8:
            rec.choices = list(data.get("choices") or [])
        self._notify()

        result: JSON = {"interaction": {"id": str(rec.id), "type": rec.type}}
        if message is not None:
            result["interaction"].update(
                response_message_id=message["id"],
                response_message_loading=bool(int(message.get("flags") or 0) & MSG_FLAG_LOADING),
                response_message_ephemeral=bool(int(message.get("flags") or 0) & MSG_FLAG_EPHEMERAL),
            )
            result["resource"] = {"type": ctype, "message": message}
        elif ctype is not None:
            result["resource"] = {"type": ctype} if ctype != 8 else None
            if result["resource"] is None:
                del result["resource"]
        return _json_response(result)

    async def _webhook(self, method: str, app_id: int, token: str, message_ref: Optional[str], body: Any,
                       files: List[JSON], rec_: RequestRecord) -> web.Response:
        rec = self._interactions_by_token.get(token)
        if app_id != self.application_id or rec is None:
            return _error(404, 10015, "Unknown Webhook")
        now = asyncio.get_running_loop().time()
        if rec.dispatched_at is None or now - rec.dispatched_at > self.webhook_token_ttl:
            return self._reject(rec, "webhook", _error(401, 50027, "Invalid Webhook Token"))
        body = body if isinstance(body, dict) else {}

        if message_ref is None:
            if method != "POST":
                return _error(405, 0, "405: Method Not Allowed")
            # followup
            if not rec.acknowledged:
                return self._reject(rec, "followup", _error(404, 10015, "Unknown Webhook"))
            errs = validate_message_body(body)
            if errs:
                return self._reject(rec, "followup", _error(400, 50035, "Invalid Form Body", errs))
            if not (body.get("content") or body.get("embeds") or files or body.get("components")
                    or body.get("poll") or body.get("attachments")):
                return self._reject(rec, "followup", _error(400, 50006, "Cannot send an empty message"))
            original = rec.response
            if (rec.callback_type == 5 and original is not None and not rec.deleted
                    and int(original.get("flags") or 0) & MSG_FLAG_LOADING):
                # Discord: the first followup after a deferred response fills the "thinking" message
                # (once that message is deleted, a followup is a message of its own again)
                self._apply_edit(original, body, files)
                rec.followups.append(original)
                if self.echo_bot_messages and not (int(original["flags"]) & MSG_FLAG_EPHEMERAL):
                    self._echo_message(original, "MESSAGE_UPDATE")
                self._notify()
                return _json_response(original)
            cid = rec.channel_id or 0
            attachments = self._attachments_from_upload(cid, body, files)
            msg = self._build_message(
                cid, self.bot_user_id, body, attachments=attachments, msg_type=0,
                extra={"webhook_id": str(self.application_id), "application_id": str(self.application_id)},
            )
            ephemeral = bool(int(msg["flags"]) & MSG_FLAG_EPHEMERAL)
            rec.followups.append(msg)
            self._store_message(msg, history=not ephemeral)
            if not ephemeral and self.echo_bot_messages:
                self._echo_message(msg)
            return _json_response(msg)

        # /messages/{id|@original}
        if message_ref == "@original":
            msg = rec.response
            if msg is None or rec.deleted:
                return self._reject(rec, "original", _error(404, 10008, "Unknown Message"))
        else:
            msg = next((f for f in rec.followups if f["id"] == message_ref), None)
            if msg is None:
                return self._reject(rec, "message", _error(404, 10008, "Unknown Message"))
        if method == "GET":
            return _json_response(msg)
        if method == "PATCH":
            errs = validate_message_body(body)
            if errs:
                return self._reject(rec, "edit", _error(400, 50035, "Invalid Form Body", errs))
            rec.edits.append(dict(body, _target=message_ref))
            self._apply_edit(msg, body, files)
            if self.echo_bot_messages and not (int(msg.get("flags") or 0) & MSG_FLAG_EPHEMERAL):
                self._echo_message(msg, "MESSAGE_UPDATE")
            self._notify()
            return _json_response(msg)
        if method == "DELETE":
            if message_ref == "@original":
                rec.deleted = True
            self._delete_message(msg)
            return web.Response(status=204)
        return _error(405, 0, "405: Method Not Allowed")


def _guess_type(filename: str) -> str:
    import mimetypes

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def run_with_fake(body: Callable[[FakeDiscord], Awaitable[Any]], *, timeout: float = 30.0, **fake_kwargs: Any) -> Any:
    """``asyncio.run`` a test body with a started FakeDiscord (stopped afterwards)."""

    async def main() -> Any:
        fake = FakeDiscord(**fake_kwargs)
        await fake.start()
        try:
            return await asyncio.wait_for(body(fake), timeout)
        finally:
            await fake.stop()

    return asyncio.run(main())
