"""The one-pass analyzer gives exactly the terms of the Whoosh filter chain it replaces."""
import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import ANALYZER, CHAIN, FoldingStemAnalyzer, index_terms
from index.search import analyze

REPO = Path(__file__).resolve().parents[2]
TRICKY = "aéÉßæŒİıﬁǅ.x1_–\u0301\u200b'’Ⅻ²*ÅØœ ñ\t\n"


def terms(analyzer, text: str, removestops: bool = True) -> list[tuple[str, bool]]:
    return [(t.text, t.stopped) for t in analyzer(text, removestops=removestops)]


def test_same_terms_as_the_chain_on_every_bundled_and_fixture_document():
    files = [p for p in [*REPO.joinpath("corpus").rglob("*"), *REPO.joinpath("tests", "fixtures").rglob("*")]
             if p.is_file() and p.suffix in {".txt", ".md", ".html"}]
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for removestops in (True, False):
            assert terms(ANALYZER, text, removestops) == terms(CHAIN, text, removestops), path
        assert index_terms(text) == [t.text for t in CHAIN(text)], path


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=80), st.booleans())
def test_same_terms_as_the_chain_on_any_text(text, removestops):
    assert terms(ANALYZER, text, removestops) == terms(CHAIN, text, removestops)
    assert index_terms(text) == [t.text for t in CHAIN(text)]


def test_stems_folds_accents_and_drops_stop_words_and_asterisks():
    assert analyze("The **Cast** of *Parallel Mothers*: Hervé directing") == ["cast", "parallel", "mother", "herv", "direct"]


def test_positions_and_offsets_come_from_the_chain():
    text = "Janis photographs Arturo"
    fast = [(t.text, t.pos, t.startchar) for t in ANALYZER(text, positions=True, chars=True)]
    assert fast == [(t.text, t.pos, t.startchar) for t in CHAIN(text, positions=True, chars=True)]
    assert fast[1][1:] == (1, 6)


def test_pickles_without_its_cache():
    list(ANALYZER("a word or two to fill the cache"))
    data = pickle.dumps(ANALYZER)
    assert len(data) < 200
    assert pickle.loads(data) == FoldingStemAnalyzer()
