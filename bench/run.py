"""The benchmark: build, re-index, cold start, answer latency and memory at several corpus sizes.

    python3 -m bench.run --films 10,1000,10000     # the full run (10,000 films takes minutes)
    python3 -m bench.run --quick                   # N = 10 and 200, for trying ideas

Each measurement runs in a fresh process (bench/worker.py). The table goes to stdout and
the figures to bench/results/<time>.json and bench/results/latest.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import generate, save_truth

RESULTS = Path(__file__).resolve().parent / "results"
REPO = Path(__file__).resolve().parents[1]
TARGETS = {  # at 10,000 films (answer p99 also at 10)
    "build_passages_per_second": 2000, "reindex_one_change_s": 2.0, "answer_p99_ms": 50.0,
    "answer_p99_vs_fts5": 3.0, "serve_rss_mb": 200.0, "cold_start_s": 1.0, "answer_p99_ms_at_10": 5.0,
}
METRICS = [  # every key a result per N has; the smoke test checks them all
    "films", "documents", "passages", "facts", "build_s", "build_passages_per_second", "build_peak_rss_mb",
    "reindex_no_change_s", "reindex_one_change_s", "reindex_changed_documents", "reindex_answer_ok",
    "reindex_remove_s", "cold_start_s", "cold_start_answer_found", "answer_p50_ms", "answer_p99_ms",
    "answer_repeat_p99_ms", "serve_rss_mb", "fts5_p50_ms", "fts5_p99_ms", "answer_p99_vs_fts5", "accuracy",
]


def worker(*args: str, timeout: float = 3600) -> tuple[dict, float]:
    """Run one measurement in a fresh interpreter; returns its JSON and the wall time it took."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bench.worker", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=REPO)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"bench.worker {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), wall


def bump_runtime(corpus: Path, slug: str) -> int:
    """Change one document: the runtime in a film's synopsis goes up by a minute."""
    path = corpus / slug / "synopsis.txt"
    text = path.read_text(encoding="utf-8")
    minutes = int(re.search(r"Running Time: (\d+)", text)[1]) + 1
    path.write_text(re.sub(r"Running Time: \d+", f"Running Time: {minutes}", text), encoding="utf-8")
    return minutes


REINDEX_RUNS = 3


def run_size(films: int, work: Path, questions: int, log, cold_runs: int = 3) -> dict:
    corpus, index = work / f"corpus-{films}", work / f"index-{films}"
    truth_path = work / f"truth-{films}.json"
    log(f"[{films} films] generating the corpus")
    truths = generate(corpus, films)
    save_truth(truth_path, truths)
    if index.exists():
        import shutil
        shutil.rmtree(index)

    log(f"[{films} films] full build")
    build, _ = worker("build", str(corpus), str(index), "--full")
    log(f"[{films} films]   {build['passages']} passages in {build['seconds']}s")
    result = {
        "films": build["films"], "documents": build["documents"], "passages": build["passages"],
        "facts": build["facts"], "build_s": build["seconds"], "build_passages_per_second": build["passages_per_second"],
        "build_peak_rss_mb": max(build["peak_rss_mb"], build["peak_rss_children_mb"]),
        "build_peak_rss_self_mb": build["peak_rss_mb"], "build_peak_rss_children_mb": build["peak_rss_children_mb"],
    }

    log(f"[{films} films] serving: latency, memory and accuracy")
    serve, _ = worker("serve", str(corpus), str(index), str(truth_path), "--questions", str(questions))
    result.update({
        "answer_p50_ms": serve["p50_ms"], "answer_p99_ms": serve["p99_ms"], "answer_mean_ms": serve["mean_ms"],
        "answer_max_ms": serve["max_ms"], "answer_repeat_p50_ms": serve["repeat_p50_ms"],
        "answer_repeat_p99_ms": serve["repeat_p99_ms"], "answer_p99_ms_by_kind": serve["p99_ms_by_kind"],
        "serve_rss_mb": serve["rss_after_warmup_mb"], "serve_rss_after_run_mb": serve["rss_after_run_mb"],
        "accuracy": serve["accuracy"], "accuracy_checked": serve["checked"], "wrong_examples": serve["wrong_examples"],
        "questions": serve["questions"],
    })

    log(f"[{films} films] SQLite FTS5 reference")
    fts, _ = worker("fts", str(index), str(work / f"fts-{films}.db"), str(truth_path), "--questions", str(questions))
    result.update({"fts5_p50_ms": fts["p50_ms"], "fts5_p99_ms": fts["p99_ms"], "fts5_passages": fts["passages"],
                   "answer_p99_vs_fts5": round(result["answer_p99_ms"] / fts["p99_ms"], 1) if fts["p99_ms"] else None,
                   "answer_p50_vs_fts5": round(result["answer_p50_ms"] / fts["p50_ms"], 1) if fts["p50_ms"] else None})

    log(f"[{films} films] cold start")
    colds = []
    for _ in range(cold_runs):
        # From spawning the interpreter to the first answer, by this process's clock; the process's
        # whole run (interpreter exit included) is reported beside it
        cold, wall = worker("cold", str(corpus), str(index), f"Who directed {truths[0].title}?",
                            "--spawned", repr(time.time()))
        colds.append((cold["since_spawn_s"], wall, cold))
    first, wall, cold = sorted(colds, key=lambda c: c[0])[len(colds) // 2]  # the median
    result.update({"cold_start_s": first, "cold_start_runs_s": sorted(c[0] for c in colds),
                   "cold_start_process_s": round(wall, 3), "cold_start_in_process_s": cold["in_process_s"],
                   "cold_start_answer_found": cold["found"] and truths[0].director in cold["answer"],
                   "cold_start_rss_mb": cold["rss_mb"]})

    log(f"[{films} films] re-indexing")
    same, _ = worker("build", str(corpus), str(index))
    changes = []
    for n in range(REINDEX_RUNS):  # a different film each time; the median is kept (timings are noisy)
        target = truths[(len(truths) // 2 + n) % len(truths)]
        minutes = bump_runtime(corpus, target.slug)
        changes.append(worker("build", str(corpus), str(index), "--check-question", f"How long is {target.title}?",
                              "--expect", str(minutes))[0])
    one = sorted(changes, key=lambda c: c["seconds"])[len(changes) // 2]
    (corpus / target.slug / "review.txt").unlink()
    removed, _ = worker("build", str(corpus), str(index))
    result.update({
        "reindex_no_change_s": same["seconds"], "reindex_one_change_s": one["seconds"],
        "reindex_one_change_runs_s": [c["seconds"] for c in changes],
        "reindex_changed_documents": max(c["changed_documents"] for c in changes),
        "reindex_answer_ok": all(c["check_ok"] for c in changes),
        "reindex_remove_s": removed["seconds"], "reindex_remove_documents": removed["documents"],
        "reindex_peak_rss_mb": max(one["peak_rss_mb"], one["peak_rss_children_mb"]),
    })
    return result


def table(results: dict[str, dict]) -> str:
    rows = [
        ("passages", "passages", "{:,}"), ("full build (s)", "build_s", "{:.1f}"),
        ("build passages/s", "build_passages_per_second", "{:,.0f}"), ("build peak RSS (MB)", "build_peak_rss_mb", "{:.0f}"),
        ("reindex, nothing changed (s)", "reindex_no_change_s", "{:.2f}"),
        ("reindex, one doc changed (s)", "reindex_one_change_s", "{:.2f}"),
        ("  documents re-read", "reindex_changed_documents", "{}"), ("  answer shows the change", "reindex_answer_ok", "{}"),
        ("reindex, one doc removed (s)", "reindex_remove_s", "{:.2f}"),
        ("cold start to first answer (s)", "cold_start_s", "{:.2f}"),
        ("answer p50 (ms)", "answer_p50_ms", "{:.1f}"), ("answer p99 (ms)", "answer_p99_ms", "{:.1f}"),
        ("answer p99, repeated (ms)", "answer_repeat_p99_ms", "{:.1f}"),
        ("FTS5 bm25 top-10 p50 (ms)", "fts5_p50_ms", "{:.2f}"), ("FTS5 bm25 top-10 p99 (ms)", "fts5_p99_ms", "{:.2f}"),
        ("answer p99 / FTS5 p99", "answer_p99_vs_fts5", "{:.1f}x"), ("serving RSS (MB)", "serve_rss_mb", "{:.0f}"),
        ("answer accuracy", "accuracy", "{:.1%}"),
    ]
    sizes = list(results)
    lines = [f"{'':32}" + "".join(f"{n + ' films':>14}" for n in sizes)]
    for label, key, fmt in rows:
        cells = []
        for n in sizes:
            value = results[n].get(key)
            cells.append(f"{'-' if value is None else fmt.format(value):>14}")
        lines.append(f"{label:32}" + "".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    top = argparse.ArgumentParser(prog="python3 -m bench.run", description=__doc__.splitlines()[0])
    top.add_argument("--films", default="10,1000,10000", help="comma-separated corpus sizes (default 10,1000,10000)")
    top.add_argument("--quick", action="store_true", help="N = 10 and 200 only")
    top.add_argument("--questions", type=int, default=240, help="questions in the measured set (default 240)")
    top.add_argument("--work", help="where corpora and indexes go (default: a temporary folder)")
    top.add_argument("--out", help="write the JSON here instead of bench/results/")
    top.add_argument("--cold-runs", type=int, default=3, help="cold starts measured per size (the median is kept)")
    args = top.parse_args(argv)
    sizes = [10, 200] if args.quick else [int(n.replace("_", "")) for n in args.films.split(",") if n.strip()]
    log = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="filmbot-bench-", dir=args.work) as work:
        for n in sizes:
            results[str(n)] = run_size(n, Path(work), args.questions, log, args.cold_runs)
    report = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs", "targets": TARGETS, "sizes": results,
    }
    text = json.dumps(report, indent=1, ensure_ascii=False)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(text, encoding="utf-8")
        (RESULTS / "latest.json").write_text(text, encoding="utf-8")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
