"""The index on disk: Whoosh passages plus facts and the film list, in generations.

Layout of the index folder:
    CURRENT                 name of the generation being served (replaced atomically)
    gen-<n>/whoosh/         the Whoosh index of passages
    gen-<n>/films.json      the films, with titles and aliases
    gen-<n>/facts/<slug>.json   facts per film, loaded on demand
    gen-<n>/report.json     what the build indexed and every problem it found
    build-<pid>-<n>/        a build in progress (removed if its process died)
    .build.lock             held by the one process building

A build writes a complete new generation, then switches CURRENT to it with os.replace, so a
reader sees either the old index or the new one, never half of one; a failed or killed build
leaves CURRENT untouched. The previous generation is kept so readers that opened it just before
the switch can finish; older ones are removed.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from pydantic import TypeAdapter
from whoosh import index as whoosh_index
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.support.charset import accent_map

from index.corpus import Corpus, corpus_fingerprint, load_corpus
from index.extract import extract_facts
from index.models import Fact, Film, IndexReport, Passage
from index.passages import split_passages

# Accents are folded before stemming, so "Hervé" and "Herve" stem alike.
ANALYZER = RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map) | StopFilter() | StemFilter()
SCHEMA = Schema(
    id=ID(stored=True, unique=True),
    film=ID(stored=True),
    document=ID(stored=True),
    kind=ID(stored=True),
    heading=TEXT(analyzer=ANALYZER, stored=True),
    text=TEXT(analyzer=ANALYZER, stored=True),
    source=STORED, author=STORED, url=STORED, position=STORED, start=STORED, end=STORED,
)
CURRENT = "CURRENT"
FACTS = TypeAdapter(list[Fact])
FILMS = TypeAdapter(list[Film])
Progress = Callable[[str, int, int], None]  # (stage, done, total)


class BuildInProgress(RuntimeError):
    """Another process or thread holds the build lock."""


def build_index(corpus_dir: Path, index_dir: Path, max_bytes: int, progress: Progress | None = None) -> IndexReport:
    """Build a new generation from the corpus and switch readers to it."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    with build_lock(index_dir):
        remove_abandoned_builds(index_dir)
        fingerprint = corpus_fingerprint(corpus_dir)
        corpus = load_corpus(Path(corpus_dir), max_bytes)
        work = index_dir / f"build-{os.getpid()}-{time.time_ns()}"
        work.mkdir()
        try:
            report = write_generation(work, corpus, progress or (lambda *_: None), started, fingerprint)
            switch_to(index_dir, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        prune_generations(index_dir)
    return report


def write_generation(work: Path, corpus: Corpus, progress: Progress, started: float, fingerprint: str) -> IndexReport:
    (work / "whoosh").mkdir()
    (work / "facts").mkdir()
    ix = whoosh_index.create_in(work / "whoosh", SCHEMA)
    facts_by_film: dict[str, list] = {film.slug: [] for film in corpus.films}
    passage_count = 0
    writer = ix.writer(limitmb=128)
    try:
        total = len(corpus.documents)
        for n, document in enumerate(corpus.documents, 1):
            passages = split_passages(document)
            for passage in passages:
                writer.add_document(**passage_fields(passage))
            facts_by_film[document.film].extend(extract_facts(document, passages))
            passage_count += len(passages)
            progress("indexing", n, total)
        progress("committing", total, total)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    counts: dict[str, int] = {}
    for slug, facts in facts_by_film.items():
        (work / "facts" / f"{slug}.json").write_bytes(FACTS.dump_json(facts))
        for fact in facts:
            counts[fact.kind] = counts.get(fact.kind, 0) + 1
    (work / "films.json").write_bytes(FILMS.dump_json(corpus.films))
    report = IndexReport(
        films=len(corpus.films), documents=len(corpus.documents), passages=passage_count,
        facts=counts, problems=tuple(corpus.problems), built_at=time.time(),
        seconds=round(time.time() - started, 3),
    )
    (work / "report.json").write_text(report.model_dump_json(indent=1), encoding="utf-8")
    (work / "fingerprint").write_text(fingerprint, encoding="utf-8")
    return report


def passage_fields(passage: Passage) -> dict:
    return dict(
        id=passage.id, film=passage.film, document=passage.document, kind=passage.kind,
        heading=passage.heading or "", text=passage.text, source=passage.source,
        author=passage.author, url=passage.url, position=passage.position, start=passage.start, end=passage.end,
    )


def switch_to(index_dir: Path, work: Path) -> None:
    """Publish a finished build: rename it into place, then point CURRENT at it atomically."""
    fsync_tree(work)
    name = f"gen-{next_generation_number(index_dir):06d}"
    os.rename(work, index_dir / name)
    pointer = index_dir / f".{CURRENT}.{os.getpid()}"
    pointer.write_text(name, encoding="utf-8")
    fsync_file(pointer)
    os.replace(pointer, index_dir / CURRENT)
    fsync_file(index_dir)


def current_generation(index_dir: Path) -> Path | None:
    try:
        name = (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    path = Path(index_dir) / name
    return path if name.startswith("gen-") and path.is_dir() else None


def next_generation_number(index_dir: Path) -> int:
    numbers = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    return max(numbers, default=0) + 1


def prune_generations(index_dir: Path, keep: int = 2) -> None:
    """Keep the current generation and the one before it (readers may still have it open)."""
    current = current_generation(index_dir)
    generations = sorted((p for p in index_dir.glob("gen-*") if p.is_dir()), key=lambda p: p.name)
    for old in generations[:-keep]:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)


def remove_abandoned_builds(index_dir: Path) -> None:
    """Builds left by killed processes; safe because we hold the build lock."""
    for work in index_dir.glob("build-*"):
        shutil.rmtree(work, ignore_errors=True)


@contextmanager
def build_lock(index_dir: Path):
    """One builder at a time across processes; the OS drops the lock if the builder dies."""
    with open(index_dir / ".build.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise BuildInProgress("another index build is running") from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def fsync_tree(root: Path) -> None:
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            fsync_file(Path(dirpath) / name)
        fsync_file(Path(dirpath))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_report(generation: Path) -> IndexReport:
    return IndexReport.model_validate_json((generation / "report.json").read_text(encoding="utf-8"))


def read_films(generation: Path) -> list[Film]:
    return FILMS.validate_json((generation / "films.json").read_bytes())


def read_facts(generation: Path, slug: str) -> list:
    path = generation / "facts" / f"{slug}.json"
    return FACTS.validate_json(path.read_bytes()) if path.exists() else []


def read_fingerprint(generation: Path) -> str | None:
    try:
        return (generation / "fingerprint").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
