"""index/whoosh_ext.py gives what Whoosh's own code gives: PassageWriter writes what Whoosh's
SegmentWriter writes, byte for byte; `install`'s field lengths are Whoosh's own; nothing is
changed in Whoosh by importing FilmBot's modules."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.analysis import IDTokenizer, LowercaseFilter
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.writing import SegmentWriter

from bench.corpus import generate
from index.analysis import ANALYZER
from index import whoosh_ext
from index.build import SCHEMA, passage_fields
from index.store import build_index
from index.documents import parse_document
from index.passages import split_passages
from index.whoosh_ext import PassageWriter, field_kind

REPO = Path(__file__).resolve().parents[2]


def corpus_passages(root: Path) -> list[dict]:
    fields = []
    for path in sorted(root.rglob("*")):
        if path.suffix in (".md", ".txt", ".html") and path.is_file():
            document = parse_document(path.read_bytes(), path, root, path.parent.name)
            fields += [passage_fields(p) for p in split_passages(document)]
    return fields


@pytest.fixture(scope="module")
def passages(tmp_path_factory) -> list[dict]:
    synthetic = tmp_path_factory.mktemp("synthetic")
    generate(synthetic, 40)
    odd = [  # stop words only, accents, a repeated word, an empty-looking heading, digits
        {"id": "x#0", "film": "x", "document": "x/a.md", "kind": "summary", "text": "the and of a",
         "position": 0, "start": 0, "end": 12},
        {"id": "x#1", "film": "x", "document": "x/a.md", "kind": "summary", "heading": "Café Café",
         "text": "Penélope Cruz, Penelope CRUZ; cruz 2021 ★★★½ co-star", "position": 1, "start": 12, "end": 60},
    ]
    return corpus_passages(REPO / "corpus") + corpus_passages(synthetic) + odd


def segment_files(folder: Path) -> dict[str, bytes]:
    """Each file of the one segment, by its name without the (random) segment id."""
    files = {}
    for path in folder.iterdir():
        if path.name.startswith("MAIN_") and path.name != "MAIN_WRITELOCK":
            files[path.name.split(".", 1)[1]] = path.read_bytes()
    return files


def write(folder: Path, writer_class, passages: list[dict], **options) -> Path:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    writer = writer_class(ix, **options)
    for fields in passages:
        writer.add_document(**fields)
    writer.commit()
    return folder


@pytest.mark.parametrize("limitmb", [128, 0.02], ids=["in memory", "pool spilled to disk"])
def test_the_segment_files_are_byte_for_byte_whooshs_own(tmp_path, passages, limitmb):
    options = {"limitmb": limitmb, "compound": False}  # separate files, to compare each
    folder = write(tmp_path / "whoosh", SegmentWriter, passages, **options)
    reader = whoosh_index.open_dir(str(folder)).reader()
    assert max(reader.doc_frequency("text", w) for w in reader.lexicon("text")) > 2 * 128  # terms of three blocks
    reader.close()
    theirs = segment_files(folder)
    ours = segment_files(write(tmp_path / "ours", PassageWriter, passages, **options))
    assert {"pst", "trm", "_stored.col", "_text_len.col", "_heading_len.col"} <= set(theirs)
    assert ours.keys() == theirs.keys()
    for name in theirs:
        assert ours[name] == theirs[name], name


def test_the_index_reads_back_the_same(tmp_path, passages):
    theirs = whoosh_index.open_dir(str(write(tmp_path / "whoosh", SegmentWriter, passages))).reader()
    ours = whoosh_index.open_dir(str(write(tmp_path / "ours", PassageWriter, passages))).reader()
    assert ours.doc_count_all() == theirs.doc_count_all() == len(passages)
    for name in ("film", "document", "kind", "heading", "text"):
        assert list(ours.lexicon(name)) == list(theirs.lexicon(name))
        for word in list(theirs.lexicon(name))[::7]:
            assert list(ours.postings(name, word).items_as("weight")) == list(theirs.postings(name, word).items_as("weight"))
    assert [ours.stored_fields(n) for n in range(len(passages))] == [theirs.stored_fields(n) for n in range(len(passages))]
    assert ours.field_length("text") == theirs.field_length("text")


def test_whooshs_own_errors_for_an_unknown_field_and_a_writer_still_usable_after_bad_input(tmp_path):
    from whoosh.fields import UnknownFieldError

    (tmp_path / "ix").mkdir()
    writer = PassageWriter(whoosh_index.create_in(str(tmp_path / "ix"), SCHEMA))
    with pytest.raises(UnknownFieldError):
        writer.add_document(id="a", nonsense="x")
    with pytest.raises(ValueError, match="is not text"):
        writer.add_document(id="b", film="f", text=["pre", "tokenized"])
    writer.add_document(id="c", film="f", text="a passage after two refused ones")
    writer.commit()
    reader = whoosh_index.open_dir(str(tmp_path / "ix")).reader()
    assert reader.doc_count_all() == 1 and reader.stored_fields(0)["id"] == "c"


@pytest.mark.parametrize("field", [
    TEXT(analyzer=ANALYZER, phrase=True),  # positions
    TEXT(phrase=False),  # another analyzer
    TEXT(analyzer=ANALYZER, phrase=False, sortable=True),  # a column
    TEXT(analyzer=ANALYZER, phrase=False, field_boost=2.0),
    ID(analyzer=IDTokenizer() | LowercaseFilter()),
    NUMERIC(),
], ids=["positions", "analyzer", "sortable", "boost", "lowercase id", "numeric"])
def test_a_field_it_does_not_index_like_whoosh_is_refused(field):
    with pytest.raises(TypeError, match="cannot index"):
        field_kind(field)


def test_the_schemas_fields_are_all_ones_it_indexes():
    assert {name: field_kind(SCHEMA[name]) for name in ("id", "film", "heading")} == {
        "id": "stored", "film": "whole", "heading": "terms"}


def test_field_lengths_read_from_the_whole_column_are_whooshs_own(tmp_path):
    """whoosh_ext.install replaces W3PerDocReader.doc_field_length (a column read per call) with one
    that reads a segment's length column once: it must give what Whoosh's own gives, for every field."""
    import random

    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield
    from whoosh.util.numeric import byte_to_length

    def whooshs_own(perdoc, docnum, fieldname, default=0):  # the original method, as in 2.7.5
        reader = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if reader is None:
            return default
        lbyte = reader[docnum]
        if lbyte:
            return byte_to_length(lbyte)

    whoosh_ext.install()
    assert W3PerDocReader.doc_field_length is whoosh_ext.doc_field_length
    schema = Schema(id=ID(stored=True), title=TEXT(), text=TEXT())
    ix = whoosh_index.create_in(str(tmp_path), schema)
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


def test_importing_filmbot_or_serving_changes_nothing_in_whoosh(corpus_copy, tmp_path):
    """Whoosh is changed by whoosh_ext.install() alone, which building calls; a serving process
    (modules imported, a generation opened and searched) leaves it as it is."""
    build_index(corpus_copy, tmp_path / "index", 1_000_000)
    code = ("import sys, bot.answer.engine, index.store, index.build_process, index.whoosh_ext as ext\n"
            "from index.search import IndexReader\n"
            "from whoosh.codec.whoosh3 import W3PerDocReader\n"
            "assert IndexReader(sys.argv[1]).generation().search('Janis', film='parallel-mothers')\n"
            "assert W3PerDocReader.doc_field_length is not ext.doc_field_length\n"
            "ext.install()\n"
            "assert W3PerDocReader.doc_field_length is ext.doc_field_length\n")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "index")], check=True, cwd=REPO)
