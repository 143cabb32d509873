"""Corpus faults end to end: every bad file is reported (file and reason), everything else is
indexed and answers stay correct, through `AnswerEngine.reindex` and through `filmbot index`.
Uploads with hostile names and titles are saved under safe names inside the film's folder, or
refused with a reason; never anywhere else.

(tests/index/test_documents.py covers `load_corpus` file by file; this covers the whole path.)
"""
from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import STATS, copy_corpus

from bot.answer.engine import AnswerEngine
from bot.answer.errors import DocumentRejected
from bot.settings import Settings

LIMIT = 20_000
ORCHARD = ("The Quiet Orchard is a 2019 drama directed by Jane Doe. "
           "Anna Example stars as Mira, a beekeeper who inherits her grandmother's orchard.\n")
SECRET = "the vault password is hunter2zebra"


def write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)


# path (relative to the corpus) → what its problem's reason must say
EXPECTED_PROBLEMS = {
    "parallel-mothers/latin1.txt": "not UTF-8",
    "parallel-mothers/bad-bytes.md": "not UTF-8",
    "parallel-mothers/binary.txt": "binary",
    "parallel-mothers/empty.txt": "empty",
    "parallel-mothers/blank.md": "no text",
    "parallel-mothers/front-not-yaml.md": "not valid YAML",
    "parallel-mothers/front-list.md": "not a mapping",
    "parallel-mothers/front-scalar.md": "not a mapping",
    "parallel-mothers/front-only.md": "no text",
    "parallel-mothers/huge.txt": "over the 20,000-byte limit",
    "parallel-mothers/poster.jpg": "unsupported file type",
    "parallel-mothers/leak.txt": "outside the corpus",
    "parallel-mothers/dangling.txt": "cannot be read",
    "parallel-mothers/fifo.txt": "empty",
    "outside-film/film.toml": "missing",
    "outside-film/secret.txt": "outside the corpus",
    "no-toml/film.toml": "missing",
    "broken-toml/film.toml": "invalid",
    "wrong-type-toml/film.toml": "invalid",
    "latin1-toml/film.toml": "invalid",
}
GOOD_DOCUMENTS = {"the-quiet-orchard/synopsis.md", "no-toml/notes.txt", "broken-toml/notes.txt",
                  "wrong-type-toml/notes.txt", "latin1-toml/notes.txt", "parallel-mothers/fine.html"}


def hostile_corpus(root: Path) -> Path:
    corpus = copy_corpus(root / "corpus")
    outside = root / "outside"
    write(outside / "secret.txt", f"{SECRET}\n")
    pm = corpus / "parallel-mothers"
    write(pm / "latin1.txt", "Pedro Almodóvar's café".encode("latin-1"))
    write(pm / "bad-bytes.md", b"# Notes\n\nvalid start \xc3\x28 invalid continuation\n")
    write(pm / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(pm / "empty.txt", b"")
    write(pm / "blank.md", " \n\t\n\r\n   \n".encode())
    write(pm / "front-not-yaml.md", "---\nkind: [review\nauthor: {\n---\nA review.\n")
    write(pm / "front-list.md", "---\n- a\n- b\n---\nA review.\n")
    write(pm / "front-scalar.md", "---\njust a sentence\n---\nA review.\n")
    write(pm / "front-only.md", "---\nkind: review\nauthor: Nobody\n---\n")
    write(pm / "huge.txt", "Janis " * (LIMIT // 6 + 10))
    write(pm / "poster.jpg", b"\xff\xd8\xff\xe0")
    write(pm / "fine.html", "<html><body><h1>Trivia</h1><script>alert(1)</script>"
                            "<p>The film premiered at the Venice Film Festival.</p></body></html>")
    os.symlink(outside / "secret.txt", pm / "leak.txt")
    os.symlink(outside, pm / "leak-folder")  # a linked folder: not walked into
    os.symlink(pm / "nowhere.txt", pm / "dangling.txt")
    os.symlink(".", pm / "loop")  # a link cycle: must not hang
    os.mkfifo(pm / "fifo.txt")  # reading it would block forever
    os.symlink(outside, corpus / "outside-film")  # a whole film folder linked from outside
    write(corpus / "no-toml/notes.txt", "A film folder without film.toml still loads.\n")
    write(corpus / "broken-toml/film.toml", "title = \n")
    write(corpus / "broken-toml/notes.txt", "Notes about a film whose film.toml is broken.\n")
    write(corpus / "wrong-type-toml/film.toml", "title = 42\naliases = 'not a list'\n")
    write(corpus / "wrong-type-toml/notes.txt", "Notes about a film with a mistyped film.toml.\n")
    write(corpus / "latin1-toml/film.toml", 'title = "Café"\n'.encode("latin-1"))
    write(corpus / "latin1-toml/notes.txt", "Notes about a film with a Latin-1 film.toml.\n")
    write(corpus / "the-quiet-orchard/film.toml", 'title = "The Quiet Orchard"\nyear = 2019\n')
    write(corpus / "the-quiet-orchard/synopsis.md", f"---\nkind: synopsis\n---\n{ORCHARD}")
    return corpus


def assert_every_problem_reported(problems) -> None:
    by_path: dict[str, list[str]] = {}
    for problem in problems:
        assert problem.path and problem.reason, problem
        by_path.setdefault(problem.path, []).append(problem.reason)
    for path, reason in EXPECTED_PROBLEMS.items():
        assert path in by_path, f"{path} not reported; reported: {sorted(by_path)}"
        assert any(reason in r for r in by_path[path]), (path, by_path[path])
    unexpected = set(by_path) - set(EXPECTED_PROBLEMS)
    assert not unexpected, unexpected


def assert_answers_still_correct(engine: AnswerEngine) -> None:
    gen = engine.generation()
    indexed = {hit.document for film in gen.films for hit in gen.passages_of(film.slug)}
    originals = {f"parallel-mothers/{p.name}" for p in (Path(engine.settings.corpus_dir)
                                                         / "parallel-mothers").glob("0*.txt")}
    assert indexed == GOOD_DOCUMENTS | originals
    assert not gen.search("hunter2zebra"), "a file outside the corpus was indexed"
    janis = engine.answer_question("Who plays Janis in Parallel Mothers?")
    assert janis.found and "Penélope Cruz" in janis.answer, janis.answer
    director = engine.answer_question("Who directed it?", "Parallel Mothers")
    assert director.found and "Almodóvar" in director.answer, director.answer
    orchard = engine.answer_question("who directed The Quiet Orchard?")
    assert orchard.found and "Jane Doe" in orchard.answer, orchard.answer
    assert "hunter2" not in engine.answer_question("What is the vault password?").answer
    titles = {film.title for film in gen.films}
    assert {"Parallel Mothers", "The Quiet Orchard", "No Toml", "Broken Toml"} <= titles


def reindex_modes() -> list[dict]:
    """A full build, and an incremental one where `AnswerEngine.reindex` offers the choice."""
    if "full" in inspect.signature(AnswerEngine.reindex).parameters:
        return [{"full": True}, {"full": False}]
    return [{}]


def test_reindex_reports_every_bad_file_and_answers_from_the_rest(tmp_path):
    corpus = hostile_corpus(tmp_path)
    engine = AnswerEngine(Settings(corpus_dir=corpus, index_dir=tmp_path / "index",
                                   max_document_bytes=LIMIT, _env_file=None))
    for mode in reindex_modes():
        report = engine.reindex(**mode)
        assert report.documents == len(GOOD_DOCUMENTS) + 5, mode
        assert_every_problem_reported(report.problems)
        assert_answers_still_correct(engine)
        assert engine.status().last_report.problems == report.problems  # /filmadmin status lists them

    # Change the corpus: a new bad file, a good file turned bad, a bad file fixed. Whether the
    # build re-reads everything or only what changed, the report is complete and correct.
    write(corpus / "parallel-mothers/new-binary.txt", b"\x00\x01\x02")
    write(corpus / "no-toml/notes.txt", b"\xff\xfe now Latin-1 garbage \xe9")
    (corpus / "parallel-mothers/empty.txt").write_text("The film premiered in September 2021.\n")
    for mode in reindex_modes():
        report = engine.reindex(**mode)
        reasons = {p.path: p.reason for p in report.problems}
        assert "binary" in reasons["parallel-mothers/new-binary.txt"], mode
        assert "not UTF-8" in reasons["no-toml/notes.txt"], mode
        assert "parallel-mothers/empty.txt" not in reasons, mode
        assert "outside the corpus" in reasons["parallel-mothers/leak.txt"], mode
        assert "not a mapping" in reasons["parallel-mothers/front-list.md"], mode
        assert len(reasons) == len(EXPECTED_PROBLEMS) + 1, (mode, sorted(reasons))
        assert report.documents == len(GOOD_DOCUMENTS) + 5, mode
        janis = engine.answer_question("Who plays Janis in Parallel Mothers?")
        assert "Penélope Cruz" in janis.answer, janis.answer


def test_filmbot_index_prints_every_bad_file_and_the_index_answers(tmp_path):
    corpus = hostile_corpus(tmp_path)
    index = tmp_path / "index"
    env = dict(os.environ, FILMBOT_MAX_DOCUMENT_BYTES=str(LIMIT))
    done = subprocess.run([sys.executable, "-m", "bot.cli", "--corpus", str(corpus), "--index", str(index),
                           "index"], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"{len(GOOD_DOCUMENTS) + 5} documents" in out, out
    for path, reason in EXPECTED_PROBLEMS.items():
        lines = [line for line in out.splitlines() if line.strip().startswith(f"- {path}:")]
        assert lines and reason in lines[0], (path, out)
    assert "Traceback" not in done.stderr
    engine = AnswerEngine(Settings(corpus_dir=corpus, index_dir=index, max_document_bytes=LIMIT,
                                   _env_file=None))
    assert_answers_still_correct(engine)


# -- uploads ----------------------------------------------------------------------------------

ACCEPTED_NAMES = [
    "../../x.txt", "../../../../../../etc/cron.d/evil.txt", "a/b.txt", "/abs/path.txt", "..\\x.md",
    "..\\..\\windows\\system32\\x.md", "C:\\evil.html", "CON.txt", "COM1.md", "nul.html",
    "nu\x00l.txt", "x.exe\x00.txt", "x" * 5000 + ".txt", "ﾃｽﾄ映画.txt", "a\nb\r.txt", "..txt",
    ".hidden.md", "film.toml.txt", "UPPER.TXT", " spaced .md", "%2e%2e%2fx.txt",
    "\u202etxt.exe.md",
]
REJECTED_NAMES = ["x.txt\x00.exe", "film.toml", "evil.exe", "script.py", "noext", "", "..", "/"]
EITHER_NAMES = [".txt", ".md", "trailing-dot.txt.", "x.txt ", "x.txt/."]  # refused or saved, but safely


def upload_engine(tmp_path: Path) -> AnswerEngine:
    corpus = copy_corpus(tmp_path / "corpus")
    engine = AnswerEngine(Settings(corpus_dir=corpus, index_dir=tmp_path / "index",
                                   max_document_bytes=LIMIT, _env_file=None))
    engine.reindex()
    return engine


def files_outside(root: Path, corpus: Path) -> set[str]:
    return {str(p) for p in root.rglob("*") if corpus not in p.parents and p != corpus
            and "index" not in p.relative_to(root).parts}


def assert_saved_safely(engine: AnswerEngine, document: str, data: bytes, folder: str | None = None) -> Path:
    corpus = Path(engine.settings.corpus_dir).resolve()
    path = (corpus / document).resolve()
    assert path.is_file(), document
    assert path.parent.parent == corpus, f"{document} is not directly inside a film folder"
    if folder is not None:
        assert path.parent.name == folder
    name = path.name
    assert "/" not in name and "\\" not in name and "\x00" not in name and not name.startswith(".")
    assert len(name.encode()) <= 255 and name.isascii() and name.isprintable()
    assert path.suffix in {".txt", ".md", ".markdown", ".html", ".htm"}
    assert path.read_bytes().endswith(data)
    return path


def test_hostile_upload_names_are_saved_inside_the_film_folder_or_refused(tmp_path):
    engine = upload_engine(tmp_path)
    before_outside = files_outside(tmp_path, Path(engine.settings.corpus_dir))
    saved = []
    for n, name in enumerate(ACCEPTED_NAMES):
        data = f"Upload {n}: {ORCHARD}".encode()
        document = engine.add_document("Parallel Mothers", name, data)
        saved.append(assert_saved_safely(engine, document, data, folder="parallel-mothers"))
    assert len(set(saved)) == len(ACCEPTED_NAMES)  # nothing overwrote anything
    for name in REJECTED_NAMES:
        with pytest.raises(DocumentRejected):
            engine.add_document("Parallel Mothers", name, ORCHARD.encode())
    for name in EITHER_NAMES:
        try:
            assert_saved_safely(engine, engine.add_document("Parallel Mothers", name, b"Text."), b"Text.")
        except DocumentRejected:
            pass
    assert files_outside(tmp_path, Path(engine.settings.corpus_dir)) == before_outside
    report = engine.reindex()
    assert not report.problems, report.problems
    assert "Penélope Cruz" in engine.answer_question("Who plays Janis in Parallel Mothers?").answer


HOSTILE_TITLES = ["../../etc", "../x", "a/b", "c\\d", "/root", "CON", "The\x00Film", "@everyone",
                  "Film\u202eevil", "   Padded   Title   ", "<@123456789012345678>", "x" * 200]
REFUSED_TITLES = ["", "   ", "..", "../..", "/", "\x00", "...", "映画", "x" * 201, "🎬🎬"]


def test_hostile_film_titles_make_a_folder_inside_the_corpus_or_are_refused(tmp_path):
    engine = upload_engine(tmp_path)
    corpus = Path(engine.settings.corpus_dir).resolve()
    for title in HOSTILE_TITLES:
        document = engine.add_document(title, "notes.txt", ORCHARD.encode())
        path = assert_saved_safely(engine, document, ORCHARD.encode())
        assert path.parent.parent == corpus and path.parent.name not in {"", ".", ".."}
        assert (path.parent / "film.toml").is_file()
    for title in REFUSED_TITLES:
        with pytest.raises(DocumentRejected):
            engine.add_document(title, "notes.txt", ORCHARD.encode())
    report = engine.reindex()
    assert not [p for p in report.problems if "film.toml" in p.path], report.problems
    titles = {film.title for film in engine.films()}
    for title in HOSTILE_TITLES:
        assert " ".join(title.split()) in titles, (title, titles)  # stored as typed, safely
    assert "Penélope Cruz" in engine.answer_question("Who plays Janis in Parallel Mothers?").answer


@pytest.mark.parametrize("examples", [pytest.param(60, id="ci"),
                                      pytest.param(600, id="long", marks=pytest.mark.slow)])
def test_any_upload_name_and_title_stays_inside_the_corpus(tmp_path, examples):
    engine = upload_engine(tmp_path)
    corpus = Path(engine.settings.corpus_dir).resolve()
    before_outside = files_outside(tmp_path, corpus)
    suffixes = st.sampled_from([".txt", ".md", ".html", ".TXT", ".exe", "", ".txt\x00.sh"])
    titles = st.one_of(st.just("Parallel Mothers"), st.text(max_size=60),
                       st.lists(st.sampled_from(["..", "/", "\\", ".", "\x00", "CON", "a", " "]),
                                max_size=12).map("".join))

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(stem=st.text(max_size=300), suffix=suffixes, title=titles)
    def check(stem, suffix, title):
        STATS.count("examples:add_document with arbitrary names and titles")
        data = b"Some notes about the film.\n"
        try:
            document = engine.add_document(title, stem + suffix, data)
        except DocumentRejected as error:
            assert str(error)
            return
        assert_saved_safely(engine, document, data)

    check()
    assert files_outside(tmp_path, corpus) == before_outside
    assert all(p.parent == corpus for p in corpus.iterdir())
