"""Follow-ups on the command line: `filmbot chat` and "conversation" ids in `ask --jsonl`, over the
four-film fixture corpus (a question that names no film is ambiguous there on its own)."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

REPO = Path(__file__).resolve().parents[2]
FILMS = REPO / "tests" / "fixtures" / "dev-films" / "corpus"


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    index = tmp_path_factory.mktemp("films") / "index"
    assert main(["--corpus", str(FILMS), "--index", str(index), "index"]) == 0
    return ["--corpus", str(FILMS), "--index", str(index)]


def run(capsys, monkeypatch, args, stdin):
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_lines_with_the_same_conversation_follow_on(capsys, monkeypatch, places):
    lines = [
        {"question": "who plays Ana in Parallel Mothers?", "conversation": "a"},
        {"question": "who directed The Leaden Sea?", "conversation": "b"},
        {"question": "who plays her mother?", "conversation": "a"},
        {"question": "who directed it?", "conversation": "b"},
        {"question": "who directed it?"},  # no conversation: stands alone
        {"question": "who directed it?", "conversation": "c"},  # a new conversation knows nothing
    ]
    code, out, err = run(capsys, monkeypatch, places + ["ask", "--jsonl"],
                         "".join(json.dumps(line) + "\n" for line in lines))
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(answers) == 6, err
    assert answers[0]["film_from"] == "question" and "Ana" in (answers[0]["subject"] or "")
    assert answers[2]["film"] == "Parallel Mothers" and answers[2]["film_from"] == "conversation"
    assert "Aitana Sánchez-Gijón" in answers[2]["answer"] and "Teresa" in answers[2]["answer"]
    assert answers[3]["film"] == "The Leaden Sea" and answers[3]["film_from"] == "conversation"
    assert answers[4]["film"] is None and answers[5]["film"] is None


def test_chat_keeps_the_film_switches_with_slash_film_and_quits(capsys, monkeypatch, places):
    session = "\n".join([
        "who plays Ana in Parallel Mothers?",
        "who plays her mother?",
        "/film leaden sea",
        "who directed it?",
        "/film Nothing Like It At All",
        "/quit",
        "who directed Parallel Mothers?",  # after /quit: never asked
    ]) + "\n"
    code, out, _ = run(capsys, monkeypatch, places + ["chat"], session)
    assert code == 0
    assert "Milena Smit" in out and "Aitana Sánchez-Gijón" in out and "Teresa" in out
    assert "Now talking about The Leaden Sea." in out
    assert "The Leaden Sea was directed by" in out
    assert "I don't know a film called Nothing Like It At All" in out
    assert out.count("Sources:") == 3


def test_chat_ends_at_end_of_input_as_a_subprocess(places):
    result = subprocess.run([sys.executable, "-m", "bot.cli", *places, "chat", "--film", "Parallel Mothers"],
                            input="how long is it?\n", capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Now talking about Parallel Mothers." in result.stdout and "120" in result.stdout
    assert "Traceback" not in result.stderr
