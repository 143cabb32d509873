"""Loading a corpus: every kind of bad file is reported with its reason, and the rest load."""
import os
from pathlib import Path

from index.corpus import load_corpus
from index.store import build_index

LIMIT = 10_000


def write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)


def bad_corpus(root: Path, outside: Path) -> None:
    write(root / "good/film.toml", 'title = "Good Film"\naliases = ["Buena"]\nyear = 2001\n')
    write(root / "good/review.md", "---\nkind: review\nauthor: Ann Critic\n---\n# Good Film\n\nA **fine** film.\n")
    write(root / "good/page.html", "<html><head><style>p{}</style><script>x()</script></head><body><h1>Cast</h1>"
                                    "<ul><li>Ann Actor as Maria</li></ul><p>Directed by Dee Rector.</p></body></html>")
    write(root / "good/latin1.txt", "Almodóvar".encode("latin-1"))
    write(root / "good/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(root / "good/empty.txt", b"")
    write(root / "good/notyaml.md", "---\nkind: [review\n---\nText.\n")
    write(root / "good/list.md", "---\n- a\n- b\n---\nText.\n")
    write(root / "good/huge.txt", "word " * 3000)
    write(root / "good/photo.jpg", b"\xff\xd8\xff")
    write(outside / "secret.txt", "password: hunter2\n")
    os.symlink(outside / "secret.txt", root / "good/link.txt")
    write(root / "no-toml/notes.txt", "A film without a film.toml.\n")
    write(root / "broken-toml/film.toml", "title = \n")
    write(root / "broken-toml/notes.txt", "Notes.\n")
    write(root / "wrong-type-toml/film.toml", "title = 42\n")


def test_each_bad_file_is_reported_and_the_rest_load(tmp_path):
    root = tmp_path / "corpus"
    bad_corpus(root, tmp_path / "outside")
    corpus = load_corpus(root, LIMIT)
    reasons = {p.path: p.reason for p in corpus.problems}
    assert "not UTF-8" in reasons["good/latin1.txt"]
    assert "binary" in reasons["good/binary.txt"]
    assert "empty" in reasons["good/empty.txt"]
    assert "not valid YAML" in reasons["good/notyaml.md"]
    assert "not a mapping" in reasons["good/list.md"]
    assert "over the 10,000-byte limit" in reasons["good/huge.txt"]
    assert "unsupported file type" in reasons["good/photo.jpg"]
    assert "outside the corpus" in reasons["good/link.txt"]
    assert "missing" in reasons["no-toml/film.toml"]
    assert "invalid" in reasons["broken-toml/film.toml"]
    assert "invalid" in reasons["wrong-type-toml/film.toml"]
    assert len(corpus.problems) == 11

    loaded = {d.id: d for d in corpus.documents}
    assert set(loaded) == {"good/review.md", "good/page.html", "no-toml/notes.txt", "broken-toml/notes.txt"}
    review = loaded["good/review.md"]
    assert (review.kind, review.author) == ("review", "Ann Critic") and "**" not in review.text
    page = loaded["good/page.html"]
    assert "x()" not in page.text and "Ann Actor as Maria" in page.text
    titles = {f.slug: f.title for f in corpus.films}
    assert titles["good"] == "Good Film" and titles["no-toml"] == "No Toml"  # fallback from the folder name


def test_a_build_over_a_bad_corpus_indexes_the_rest_and_reports_every_problem(tmp_path):
    root = tmp_path / "corpus"
    bad_corpus(root, tmp_path / "outside")
    report = build_index(root, tmp_path / "index", LIMIT)
    assert report.documents == 4 and len(report.problems) == 11
    assert report.facts.get("cast") == 1 and report.facts.get("crew") == 1


def test_a_missing_corpus_folder_is_a_problem_not_a_crash(tmp_path):
    corpus = load_corpus(tmp_path / "nowhere", LIMIT)
    assert corpus.documents == [] and "does not exist" in corpus.problems[0].reason


def test_a_document_of_only_invisible_characters_has_no_text(tmp_path):
    root = tmp_path / "corpus"
    write(root / "f/film.toml", 'title = "F"\n')
    write(root / "f/blank.txt", "\u200b\u200d\ufeff \n\u2060")
    corpus = load_corpus(root, LIMIT)
    assert [(p.path, p.reason) for p in corpus.problems] == [("f/blank.txt", "has no text")]
