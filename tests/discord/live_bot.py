"""The live bot the Discord tests talk to: the real FilmBot and the real AnswerEngine, logged into
the fake Discord server (fake_discord.py), on an event loop in a background thread.

`conftest.py` makes it the module-scoped `live` fixture: each test module pays for one login and
one index build, and no module sees another's changes to the corpus.
"""
from __future__ import annotations

import asyncio
import shutil
import threading
import time
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import discord
from fake_discord import FakeDiscord

from bot.answer.engine import AnswerEngine
from bot.discord.client import FilmBot
from bot.discord.common import sync_tree
from bot.settings import Settings

MANAGE_GUILD = discord.Permissions(manage_guild=True).value
SLOW_SECONDS = 4.0


class KnobbedEngine(AnswerEngine):
    """The real engine, with knobs tests turn: a slow answer, a huge answer, slow progress."""

    slow_progress_steps = 0  # the first N progress reports each take PROGRESS_PAUSE seconds
    PROGRESS_PAUSE = 0.3

    def answer_question(self, question, film=None, *, spoilers=False, follow_on=None):
        if "slowly" in question:
            time.sleep(SLOW_SECONDS)  # a slow engine: the interaction must be deferred in time
        answer = super().answer_question(question.replace("slowly", ""), film, spoilers=spoilers,
                                         follow_on=follow_on)
        if "everything" in question:  # a real answer blown up past every Discord limit
            answer = answer.model_copy(update={
                "answer": (answer.answer + " ") * 200,
                "items": [f"{item} " * 30 for item in answer.items] * 40,
                "sources": list(answer.sources) * 10,
            })
        return answer

    def reindex(self, progress=None, **kwargs):
        remaining = [self.slow_progress_steps]

        def slow(text: str) -> None:
            if remaining[0] > 0:
                remaining[0] -= 1
                time.sleep(self.PROGRESS_PAUSE)
            if progress:
                progress(text)

        return super().reindex(slow, **kwargs)

@dataclass
class Live:
    loop: asyncio.AbstractEventLoop
    fake: FakeDiscord
    bot: FilmBot
    engine: KnobbedEngine
    settings: Settings

    def run(self, coro: Coroutine, timeout: float = 30.0):
        """Run a test body on the bot's loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    async def member(self, name: str, permissions: int | None = None) -> int:
        """A fresh member, so each test has its own question cooldown."""
        user_id = self.fake.add_user(name)
        self.fake.add_member(user_id, permissions=permissions)
        await asyncio.sleep(0.05)  # let the role/member events reach the bot's cache
        return user_id

@contextmanager
def running_live(corpus: Path, root: Path, live_class: type[Live] = Live, **overrides) -> Iterator[Live]:
    """A FilmBot logged into a fake Discord over a private copy of `corpus`, on its own event-loop
    thread, with its slash commands synced; everything is stopped and closed afterwards."""
    shutil.copytree(corpus, root / "corpus")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="bot-loop", daemon=True)
    thread.start()

    def run(coro, timeout=30.0):
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout)

    fake = FakeDiscord()
    run(fake.start())
    settings = make_settings(root, owner_ids={fake.owner_id}, **overrides)
    engine = KnobbedEngine(settings)
    engine.ensure_index()
    live = live_class(loop, fake, FilmBot(settings, engine=engine, guild_ready_timeout=0.05), engine, settings)
    live.session = fake.run_bot(live.bot)
    run(live.session.__aenter__())
    run(sync_tree(live.bot, None))  # the fake learns the option types from what the bot registers
    try:
        yield live
    finally:
        run(live.session.__aexit__(None, None, None))
        run(fake.stop())
        run(cancel_leftover_tasks())  # e.g. pager timeouts still counting down
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


def make_settings(root: Path, **overrides) -> Settings:
    values = dict(corpus_dir=root / "corpus", index_dir=root / "index", message_content_intent=True,
                  question_cooldown_rate=3, question_cooldown_seconds=60.0,
                  max_document_bytes=20_000, log_level="WARNING")
    return Settings(_env_file=None, **{**values, **overrides})

async def cancel_leftover_tasks() -> None:
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

def no_rejections(fake: FakeDiscord) -> None:
    assert not fake.rejected_requests, [(r.method, r.path, r.status, r.response)
                                        for r in fake.rejected_requests]

def one_clear_line(stderr: str, expected: str) -> None:
    lines = [line for line in stderr.splitlines() if line.startswith("filmbot:")]
    assert len(lines) == 1 and expected in lines[0], stderr
    assert "Traceback" not in stderr
