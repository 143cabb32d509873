"""Build worker processes (index/workers.py): every job done and reported; a worker that fails
or dies stops the build with an error, the other workers killed."""
import pytest

from index.workers import run_workers
from index_support import doubling_worker, dying_worker, failing_worker


def test_every_job_is_done_once_and_each_worker_reports_its_end():
    reports = []
    run_workers(doubling_worker, (), list(range(10)), 3, lambda kind, payload: reports.append((kind, payload)))
    assert sorted(p for k, p in reports if k == "chunk") == [n * 2 for n in range(10)]
    assert [k for k, _ in reports].count("done") == 3


def test_never_more_workers_than_jobs():
    reports = []
    run_workers(doubling_worker, (), [1], 4, lambda kind, payload: reports.append(kind))
    assert reports == ["chunk", "done"]


def test_a_worker_reporting_an_error_stops_the_build_with_its_traceback():
    with pytest.raises(RuntimeError, match="failed:\nTraceback: something broke"):
        run_workers(failing_worker, (), [1, 2], 2, lambda *_: None)


def test_a_worker_that_dies_stops_the_build():
    with pytest.raises(RuntimeError, match="died"):
        run_workers(dying_worker, (), [1, 2], 2, lambda *_: None)
