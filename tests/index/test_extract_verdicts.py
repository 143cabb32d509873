"""Critics' verdicts: ratings and signed quotes."""
from __future__ import annotations


def verdicts(facts) -> set[tuple]:
    return {(f.critic, f.outlet, f.rating, f.rating_text, f.quote) for f in facts}


def test_star_rating_of_a_review(seeds, facts_of):
    # "my initial 4-star score" is a rating mentioned in passing, not the verdict.
    assert verdicts(facts_of(seeds["000"], "verdict")) == {
        (None, None, 3.5, "★★★1/2 of ★★★★★", None),
    }


def test_bare_rating_belongs_to_the_documents_author(seeds, facts_of):
    document = seeds["000"].model_copy(update={"author": "Jared Huizenga", "source": "Some Site"})
    [verdict] = facts_of(document, "verdict")
    assert (verdict.critic, verdict.outlet, verdict.rating) == ("Jared Huizenga", "Some Site", 3.5)


def test_signed_quotes(seeds, facts_of):
    found = {(f.critic, f.outlet): f.quote for f in facts_of(seeds["002"], "verdict")}
    assert set(found) == {
        ("David Rooney", "The Hollywood Reporter"), ("Stephanie Zacharek", "Time"),
        ("Owen Gleiberman", "Variety"), ("Anna Hornaday", "The Washington Post"),
        ("Clayton Davis", "Variety"),
    }
    assert found[("Stephanie Zacharek", "Time")] == (
        "Penélope Cruz is astonishing, in what may be the best performance of her career so far."
    )
    assert found[("David Rooney", "The Hollywood Reporter")].startswith("It’s a testament to the consummate gifts")
    assert found[("Owen Gleiberman", "Variety")].endswith("leaves you breathless.")


def test_no_verdicts_where_none_is_given(seeds, facts_of):
    # 003 quotes dialogue ("Janis: “…”") and a director's remark; 002 ends with the
    # director's statement signed "– Pedro Almodóvar, Director": none is a critic's verdict.
    for number in ("001", "003", "004"):
        assert facts_of(seeds[number], "verdict") == []


def test_other_rating_forms(facts_of):
    cases = {
        "★★★☆☆": 3.0, "★★★½ out of 5": 3.5, "★★★ out of ★★★★": 3.75,
        "Rating: 8/10": 4.0, "We give it 4 out of 5 stars.": 4.0, "3 stars out of 4": 3.75,
    }
    for text, rating in cases.items():
        [verdict] = facts_of(text, "verdict")
        assert verdict.rating == rating, text
    [unscaled] = facts_of("★★★1/2", "verdict")  # out of four or of five? keep the text only
    assert (unscaled.rating, unscaled.rating_text) == (None, "★★★1/2")


def test_other_signatures(facts_of):
    text = (
        "“A triumph of restraint and feeling.” — Peter Bradshaw, The Guardian\n\n"
        "\"An astonishing piece of work.\" – NPR\n\n"
        "“Quietly devastating from start to finish.”\n– Manohla Dargis\n\n"
        "Janis: “The truth is always waiting, even if it takes generations.”\n"
        "“I wanted to make a film about mothers,” – Jane Roe, Director\n"
    )
    assert verdicts(facts_of(text, "verdict")) == {
        ("Peter Bradshaw", "The Guardian", None, None, "A triumph of restraint and feeling."),
        (None, "NPR", None, None, "An astonishing piece of work."),
        ("Manohla Dargis", None, None, None, "Quietly devastating from start to finish."),
    }


def test_same_quote_twice_is_one_verdict(facts_of):
    quote = "“A triumph of restraint and feeling.” — Peter Bradshaw, The Guardian\n\n"
    assert len(facts_of(quote * 2, "verdict")) == 1
