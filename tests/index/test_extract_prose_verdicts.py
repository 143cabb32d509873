"""A signed review with no rating: its verdict is its most judging sentences."""
from __future__ import annotations

from index.extract.prose_verdicts import is_furniture, prose_verdict

LEDGER = """THE EVENING LEDGER -- Thursday, August 5, 1954 -- Page 22

"Rear Window" Opens at the Rivoli
By HOWARD P. STALLWORTH

A MAN with a broken leg and a pair of binoculars is the whole premise. Mr. Hitchcock stretches it across two hours.

James Stewart plays the photographer, and does some of the best acting of his career.

If there is a fault, it is that we are all Peeping Toms here, and Mr.
Hitchcock makes sure we enjoy it. This is the most absorbing and expertly made
thriller this reviewer has seen in years, and it should not be missed.

                                  ###
"""


def test_the_most_judging_sentence_is_the_verdict():
    found = prose_verdict(LEDGER, "Howard P. Stallworth")
    assert found.fields["critic"] == "Howard P. Stallworth"
    assert found.fields["quote"].startswith("This is the most absorbing and expertly made thriller")
    assert LEDGER[found.offset:].startswith("This is the most absorbing")


def test_a_page_that_judges_nothing_has_no_verdict():
    text = "By Ann Vale\n\nThe film follows a photographer. He watches his neighbours. A woman disappears.\n"
    assert prose_verdict(text, "Ann Vale") is None


def test_furniture_is_never_a_verdict():
    text = ("By Ann Vale\n\nA quiet drama.\n\n© 2005 Claymation Corner · Powered by WordPress, the best blog software\n\n"
            "Posted by Ann Vale at 9:14 PM · 12 comments · the best comments\n")
    assert prose_verdict(text, "Ann Vale") is None
    assert is_furniture("To stop receiving World Screen Digest, reply with UNSUBSCRIBE")
    assert not is_furniture("A masterpiece, and the best film of the year.")


def test_a_signed_review_without_a_rating_is_a_verdict(facts_of):
    from tests.index.conftest import make_document
    document = make_document(LEDGER).model_copy(update={"author": "Howard P. Stallworth", "source": "The Evening Ledger"})
    (verdict,) = facts_of(document, "verdict")
    assert (verdict.critic, verdict.outlet, verdict.rating) == ("Howard P. Stallworth", "The Evening Ledger", None)
    assert "should not be missed" in verdict.quote


def test_a_labelled_verdict_wins_and_an_awards_name_is_no_praise():
    text = ("REVIEWED BY: Lorna Feathers\nRATING: *****\n\nThe film won Best Foreign Language Film and Best Director "
            "at the Golden Globes last Sunday.\n\nVERDICT: A masterpiece. Run, do not walk.\n")
    assert prose_verdict(text, "Lorna Feathers").fields["quote"] == "VERDICT: A masterpiece."


def test_a_rated_review_is_quoted_in_its_own_words(facts_of):
    from tests.index.conftest import make_document
    text = ("Posted by Imogen Pryce-Hollis on 16 October 2005\n\nMy rating: 9/10\n\nThe jokes come at three levels.\n\n"
            "It barely matters. This is the best animated film of the year, and the most British film in years.\n")
    document = make_document(text).model_copy(update={"author": "Imogen Pryce-Hollis", "source": "Clay Corner"})
    (verdict,) = facts_of(document, "verdict")
    assert (verdict.critic, verdict.outlet, verdict.rating) == ("Imogen Pryce-Hollis", "Clay Corner", 4.5)
    assert verdict.quote.startswith("This is the best animated film of the year")


def test_one_paragraphs_sentences_keep_their_order():
    text = ("By Sunita Bell\n\nThe bathhouse is a marvel of design.\n\n"
            "This is not only the best animated film of the year. It is one of the best films of the year, full stop.\n")
    assert prose_verdict(text, "Sunita Bell").fields["quote"] == (
        "This is not only the best animated film of the year. It is one of the best films of the year, full stop.")
