"""Typos in a question's cue words, and contractions typed without their apostrophe."""
import pytest

from bot.answer.intent import read_question
from bot.answer.typos import correct_question

CORPUS = {"direct", "quint", "janis", "music", "review", "cinema"}  # index terms the corpus holds


@pytest.mark.parametrize("typed, intent, detail", [
    ("whos the directer", "crew", "director"),
    ("who composd the music", "crew", "composer"),
    ("what did the crtics say", "critics", None),
    ("who playd ana", "cast", None),
    ("whats it about", "plot", "overview"),
    ("who did the musik", "crew", "composer"),
    ("whats the runing time", "facts", "runtime"),  # a cue of two words, "running time"
])
def test_a_typo_in_a_cue_word_is_read_as_the_cue(typed, intent, detail):
    reading = read_question(correct_question(typed, CORPUS.__contains__))
    assert (reading.intent, reading.detail) == (intent, detail)


@pytest.mark.parametrize("typed", ["who is quint", "its good", "what did the shark eat", "tell me about janis", "who liked it least",
                                   "who played young toto in cinema paradiso"])
def test_words_that_are_no_typo_stay(typed):
    assert correct_question(typed, CORPUS.__contains__) == typed


def test_a_word_the_corpus_holds_is_not_corrected_into_a_cue():
    # "stared" is one edit from the cue "starred"; a corpus that uses "stared" means it
    assert correct_question("who stared at him", {"stare"}.__contains__) == "who stared at him"
    assert correct_question("who stared in it", set().__contains__) == "who starred in it"


def test_a_word_the_film_uses_as_written_is_no_typo():
    # "photographer" and the cue "photographed" are one edit apart and one index term
    assert correct_question("who plays the photographer", {"photograph"}.__contains__) == "who plays the photographed"
    assert correct_question("who plays the photographer", {"photograph"}.__contains__,
                            said={"photographer"}.__contains__) == "who plays the photographer"


def test_contractions_get_their_apostrophe_back():
    assert correct_question("whos in it and why isnt it longer", CORPUS.__contains__) == "who's in it and why isn't it longer"


def test_the_words_that_named_the_film_are_kept():
    assert correct_question("who composd the music of the directer", set().__contains__, keep="the directer") == \
        "who composed the music of the directer"


def test_everyday_words_have_the_documents_word():
    from bot.answer.typos import formal_term
    from index.search import analyze
    assert formal_term(analyze("mum")[0]) == analyze("mother")[0]
    assert formal_term(analyze("grandma")[0]) == analyze("grandmother")[0]
    assert formal_term(analyze("kids")[0]) == analyze("child")[0]
    assert formal_term(analyze("shark")[0]) is None


def test_a_word_longer_than_any_cue_is_not_edited():
    from bot.answer.typos import cue_neighbour
    assert cue_neighbour("directr") == "director"
    assert cue_neighbour("Ⅻ" * 1500) is None  # pasted junk: no edit makes it a cue, and trying took seconds
