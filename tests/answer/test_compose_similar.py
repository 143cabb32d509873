"""Similar films: the documents' recommendations, the director's films as listed, and corpus films
sharing the director, cast or genre, each group labelled and never mixed."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.compose import Context
from bot.answer.compose.similar import answer_similar, list_group, list_items, similar_films
from bot.answer.engine import AnswerEngine
from bot.answer.evidence import QuestionTerms
from bot.answer.intent import Reading
from tests.conftest import make_settings

FIXTURE_CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "similar" / "corpus"


@pytest.fixture(scope="module")
def similar_engine(tmp_path_factory) -> AnswerEngine:
    engine = AnswerEngine(make_settings(FIXTURE_CORPUS, tmp_path_factory.mktemp("similar-index")))
    engine.reindex()
    return engine


def compose(engine: AnswerEngine, title: str):
    gen = engine.generation()
    film = next(f for f in gen.films if f.title == title)
    return answer_similar(Context(film, gen, "films like it", Reading("similar"), QuestionTerms({}, [])))


def suggestions(engine: AnswerEngine, title: str):
    gen = engine.generation()
    return similar_films(gen, next(f for f in gen.films if f.title == title))


# --- the bundled corpus ------------------------------------------------------------------------------


def test_seed_recommendations_labelled_and_apart_from_the_directors_films(seed_engine):
    draft = compose(seed_engine, "Parallel Mothers")
    text = draft.answer
    recommended = text.index("Recommended in the summary 003_02221a3c0229c242.txt (“Recommended Films for Fans”): Roma (2018)")
    directors = text.index("Pedro Almodóvar's other films, as listed in the summary 003_02221a3c0229c242.txt (“Director’s Other Movies”): "
                           "All About My Mother (1999)")
    assert recommended < directors
    assert "Amour (2012)" in text[recommended:directors] and "Volver" not in text[recommended:directors]
    assert "Roma" not in text[directors:]
    assert draft.found and len(draft.items) == 10
    assert "Volver (2006): Pedro Almodóvar's film, listed in" in "\n".join(draft.items)
    assert {c.passage for c in draft.cited} == {"parallel-mothers/003_02221a3c0229c242.txt#26", "parallel-mothers/003_02221a3c0229c242.txt#27"}


def test_seed_through_the_engine_cites_the_document(seed_engine):
    from bot.answer.engine import AnswerEngine as Engine  # the engine turns a draft into the Answer model

    gen = seed_engine.generation()
    film = gen.films[0]
    ctx = Context(film, gen, "films like it", Reading("similar"), QuestionTerms({}, []))
    answer = Engine._finish(seed_engine, ctx, answer_similar(ctx))
    assert answer.found and answer.film == "Parallel Mothers"
    assert [s.document for s in answer.sources] == ["parallel-mothers/003_02221a3c0229c242.txt"]
    assert len(answer.answer) < 1000


# --- a corpus of four films ---------------------------------------------------------------------------


def test_every_group_with_its_label(similar_engine):
    text = compose(similar_engine, "Harvest Moon").answer
    assert ("Recommended in Nordic Film Guide (“If you liked Harvest Moon”): Winter Bridge (2015) (in the corpus), "
            "The Salt Road (2012).") in text
    assert "Listed under “See also” in Nordic Film Guide: Kitchen Stories (2003)." in text
    assert ("Lena Ort's other films, as listed in Nordic Film Guide (“Lena Ort filmography”): First Light (2009), "
            "Winter Bridge (2015) (in the corpus).") in text
    assert ("In this corpus, ask about them: Winter Bridge (2015), directed by Lena Ort too; also with Tom Reyes; "
            "also a drama. Glass City (2020), also with Mia Sol. Far Field (2016), also a drama.") in text


def test_the_film_itself_and_see_also_articles_are_left_out(similar_engine):
    titles = [s.title for s in suggestions(similar_engine, "Harvest Moon")]
    assert "Harvest Moon (2018)" not in titles
    assert not any("List of" in t or "Nordic noir" in t for t in titles)


def test_corpus_films_are_marked_and_linked(similar_engine):
    found = suggestions(similar_engine, "Harvest Moon")
    marked = {s.title: s.corpus_film.slug for s in found if s.corpus_film is not None and s.group != "corpus"}
    assert marked == {"Winter Bridge (2015)": "winter-bridge"}
    assert [s.group for s in found] == ["recommended"] * 3 + ["director"] * 2 + ["corpus"] * 3


def test_strongest_shared_reason_first(similar_engine):
    found = [s for s in suggestions(similar_engine, "Winter Bridge") if s.group == "corpus"]
    assert [(s.title, s.reason) for s in found] == [
        ("Harvest Moon (2018)", "directed by Lena Ort too; also with Tom Reyes; also a drama"),
        ("Far Field (2016)", "also a drama"),
    ]


def test_corpus_matches_cite_this_films_credits(similar_engine):
    draft = compose(similar_engine, "Glass City")
    assert draft.answer == "In this corpus, ask about them: Harvest Moon (2018), also with Mia Sol."
    assert draft.cited and all(c.passage.startswith("glass-city/") for c in draft.cited)


def test_nothing_similar_is_not_found(tmp_path):
    corpus = tmp_path / "corpus" / "lone"
    corpus.mkdir(parents=True)
    (corpus / "film.toml").write_text('title = "Lone Film"\n', encoding="utf-8")
    (corpus / "notes.md").write_text("# Lone Film\n\nA film about a lighthouse keeper and his long winter.\n", encoding="utf-8")
    engine = AnswerEngine(make_settings(tmp_path / "corpus", tmp_path / "index"))
    engine.reindex()
    draft = compose(engine, "Lone Film")
    assert not draft.found and "no document about Lone Film recommends other films" in draft.answer


# --- headings and list lines ----------------------------------------------------------------------------


@pytest.mark.parametrize("heading,expected", [
    ("Recommended Films for Fans", "recommended"),
    ("If you liked Harvest Moon", "recommended"),
    ("You might also like", "recommended"),
    ("More like this", "recommended"),
    ("See also", "recommended"),
    ("Director’s Other Movies", "director"),
    ("Other films by Lena Ort", "director"),
    ("Filmography", "director"),
    ("More from Almodóvar", "director"),  # names the director
    ("Cast", None),
    ("Awards and Nominations", None),
    ("", None),
])
def test_list_headings(heading, expected):
    assert list_group(heading, ["Pedro Almodóvar"]) == expected


def test_list_items():
    text = ("- Roma (2018)\n- Julieta (2016) — Almodóvar's own\n1. Amour (2012): Haneke\n* list of films\n"
            "A sentence, not an item.\n- Not a title.\n- Kill Bill: Vol. 1 (2003)\n- Spider-Man 2\n- Heat – Mann's best")
    assert list_items(text) == ["Roma (2018)", "Julieta (2016)", "Amour (2012)", "Kill Bill: Vol. 1 (2003)", "Spider-Man 2", "Heat"]
