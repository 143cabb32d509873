"""Where FilmBot reads and writes: the corpus and the index, checked before anything touches them.

The command line refuses a bad place with one line saying what to do (exit 2), `filmbot doctor`
prints the same sentences, and the bot logs the index's state when it starts. Nothing here creates
a file or a folder: a probe for writing makes a temporary file and removes it.
"""
from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.settings import Settings, installed_without_corpus, source_of
from index.corpus import DOCUMENT_SUFFIXES, FILM_FILE, corpus_fingerprint


class PlaceError(Exception):
    """A place FilmBot cannot use; the message says which, why and what to do."""


def where_from(settings: Settings, field: str, flag: str) -> str:
    source = source_of(settings, field)
    if source == "the command line":
        return f"from {flag}"
    if source == "the default" and field == "corpus_dir" and installed_without_corpus():
        return ("the default for an installed copy: corpus/ in the working directory; "
                f"set FILMBOT_CORPUS_DIR or {flag}")
    if source == "the default":
        return f"the default; set FILMBOT_{field.upper()} or {flag} to change it"
    return f"from {source}"


def corpus_problem(settings: Settings) -> str | None:
    """Why the corpus folder can't be used, or None."""
    corpus = Path(settings.corpus_dir)
    where = where_from(settings, "corpus_dir", "--corpus")
    if not corpus.exists():
        return (f"no corpus at {corpus} ({where}): point --corpus or FILMBOT_CORPUS_DIR at the "
                "folder holding one folder per film")
    if not corpus.is_dir():
        return f"the corpus {corpus} is a file, not a folder ({where}); point --corpus at the folder"
    if looks_like_a_film(corpus):
        return (f"{corpus} is one film's folder (it holds {FILM_FILE} or documents), not a corpus; "
                f"point --corpus at its parent, {corpus.resolve().parent}")
    return None


def looks_like_a_film(folder: Path) -> bool:
    if (folder / FILM_FILE).is_file():
        return True
    entries = [p for p in folder.iterdir() if not p.name.startswith(".")]
    has_documents = any(p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES for p in entries)
    return has_documents and not any(p.is_dir() for p in entries)


def writable_problem(path: Path) -> str | None:
    """Why FilmBot could not write in `path` (created if missing), or None. Creates nothing."""
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing} is a file"
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as error:
        return f"{existing} is not writable ({error.strerror or error})"
    return None


def index_problem(settings: Settings) -> str | None:
    """Why the index folder can't be used, or None."""
    index = Path(settings.index_dir)
    where = where_from(settings, "index_dir", "--index")
    if index.exists() and not index.is_dir():
        return (f"the index path {index} is a file ({where}); point --index or FILMBOT_INDEX_DIR at "
                "a folder FilmBot may write")
    problem = writable_problem(index)
    if problem:
        return (f"cannot write the index at {index} ({where}): {problem}; point --index or "
                "FILMBOT_INDEX_DIR at a folder FilmBot may write")
    return None


def check_places(settings: Settings) -> None:
    """Raise PlaceError for the first place that can't be used: the corpus, then the index."""
    problem = corpus_problem(settings) or index_problem(settings)
    if problem:
        raise PlaceError(problem)


@dataclass
class IndexState:
    path: Path
    generation: str | None = None  # the folder of the current generation
    films: int = 0
    documents: int = 0
    built_at: float | None = None
    up_to_date: bool = False  # built from the corpus as it is now
    size: int = 0  # bytes

    def describe(self, now: float | None = None) -> str:
        if self.generation is None:
            return f"no index yet in {self.path}"
        age = describe_age((now or time.time()) - self.built_at) if self.built_at else "at an unknown time"
        fresh = "up to date with the corpus" if self.up_to_date else "older than the corpus"
        return (f"generation {self.generation} in {self.path}: {self.films} film(s), "
                f"{self.documents} document(s), built {age} ago, {fresh}, {describe_size(self.size)}")


def index_state(settings: Settings) -> IndexState:
    """The current generation and whether it was built from the corpus as it is now."""
    from index.search import IndexReader  # opens Whoosh: only for those who ask

    state = IndexState(Path(settings.index_dir))
    if not state.path.is_dir():
        return state
    generation = IndexReader(state.path).generation()
    if generation is None:
        return state
    report = generation.report
    state.generation = generation.path.name
    state.films, state.documents, state.built_at = report.films, report.documents, report.built_at
    state.up_to_date = generation.fingerprint == corpus_fingerprint(settings.corpus_dir)
    state.size = sum(p.stat().st_size for p in generation.path.rglob("*") if p.is_file())
    return state


def describe_age(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{int(seconds)} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} days"


def describe_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
