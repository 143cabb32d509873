"""`fold`: the one folding the extractors' keys and the answer engine's name matching share."""
from hypothesis import given
from hypothesis import strategies as st

from index.folding import fold


def test_folds_case_accents_curly_quotes_dashes_and_white_space():
    assert fold("  Penélope\u00a0 CRUZ ") == "penelope cruz"
    assert fold("Ana’s ‘Mother’") == "ana's 'mother'"
    assert fold("Best Actor – Drama — 2021") == "best actor - drama - 2021"
    assert fold("Straße ﬁlm") == "strasse film"  # casefold and compatibility forms


@given(st.text())
def test_ascii_text_folds_as_the_long_way_does(text):
    """The shortcut for ASCII text (no decomposition) changes nothing: NFKD leaves ASCII as it is."""
    ascii_text = text.encode("ascii", "ignore").decode()
    assert fold(ascii_text) == " ".join(ascii_text.split()).casefold()


@given(st.text())
def test_folding_twice_changes_nothing(text):
    assert fold(fold(text)) == fold(text)


def test_the_extractors_and_the_answers_use_this_fold():
    from bot.answer import text
    from index.extract import patterns

    assert text.fold is patterns.fold is fold
