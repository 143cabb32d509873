"""Writing a generation: an update links the previous one and writes only the changes; a parallel
full build writes what an in-process one does."""
import hashlib
import os
import shutil

import pytest

from index import build
from index.search import Generation
from index.store import build_index, current_generation
from index_support import AWARDS, MAX_BYTES, SYNOPSIS, edit, facts_of


def test_a_failed_update_leaves_the_previous_generation_serving(engine, corpus_copy, monkeypatch):
    index = engine.settings.index_dir
    before = current_generation(index)
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build, "extract_facts", explode)
    with pytest.raises(RuntimeError):
        engine.reindex()
    assert current_generation(index) == before
    assert not list(index.glob("build-*"))
    assert "120" in engine.answer_question("How long is the film?").answer
    monkeypatch.undo()
    assert engine.reindex().changed_documents == 1  # the next update picks the change up
    assert "131" in engine.answer_question("How long is the film?").answer


def test_the_previous_generation_is_untouched_by_an_update(engine, corpus_copy):
    index = engine.settings.index_dir
    old = current_generation(index)
    digests = {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in (old / "whoosh").iterdir() if p.is_file()}
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")
    (corpus_copy / AWARDS).unlink()
    engine.reindex()
    assert current_generation(index) != old
    assert {p.name: hashlib.sha1(p.read_bytes()).hexdigest()
            for p in (old / "whoosh").iterdir() if p.is_file()} == digests  # hard links, never written through
    gen = Generation(old)  # a reader still on the old generation sees all of it
    try:
        assert any(h.document == AWARDS for h in gen.passages_of("parallel-mothers"))
    finally:
        gen.close()


def test_a_parallel_build_equals_an_in_process_one(corpus_copy, tmp_path):
    folder = corpus_copy / "parallel-mothers"
    for n, source in enumerate(sorted(folder.glob("0*.txt")) * 14):  # 70 documents: enough for workers
        shutil.copy(source, folder / f"copy-{n:03d}.txt")
    serial = build_index(corpus_copy, tmp_path / "serial", MAX_BYTES, procs=1)
    parallel = build_index(corpus_copy, tmp_path / "parallel", MAX_BYTES, procs=2)
    keys = ("films", "documents", "passages", "facts", "problems")
    assert {k: getattr(parallel, k) for k in keys} == {k: getattr(serial, k) for k in keys}
    assert facts_of(tmp_path / "parallel") == facts_of(tmp_path / "serial")
    gen = Generation(current_generation(tmp_path / "parallel"))
    try:
        assert gen.searcher().doc_count() == parallel.passages
        assert len(gen.search("Janis Penélope", film="parallel-mothers")) == 10
    finally:
        gen.close()
    os.utime(folder / "copy-000.txt")  # touched, same content: read again, nothing else changes
    touched = build_index(corpus_copy, tmp_path / "parallel", MAX_BYTES, full=False)
    assert touched.changed_documents == 1 and touched.passages == parallel.passages


def test_passages_keep_their_ids_and_show_their_new_text(engine, corpus_copy):
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")
    engine.reindex()
    gen = engine.generation()
    texts = [gen.passage(f"{SYNOPSIS}#{n}") for n in range(30)]
    texts = [h.text for h in texts if h is not None]
    assert any("Running Time: 131" in t for t in texts) and not any("Running Time: 120" in t for t in texts)
    assert gen.passage(f"{SYNOPSIS}#999") is None and gen.passage("nope") is None
