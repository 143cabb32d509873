"""Shared fixtures: a private copy of the bundled corpus and an engine built over it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.settings import Settings

REPO = Path(__file__).resolve().parents[1]
BUNDLED_CORPUS = REPO / "corpus"


def make_settings(corpus: Path, index: Path, **extra) -> Settings:
    return Settings(corpus_dir=corpus, index_dir=index, _env_file=None, **extra)


def engine_over(files: dict[str, str], root: Path) -> AnswerEngine:
    """An indexed engine over a corpus written from {relative path: text} under root."""
    for name, text in files.items():
        path = root / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    engine = AnswerEngine(make_settings(root / "corpus", root / "index"))
    engine.reindex()
    return engine


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, target)
    return target


@pytest.fixture
def engine(corpus_copy: Path, tmp_path: Path) -> AnswerEngine:
    """A fresh engine over its own corpus copy and index: tests may change either."""
    engine = AnswerEngine(make_settings(corpus_copy, tmp_path / "index"))
    engine.reindex()
    return engine


@pytest.fixture(scope="session")
def seed_engine(tmp_path_factory) -> AnswerEngine:
    """One engine over the bundled corpus for read-only tests."""
    index = tmp_path_factory.mktemp("seed-index")
    engine = AnswerEngine(make_settings(BUNDLED_CORPUS, index))
    engine.reindex()
    return engine
