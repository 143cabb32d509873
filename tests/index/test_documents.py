"""Reading documents and film.toml files: every kind of bad file is reported with its reason,
and the rest load (through load_corpus, which reads each file of the corpus)."""
from index.scan import load_corpus
from index_support import bad_corpus, write

LIMIT = 10_000


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


def test_a_document_of_only_invisible_characters_has_no_text(tmp_path):
    root = tmp_path / "corpus"
    write(root / "f/film.toml", 'title = "F"\n')
    write(root / "f/blank.txt", "\u200b\u200d\ufeff \n\u2060")
    corpus = load_corpus(root, LIMIT)
    assert [(p.path, p.reason) for p in corpus.problems] == [("f/blank.txt", "has no text")]


def test_front_matter_yaml_toml_and_other_key_names(tmp_path):
    """TOML front matter (`+++`) too; `outlet`/`publication` are the source, `critic`/`reviewer` the
    author, and a key's own name wins over another name for it. An HTML page's labels come next,
    and what the text suggests last."""
    root = tmp_path / "corpus"
    write(root / "f/film.toml", 'title = "F"\n')
    write(root / "f/toml.md", '+++\nauthor = "Gideon Marsh"\npublication = "Nightshade Quarterly"\n+++\n\nI was bored.\n')
    write(root / "f/yaml.md", "---\noutlet: Film Ledger\nsource: The Real Source\nreviewer: Ann Critic\n---\n\nText.\n")
    write(root / "f/page.html", '---\nauthor: Front Matter\n---\n<title>x | Marquee Weekly</title>'
                                '<meta name="author" content="Odessa Brandt"><p>By Jane Doe</p>')
    write(root / "f/bad.md", "+++\nauthor = \n+++\nText.\n")
    corpus = load_corpus(root, LIMIT)
    loaded = {d.id: (d.author, d.source) for d in corpus.documents}
    assert loaded["f/toml.md"] == ("Gideon Marsh", "Nightshade Quarterly")
    assert loaded["f/yaml.md"] == ("Ann Critic", "The Real Source")
    assert loaded["f/page.html"] == ("Front Matter", "Marquee Weekly")
    assert [(p.path, "not valid TOML" in p.reason) for p in corpus.problems] == [("f/bad.md", True)]


def test_front_matter_fact_keys_become_label_lines(tmp_path):
    """runtime/country/language/genre/release_date in front matter are facts: appended to the text
    as label lines, so a fact has a passage to quote. Other unknown keys stay out."""
    root = tmp_path / "corpus"
    write(root / "f/film.toml", 'title = "F"\n')
    write(root / "f/press.md", "---\nkind: press\ntitle: F press kit\nruntime: 1 h 56 min\ncountry: United States\n"
                               "language: [English, French]\nrelease_date: 2016-11-11\ncertificate: 12A\n---\n\nText.\n")
    write(root / "f/plain.md", "---\nkind: review\n---\n\nText.\n")
    texts = {d.id: d.text for d in load_corpus(root, LIMIT).documents}
    assert texts["f/press.md"].endswith(
        "Text.\n\nRuntime: 1 h 56 min\nCountry: United States\nLanguage: English and French\nRelease date: 2016-11-11\n")
    assert texts["f/plain.md"].strip() == "Text."


def test_a_saved_email_gives_its_subject_body_and_sender(tmp_path):
    from index.documents import parse_document
    raw = (b"From: The Projector Room <news@example.org>\nTo: you@example.org\nSubject: Film of the month\n"
           b"Date: Thu, 07 Nov 2019 08:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
           b"Reviewed by Colm Ashdown\nRating: 4/5\n")
    path = tmp_path / "f" / "news.eml"
    document = parse_document(raw, path, tmp_path, "f")
    assert document.text.startswith("Film of the month\n\nReviewed by Colm Ashdown")
    assert (document.source, document.published) == ("The Projector Room", "Thu, 07 Nov 2019 08:00:00 +0000")
