"""Answer quality floors: the project's own dev films and the shared dev set.

tests/fixtures/dev-films was once the held-out set, but the engine was tuned while looking at it,
so it is a dev set now; the honest held-out set is eval/heldout-b (written blind, never tuned on,
scored only for the README). These floors catch regressions; they are not targets to tune to.
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.settings import Settings

HERE = Path(__file__).resolve().parent
DEV_FILMS = HERE.parent / "fixtures" / "dev-films"
SHARED_EVAL = HERE.parents[2] / "shared" / "eval"


def norm(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).casefold()


def passes(case: dict, answer) -> bool:
    """score.py's rule: abstain on `none`; else every `all` and one `any` in the first 600 characters."""
    if case.get("none"):
        return not answer.found
    text = norm(answer.answer[:600])
    has = lambda expected: re.search(r"(?<!\w)" + re.escape(norm(expected)), text) is not None  # noqa: E731
    return answer.found and all(map(has, case.get("all", []))) and (not case.get("any") or any(map(has, case["any"])))


def test_dev_films_and_phrasings(tmp_path):
    engine = AnswerEngine(Settings(corpus_dir=DEV_FILMS / "corpus", index_dir=tmp_path / "index", _env_file=None))
    engine.reindex()
    cases = [json.loads(line) for line in (DEV_FILMS / "questions.jsonl").read_text().splitlines() if line.strip()]
    failed = [c["id"] for c in cases if not passes(c, engine.answer_question(c["q"], c.get("film")))]
    accuracy = 1 - len(failed) / len(cases)
    print(f"dev-films accuracy {accuracy:.1%}; failed: {failed}")
    assert accuracy >= 0.78, failed


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="the shared eval is not beside this checkout")
def test_shared_dev_set_through_the_command_line(tmp_path):
    command = [sys.executable, str(SHARED_EVAL / "score.py"), str(SHARED_EVAL / "dev.jsonl"), "--min", "90", "--",
               sys.executable, "-m", "bot.cli", "--index", str(tmp_path / "index"), "ask", "--jsonl"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
