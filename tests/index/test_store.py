"""build_index: a build switches readers atomically; a failed or killed build changes nothing."""
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from index import build
from index.store import build_index, current_generation
from index_support import MAX_BYTES, bad_corpus, pad_corpus


def test_a_failed_build_leaves_the_old_index_serving(corpus_copy, tmp_path, monkeypatch):
    index = tmp_path / "index"
    build_index(corpus_copy, index, MAX_BYTES)
    before = current_generation(index)

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build, "extract_facts", explode)
    with pytest.raises(RuntimeError):
        build_index(corpus_copy, index, MAX_BYTES)
    assert current_generation(index) == before
    assert not list(index.glob("build-*"))


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


def test_a_build_over_a_bad_corpus_indexes_the_rest_and_reports_every_problem(tmp_path):
    root = tmp_path / "corpus"
    bad_corpus(root, tmp_path / "outside")
    report = build_index(root, tmp_path / "index", 10_000)  # huge.txt is over this limit
    assert report.documents == 4 and len(report.problems) == 11
    assert report.facts.get("cast") == 1 and report.facts.get("crew") == 1
