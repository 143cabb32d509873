"""One measurement, run in a fresh process so that memory and start-up are its own.

    python3 -m bench.worker build CORPUS INDEX [--full] [--check-question Q --expect TEXT]
    python3 -m bench.worker serve CORPUS INDEX TRUTH --questions N
    python3 -m bench.worker fts INDEX DB TRUTH --questions N
    python3 -m bench.worker cold CORPUS INDEX QUESTION [--spawned UNIX_TIME]

Each prints one JSON object on its last line of stdout.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import sys
import time

STARTED = time.perf_counter()


def maxrss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # Linux: kilobytes


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def engine_for(corpus: str, index: str):
    from bot.answer.engine import AnswerEngine
    from bot.settings import Settings

    return AnswerEngine(Settings(corpus_dir=corpus, index_dir=index, _env_file=None))


def right(answer, expect: tuple[str, ...]) -> bool | None:
    if not expect:
        return None
    return bool(answer.found) and any(e in answer.answer for e in expect)


def cmd_build(args) -> dict:
    engine = engine_for(args.corpus, args.index)
    started = time.perf_counter()
    report = engine.reindex(full=args.full) if args.full else engine.reindex()
    seconds = time.perf_counter() - started
    result = {
        "seconds": round(seconds, 3), "films": report.films, "documents": report.documents,
        "passages": report.passages, "facts": sum(report.facts.values()), "problems": len(report.problems),
        "changed_documents": report.changed_documents,
        "passages_per_second": round(report.passages / seconds, 1) if seconds else None,
        "peak_rss_mb": maxrss_mb(resource.RUSAGE_SELF), "peak_rss_children_mb": maxrss_mb(resource.RUSAGE_CHILDREN),
    }
    if args.check_question:
        answer = engine.answer_question(args.check_question)
        result["check_answer"] = answer.answer
        result["check_ok"] = right(answer, (args.expect,))
    return result


def cmd_serve(args) -> dict:
    from bench.corpus import load_truth
    from bench.questions import question_set

    films = load_truth(args.truth)
    engine = engine_for(args.corpus, args.index)
    warmup = question_set(films, args.warmup, "warmup")
    measured = question_set(films, args.questions, "measured")
    started = time.perf_counter()
    engine.answer_question(warmup[0].text)
    first = time.perf_counter() - started
    for q in warmup:
        engine.answer_question(q.text)
    rss_warm = rss_mb()
    latencies, checked, correct, wrong = [], 0, 0, []
    by_kind: dict[str, list[float]] = {}
    for q in measured:
        t0 = time.perf_counter()
        answer = engine.answer_question(q.text)
        elapsed = (time.perf_counter() - t0) * 1000
        latencies.append(elapsed)
        by_kind.setdefault(q.kind, []).append(elapsed)
        ok = right(answer, q.expect)
        if ok is not None:
            checked += 1
            correct += ok
            if not ok and len(wrong) < 10:
                wrong.append({"question": q.text, "expected": q.expect, "answer": answer.answer[:200]})
    repeat = []
    for q in measured:  # the same questions again: what a cache of answers would buy
        t0 = time.perf_counter()
        engine.answer_question(q.text)
        repeat.append((time.perf_counter() - t0) * 1000)
    return {
        "questions": len(measured), "first_answer_in_process_s": round(first, 3),
        "p50_ms": round(percentile(latencies, 50), 2), "p99_ms": round(percentile(latencies, 99), 2),
        "mean_ms": round(statistics.fmean(latencies), 2), "max_ms": round(max(latencies), 2),
        "repeat_p50_ms": round(percentile(repeat, 50), 2), "repeat_p99_ms": round(percentile(repeat, 99), 2),
        "p99_ms_by_kind": {k: round(percentile(v, 99), 2) for k, v in sorted(by_kind.items())},
        "rss_after_warmup_mb": rss_warm, "rss_after_run_mb": rss_mb(),
        "accuracy": round(correct / checked, 4) if checked else None, "checked": checked, "correct": correct,
        "wrong_examples": wrong,
    }


def fts_query(words: list[str]) -> str:
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in words)


def cmd_fts(args) -> dict:
    """The reference: the same passages in SQLite FTS5, the question's words OR-ed, bm25() top 10."""
    from whoosh import index as whoosh_index

    from bench.corpus import load_truth
    from bench.questions import question_set
    from index.search import current_generation

    generation = current_generation(args.index)
    if os.path.exists(args.db):
        os.remove(args.db)
    db = sqlite3.connect(args.db)
    db.execute("CREATE VIRTUAL TABLE passages USING fts5(id UNINDEXED, film UNINDEXED, heading, text, "
               "tokenize = 'porter unicode61 remove_diacritics 2')")
    ix = whoosh_index.open_dir(str(generation / "whoosh"))
    started = time.perf_counter()
    with ix.searcher() as searcher:
        rows = ((f["id"], f["film"], f.get("heading", ""), f["text"]) for f in searcher.all_stored_fields())
        db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?)", rows)
    db.commit()
    build = time.perf_counter() - started
    count = db.execute("SELECT count(*) FROM passages").fetchone()[0]
    films = load_truth(args.truth)
    from index.search import analyze  # the same stop words as FilmBot: only content words are searched

    queries = []
    for q in question_set(films, args.questions, "measured"):
        words = [w for w in q.text.replace("?", " ").split() if analyze(w)]
        queries.append(fts_query(words))
    sql = "SELECT id, film, heading, text, bm25(passages) FROM passages WHERE passages MATCH ? ORDER BY bm25(passages) LIMIT 10"
    for query in queries[:20]:  # warm-up
        db.execute(sql, (query,)).fetchall()
    latencies = []
    for query in queries:
        t0 = time.perf_counter()
        db.execute(sql, (query,)).fetchall()
        latencies.append((time.perf_counter() - t0) * 1000)
    return {"passages": count, "build_s": round(build, 2), "p50_ms": round(percentile(latencies, 50), 3),
            "p99_ms": round(percentile(latencies, 99), 3), "mean_ms": round(statistics.fmean(latencies), 3)}


def cmd_cold(args) -> dict:
    engine = engine_for(args.corpus, args.index)
    answer = engine.answer_question(args.question)
    answered = time.time()
    return {"in_process_s": round(time.perf_counter() - STARTED, 3), "answer": answer.answer[:200],
            "since_spawn_s": round(answered - args.spawned, 3) if args.spawned else None,
            "found": answer.found, "rss_mb": rss_mb()}


def main(argv: list[str] | None = None) -> int:
    top = argparse.ArgumentParser(prog="bench.worker")
    commands = top.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build")
    build.add_argument("corpus")
    build.add_argument("index")
    build.add_argument("--full", action="store_true")
    build.add_argument("--check-question")
    build.add_argument("--expect")
    build.set_defaults(run=cmd_build)
    serve = commands.add_parser("serve")
    serve.add_argument("corpus")
    serve.add_argument("index")
    serve.add_argument("truth")
    serve.add_argument("--questions", type=int, default=200)
    serve.add_argument("--warmup", type=int, default=60)
    serve.set_defaults(run=cmd_serve)
    fts = commands.add_parser("fts")
    fts.add_argument("index")
    fts.add_argument("db")
    fts.add_argument("truth")
    fts.add_argument("--questions", type=int, default=200)
    fts.set_defaults(run=cmd_fts)
    cold = commands.add_parser("cold")
    cold.add_argument("corpus")
    cold.add_argument("index")
    cold.add_argument("question")
    cold.add_argument("--spawned", type=float, help="time.time() when the parent started this process")
    cold.set_defaults(run=cmd_cold)
    args = top.parse_args(argv)
    print(json.dumps(args.run(args), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
