"""Document kind, author and source inferred from the text."""
from __future__ import annotations

import pytest

from index.extract import infer_metadata


@pytest.mark.parametrize("number, expected", [
    ("000", {"kind": "review", "author": "Jared Huizenga"}),  # byline "• Jared Huizenga", star rating
    ("001", {"kind": "review"}),  # first-person review, no byline
    ("002", {"kind": "awards"}),  # opens with the awards list
    ("003", {"kind": "summary"}),  # "Detailed Summary" heading
    ("004", {"kind": "synopsis"}),  # "Synopsis" heading
])
def test_seed_documents(seeds, number, expected):
    assert infer_metadata(seeds[number].text) == expected


@pytest.mark.parametrize("text, expected", [
    ("By Manohla Dargis\n\nA quiet film that I loved.", {"author": "Manohla Dargis"}),
    ("Review by Peter Bradshaw\n\n★★★★☆", {"kind": "review", "author": "Peter Bradshaw"}),
    ("top of page\nJane Doe | March 3, 2022\nPlot Summary\nThe story begins.", {"kind": "summary", "author": "Jane Doe"}),
    # a longer title names its kind in so many words; a mere mention of the plot does not
    ("Shoplifters (2018) Plot Summary & Ending Explained\n\n1. The family\nA man and a boy.", {"kind": "summary"}),
    ("Why the plot of Shoplifters still haunts me, years on\n\nA man and a boy.", {}),
    ("Awards and Nominations\n- Academy Award Nomination (2022) – Best Actress (Jane Doe)", {"kind": "awards"}),
    ("PRESS KIT\nProduction notes follow.", {"kind": "press"}),
    ("The film opens in Lyon.\nOriginally published in Sight and Sound.\n", {"source": "Sight and Sound"}),
    (
        "“A marvel of a film.” – Jane Doe, VARIETY\n\n“Astonishing work throughout.” – John Roe, TIME\n\n"
        "“The best film of the year.” – Ann Poe, NPR\n",
        {"kind": "press"},
    ),
])
def test_other_pages(text, expected):
    assert infer_metadata(text) == expected


def test_nothing_guessed_from_plain_text():
    assert infer_metadata("The film opens in Lyon. It follows a family over a summer.") == {}


def test_award_ceremony_is_not_a_byline():
    # A bullet line near the top only counts as a byline when it names a person.
    assert "author" not in infer_metadata("• Academy Awards®\n\n    Best Actress Nominee\n")


def test_index_report_warns_per_film_of_missing_kinds_of_fact(tmp_path):
    """No director, no cast, a review with no verdict: warnings, not "No problems"."""
    from bot.cli import format_report
    from index.store import build_index
    corpus = tmp_path / "corpus"
    (corpus / "quiet-film").mkdir(parents=True)
    (corpus / "quiet-film" / "film.toml").write_text('title = "Quiet Film"\n')
    (corpus / "quiet-film" / "review.md").write_text(
        "---\nkind: review\nauthor: Jane Roe\n---\n\nA patient film about a lighthouse. I liked its silences.\n")
    (corpus / "full-film").mkdir()
    (corpus / "full-film" / "film.toml").write_text('title = "Full Film"\n')
    (corpus / "full-film" / "credits.md").write_text(
        "Directed by Mara Quinn.\n\n## Cast\n\n- Tomas Ekberg as Lars\n- Ines Duval as Petra\n\nRating: 4/5\n")
    report = build_index(corpus, tmp_path / "index", 1_000_000)
    assert {(w.path, w.reason) for w in report.warnings} == {
        ("quiet-film", "no director found in any document"),
        ("quiet-film", "no cast found in any document"),
        ("quiet-film/review.md", "a review with no rating or verdict found"),
        *((film, reason) for film in ("quiet-film", "full-film") for reason in (
            "no running time found in any document", "no year or release date found in any document")),
    }
    printed = format_report(report)
    assert "7 warnings" in printed and "No problems." not in printed


# --- bylines and mastheads: who wrote a page and where it appeared -------------------------------

@pytest.mark.parametrize("text, author, source", [
    ("By Warren Tolliver\n\nThe shark.", "Warren Tolliver", None),
    ("— review by Ambrose Kettering\n\nIn space.", "Ambrose Kettering", None),
    ("Reviewed by Marisol Vega\n\nForget the ship.", "Marisol Vega", None),
    ("Words by Jane Doe\n\nText.", "Jane Doe", None),
    ("Critic: Jane Doe\n\nText.", "Jane Doe", None),
    ("By Jane Doe, The Evening Ledger\n\nText.", "Jane Doe", "The Evening Ledger"),
    ("By Jane Doe for Marquee Weekly\n\nText.", "Jane Doe", "Marquee Weekly"),
    ("By Jane Doe | March 3, 2022\n\nText.", "Jane Doe", None),  # a date is no outlet
    ("THE COASTLINE CHRONICLE — Film\nPublished June 27, 1975\nBy Warren Tolliver\n\nText.",
     "Warren Tolliver", "The Coastline Chronicle"),
    ("THE HARBOUR SENTINEL · Arts & Screen\nFriday, May 25, 1979\n\n— review by Ambrose Kettering\n\nText.",
     "Ambrose Kettering", "The Harbour Sentinel"),  # no outlet word: capitals, "THE", a newspaper section
    ("The Evening Herald | Reviews\n\nText.", None, "The Evening Herald"),
    ("Originally published in Sight and Sound.\nBy Jane Doe\n", "Jane Doe", "Sight and Sound"),
    # a blog post's byline and a blog's masthead
    ("# A review\n\nPosted by Marcus Lindqvist on April 14, 2022 in Reviews · 3 comments\n\nText.", "Marcus Lindqvist", None),
    ("THE REEL DEAL — a film blog by Priya Venkataraman\nHome | Reviews\n\nText.", "Priya Venkataraman", None),
    ("Midnight Matinee | a movie blog by Hannah Osei\n\nText.", "Hannah Osei", None),
    # a masthead over its section and date, the title reviewed before its critic; a section and a date beside it
    ('THE PANTRY REVIEW\nFilm | July 3, 2007\n"Chocolat" reviewed by Hugo Ashby-Lane\n\nText.',
     "Hugo Ashby-Lane", "The Pantry Review"),
    ("HILLSIDE WEEKLY · Arts & Screen · February 24, 2017\n\nText.\n\n— Reviewed by Tamsin Ward", "Tamsin Ward",
     "Hillside Weekly"),
    # a newspaper's name in capitals with a section of its own naming
    ("THE NORTHERN COURIER — ARCHIVE CLASSICS\n\nPsycho returns\nBy Margaret Oyelaran, Film Critic\n\nText.",
     "Margaret Oyelaran", "The Northern Courier"),
])
def test_bylines_and_mastheads(text, author, source):
    found = infer_metadata(text)
    assert (found.get("author"), found.get("source")) == (author, source)


@pytest.mark.parametrize("text", [
    "THE GODFATHER — PRESS KIT\n\nText.",  # a title in capitals, and no newspaper section
    "THE GODFATHER REVIEW\nA long read\n\nText.",  # no section and date under it
    "ALIEN (1979) — credits sheet\n\nText.",
    "Jaws Review\n\nText.",  # "review" alone makes no outlet
    "Press Release\n\nText.",
    "Film Weekly\n\nText.",  # only generic words
    "By the time the shark arrives, nobody cares.",
])
def test_no_masthead_or_byline(text):
    found = infer_metadata(text)
    assert "source" not in found and "author" not in found


# --- an HTML page's own labels --------------------------------------------------------------------

from index.extract.metadata import html_metadata  # noqa: E402
from index.markup import html_head  # noqa: E402

HEADS = {
    "meta author and og:site_name": (
        '<head><title>Groundhog Day review | Marquee Weekly</title><meta name="author" content="Odessa Brandt">'
        '<meta property="og:site_name" content="Marquee Weekly"></head><p>Text</p>',
        {"author": "Odessa Brandt", "source": "Marquee Weekly"}),
    "a class=byline span with a date; the outlet from the title's last part": (
        '<title>The same day | The Allegheny Courier</title><p class="meta"><span class="c-byline">Odessa Brandt'
        '</span> · May 3</p>', {"author": "Odessa Brandt", "source": "The Allegheny Courier"}),
    "the title's first part": (
        "<title>Frame Rate Weekly — Alien</title><p>Text</p>", {"source": "Frame Rate Weekly"}),
    "a byline with its lead and nested markup": (
        '<div class="byline">Recap by <a href="/x"><b>Marisol Vance</b></a> · Updated March 2021</div>',
        {"author": "Marisol Vance"}),
    "itemprop author; a URL in article:author is no name": (
        '<meta property="article:author" content="https://example.com/odessa"><span itemprop="author">Jane Doe</span>',
        {"author": "Jane Doe"}),
    "titles that name no outlet": (
        "<title>AMÉLIE — International press notes</title><title>Jaws (1975) - Awards - MovieVault</title>", {}),
}


@pytest.mark.parametrize("name", HEADS)
def test_html_metadata(name):
    html, expected = HEADS[name]
    assert html_metadata(html_head(html)) == expected


# --- the critic named at the end, and round-ups' kind --------------------------------------------

@pytest.mark.parametrize("text, author, source", [
    ("GET OUT\n\nA confident debut. I liked it a great deal.\n\n— Reviewed by Harlan Whitcomb\n\n"
     "Harlan Whitcomb is the film critic of The Lakeshore Examiner.\n", "Harlan Whitcomb", "The Lakeshore Examiner"),
    ("Language lessons\n\nA brave film.\n\nRating: 7.5/10\n\n— Reviewed by Tomasz Wierzbicki for The Granite State Gazette\n",
     "Tomasz Wierzbicki", "The Granite State Gazette"),
    ("A slow, lovely film about a lighthouse keeper and his daughter.\n\n— Jane Roe, The Evening Ledger\n",
     "Jane Roe", "The Evening Ledger"),
])
def test_sign_offs(text, author, source):
    found = infer_metadata(text)
    assert (found.get("author"), found.get("source")) == (author, source)


@pytest.mark.parametrize("text", [
    # several signed quotes: a page of quotes, not one critic's review
    "Press\n\n> A horror film with bite.\n\n— Dash Moreno, Eastbank Weekly\n\n> Too neat.\n\n— Pris Vant, The Cinder City Herald\n",
    # a closing line about something else
    "A lovely film.\n\nBy the end everyone was crying.\n",
])
def test_no_sign_off(text):
    assert "author" not in infer_metadata(text)


@pytest.mark.parametrize("text, kind", [
    ("Fury Road: what the critics said\n\nCompiled by the club.\n\nSome notes.\n", "review"),
    ("CAPSULE REVIEWS — PADDINGTON 2\n\nOur panel's short takes.\n", "review"),
    ("Children of Men — the critics' scorecard\n\nNotices.\n", "review"),
    ("Fury Road: reviews from our members\n\nGreat film!!\n", "comments"),  # readers, not critics
])
def test_round_up_kinds(text, kind):
    assert infer_metadata(text).get("kind") == kind


def test_index_warns_of_a_round_up_whose_verdicts_were_not_read(tmp_path):
    """A page of critics' reviews that yields no verdict is named in the report; readers' reviews are not."""
    from index.store import build_index
    corpus = tmp_path / "corpus"
    (corpus / "some-film").mkdir(parents=True)
    (corpus / "some-film" / "film.toml").write_text('title = "Some Film"\n')
    (corpus / "some-film" / "critics.md").write_text(
        "# Some Film: what the critics said\n\nEveryone had an opinion, and none of them gave a score.\n")
    (corpus / "some-film" / "members.md").write_text("# Some Film: reviews from our members\n\nLoved it!\n")
    (corpus / "some-film" / "capsules.txt").write_text(
        "CAPSULE REVIEWS\n\nDelphine Okoro (The Northern Clarion): 8/10 — A cake of a movie, layered and sweet.\n")
    report = build_index(corpus, tmp_path / "index", 1_000_000)
    reviews = {w.path for w in report.warnings if "review with no rating" in w.reason}
    assert reviews == {"some-film/critics.md"}


@pytest.mark.parametrize("text, author, source", [
    # a newspaper's masthead with its date and page after "--", a byline in capitals
    ("THE NEW YORK EVENING LEDGER -- Thursday, August 5, 1954 -- Page 22\n\nTHE SCREEN IN REVIEW\n\"Rear Window\" Opens\n"
     "By HOWARD P. STALLWORTH\n\nA MAN with a broken leg is the whole premise.\n", "Howard P. Stallworth", None),
    ("CHICAGO METRO HERALD                             FRIDAY, OCTOBER 21, 1994\n\nBy Dolores Whitcombe-Reyes\n\n"
     "There is a moment early in the film.\n", "Dolores Whitcombe-Reyes", "Chicago Metro Herald"),
    # a newsletter: its sender's name spelt by the mail domain, the review's byline deep in the page
    ("Return-Path: <bounce@worldscreen-digest.com>\nFrom: World Screen Digest <editor@worldscreen-digest.com>\n"
     "Subject: January\n\nDear members,\n\nHappy new year!\n\nOur film of the month.\n\nMore news.\n\n"
     "FILM OF THE MONTH\nREVIEWED BY: Lorna Featherstonehaugh\nRATING: ***** (five out of five)\n\nA masterpiece.\n",
     "Lorna Featherstonehaugh", "World Screen Digest"),
    # a blog: the post's "Posted by" under it, the site's name in the heading and the copyright line
    ("Claymation Corner\n\nStop-motion and other miracles\n\nHome · Reviews · About\n\nReview: The Film\n\nA lovely film.\n\n"
     "It drags a bit.\n\nPosted by Imogen Pryce-Hollis at 9:14 PM\n\n3 comments:\n\nPosted by a reader\n\n"
     "© 2005 Claymation Corner · Powered by WordPress · RSS\n", "Imogen Pryce-Hollis", "Claymation Corner"),
])
def test_bylines_and_page_names_anywhere(text, author, source):
    found = infer_metadata(text)
    assert (found.get("author"), found.get("source", None) if source else None) == (author, source)
