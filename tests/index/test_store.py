"""Generations on disk: a build switches readers atomically; a failed or killed build changes nothing."""
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from index import store
from index.store import BuildInProgress, build_index, build_lock, current_generation

MAX_BYTES = 1_000_000


def pad_corpus(corpus: Path, documents: int) -> None:
    """Extra documents so that a build takes long enough to be interrupted."""
    folder = corpus / "parallel-mothers"
    body = "Janis (Penélope Cruz) meets Ana (Milena Smit) in a hospital in Madrid. " * 40
    for n in range(documents):
        (folder / f"extra-{n:04d}.txt").write_text(f"Extra note {n}\n\n{body}\n", encoding="utf-8")


def test_build_switches_current_and_keeps_one_previous_generation(corpus_copy, tmp_path):
    index = tmp_path / "index"
    for _ in range(3):
        report = build_index(corpus_copy, index, MAX_BYTES)
    assert report.documents == 5 and report.passages > 50 and report.facts["cast"] > 5
    assert current_generation(index).name == "gen-000003"
    assert sorted(p.name for p in index.glob("gen-*")) == ["gen-000002", "gen-000003"]
    assert not list(index.glob("build-*"))


def test_a_failed_build_leaves_the_old_index_serving(corpus_copy, tmp_path, monkeypatch):
    index = tmp_path / "index"
    build_index(corpus_copy, index, MAX_BYTES)
    before = current_generation(index)

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "extract_facts", explode)
    with pytest.raises(RuntimeError):
        build_index(corpus_copy, index, MAX_BYTES)
    assert current_generation(index) == before
    assert not list(index.glob("build-*"))


def test_one_builder_at_a_time(corpus_copy, tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    with build_lock(index):
        with pytest.raises(BuildInProgress):
            build_index(corpus_copy, index, MAX_BYTES)


READER = textwrap.dedent("""
    import sys, time
    from bot.answer.engine import AnswerEngine
    from bot.settings import Settings
    engine = AnswerEngine(Settings(corpus_dir=sys.argv[1], index_dir=sys.argv[2], _env_file=None))
    deadline = time.time() + float(sys.argv[3])
    while time.time() < deadline:
        answer = engine.answer_question("Who plays Janis?")
        print("ok" if answer.found and "Penélope Cruz" in answer.answer else "BAD " + answer.answer, flush=True)
        time.sleep(0.01)
""")


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def start_reader(corpus: Path, index: Path, seconds: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", READER, str(corpus), str(index), str(seconds)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def start_build(corpus: Path, index: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "--corpus", str(corpus), "--index", str(index), "index", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_reader_in_another_process_keeps_answering_through_a_build_and_a_killed_build(corpus_copy, tmp_path):
    index = tmp_path / "index"
    build_index(corpus_copy, index, MAX_BYTES)
    pad_corpus(corpus_copy, 150)
    reader = start_reader(corpus_copy, index, seconds=8)

    completed = start_build(corpus_copy, index)  # a full build runs to the end while the reader reads
    assert completed.wait(60) == 0
    generation_after_build = current_generation(index)

    killed = start_build(corpus_copy, index, "--full")  # nothing changed: only a full build takes long enough
    wait_for(lambda: list(index.glob("build-*")))  # the build is writing its generation
    time.sleep(0.1)
    killed.send_signal(signal.SIGKILL)
    killed.wait(10)
    assert current_generation(index) == generation_after_build  # the killed build published nothing

    out, err = reader.communicate(timeout=60)
    lines = out.split()
    assert lines and set(lines) == {"ok"}, (out[-500:], err[-2000:])
    assert build_index(corpus_copy, index, MAX_BYTES).documents == 155  # and the next build succeeds
    assert not list(index.glob("build-*"))


def test_a_generation_never_served_does_not_push_out_the_one_that_was(corpus_copy, tmp_path):
    index = tmp_path / "index"
    build_index(corpus_copy, index, MAX_BYTES)
    build_index(corpus_copy, index, MAX_BYTES)
    served = current_generation(index)
    (index / "gen-000099").mkdir()  # renamed into place, then killed before CURRENT switched
    (index / ".CURRENT.12345").write_text("gen-000099")
    build_index(corpus_copy, index, MAX_BYTES)
    assert {p.name for p in index.glob("gen-*")} == {served.name, current_generation(index).name}
    assert not list(index.glob(".CURRENT.*"))
