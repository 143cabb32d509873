"""Whoosh's segment writer with `add_document` specialised to the kinds of field FilmBot's schema has.

Whoosh's own `add_document` is general: per field it runs the analyzer's generators through the
format's `word_values`, then per posting it calls the pool's `add`, which checks types and adds up
the posting's size. For a passage (about 17 postings) that was 0.17-0.19 ms, a fifth of indexing
one. Here a text field's terms are counted from `index_terms` (what ANALYZER yields) and a
document's postings go into the pool at once: 0.08-0.09 ms, and the segment files are the ones
Whoosh's own writer makes, byte for byte (tests/index/test_writer.py).

A field that is not one of the three kinds below is refused when the writer is made, so a change
to the schema cannot silently index differently.
"""
from __future__ import annotations

from collections import Counter

from whoosh.analysis import IDTokenizer
from whoosh.fields import FieldType
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from index.analysis import FoldingStemAnalyzer, index_terms

TERMS, WHOLE, STORED_ONLY = "terms", "whole", "stored"
# What TempfilePool.add counts for a posting besides its field name, term and value bytes
# (its rough in-memory size); kept the same so the pool fills, and spills, as Whoosh's own would.
_POSTING_OVERHEAD = 28 + 4 * 5 + 21 + 26 + 18 + 16 + 21


def field_kind(field) -> str:
    """How a field is indexed: by its analyzed terms with frequencies (TEXT with FilmBot's analyzer,
    no positions), as one whole term (ID), or not at all (STORED). Anything else is refused,
    including a field type with its own way of indexing (NUMERIC, DATETIME, ...)."""
    plain = (type(field).index is FieldType.index and field.column_type is None and field.vector is None and not field.separate_spelling()
             and getattr(field.format, "field_boost", 1.0) == 1.0)
    if not field.indexed and field.stored and plain:
        return STORED_ONLY
    if plain and type(field.format) is Frequency and isinstance(field.analyzer, FoldingStemAnalyzer) \
            and field.scorable:
        return TERMS
    if plain and type(field.format) is Existence and type(field.analyzer) is IDTokenizer and not field.scorable:
        return WHOLE
    raise TypeError(f"PassageWriter cannot index a {type(field).__name__} field like {field!r}")


class PassageWriter(SegmentWriter):
    """A SegmentWriter whose add_document is Whoosh's, for FilmBot's kinds of field, at about half
    the cost. Everything else (deleting, committing, merging, cancelling) is Whoosh's."""

    def __init__(self, ix, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._kinds = {name: field_kind(field) for name, field in self.schema.items()}

    def add_document(self, **fields) -> None:
        if any(name not in self._kinds for name in fields):
            return super().add_document(**fields)  # an unknown or "_boost"-like name: Whoosh's checks and errors
        self._check_state()
        perdoc, docnum, schema = self.perdocwriter, self.docnum, self.schema
        postings, size = [], 0
        perdoc.start_doc(docnum)
        try:
            for name in sorted(fields):
                value = fields[name]
                if value is None:
                    continue
                kind, length = self._kinds[name], 0
                if kind != STORED_ONLY and not isinstance(value, str):
                    raise ValueError(f"{name}={value!r} is not text")
                if kind == TERMS:
                    for term, freq in Counter(index_terms(value)).items():
                        word, vbytes = term.encode("utf-8"), pack_uint(freq)
                        postings.append((name, word, docnum, float(freq), vbytes))
                        size += _POSTING_OVERHEAD + len(name) + 2 * len(word) + len(vbytes)
                        length += freq
                elif kind == WHOLE:
                    word = value.encode("utf-8")  # IDTokenizer: the value is the term
                    postings.append((name, word, docnum, 1.0, b""))
                    size += _POSTING_OVERHEAD + len(name) + 2 * len(word)
                field = schema[name]
                perdoc.add_field(name, field, value if field.stored else None, length)
        except Exception:
            perdoc.cancel_doc()
            raise
        self._pool_postings(postings, size)
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _pool_postings(self, postings: list[tuple], size: int) -> None:
        pool = self.pool
        pool.fieldnames.update(p[0] for p in postings)
        pool.current.extend(postings)
        pool.currentsize += size
        if pool.currentsize > pool.limit:
            pool.save()
