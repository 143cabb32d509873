"""The index folder on disk: generations, the CURRENT pointer, the build lock, the facts store.

    CURRENT                 name of the generation being served (replaced atomically)
    gen-<n>/whoosh/         the Whoosh index of passages
    gen-<n>/films.json      the films, with titles and aliases
    gen-<n>/facts.pickle    film slug -> the name of its facts file in facts-store/
    gen-<n>/report.json     what the build indexed and every problem it found
    gen-<n>/fingerprint     the corpus's fingerprint when it was built (index.scan)
    gen-<n>/manifest.pickle what the next update starts from (index.manifest)
    facts-store/<slug>-<digest>.json   a film's facts, named by their content and never changed;
                            shared by the generations, removed when no kept generation names them
    build-<pid>-<n>/        a build in progress (removed if its process died)
    .build.lock             held by the one process building

A build writes a complete new generation, then switches CURRENT to it with os.replace, so a
reader sees either the old index or the new one, never half of one; a failed or killed build
leaves CURRENT untouched. The previous generation is kept so readers that opened it just before
the switch can finish; older ones are removed, and so are facts files no kept generation names.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import pickle
import shutil
from contextlib import contextmanager
from pathlib import Path

from pydantic import TypeAdapter
from whoosh.filedb.filestore import FileStorage

from index.models import Fact, Film, IndexReport

CURRENT = "CURRENT"
FACTS_STORE = "facts-store"  # in the index folder: every generation's facts files, named by content
FACTS_NAMES = "facts.pickle"  # in a generation: film slug -> its facts file
FACTS = TypeAdapter(list[Fact])
FILMS = TypeAdapter(list[Film])


class BuildInProgress(RuntimeError):
    """Another process or thread holds the build lock."""


# --- reading a generation --------------------------------------------------------------------


def current_generation(index_dir: Path) -> Path | None:
    try:
        name = (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    path = Path(index_dir) / name
    return path if name.startswith("gen-") and path.is_dir() else None


def open_passages(generation: Path):
    """A generation's Whoosh index, opened for reading. Without mmap: Whoosh copies each mapped
    sub-file of a compound segment into memory (a BytesIO over the map), where plain reads leave
    the files in the page cache (bench/README.md, "No mmap"). Whoosh's own field lengths: reading
    them a column at a time costs answers nothing measurable (bench/README.md), so serving needs
    no whoosh_ext.install()."""
    return FileStorage(str(generation / "whoosh"), supports_mmap=False, readonly=True).open_index()


def read_report(generation: Path) -> IndexReport:
    return IndexReport.model_validate_json((generation / "report.json").read_text(encoding="utf-8"))


def read_films(generation: Path) -> list[Film]:
    return FILMS.validate_json((generation / "films.json").read_bytes())


def read_fingerprint(generation: Path) -> str | None:
    try:
        return (generation / "fingerprint").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None


def read_facts_names(generation: Path) -> dict[str, str]:
    """Film slug -> its facts file in the store (none for a generation without the file)."""
    try:
        return pickle.loads((generation / FACTS_NAMES).read_bytes())
    except FileNotFoundError:
        return {}


def write_facts_names(work: Path, names: dict[str, str]) -> None:
    (work / FACTS_NAMES).write_bytes(pickle.dumps(names, protocol=pickle.HIGHEST_PROTOCOL))


def read_facts(generation: Path, slug: str, names: dict[str, str] | None = None) -> list:
    """A film's facts; `names` saves reading the generation's facts names again."""
    names = names if names is not None else read_facts_names(generation)
    if slug not in names:
        return []
    path = generation.parent / FACTS_STORE / names[slug]
    return FACTS.validate_json(path.read_bytes()) if path.exists() else []


# --- writing one ------------------------------------------------------------------------------


def facts_store(work: Path) -> Path:
    """The index folder's store of facts files, shared by its generations (made if missing)."""
    store = Path(work).parent / FACTS_STORE
    store.mkdir(exist_ok=True)
    return store


def store_facts(store: Path, slug: str, facts: list) -> str:
    """Write a film's facts into the shared store under a name made of their content; returns the
    name. Files there are never changed, only added and (when no kept generation names them)
    removed, so an update names an unchanged film's file again instead of copying or linking it."""
    data = FACTS.dump_json(facts)
    name = f"{slug}-{hashlib.sha1(data).hexdigest()[:20]}.json"
    path = store / name
    if not path.exists():
        partial = store / f".tmp-{os.getpid()}-{name}"
        partial.write_bytes(data)
        fsync_file(partial)
        os.replace(partial, path)
    return name


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


def remove_abandoned_builds(index_dir: Path) -> None:
    """Builds left by killed processes; safe because we hold the build lock."""
    for work in index_dir.glob("build-*"):
        shutil.rmtree(work, ignore_errors=True)
    for pointer in index_dir.glob(f".{CURRENT}.*"):  # a switch killed before its rename
        pointer.unlink(missing_ok=True)


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


def next_generation_number(index_dir: Path) -> int:
    numbers = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    return max(numbers, default=0) + 1


def prune_generations(index_dir: Path, served_before: Path | None) -> None:
    """Keep the current generation and the one served before it (readers may still have it open),
    and the facts files they name.

    Chosen by what CURRENT named, not by number: a build killed between its rename and the
    switch leaves a newer generation that was never served, and it must not push out the old one."""
    keep = {current_generation(index_dir), served_before}
    for old in index_dir.glob("gen-*"):
        if old.is_dir() and old not in keep:
            shutil.rmtree(old, ignore_errors=True)
    named: set[str] = set()
    try:
        for generation in filter(None, keep):
            named.update(read_facts_names(generation).values())
        stored = list(os.scandir(index_dir / FACTS_STORE))
    except (OSError, ValueError, EOFError, pickle.UnpicklingError):
        return  # what the kept generations name is unknown: remove nothing
    for entry in stored:  # facts of pruned generations, and partial files of killed builds
        if entry.name not in named:
            try:
                os.unlink(entry.path)
            except FileNotFoundError:
                pass


def fsync_tree(root: Path) -> None:
    """Flush a new generation to disk; files hard-linked from the previous one already are."""
    for dirpath, _, _ in os.walk(root):
        with os.scandir(dirpath) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_nlink == 1:
                    fsync_file(entry.path)
        fsync_file(dirpath)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
