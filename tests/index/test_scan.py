"""The one walk of the corpus: what it lists, the fingerprint it gives, the corpus it loads."""
import hashlib
import os
from pathlib import Path

from index.documents import DOCUMENT_SUFFIXES, FILM_FILE, load_film
from index.models import Problem
from index.scan import corpus_fingerprint, load_corpus, scan_corpus

LIMIT = 10_000


def pathlib_documents(folder: Path, root: Path) -> tuple[list[Path], list[Problem]]:
    """The reference for a folder's documents: pathlib's recursive listing, as FilmBot once walked it."""
    paths, problems = [], []
    for path in sorted(folder.rglob("*")):
        if path.name.startswith(".") or path.name == FILM_FILE or path.is_dir():
            continue
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            problems.append(Problem(path=path.relative_to(root).as_posix(),
                                    reason=f"unsupported file type {path.suffix or '(none)'!r}; use .txt, .md or .html"))
            continue
        paths.append(path)
    return paths, problems


def os_walk_fingerprint(root: Path, code: str) -> str:
    """The reference for the fingerprint: os.walk's order, every file's name, size and time."""
    digest = hashlib.sha1(code.encode())
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            try:
                stat = os.stat(os.path.join(dirpath, name))
            except OSError:
                continue
            digest.update(f"{os.path.relpath(os.path.join(dirpath, name), root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def test_the_scan_lists_what_pathlib_and_os_walk_see(corpus_copy):
    folder = corpus_copy / "parallel-mothers"
    (folder / "notes").mkdir()
    (folder / "notes" / "b.md").write_text("# Notes\n\nMore about Janis.\n", encoding="utf-8")
    (folder / "notes" / "a.PDF").write_bytes(b"%PDF")
    (folder / ".hidden.txt").write_text("hidden\n", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (folder / "README").write_text("no suffix\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(folder / "004_10f13d9077ea0c95.txt")
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "linked-dir").symlink_to(folder / "notes")
    (corpus_copy / "stray.txt").write_text("a file beside the films\n", encoding="utf-8")
    (corpus_copy / ".cache").mkdir()
    other = corpus_copy / "no-toml"
    other.mkdir()
    (other / "a.txt").write_text("Volver.\n", encoding="utf-8")
    (corpus_copy / "linked-film").symlink_to(other)

    scan = scan_corpus(corpus_copy, None)
    from index.scan import code_version
    assert scan.fingerprint == corpus_fingerprint(corpus_copy) == os_walk_fingerprint(corpus_copy, code_version())
    folders = sorted(p for p in corpus_copy.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert [f.slug for f in scan.folders] == [p.name for p in folders]
    for scanned, path in zip(scan.folders, folders):
        paths, problems = pathlib_documents(path, corpus_copy)
        assert [d for d, _, _ in scanned.documents] == [p.relative_to(corpus_copy).as_posix() for p in paths]
        assert scanned.unsupported == problems
        film_problems = []
        assert scanned.film == load_film(path, film_problems)
        assert scanned.film_problem == (film_problems[0] if film_problems else None)
    stamps = {d: s for f in scan.folders for d, _, s in f.documents}
    assert stamps["parallel-mothers/link.txt"] is None and stamps["parallel-mothers/broken.txt"] is None
    assert stamps["parallel-mothers/notes/b.md"] is not None


def test_a_missing_corpus_folder_is_a_problem_not_a_crash(tmp_path):
    corpus = load_corpus(tmp_path / "nowhere", LIMIT)
    assert corpus.documents == [] and "does not exist" in corpus.problems[0].reason
