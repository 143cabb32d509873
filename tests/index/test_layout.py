"""The index folder: generations switched and pruned, one builder at a time, the facts store."""
import pytest

from index import layout
from index.store import BuildInProgress, build_index, build_lock, current_generation
from index_support import MAX_BYTES, SYNOPSIS, edit


def test_the_facts_store_keeps_what_the_kept_generations_name(engine, corpus_copy):
    index = engine.settings.index_dir
    facts_store = index / layout.FACTS_STORE
    (facts_store / ".tmp-999-left-by-a-killed-build.json").write_bytes(b"{")
    for minutes in ("131", "132", "133"):
        edit(corpus_copy, SYNOPSIS, "Running Time: 120" if minutes == "131" else f"Running Time: {int(minutes) - 1}",
             f"Running Time: {minutes}")
        engine.reindex()
    kept = [g for g in index.glob("gen-*")]
    assert len(kept) == 2
    named = {name for g in kept for name in layout.read_facts_names(g).values()}
    assert {p.name for p in facts_store.iterdir()} == named  # older facts and partial files are gone
    assert "133" in engine.answer_question("How long is the film?").answer


def test_build_switches_current_and_keeps_one_previous_generation(corpus_copy, tmp_path):
    index = tmp_path / "index"
    for _ in range(3):
        report = build_index(corpus_copy, index, MAX_BYTES)
    assert report.documents == 5 and report.passages > 50 and report.facts["cast"] > 5
    assert current_generation(index).name == "gen-000003"
    assert sorted(p.name for p in index.glob("gen-*")) == ["gen-000002", "gen-000003"]
    assert not list(index.glob("build-*"))


def test_a_generation_never_served_does_not_push_out_the_one_that_was(corpus_copy, tmp_path):
    index = tmp_path / "index"
    build_index(corpus_copy, index, MAX_BYTES)
    build_index(corpus_copy, index, MAX_BYTES)
    served = current_generation(index)
    (index / "gen-000099").mkdir()  # renamed into place, then killed before CURRENT switched
    (index / ".CURRENT.12345").write_text("gen-000099")
    build_index(corpus_copy, index, MAX_BYTES)
    assert {p.name for p in index.glob("gen-*")} == {served.name, current_generation(index).name}
    assert not list(index.glob(".CURRENT.*"))


def test_one_builder_at_a_time(corpus_copy, tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    with build_lock(index):
        with pytest.raises(BuildInProgress):
            build_index(corpus_copy, index, MAX_BYTES)
