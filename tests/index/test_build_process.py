"""Builds in a child process: the same report and progress as in-process, errors relayed, and a
killed child leaves the previous index serving."""
import os
import signal
import threading

import pytest

from index.build_process import BuildFailed, build_in_child
from index.store import BuildInProgress, build_index, build_lock, current_generation

MAX_BYTES = 1_000_000


def test_builds_and_relays_progress_like_an_in_process_build(corpus_copy, tmp_path):
    steps = []
    report = build_in_child(corpus_copy, tmp_path / "child", MAX_BYTES, lambda *step: steps.append(step))
    here = build_index(corpus_copy, tmp_path / "here", MAX_BYTES)
    assert (report.films, report.documents, report.passages, report.facts) == \
           (here.films, here.documents, here.passages, here.facts)
    assert report.documents == 5 and current_generation(tmp_path / "child").name == "gen-000001"
    assert ("indexing", 5, 5) in steps and steps[-1][0] == "committing"
    again = build_in_child(corpus_copy, tmp_path / "child", MAX_BYTES)  # incremental: nothing changed
    assert again.changed_documents == 0 and current_generation(tmp_path / "child").name == "gen-000002"


def test_a_build_already_running_is_reported_as_such(corpus_copy, tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    with build_lock(index), pytest.raises(BuildInProgress):
        build_in_child(corpus_copy, index, MAX_BYTES)


def test_a_failing_build_says_why(corpus_copy, tmp_path):
    index = tmp_path / "index"
    (index / "CURRENT").mkdir(parents=True)  # a pointer that cannot be read: the build fails
    with pytest.raises(BuildFailed, match="the index build failed: .*CURRENT"):
        build_in_child(corpus_copy, index, MAX_BYTES)


def test_a_killed_build_process_leaves_the_previous_index_serving(corpus_copy, tmp_path):
    index = tmp_path / "index"
    build_index(corpus_copy, index, MAX_BYTES)
    served = current_generation(index)
    (corpus_copy / "parallel-mothers" / "new.txt").write_text("Janis develops photographs.\n", encoding="utf-8")
    killed = threading.Event()

    def kill_at_first_step(stage, done, total):
        if not killed.is_set():
            killed.set()
            os.kill(child_pid(), signal.SIGKILL)

    with pytest.raises(BuildFailed, match="died"):
        build_in_child(corpus_copy, index, MAX_BYTES, kill_at_first_step)
    assert current_generation(index) == served
    assert build_index(corpus_copy, index, MAX_BYTES).documents == 6  # and the next build succeeds
    assert not list(index.glob("build-*"))


def child_pid() -> int:
    """The build process: this test process's only child running index.build_process."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat, open(f"/proc/{entry}/cmdline", "rb") as cmd:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                    if parent == os.getpid() and b"index.build_process" in cmd.read():
                        return int(entry)
            except (OSError, ValueError):
                continue
    raise AssertionError("no build process found")


def test_output_printed_during_a_build_does_not_break_the_messages(corpus_copy, tmp_path, capfd, monkeypatch):
    index = tmp_path / "index"
    hook = tmp_path / "hook"
    hook.mkdir()
    # Loaded by the child at start-up: a library that prints to standard output while building.
    (hook / "sitecustomize.py").write_text(
        "import index.store as s\n"
        "_scan = s.scan_corpus\n"
        "def scan_corpus(*a, **k):\n"
        "    print('chatty library output')\n"
        "    return _scan(*a, **k)\n"
        "s.scan_corpus = scan_corpus\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", f"{hook}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    report = build_in_child(corpus_copy, index, MAX_BYTES)
    assert report.documents == 5
    assert "chatty library output" in capfd.readouterr().err
