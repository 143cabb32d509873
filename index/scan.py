"""The one walk of the corpus: film folders, their documents with size and time, and digests.

`scan_corpus` lists every film folder and its documents without reading them; film.toml is read
again only when it changed since the manifest. The same walk gives the corpus's fingerprint
(a digest of every file's name, size and time, and of the indexing code) and each film folder's
own listing digest, so an update can tell a folder unchanged without looking at its documents.
`load_corpus` reads every document of a scan, for callers that want the corpus without an index.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.documents import (
    DOCUMENT_SUFFIXES, FILM_FILE, DocumentError, load_film, parse_document, read_inside,
)
from index.models import Document, Film, Problem

DIRECTORY = object()  # a directory that is a link (listed, never entered) or cannot be listed


@dataclass
class FolderScan:
    slug: str
    loaded: Film | None  # None when the film comes from its unchanged manifest record
    film_problem: Problem | None
    film_stamp: list | None  # [size, mtime_ns] of film.toml
    tree: dict  # walk_tree's listing of the folder
    root_text: str
    listing: str | None  # digest of its files' names, sizes and times; None if it holds links or unreadable files
    record: dict | None = None  # its film.toml's manifest record, when unchanged
    _listed: tuple | None = None

    @property
    def film(self) -> Film:
        """Built from the record on first use: an update whose films are unchanged needs none."""
        if self.loaded is None:
            data = self.record["film"]
            self.loaded = Film.model_construct(**{**data, "aliases": tuple(data["aliases"])})
        return self.loaded

    @property
    def documents(self) -> list[tuple[str, str, list | None]]:
        """(document id, path, [size, mtime_ns] or None), in pathlib's order; listed on first use:
        an update needs the lists of changed folders only."""
        return self._list()[0]

    @property
    def unsupported(self) -> list[Problem]:
        return self._list()[1]

    def _list(self) -> tuple[list, list[Problem]]:
        if self._listed is None:
            unsupported: list[Problem] = []
            documents = []
            for parts, item in sorted(flatten(self.tree)):  # pathlib's order: by path components
                if parts[-1].startswith(".") or parts[-1] == FILM_FILE or item is DIRECTORY:
                    continue
                doc_id = self.slug + "/" + "/".join(parts)
                suffix = path_suffix(parts[-1])
                if suffix.lower() not in DOCUMENT_SUFFIXES:
                    unsupported.append(Problem(path=doc_id, reason=f"unsupported file type {suffix or '(none)'!r}; use .txt, .md or .html"))
                    continue
                documents.append((doc_id, self.root_text + "/" + doc_id, stamp_of(item)))
            self._listed = (documents, unsupported)
        return self._listed


@dataclass
class CorpusScan:
    root: Path
    folders: list[FolderScan]
    problems: list[Problem]  # about the corpus itself
    fingerprint: str = ""  # as corpus_fingerprint computes it

    def films(self) -> list[Film]:
        return [f.film for f in self.folders]


def scan_corpus(root: Path, manifest: dict | None) -> CorpusScan:
    """Films and document paths with their size and time; film.toml is re-read only when it
    changed (the manifest's record says what it was). Each film folder's listing gets a digest of
    its own, beside the corpus's fingerprint."""
    scan = CorpusScan(root, [], [])
    if not root.is_dir():
        scan.problems.append(Problem(path=str(root), reason="corpus folder does not exist"))
        scan.fingerprint = "missing"
        return scan
    known = (manifest or {}).get("folders", {})
    digest = hashlib.sha1(code_version().encode())
    listings: dict[str, Listing] = {}
    tree = walk_tree(str(root), (), [digest], listings)
    scan.fingerprint = digest.hexdigest()
    root_text = str(root)
    for name, entry in sorted(tree.items()):
        if entry is DIRECTORY and (root / name).is_dir():  # a linked film folder: listed, not in the digest
            listings[name] = Listing()
            entry = walk_tree(str(root / name), (name,), [listings[name].digest], listings)
        if not isinstance(entry, dict) or name.startswith("."):
            continue
        stamp = stamp_of(entry.get(FILM_FILE))
        old = (known.get(name) or {}).get("film")
        if old and stamp is not None and old["stamp"] == stamp:
            film = None  # FolderScan.film builds it from the record if it is needed
            problem = old["problem"] and Problem.model_validate(old["problem"])
        else:
            problems: list[Problem] = []
            film = load_film(root / name, problems)
            problem = problems[0] if problems else None
        listing = listings[name]
        scan.folders.append(FolderScan(name, film, problem or None, stamp, entry, root_text,
                                       None if listing.volatile else listing.digest.hexdigest(),
                                       old if old and old["stamp"] == stamp and stamp is not None else None))
    return scan


def corpus_fingerprint(root: Path) -> str:
    """A cheap digest of every file's name, size and mtime and of the indexing code: it changes
    whenever the corpus does, or the code that reads it. The walk of `scan_corpus`, without
    reading any film.toml."""
    if not Path(root).is_dir():
        return "missing"
    digest = hashlib.sha1(code_version().encode())
    walk_tree(str(root), (), [digest], {})
    return digest.hexdigest()


def code_version() -> str:
    """A digest of the indexing code itself: an index built by other code is rebuilt too."""
    digest = hashlib.sha1()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class Corpus:
    films: list[Film] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_corpus(root: Path, max_bytes: int) -> Corpus:
    """Every film and document of the corpus, read and validated; a bad file is a problem."""
    root = Path(root)
    scan = scan_corpus(root, None)
    corpus = Corpus(problems=list(scan.problems))
    for folder in scan.folders:
        corpus.films.append(folder.film)
        if folder.film_problem:
            corpus.problems.append(folder.film_problem)
        corpus.problems.extend(folder.unsupported)
        for doc_id, path, _ in folder.documents:
            path = Path(path)
            try:
                corpus.documents.append(parse_document(read_inside(path, root, max_bytes), path, root, folder.slug))
            except DocumentError as error:
                corpus.problems.append(Problem(path=doc_id, reason=str(error)))
    return corpus


@dataclass
class Listing:
    """A film folder's own digest of its listing, and whether it holds files read anew every time."""
    digest: Any = field(default_factory=hashlib.sha1)
    volatile: bool = False  # links and unreadable files have no stamp: they are always read again


def path_suffix(name: str) -> str:
    """PurePath(name).suffix, without building a path (a scan makes one per file)."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def walk_tree(path: str, rel: tuple[str, ...], digests: list, listings: dict[str, Listing]) -> dict:
    """{name: subtree | (size, mtime_ns, is_link) | None} of a folder, links to folders not followed
    (as os.walk and pathlib.rglob); fills the digests in os.walk's order: the corpus's, and below
    the root the film folder's own (in `listings`)."""
    try:
        entries = list(os.scandir(path))
    except OSError:
        return {}
    folders, files = [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (folders if is_dir else files).append(entry)
    tree: dict = {}
    prefix = "".join(part + "/" for part in rel)
    lines = []
    volatile = False
    for entry in sorted(files, key=lambda e: e.name):
        try:
            stat = entry.stat()
        except OSError:
            tree[entry.name] = None  # cannot be read: loading it reports why
            volatile = True
            continue
        is_link = entry.is_symlink()
        volatile = volatile or is_link
        tree[entry.name] = (stat.st_size, stat.st_mtime_ns, is_link)
        lines.append(f"{prefix}{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n")
    listed = "".join(lines).encode()
    for digest in digests:  # one update per folder: the same digest, less work
        digest.update(listed)
    if rel and volatile:
        listings[rel[0]].volatile = True
    for entry in sorted(folders, key=lambda e: e.name):
        if entry.is_symlink():
            tree[entry.name] = DIRECTORY
            continue
        below = digests
        if not rel:
            listings[entry.name] = Listing()
            below = [*digests, listings[entry.name].digest]
        tree[entry.name] = walk_tree(entry.path, (*rel, entry.name), below, listings)
    return tree


def flatten(tree: dict, parts: tuple[str, ...] = ()):
    for name, item in tree.items():
        if isinstance(item, dict):
            yield (*parts, name), DIRECTORY
            yield from flatten(item, (*parts, name))
        else:
            yield (*parts, name), item


def stamp_of(item) -> list | None:
    """[size, mtime_ns] of a file; None for links (always re-read) and files that cannot be read."""
    if not isinstance(item, tuple) or item[2]:
        return None
    return [item[0], item[1]]
