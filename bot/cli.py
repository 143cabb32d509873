"""The command line: `filmbot ask | chat | index | run | sync | doctor`.

Usage errors and places FilmBot can't use (a missing corpus, a film folder given as the corpus, an
index path that is a file or not writable) are one line on stderr and exit code 2, no traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from pydantic import ValidationError

from bot.answer.engine import AnswerEngine
from bot.answer.errors import FilmBotError
from bot.answer.models import Answer
from bot.conversation import ConversationMemory, answer_in_conversation
from bot.places import PlaceError, check_places
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
    except PlaceError as error:
        print(f"filmbot: {error}", file=sys.stderr)
        return 2
    except FilmBotError as error:
        print(f"filmbot: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): not an error of ours
        sys.stderr.close()
        return 0


def global_flags(on_a_command: bool) -> argparse.ArgumentParser:
    """The flags every command takes, before or after the command's name. On the command's copy
    the default is SUPPRESS, so a flag given before the command isn't overwritten by None."""
    flags = argparse.ArgumentParser(add_help=False)
    default = argparse.SUPPRESS if on_a_command else None
    flags.add_argument("--corpus", metavar="DIR", default=default,
                       help="corpus folder (default: FILMBOT_CORPUS_DIR or the bundled corpus)")
    flags.add_argument("--index", metavar="DIR", default=default,
                       help="index folder (default: FILMBOT_INDEX_DIR or var/index)")
    return flags


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="filmbot", description="Answer questions about films from a corpus.",
                                  parents=[global_flags(False)])
    commands = top.add_subparsers(dest="command", required=True)
    shared = [global_flags(True)]

    ask = commands.add_parser("ask", parents=shared, help="answer a question (builds the index first if needed)")
    ask.add_argument("question", nargs="?", help="the question")
    ask.add_argument("--film", help="the film (title or alias; fuzzy)")
    ask.add_argument("--spoilers", action="store_true", help="show answers that reveal the plot")
    form = ask.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print one JSON object")
    form.add_argument("--jsonl", action="store_true",
                      help='read {"question", "film", "conversation"} JSON lines on stdin, write one answer per line; '
                           'lines with the same "conversation" id follow on from each other')
    ask.set_defaults(run=run_ask)

    chat = commands.add_parser("chat", parents=shared,
                               help="an interactive session: follow-up questions keep the film (/film NAME, /quit)")
    chat.add_argument("--film", help="the film to start with (title or alias; fuzzy)")
    chat.add_argument("--spoilers", action="store_true", help="show answers that reveal the plot")
    chat.set_defaults(run=run_chat)

    index = commands.add_parser("index", parents=shared, help="update the index from the corpus and report what it found")
    index.add_argument("--full", action="store_true",
                       help="rebuild everything (by default only documents that changed are read again)")
    index.set_defaults(run=run_index)

    run = commands.add_parser("run", parents=shared, help="start the Discord bot")
    run.set_defaults(run=run_bot)

    sync = commands.add_parser("sync", parents=shared, help="register the slash commands with Discord")
    sync.add_argument("--guild", type=int, help="sync to one server (instant) instead of globally")
    sync.add_argument("--clear", action="store_true",
                      help="remove the commands copied to a guild (--guild ID, or every guild), then sync globally")
    sync.set_defaults(run=run_sync)

    doctor = commands.add_parser("doctor", parents=shared, help="check the installation, settings, corpus and index")
    doctor.add_argument("--online", action="store_true",
                        help="also log in to Discord: the application, its intent, invite URL, registered commands")
    doctor.set_defaults(run=run_doctor)
    return top


BLANK_QUESTION = ("filmbot ask: the question is blank: give one, e.g. filmbot ask \"Who directed "
                  "Parallel Mothers?\", or --jsonl to read questions from standard input")


def run_ask(args, settings: Settings) -> int:
    if not args.jsonl and not (args.question or "").strip():
        print(BLANK_QUESTION, file=sys.stderr)
        return 2
    check_places(settings)
    engine = AnswerEngine(settings)
    engine.ensure_index()
    if args.jsonl:
        return ask_jsonl(engine, args.spoilers)
    answer = engine.answer_question(args.question, args.film, spoilers=args.spoilers)
    print(answer.model_dump_json() if args.json else format_answer(answer, args.spoilers))
    return 0


def ask_jsonl(engine: AnswerEngine, spoilers: bool) -> int:
    """One answer line per input line, in order. A line that is not a question gets an object
    with "error" (and found false) in its place; the exit code is then 1, with a summary on stderr."""
    bad: list[int] = []
    memory = ConversationMemory()  # "conversation": "<id>" lines follow on from each other
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        request, problem = read_request(line)
        if problem:
            bad.append(n)
            answer = Answer(question="", answer=f"Line {n} is not a question: {problem}.")
            out = {**answer.model_dump(mode="json"), "error": problem, "line": n}
        else:
            film = request.get("film")
            film = film if isinstance(film, str) else None
            asked_spoilers = bool(request.get("spoilers", spoilers))
            conversation = request.get("conversation")
            if conversation is not None and not isinstance(conversation, (dict, list)):
                answer, _ = answer_in_conversation(engine, memory, (None, str(conversation), None),
                                                   request["question"], film, spoilers=asked_spoilers)
            else:
                answer = engine.answer_question(request["question"], film, spoilers=asked_spoilers)
            out = answer.model_dump(mode="json")
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if bad:
        shown = ", ".join(map(str, bad[:10])) + (", …" if len(bad) > 10 else "")
        print(f"filmbot ask: {len(bad)} line(s) were not questions (line {shown}); their output lines "
              "carry \"error\"", file=sys.stderr)
        return 1
    return 0


CHAT_HELP = ("Ask about a film; a follow-up keeps the film and who it was about. "
             "/film NAME switches film, /film alone forgets it, /quit (or Ctrl-D) leaves.")
CHAT_KEY = (None, "chat", None)
CHAT_TTL = 7 * 24 * 3600.0


def run_chat(args, settings: Settings) -> int:
    """An interactive session with conversation memory; reads stdin line by line (works piped)."""
    check_places(settings)
    engine = AnswerEngine(settings)
    engine.ensure_index()
    interactive = sys.stdin.isatty()
    history = setup_readline(settings) if interactive else None
    memory = ConversationMemory(ttl=CHAT_TTL)  # one person at a keyboard: no 10-minute expiry
    if interactive:
        print(f"FilmBot chat. {CHAT_HELP}")
    if args.film:
        switch_film(engine, memory, args.film)
    try:
        while True:
            try:
                line = input("you> " if interactive else "")
            except EOFError:
                break
            line = line.strip()
            if not line:
                continue
            if line.lower() in ("/quit", "/exit", "/q"):
                break
            if line.lower() in ("/help", "/?"):
                print(CHAT_HELP)
                continue
            if line.lower() == "/film" or line.lower().startswith("/film "):
                switch_film(engine, memory, line[5:].strip())
                continue
            if line.startswith("/"):
                print(f"Unknown command {line.split()[0]}. {CHAT_HELP}")
                continue
            answer, _ = answer_in_conversation(engine, memory, CHAT_KEY, line, spoilers=args.spoilers)
            print(format_answer(answer, args.spoilers, chat=True))
            print()
            sys.stdout.flush()
    finally:
        if history is not None:
            history()
    return 0


def switch_film(engine: AnswerEngine, memory: ConversationMemory, name: str) -> None:
    """`/film NAME`: the film the next questions are about (said back, or what is close to it)."""
    memory.forget(*CHAT_KEY)
    if not name:
        print("No film now: name one in your question, or /film NAME.")
        return None
    from bot.answer.films import resolve_requested

    resolution = resolve_requested(engine.films(), name)
    if resolution.film is None:
        closest = ", ".join(f.title for f in resolution.candidates[:5])
        print(f"I don't know a film called {name}." + (f" Did you mean: {closest}?" if closest else ""))
        return
    memory.remember(*CHAT_KEY, film=resolution.film.title, title=resolution.film.title)
    print(f"Now talking about {resolution.film.title}.")


def setup_readline(settings: Settings):
    """Line editing and history kept between sessions (beside the index), if readline exists.
    Returns the function that saves the history, or None."""
    try:
        import readline
    except ImportError:
        return None
    path = settings.index_dir.parent / ".filmbot_chat_history"
    try:
        readline.read_history_file(path)
    except OSError:
        pass
    readline.set_history_length(1000)

    def save() -> None:
        try:
            readline.write_history_file(path)
        except OSError:
            pass

    return save


def read_request(line: str) -> tuple[dict, str | None]:
    """The request on a --jsonl line, or what is wrong with it."""
    expected = 'expected {"question": "...", "film": "..."}'
    try:
        request = json.loads(line)
    except ValueError as error:
        return {}, f"not JSON ({error}); {expected}"
    if not isinstance(request, dict):
        return {}, f"a JSON {json_type(request)}, not an object; {expected}"
    question = request.get("question")
    if question is None:
        return {}, f'no "question"; {expected}'
    if not isinstance(question, str):
        return {}, f'"question" is a JSON {json_type(question)}, not a string'
    if not question.strip():
        return {}, 'the "question" is blank'
    return request, None


def json_type(value) -> str:
    names = {list: "array", dict: "object", str: "string", bool: "boolean", int: "number", float: "number"}
    return names.get(type(value), "null")


def format_answer(answer: Answer, spoilers: bool, chat: bool = False) -> str:
    lines = []
    if answer.film:
        origin = f" (film from the {answer.film_from})" if chat and answer.film_from in ("conversation", "channel") else ""
        lines.append(f"{answer.film} · {answer.intent}{origin}")
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
    check_places(settings)
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
    check_places(settings)
    from bot.discord.client import run_bot as start  # imported here: only the bot needs discord

    return start(settings)


def run_sync(args, settings: Settings) -> int:
    from bot.discord.client import sync_commands

    return sync_commands(settings, args.guild, clear=args.clear)


def run_doctor(args, settings: Settings) -> int:
    from bot.doctor import doctor

    return doctor(settings, online=args.online)


if __name__ == "__main__":
    sys.exit(main())
