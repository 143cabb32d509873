"""The command line's errors: one line on stderr saying what to do, exit code 2, no traceback.

Run as people run it (`python -m bot.cli` in a process of its own), so nothing a test sets up can
hide a traceback. Discord being unreachable is tested against the fake Discord, in
tests/discord/test_client.py.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def filmbot(*args, cwd=None, env=None, stdin=None, pythonpath=REPO):
    environment = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(pythonpath), "HOME": os.environ.get("HOME", "/tmp"),
                   **(env or {})}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True,
                          env=environment, cwd=cwd or REPO, input=stdin, timeout=60)


def one_line(done, code: int, *expected: str) -> str:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    for text in expected:
        assert text in done.stderr, done.stderr
    return done.stderr


@pytest.mark.parametrize("command", [["index"], ["ask", "who?"], ["run"]])
def test_a_corpus_that_does_not_exist(tmp_path, command):
    missing = tmp_path / "nowhere"
    one_line(filmbot(*command, "--corpus", str(missing), "--index", str(tmp_path / "ix")), 2,
             f"no corpus at {missing} (from --corpus)", "FILMBOT_CORPUS_DIR")
    assert not (tmp_path / "ix").exists()


def test_a_film_folder_given_as_the_corpus(corpus_copy, tmp_path):
    film = corpus_copy / "parallel-mothers"
    one_line(filmbot("index", "--corpus", str(film), "--index", str(tmp_path / "ix")), 2,
             "one film's folder", f"point --corpus at its parent, {corpus_copy}")


def test_a_corpus_that_is_a_file(tmp_path):
    file = tmp_path / "corpus.txt"
    file.write_text("not a folder")
    one_line(filmbot("index", "--corpus", str(file)), 2, "is a file, not a folder")


def test_an_index_path_that_is_a_file(corpus_copy, tmp_path):
    file = tmp_path / "index"
    file.write_text("")
    one_line(filmbot("ask", "who plays Ana?", "--corpus", str(corpus_copy), "--index", str(file)), 2,
             f"the index path {file} is a file (from --index)")


def test_an_index_path_that_is_not_writable(corpus_copy, tmp_path):
    (tmp_path / "ro").mkdir()
    os.chmod(tmp_path / "ro", 0o555)
    # root writes anywhere; /proc refuses anyone
    place = tmp_path / "ro" / "index" if os.geteuid() != 0 else Path("/proc/filmbot/index")
    try:
        one_line(filmbot("index", "--corpus", str(corpus_copy), "--index", str(place)), 2,
                 f"cannot write the index at {place}", "is not writable")
    finally:
        os.chmod(tmp_path / "ro", 0o755)


@pytest.mark.parametrize("question", ["", "   ", "\t\n"])
def test_a_blank_question(corpus_copy, tmp_path, question):
    one_line(filmbot("ask", question, "--corpus", str(corpus_copy), "--index", str(tmp_path / "ix")), 2,
             "the question is blank")


def test_no_question_at_all(corpus_copy, tmp_path):
    one_line(filmbot("ask", "--corpus", str(corpus_copy), "--index", str(tmp_path / "ix")), 2,
             "the question is blank", "--jsonl")


def test_an_installed_copy_run_where_there_is_no_corpus_says_where_it_looked(tmp_path):
    """`pip install .` puts bot/ and index/ in site-packages; run in a folder with no corpus/, it
    must not build an empty ./var/index and answer "no document mentions"."""
    site = tmp_path / "site-packages"
    for package in ("bot", "index"):
        shutil.copytree(REPO / package, site / package, ignore=shutil.ignore_patterns("__pycache__"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = filmbot("ask", "who plays Elena?", cwd=elsewhere, pythonpath=site)
    one_line(done, 2, f"no corpus at {elsewhere / 'corpus'}", "the default for an installed copy",
             "FILMBOT_CORPUS_DIR")
    assert not done.stdout and not (elsewhere / "var").exists()


def test_invalid_settings(tmp_path):
    one_line(filmbot("index", env={"FILMBOT_MAX_DOCUMENT_BYTES": "lots"}), 2, "settings", "max_document_bytes")


def test_an_unknown_flag_is_argparses_usage_error(tmp_path):
    done = filmbot("index", "--corpse", "x")
    assert done.returncode == 2 and "unrecognized arguments: --corpse" in done.stderr
    assert "Traceback" not in done.stderr
