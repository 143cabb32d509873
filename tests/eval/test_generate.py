"""eval/generated/generate.py: films in the seeds' shapes, and questions whose answers are in them."""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.settings import Settings
from index.models import CastCredit

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "eval" / "generated"))
import generate  # noqa: E402

N = 4


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).replace("’", "'")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    generate.write(out, N, seed=7)
    return out


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_same_seed_same_files_other_seed_other_films(generated, tmp_path):
    generate.write(tmp_path / "again", N, seed=7)
    generate.write(tmp_path / "other", N, seed=8)
    files = sorted(p.relative_to(generated) for p in generated.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "again") for p in (tmp_path / "again").rglob("*") if p.is_file())
    assert all((generated / f).read_bytes() == (tmp_path / "again" / f).read_bytes() for f in files)
    assert {t["title"] for t in lines(generated / "truth.jsonl")} != {t["title"] for t in lines(tmp_path / "other" / "truth.jsonl")}


def test_each_film_has_the_seeds_five_documents(generated):
    films = sorted((generated / "corpus").iterdir())
    assert len(films) == N
    for film in films:
        documents = sorted(p.name for p in film.glob("*.txt"))
        assert [d[:4] for d in documents] == ["000_", "001_", "002_", "003_", "004_"]
        text = "\n".join((film / d).read_text(encoding="utf-8") for d in documents)
        # the seeds' mess: page furniture, a star rating, quotes with a dash, the cast three ways
        for shape in ("top of page", "of ★★★★★", "” – ", "\nWith ", "\nCast\n", "\nCAST\n", "L to R"):
            assert shape in text, (film.name, shape)


def test_the_index_builds_without_problems_and_finds_every_credit(generated, tmp_path):
    engine = AnswerEngine(Settings(corpus_dir=generated / "corpus", index_dir=tmp_path / "index", _env_file=None))
    report = engine.reindex()
    assert report.films == N and report.documents == 5 * N and not report.problems
    gen = engine.generation()
    for film in lines(generated / "truth.jsonl"):
        actors = {f.actor for f in gen.facts(film["slug"]) if isinstance(f, CastCredit)}
        assert {c["actor"] for c in film["cast"]} <= actors, film["slug"]


def test_questions_reference_real_facts(generated):
    truth = lines(generated / "truth.jsonl")
    questions = lines(generated / "questions.jsonl")
    names = {norm(n) for film in truth for n in (film["title"], film["alias"]) if n}
    kinds = {q["cat"] for q in questions}
    assert kinds == {"cast", "crew", "plot", "awards", "critics", "facts", "unanswerable"}
    assert any("film" in q for q in questions) and any("film" not in q for q in questions)
    for q in questions:
        film = truth[int(q["id"][1:4])]
        folder = generated / "corpus" / film["slug"]
        text = norm("\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())))
        if "film" in q:
            assert norm(q["film"]) in names
        if q.get("none"):
            continue
        assert all(norm(e) in text for e in q.get("all", [])), q
        if "any" in q:
            assert any(norm(e) in text for e in q["any"] if e), q
