"""`filmbot doctor`: one line per check, ✓ or ✗ with what to do; exit 0 when all is well, 1 if not.

Offline: Python and package versions, where the settings come from (the token masked: only its
length is ever printed), the token's shape, the corpus, the index, the places FilmBot writes.
`--online` also logs in to Discord (bot/discord/probe.py). The token itself is never printed.
"""
from __future__ import annotations

import base64
import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from bot.places import corpus_problem, index_problem, index_state, writable_problem
from bot.settings import ENV_FILE, Settings, source_of
from index.corpus import load_corpus

PYTHON = (3, 11)
PACKAGES = ("discord.py", "whoosh-reloaded", "pydantic", "pydantic-settings", "python-dotenv",
            "PyYAML", "rapidfuzz", "aiohttp")


@dataclass
class Check:
    ok: bool
    text: str

    def __str__(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.text}"


def doctor(settings: Settings, *, online: bool = False) -> int:
    checks = [python_check(), packages_check(), settings_check(settings), token_check(settings)]
    checks += corpus_checks(settings)
    checks += index_checks(settings)
    checks += writable_checks(settings)
    for check in checks:
        print(check, flush=True)
    if online:
        extra = online_checks(settings)
        for check in extra:
            print(check, flush=True)
        checks += extra
    else:
        print("  (Discord not checked: `filmbot doctor --online` logs in and checks the application)")
    failed = sum(not c.ok for c in checks)
    print(f"{failed} problem(s) to fix." if failed else "Everything FilmBot needs is in place.")
    return 1 if failed else 0


def python_check() -> Check:
    version = platform.python_version()
    if sys.version_info[:2] >= PYTHON:
        return Check(True, f"Python {version}")
    return Check(False, f"Python {version}: FilmBot needs {PYTHON[0]}.{PYTHON[1]} or newer; install "
                        "it and reinstall FilmBot with it")


def packages_check() -> Check:
    found, missing = [], []
    for name in PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            missing.append(name)
    try:
        found.insert(0, f"filmbot {metadata.version('filmbot')}")
    except metadata.PackageNotFoundError:
        found.insert(0, "filmbot (not installed: running from the source tree)")
    if missing:
        return Check(False, f"packages missing: {', '.join(missing)}: run `python3 -m pip install .` "
                            "in the checkout")
    return Check(True, "packages: " + ", ".join(found))


def settings_check(settings: Settings) -> Check:
    env_file = Path(ENV_FILE).resolve()
    read = f"the environment and {env_file}" if env_file.is_file() else (
        f"the environment (no {env_file})")
    token = settings.token.get_secret_value() if settings.token else ""
    shown = f"set, {len(token)} characters, from {source_of(settings, 'token')}" if token else "not set"
    return Check(True, f"settings read from {read}; DISCORD_TOKEN {shown}; corpus from "
                       f"{source_of(settings, 'corpus_dir')}; index from {source_of(settings, 'index_dir')}")


def token_problem(token: str) -> str | None:
    """Why `token` can't be a bot token, or None. Never repeats the token."""
    if token != token.strip() or token[:1] in "\"'":
        return "it has spaces or quotes around it: remove them"
    if token.lower().startswith("bot "):
        return "it starts with \"Bot \": put only the token itself"
    parts = token.split(".")
    if len(parts) != 3 or not all(parts):
        return (f"it has {len(parts)} dot-separated part(s) where a bot token has 3 (a client "
                "secret or public key is not the token)")
    try:
        user_id = base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        user_id = ""
    if not user_id.isdigit():
        return "its first part is not a bot's id"
    return None


def token_check(settings: Settings) -> Check:
    token = settings.token.get_secret_value() if settings.token else ""
    if not token.strip():
        return Check(False, "token: none: set DISCORD_TOKEN in the environment or .env (Developer "
                            "Portal → your application → Bot → Reset Token)")
    problem = token_problem(token)
    if problem:
        return Check(False, f"token: does not look like a bot token: {problem}; copy it again from "
                            "the Developer Portal (Bot → Reset Token)")
    return Check(True, "token: shaped like a bot token (`--online` checks that Discord accepts it)")


def corpus_checks(settings: Settings) -> list[Check]:
    problem = corpus_problem(settings)
    if problem:
        return [Check(False, f"corpus: {problem}")]
    corpus = load_corpus(Path(settings.corpus_dir), settings.max_document_bytes)
    text = (f"corpus {settings.corpus_dir}: {len(corpus.films)} film(s), "
            f"{len(corpus.documents)} document(s), {len(corpus.problems)} problem(s)")
    if not corpus.films:
        return [Check(False, f"{text}: add one folder per film (see README, The corpus)")]
    if corpus.problems:
        text += " (skipped or fixed up; `filmbot index` lists them)"
    return [Check(True, text)]


def index_checks(settings: Settings) -> list[Check]:
    problem = index_problem(settings)
    if problem:
        return [Check(False, f"index: {problem}")]
    try:
        state = index_state(settings)
    except Exception as error:  # noqa: BLE001 - a damaged index is a finding, not a crash
        return [Check(False, f"index {settings.index_dir}: cannot be read ({error}); run "
                             "`filmbot index --full` to rebuild it")]
    if state.generation is None:
        return [Check(False, f"index: {state.describe()}: run `filmbot index` (`filmbot run` also "
                             "builds it when it starts)")]
    if not state.up_to_date:
        return [Check(False, f"index {state.describe()}: run `filmbot index` (`filmbot run` also "
                             "rebuilds it when it starts)")]
    return [Check(True, f"index {state.describe()}")]


def writable_checks(settings: Settings) -> list[Check]:
    places = [(Path(settings.index_dir), "the index, rebuilt by `filmbot index` and reindexes"),
              (Path(settings.corpus_dir), "the corpus, where /filmadmin add saves documents")]
    checks = []
    for path, why in places:
        problem = writable_problem(path)
        checks.append(Check(not problem, f"writable: {path} ({why})" if not problem else
                            f"not writable: {path} ({why}): {problem}; give FilmBot's user write "
                            "access or point the setting elsewhere"))
    return checks


def online_checks(settings: Settings) -> list[Check]:
    token = settings.token.get_secret_value().strip() if settings.token else ""
    if not token:
        return [Check(False, "Discord: not checked: no token")]
    import asyncio

    from bot.discord.probe import probe  # only --online needs discord.py

    return [Check(ok, text) for ok, text in asyncio.run(probe(settings, token))]
