"""Uploads (index/uploads.py): a document saved under a name FilmBot makes, in the film's folder;
a new film gets a folder and a film.toml. (tests/reliability/test_corpus_faults.py tries hostile
names and titles end to end.)"""
import tomllib

import pytest

from index.documents import DocumentError
from index.models import Film
from index.uploads import save_upload, slugify

LIMIT = 10_000


def test_a_document_is_saved_under_a_made_name_in_its_films_folder(tmp_path):
    film = Film(slug="parallel-mothers", title="Parallel Mothers")
    (tmp_path / "parallel-mothers").mkdir()
    doc_id = save_upload(tmp_path, film, film.title, "../../My Review.md", b"# Review\n\nA fine film.\n", None, LIMIT)
    assert doc_id.startswith("parallel-mothers/") and doc_id.endswith("-my-review-" + doc_id[-11:-3] + ".md")
    assert (tmp_path / doc_id).read_bytes() == b"# Review\n\nA fine film.\n"


def test_a_kind_becomes_front_matter(tmp_path):
    doc_id = save_upload(tmp_path, None, "Volver", "notes.txt", b"Raimunda returns.\n", "review", LIMIT)
    assert doc_id.startswith("volver/")
    assert (tmp_path / doc_id).read_text().startswith("---\nkind: review\n---\n")
    assert tomllib.loads((tmp_path / "volver" / "film.toml").read_text()) == {"title": "Volver"}


@pytest.mark.parametrize("name, data, kind, reason", [
    ("poster.pdf", b"%PDF", None, "not a .txt, .md or .html file"),
    ("big.txt", b"x" * (LIMIT + 1), None, "over the 10,000-byte limit"),
    ("empty.txt", b"  \n", None, "is empty"),
    ("only-front-matter.md", b"---\nkind: review\n---\n", None, "no text after its front matter"),
    ("notes.txt", b"Text.\n", "Not A Kind!", "is not a document kind"),
])
def test_what_is_refused_and_why(tmp_path, name, data, kind, reason):
    with pytest.raises(DocumentError, match=reason):
        save_upload(tmp_path, None, "Volver", name, data, kind, LIMIT)
    assert not any(tmp_path.rglob("*.txt"))


def test_slugs_are_ascii_words():
    assert slugify("Amélie: Le Fabuleux Destin!") == "amelie-le-fabuleux-destin"
    assert slugify("…") == ""
