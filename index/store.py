"""The index on disk: Whoosh passages plus facts and the film list, in generations.

Layout of the index folder:
    CURRENT                 name of the generation being served (replaced atomically)
    gen-<n>/whoosh/         the Whoosh index of passages
    gen-<n>/films.json      the films, with titles and aliases
    gen-<n>/facts/<slug>.json   facts per film, loaded on demand
    gen-<n>/report.json     what the build indexed and every problem it found
    gen-<n>/manifest.pickle every document's size, time, SHA-1, passage and fact counts and
                            problem, every film.toml's; and the code version and size limit used
    build-<pid>-<n>/        a build in progress (removed if its process died)
    .build.lock             held by the one process building

A build writes a complete new generation, then switches CURRENT to it with os.replace, so a
reader sees either the old index or the new one, never half of one; a failed or killed build
leaves CURRENT untouched. The previous generation is kept so readers that opened it just before
the switch can finish; older ones are removed.

Full builds of large corpora run in worker processes: each takes chunks of films off a queue
and writes its own Whoosh segment and the films' facts; the segments are published in one TOC
commit. Updates (`full=False`, what `filmbot index` does) start from the previous generation:
its Whoosh files and unchanged films' facts are hard-linked into the new generation (Whoosh
never modifies a segment file once written, and facts files are replaced, never rewritten), the
documents whose size or time changed are read again, deleted from Whoosh and re-added, removed
ones deleted, and only the affected films' facts rewritten. Problems of unchanged files come
from the manifest, so every report lists every problem. When the code or the size limit
changed, or much of the corpus did, the update is a full build.
"""
from __future__ import annotations

import fcntl
import hashlib
import multiprocessing
import os
import pickle
import queue
import shutil
import threading
import time
import traceback
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter
from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema

from index.analysis import ANALYZER
from index.corpus import (
    DOCUMENT_SUFFIXES, FILM_FILE, DocumentError, code_version, load_film, parse_document, read_inside,
)
from index.models import Fact, Film, IndexReport, Passage, Problem
from index.passages import split_passages

SCHEMA = Schema(
    # Not indexed: a passage is found by its document's postings (search.Generation.passage); an
    # indexed id was a posting per passage that nothing else needs (~5% of indexing time).
    id=STORED,
    film=ID(stored=True),
    document=ID(stored=True),
    kind=ID(stored=True),
    # phrase=False: no positions are stored, as no query uses them; building is ~30% faster
    heading=TEXT(analyzer=ANALYZER, stored=True, phrase=False),
    text=TEXT(analyzer=ANALYZER, stored=True, phrase=False),
    source=STORED, author=STORED, url=STORED, position=STORED, start=STORED, end=STORED,
)
CURRENT = "CURRENT"
FACTS = TypeAdapter(list[Fact])
FILMS = TypeAdapter(list[Film])
Progress = Callable[[str, int, int], None]  # (stage, done, total)


class BuildInProgress(RuntimeError):
    """Another process or thread holds the build lock."""


MANIFEST = "manifest.pickle"  # pickle: a third of JSON's time for 40,000 entries; only FilmBot writes it
MANIFEST_VERSION = 1
PARALLEL_MIN_DOCUMENTS = 64  # below this a build runs in-process: starting workers costs more
CHUNK_FILMS = 20  # films per job handed to a build worker
INCREMENTAL_MAX_CHANGED = 0.3  # when more of the corpus changed, a (parallel) full build is faster
WRITER_MB = 128


def build_index(corpus_dir: Path, index_dir: Path, max_bytes: int, progress: Progress | None = None,
                *, full: bool = True, procs: int | None = None) -> IndexReport:
    """Build a new generation from the corpus and switch readers to it.

    `full=False` updates the current generation's contents instead where it can: only documents
    whose size, time or content changed are read again (see `update_index`).
    """
    index_dir = Path(index_dir)
    corpus_dir = Path(corpus_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    progress = progress or (lambda *_: None)
    with build_lock(index_dir):
        remove_abandoned_builds(index_dir)
        served = current_generation(index_dir)
        previous = None if full else served
        manifest = read_manifest(previous, max_bytes) if previous else None
        work = index_dir / f"build-{os.getpid()}-{time.time_ns()}"
        work.mkdir()
        try:
            scan = scan_corpus(corpus_dir, manifest)
            fingerprint = scan.fingerprint
            plan = plan_update(scan, manifest, progress) if manifest else None
            if plan is not None:
                report = update_generation(work, previous, scan, manifest, plan, max_bytes, progress, started,
                                           fingerprint)
            else:
                report = write_generation(work, scan, max_bytes, progress, started, fingerprint, procs)
            switch_to(index_dir, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        prune_generations(index_dir, served)
    return report


def update_index(corpus_dir: Path, index_dir: Path, max_bytes: int, progress: Progress | None = None) -> IndexReport:
    """Incremental when a previous generation exists, else a full build; same guarantees either way."""
    return build_index(corpus_dir, index_dir, max_bytes, progress, full=False)


# --- the corpus on disk, without reading documents ------------------------------------------


@dataclass
class FolderScan:
    slug: str
    loaded: Film | None  # None when the film comes from its unchanged manifest record
    film_problem: Problem | None
    film_stamp: list | None  # [size, mtime_ns] of film.toml
    unsupported: list[Problem]
    documents: list[tuple[str, str, list | None]]  # (document id, path, [size, mtime_ns] or None)
    record: dict | None = None  # its film.toml's manifest record, when unchanged

    @property
    def film(self) -> Film:
        """Built from the record on first use: an update whose films are unchanged needs none."""
        if self.loaded is None:
            data = self.record["film"]
            self.loaded = Film.model_construct(**{**data, "aliases": tuple(data["aliases"])})
        return self.loaded


@dataclass
class CorpusScan:
    root: Path
    folders: list[FolderScan]
    problems: list[Problem]  # about the corpus itself
    fingerprint: str = ""  # as corpus_fingerprint computes it

    def films(self) -> list[Film]:
        return [f.film for f in self.folders]


def scan_corpus(root: Path, manifest: dict | None) -> CorpusScan:
    """Films and document paths with their size and time; film.toml is re-read only when it changed.

    One walk of the corpus gives what `corpus.document_paths` and `corpus.corpus_fingerprint`
    would (the same paths, problems and digest: tests hold them to it), at a third of the cost
    of walking twice with pathlib.
    """
    scan = CorpusScan(root, [], [])
    if not root.is_dir():
        scan.problems.append(Problem(path=str(root), reason="corpus folder does not exist"))
        scan.fingerprint = "missing"
        return scan
    known = (manifest or {}).get("films", {})
    digest = hashlib.sha1(code_version().encode())
    tree = walk_tree(str(root), (), digest)
    scan.fingerprint = digest.hexdigest()
    root_text = str(root)
    for name, entry in sorted(tree.items()):
        if entry is DIRECTORY and (root / name).is_dir():  # a linked film folder: listed, not in the digest
            entry = walk_tree(str(root / name), (name,), hashlib.sha1())
        if not isinstance(entry, dict) or name.startswith("."):
            continue
        stamp = stamp_of(entry.get(FILM_FILE))
        old = known.get(name)
        if old and stamp is not None and old["stamp"] == stamp:
            film = None  # FolderScan.film builds it from the record if it is needed
            problem = old["problem"] and Problem.model_validate(old["problem"])
        else:
            problems: list[Problem] = []
            film = load_film(root / name, problems)
            problem = problems[0] if problems else None
        unsupported: list[Problem] = []
        documents = []
        for parts, item in sorted(flatten(entry)):  # pathlib's order: by path components
            if parts[-1].startswith(".") or parts[-1] == FILM_FILE or item is DIRECTORY:
                continue
            doc_id = name + "/" + "/".join(parts)
            suffix = path_suffix(parts[-1])
            if suffix.lower() not in DOCUMENT_SUFFIXES:
                unsupported.append(Problem(path=doc_id, reason=f"unsupported file type {suffix or '(none)'!r}; use .txt, .md or .html"))
                continue
            documents.append((doc_id, root_text + "/" + doc_id, stamp_of(item)))
        scan.folders.append(FolderScan(name, film, problem or None, stamp, unsupported, documents,
                                       old if old and old["stamp"] == stamp and stamp is not None else None))
    return scan


DIRECTORY = object()  # a directory that is a link (listed, never entered) or cannot be listed


def path_suffix(name: str) -> str:
    """PurePath(name).suffix, without building a path (a scan makes 40,000 of them)."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def walk_tree(path: str, rel: tuple[str, ...], digest) -> dict:
    """{name: subtree | (size, mtime_ns, is_link) | None} of a folder, links to folders not followed
    (as os.walk and pathlib.rglob); fills digest the way corpus_fingerprint does (os.walk order)."""
    try:
        entries = list(os.scandir(path))
    except OSError:
        return {}
    folders, files = [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (folders if is_dir else files).append(entry)
    tree: dict = {}
    prefix = "".join(part + "/" for part in rel)
    lines = []
    for entry in sorted(files, key=lambda e: e.name):
        try:
            stat = entry.stat()
        except OSError:
            tree[entry.name] = None  # cannot be read: loading it reports why
            continue
        tree[entry.name] = (stat.st_size, stat.st_mtime_ns, entry.is_symlink())
        lines.append(f"{prefix}{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n")
    digest.update("".join(lines).encode())  # one update per folder: the same digest, less work
    for entry in sorted(folders, key=lambda e: e.name):
        tree[entry.name] = DIRECTORY if entry.is_symlink() else walk_tree(entry.path, (*rel, entry.name), digest)
    return tree


def flatten(tree: dict, parts: tuple[str, ...] = ()):
    for name, item in tree.items():
        if isinstance(item, dict):
            yield (*parts, name), DIRECTORY
            yield from flatten(item, (*parts, name))
        else:
            yield (*parts, name), item


def stamp_of(item) -> list | None:
    """[size, mtime_ns] of a file; None for links (always re-read) and files that cannot be read."""
    if not isinstance(item, tuple) or item[2]:
        return None
    return [item[0], item[1]]


def scan_problems(scan: CorpusScan, entries: dict[str, dict]) -> list[Problem]:
    """Every problem, in the order a full build finds them, unchanged files' included."""
    problems = list(scan.problems)
    for folder in scan.folders:
        if folder.film_problem:
            problems.append(folder.film_problem)
        problems.extend(folder.unsupported)
        for doc_id, _, _ in folder.documents:
            reason = entries[doc_id].get("problem")
            if reason:
                problems.append(Problem(path=doc_id, reason=reason))
    return problems


# --- indexing documents ---------------------------------------------------------------------


def index_folder(writer, folder_slug: str, documents, root: Path, max_bytes: int) -> tuple[list, dict[str, dict]]:
    """Read, split, index and extract each document; returns the folder's facts and manifest entries."""
    facts: list = []
    entries: dict[str, dict] = {}
    for doc_id, path, stamp in documents:
        path = Path(path)
        entry: dict = {"stamp": stamp, "film": folder_slug, "passages": 0, "facts": {}, "problem": None, "sha1": None}
        try:
            raw = read_inside(path, root, max_bytes)
            entry["sha1"] = hashlib.sha1(raw).hexdigest()
            document = parse_document(raw, path, root, folder_slug)
        except DocumentError as error:
            entry["problem"] = str(error)
            entries[doc_id] = entry
            continue
        passages = split_passages(document)
        for passage in passages:
            writer.add_document(**passage_fields(passage))
        found = extract_facts(document, passages)
        facts.extend(found)
        entry["passages"] = len(passages)
        for fact in found:
            entry["facts"][fact.kind] = entry["facts"].get(fact.kind, 0) + 1
        entries[doc_id] = entry
    return facts, entries


def extract_facts(document, passages) -> list[Fact]:
    """index.extract.extract_facts, imported on first use: serving processes never need it."""
    from index.extract import extract_facts as extract

    return extract(document, passages)


def write_facts(work: Path, slug: str, facts: list) -> None:
    (work / "facts" / f"{slug}.json").write_bytes(FACTS.dump_json(facts))


def write_generation(work: Path, scan: CorpusScan, max_bytes: int, progress: Progress, started: float,
                     fingerprint: str, procs: int | None = None) -> IndexReport:
    """A full build: every document read; in worker processes when the corpus is large."""
    (work / "whoosh").mkdir()
    (work / "facts").mkdir()
    ix = whoosh_index.create_in(work / "whoosh", SCHEMA)
    total = sum(len(f.documents) for f in scan.folders)
    procs = procs if procs is not None else min(os.cpu_count() or 1, 4)
    if procs > 1 and total >= PARALLEL_MIN_DOCUMENTS:
        entries = index_in_workers(ix, work, scan, max_bytes, progress, procs, total)
    else:
        entries = {}
        with committed(ix.writer(limitmb=WRITER_MB), progress, total) as writer:
            done = 0
            for folder in scan.folders:
                facts, folder_entries = index_folder(writer, folder.slug, folder.documents, scan.root, max_bytes)
                write_facts(work, folder.slug, facts)
                entries.update(folder_entries)
                done += len(folder.documents)
                progress("indexing", done, total)
    return finish_generation(work, scan, entries, max_bytes, started, fingerprint, changed=total)


@contextmanager
def committed(writer, progress: Progress, total: int):
    """The writer, committed when the block ends, cancelled (nothing written) if it raises."""
    try:
        yield writer
        progress("committing", total, total)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise


def finish_generation(work: Path, scan: CorpusScan, entries: dict[str, dict], max_bytes: int, started: float,
                      fingerprint: str, changed: int) -> IndexReport:
    counts: dict[str, int] = {}
    documents = passages = 0
    for entry in entries.values():
        if entry.get("problem") is None:
            documents += 1
            passages += entry["passages"]
            for kind, n in entry["facts"].items():
                counts[kind] = counts.get(kind, 0) + n
    if not (work / "films.json").exists():
        (work / "films.json").write_bytes(FILMS.dump_json(scan.films()))
    report = IndexReport(
        films=len(scan.folders), documents=documents, passages=passages, facts=dict(sorted(counts.items())),
        problems=tuple(scan_problems(scan, entries)), built_at=time.time(),
        seconds=round(time.time() - started, 3), changed_documents=changed,
    )
    manifest = {
        "version": MANIFEST_VERSION, "code": code_version(), "max_bytes": max_bytes, "documents": entries,
        "films": {f.slug: f.record or {"stamp": f.film_stamp, "film": f.film.model_dump(mode="json"),
                                       "problem": f.film_problem and f.film_problem.model_dump(mode="json")}
                  for f in scan.folders},
    }
    (work / MANIFEST).write_bytes(pickle.dumps(manifest, protocol=pickle.HIGHEST_PROTOCOL))
    (work / "report.json").write_text(report.model_dump_json(indent=1), encoding="utf-8")
    (work / "fingerprint").write_text(fingerprint, encoding="utf-8")
    return report


# --- a full build in worker processes -------------------------------------------------------


def index_in_workers(ix, work: Path, scan: CorpusScan, max_bytes: int, progress: Progress, procs: int,
                     total: int) -> dict[str, dict]:
    """Workers take chunks of films off a queue, each into its own Whoosh segment; the segments
    become one index in a single TOC commit here (as whoosh.multiproc.MpWriter does)."""
    context = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded bot
    jobs, results = context.Queue(), context.Queue()
    chunks = [scan.folders[i:i + CHUNK_FILMS] for i in range(0, len(scan.folders), CHUNK_FILMS)]
    for chunk in chunks:
        jobs.put([(f.slug, f.documents) for f in chunk])
    writer = ix.writer()  # holds the Whoosh lock and writes the TOC
    workers = [context.Process(target=build_worker, daemon=True,
                               args=(str(work), str(scan.root), max_bytes, jobs, results, os.getpid()))
               for _ in range(min(procs, len(chunks)))]
    for worker in workers:
        jobs.put(None)
    entries: dict[str, dict] = {}
    segments = []
    try:
        for worker in workers:
            worker.start()
        done, finished = 0, 0
        while finished < len(workers):
            try:
                kind, payload = results.get(timeout=1.0)
            except queue.Empty:
                if any(w.exitcode not in (None, 0) for w in workers):
                    raise RuntimeError("an index build worker died") from None
                continue
            if kind == "error":
                raise RuntimeError(f"an index build worker failed:\n{payload}")
            if kind == "chunk":
                entries.update(payload)
                done += len(payload)
                progress("indexing", done, total)
            elif kind == "segment":
                segments.append(payload)
            else:
                finished += 1
                if payload is not None:
                    segments.append(payload)
        for worker in workers:
            worker.join()
        progress("committing", total, total)
        writer._close_segment()
        writer._commit_toc(writer.segments + segments)
        writer._finish()
    except BaseException:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
        writer.cancel()
        raise
    return entries


def exit_when_orphaned(parent: int) -> None:
    """Stop a worker as soon as its build process is gone (e.g. SIGKILLed), instead of finishing its
    chunk into a build folder that the next build deletes."""
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def pool_nearly_full(writer) -> bool:
    """Would the next chunk make Whoosh's posting pool spill to disk? A full pool is saved as a
    sorted run and the runs are merged back in Python when the segment is finished, which made
    building 10,000 films (~45,000 passages a pool) 20% slower per passage than 2,000; a worker
    starts a new segment instead (ten segments instead of two cost a query well under 1 ms)."""
    return writer.pool.currentsize > 0.7 * writer.pool.limit


def build_worker(work: str, root: str, max_bytes: int, jobs, results, parent: int) -> None:
    from whoosh.writing import SegmentWriter

    threading.Thread(target=exit_when_orphaned, args=(parent,), daemon=True).start()
    writer = None
    try:
        ix = whoosh_index.open_dir(str(Path(work) / "whoosh"))
        writer = SegmentWriter(ix, _lk=False, limitmb=WRITER_MB)
        while True:
            try:
                job = jobs.get(timeout=1.0)
            except queue.Empty:
                if os.getppid() != parent:
                    os._exit(1)  # the build was killed: stop writing into its folder
                continue
            if job is None:
                break
            chunk_entries: dict[str, dict] = {}
            for slug, documents in job:
                facts, entries = index_folder(writer, slug, documents,
                                              Path(root), max_bytes)
                write_facts(Path(work), slug, facts)
                chunk_entries.update(entries)
            if pool_nearly_full(writer):
                results.put(("segment", writer._finalize_segment()))
                writer = SegmentWriter(ix, _lk=False, limitmb=WRITER_MB)
            results.put(("chunk", chunk_entries))
        if writer._added:
            results.put(("done", writer._finalize_segment()))
        else:
            writer._close_segment()
            results.put(("done", None))
    except BaseException:
        if writer is not None:
            try:
                writer.cancel()
            except Exception:
                pass
        results.put(("error", traceback.format_exc()))


# --- incremental updates --------------------------------------------------------------------


@dataclass
class Plan:
    changed: list[tuple[str, str, Path, list | None]]  # (folder slug, document id, path, stamp) to read again
    removed: set[str]  # document ids gone from the corpus
    unchanged: dict[str, dict]  # document id -> manifest entry


def read_manifest(generation: Path, max_bytes: int) -> dict | None:
    """The previous generation's manifest, if an update can start from it (same code and limits)."""
    try:
        manifest = pickle.loads((generation / MANIFEST).read_bytes())
    except (OSError, ValueError, EOFError, pickle.UnpicklingError):
        return None
    if (manifest.get("version") != MANIFEST_VERSION or manifest.get("code") != code_version()
            or manifest.get("max_bytes") != max_bytes):
        return None
    return manifest


def plan_update(scan: CorpusScan, manifest: dict, progress: Progress = lambda *_: None) -> Plan | None:
    """What changed since the manifest; None when so much changed that a full build is faster."""
    known = manifest["documents"]
    changed, unchanged, seen = [], {}, set()
    total = sum(len(f.documents) for f in scan.folders)
    every = max(1, total // 200)
    for folder in scan.folders:
        for doc_id, path, stamp in folder.documents:
            seen.add(doc_id)
            if len(seen) % every == 0 or len(seen) == total:
                progress("checking", len(seen), total)
            old = known.get(doc_id)
            if old and stamp is not None and old["stamp"] == stamp and old["film"] == folder.slug:
                unchanged[doc_id] = old
            else:
                changed.append((folder.slug, doc_id, path, stamp))
    removed = set(known) - seen
    total = max(len(seen), 1)
    if len(changed) + len(removed) > max(PARALLEL_MIN_DOCUMENTS, INCREMENTAL_MAX_CHANGED * total):
        return None
    return Plan(changed, removed, unchanged)


def update_generation(work: Path, previous: Path, scan: CorpusScan, manifest: dict, plan: Plan, max_bytes: int,
                      progress: Progress, started: float, fingerprint: str) -> IndexReport:
    """A new generation from the previous one: its files hard-linked (Whoosh segment files and
    facts are never modified in place), then only the changes written."""
    link_tree(previous / "whoosh", work / "whoosh")
    (work / "facts").mkdir()
    entries = dict(plan.unchanged)
    known = manifest["documents"]
    reread: dict[str, list] = {}  # folder slug -> [(document id, path, stamp)]
    for slug, doc_id, path, stamp in plan.changed:
        reread.setdefault(slug, []).append((doc_id, path, stamp))
    gone = set(plan.removed) | {doc_id for _, doc_id, _, _ in plan.changed if doc_id in known}
    affected = set(reread) | {known[d]["film"] for d in plan.removed}
    ix = whoosh_index.open_dir(str(work / "whoosh"))
    new_facts: dict[str, list] = {}
    done, total = 0, len(plan.changed)
    with committed(ix.writer(limitmb=WRITER_MB), progress, total) as writer:
        for doc_id in sorted(gone):
            writer.delete_by_term("document", doc_id)
        for slug, documents in reread.items():
            facts, folder_entries = index_folder(writer, slug, documents, scan.root, max_bytes)
            new_facts[slug] = facts
            entries.update(folder_entries)
            done += len(documents)
            progress("indexing", done, total)
    old_facts, new_facts_dir = os.path.join(previous, "facts"), os.path.join(work, "facts")
    for folder in scan.folders:
        if folder.slug not in affected:
            name = folder.slug + ".json"
            try:
                os.link(os.path.join(old_facts, name), os.path.join(new_facts_dir, name))
                continue
            except FileNotFoundError:
                pass  # a film new to the corpus
        order = {doc_id: n for n, (doc_id, _, _) in enumerate(folder.documents)}
        kept = [f for f in read_facts(previous, folder.slug) if f.document not in gone and f.document in order]
        facts = kept + new_facts.get(folder.slug, [])
        write_facts(work, folder.slug, sorted(facts, key=lambda f: order[f.document]))
    films_unchanged = all(f.record for f in scan.folders) and len(scan.folders) == len(manifest["films"])
    if films_unchanged:  # the same folders with the same film.toml files: the same films.json
        os.link(previous / "films.json", work / "films.json")
    return finish_generation(work, scan, entries, max_bytes, started, fingerprint, changed=len(plan.changed))


def link_tree(source: Path, target: Path) -> None:
    """Hard-link every file of a Whoosh index folder (copy where links are not possible)."""
    target.mkdir()
    for entry in os.scandir(source):
        if not entry.is_file() or entry.name.endswith("WRITELOCK"):
            continue
        try:
            os.link(entry.path, target / entry.name)
        except OSError:
            shutil.copy2(entry.path, target / entry.name)


def passage_fields(passage: Passage) -> dict:
    """Whoosh fields of a passage; empty ones are left out (readers default them), which saves
    Whoosh a field's analysis and storage per passage without a heading, source or author."""
    fields = dict(
        id=passage.id, film=passage.film, document=passage.document, kind=passage.kind,
        heading=passage.heading, text=passage.text, source=passage.source,
        author=passage.author, url=passage.url, position=passage.position, start=passage.start, end=passage.end,
    )
    return {name: value for name, value in fields.items() if value is not None and value != ""}


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


def prune_generations(index_dir: Path, served_before: Path | None) -> None:
    """Keep the current generation and the one served before it (readers may still have it open).

    Chosen by what CURRENT named, not by number: a build killed between its rename and the
    switch leaves a newer generation that was never served, and it must not push out the old one."""
    keep = {current_generation(index_dir), served_before}
    for old in index_dir.glob("gen-*"):
        if old.is_dir() and old not in keep:
            shutil.rmtree(old, ignore_errors=True)


def remove_abandoned_builds(index_dir: Path) -> None:
    """Builds left by killed processes; safe because we hold the build lock."""
    for work in index_dir.glob("build-*"):
        shutil.rmtree(work, ignore_errors=True)
    for pointer in index_dir.glob(f".{CURRENT}.*"):  # a switch killed before its rename
        pointer.unlink(missing_ok=True)


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
