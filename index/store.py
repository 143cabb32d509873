"""The index on disk: Whoosh passages plus facts and the film list, in generations.

Layout of the index folder:
    CURRENT                 name of the generation being served (replaced atomically)
    gen-<n>/whoosh/         the Whoosh index of passages
    gen-<n>/films.json      the films, with titles and aliases
    gen-<n>/facts.pickle    film slug -> the name of its facts file in facts-store/
    gen-<n>/report.json     what the build indexed and every problem it found
    gen-<n>/manifest.pickle per film folder: a digest of its listing, its film.toml's record, its
                            facts file, counts and problems, and (pickled) every document's size,
                            time, SHA-1, passage and fact counts and problem; the code version
                            and size limit used
    facts-store/<slug>-<digest>.json   a film's facts, named by their content and never changed;
                            shared by the generations, removed when no kept generation names them
    build-<pid>-<n>/        a build in progress (removed if its process died)
    .build.lock             held by the one process building

A build writes a complete new generation, then switches CURRENT to it with os.replace, so a
reader sees either the old index or the new one, never half of one; a failed or killed build
leaves CURRENT untouched. The previous generation is kept so readers that opened it just before
the switch can finish; older ones are removed, and so are facts files no kept generation names.

Full builds of large corpora run in worker processes: each takes chunks of films off a queue
and writes its own Whoosh segment and the films' facts; the segments are published in one TOC
commit. Updates (`full=False`, what `filmbot index` does) start from the previous generation:
its Whoosh files are hard-linked into the new generation (Whoosh never modifies a segment file
once written) and unchanged films' facts files are named again. A film folder whose listing
digest is unchanged is carried over whole; in the others, the documents whose size or time
changed are read again, deleted from Whoosh and re-added, removed ones deleted, and only those
films' facts written anew. Problems of unchanged files come from the manifest, so every report
lists every problem. When the code or the size limit changed, or much of the corpus did, the
update is a full build.
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.util.numeric import byte_to_length

from index.analysis import ANALYZER
from index.corpus import (
    DOCUMENT_SUFFIXES, FILM_FILE, DocumentError, code_version, load_film, parse_document, read_inside,
)
from index.models import Fact, Film, IndexReport, Passage, Problem
from index.passages import split_passages
from index.writer import PassageWriter

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


def doc_field_length(self, docnum: int, fieldname: str, default=0):
    """W3PerDocReader.doc_field_length, from the whole length column read once per segment and
    field (one byte a document) instead of a read of the column file per call: Whoosh asks at
    every posting it writes (for block statistics) and every document it scores. It also
    remembers that a field has no length column (ID fields), which Whoosh asked the file system
    about each time. Building got ~8% faster (paired runs); the same lengths (tests/index/test_whoosh_pins.py)."""
    tables = self.__dict__.setdefault("_filmbot_lengths", {})
    lengths = tables.get(fieldname, _NOT_READ)
    if lengths is _NOT_READ:
        reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        lengths = tables[fieldname] = (
            None if reader is None else reader._dbfile.get(reader._basepos, reader._count * reader._fixedlen))
    if lengths is None:
        return default
    byte = lengths[docnum] if docnum < len(lengths) else 0
    return byte_to_length(byte) if byte else None  # None for 0, as Whoosh's own returns


_NOT_READ = object()
W3PerDocReader.doc_field_length = doc_field_length

CURRENT = "CURRENT"
FACTS = TypeAdapter(list[Fact])
FILMS = TypeAdapter(list[Film])
Progress = Callable[[str, int, int], None]  # (stage, done, total)


class BuildInProgress(RuntimeError):
    """Another process or thread holds the build lock."""


MANIFEST = "manifest.pickle"  # pickle: a third of JSON's time for 40,000 entries; only FilmBot writes it
MANIFEST_VERSION = 2
FACTS_STORE = "facts-store"  # in the index folder: every generation's facts files, named by content
FACTS_NAMES = "facts.pickle"  # in a generation: film slug -> its facts file
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
    tree: dict  # walk_tree's listing of the folder
    root_text: str
    listing: str | None  # digest of its files' names, sizes and times; None if it holds links or unreadable files
    record: dict | None = None  # its film.toml's manifest record, when unchanged
    _listed: tuple | None = None

    @property
    def film(self) -> Film:
        """Built from the record on first use: an update whose films are unchanged needs none."""
        if self.loaded is None:
            data = self.record["film"]
            self.loaded = Film.model_construct(**{**data, "aliases": tuple(data["aliases"])})
        return self.loaded

    @property
    def documents(self) -> list[tuple[str, str, list | None]]:
        """(document id, path, [size, mtime_ns] or None), in pathlib's order; listed on first use:
        an update needs the lists of changed folders only."""
        return self._list()[0]

    @property
    def unsupported(self) -> list[Problem]:
        return self._list()[1]

    def _list(self) -> tuple[list, list[Problem]]:
        if self._listed is None:
            unsupported: list[Problem] = []
            documents = []
            for parts, item in sorted(flatten(self.tree)):  # pathlib's order: by path components
                if parts[-1].startswith(".") or parts[-1] == FILM_FILE or item is DIRECTORY:
                    continue
                doc_id = self.slug + "/" + "/".join(parts)
                suffix = path_suffix(parts[-1])
                if suffix.lower() not in DOCUMENT_SUFFIXES:
                    unsupported.append(Problem(path=doc_id, reason=f"unsupported file type {suffix or '(none)'!r}; use .txt, .md or .html"))
                    continue
                documents.append((doc_id, self.root_text + "/" + doc_id, stamp_of(item)))
            self._listed = (documents, unsupported)
        return self._listed


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
    of walking twice with pathlib. Each film folder's listing gets a digest of its own, so an
    update can tell a folder unchanged without looking at its documents one by one.
    """
    scan = CorpusScan(root, [], [])
    if not root.is_dir():
        scan.problems.append(Problem(path=str(root), reason="corpus folder does not exist"))
        scan.fingerprint = "missing"
        return scan
    known = (manifest or {}).get("folders", {})
    digest = hashlib.sha1(code_version().encode())
    listings: dict[str, Listing] = {}
    tree = walk_tree(str(root), (), [digest], listings)
    scan.fingerprint = digest.hexdigest()
    root_text = str(root)
    for name, entry in sorted(tree.items()):
        if entry is DIRECTORY and (root / name).is_dir():  # a linked film folder: listed, not in the digest
            listings[name] = Listing()
            entry = walk_tree(str(root / name), (name,), [listings[name].digest], listings)
        if not isinstance(entry, dict) or name.startswith("."):
            continue
        stamp = stamp_of(entry.get(FILM_FILE))
        old = (known.get(name) or {}).get("film")
        if old and stamp is not None and old["stamp"] == stamp:
            film = None  # FolderScan.film builds it from the record if it is needed
            problem = old["problem"] and Problem.model_validate(old["problem"])
        else:
            problems: list[Problem] = []
            film = load_film(root / name, problems)
            problem = problems[0] if problems else None
        listing = listings[name]
        scan.folders.append(FolderScan(name, film, problem or None, stamp, entry, root_text,
                                       None if listing.volatile else listing.digest.hexdigest(),
                                       old if old and old["stamp"] == stamp and stamp is not None else None))
    return scan


DIRECTORY = object()  # a directory that is a link (listed, never entered) or cannot be listed


@dataclass
class Listing:
    """A film folder's own digest of its listing, and whether it holds files read anew every time."""
    digest: Any = field(default_factory=hashlib.sha1)
    volatile: bool = False  # links and unreadable files have no stamp: they are always read again


def path_suffix(name: str) -> str:
    """PurePath(name).suffix, without building a path (a scan makes 40,000 of them)."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def walk_tree(path: str, rel: tuple[str, ...], digests: list, listings: dict[str, Listing]) -> dict:
    """{name: subtree | (size, mtime_ns, is_link) | None} of a folder, links to folders not followed
    (as os.walk and pathlib.rglob); fills the digests the way corpus_fingerprint does (os.walk
    order): the corpus's, and below the root the film folder's own (in `listings`)."""
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
    volatile = False
    for entry in sorted(files, key=lambda e: e.name):
        try:
            stat = entry.stat()
        except OSError:
            tree[entry.name] = None  # cannot be read: loading it reports why
            volatile = True
            continue
        is_link = entry.is_symlink()
        volatile = volatile or is_link
        tree[entry.name] = (stat.st_size, stat.st_mtime_ns, is_link)
        lines.append(f"{prefix}{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n")
    listed = "".join(lines).encode()
    for digest in digests:  # one update per folder: the same digest, less work
        digest.update(listed)
    if rel and volatile:
        listings[rel[0]].volatile = True
    for entry in sorted(folders, key=lambda e: e.name):
        if entry.is_symlink():
            tree[entry.name] = DIRECTORY
            continue
        below = digests
        if not rel:
            listings[entry.name] = Listing()
            below = [*digests, listings[entry.name].digest]
        tree[entry.name] = walk_tree(entry.path, (*rel, entry.name), below, listings)
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
        entry["kind"] = document.kind
        for fact in found:
            entry["facts"][fact.kind] = entry["facts"].get(fact.kind, 0) + 1
            if fact.kind == "crew" and fact.role == "director":
                entry["facts"]["director"] = entry["facts"].get("director", 0) + 1  # for the film's warnings
        entries[doc_id] = entry
    return facts, entries


def extract_facts(document, passages) -> list[Fact]:
    """index.extract.extract_facts, imported on first use: serving processes never need it."""
    from index.extract import extract_facts as extract

    return extract(document, passages)


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


def write_generation(work: Path, scan: CorpusScan, max_bytes: int, progress: Progress, started: float,
                     fingerprint: str, procs: int | None = None) -> IndexReport:
    """A full build: every document read; in worker processes when the corpus is large."""
    (work / "whoosh").mkdir()
    store = facts_store(work)
    ix = whoosh_index.create_in(work / "whoosh", SCHEMA)
    total = sum(len(f.documents) for f in scan.folders)
    procs = procs if procs is not None else min(os.cpu_count() or 1, 4)
    if procs > 1 and total >= PARALLEL_MIN_DOCUMENTS:
        built = index_in_workers(ix, work, scan, max_bytes, progress, procs, total)
    else:
        built = {}
        with committed(PassageWriter(ix, limitmb=WRITER_MB), progress, total) as writer:
            done = 0
            for folder in scan.folders:
                facts, entries = index_folder(writer, folder.slug, folder.documents, scan.root, max_bytes)
                built[folder.slug] = (entries, store_facts(store, folder.slug, facts))
                done += len(folder.documents)
                progress("indexing", done, total)
    records = {f.slug: folder_record(f, *built[f.slug]) for f in scan.folders}
    return finish_generation(work, scan, records, max_bytes, started, fingerprint, changed=total)


def facts_store(work: Path) -> Path:
    """The index folder's store of facts files, shared by its generations (made if missing)."""
    store = Path(work).parent / FACTS_STORE
    store.mkdir(exist_ok=True)
    return store


def folder_record(folder: FolderScan, entries: dict[str, dict], facts_name: str) -> dict:
    """A film folder's manifest record. Its documents' entries are kept pickled: an update
    unpickles those of the folders whose listing changed, and copies the rest as they are."""
    documents = passages = 0
    counts: dict[str, int] = {}
    problems = [p.model_dump(mode="json") for p in folder.unsupported]
    for doc_id, _, _ in folder.documents:
        entry = entries[doc_id]
        if entry.get("problem") is None:
            documents += 1
            passages += entry["passages"]
            for kind, n in entry["facts"].items():
                if kind != "director":
                    counts[kind] = counts.get(kind, 0) + n
        else:
            problems.append({"path": doc_id, "reason": entry["problem"]})
    film = folder.record or {"stamp": folder.film_stamp, "film": folder.film.model_dump(mode="json"),
                             "problem": folder.film_problem and folder.film_problem.model_dump(mode="json")}
    return {"listing": folder.listing, "film": film, "facts": facts_name, "count": len(entries),
            "documents": documents, "passages": passages, "fact_counts": counts, "problems": problems,
            "warnings": film_warnings(folder.slug, entries),
            "entries": pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)}


def film_warnings(slug: str, entries: dict[str, dict]) -> list[dict]:
    """Kinds of fact a film's documents gave none of: no director, no cast, a review without a
    rating. Not errors: the admins may want to add a document or fix one's layout."""
    read = [(doc_id, e) for doc_id, e in entries.items() if e.get("problem") is None]
    if not read:
        return []
    warnings = []
    if not any(e["facts"].get("director") for _, e in read):
        warnings.append({"path": slug, "reason": "no director found in any document"})
    if not any(e["facts"].get("cast") for _, e in read):
        warnings.append({"path": slug, "reason": "no cast found in any document"})
    for doc_id, entry in read:
        if entry.get("kind") == "review" and not entry["facts"].get("verdict"):
            warnings.append({"path": doc_id, "reason": "a review with no rating or verdict found"})
    return warnings


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


def finish_generation(work: Path, scan: CorpusScan, records: dict[str, dict], max_bytes: int, started: float,
                      fingerprint: str, changed: int) -> IndexReport:
    """The generation's report, manifest, facts names and films; every problem, in the order a
    full build finds them (unchanged folders' from their records)."""
    counts: dict[str, int] = {}
    documents = passages = 0
    problems = list(scan.problems)
    warnings: list[Problem] = []
    for folder in scan.folders:
        record = records[folder.slug]
        documents += record["documents"]
        passages += record["passages"]
        for kind, n in record["fact_counts"].items():
            counts[kind] = counts.get(kind, 0) + n
        if folder.film_problem:
            problems.append(folder.film_problem)
        problems.extend(Problem.model_validate(p) for p in record["problems"])
        warnings.extend(Problem.model_validate(w) for w in record.get("warnings", ()))
    if not (work / "films.json").exists():
        (work / "films.json").write_bytes(FILMS.dump_json(scan.films()))
    report = IndexReport(
        films=len(scan.folders), documents=documents, passages=passages, facts=dict(sorted(counts.items())),
        problems=tuple(problems), warnings=tuple(warnings), built_at=time.time(), seconds=round(time.time() - started, 3),
        changed_documents=changed,
    )
    manifest = {"version": MANIFEST_VERSION, "code": code_version(), "max_bytes": max_bytes, "folders": records}
    (work / MANIFEST).write_bytes(pickle.dumps(manifest, protocol=pickle.HIGHEST_PROTOCOL))
    names = {slug: record["facts"] for slug, record in records.items()}
    (work / FACTS_NAMES).write_bytes(pickle.dumps(names, protocol=pickle.HIGHEST_PROTOCOL))
    (work / "report.json").write_text(report.model_dump_json(indent=1), encoding="utf-8")
    (work / "fingerprint").write_text(fingerprint, encoding="utf-8")
    fsync_file(facts_store(work))
    return report


# --- a full build in worker processes -------------------------------------------------------


def index_in_workers(ix, work: Path, scan: CorpusScan, max_bytes: int, progress: Progress, procs: int,
                     total: int) -> dict[str, tuple[dict, str]]:
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
    built: dict[str, tuple[dict, str]] = {}  # film slug -> (its documents' entries, its facts file)
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
                built.update(payload)
                done += sum(len(entries) for entries, _ in payload.values())
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
    return built


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
    threading.Thread(target=exit_when_orphaned, args=(parent,), daemon=True).start()
    writer = None
    try:
        ix = whoosh_index.open_dir(str(Path(work) / "whoosh"))
        store = facts_store(Path(work))
        writer = PassageWriter(ix, _lk=False, limitmb=WRITER_MB)
        while True:
            try:
                job = jobs.get(timeout=1.0)
            except queue.Empty:
                if os.getppid() != parent:
                    os._exit(1)  # the build was killed: stop writing into its folder
                continue
            if job is None:
                break
            chunk: dict[str, tuple[dict, str]] = {}
            for slug, documents in job:
                facts, entries = index_folder(writer, slug, documents, Path(root), max_bytes)
                chunk[slug] = (entries, store_facts(store, slug, facts))
            if pool_nearly_full(writer):
                results.put(("segment", writer._finalize_segment()))
                writer = PassageWriter(ix, _lk=False, limitmb=WRITER_MB)
            results.put(("chunk", chunk))
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
    kept: dict[str, dict]  # folder slug -> its manifest record, for folders whose listing is unchanged
    entries: dict[str, dict[str, dict]]  # folder slug -> the previous entries of the other folders' documents


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
    """What changed since the manifest; None when so much changed that a full build is faster.

    A folder whose listing digest is the one recorded is unchanged as a whole; only the folders
    that differ are compared document by document."""
    records = manifest["folders"]
    plan = Plan([], set(), {}, {})
    for folder in scan.folders:
        record = records.get(folder.slug)
        if record and folder.listing is not None and record["listing"] == folder.listing:
            plan.kept[folder.slug] = record
    total = sum(plan.kept[f.slug]["count"] if f.slug in plan.kept else len(f.documents) for f in scan.folders)
    every, checked = max(1, total // 200), 0

    def checking(documents: int) -> None:
        nonlocal checked
        if (checked + documents) // every != checked // every or checked + documents == total:
            progress("checking", checked + documents, total)
        checked += documents

    for folder in scan.folders:
        if folder.slug in plan.kept:
            checking(plan.kept[folder.slug]["count"])
            continue
        record = records.get(folder.slug)
        old = pickle.loads(record["entries"]) if record else {}
        plan.entries[folder.slug] = {}
        for doc_id, path, stamp in folder.documents:
            checking(1)
            entry = old.pop(doc_id, None)
            if entry and stamp is not None and entry["stamp"] == stamp:
                plan.entries[folder.slug][doc_id] = entry
            else:
                plan.changed.append((folder.slug, doc_id, path, stamp))
        plan.removed.update(old)  # what is left of the folder's documents is gone
    for slug in records.keys() - {f.slug for f in scan.folders}:  # whole folders removed
        plan.removed.update(pickle.loads(records[slug]["entries"]))
    if len(plan.changed) + len(plan.removed) > max(PARALLEL_MIN_DOCUMENTS, INCREMENTAL_MAX_CHANGED * max(total, 1)):
        return None
    return plan


def update_generation(work: Path, previous: Path, scan: CorpusScan, manifest: dict, plan: Plan, max_bytes: int,
                      progress: Progress, started: float, fingerprint: str) -> IndexReport:
    """A new generation from the previous one: its Whoosh files hard-linked (Whoosh never modifies
    a segment file), unchanged films' facts named again, then only the changes written."""
    link_tree(previous / "whoosh", work / "whoosh")
    store = facts_store(work)
    records = manifest["folders"]
    reread: dict[str, list] = {}  # folder slug -> [(document id, path, stamp)]
    for slug, doc_id, path, stamp in plan.changed:
        reread.setdefault(slug, []).append((doc_id, path, stamp))
    gone = plan.removed | {doc_id for _, doc_id, _, _ in plan.changed}  # deleting a new one deletes nothing
    ix = whoosh_index.open_dir(str(work / "whoosh"))
    new_facts: dict[str, list] = {}
    entries = {slug: dict(kept) for slug, kept in plan.entries.items()}
    done, total = 0, len(plan.changed)
    with committed(PassageWriter(ix, limitmb=WRITER_MB), progress, total) as writer:
        for doc_id in sorted(gone):
            writer.delete_by_term("document", doc_id)
        for slug, documents in reread.items():
            new_facts[slug], folder_entries = index_folder(writer, slug, documents, scan.root, max_bytes)
            entries[slug].update(folder_entries)
            done += len(documents)
            progress("indexing", done, total)
    names = read_facts_names(previous) or {}
    new_records = {}
    for folder in scan.folders:
        if folder.slug in plan.kept:
            new_records[folder.slug] = plan.kept[folder.slug]
            continue
        order = {doc_id: n for n, (doc_id, _, _) in enumerate(folder.documents)}
        kept = [f for f in read_facts(previous, folder.slug, names) if f.document not in gone and f.document in order]
        facts = sorted(kept + new_facts.get(folder.slug, []), key=lambda f: order[f.document])
        new_records[folder.slug] = folder_record(folder, entries[folder.slug], store_facts(store, folder.slug, facts))
    films_unchanged = all(f.record for f in scan.folders) and len(scan.folders) == len(records)
    if films_unchanged:  # the same folders with the same film.toml files: the same films.json
        os.link(previous / "films.json", work / "films.json")
    return finish_generation(work, scan, new_records, max_bytes, started, fingerprint, changed=len(plan.changed))


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
            named.update((read_facts_names(generation) or {}).values())
        stored = list(os.scandir(index_dir / FACTS_STORE))
    except (OSError, ValueError, EOFError, pickle.UnpicklingError):
        return  # what the kept generations name is unknown: remove nothing
    for entry in stored:  # facts of pruned generations, and partial files of killed builds
        if entry.name not in named:
            try:
                os.unlink(entry.path)
            except FileNotFoundError:
                pass


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


def read_facts_names(generation: Path) -> dict[str, str] | None:
    """Film slug -> its facts file in the store; None for a generation from before the store."""
    try:
        return pickle.loads((generation / FACTS_NAMES).read_bytes())
    except FileNotFoundError:
        return None


def read_facts(generation: Path, slug: str, names: dict[str, str] | None = None) -> list:
    """A film's facts; `names` saves reading the generation's facts names again."""
    names = names if names is not None else read_facts_names(generation)
    if names is None:
        path = generation / "facts" / f"{slug}.json"  # the layout before the shared store
    elif slug in names:
        path = generation.parent / FACTS_STORE / names[slug]
    else:
        return []
    return FACTS.validate_json(path.read_bytes()) if path.exists() else []


def read_fingerprint(generation: Path) -> str | None:
    try:
        return (generation / "fingerprint").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
