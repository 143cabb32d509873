"""Adding a document to the corpus from an upload: validated, then saved under a safe name."""
from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from pathlib import Path

import yaml

from index.documents import DOCUMENT_SUFFIXES, FILM_FILE, DocumentError, decode, split_front_matter
from index.models import Film

KIND = re.compile(r"^[a-z][a-z-]{1,23}$")


def save_upload(corpus_dir: Path, film: Film | None, film_title: str, filename: str, data: bytes,
                kind: str | None, max_bytes: int) -> str:
    """Validate an uploaded document and save it into the film's folder; returns its document id.

    The saved name is generated (time, a slug of the upload's name, a digest), so an upload's
    name can never choose where the file goes: separators and `..` are simply not carried over.
    """
    suffix = Path(filename.replace("\\", "/")).suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise DocumentError(f"{filename!r} is not a .txt, .md or .html file")
    if len(data) > max_bytes:
        raise DocumentError(f"{filename!r} is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise DocumentError(f"{filename!r} is empty")
    text = decode(data)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise DocumentError(f"{filename!r} has no text after its front matter")
    if kind and not KIND.match(kind):
        raise DocumentError(f"{kind!r} is not a document kind (use a word such as review, synopsis, awards)")
    folder = film_folder(Path(corpus_dir), film, film_title)
    if kind and "kind" not in meta:
        data = ("---\n" + yaml.safe_dump({**meta, "kind": kind}, allow_unicode=True) + "---\n" + body).encode()
    name = f"{time.strftime('%Y%m%d-%H%M%S')}-{slugify(Path(filename).stem)[:40] or 'upload'}-{hashlib.sha1(data).hexdigest()[:8]}{suffix}"
    target = folder / name
    if target.resolve().parent != folder.resolve():
        raise DocumentError("refused an unsafe file name")
    write_atomically(target, data)
    return target.relative_to(corpus_dir).as_posix()


def film_folder(corpus_dir: Path, film: Film | None, title: str) -> Path:
    if film is not None:
        return corpus_dir / film.slug
    title = " ".join(title.split())
    slug = slugify(title)
    if not slug or len(title) > 200:
        raise DocumentError(f"{title!r} is not a usable film title")
    folder = corpus_dir / slug
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / FILM_FILE).exists():
        write_atomically(folder / FILM_FILE, f"title = {toml_string(title)}\n".encode())
    return folder


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped) + '"'


def write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
