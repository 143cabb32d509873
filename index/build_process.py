"""An index build in a child process, for a process that must stay responsive while it runs.

Building is CPU-bound Python: run on a thread of the bot's process it shares the bot's GIL, and
the bot's event loop waits behind it (tens of milliseconds at a time on a busy server). In a
child process the build has its own interpreter and the bot keeps its own.

    python3 -m index.build_process '<json request>'

writes one JSON object per line to standard output: {"progress": [stage, done, total]} while it
works, then {"report": {...}} (an IndexReport) or {"error": "busy" | "failed", "message": ...}.
Everything else about a build (the lock, the atomic switch, what a kill leaves behind) is
`build_index`'s: the child exits as soon as its parent is gone, as build workers do.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

from index.models import IndexReport, Progress
from index.store import BuildInProgress, build_index
from index.workers import watch_parent

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
# A build is background work: on a machine with few cores, the process answering members comes
# first (a niceness of 10 gets about a tenth of the CPU time of a process at 0 when both want it).
BUILD_NICENESS = 10


class BuildFailed(RuntimeError):
    """The build process reported an error, or died without reporting."""


def build_in_child(corpus_dir: Path, index_dir: Path, max_bytes: int, progress: Progress | None = None,
                   *, full: bool = False) -> IndexReport:
    """`build_index(...)`, run by a child process; progress is relayed as it comes."""
    request = {"corpus_dir": str(corpus_dir), "index_dir": str(index_dir), "max_bytes": max_bytes,
               "full": full, "parent": os.getpid()}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen([sys.executable, "-m", "index.build_process", json.dumps(request)],
                             stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env, text=True)
    try:
        outcome = _relay(child.stdout, progress or (lambda *_: None))
    except BaseException:
        child.kill()  # what it built so far is an abandoned build folder, which the next build removes
        child.wait()
        raise
    return _result(outcome, child.wait())


def _relay(lines, progress: Progress) -> dict | None:
    for line in lines:
        message = _message(line)
        if message is None:  # printed before the child set its standard output aside
            sys.stderr.write(line)
            continue
        if "progress" in message:
            progress(*message["progress"])
        else:
            return message
    return None


def _message(line: str) -> dict | None:
    try:
        message = json.loads(line)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None


def _result(outcome: dict | None, exit_code: int) -> IndexReport:
    if outcome is None:
        raise BuildFailed(f"the index build process died (exit code {exit_code}); the previous index is still served")
    if "report" in outcome:
        return IndexReport.model_validate(outcome["report"])
    if outcome["error"] == "busy":
        raise BuildInProgress(outcome["message"])
    raise BuildFailed(outcome["message"])


_protocol = sys.stdout  # replaced in main() by a private copy of the pipe


def _send(message: dict) -> None:
    _protocol.write(json.dumps(message) + "\n")
    _protocol.flush()


def main(argv: list[str] | None = None) -> int:
    global _protocol
    request = json.loads((argv or sys.argv[1:])[0])
    # The pipe to the parent carries only messages: anything else printed to standard output
    # (here or by build workers, which inherit it) goes to standard error instead.
    _protocol = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    os.nice(BUILD_NICENESS)  # its workers inherit it
    watch_parent(request["parent"])
    try:
        report = build_index(Path(request["corpus_dir"]), Path(request["index_dir"]), request["max_bytes"],
                             lambda stage, done, total: _send({"progress": [stage, done, total]}),
                             full=request["full"])
    except BuildInProgress as error:
        _send({"error": "busy", "message": str(error)})
        return 1
    except Exception as error:  # noqa: BLE001 - reported to the parent, which raises it
        traceback.print_exc()
        _send({"error": "failed", "message": f"the index build failed: {error}"})
        return 1
    _send({"report": report.model_dump(mode="json")})
    return 0


if __name__ == "__main__":
    sys.exit(main())
