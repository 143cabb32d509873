"""The command line: `filmbot ask | index | run | sync`."""
from __future__ import annotations

import argparse
import json
import sys
import time

from pydantic import ValidationError

from bot.answer.engine import AnswerEngine
from bot.answer.errors import FilmBotError
from bot.answer.models import Answer
from bot.settings import Settings, load_settings
from index.models import IndexReport


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load_settings(corpus_dir=args.corpus, index_dir=args.index)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in error.errors())
        print(f"filmbot: the settings (environment or .env) are invalid: {problems}", file=sys.stderr)
        return 2
    try:
        return args.run(args, settings)
    except FilmBotError as error:
        print(f"filmbot: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): not an error of ours
        sys.stderr.close()
        return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="filmbot", description="Answer questions about films from a corpus.")
    top.add_argument("--corpus", metavar="DIR", help="corpus folder (default: FILMBOT_CORPUS_DIR or the bundled corpus)")
    top.add_argument("--index", metavar="DIR", help="index folder (default: FILMBOT_INDEX_DIR or var/index)")
    commands = top.add_subparsers(dest="command", required=True)

    ask = commands.add_parser("ask", help="answer a question (builds the index first if needed)")
    ask.add_argument("question", nargs="?", help="the question")
    ask.add_argument("--film", help="the film (title or alias; fuzzy)")
    ask.add_argument("--spoilers", action="store_true", help="show answers that reveal the plot")
    form = ask.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print one JSON object")
    form.add_argument("--jsonl", action="store_true", help='read {"question", "film"} JSON lines on stdin, write one answer per line')
    ask.set_defaults(run=run_ask)

    index = commands.add_parser("index", help="update the index from the corpus and report what it found")
    index.add_argument("--full", action="store_true",
                       help="rebuild everything (by default only documents that changed are read again)")
    index.set_defaults(run=run_index)

    run = commands.add_parser("run", help="start the Discord bot")
    run.set_defaults(run=run_bot)

    sync = commands.add_parser("sync", help="register the slash commands with Discord")
    sync.add_argument("--guild", type=int, help="sync to one server (instant) instead of globally")
    sync.set_defaults(run=run_sync)
    return top


def run_ask(args, settings: Settings) -> int:
    engine = AnswerEngine(settings)
    engine.ensure_index()
    if args.jsonl:
        return ask_jsonl(engine, args.spoilers)
    if not args.question:
        print("filmbot ask: give a question, or --jsonl to read questions from standard input", file=sys.stderr)
        return 2
    answer = engine.answer_question(args.question, args.film, spoilers=args.spoilers)
    print(answer.model_dump_json() if args.json else format_answer(answer, args.spoilers))
    return 0


def ask_jsonl(engine: AnswerEngine, spoilers: bool) -> int:
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            if not isinstance(request, dict) or not isinstance(request.get("question", ""), str):
                raise ValueError("expected an object with a string \"question\"")
            film = request.get("film")
            answer = engine.answer_question(request.get("question", ""), film if isinstance(film, str) else None,
                                            spoilers=bool(request.get("spoilers", spoilers)))
        except ValueError as error:
            answer = Answer(question="", answer=f"Line {n} is not a question: {error}")
        sys.stdout.write(json.dumps(answer.model_dump(mode="json"), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def format_answer(answer: Answer, spoilers: bool) -> str:
    lines = []
    if answer.film:
        lines.append(f"{answer.film} · {answer.intent}")
    if answer.spoiler and not spoilers:
        lines.append("(spoiler warning: this answer reveals the plot)")
    lines.append(answer.answer)
    if len(answer.items) > 1:
        lines.extend(f"  • {item}" for item in answer.items)
    if answer.sources:
        lines.append("Sources:")
        for source in answer.sources:
            by = ", ".join(filter(None, (source.author, source.source, source.kind)))
            lines.append(f"  - {source.document}" + (f" ({by})" if by else ""))
    return "\n".join(lines)


def run_index(args, settings: Settings) -> int:
    engine = AnswerEngine(settings)
    report = engine.reindex(steps=ProgressBar() if sys.stderr.isatty() else None, full=args.full)
    print(format_report(report))
    return 0


def format_report(report: IndexReport) -> str:
    facts = ", ".join(f"{n} {kind}" for kind, n in sorted(report.facts.items())) or "none"
    lines = [
        f"Indexed {report.films} films, {report.documents} documents, {report.passages} passages in {report.seconds:.2f}s.",
        f"Facts: {facts}.",
    ]
    if report.problems:
        lines.append(f"{len(report.problems)} problems (these files were skipped or fixed up):")
        lines.extend(f"  - {p.path}: {p.reason}" for p in report.problems)
    if report.warnings:
        lines.append(f"{len(report.warnings)} warning{'s' if len(report.warnings) != 1 else ''} (facts the documents did not give):")
        lines.extend(f"  - {w.path}: {w.reason}" for w in report.warnings)
    if not report.problems and not report.warnings:
        lines.append("No problems.")
    return "\n".join(lines)


class ProgressBar:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self) -> None:
        self.drawn = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.drawn < 0.1 and done < total:
            return
        self.drawn = now
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\r{stage:<10} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total and stage != "indexing":
            sys.stderr.write("\n")
        sys.stderr.flush()


def run_bot(args, settings: Settings) -> int:
    from bot.discord.client import run_bot as start  # imported here: only the bot needs discord

    return start(settings)


def run_sync(args, settings: Settings) -> int:
    from bot.discord.client import sync_commands

    return sync_commands(settings, args.guild)


if __name__ == "__main__":
    sys.exit(main())
