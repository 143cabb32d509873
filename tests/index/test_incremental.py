"""Incremental re-indexing: only changed documents are read again, with every guarantee of a full build."""
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from index import store
from index.search import Generation
from index.store import build_index, current_generation

MAX_BYTES = 1_000_000
SYNOPSIS = "parallel-mothers/004_10f13d9077ea0c95.txt"
AWARDS = "parallel-mothers/002_8879e6965f294ea0.txt"
QUESTIONS = [
    "Who plays Janis?", "Who directed it?", "How long is the film?", "What language is it in?",
    "Did it win at Venice?", "Where was it shot?", "What does the DNA test reveal?", "Who composed the score?",
]


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
    return list(store.read_facts(current_generation(index), slug))


def test_changing_one_document_reads_only_it_and_answers_show_the_change(engine, corpus_copy):
    assert "120" in engine.answer_question("How long is the film?").answer
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")
    report = engine.reindex()
    assert report.changed_documents == 1
    assert report.documents == 5 and not report.problems
    assert "131" in engine.answer_question("How long is the film?").answer


def test_nothing_changed_reads_nothing(engine):
    report = engine.reindex()
    assert report.changed_documents == 0 and report.documents == 5 and report.passages > 50


def test_a_removed_document_loses_its_passages_and_facts(engine, corpus_copy):
    index = engine.settings.index_dir
    assert passages_of_document(index, AWARDS) > 0
    assert any(f.document == AWARDS for f in facts_of(index))
    (corpus_copy / AWARDS).unlink()
    report = engine.reindex()
    assert report.documents == 4 and report.changed_documents == 0
    assert passages_of_document(index, AWARDS) == 0
    assert not any(f.document == AWARDS for f in facts_of(index))
    assert any(f.document == SYNOPSIS for f in facts_of(index))  # the other documents' facts stay


def test_a_new_film_is_added(engine, corpus_copy):
    folder = corpus_copy / "volver"
    folder.mkdir()
    (folder / "film.toml").write_text('title = "Volver"\n', encoding="utf-8")
    (folder / "synopsis.txt").write_text(
        "Volver is a 2006 film directed by Pedro Almodóvar, starring Penélope Cruz as Raimunda.\n", encoding="utf-8")
    report = engine.reindex()
    assert report.films == 2 and report.documents == 6 and report.changed_documents == 1
    answer = engine.answer_question("Who plays Raimunda?", film="Volver")
    assert answer.found and "Cruz" in answer.answer
    assert "Penélope Cruz" in engine.answer_question("Who plays Janis?", film="Parallel Mothers").answer


def test_problems_of_new_and_unchanged_bad_files_are_reported(engine, corpus_copy):
    (corpus_copy / "parallel-mothers" / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (corpus_copy / "parallel-mothers" / "notes.pdf").write_bytes(b"%PDF")
    first = engine.reindex()
    assert first.documents == 5 and first.changed_documents == 1
    reasons = {p.path: p.reason for p in first.problems}
    assert "binary" in reasons["parallel-mothers/bad.txt"] and "unsupported" in reasons["parallel-mothers/notes.pdf"]
    again = engine.reindex()  # nothing changed: the bad files are not read again, and still reported
    assert again.changed_documents == 0
    assert again.problems == first.problems
    assert again.problems == build_index(corpus_copy, engine.settings.index_dir, engine.settings.max_document_bytes).problems


def test_a_failed_update_leaves_the_previous_generation_serving(engine, corpus_copy, monkeypatch):
    index = engine.settings.index_dir
    before = current_generation(index)
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "extract_facts", explode)
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


def test_an_incremental_update_gives_what_a_full_build_gives(engine, corpus_copy, tmp_path):
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")
    (corpus_copy / AWARDS).unlink()
    (corpus_copy / "parallel-mothers" / "budget.txt").write_text("The budget was 7 million euros.\n", encoding="utf-8")
    (corpus_copy / "parallel-mothers" / "bad.txt").write_bytes(b"\x00binary")
    incremental = engine.reindex()
    assert incremental.changed_documents == 3  # the edited, the new and the bad file
    answers = [engine.answer_question(q).answer for q in QUESTIONS]
    incremental_facts = facts_of(engine.settings.index_dir)

    full_index = tmp_path / "full-index"
    full = build_index(corpus_copy, full_index, engine.settings.max_document_bytes)
    keys = ("films", "documents", "passages", "facts", "problems")
    assert {k: getattr(incremental, k) for k in keys} == {k: getattr(full, k) for k in keys}
    assert incremental_facts == facts_of(full_index)
    engine.settings.index_dir = full_index
    from bot.answer.engine import AnswerEngine
    assert [AnswerEngine(engine.settings).answer_question(q).answer for q in QUESTIONS] == answers


def test_full_rebuild_on_request(engine):
    assert engine.reindex(full=True).changed_documents == 5


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


def test_the_scan_lists_what_load_corpus_and_corpus_fingerprint_see(corpus_copy):
    from index.corpus import corpus_fingerprint, document_paths, load_film
    from index.store import scan_corpus

    folder = corpus_copy / "parallel-mothers"
    (folder / "notes").mkdir()
    (folder / "notes" / "b.md").write_text("# Notes\n\nMore about Janis.\n", encoding="utf-8")
    (folder / "notes" / "a.PDF").write_bytes(b"%PDF")
    (folder / ".hidden.txt").write_text("hidden\n", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (folder / "README").write_text("no suffix\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(folder / "004_10f13d9077ea0c95.txt")
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "linked-dir").symlink_to(folder / "notes")
    (corpus_copy / "stray.txt").write_text("a file beside the films\n", encoding="utf-8")
    (corpus_copy / ".cache").mkdir()
    other = corpus_copy / "no-toml"
    other.mkdir()
    (other / "a.txt").write_text("Volver.\n", encoding="utf-8")
    (corpus_copy / "linked-film").symlink_to(other)

    scan = scan_corpus(corpus_copy, None)
    assert scan.fingerprint == corpus_fingerprint(corpus_copy)
    folders = sorted(p for p in corpus_copy.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert [f.slug for f in scan.folders] == [p.name for p in folders]
    for scanned, path in zip(scan.folders, folders):
        problems = []
        paths = document_paths(path, corpus_copy, problems)
        assert [d for d, _, _ in scanned.documents] == [p.relative_to(corpus_copy).as_posix() for p in paths]
        assert scanned.unsupported == problems
        film_problems = []
        assert scanned.film == load_film(path, film_problems)
        assert scanned.film_problem == (film_problems[0] if film_problems else None)
    stamps = {d: s for f in scan.folders for d, _, s in f.documents}
    assert stamps["parallel-mothers/link.txt"] is None and stamps["parallel-mothers/broken.txt"] is None
    assert stamps["parallel-mothers/notes/b.md"] is not None


def test_passages_keep_their_ids_and_show_their_new_text(engine, corpus_copy):
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")
    engine.reindex()
    gen = engine.generation()
    texts = [gen.passage(f"{SYNOPSIS}#{n}") for n in range(30)]
    texts = [h.text for h in texts if h is not None]
    assert any("Running Time: 131" in t for t in texts) and not any("Running Time: 120" in t for t in texts)
    assert gen.passage(f"{SYNOPSIS}#999") is None and gen.passage("nope") is None


def add_film(corpus: Path, slug: str, title: str) -> None:
    folder = corpus / slug
    folder.mkdir()
    (folder / "film.toml").write_text(f'title = "{title}"\n', encoding="utf-8")
    (folder / "synopsis.txt").write_text(f"{title} is a 2006 film directed by Pedro Almodóvar.\n", encoding="utf-8")


def test_folders_with_an_unchanged_listing_are_carried_over_whole(engine, corpus_copy):
    add_film(corpus_copy, "volver", "Volver")
    engine.reindex()
    previous = current_generation(engine.settings.index_dir)
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")
    manifest = store.read_manifest(previous, engine.settings.max_document_bytes)
    plan = store.plan_update(store.scan_corpus(corpus_copy, manifest), manifest)
    assert set(plan.kept) == {"volver"} and set(plan.entries) == {"parallel-mothers"}
    assert [doc_id for _, doc_id, _, _ in plan.changed] == [SYNOPSIS] and not plan.removed
    engine.reindex()
    names_before, names_after = store.read_facts_names(previous), store.read_facts_names(current_generation(engine.settings.index_dir))
    assert names_after["volver"] == names_before["volver"]  # the same file, named again
    assert names_after["parallel-mothers"] != names_before["parallel-mothers"]
    assert any(f.kind == "film_fact" and f.name == "runtime" and f.value.startswith("131") for f in facts_of(engine.settings.index_dir))


def test_a_folder_holding_a_link_is_always_compared_document_by_document(engine, corpus_copy):
    (corpus_copy / "parallel-mothers" / "link.txt").symlink_to(corpus_copy / SYNOPSIS)
    engine.reindex()
    scan = store.scan_corpus(corpus_copy, None)
    assert scan.folders[0].listing is None
    assert engine.reindex().changed_documents == 1  # the link has no stamp: read again every time


def test_the_facts_store_keeps_what_the_kept_generations_name(engine, corpus_copy):
    index = engine.settings.index_dir
    facts_store = index / store.FACTS_STORE
    (facts_store / ".tmp-999-left-by-a-killed-build.json").write_bytes(b"{")
    for minutes in ("131", "132", "133"):
        edit(corpus_copy, SYNOPSIS, "Running Time: 120" if minutes == "131" else f"Running Time: {int(minutes) - 1}",
             f"Running Time: {minutes}")
        engine.reindex()
    kept = [g for g in index.glob("gen-*")]
    assert len(kept) == 2
    named = {name for g in kept for name in store.read_facts_names(g).values()}
    assert {p.name for p in facts_store.iterdir()} == named  # older facts and partial files are gone
    assert "133" in engine.answer_question("How long is the film?").answer
