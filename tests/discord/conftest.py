"""Pytest glue: the fake Discord server (see fake_discord.py for the API) and the live bot
(live_bot.py) as fixtures.

NOTE: this directory must not contain an ``__init__.py`` — ``tests/`` is not a package, so
pytest would import ``tests/discord`` as the top-level package ``discord`` and shadow
discord.py.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sys
import threading

import pytest

_HERE = os.path.dirname(os.path.abspath(__file__))
if _HERE not in sys.path:  # also works under --import-mode=importlib
    sys.path.insert(0, _HERE)

from fake_discord import FakeDiscord, run_with_fake  # noqa: E402
from live_bot import KnobbedEngine, Live, cancel_leftover_tasks, make_settings  # noqa: E402

from bot.discord.client import FilmBot  # noqa: E402
from bot.discord.common import sync_tree  # noqa: E402
from bot.settings import BUNDLED_CORPUS  # noqa: E402


@pytest.fixture
def run_fake():
    """``run_fake(async_body, **FakeDiscord_kwargs)``: asyncio.run the body with a started fake."""
    return run_with_fake


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A FilmBot logged into a fake Discord over a private copy of the bundled corpus."""
    root = tmp_path_factory.mktemp("filmbot")
    shutil.copytree(BUNDLED_CORPUS, root / "corpus")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="bot-loop", daemon=True)
    thread.start()

    def run(coro, timeout=30.0):
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout)

    fake = FakeDiscord()
    run(fake.start())
    settings = make_settings(root, owner_ids={fake.owner_id})
    engine = KnobbedEngine(settings)
    engine.ensure_index()
    bot = FilmBot(settings, engine=engine, guild_ready_timeout=0.05)
    session = fake.run_bot(bot)
    run(session.__aenter__())
    run(sync_tree(bot, None))  # the fake learns the option types from what the bot registers
    try:
        yield Live(loop, fake, bot, engine, settings)
    finally:
        run(session.__aexit__(None, None, None))
        run(fake.stop())
        run(cancel_leftover_tasks())  # e.g. pager timeouts still counting down
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


@pytest.fixture
def root_logging():
    """run_bot configures logging on the root logger; put it back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)

