"""The search shortcuts give what the plain Whoosh calls give: term presence per film, near terms."""
import shutil

from whoosh.query import And, Or, Term
from whoosh.reading import IndexReader

from index.search import Generation, analyze
from index.store import build_index, current_generation

MAX_BYTES = 1_000_000


def two_films_in_several_segments(corpus, index):
    build_index(corpus, index, MAX_BYTES)
    volver = corpus / "volver"
    volver.mkdir()
    (volver / "film.toml").write_text('title = "Volver"\n', encoding="utf-8")
    (volver / "a.txt").write_text("Raimunda (Penélope Cruz) hides a body in a freezer in Madrid. Agustina is ill.\n",
                                  encoding="utf-8")
    shutil.copy(corpus / "parallel-mothers" / "004_10f13d9077ea0c95.txt", volver / "b.txt")
    (corpus / "parallel-mothers" / "002_8879e6965f294ea0.txt").unlink()
    build_index(corpus, index, MAX_BYTES, full=False)  # adds a segment, deletes documents
    return Generation(current_generation(index))


def test_film_has_term_agrees_with_a_query(corpus_copy, tmp_path):
    gen = two_films_in_several_segments(corpus_copy, tmp_path / "index")
    assert len(gen.index._segments()) > 1
    searcher = gen.searcher()
    words = set(analyze((corpus_copy / "parallel-mothers" / "003_02221a3c0229c242.txt").read_text()))
    words |= {"freezer", "raimunda", "volpi", "goya", "zacharek", "nosuchword", "venic"}
    for film in ("parallel-mothers", "volver", "no-such-film"):
        for term in sorted(words):
            query = And([Or([Term("text", term), Term("heading", term)]), Term("film", film)])
            assert gen.film_has_term(film, term) == (not searcher.search(query, limit=1).is_empty()), (film, term)
    assert gen.film_has_term("volver", "freezer") and not gen.film_has_term("parallel-mothers", "freezer")
    assert not gen.film_has_term("parallel-mothers", "zacharek")  # only in the deleted awards page
    gen.close()


def test_terms_within_agrees_with_whoosh(corpus_copy, tmp_path):
    gen = two_films_in_several_segments(corpus_copy, tmp_path / "index")
    reader = gen.searcher().reader()
    for word in ["janis", "jannis", "penelop", "almodovar", "almodóvar", "motehr", "mother", "hospital", "xyzzy",
                 "ana", "cruz", "madri", "volpi", "a", ""]:
        assert list(reader.terms_within("text", word, 1)) == list(IndexReader.terms_within(reader, "text", word, 1)), word
    gen.close()
