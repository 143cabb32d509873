"""Writing a generation into a build folder: every document read (a full build, in worker
processes when the corpus is large), or the previous generation updated with what changed.

An update starts from the previous generation: its Whoosh files are hard-linked into the new
one (Whoosh never modifies a segment file once written), unchanged films' facts files are named
again, the changed documents are deleted from Whoosh and re-added, removed ones deleted, and only
those films' facts written anew. index.store publishes the folder when this is done.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import time
import traceback
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema

from index import whoosh_ext, workers
from index.analysis import ANALYZER
from index.documents import DocumentError, parse_document, read_inside
from index.layout import (
    FILMS, facts_store, fsync_file, read_facts, read_facts_names, store_facts, write_facts_names,
)
from index.manifest import Plan, folder_record, write_manifest
from index.models import Fact, IndexReport, Passage, Problem, Progress
from index.passages import split_passages
from index.scan import CorpusScan

SCHEMA = Schema(
    # Not indexed: a passage is found by its document's postings (search.Generation.passage); an
    # indexed id would be a posting per passage that nothing else needs.
    id=STORED,
    film=ID(stored=True),
    document=ID(stored=True),
    kind=ID(stored=True),
    # phrase=False: no positions are stored, as no query uses them (building is faster without)
    heading=TEXT(analyzer=ANALYZER, stored=True, phrase=False),
    text=TEXT(analyzer=ANALYZER, stored=True, phrase=False),
    source=STORED, author=STORED, url=STORED, position=STORED, start=STORED, end=STORED,
)
CHUNK_FILMS = 20  # films per job handed to a build worker
WRITER_MB = 128


def write_generation(work: Path, scan: CorpusScan, max_bytes: int, progress: Progress, started: float,
                     procs: int | None = None) -> IndexReport:
    """A full build: every document read; in worker processes when the corpus is large."""
    whoosh_ext.install()
    (work / "whoosh").mkdir()
    store = facts_store(work)
    ix = whoosh_index.create_in(work / "whoosh", SCHEMA)
    total = sum(len(f.documents) for f in scan.folders)
    procs = procs if procs is not None else min(os.cpu_count() or 1, 4)
    if procs > 1 and total >= workers.PARALLEL_MIN_DOCUMENTS:
        built = index_in_workers(ix, work, scan, max_bytes, progress, procs, total)
    else:
        built = {}
        with committed(whoosh_ext.PassageWriter(ix, limitmb=WRITER_MB), progress, total) as writer:
            done = 0
            for folder in scan.folders:
                facts, entries = index_folder(writer, folder.slug, folder.documents, scan.root, max_bytes)
                built[folder.slug] = (entries, store_facts(store, folder.slug, facts))
                done += len(folder.documents)
                progress("indexing", done, total)
    records = {f.slug: folder_record(f, *built[f.slug]) for f in scan.folders}
    return finish_generation(work, scan, records, max_bytes, started, changed=total)


def update_generation(work: Path, previous: Path, scan: CorpusScan, manifest: dict, plan: Plan, max_bytes: int,
                      progress: Progress, started: float) -> IndexReport:
    """A new generation from the previous one: its Whoosh files hard-linked, unchanged films'
    facts named again, then only the changes written."""
    whoosh_ext.install()
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
    with committed(whoosh_ext.PassageWriter(ix, limitmb=WRITER_MB), progress, total) as writer:
        for doc_id in sorted(gone):
            writer.delete_by_term("document", doc_id)
        for slug, documents in reread.items():
            new_facts[slug], folder_entries = index_folder(writer, slug, documents, scan.root, max_bytes)
            entries[slug].update(folder_entries)
            done += len(documents)
            progress("indexing", done, total)
    names = read_facts_names(previous)
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
    return finish_generation(work, scan, new_records, max_bytes, started, changed=len(plan.changed))


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
            elif fact.kind == "film_fact" and fact.name in WARNED_FILM_FACTS:  # the same, for a runtime or year
                key = WARNED_FILM_FACTS[fact.name]
                entry["facts"][key] = entry["facts"].get(key, 0) + 1
        entries[doc_id] = entry
    return facts, entries


# Film facts whose absence `filmbot index` warns about, under the name its warning counts them by
# (a release date gives the year).
WARNED_FILM_FACTS = {"runtime": "runtime", "year": "year", "release_date": "year"}


def extract_facts(document, passages) -> list[Fact]:
    """index.extract.extract_facts, imported on first use: serving processes never need it."""
    from index.extract import extract_facts as extract

    return extract(document, passages)


def passage_fields(passage: Passage) -> dict:
    """Whoosh fields of a passage; empty ones are left out (readers default them), which saves
    Whoosh a field's analysis and storage per passage without a heading, source or author."""
    fields = dict(
        id=passage.id, film=passage.film, document=passage.document, kind=passage.kind,
        heading=passage.heading, text=passage.text, source=passage.source,
        author=passage.author, url=passage.url, position=passage.position, start=passage.start, end=passage.end,
    )
    return {name: value for name, value in fields.items() if value is not None and value != ""}


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


def finish_generation(work: Path, scan: CorpusScan, records: dict[str, dict], max_bytes: int, started: float,
                      changed: int) -> IndexReport:
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
    write_manifest(work, records, max_bytes)
    names = {slug: record["facts"] for slug, record in records.items()}
    write_facts_names(work, names)
    (work / "report.json").write_text(report.model_dump_json(indent=1), encoding="utf-8")
    (work / "fingerprint").write_text(scan.fingerprint, encoding="utf-8")
    fsync_file(facts_store(work))
    return report


# --- a full build in worker processes -------------------------------------------------------


def index_in_workers(ix, work: Path, scan: CorpusScan, max_bytes: int, progress: Progress, procs: int,
                     total: int) -> dict[str, tuple[dict, str]]:
    """Workers take chunks of films off a queue, each into its own Whoosh segment; the segments
    become one index in a single TOC commit here."""
    chunks = [[(f.slug, f.documents) for f in scan.folders[i:i + CHUNK_FILMS]]
              for i in range(0, len(scan.folders), CHUNK_FILMS)]
    built: dict[str, tuple[dict, str]] = {}  # film slug -> (its documents' entries, its facts file)
    segments = []
    done = 0

    def receive(kind: str, payload) -> None:
        nonlocal done
        if kind == "chunk":
            built.update(payload)
            done += sum(len(entries) for entries, _ in payload.values())
            progress("indexing", done, total)
        elif payload is not None:  # a worker's segment, finished when its pool filled or at its end
            segments.append(payload)

    writer = ix.writer()  # holds the Whoosh lock and writes the TOC
    try:
        workers.run_workers(index_chunks, (str(work), str(scan.root), max_bytes), chunks, procs, receive)
        progress("committing", total, total)
        whoosh_ext.commit_segments(writer, segments)
    except BaseException:
        writer.cancel()
        raise
    return built


def index_chunks(work: str, root: str, max_bytes: int, jobs, results, parent: int) -> None:
    """A build worker: its chunks of films into segments of its own and facts files; reports
    ("chunk", {slug: (entries, facts file)}), ("segment", segment) and at the end ("done", segment or None)."""
    workers.watch_parent(parent)
    writer = None
    try:
        whoosh_ext.install()
        ix = whoosh_index.open_dir(str(Path(work) / "whoosh"))
        store = facts_store(Path(work))
        writer = whoosh_ext.segment_writer(ix, WRITER_MB)
        for job in workers.jobs_of(jobs, parent):
            chunk: dict[str, tuple[dict, str]] = {}
            for slug, documents in job:
                facts, entries = index_folder(writer, slug, documents, Path(root), max_bytes)
                chunk[slug] = (entries, store_facts(store, slug, facts))
            if whoosh_ext.pool_nearly_full(writer):
                results.put(("segment", whoosh_ext.finish_segment(writer)))
                writer = whoosh_ext.segment_writer(ix, WRITER_MB)
            results.put(("chunk", chunk))
        results.put(("done", whoosh_ext.finish_segment(writer)))
    except BaseException:
        if writer is not None:
            try:
                writer.cancel()
            except Exception:
                pass
        results.put(("error", traceback.format_exc()))
