"""The command line, called the way people and scripts call it."""
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def places(corpus, tmp_path):
    return ["--corpus", str(corpus), "--index", str(tmp_path / "index")]


def test_ask_builds_the_index_when_missing_and_prints_an_answer_with_sources(capsys, corpus_copy, tmp_path):
    code, out, _ = run(capsys, *places(corpus_copy, tmp_path), "ask", "Who directed Parallel Mothers?")
    assert code == 0 and "Pedro Almodóvar" in out and "Sources:" in out
    assert (tmp_path / "index" / "CURRENT").exists()


def test_ask_json_has_the_documented_fields(capsys, corpus_copy, tmp_path):
    code, out, _ = run(capsys, *places(corpus_copy, tmp_path), "ask", "How long is it?", "--film", "madres paralelas", "--json")
    answer = json.loads(out)
    assert {"question", "film", "intent", "found", "answer", "spoiler", "sources"} <= answer.keys()
    assert answer["film"] == "Parallel Mothers" and answer["found"] and "120" in answer["answer"]
    assert {"film", "document", "source", "author", "snippet"} <= answer["sources"][0].keys()


def test_ask_jsonl_answers_every_line_in_order_and_says_what_is_wrong_with_bad_ones(capsys, corpus_copy, tmp_path,
                                                                                 monkeypatch):
    lines = [json.dumps({"question": "Who plays Ana?"}), "not json", json.dumps([1, 2]),
             json.dumps({"question": "What was the budget?", "film": "Parallel Mothers"}), json.dumps({"question": "NOT ((("}),
             json.dumps({"film": "Parallel Mothers"}), json.dumps({"question": "   "}), json.dumps({"question": 7})]
    code, out, err = run(capsys, *places(corpus_copy, tmp_path), "ask", "--jsonl", stdin="\n".join(lines) + "\n",
                         monkeypatch=monkeypatch)
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == 8
    assert answers[0]["found"] and "Milena Smit" in answers[0]["answer"] and "error" not in answers[0]
    assert not answers[1]["found"] and "Line 2" in answers[1]["answer"] and "not JSON" in answers[1]["error"]
    assert "JSON array, not an object" in answers[2]["error"]
    assert not answers[3]["found"] and answers[3]["film"] == "Parallel Mothers" and "error" not in answers[3]
    assert "error" not in answers[4]
    assert answers[5]["error"].startswith('no "question"') and answers[5]["line"] == 6
    assert answers[6]["error"] == 'the "question" is blank'
    assert answers[7]["error"] == '"question" is a JSON number, not a string'
    assert code == 1 and err.count("\n") == 1 and "5 line(s) were not questions (line 2, 3, 6, 7, 8)" in err


def test_ask_jsonl_with_only_questions_exits_0(capsys, corpus_copy, tmp_path, monkeypatch):
    code, out, err = run(capsys, *places(corpus_copy, tmp_path), "ask", "--jsonl",
                         stdin=json.dumps({"question": "Who plays Ana?"}) + "\n\n", monkeypatch=monkeypatch)
    assert code == 0 and len(out.splitlines()) == 1 and not err


@pytest.mark.parametrize("command", [["index"], ["ask", "who plays Ana?"], ["ask", "--jsonl"]])
def test_global_flags_go_before_or_after_the_command(capsys, corpus_copy, tmp_path, command, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    flags = places(corpus_copy, tmp_path)
    after = main(command + flags)
    out_after = capsys.readouterr().out
    before = main(flags + command)
    out_before = capsys.readouterr().out
    assert after == before == 0 and out_after.split("in ")[0] == out_before.split("in ")[0]
    assert (tmp_path / "index" / "CURRENT").exists()


def test_a_flag_after_the_command_wins_over_the_one_before(capsys, corpus_copy, tmp_path):
    code = main(["--corpus", str(tmp_path / "nowhere"), "index", *places(corpus_copy, tmp_path)])
    assert code == 0 and "Indexed 1 films" in capsys.readouterr().out


def test_ask_rebuilds_when_the_corpus_changed(capsys, corpus_copy, tmp_path):
    run(capsys, *places(corpus_copy, tmp_path), "ask", "hello")
    (corpus_copy / "parallel-mothers" / "budget.txt").write_text("The budget was 7 million euros.\n")
    code, out, _ = run(capsys, *places(corpus_copy, tmp_path), "ask", "What was the budget?")
    assert "7 million" in out


def test_index_reports_counts_and_every_problem(capsys, corpus_copy, tmp_path):
    (corpus_copy / "parallel-mothers" / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    code, out, _ = run(capsys, *places(corpus_copy, tmp_path), "index")
    assert code == 0
    assert "Indexed 1 films, 5 documents" in out and "cast" in out
    assert "parallel-mothers/bad.txt: is binary" in out


def test_the_installed_console_script_runs_with_environment_settings(corpus_copy, tmp_path):
    env = {"FILMBOT_CORPUS_DIR": str(corpus_copy), "FILMBOT_INDEX_DIR": str(tmp_path / "ix"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "who plays Elena?", "--json"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Rossy de Palma" in json.loads(done.stdout)["answer"]
    assert (tmp_path / "ix" / "CURRENT").exists()


def test_an_installed_copy_without_a_corpus_beside_it_uses_the_working_directorys(corpus_copy, tmp_path):
    """`pip install .` puts bot/ and index/ in site-packages, away from corpus/; a host running the
    Procfile starts `filmbot run` in the checkout, whose corpus and var/index it must use."""
    site = tmp_path / "site-packages"
    for package in ("bot", "index"):
        shutil.copytree(REPO / package, site / package, ignore=shutil.ignore_patterns("__pycache__"))
    app = tmp_path / "app"
    shutil.copytree(corpus_copy, app / "corpus")
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "who plays Elena?", "--json"],
                          capture_output=True, text=True, env=env, cwd=app, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Rossy de Palma" in json.loads(done.stdout)["answer"]
    assert (app / "var" / "index" / "CURRENT").exists()
    assert not (site / "var").exists()
