"""Shared helpers for the reliability suite: numbers for the summary, corpus builders, Discord
limit checks, and `LiveBot` (the real FilmBot + AnswerEngine against the fake Discord server).

Test modules import this as a plain module (tests/reliability is on sys.path, see conftest.py).
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
import shutil
import statistics
import subprocess
import threading
import time
from collections import defaultdict
from collections.abc import Coroutine
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import discord

REPO = Path(__file__).resolve().parents[2]
BUNDLED_CORPUS = REPO / "corpus"
MANAGE_GUILD = discord.Permissions(manage_guild=True).value

# Discord's documented limits, restated here on purpose (not imported from bot.discord.render):
# the tests check the product against Discord, not against the product's own constants.
CONTENT = 2000
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
EMBED_TOTAL = 6000
CHOICES = 25
CHOICE_TEXT = 100

# Mention syntax Discord would turn into a ping (user/role ids are 17-20 digit snowflakes).
PING = re.compile(r"@everyone|@here|<@[!&]?\d{17,20}>")


# -- numbers printed at the end of the run (conftest.py's pytest_terminal_summary) --------------

class Stats:
    """Counters and lines the suite reports; the conftest prints them after the test summary."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = defaultdict(int)
        self.lines: dict[str, list[str]] = defaultdict(list)
        self._lock = threading.Lock()

    def count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counts[name] += n

    def line(self, section: str, text: str) -> None:
        with self._lock:
            self.lines[section].append(text)

    def summary_lines(self) -> list[str]:
        out = []
        examples = {k.removeprefix("examples:"): v for k, v in self.counts.items() if k.startswith("examples:")}
        if examples:
            out.append(f"property-based examples run: {sum(examples.values())}")
            out.extend(f"  {label}: {n}" for label, n in sorted(examples.items()))
        out.extend(f"{name}: {n}" for name, n in sorted(self.counts.items()) if not name.startswith("examples:"))
        for section in sorted(self.lines):
            out.append(f"{section}:")
            out.extend(f"  {text}" for text in self.lines[section])
        return out


STATS = Stats()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[rank]


def describe_ms(values: list[float]) -> str:
    """max / p99 / median of seconds, in milliseconds."""
    if not values:
        return "no samples"
    return (f"n={len(values)} max={max(values) * 1000:.1f} ms p99={percentile(values, 99) * 1000:.1f} ms "
            f"median={statistics.median(values) * 1000:.1f} ms")


# -- corpora ----------------------------------------------------------------------------------

def copy_corpus(target: Path) -> Path:
    """A writable copy of the bundled corpus (the bundled files are read-only)."""
    shutil.copytree(BUNDLED_CORPUS, target)
    for path in target.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return target


PAD_BODY = ("The restoration team catalogued the archive reels in the basement of the studio, "
            "noting each splice, each scratch and each faded title card. ") * 30


def pad_corpus(corpus: Path, documents: int, film: str = "parallel-mothers") -> None:
    """Extra documents that make a build take longer (about 20 ms each) without changing answers
    about the film's cast, crew or awards."""
    folder = corpus / film
    for n in range(documents):
        (folder / f"pad-{n:04d}.txt").write_text(f"Archive note {n}\n\n{PAD_BODY}\n", encoding="utf-8")


# -- what Discord accepts ---------------------------------------------------------------------

def embed_problems(embed: dict) -> list[str]:
    """Every way an embed (as sent: `Embed.to_dict()`) breaks Discord's limits."""
    problems = []
    title, description = embed.get("title") or "", embed.get("description") or ""
    footer = (embed.get("footer") or {}).get("text") or ""
    fields = embed.get("fields") or []
    if len(title) > TITLE:
        problems.append(f"title {len(title)} > {TITLE}")
    if len(description) > DESCRIPTION:
        problems.append(f"description {len(description)} > {DESCRIPTION}")
    if len(fields) > FIELDS:
        problems.append(f"{len(fields)} fields > {FIELDS}")
    total = len(title) + len(description) + len(footer)
    for n, field in enumerate(fields):
        name, value = str(field.get("name") or ""), str(field.get("value") or "")
        total += len(name) + len(value)
        if not name.strip() or len(name) > FIELD_NAME:
            problems.append(f"field {n} name length {len(name)}")
        if not value.strip() or len(value) > FIELD_VALUE:
            problems.append(f"field {n} value length {len(value)}")
    if len(footer) > FOOTER:
        problems.append(f"footer {len(footer)} > {FOOTER}")
    if total > EMBED_TOTAL:
        problems.append(f"embed total {total} > {EMBED_TOTAL}")
    if not (title or description or fields or footer):
        problems.append("empty embed")
    return problems


def visible_text(embed: dict) -> str:
    parts = [embed.get("title") or "", embed.get("description") or "",
             (embed.get("footer") or {}).get("text") or ""]
    for field in embed.get("fields") or []:
        parts += [str(field.get("name") or ""), str(field.get("value") or "")]
    return "\n".join(parts)


def pings_in(text: str) -> list[str]:
    return PING.findall(text)


# -- the live bot -----------------------------------------------------------------------------

class LogCapture(logging.Handler):
    """Keeps WARNING and above from the bot and discord.py, for "no errors" assertions."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def problems(self) -> list[str]:
        return [f"{r.name} {r.levelname}: {r.getMessage()}" for r in self.records
                if r.name.startswith(("bot", "discord", "asyncio"))
                and "is not installed, voice will NOT be supported" not in r.getMessage()]


class LiveBot:
    """The real FilmBot and AnswerEngine logged into the fake Discord server.

    Unlike tests/discord/live_bot.py (one loop for both), the fake and the bot each get an
    event loop in their own thread, so time the bot's loop spends is the bot's own: the load test
    measures the bot loop's lag, and the fake's bookkeeping does not count against it.
    World building and stimuli run on the fake's loop (`on_fake`), bot-side calls on the bot's
    (`on_bot`).
    """

    def __init__(self, settings, engine, *, deadline: float = 3.0, bot_owner: bool = True) -> None:
        self.settings_template = settings
        self.engine = engine
        self.deadline = deadline
        self.want_bot_owner = bot_owner
        self.logs = LogCapture()

    # loops
    def _loop_thread(self, name: str) -> asyncio.AbstractEventLoop:
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name=name, daemon=True)
        thread.start()
        self._threads.append((loop, thread))
        return loop

    def on_fake(self, coro: Coroutine, timeout: float = 60.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.fake_loop).result(timeout)

    def on_bot(self, coro: Coroutine, timeout: float = 60.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.bot_loop).result(timeout)

    def start(self) -> LiveBot:
        from fake_discord import FakeDiscord

        from bot.discord.client import FilmBot, sync_tree

        self._threads: list = []
        self.fake_loop = self._loop_thread("fake-discord-loop")
        self.bot_loop = self._loop_thread("filmbot-loop")
        self.fake = FakeDiscord(deadline=self.deadline)
        self.on_fake(self.fake.start())
        # The bot's owner is a separate account, not the guild owner: owner-only means bot owner.
        self.bot_owner_id = self.fake.add_user("bot-owner") if self.want_bot_owner else None
        owners = {self.bot_owner_id} if self.bot_owner_id else set()
        self.settings = self.settings_template.model_copy(update={"owner_ids": owners})
        self._patch = self.fake.patched_discord()
        self._patch.__enter__()
        logging.getLogger().addHandler(self.logs)
        self.bot = FilmBot(self.settings, engine=self.engine, guild_ready_timeout=0.05)
        self.on_bot(self._login())
        self.on_bot(sync_tree(self.bot, None))  # the fake learns option types from the bot
        return self

    async def _login(self, timeout: float = 20.0) -> None:
        self._task = asyncio.create_task(self.bot.start(self.fake.token))
        deadline = time.monotonic() + timeout
        while not self.bot.is_ready():
            if self._task.done():
                self._task.result()
                raise RuntimeError("bot.start() returned before the bot became ready")
            if time.monotonic() > deadline:
                raise TimeoutError("bot not ready")
            await asyncio.sleep(0.01)

    def stop(self) -> None:
        try:
            self.on_bot(self._logout())
            self.on_fake(self.fake.stop())
            self.on_fake(_cancel_leftovers())
        finally:
            logging.getLogger().removeHandler(self.logs)
            self._patch.__exit__(None, None, None)
            for loop, thread in self._threads:
                loop.call_soon_threadsafe(loop.stop)
                thread.join(5)
                loop.close()

    async def _logout(self) -> None:
        await self.bot.close()
        try:
            await asyncio.wait_for(self._task, 5)
        except BaseException:  # noqa: BLE001 - shutting down; the task's result is irrelevant
            pass
        await _cancel_leftovers()  # e.g. pager timeouts still counting down

    # world building (always on the fake's loop)
    def member(self, name: str, permissions: int | None = None) -> int:
        async def make() -> int:
            user_id = self.fake.add_user(name)
            self.fake.add_member(user_id, permissions=permissions)
            return user_id

        user_id = self.on_fake(make())
        self.wait_bot_sees(user_id, permissions)
        return user_id

    def members(self, prefix: str, count: int) -> list[int]:
        async def make() -> list[int]:
            ids = []
            for n in range(count):
                user_id = self.fake.add_user(f"{prefix}-{n}")
                self.fake.add_member(user_id)
                ids.append(user_id)
            return ids

        return self.on_fake(make())

    def wait_bot_sees(self, user_id: int, permissions: int | None) -> None:
        """Prefix commands check roles from the bot's cache: wait for the role to reach it."""
        if permissions is None:
            time.sleep(0.05)
            return
        deadline = time.monotonic() + 5
        guild_id = self.fake.guild_id
        role_name = f"perms-{user_id}"
        while time.monotonic() < deadline:
            guild = self.bot.get_guild(guild_id)
            if guild and any(r.name == role_name for r in guild.roles):
                return
            time.sleep(0.01)
        raise TimeoutError(f"the bot never saw role {role_name}")

    def no_rejections(self) -> None:
        rejected = self.fake.rejected_requests
        assert not rejected, [(r.method, r.path, r.status, r.response) for r in rejected]


class ProcessBot:
    """The real FilmBot in its own process (bot_process.py), the fake Discord in this one.

    What real Discord gives: the bot's event loop and GIL are its own, so the event-loop lag the
    bot process measures is FilmBot's, not the fake's. Stimuli run on the fake's loop (`on_fake`),
    as with LiveBot; the bot is started and stopped here, and its log (stderr) is kept.
    """

    def __init__(self, settings, *, deadline: float = 3.0) -> None:
        self.settings = settings
        self.deadline = deadline

    def on_fake(self, coro: Coroutine, timeout: float = 60.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.fake_loop).result(timeout)

    def start(self, timeout: float = 60.0) -> ProcessBot:
        import json
        import sys
        import tempfile

        from fake_discord import FakeDiscord

        self.fake_loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.fake_loop.run_forever, name="fake-discord-loop", daemon=True)
        self._thread.start()
        self.fake = FakeDiscord(deadline=self.deadline)
        self.on_fake(self.fake.start())
        self.lag_file = Path(tempfile.mkdtemp(prefix="filmbot-lag-")) / "lag.json"
        self.log_file = self.lag_file.with_name("bot.log")
        config = {
            "api_base": self.fake.api_base, "gateway_url": self.fake.gateway_url, "token": self.fake.token,
            "settings": self.settings.model_dump(mode="json", exclude={"token"}), "lag_file": str(self.lag_file),
        }
        self._log = self.log_file.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("bot_process.py")), json.dumps(config)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log, text=True,
        )
        ready = threading.Event()
        threading.Thread(target=lambda: self.process.stdout.readline() == "READY\n" and ready.set(),
                         daemon=True).start()
        if not ready.wait(timeout):
            self.stop()
            raise TimeoutError(f"the bot process never became ready:\n{self.log()}")
        return self

    def lag_samples(self) -> list[tuple[float, float]]:
        """(wall time, lag in seconds) of each 10 ms tick the bot's loop measured; after stop()."""
        import json

        return [tuple(s) for s in json.loads(self.lag_file.read_text(encoding="utf-8"))]

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_file.read_text(encoding="utf-8")

    def problems(self) -> list[str]:
        """Warnings, errors and tracebacks the bot logged."""
        return [line for line in self.log().splitlines()
                if any(word in line for word in (" WARNING ", " ERROR ", " CRITICAL ", "Traceback"))
                and "voice will NOT be supported" not in line]

    def stop(self) -> None:
        """Stop the bot (it writes its lag samples), then the fake. Safe to call twice."""
        if self.fake_loop.is_closed():
            return
        try:
            if self.process.poll() is None:
                self.process.stdin.write("stop\n")
                self.process.stdin.flush()
                try:
                    self.process.wait(30)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(5)
            self.on_fake(self.fake.stop())
            self.on_fake(_cancel_leftovers())
        finally:
            self._log.close()
            self.fake_loop.call_soon_threadsafe(self.fake_loop.stop)
            self._thread.join(5)
            self.fake_loop.close()

    def no_rejections(self) -> None:
        rejected = self.fake.rejected_requests
        assert not rejected, [(r.method, r.path, r.status, r.response) for r in rejected]


async def _cancel_leftovers() -> None:
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


@contextmanager
def bundled_live_bot(root: Path, **overrides):
    """LiveBot over an indexed copy of the bundled corpus under root; stopped on exit."""
    from bot.answer.engine import AnswerEngine

    copy_corpus(root / "corpus")
    settings = live_settings(root, **overrides)
    engine = AnswerEngine(settings)
    engine.reindex()
    bot = LiveBot(settings, engine).start()
    try:
        yield bot
    finally:
        bot.stop()


def live_settings(root: Path, **overrides):
    from bot.settings import Settings

    values = dict(corpus_dir=root / "corpus", index_dir=root / "index", message_content_intent=True,
                  question_cooldown_rate=1000, question_cooldown_seconds=1.0,
                  max_document_bytes=20_000, log_level="WARNING")
    return Settings(_env_file=None, **{**values, **overrides})


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default
