"""Crash safety: `filmbot index` killed with SIGKILL at random moments never breaks what is served.

Each trial starts `filmbot index` in its own process, SIGKILLs it after a delay drawn uniformly
from [0, build time] (build time measured first, per kind of build), and then checks that:

* the bot still answers correctly from the last good index: CURRENT names a complete `gen-*`
  generation, either the one served before or the finished new one, never a `build-*` folder;
  an engine that was already running and a freshly started one both answer;
* the killed build left nothing that stops the next one: the next build (the bot's own
  `AnswerEngine.reindex`) succeeds, removes stray build folders and serves the new documents;
* no process of the killed build lingers (build workers notice their parent died).

Kinds of build: the first build of an empty index, full rebuilds and incremental updates (after a
small corpus change). `filmbot index --full` is used for full rebuilds when the CLI offers it;
otherwise a full rebuild is forced by changing the document size limit, which invalidates the
previous generation's manifest. The random delays are seeded; the seed, the build times and where
the kills landed are printed in the "reliability numbers" summary. Reproduce a run with
FILMBOT_CRASH_SEED=<seed>; FILMBOT_CRASH_TRIALS overrides the number of trials.

To keep 20+ trials fast, most trials fork `bot.cli.main([... "index"])` from a launcher process
that has already imported the bot (the interpreter's ~1 s start-up is not the build). A few
trials run the real console entry point, `python -m bot.cli index`, cold, and kill it anywhere in
[0, start-up + build].
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reliability_support import REPO, STATS, copy_corpus, env_int, pad_corpus

from bot.answer.engine import AnswerEngine
from bot.answer.errors import IndexNotReady
from bot.settings import Settings
from index.store import FACTS_STORE, current_generation, read_facts_names, read_films, read_report

LIMIT = 2_000_000
OTHER_LIMIT = 2_000_001  # a different limit makes the previous manifest unusable: a full build
JANIS = "Who plays Janis in Parallel Mothers?"

LAUNCHER = textwrap.dedent("""
    import json, os, signal, sys, time, traceback
    import importlib, pkgutil
    import bot.cli
    import index
    # everything a build needs, imported (and its regular expressions compiled) once, before forking
    for module in pkgutil.walk_packages(index.__path__, "index."):
        importlib.import_module(module.name)
    from bot.answer.engine import AnswerEngine  # noqa: F401

    for line in sys.stdin:
        request = json.loads(line)
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            os.setsid()  # its own process group, so leftover workers can be found
            log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(log, 1)
            os.dup2(log, 2)
            os.environ.update(request["env"])
            try:
                code = bot.cli.main(request["argv"])
            except BaseException:
                traceback.print_exc()
                code = 70
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code or 0)
        delay = request["kill_after"]
        if delay is not None:
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)  # harmless if it already exited: unreaped, the pid is still ours
        _, status = os.waitpid(pid, 0)
        elapsed = time.monotonic() - started
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        print(json.dumps({"pid": pid, "killed": killed, "code": code, "elapsed": elapsed}), flush=True)
""")


class Launcher:
    """Runs `bot.cli.main(argv)` in forked children of one pre-imported Python process."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            cwd=workdir, env=clean_env())
        self.runs = 0

    def run(self, argv: list[str], env: dict[str, str], kill_after: float | None) -> dict:
        self.runs += 1
        log = self.workdir / f"run-{self.runs}.log"
        request = {"argv": argv, "env": env, "kill_after": kill_after, "log": str(log)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the launcher died"
        result = json.loads(line)
        result["log"] = log.read_text(errors="replace") if log.exists() else ""
        return result

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(10)


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FILMBOT_", "DISCORD_"))}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def group_members(pgid: int) -> list[int]:
    """Live processes in a process group (zombies excluded)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry))
    return members


def wait_group_gone(pgid: int, timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    while (left := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@dataclass
class Served:
    generation: str | None = None  # gen-* name served after the last completed build
    documents: int = 0
    markers: set[str] = field(default_factory=set)  # markers answerable from it


class Rig:
    """A padded corpus, its index, the launcher, and what the last good build served."""

    def __init__(self, root: Path, pad: int, seed: int) -> None:
        self.root = root
        self.corpus = copy_corpus(root / "corpus")
        pad_corpus(self.corpus, pad)
        self.index = root / "index"
        self.random = random.Random(seed)
        self.launcher = Launcher(root)
        self.served = Served()
        self.markers: set[str] = set()
        self.running_engine: AnswerEngine | None = None  # like a bot that keeps running
        self.leftover_processes = 0
        self.cli_has_full = "--full" in subprocess.run(
            [sys.executable, "-m", "bot.cli", "index", "--help"], capture_output=True, text=True,
            cwd=REPO, env=clean_env()).stdout

    def settings(self, limit: int = LIMIT) -> Settings:
        return Settings(corpus_dir=self.corpus, index_dir=self.index, max_document_bytes=limit,
                        _env_file=None)

    def documents(self) -> int:
        return sum(1 for p in self.corpus.rglob("*.txt"))

    def add_marker(self) -> str:
        """A small corpus change with an answer only the new index knows."""
        n = len(self.markers)
        marker = f"zebra{n}x{self.random.randrange(10**6)}"
        (self.corpus / "parallel-mothers" / f"marker-{n:04d}.txt").write_text(
            f"Restoration log {n}\n\nThe restoration code of reel {n} is {marker}.\n", encoding="utf-8")
        self.markers.add(marker)
        return marker

    def argv_env(self, kind: str) -> tuple[list[str], dict[str, str]]:
        argv = ["--corpus", str(self.corpus), "--index", str(self.index), "index"]
        env = {"FILMBOT_MAX_DOCUMENT_BYTES": str(LIMIT)}
        if kind == "full":
            if self.cli_has_full:
                argv.append("--full")
            else:
                env["FILMBOT_MAX_DOCUMENT_BYTES"] = str(OTHER_LIMIT)
        return argv, env

    def prepare(self, kind: str) -> None:
        if kind == "incremental":
            self.add_marker()
        elif kind == "initial":
            # start over: an empty index folder, the first build ever
            subprocess.run(["rm", "-rf", str(self.index)], check=True)
            self.served = Served()
            self.running_engine = None

    def complete_build(self) -> None:
        """The next build, as the bot runs it; it must succeed and serve the whole corpus."""
        engine = AnswerEngine(self.settings())
        report = engine.reindex()
        generation = current_generation(self.index)
        assert generation is not None and generation.name.startswith("gen-")
        assert report.documents == self.documents(), (report.documents, self.documents())
        assert not list(self.index.glob("build-*")), "a stray build folder survived the next build"
        assert len(list(self.index.glob("gen-*"))) <= 2, sorted(p.name for p in self.index.glob("gen-*"))
        self.served = Served(generation.name, report.documents, set(self.markers))
        for marker in self.markers:
            assert engine.generation().search(marker), f"{marker} not served after the next build"
        if self.running_engine is None:
            self.running_engine = AnswerEngine(self.settings())
        assert_answers(self.running_engine)

    def check_after_kill(self, documents_at_start: int, markers_at_start: set[str]) -> str:
        """What is served after a kill; returns "old" or "new" (the killed build had published)."""
        generation = current_generation(self.index)
        pointer = self.index / "CURRENT"
        if self.served.generation is None:  # the very first build was killed
            if generation is None:
                assert not pointer.exists() or not pointer.read_text().strip().startswith("build-")
                with pytest.raises(IndexNotReady):
                    AnswerEngine(self.settings()).generation()
                return "none"
        assert generation is not None, "CURRENT lost after a killed build"
        name = pointer.read_text(encoding="utf-8").strip()
        assert name == generation.name and name.startswith("gen-"), f"CURRENT names {name!r}"
        report = read_report(generation)  # complete: report, films, whoosh, facts all readable
        assert read_films(generation)
        assert (generation / "whoosh").is_dir()
        names = read_facts_names(generation)
        assert names and all((generation.parent / FACTS_STORE / name).is_file() for name in names.values())
        fresh = AnswerEngine(self.settings())
        assert_answers(fresh)
        if self.running_engine is not None:
            assert_answers(self.running_engine)
        gen = fresh.generation()
        if generation.name == self.served.generation:
            expected, outcome = self.served.markers, "old"
            assert report.documents == self.served.documents
        else:
            expected, outcome = markers_at_start, "new"
            assert report.documents == documents_at_start, (report.documents, documents_at_start)
        for marker in self.markers:
            assert bool(gen.search(marker)) == (marker in expected), (marker, outcome)
        return outcome

    def close(self) -> None:
        self.launcher.close()


def assert_answers(engine: AnswerEngine) -> None:
    answer = engine.answer_question(JANIS)
    assert answer.found and "Penélope Cruz" in answer.answer, answer.answer
    director = engine.answer_question("Who directed it?", "Parallel Mothers")
    assert "Almodóvar" in director.answer, director.answer


def calibrate(rig: Rig, kind: str) -> float:
    """Build time of one kind of build, fork to exit: the median of three unkilled runs."""
    times = []
    for _ in range(3):
        rig.prepare(kind)
        documents = rig.documents()
        argv, env = rig.argv_env(kind)
        result = rig.launcher.run(argv, env, kill_after=None)
        assert result["code"] == 0, result["log"]
        times.append(result["elapsed"])
        report = read_report(current_generation(rig.index))
        assert report.documents == documents
        changed = getattr(report, "changed_documents", None)
        if changed is not None and kind in ("full", "initial"):
            assert changed == documents, f"a {kind} build re-read only {changed} of {documents} documents"
        if changed is not None and kind == "incremental":
            assert changed < documents, f"an incremental build re-read all {documents} documents"
        rig.complete_build()
    return sorted(times)[len(times) // 2]


def run_trials(tmp_path: Path, trials: int, pad: int, cold_trials: int) -> None:
    seed = env_int("FILMBOT_CRASH_SEED", random.SystemRandom().randrange(2**32))
    trials = env_int("FILMBOT_CRASH_TRIALS", trials)
    rig = Rig(tmp_path, pad, seed)
    outcomes: dict[str, dict[str, int]] = {}
    delays: list[float] = []
    try:
        kinds = ["initial", "full", "incremental"]
        build_time = {kind: calibrate(rig, kind) for kind in kinds[1:]}
        build_time["initial"] = build_time["full"]  # a first build is a full build
        schedule = ["initial"] * max(1, trials // 10)
        schedule += [kinds[1 + n % 2] for n in range(trials - len(schedule))]
        for number, kind in enumerate(schedule, 1):
            rig.prepare(kind)
            documents, markers = rig.documents(), set(rig.markers)
            delay = rig.random.uniform(0, build_time[kind])
            delays.append(delay)
            argv, env = rig.argv_env(kind)
            result = rig.launcher.run(argv, env, kill_after=delay)
            where = f"trial {number} ({kind}, kill after {delay * 1000:.0f} ms, seed {seed})"
            assert result["killed"] or result["code"] == 0, (where, result["log"])
            left = wait_group_gone(result["pid"], timeout=5.0)
            rig.leftover_processes += len(left)
            for pid in left:  # our own build's leftovers: clean up before failing
                os.kill(pid, signal.SIGKILL)
            assert not left, f"{where}: processes of the killed build still running: {left}"
            try:
                outcome = rig.check_after_kill(documents, markers)
            except AssertionError as error:
                raise AssertionError(f"{where}: {error}") from error
            label = outcome if result["killed"] else "finished before the kill"
            outcomes.setdefault(kind, {}).setdefault(label, 0)
            outcomes[kind][label] += 1
            rig.complete_build()
        cold = run_cold_trials(rig, cold_trials, seed)
    finally:
        rig.close()
    STATS.line("crash safety (SIGKILL during `filmbot index`)",
               f"seed {seed}: {len(schedule)} forked trials + {cold} cold `python -m bot.cli index` trials; "
               f"--full flag: {'yes' if rig.cli_has_full else 'no (full builds forced via the manifest)'}")
    STATS.line("crash safety (SIGKILL during `filmbot index`)",
               "build times: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in build_time.items())
               + f"; corpus {rig.documents()} documents")
    for kind, counts in outcomes.items():
        STATS.line("crash safety (SIGKILL during `filmbot index`)",
                   f"{kind}: " + ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))
                   + "  (old = the last good index still served, new = the build had published)")
    STATS.count("crash trials (SIGKILL)", len(schedule) + cold)


def run_cold_trials(rig: Rig, trials: int, seed: int) -> int:
    """The real entry point, cold: kill anywhere in interpreter start-up + build."""
    if not trials:
        return 0
    argv, env = rig.argv_env("full")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "bot.cli", *argv], cwd=rig.root, capture_output=True,
                          env=clean_env() | env, timeout=120)
    assert done.returncode == 0, done.stderr
    total = time.monotonic() - started
    rig.complete_build()
    for number in range(1, trials + 1):
        documents, markers = rig.documents(), set(rig.markers)
        delay = rig.random.uniform(0, total)
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", *argv], cwd=rig.root,
                                   env=clean_env() | env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        left = wait_group_gone(process.pid, timeout=5.0)
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        where = f"cold trial {number} (kill after {delay * 1000:.0f} ms of {total * 1000:.0f}, seed {seed})"
        assert not left, f"{where}: leftover processes {left}"
        try:
            rig.check_after_kill(documents, markers)
        except AssertionError as error:
            raise AssertionError(f"{where}: {error}") from error
        rig.complete_build()
    return trials


def test_killed_index_builds_never_break_what_is_served(tmp_path):
    run_trials(tmp_path, trials=20, pad=12, cold_trials=1)


@pytest.mark.slow
def test_killed_index_builds_never_break_what_is_served_long(tmp_path):
    # more trials, and a corpus big enough for a full build to use worker processes
    run_trials(tmp_path, trials=120, pad=80, cold_trials=10)
