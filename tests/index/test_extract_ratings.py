"""A printed rating read on its scale and normalised to /5 (index/extract/ratings.py)."""
from __future__ import annotations

import pytest

from index.extract.ratings import normalise_rating


@pytest.mark.parametrize("printed, rating", [
    ("★★★½", 3.5),  # no scale printed: out of five (the README's rule)
    ("★★★★ (4 out of 4)", 5.0),
    ("★★★★★ (five stars)", 5.0),
    ("★★★☆☆", 3.0),
    ("3.5 stars", 3.5),  # stars without a scale: out of five
    ("three and a half stars out of four", 4.38),
    ("two out of four", 2.5),
    ("3 out of 4", 3.75),
    ("3.5/4", 4.38),
    ("8/10", 4.0),
    ("10/10", 5.0),
    ("85/100", 4.25),
    ("four stars out of five", 4.0),
    ("4 stars (★★★★)", 4.0),
    ("Rating: five stars out of five (5/5)", 5.0),
])
def test_normalise_rating(printed, rating):
    read = normalise_rating(printed)
    assert read is not None and read[0] == rating, printed


@pytest.mark.parametrize("grade, rating", [
    ("A+", 5.0), ("A", 4.58), ("A-", 4.17), ("B+", 3.75), ("B", 3.33), ("C+", 2.5), ("C", 2.08), ("D", 0.83),
    ("F", 0.0), ("Grade: B-", 2.92),
])
def test_letter_grades_map_linearly_from_a_plus_to_f(grade, rating):
    assert normalise_rating(grade, bare_grade=True)[0] == rating
    assert normalise_rating("A") is None or grade != "A"  # a bare letter is a grade only where a column says so


def test_no_rating_in_ordinary_text():
    for text in ("The 1972 film", "Part II", "a B movie", "It runs 175 minutes"):
        assert normalise_rating(text) is None, text


def test_ratings_in_words_and_other_scales(facts_of):
    cases = {
        "I give it three and a half stars.": 3.5,  # stars without a scale: out of five
        "Verdict: two out of four stars": 2.5,
        "We'd rate it 7 out of 10.": 3.5,
        "Three stars": 3.0,
        "Rating: 8/10": 4.0,
        "4/5": 4.0,
        "3.5/5": 3.5,
        "★★★★☆": 4.0,
        "Grade: B+": 3.75,  # A+ = 5 ... F = 0 in twelve steps
        "The film gets a B-.": 2.92,
        "Our grade: A+": 5.0,
        "Grade: F": 0.0,
    }
    for text, rating in cases.items():
        [verdict] = facts_of(text, "verdict")
        assert verdict.rating == rating, text


# --- one place for every scale: stars, x/5, out of 4/10/100, letter grades, words --------------

from index.extract.ratings import grade_value, header_scale, rating_named  # noqa: E402


@pytest.mark.parametrize("printed, bare_grade, scale, expected", [
    ("★★★½ (out of four)", False, None, (4.38, "★★★½ (out of four)")),  # the scale in words after the stars
    ("★★★ of 4", False, None, (3.75, "★★★ of 4")),
    ("One and a half stars out of four.", False, None, (1.88, "One and a half stars out of four")),
    ("94", True, 100, (4.7, "94/100")),  # a bare number takes the scale its column's header gives
    ("7.5", False, 10, (3.75, "7.5/10")),
    ("120", False, 100, None),  # over the scale: no rating
    ("B plus", True, None, (3.75, "B plus")),
    ("Grade: B-minus", True, None, (2.92, "Grade: B-minus")),
    ("A−", True, None, (4.17, "A−")),  # a typographic minus
])
def test_normalise_rating_scales(printed, bare_grade, scale, expected):
    assert normalise_rating(printed, bare_grade=bare_grade, scale=scale) == expected


@pytest.mark.parametrize("grade, rating", [("A+", 5.0), ("b plus", 3.75), ("B-minus", 2.92), ("a minus", 4.17), ("F", 0.0)])
def test_grades_in_words(grade, rating):
    assert grade_value(grade) == rating


@pytest.mark.parametrize("header, scale", [
    ("Score (out of 100)", 100), ("Rating /10", 10), ("Stars (of 5)", 5), ("Score out of ten", 10),
    ("Score as printed", None), ("Rating", None), ("Score (out of 7)", None),
])
def test_header_scale(header, scale):
    assert header_scale(header) == scale


@pytest.mark.parametrize("question, expected", [
    ("who gave it a B", (3.33, "B")),
    ("who gave amélie an a-", (4.17, "A-")),
    ("which critic gave jaws an A+?", (5.0, "A+")),
    ("who gave it a b minus", (2.92, "B-")),
    ("who gave it a b+ for the gazette", (3.75, "B+")),
    ("which critic gave it 4 stars", (4.0, "4 stars")),
    ("which critic gave ts2 8/10", (4.0, "8/10")),
    ("who gave it 4.5 out of 5", (4.5, "4.5 out of 5")),
    ("who gave it three and a half stars out of four", (4.38, "three and a half stars out of four")),
    ("is it a b movie", None),  # a B movie is no grade
    ("what grade did the gazette give it", None),
    ("who gave it ★★★★", (4.0, "★★★★")),  # no scale: out of five
])
def test_rating_named_in_a_question(question, expected):
    assert rating_named(question) == expected


@pytest.mark.parametrize("cell, expected", [
    # a rating column's cell: bare numbers take the smallest usual scale they fit, words stay words
    ("3½", (3.5, "3½")),
    ("4", (4.0, "4")),
    ("7.5", (3.75, "7.5")),
    ("92", (4.6, "92")),
    ("Rotten", (None, "Rotten")),
    ("Fresh", (None, "Fresh")),
    ("Two thumbs up", (None, "Two thumbs up")),
    ("4 out of 5 stars", (4.0, "4 out of 5 stars")),
    ("n/a", None),
])
def test_rating_cells(cell, expected):
    assert normalise_rating(cell, bare_grade=True, cell=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("★★★½", [(3.5, "★★★½")]),  # no scale anywhere: out of five
    ("Ratings are out of four stars.\n\n★★★½", [(4.38, "★★★½")]),  # the page states its scale
    ("Our panel's short takes, with scores out of ten.\n\n★★★★★★★", [(3.5, "★★★★★★★")]),
    ("★★★½ (out of four)", [(4.38, "★★★½ (out of four)")]),
    ("★ Full reviews available in the press area.", []),  # a bullet, not one star
    ("Rating: ★ Dreadful.", [(1.0, "★")]),
    ("It is long.\n\nRating: ***½ (out of four)\n", [(4.38, "***½ (out of four)")]),  # asterisks after a label
    ("Our rating: **\n", [(2.0, "**")]),
])
def test_stars_take_the_pages_scale(text, expected):
    from index.extract.ratings import printed_ratings
    assert [(r.fields["rating"], r.fields["rating_text"]) for r in printed_ratings(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Delphine Okoro (The Northern Clarion): 8/10 — A cake of a movie.", [(4.0, "8/10")]),
    ("Jane Doe, The Evening Ledger | 4/5 | Sharp and funny.", [(4.0, "4/5")]),
    ("Released: 12/10/2017", []),  # a date, not a rating
])
def test_ratings_between_separators(text, expected):
    from index.extract.ratings import separated_ratings
    assert [(r.fields["rating"], r.fields["rating_text"]) for r in separated_ratings(text, [])] == expected


@pytest.mark.parametrize("line, expected", [
    ("Oscar Brennan — 3 out of 4", [(3.75, "3 out of 4")]),
    ("Marguerite Lindqvist — ★★★★ (four stars)", [(4.0, "★★★★ (four stars)")]),
    ("Tomasz Wolak — Grade: B+", [(3.75, "Grade: B+")]),
    ("Clive Mortensen, The Reel Estate: Grade A-", [(4.17, "Grade A-")]),
    ('Sol Varga, The Weekly Reel: B+. "Pixar at its best"', [(3.75, "B+")]),
    ("Fresh · Original score: 3.5/4", [(4.38, "3.5/4")]),
    ("Priya Okonkwo, Kernel Magazine — ★★★½ (out of four)", [(4.38, "★★★½ (out of four)")]),
    ("A masterpiece, with a caveat", []),  # "A" opens a sentence: no grade
    ("Special Mechanical Effects – Robert A. Mattey", []),  # an initial
])
def test_rating_spans_in_a_line(line, expected):
    from index.extract.ratings import rating_spans
    spans = rating_spans(line)
    assert [read for _, _, read in spans] == expected
    assert all(line[start:end].strip() == read[1] for start, end, read in spans)


@pytest.mark.parametrize("text, expected", [
    ("Fresh · 5/5\n", (5.0, "Fresh · 5/5")), ("Rotten · 2/5\n", (2.0, "Rotten · 2/5")),
    ("FRESH · 8/10\n", (4.0, "FRESH · 8/10")), ("Fresh · A-\n", (4.17, "Fresh · A-")),
    ("FRESH A\n", (4.58, "FRESH A")), ("ROTTEN 2/5\n", (2.0, "ROTTEN 2/5")),
])
def test_an_aggregators_verdict_then_rating(text, expected):
    from index.extract.ratings import printed_ratings
    assert [(r.fields["rating"], r.fields["rating_text"]) for r in printed_ratings(text)] == [expected]


@pytest.mark.parametrize("line, expected", [("FRESH A", 4.58), ("Rotten C-", 1.67), ("Fresh A bit long", None)])
def test_a_grade_after_an_aggregators_verdict(line, expected):
    from index.extract.ratings import rating_spans
    spans = rating_spans(line)
    assert (spans[0][2][0] if spans else None) == expected
