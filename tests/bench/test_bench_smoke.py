"""The benchmark runs end to end on a tiny corpus and reports every metric (no timing is asserted)."""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.corpus import generate, load_truth, save_truth  # noqa: E402
from bench.questions import question_set  # noqa: E402
from bench.run import METRICS, main  # noqa: E402


def test_the_generator_is_deterministic_and_writes_the_seed_shapes(tmp_path):
    first = generate(tmp_path / "a", 3)
    second = generate(tmp_path / "b", 5)
    assert [f.title for f in first] == [f.title for f in second[:3]]  # film n is the same at any N
    folder = tmp_path / "a" / first[0].slug
    assert sorted(p.name for p in folder.iterdir()) == ["awards.txt", "film.toml", "review.txt", "summary.txt",
                                                        "synopsis.txt"]
    assert (folder / "review.txt").read_text() == (tmp_path / "b" / first[0].slug / "review.txt").read_text()
    synopsis = (folder / "synopsis.txt").read_text()
    assert f"Running Time: {first[0].runtime}" in synopsis and f"DIRECTED BY\n{first[0].director}" in synopsis
    assert " of ★★★★★" in (folder / "review.txt").read_text()
    assert "Nominee" in (folder / "awards.txt").read_text()
    assert f"- {first[0].cast[0].actor} as {first[0].cast[0].character}, " in (folder / "summary.txt").read_text()
    save_truth(tmp_path / "truth.json", first)
    assert load_truth(tmp_path / "truth.json") == first
    assert len(question_set(first, 20, "x")) == 20


def test_a_tiny_benchmark_reports_every_metric(tmp_path):
    out = tmp_path / "result.json"
    assert main(["--films", "3", "--questions", "12", "--cold-runs", "1", "--work", str(tmp_path),
                 "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    result = report["sizes"]["3"]
    missing = [m for m in METRICS if m not in result or result[m] is None]
    assert not missing, missing
    assert result["films"] == 3 and result["documents"] == 12 and result["passages"] > 0
    assert result["reindex_changed_documents"] == 1 and result["reindex_answer_ok"]
    assert result["reindex_remove_documents"] == 11
    assert 0 <= result["accuracy"] <= 1
