"""Pytest glue for the fake Discord server (see fake_discord.py for the API).

NOTE: this directory must not contain an ``__init__.py`` — ``tests/`` is not a package, so
pytest would import ``tests/discord`` as the top-level package ``discord`` and shadow
discord.py.
"""

from __future__ import annotations

import os
import sys

import pytest

_HERE = os.path.dirname(os.path.abspath(__file__))
if _HERE not in sys.path:  # also works under --import-mode=importlib
    sys.path.insert(0, _HERE)

from fake_discord import run_with_fake  # noqa: E402


@pytest.fixture
def run_fake():
    """``run_fake(async_body, **FakeDiscord_kwargs)``: asyncio.run the body with a started fake."""
    return run_with_fake
