"""Searching the served generation: one Whoosh searcher per thread, queries built from terms.

User text is never parsed as Whoosh query syntax: it goes through the same analyzer as the
index, and the resulting terms are combined into a query object directly, so `title:*`,
unbalanced quotes or `NOT (((` are just words (or nothing).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.query import And, Or, Term

from index.models import Film, IndexReport
from index.store import ANALYZER, CURRENT, current_generation, read_facts, read_films, read_fingerprint, read_report

MAX_QUERY_TERMS = 32


@dataclass(frozen=True)
class Hit:
    id: str
    film: str
    document: str
    kind: str
    heading: str
    text: str
    source: str | None
    author: str | None
    position: int
    score: float
    url: str | None = None


def analyze(text: str) -> list[str]:
    """The index's own terms for a text, in order, without repeats."""
    seen: dict[str, None] = {}
    for token in ANALYZER(text):
        seen.setdefault(token.text, None)
    return list(seen)


class Generation:
    """One built generation, opened for reading; searchers are per thread (sharing one crashes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.films: list[Film] = read_films(path)
        self.report: IndexReport = read_report(path)
        self.fingerprint = read_fingerprint(path)
        self.index = whoosh_index.open_dir(str(path / "whoosh"))
        self._local = threading.local()
        self._facts = lru_cache(maxsize=256)(lambda slug: tuple(read_facts(self.path, slug)))

    def facts(self, slug: str) -> tuple:
        return self._facts(slug)

    def searcher(self):
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            searcher = self._local.searcher = self.index.searcher()
        return searcher

    def search(self, text: str, film: str | None = None, limit: int = 10, kinds: set[str] | None = None) -> list[Hit]:
        terms = analyze(text)[:MAX_QUERY_TERMS]
        if not terms:
            return []
        query = Or([Term("text", t) for t in terms] + [Term("heading", t, boost=0.3) for t in terms])
        restrict = [Term("film", film)] if film else []
        if kinds:
            restrict.append(Or([Term("kind", k) for k in kinds]))
        results = self.searcher().search(
            query, limit=limit, filter=And(restrict) if len(restrict) > 1 else (restrict[0] if restrict else None)
        )
        return [hit_from(r, r.score) for r in results]

    def passages_of(self, film: str, limit: int = 500) -> list[Hit]:
        """Every passage of a film, in document order (for plot summaries and scans)."""
        results = self.searcher().search(Term("film", film), limit=limit)
        hits = [hit_from(r, 0.0) for r in results]
        return sorted(hits, key=lambda h: (h.document, h.position))

    def film_has_term(self, film: str, term: str) -> bool:
        searcher = self.searcher()
        if searcher.doc_frequency("text", term) == 0 and searcher.doc_frequency("heading", term) == 0:
            return False
        query = And([Or([Term("text", term), Term("heading", term)]), Term("film", film)])
        return not searcher.search(query, limit=1).is_empty()

    def close(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            searcher.close()
        self.index.close()


def hit_from(result, score: float) -> Hit:
    return Hit(
        id=result["id"], film=result["film"], document=result["document"], kind=result["kind"],
        heading=result.get("heading", ""), text=result["text"], source=result.get("source"),
        author=result.get("author"), position=result.get("position", 0), score=score, url=result.get("url"),
    )


class IndexReader:
    """Serves the current generation, switching to a new one when a build publishes it."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()
        self._generation: Generation | None = None
        self._pointer: tuple[int, int] | None = None

    def generation(self) -> Generation | None:
        pointer = self._pointer_stamp()
        if pointer != self._pointer or self._generation is None:
            with self._lock:
                if pointer != self._pointer or self._generation is None:
                    self._open(pointer)
        return self._generation

    def _pointer_stamp(self) -> tuple[int, int] | None:
        try:
            stat = (self.index_dir / CURRENT).stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns)

    def _open(self, pointer) -> None:
        path = current_generation(self.index_dir)
        # Threads may still be searching the old generation: leave its files to the garbage
        # collector rather than closing searchers that other threads hold.
        self._generation = Generation(path) if path else None
        self._pointer = pointer


def passage_by_id(gen: Generation, passage_id: str) -> Hit | None:
    stored = gen.searcher().document(id=passage_id)
    return None if stored is None else hit_from(stored, 0.0)
