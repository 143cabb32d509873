"""Pytest glue: the fake Discord server (see fake_discord.py for the API) and the live bot
(live_bot.py) as fixtures.

NOTE: this directory must not contain an ``__init__.py`` — ``tests/`` is not a package, so
pytest would import ``tests/discord`` as the top-level package ``discord`` and shadow
discord.py.
"""

from __future__ import annotations

import logging
import os
import sys

import pytest

_HERE = os.path.dirname(os.path.abspath(__file__))
if _HERE not in sys.path:  # also works under --import-mode=importlib
    sys.path.insert(0, _HERE)

from fake_discord import run_with_fake  # noqa: E402
from live_bot import running_live  # noqa: E402

from bot.settings import BUNDLED_CORPUS  # noqa: E402


@pytest.fixture
def run_fake():
    """``run_fake(async_body, **FakeDiscord_kwargs)``: asyncio.run the body with a started fake."""
    return run_with_fake


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A FilmBot logged into a fake Discord over a private copy of the bundled corpus."""
    with running_live(BUNDLED_CORPUS, tmp_path_factory.mktemp("filmbot")) as live:
        yield live


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
