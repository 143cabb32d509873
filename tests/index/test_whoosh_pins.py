"""Pins of the whoosh-reloaded 2.7.5 behaviour FilmBot relies on (and avoids).

If an upgrade changes any of these, the store and search code must be revisited.
"""
import threading

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.query import Term


@pytest.fixture
def ix(tmp_path):
    ix = index.create_in(str(tmp_path), Schema(id=ID(stored=True, unique=True), text=TEXT(stored=True)))
    for n in range(5):
        writer = ix.writer()
        writer.add_document(id=str(n), text=f"hello world number{n}")
        writer.commit(merge=False)
    return ix


def ids(searcher, word="hello"):
    return sorted(hit["id"] for hit in searcher.search(Term("text", word), limit=None))


def test_refresh_after_a_merge_returns_duplicates_so_we_open_new_searchers(ix):
    searcher = ix.searcher()
    writer = ix.writer()
    writer.update_document(id="1", text="hello again")
    writer.commit(optimize=True)
    assert len(ids(searcher.refresh())) == 10  # the bug: every document twice
    assert ids(ix.searcher()) == ["0", "1", "2", "3", "4"]  # a new searcher is right


def test_an_open_searcher_keeps_its_snapshot_while_the_index_changes(ix):
    searcher = ix.searcher()
    writer = ix.writer()
    writer.add_document(id="9", text="hello late")
    writer.commit()
    assert ids(searcher) == ["0", "1", "2", "3", "4"]
    assert "9" in ids(ix.searcher())


def test_a_cancelled_writer_changes_nothing(ix):
    writer = ix.writer()
    writer.add_document(id="7", text="hello cancelled")
    writer.cancel()
    assert "7" not in ids(ix.searcher())


def test_one_searcher_per_thread_searches_correctly_in_parallel(ix):
    errors, local = [], threading.local()

    def work():
        local.searcher = ix.searcher()
        for _ in range(200):
            for n in range(5):
                if ids(local.searcher, f"number{n}") != [str(n)]:
                    errors.append(n)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_field_lengths_read_from_the_whole_column_are_whooshs_own(tmp_path):
    """index.store replaces W3PerDocReader.doc_field_length (a column read per call) with one that
    reads a segment's length column once: it must give what Whoosh's own gives, for every field."""
    import random

    from index.store import doc_field_length  # importing index.store installs it
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield
    from whoosh.util.numeric import byte_to_length

    def whooshs_own(perdoc, docnum, fieldname, default=0):  # the original method, as in 2.7.5
        reader = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if reader is None:
            return default
        lbyte = reader[docnum]
        if lbyte:
            return byte_to_length(lbyte)

    assert W3PerDocReader.doc_field_length is doc_field_length
    schema = Schema(id=ID(stored=True), title=TEXT(), text=TEXT())
    ix = index.create_in(str(tmp_path), schema)
    rng = random.Random(7)
    writer = ix.writer()
    for n in range(300):
        fields = {"id": str(n), "text": " ".join(f"w{rng.randrange(50)}" for _ in range(rng.randrange(0, 400)))}
        if n % 3:
            fields["title"] = "a title of some words"[: rng.randrange(1, 22)]
        writer.add_document(**fields)
    writer.commit()
    with ix.reader() as reader:
        perdoc = reader._perdoc
        for fieldname in ("id", "title", "text", "missing"):
            for docnum in range(300):
                assert perdoc.doc_field_length(docnum, fieldname) == whooshs_own(perdoc, docnum, fieldname), (fieldname, docnum)
