"""Helpers of the index tests: corpora to build and change, facts as tuples to compare (imported
as a module: the test folder is on sys.path when pytest runs them)."""
from __future__ import annotations

import os
import re
from pathlib import Path

from index.layout import current_generation, read_facts
from index.models import Document, Passage
from index.search import Generation

MAX_BYTES = 1_000_000
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")  # text up to the next blank line
SYNOPSIS = "parallel-mothers/004_10f13d9077ea0c95.txt"
AWARDS = "parallel-mothers/002_8879e6965f294ea0.txt"


def edit(corpus: Path, doc_id: str, old: str, new: str) -> None:
    path = corpus / doc_id
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def passages_of_document(index: Path, doc_id: str) -> int:
    gen = Generation(current_generation(index))
    try:
        return len([h for h in gen.passages_of("parallel-mothers") if h.document == doc_id])
    finally:
        gen.close()


def facts_of(index: Path, slug: str = "parallel-mothers") -> list:
    return list(read_facts(current_generation(index), slug))


def add_film(corpus: Path, slug: str, title: str) -> None:
    folder = corpus / slug
    folder.mkdir()
    (folder / "film.toml").write_text(f'title = "{title}"\n', encoding="utf-8")
    (folder / "synopsis.txt").write_text(f"{title} is a 2006 film directed by Pedro Almodóvar.\n", encoding="utf-8")


def write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)


def bad_corpus(root: Path, outside: Path) -> None:
    """A corpus with every kind of bad file: 11 problems, 4 documents that load."""
    write(root / "good/film.toml", 'title = "Good Film"\naliases = ["Buena"]\nyear = 2001\n')
    write(root / "good/review.md", "---\nkind: review\nauthor: Ann Critic\n---\n# Good Film\n\nA **fine** film.\n")
    write(root / "good/page.html", "<html><head><style>p{}</style><script>x()</script></head><body><h1>Cast</h1>"
                                    "<ul><li>Ann Actor as Maria</li></ul><p>Directed by Dee Rector.</p></body></html>")
    write(root / "good/latin1.txt", "Almodóvar".encode("latin-1"))
    write(root / "good/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(root / "good/empty.txt", b"")
    write(root / "good/notyaml.md", "---\nkind: [review\n---\nText.\n")
    write(root / "good/list.md", "---\n- a\n- b\n---\nText.\n")
    write(root / "good/huge.txt", "word " * 3000)
    write(root / "good/photo.jpg", b"\xff\xd8\xff")
    write(outside / "secret.txt", "password: hunter2\n")
    os.symlink(outside / "secret.txt", root / "good/link.txt")
    write(root / "no-toml/notes.txt", "A film without a film.toml.\n")
    write(root / "broken-toml/film.toml", "title = \n")
    write(root / "broken-toml/notes.txt", "Notes.\n")
    write(root / "wrong-type-toml/film.toml", "title = 42\n")


def pad_corpus(corpus: Path, documents: int) -> None:
    """Extra documents so that a build takes long enough to be interrupted."""
    folder = corpus / "parallel-mothers"
    body = "Janis (Penélope Cruz) meets Ana (Milena Smit) in a hospital in Madrid. " * 40
    for n in range(documents):
        (folder / f"extra-{n:04d}.txt").write_text(f"Extra note {n}\n\n{body}\n", encoding="utf-8")


def credits(facts) -> set[tuple]:
    return {(f.actor, f.character, f.description) for f in facts}


def awards(facts) -> set[tuple]:
    return {(f.ceremony, f.category, f.outcome, f.recipient, f.year) for f in facts}


def verdicts(facts) -> set[tuple]:
    return {(f.critic, f.outlet, f.rating, f.rating_text, f.quote) for f in facts}


def make_document(text: str, film: str = "parallel-mothers", name: str = "doc.txt") -> Document:
    return Document(film=film, id=f"{film}/{name}", text=text)


def make_passages(document: Document) -> list[Passage]:
    """One passage per blank-line-separated block, with its offsets into the text."""
    return [
        Passage(
            id=f"{document.id}#{n}", film=document.film, document=document.id, kind=document.kind,
            text=match.group(), position=n, start=match.start(), end=match.end(),
        )
        for n, match in enumerate(_PARAGRAPH.finditer(document.text))
    ]


# Targets of index.workers.run_workers in the worker tests: spawned processes import them from here.

def doubling_worker(jobs, results, parent) -> None:
    from index.workers import jobs_of, watch_parent

    watch_parent(parent)
    for job in jobs_of(jobs, parent):
        results.put(("chunk", job * 2))
    results.put(("done", None))


def failing_worker(jobs, results, parent) -> None:
    results.put(("error", "Traceback: something broke"))


def dying_worker(jobs, results, parent) -> None:
    os._exit(3)
