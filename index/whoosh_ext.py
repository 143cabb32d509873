"""Every use FilmBot makes of Whoosh's internals, in one place, pinned by tests/index/test_whoosh_ext.py.

Nothing here changes Whoosh when this module is imported: `install()` does, and is called where
an index is written (index.build).

- `install()`: field lengths read from a segment's whole length column, once per segment and
  field, instead of a read of the column file per call (Whoosh asks at every posting it writes,
  for block statistics, and at every document BM25F scores). The same lengths. Building needs
  it (bench/README.md has the figures); answering does not: film-scoped searches score too few
  documents for it to show, so serving processes leave Whoosh as it is.
- `PassageWriter`: Whoosh's segment writer with `add_document` specialised to the kinds of
  field FilmBot's schema has. Whoosh's own `add_document` is general: per field it runs the
  analyzer's generators through the format's `word_values`, then per posting it calls the
  pool's `add`, which checks types and adds up the posting's size. Here a text field's terms
  are counted from `index_terms` (what ANALYZER yields) and a document's postings go into the
  pool at once (bench/README.md has the figures); the segment files are the ones Whoosh's own writer makes,
  byte for byte. A field that is not one of the three kinds below is refused when the writer is
  made, so a change to the schema cannot silently index differently.
- Segments written by build worker processes and published in one TOC commit
  (`segment_writer`, `pool_nearly_full`, `finish_segment`, `commit_segments`), as
  whoosh.multiproc.MpWriter does for its own workers.
- `replace_terms_within`: a live reader's `terms_within` answered another way (index.search
  answers one-edit lookups from a set of the field's terms).
"""
from __future__ import annotations

from collections import Counter

from whoosh.analysis import IDTokenizer
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield
from whoosh.fields import FieldType
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from index.analysis import FoldingStemAnalyzer, index_terms

_NOT_READ = object()


def install() -> None:
    """Field lengths from a segment's whole length column (see the module's docstring); idempotent."""
    W3PerDocReader.doc_field_length = doc_field_length


def doc_field_length(self, docnum: int, fieldname: str, default=0):
    """W3PerDocReader.doc_field_length, from the whole length column read once per segment and
    field (one byte a document). It also remembers that a field has no length column (ID
    fields), which Whoosh asks the file system about each time."""
    tables = self.__dict__.setdefault("_filmbot_lengths", {})
    lengths = tables.get(fieldname, _NOT_READ)
    if lengths is _NOT_READ:
        reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        lengths = tables[fieldname] = (
            None if reader is None else reader._dbfile.get(reader._basepos, reader._count * reader._fixedlen))
    if lengths is None:
        return default
    byte = lengths[docnum] if docnum < len(lengths) else 0
    return byte_to_length(byte) if byte else None  # None for 0, as Whoosh's own returns


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


# --- segments of build worker processes ---------------------------------------------------------


def segment_writer(ix, limitmb: int) -> PassageWriter:
    """A writer of one new segment in a worker process: no lock (the build process holds the
    index's) and never committed here; `finish_segment` hands the segment to the build process."""
    return PassageWriter(ix, _lk=False, limitmb=limitmb)


def pool_nearly_full(writer) -> bool:
    """Would the next chunk make Whoosh's posting pool spill to disk? A full pool is saved as a
    sorted run and the runs are merged back in Python when the segment is finished, which made
    large builds markedly slower per passage (bench/README.md); a worker starts a new segment
    instead (more segments cost a query well under a millisecond)."""
    return writer.pool.currentsize > 0.7 * writer.pool.limit


def finish_segment(writer):
    """Write out the writer's segment and return it, or None when it holds no document."""
    if writer._added:
        return writer._finalize_segment()
    writer._close_segment()
    return None


def commit_segments(writer, segments: list) -> None:
    """Publish segments written by other processes in one TOC commit of `writer` (which holds
    the index's lock), beside the index's own segments."""
    writer._close_segment()
    writer._commit_toc(writer.segments + segments)
    writer._finish()


# --- reading -----------------------------------------------------------------------------------


def replace_terms_within(reader, one_edit) -> None:
    """The reader's `terms_within(fieldname, text, 1)` answered by `one_edit(fieldname, text)`
    (terms in Whoosh's order); other distances and prefixes still go to Whoosh's own."""
    scan = reader.terms_within

    def terms_within(fieldname, text, maxdist, prefix=0):
        if maxdist != 1 or prefix:
            return scan(fieldname, text, maxdist, prefix)
        return iter(one_edit(fieldname, text))

    reader.terms_within = terms_within
