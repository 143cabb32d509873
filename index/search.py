"""Searching the served generation: one Whoosh searcher per thread, queries built from terms.

User text is never parsed as Whoosh query syntax: it goes through the same analyzer as the
index, and the resulting terms are combined into a query object directly, so `title:*`,
unbalanced quotes or `NOT (((` are just words (or nothing).
"""
from __future__ import annotations

import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from whoosh.query import And, Or, Term

from index import whoosh_ext
from index.analysis import index_terms
from index.layout import (
    CURRENT, current_generation, open_passages, read_facts, read_facts_names, read_films, read_fingerprint,
    read_report,
)
from index.models import Film, IndexReport

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
    return list(_analyze(text))


@lru_cache(maxsize=4096)  # answers analyse the same passages and question words again and again
def _analyze(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(index_terms(text)))


def edits1(word: str, alphabet: str) -> set[str]:
    """Every string one Damerau-Levenshtein edit from word (and word itself)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {word}
    edits.update(a + b[1:] for a, b in splits if b)
    edits.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    for c in alphabet:
        edits.update(a + c + b[1:] for a, b in splits if b)
        edits.update(a + c + b for a, b in splits)
    return edits


class Generation:
    """One built generation, opened for reading; searchers are per thread (sharing one crashes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.films: list[Film] = read_films(path)
        self.report: IndexReport = read_report(path)
        self.fingerprint = read_fingerprint(path)
        self.index = open_passages(path)
        self._local = threading.local()
        self._facts = lru_cache(maxsize=256)(lambda slug: tuple(read_facts(self.path, slug, self._facts_names())))
        self._facts_names = lru_cache(maxsize=1)(lambda: read_facts_names(self.path))
        self._passages = lru_cache(maxsize=256)(self._read_passages)
        self._film_docs = lru_cache(maxsize=4096)(self._read_film_docs)
        self._document_docs = lru_cache(maxsize=16384)(self._read_document_docs)
        self._has_term: dict[tuple[str, str], bool] = {}
        self._neighbour: dict[tuple[str, str], str | None] = {}
        self._vocabulary: dict[str, tuple[frozenset[str], str]] = {}

    def facts(self, slug: str) -> tuple:
        return self._facts(slug)

    def searcher(self):
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            searcher = self._local.searcher = self.index.searcher()
            reader = searcher.reader()
            # One-edit lookups from a set of the field's terms instead of a scan of all of them
            # (Whoosh computes the edit distance to every term of an index with several segments).
            whoosh_ext.replace_terms_within(reader, lambda field, text: self.one_edit_terms(field, text, reader))
        return searcher

    def one_edit_terms(self, fieldname: str, text: str, reader=None) -> list[str]:
        """The field's terms one edit from text (text itself included), in term order as Whoosh gives."""
        terms, alphabet = self.vocabulary(fieldname, reader)
        return sorted(w for w in edits1(text, alphabet) if w in terms)

    def vocabulary(self, fieldname: str, reader=None) -> tuple[frozenset[str], str]:
        """Every term of a field in this generation, and every character they use."""
        if fieldname not in self._vocabulary:
            reader = reader or self.searcher().reader()
            field = self.index.schema[fieldname]
            terms = frozenset(field.from_bytes(b) for b in reader.lexicon(fieldname))
            self._vocabulary[fieldname] = (terms, "".join(sorted({c for t in terms for c in t})))
        return self._vocabulary[fieldname]

    def search(self, text: str, film: str | None = None, limit: int = 10, kinds: set[str] | None = None) -> list[Hit]:
        terms = analyze(text)[:MAX_QUERY_TERMS]
        if not terms:
            return []
        query = Or([Term("text", t) for t in terms] + [Term("heading", t, boost=0.3) for t in terms])
        restrict = [Term("film", film, boost=0.0)] if film else []
        if kinds:
            restrict.append(Or([Term("kind", k, boost=0.0) for k in kinds]))
        if restrict:
            # The restriction joins the query with a weight of nothing, rather than being a filter: a
            # filter scores every match in the whole index before dropping those of other films.
            query = And([query, *restrict])
        results = self.searcher().search(query, limit=limit)
        return [hit_from(r, r.score) for r in results]

    def passages_of(self, film: str, limit: int = 500) -> list[Hit]:
        """Every passage of a film, in document order (for plot summaries and scans). Cached per
        generation: one answer may scan a film's passages several times (overview, lists, mentions)."""
        return list(self._passages(film, limit))

    def _read_passages(self, film: str, limit: int) -> tuple[Hit, ...]:
        results = self.searcher().search(Term("film", film), limit=limit)
        hits = [hit_from(r, 0.0) for r in results]
        return tuple(sorted(hits, key=lambda h: (h.document, h.position)))

    def film_has_term(self, film: str, term: str) -> bool:
        """Does any passage of the film hold the term (in its text or heading)? Cached per generation."""
        key = (film, term)
        if key not in self._has_term:
            if len(self._has_term) > 100_000:
                self._has_term.clear()
            searcher = self.searcher()
            docs = self._film_docs(film)
            self._has_term[key] = any(
                searcher.doc_frequency(field, term) and postings_meet(searcher.postings(field, term), docs)
                for field in ("text", "heading")
            )
        return self._has_term[key]

    def film_neighbour(self, film: str, term: str) -> str | None:
        """The first term of the film's documents one edit from `term` (not term itself), if any.
        Cached per generation: a question looks up each of its words, and each lookup tries every
        one-edit variant of the word."""
        key = (film, term)
        if key not in self._neighbour:
            if len(self._neighbour) > 100_000:
                self._neighbour.clear()
            reader = self.searcher().reader()
            self._neighbour[key] = next((c for c in reader.terms_within("text", term, 1)
                                         if c != term and self.film_has_term(film, c)), None)
        return self._neighbour[key]

    def _read_film_docs(self, film: str) -> list[int]:
        return sorted(self.searcher().docs_for_query(Term("film", film)))

    def passage(self, passage_id: str) -> Hit | None:
        """The passage "<document id>#<n>", from its document's posting list. A document's passages
        are added together and in order (an updated document's are deleted and added again), so the
        nth live posting is passage n; the stored id confirms it, else every live posting is read."""
        document, _, number = passage_id.rpartition("#")
        if not number.isdigit():
            return None
        live = self._document_docs(document)
        reader = self.searcher().reader()
        n = int(number)
        for docnum in (live[n:n + 1] if n < len(live) else []) + live:
            fields = reader.stored_fields(docnum)
            if fields["id"] == passage_id:
                return hit_from(fields, 0.0)
        return None

    def _read_document_docs(self, document: str) -> list[int]:
        """The live document numbers of a document's passages, in order (cached: answers cite the
        same few documents again and again, each time a posting list read)."""
        reader = self.searcher().reader()
        if ("document", document) not in reader:
            return []
        return [d for d in reader.postings("document", document).all_ids() if not reader.is_deleted(d)]

    def close(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            searcher.close()
        self.index.close()


def postings_meet(matcher, docs: list[int]) -> bool:
    """Does a posting list hold any of these (sorted) documents? Leapfrogs through both."""
    i, n = 0, len(docs)
    while i < n and matcher.is_active():
        at = matcher.id()
        if at == docs[i]:
            return True
        if at < docs[i]:
            matcher.skip_to(docs[i])
        else:
            i = bisect_left(docs, at, i + 1)
    return False


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
