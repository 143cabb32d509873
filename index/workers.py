"""The processes of a build: worker processes that index chunks of films, and stopping with the parent.

A full build of a large corpus hands chunks of films to worker processes through a queue; each
worker runs `target` (index.build.index_chunks), which reports on a results queue. This module
knows nothing of what the workers write: it starts them, relays what they report, and stops them
all when one fails or dies. Every child of a build (workers, and the build process of
index.build_process) stops as soon as its parent is gone, e.g. SIGKILLed, instead of finishing
its work into a build folder that the next build deletes.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator

PARALLEL_MIN_DOCUMENTS = 64  # below this a build runs in-process: starting workers costs more


def run_workers(target: Callable, args: tuple, jobs: list, procs: int, receive: Callable[[str, object], None]) -> None:
    """Run `target(*args, jobs, results, parent)` in up to `procs` processes until each reports
    ("done", ...); every other report is handed to `receive(kind, payload)` as it comes. A worker
    that reports ("error", traceback) or dies raises here, after the others are killed."""
    context = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded bot
    job_queue, results = context.Queue(), context.Queue()
    for job in jobs:
        job_queue.put(job)
    workers = [context.Process(target=target, daemon=True, args=(*args, job_queue, results, os.getpid()))
               for _ in range(min(procs, len(jobs)))]
    for _ in workers:
        job_queue.put(None)
    try:
        for worker in workers:
            worker.start()
        finished = 0
        while finished < len(workers):
            try:
                kind, payload = results.get(timeout=1.0)
            except queue.Empty:
                if any(w.exitcode not in (None, 0) for w in workers):
                    raise RuntimeError("an index build worker died") from None
                continue
            if kind == "error":
                raise RuntimeError(f"an index build worker failed:\n{payload}")
            if kind == "done":
                finished += 1
            receive(kind, payload)
        for worker in workers:
            worker.join()
    except BaseException:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
        raise


def jobs_of(jobs, parent: int) -> Iterator:
    """A worker's jobs until the build's last one; the worker exits if its build process is gone."""
    while True:
        try:
            job = jobs.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:
                os._exit(1)  # the build was killed: stop writing into its folder
            continue
        if job is None:
            return
        yield job


def watch_parent(parent: int) -> None:
    """Stop this process as soon as its parent is gone, checked on a daemon thread."""
    threading.Thread(target=exit_when_orphaned, args=(parent,), daemon=True).start()


def exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)
