"""The index on disk, built and published: `build_index` is the one way a generation is made.

A build takes the build lock, scans the corpus (index.scan), plans an update from the served
generation's manifest when it can (index.manifest), writes a new generation into a build folder
(index.build; full builds of large corpora in worker processes, index.workers), then switches
CURRENT to it and prunes what no reader needs any more (index.layout, which also describes the
folder). A failed or killed build leaves CURRENT untouched.

The names the rest of FilmBot uses of the index on disk are here too, so callers need not know
which module holds what.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from index.build import update_generation, write_generation
from index.layout import (
    CURRENT, FACTS_STORE, BuildInProgress, build_lock, current_generation, prune_generations, read_facts,
    read_facts_names, read_films, read_fingerprint, read_report, remove_abandoned_builds, switch_to,
)
from index.manifest import plan_update, read_manifest
from index.models import IndexReport, Progress
from index.scan import scan_corpus

__all__ = [
    "CURRENT", "FACTS_STORE", "BuildInProgress", "Progress", "build_index", "build_lock", "current_generation",
    "read_facts", "read_facts_names", "read_films", "read_fingerprint", "read_report",
]


def build_index(corpus_dir: Path, index_dir: Path, max_bytes: int, progress: Progress | None = None,
                *, full: bool = True, procs: int | None = None) -> IndexReport:
    """Build a new generation from the corpus and switch readers to it.

    `full=False` updates the current generation's contents instead where it can: only documents
    whose size, time or content changed are read again (index.manifest).
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
            plan = plan_update(scan, manifest, progress) if manifest else None
            if plan is not None:
                report = update_generation(work, previous, scan, manifest, plan, max_bytes, progress, started)
            else:
                report = write_generation(work, scan, max_bytes, progress, started, procs)
            switch_to(index_dir, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        prune_generations(index_dir, served)
    return report
