"""Fixtures of the answer tests: `small_engine` (awards_critics_fixture.py), an engine over a small
corpus of awards and critics pages, one per test module."""
from __future__ import annotations

from tests.answer.awards_critics_fixture import small_engine

__all__ = ["small_engine"]  # a fixture: pytest finds it here
