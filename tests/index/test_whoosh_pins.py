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


