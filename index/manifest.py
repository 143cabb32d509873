"""What an update starts from: the previous generation's manifest, and the plan of what changed.

A generation's manifest.pickle records, per film folder, a digest of its listing (names, sizes
and times), its film.toml's record, its facts file, counts and problems, and (pickled, unpickled
only when the folder changed) every document's size, time, SHA-1, passage and fact counts and
problem; and the code version and size limit used. An update (`full=False`, what `filmbot
index` does) carries a folder whose listing digest is unchanged over whole; in the others, the
documents whose size or time changed are read again and removed ones deleted. Problems of
unchanged files come from the manifest, so every report lists every problem. When the code or
the size limit changed, or much of the corpus did, the update is a full build.

Pickle, not JSON: a third of JSON's time for a large corpus's entries, and only FilmBot writes it.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

from index.models import Progress
from index.scan import CorpusScan, FolderScan, code_version
from index.workers import PARALLEL_MIN_DOCUMENTS

MANIFEST = "manifest.pickle"
MANIFEST_VERSION = 2
INCREMENTAL_MAX_CHANGED = 0.3  # when more of the corpus changed, a (parallel) full build is faster


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


def write_manifest(work: Path, records: dict[str, dict], max_bytes: int) -> None:
    manifest = {"version": MANIFEST_VERSION, "code": code_version(), "max_bytes": max_bytes, "folders": records}
    (work / MANIFEST).write_bytes(pickle.dumps(manifest, protocol=pickle.HIGHEST_PROTOCOL))


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
                if kind not in ("director", "runtime", "year"):  # counted for the warnings only
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
    """Kinds of fact a film's documents gave none of: no director, no cast, no running time, no
    year (nor a release date), a review without a rating. Not errors: the admins may want to add
    a document or fix one's layout."""
    read = [(doc_id, e) for doc_id, e in entries.items() if e.get("problem") is None]
    if not read:
        return []
    warnings = []
    if not any(e["facts"].get("director") for _, e in read):
        warnings.append({"path": slug, "reason": "no director found in any document"})
    if not any(e["facts"].get("cast") for _, e in read):
        warnings.append({"path": slug, "reason": "no cast found in any document"})
    if not any(e["facts"].get("runtime") for _, e in read):
        warnings.append({"path": slug, "reason": "no running time found in any document"})
    if not any(e["facts"].get("year") for _, e in read):
        warnings.append({"path": slug, "reason": "no year or release date found in any document"})
    for doc_id, entry in read:
        if entry.get("kind") == "review" and not entry["facts"].get("verdict"):
            warnings.append({"path": doc_id, "reason": "a review with no rating or verdict found"})
    return warnings
