"""Reading one film folder's film.toml and one document file into models, with their checks.

Every file is checked on its own; a bad file becomes a `Problem` (or a `DocumentError`) and the
rest load. Walking the corpus to find the files is `index.scan`'s.
"""
from __future__ import annotations

import email
import email.policy
import re
import tomllib
import unicodedata
from email.utils import parseaddr
from pathlib import Path

import yaml
from pydantic import ValidationError

from index.markup import html_head, structured_text
from index.models import Document, Film, Problem

DOCUMENT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
                     ".eml": "email"}
FILM_FILE = "film.toml"
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
TOML_FRONT_MATTER = re.compile(r"\A\ufeff?\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.S)  # Hugo's
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")  # zero-width and direction marks
FRONT_MATTER_KEYS = {"kind", "source", "author", "url", "published"}
# Other names sites give the same keys; the key's own name wins where both are given.
FRONT_MATTER_ALIASES = {
    "outlet": "source", "publication": "source", "newspaper": "source", "magazine": "source", "site_name": "source",
    "critic": "author", "reviewer": "author", "reviewed_by": "author", "byline": "author", "authors": "author",
    "date": "published",
}


class DocumentError(ValueError):
    """Why one document cannot be loaded; the message is shown to admins."""


def load_film(folder: Path, problems: list[Problem]) -> Film:
    """Read film.toml; when it is missing or invalid, report it and fall back to the folder name."""
    fallback = Film(slug=folder.name, title=title_from_slug(folder.name))
    path = folder / FILM_FILE
    where = f"{folder.name}/{FILM_FILE}"
    if not path.is_file():
        problems.append(Problem(path=where, reason=f"missing; using the title {fallback.title!r} from the folder name"))
        return fallback
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Film(slug=folder.name, **{k: data[k] for k in ("title", "aliases", "year") if k in data})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError, TypeError) as error:
        reason = first_line(error)
        problems.append(Problem(path=where, reason=f"invalid ({reason}); using the title {fallback.title!r}"))
        return fallback


def parse_document(raw: bytes, path: Path, root: Path, film: str) -> Document:
    """A document from the bytes of its file (read by `read_inside`)."""
    markup = DOCUMENT_SUFFIXES[path.suffix.lower()]
    sender: dict = {}
    if markup == "email":
        text, markup, sender = read_email(raw)
    else:
        text = decode(raw)
    other: dict = {}
    meta, body = split_front_matter(text, other)
    head = html_head(body) if markup == "html" else {}
    body, headings = structured_text(body, markup)
    if not INVISIBLE.sub("", body).strip():
        raise DocumentError("has no text")
    # Imported here: a process that only answers questions should not compile the extractors'
    # patterns at start-up (bench/README.md has the figures).
    from index.extract.facts import front_matter_lines
    from index.extract.metadata import html_metadata, infer_metadata
    facts = front_matter_lines(other)  # "runtime: 1 h 56 min" in front matter is a fact to quote
    body = f"{body.rstrip()}\n\n{facts}\n" if facts else body
    inferred = {k: v for k, v in infer_metadata(body).items() if v}
    # Front matter wins over the page's own labels, which win over what the text suggests.
    return Document(film=film, id=relative(path, root), text=body, headings=headings,
                    **(inferred | html_metadata(head) | sender | meta))


def read_inside(path: Path, root: Path, max_bytes: int) -> bytes:
    """Read a file, refusing links that lead outside the corpus and files over the size limit."""
    real = path.resolve()
    if not real.is_relative_to(root.resolve()):
        raise DocumentError("is a link to a file outside the corpus")
    try:
        size = real.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"is {size:,} bytes, over the {max_bytes:,}-byte limit")
        if size == 0:
            raise DocumentError("is empty")
        return real.read_bytes()
    except OSError as error:
        raise DocumentError(f"cannot be read ({error.strerror or error})") from error


def read_email(raw: bytes) -> tuple[str, str, dict]:
    """A saved e-mail (a newsletter): its subject and readable body (plain text, else HTML), that
    body's markup, and the sender's name and date as the document's source and date."""
    decode(raw)  # the same checks as any document: text, UTF-8
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain", "html"))
    body = part.get_content() if part is not None else ""
    html = part is not None and part.get_content_subtype() == "html"
    subject = " ".join(str(message.get("subject", "")).split())
    if subject:
        body = f"<h1>{subject}</h1>\n{body}" if html else f"{subject}\n\n{body}"
    name, address = parseaddr(str(message.get("from", "")))
    found = {"source": name or address, "published": str(message.get("date", "")).strip()}
    return unicodedata.normalize("NFC", body), "html" if html else "text", {k: v for k, v in found.items() if v}


def decode(raw: bytes) -> str:
    if b"\x00" in raw[:8192]:
        raise DocumentError("is binary, not text")
    try:
        # NFC: "é" typed as e + combining accent must index like the composed "é" questions use
        return unicodedata.normalize("NFC", raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise DocumentError(f"is not UTF-8 text (bad byte at offset {error.start})") from error


def split_front_matter(text: str, other: dict | None = None) -> tuple[dict, str]:
    """The front matter's keys (YAML between `---` lines or TOML between `+++` lines) and the body.
    Keys it does not know go into `other` when given (a film's facts: runtime, country, ...)."""
    match = FRONT_MATTER.match(text)
    toml = None if match else TOML_FRONT_MATTER.match(text)
    if not match and not toml:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1)) if match else tomllib.loads(toml.group(1))
    except yaml.YAMLError as error:
        raise DocumentError(f"has front matter that is not valid YAML ({first_line(error)})") from error
    except tomllib.TOMLDecodeError as error:
        raise DocumentError(f"has front matter that is not valid TOML ({first_line(error)})") from error
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DocumentError("has front matter that is not a mapping of keys to values")
    meta = {}
    for key, value in data.items():
        key = str(key).strip().lower().replace("-", "_")
        name = key if key in FRONT_MATTER_KEYS else FRONT_MATTER_ALIASES.get(key)
        value = " and ".join(map(str, value)) if isinstance(value, (list, tuple)) else value
        if name and value not in (None, "") and str(value).strip() and (name == key or name not in meta):
            meta[name] = str(value).strip()
        elif not name and other is not None and value not in (None, "") and not isinstance(value, dict):
            other[key] = str(value).strip()
    return meta, text[(match or toml).end():]


def title_from_slug(slug: str) -> str:
    return re.sub(r"[-_]+", " ", slug).strip().title() or slug


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
