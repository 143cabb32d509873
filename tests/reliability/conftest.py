"""Reliability suite glue: the `slow` opt-in, shared fixtures, and the numbers printed at the end.

* Tests marked `slow` here are the long variants; they are skipped unless the run selects them
  with `-m slow` (`python3 -m pytest -m slow tests/reliability`). Plain `python3 -m pytest` (CI)
  runs every other test in this folder.
* After the test summary, a "reliability numbers" section lists what was measured: examples run by
  each property, kill trials and their seed, interaction ack times, event-loop lag. It is written
  through the terminal reporter, so it shows with or without `-s`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for _path in (HERE, HERE.parent / "discord"):  # reliability_support, fake_discord
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from reliability_support import STATS, copy_corpus  # noqa: E402


def slow_selected(config: pytest.Config) -> bool:
    expression = config.getoption("markexpr", "") or ""
    return "slow" in expression and "not slow" not in expression


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if slow_selected(config):
        return
    skip = pytest.mark.skip(reason="long variant: run with -m slow")
    for item in items:
        if item.get_closest_marker("slow") and HERE in Path(str(item.fspath)).parents:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    lines = STATS.summary_lines()
    if not lines:
        return
    terminalreporter.write_sep("=", "reliability numbers")
    for line in lines:
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def fuzz_engine(tmp_path_factory):
    """One engine over a private copy of the bundled corpus, shared by the property tests."""
    from bot.answer.engine import AnswerEngine
    from bot.settings import Settings

    root = tmp_path_factory.mktemp("fuzz")
    corpus = copy_corpus(root / "corpus")
    engine = AnswerEngine(Settings(corpus_dir=corpus, index_dir=root / "index", _env_file=None))
    engine.reindex()
    return engine
