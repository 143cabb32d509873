"""Incremental re-indexing planned from the manifest: only changed documents are read again, with
every guarantee of a full build."""
from index import layout, manifest, scan
from index.store import build_index, current_generation
from index_support import AWARDS, SYNOPSIS, add_film, edit, facts_of, passages_of_document

QUESTIONS = [
    "Who plays Janis?", "Who directed it?", "How long is the film?", "What language is it in?",
    "Did it win at Venice?", "Where was it shot?", "What does the DNA test reveal?", "Who composed the score?",
]


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


def test_folders_with_an_unchanged_listing_are_carried_over_whole(engine, corpus_copy):
    add_film(corpus_copy, "volver", "Volver")
    engine.reindex()
    previous = current_generation(engine.settings.index_dir)
    edit(corpus_copy, SYNOPSIS, "Running Time: 120", "Running Time: 131")
    recorded = manifest.read_manifest(previous, engine.settings.max_document_bytes)
    plan = manifest.plan_update(scan.scan_corpus(corpus_copy, recorded), recorded)
    assert set(plan.kept) == {"volver"} and set(plan.entries) == {"parallel-mothers"}
    assert [doc_id for _, doc_id, _, _ in plan.changed] == [SYNOPSIS] and not plan.removed
    engine.reindex()
    names_before, names_after = layout.read_facts_names(previous), layout.read_facts_names(current_generation(engine.settings.index_dir))
    assert names_after["volver"] == names_before["volver"]  # the same file, named again
    assert names_after["parallel-mothers"] != names_before["parallel-mothers"]
    assert any(f.kind == "film_fact" and f.name == "runtime" and f.value.startswith("131") for f in facts_of(engine.settings.index_dir))


def test_a_folder_holding_a_link_is_always_compared_document_by_document(engine, corpus_copy):
    (corpus_copy / "parallel-mothers" / "link.txt").symlink_to(corpus_copy / SYNOPSIS)
    engine.reindex()
    scanned = scan.scan_corpus(corpus_copy, None)
    assert scanned.folders[0].listing is None
    assert engine.reindex().changed_documents == 1  # the link has no stamp: read again every time


