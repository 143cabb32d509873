"""Critics' verdicts: ratings and signed quotes."""
from __future__ import annotations

from index_support import verdicts


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
    [unscaled] = facts_of("★★★1/2", "verdict")  # no scale printed: out of five
    assert (unscaled.rating, unscaled.rating_text) == (3.5, "★★★1/2")


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


def test_critic_with_outlet_in_brackets(facts_of):
    text = (
        "Hannah Voss (Continental Screen): \"A cold, brilliant thriller that never blinks.\"\n"
        "Marta Lind (Nordic Reel): “Sleek and unnerving from the first frame.”\n"
        "“A slow burn that pays off handsomely.” — Tom Hale (The Daily Courier)\n"
        "\"Tense, elegant and bleak to the bone.\" — Priya Raman, Frame Rate Weekly\n"
        "\"One of the year's best thrillers, hands down.\" — Frame Rate Weekly\n"
        "“Every frame feels considered and precise.” — The Guardian\n"
    )
    assert verdicts(facts_of(text, "verdict")) == {
        ("Hannah Voss", "Continental Screen", None, None, "A cold, brilliant thriller that never blinks."),
        ("Marta Lind", "Nordic Reel", None, None, "Sleek and unnerving from the first frame."),
        ("Tom Hale", "The Daily Courier", None, None, "A slow burn that pays off handsomely."),
        ("Priya Raman", "Frame Rate Weekly", None, None, "Tense, elegant and bleak to the bone."),
        (None, "Frame Rate Weekly", None, None, "One of the year's best thrillers, hands down."),
        (None, "The Guardian", None, None, "Every frame feels considered and precise."),
    }


def test_word_rating_belongs_to_the_documents_author(facts_of):
    from tests.index.conftest import make_document
    document = make_document("A cold film.\n\nRating: three and a half stars\n", film="silent-orbit").model_copy(
        update={"author": "Jane Roe", "source": "Orbit Weekly"})
    [verdict] = facts_of(document, "verdict")
    assert (verdict.critic, verdict.outlet, verdict.rating) == ("Jane Roe", "Orbit Weekly", 3.5)
    [anonymous] = facts_of("A cold film.\n\nRating: 7 out of 10\n", "verdict")
    assert (anonymous.critic, anonymous.outlet, anonymous.rating) == (None, None, 3.5)


def test_press_kit_statements_are_not_verdicts(facts_of):
    text = (
        "Director's Statement\n\n"
        "\"Making this film was a long voyage for all of us on the crew.\" — Jane Roe\n\n"
        "Quotes\n\n"
        "\"I wanted to make a film about silence and distance.\" — Park Min-soo, director\n"
        "\"I wanted to make a film about how we drift apart.\" — Park Min-soo, Director of Silent Orbit\n"
        "\"Playing Yu-na was the hardest thing I have done.\" — Seo Ha-rin\n\n"
        "Cast\n- Seo Ha-rin as Kang Yu-na\n\nDirected by Park Min-soo.\n"
    )
    assert facts_of(text, "verdict", film="silent-orbit") == []


def test_no_junk_ratings(facts_of):
    for text in (
        "His three stars shine in every scene.", "It was 4/5 of the way there.", "Verdict: A triumph.",
        "In 2019, 7 out of 10 viewers liked it.", "The film earned 3 stars from most critics.",
        "Janis: “The truth is always waiting for us.”", "It is a B movie at heart.",
        "It won the Golden Lion, and the Guardian’s critic loved it.",
    ):
        assert facts_of(text, "verdict") == [], text


# --- critics' sections and tables -------------------------------------------------------------

import pytest  # noqa: E402

from index.extract.verdicts import critic_heading  # noqa: E402


@pytest.mark.parametrize("line, expected", [
    ("Harold Benning — The Evening Ledger", ("Harold Benning", "The Evening Ledger", None)),
    ("Nadia Kovac — The Coastline Courier: ★★★★ (four stars)", ("Nadia Kovac", "The Coastline Courier", 4.0)),
    ("Celia Marchetti, Brightwater Gazette — A-", ("Celia Marchetti", "Brightwater Gazette", 4.17)),
    ("Priya Raman, Screenline (reappraisal, 2004) — 10/10", ("Priya Raman", "Screenline", 5.0)),
    ("Bea Lindqvist — Northern Frame: four stars out of five", ("Bea Lindqvist", "Northern Frame", 4.0)),
])
def test_critic_headings(line, expected):
    critic, outlet, rating = critic_heading(line)
    assert (critic, outlet, rating and rating[0]) == expected


@pytest.mark.parametrize("line", [
    "Marlon Brando — Vito Corleone", "Golden Globe Awards (1973)", "Rating: 4/5",
    "The Quiet Orbit (2019) – Review + Ending Explained", "Scoreboard",
])
def test_not_critic_headings(line):
    assert critic_heading(line) is None


ROUNDUP = (
    "Round-up: what the critics said\n\nSix notices from the original release.\n\n"
    "Ann Vale — The Morning Ledger\n\nRating: ★★★★ (4 out of 4)\n\nVale loved it and rated it four out of four.\n\n"
    "Bo Lindt, Kino Weekly — C+\n\nLindt found it long.\n\n"
    "Cy Moss — Frame Review: 8/10\n\nMoss admired the photography.\n\n"
    "Scores\n\n| Critic | Outlet | Score as printed |\n|---|---|---|\n"
    "| Ann Vale | The Morning Ledger | 4/4 |\n| Bo Lindt | Kino Weekly | C+ |\n| Cy Moss | Frame Review | 8/10 |\n"
    "| Di Roe | Sunday Dispatch | B+ |\n"
)


def test_round_up_gives_each_critic_one_verdict(facts_of):
    from tests.index.conftest import make_document
    document = make_document(ROUNDUP).model_copy(update={"author": "Desk Editor", "source": "Club Site"})
    found = {(v.critic, v.outlet, v.rating) for v in facts_of(document, "verdict")}
    assert found == {
        ("Ann Vale", "The Morning Ledger", 5.0), ("Bo Lindt", "Kino Weekly", 2.5),
        ("Cy Moss", "Frame Review", 4.0), ("Di Roe", "Sunday Dispatch", 3.75),  # Di Roe: the table only
    }


@pytest.mark.parametrize("line, expected", [
    ("Hollis Granger, The Reelside Gazette — Grade: A-", ("Hollis Granger", "The Reelside Gazette", 4.17)),
    ("Priya Okonkwo, Kernel Magazine — ★★★½ (out of four)", ("Priya Okonkwo", "Kernel Magazine", 4.38)),
    ("Lorna Fitch, The Northside Ledger — Rating: B", ("Lorna Fitch", "The Northside Ledger", 3.33)),
])
def test_critic_headings_with_a_labelled_rating(line, expected):
    critic, outlet, rating = critic_heading(line)
    assert (critic, outlet, rating and rating[0]) == expected


# Whose a rating is, by layout: (text, the verdicts as (critic, outlet, rating, rating_text, quote or None)).
WHOSE = {
    "a rating inside a signed quote is the signer's": (
        "- \"Audrey Tautou is the discovery of the year. Grade: A-\" — Camille Ostrowski, Film Notebook\n"
        "- \"A sugar rush of a film, but what exquisite sugar. 8/10\" — Rupert Hale, Screen Dispatch\n",
        {("Camille Ostrowski", "Film Notebook", 4.17, "Grade: A-", "Audrey Tautou is the discovery of the year. Grade: A-"),
         ("Rupert Hale", "Screen Dispatch", 4.0, "8/10", "A sugar rush of a film, but what exquisite sugar. 8/10")}),
    "a grade given in the third person is the subject's": (
        "Critic picks\n\nDeborah Quill (The Lantern Review), in a 2005 anniversary piece, gave it A+ and called it "
        "\"the most perfectly paced thriller ever made.\"\n",
        {("Deborah Quill", "The Lantern Review", 5.0, "A+", None)}),
    "a critic 'of' an outlet": (
        "Ann Vale, of The Morning Ledger, rated it three stars out of four.\n",
        {("Ann Vale", "The Morning Ledger", 3.75, "rated it three stars out of four", None)}),
    "an outlet as the subject": (
        "The Lantern Review gave it a B-.\n", {(None, "The Lantern Review", 2.92, "B-", None)}),
    "'I give it' is the page's author's": (
        "I give it a B-.\n", {("Page Author", "Page Outlet", 2.92, "B-", None)}),
    "users' ratings are not critics' verdicts": (
        "User reviews\n\nshark_week_forever — ★★★★★ \"Still can't go in the ocean.\"\n\nMidnightReel — 9/10\n",
        set()),
    "a round-up table scored out of 100": (
        "| Reviewer | Outlet | Score (out of 100) |\n|---|---|---|\n| Harriet Lomax | The Allegheny Courier | 94 |\n"
        "| Bernadette Okafor | The Cinephile Standard | 61 |\n",
        {("Harriet Lomax", "The Allegheny Courier", 4.7, "94/100", None),
         ("Bernadette Okafor", "The Cinephile Standard", 3.05, "61/100", None)}),
}


@pytest.mark.parametrize("name", WHOSE)
def test_whose_rating(name, facts_of):
    from tests.index.conftest import make_document
    text, expected = WHOSE[name]
    document = make_document(text).model_copy(update={"author": "Page Author", "source": "Page Outlet"})
    assert verdicts(facts_of(document, "verdict")) == expected


# --- layouts real sites print: who gave which rating, with which words -------------------------

from index.extract.verdicts import extract_verdicts  # noqa: E402


def _read(text: str) -> list[tuple]:
    return [(v.fields.get("critic"), v.fields.get("outlet"), v.fields.get("rating"), (v.fields.get("quote") or "")[:12])
            for v in extract_verdicts(text)]


@pytest.mark.parametrize("text, expected", [
    # a round-up: the critic's name as a heading, the outlet on its own line, a rating line
    ("# What the critics said\n\n## Rosa Achter\n*The Prairie Lantern*\n\nA two-hour chase with room for grief.\n\n"
     "Rating: 5/5\n\n## Quentin Ashby\n*Saturday Screen Digest*\n\nNumbed by the noise.\n\nVerdict: ★★☆☆☆\n",
     [("Rosa Achter", "The Prairie Lantern", 5.0, ""), ("Quentin Ashby", "Saturday Screen Digest", 2.0, "")]),
    # the outlet over "by Name"
    ("## The Prairie Lantern\nby Rosa Achter\n\nA chase with room for grief.\n\nRating: 4/5\n",
     [("Rosa Achter", "The Prairie Lantern", 4.0, "")]),
    # Markdown blockquotes signed under them, the signature in or out of the quote
    ("Press\n\n> A horror film with the timing of a stand-up set.\n>\n> — Imogen Hart, *The Riverside Courier*\n\n"
     "> Peele understands the polite liberal.\n\n— Dash Moreno, *Eastbank Weekly*\n",
     [("Imogen Hart", "The Riverside Courier", None, "A horror fil"), ("Dash Moreno", "Eastbank Weekly", None, "Peele unders")]),
    # an HTML <blockquote><p>…</p><p>★★★☆☆</p><cite>Name, Outlet</cite> as text: rating and quote are the signer's
    ("From the critics\n\nSweet and a little too pleased with itself.\n\n★★★☆☆\nOswald Pen, Thistledown Review\n\n"
     "Hugh Grant gives the comic performance of his career.\n\n★★★★★\nCora Lind, The Meridian Star\n",
     [("Oswald Pen", "Thistledown Review", 3.0, "Sweet and a "), ("Cora Lind", "The Meridian Star", 5.0, "Hugh Grant g")]),
    # capsules: "Name (Outlet): 8/10 — quote"
    ("CAPSULES\n\nDelphine Okoro (The Northern Clarion): 8/10 — A cake of a movie, layered and sweet.\n"
     "Rufus Teague (Cinemagoer Monthly): 6/10 — Lovely to look at, but thin.\n",
     [("Delphine Okoro", "The Northern Clarion", 4.0, "A cake of a "), ("Rufus Teague", "Cinemagoer Monthly", 3.0, "Lovely to lo")]),
    # a scores table with words and bare numbers, and its pull quotes
    ("| Critic | Publication | Score | Pull quote |\n|---|---|---|---|\n"
     "| Ann Castell | The Bayside Observer | 4 out of 5 stars | \"Never better.\" |\n"
     "| Des Ward | The Coldwater Tribune | Rotten | \"All atmosphere and no argument.\" |\n"
     "| Jun Taka | Lantern Street Journal | 3½ | \"Caine steals every scene.\" |\n",
     [("Ann Castell", "The Bayside Observer", 4.0, ""), ("Des Ward", "The Coldwater Tribune", None, "All atmosphe"),
      ("Jun Taka", "Lantern Street Journal", 3.5, "Caine steals")]),
    # a Reception paragraph: aggregates first, then critics named inline with their outlets after "of",
    # two in one sentence ("…, while X of Y gave it a B"), a reference marker between sentences
    ("On Rotten Tomatoes, 94% of 132 reviews are positive, with an average rating of 8.7/10. Metacritic assigned it a weighted average score of 85 "
     "out of 100.[9] Roger Ebert of the Chicago Sun-Times gave the film four stars out of four. Peter Travers of "
     "Rolling Stone awarded it three and a half stars out of four, while Owen Gleiberman of Entertainment Weekly gave "
     "it a B, finding it thin. Peter Bradshaw of The Guardian awarded it five stars.\n",
     [("Roger Ebert", "Chicago Sun-Times", 5.0, ""), ("Peter Travers", "Rolling Stone", 4.38, ""),
      ("Owen Gleiberman", "Entertainment Weekly", 3.33, ""), ("Peter Bradshaw", "The Guardian", 5.0, "")]),
    # a first-person rating in words: the page's author's
    ("Still: three and a half stars out of four from me. Just don't eat seafood first.\n", [(None, None, 4.38, "")]),
])
def test_verdict_layouts(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    # readers' and users' ratings, under any heading that says so
    "Fury Road: reviews from our members\n\ndieselpunk77 — ★★★★★\nBest action movie ever made.\n\nMarthaInMaine — 2/5\nToo loud.\n",
    "Intro.\n\nReader reviews\n\ngrumpybear_88 ★☆☆☆☆\n\nBoring and far too sweet.\n",
    "## User reviews\n\n| User | Score | Comment |\n|---|---|---|\n| sci_fi_steve | 10/10 | best of the decade |\n",
    # an aggregate line is no one critic's verdict
    "Critics' consensus: Exhilarating. 97% of 402 reviews positive; average rating 8.7/10.\n",
    "> 94% of 388 reviews positive · Average rating 8.4/10\n",
    # other films' ratings in a listing, a cast line, a heading that opens the next section
    "Also showing\n\nHarbour Lights (15) — two stars\nThe Sandcastle Kid (U) — three stars\n",
    "Jeff Bridges, The Dude\nJohn Goodman, Walter Sobchak\n",
    # a streaming site's members' average; readers' comments under a counted heading, also under a rule
    "★★★★½ CineVault members (2,341 ratings)\n",
    "Rating: 4.5/5.\n\n### 12 Comments\n\nharvard_hater wrote:\n  Exhausting. 2/5 from me.\n".split("\n\n", 1)[1],
    "Text.\n\n**Comments (2)**\n\n> jin_k: saw it in Seoul, 5 stars from me\n",
    "Text.\n------------------------------\n14 COMMENTS\n\nzuckfan wrote:\n  easy 10/10\n",
])
def test_not_critics_verdicts(text):
    assert [v for v in extract_verdicts(text) if v.fields.get("rating") is not None or v.fields.get("critic")] == []


def test_a_signature_line_after_a_blank_line_opens_a_section():
    """"Priya Okonkwo, *Kernel Magazine* — ★★★½" after a paragraph is the next critic's heading, not
    the signature of the paragraph above."""
    text = ("### Ann Vale, *The Morning Ledger* — ★★★★ (out of four)\n\n\"Lovely.\"\n\n"
            "### Priya Okonkwo, *Kernel Magazine* — ★★★½ (out of four)\n\n\"The rare sequel that deepens it.\"\n")
    assert [(c, o) for c, o, _, _ in _read(text)] == [("Ann Vale", "The Morning Ledger"), ("Priya Okonkwo", "Kernel Magazine")]


def test_a_table_s_quote_column_and_the_scale_one_cell_states(facts_of):
    """"In a line" names no quote column, but its cells are quotations; "(out of four)" in one
    rating cell is the scale of the column's bare stars."""
    text = (
        "## The scorecard\n\n"
        "| Critic | Outlet | Rating | In a line |\n|---|---|---|---|\n"
        '| Rosa Lindqvist | *The Halden Review* | ★★★★ (out of four) | "A shot of pure adrenaline from start to end." |\n'
        '| Gloria Anand | *The Pemberton Star* | ★★½ | "Breathless and hollow: the violence is a music video." |\n'
    )
    found = {f.critic: f for f in facts_of(text, "verdict")}
    assert found["Gloria Anand"].rating == 3.12 and found["Rosa Lindqvist"].rating == 5.0
    assert found["Gloria Anand"].quote == "Breathless and hollow: the violence is a music video."
