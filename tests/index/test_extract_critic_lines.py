"""A critic's line and block: a critic, maybe an outlet, and a rating, in any order and layout."""
from __future__ import annotations

import pytest

from index_support import verdicts


@pytest.mark.parametrize("line, expected", [
    ("## Oscar Brennan — 3 out of 4", ("Oscar Brennan", None, 3.75, "")),
    ("LEONORA PRATT (The Metropolitan Post) ....... ★★★½", ("Leonora Pratt", "The Metropolitan Post", 3.5, "")),
    ('**Hattie Mbeki, Evening Courant: 3 out of 4.** "Thin, but lovely to look at."',
     ("Hattie Mbeki", "Evening Courant", 3.75, '"Thin, but lovely to look at."')),
    ("Review by Oona Castellanos ★★★★½ ♥", ("Oona Castellanos", None, 4.5, "")),
    ("★★★ — Desmond Okafor, The Weekly Lamp", ("Desmond Okafor", "The Weekly Lamp", 3.0, "")),
    ("Renata Osei · The Lakeside Lamp", ("Renata Osei", "The Lakeside Lamp", None, "")),
    ("The Guardian: ★★★★", (None, "The Guardian", 4.0, "")),
])
def test_critic_lines(line, expected):
    from index.extract.critic_lines import critic_line
    head = critic_line(line)
    assert (head.critic, head.outlet, head.rating and head.rating[0], head.body) == expected


@pytest.mark.parametrize("line", [
    "Best Actor — Anthony Hopkins",  # an award, no rating
    "A masterpiece, with a caveat",
    "Frances McDormand won Best Actress, 4 out of 5 said",  # a rating inside prose
    "Jane Doe — ★★★ and the rest of it",  # prose after the rating
    "MAYA FORTESCUE: Okay, scores. I'm giving it a nine out of ten.",  # a speaker, read by speaker_ratings
])
def test_not_critic_lines(line):
    from index.extract.critic_lines import critic_line
    assert critic_line(line) is None


def test_markdown_panel_of_headings(facts_of):
    text = ("---\n\n## Marguerite Lindqvist — ★★★★ (four stars)\n\nThirty-five years is a long time to wait.\n\n"
            "## Oscar Brennan — 3 out of 4\n\nGorgeous and gloomy in equal measure.\n\n"
            "## Tomasz Wolak — Grade: B+\n\nA smart, melancholy film.\n\n---\n\n*Panel average: 8/10.*\n")
    assert {(c, o, r) for c, o, r, _, _ in verdicts(facts_of(text, "verdict"))} == {
        ("Marguerite Lindqvist", None, 4.0), ("Oscar Brennan", None, 3.75), ("Tomasz Wolak", None, 3.75)}


def test_bulletin_of_short_takes(facts_of):
    text = ('Short takes from the bulletin.\n\n**Hattie Mbeki, *Evening Courant*: 3 out of 4.** "Beautiful to look '
            'at, but the humans are thin."\n\n**Sol Varga, *The Weekly Reel*: B+.** "Pixar\'s most grown-up film yet."\n')
    assert verdicts(facts_of(text, "verdict")) == {
        ("Hattie Mbeki", "Evening Courant", 3.75, "3 out of 4", "Beautiful to look at, but the humans are thin."),
        ("Sol Varga", "The Weekly Reel", 3.75, "B+", "Pixar's most grown-up film yet."),
    }


def test_scorecard_in_capitals_with_dot_leaders(facts_of):
    text = ("CRITICS' SCORECARD\n==================\n\nLEONORA PRATT (The Metropolitan Post) ....... ★★★½\n"
            '"A horror film with the manners of a serious drama."\n\n'
            "BEATRIX COLLE (The Sunday Observer-Tribune) .. 2 out of 4\n\"Superbly acted, but I left feeling grubby.\"\n")
    assert verdicts(facts_of(text, "verdict")) == {
        ("Leonora Pratt", "The Metropolitan Post", 3.5, "★★★½", "A horror film with the manners of a serious drama."),
        ("Beatrix Colle", "The Sunday Observer-Tribune", 2.5, "2 out of 4", "Superbly acted, but I left feeling grubby."),
    }


def test_named_line_over_a_score_line(facts_of):
    # an HTML round-up as text: "Name · Outlet", the score under it, then the quote
    text = ("Our critics on the film.\n\nRenata Osei · The Lakeside Lamp\n\n5/5\n\nA miracle of a film.\n\n"
            "Felix Aberdare · Northern Picture House\n\n3/5\n\nThe second chapter felt rushed to me.\n")
    assert {(c, o, r) for c, o, r, _, _ in verdicts(facts_of(text, "verdict"))} == {
        ("Renata Osei", "The Lakeside Lamp", 5.0), ("Felix Aberdare", "Northern Picture House", 3.0)}


def test_aggregator_entries(facts_of):
    text = ("## Top Critics\n\n**Gail Strand** — *The Twin Ports Beacon*\nRotten · Original score: 2/5\n"
            '"The Coens sneer at these people, every one of them."\nFull review · Mar 15, 1996\n\n'
            "**Ravi Lindahl** — *Screenwise*\nFresh · Original score: B+\n\"A small masterpiece of comic panic.\"\n")
    assert verdicts(facts_of(text, "verdict")) == {
        ("Gail Strand", "The Twin Ports Beacon", 2.0, "score: 2/5", "The Coens sneer at these people, every one of them."),
        ("Ravi Lindahl", "Screenwise", 3.75, "score: B+", "A small masterpiece of comic panic."),
    }


def test_aggregator_cards_with_the_verdict_word_in_brackets_and_the_score_under_the_quote(facts_of):
    # "Name, Outlet (Fresh)", the quote, then "Full Review | Original Score: …": the link's words
    # name no outlet, the score is the card's critic's
    text = ("CRITIC REVIEWS\nTOP CRITIC  Harriet Vane, The Evening Ledger  (Fresh)\n\"He takes the heroine away from us in the most brutal way.\"\n"
            "Full Review | Original Score: 4/4\n\nLeonard Pyle, Midwest Screen  (Rotten)\n\"A cheap trick dressed up as a masterpiece.\"\n"
            "Full Review | Original Score: 2/5\n")
    assert {(c, o, r, q) for c, o, r, _, q in verdicts(facts_of(text, "verdict"))} == {
        ("Harriet Vane", "The Evening Ledger", 5.0, "He takes the heroine away from us in the most brutal way."),
        ("Leonard Pyle", "Midwest Screen", 2.0, "A cheap trick dressed up as a masterpiece."),
    }


def test_named_line_without_a_rating_under_it_is_no_verdict(facts_of):
    # the rating is pages away from the name: the document's, not this heading's
    text = ("Frances McDormand — Marge Gunderson\n\nShe is wonderful.\n\nSo is the snow.\n\nAnd the car.\n\n"
            "Rating: 4/5\n")
    assert {(c, r) for c, _, r, _, _ in verdicts(facts_of(text, "verdict"))} == {(None, 4.0)}


@pytest.mark.parametrize("text", [
    # a definition list as text: name lines and rating lines, no blank line between
    "Our critics:\n\nJane Doe, The Evening Ledger\n★★★★\nJohn Roe, Sunday Clarion\n★★\n",
    # the rating first, the critic in brackets after the outlet
    "Round-up\n\n★★★★  The Evening Ledger (Jane Doe)\nSharp.\n\n★★  Sunday Clarion (John Roe)\nDull.\n",
    # bars between the parts, and a rating in square brackets
    "Jane Doe | The Evening Ledger | ★★★★\n\nJohn Roe | Sunday Clarion | ★★\n",
    "Jane Doe (The Evening Ledger) [4/5]\n\nJohn Roe (Sunday Clarion) [2/5]\n",
    # the outlet first, in capitals; a numbered list
    "Capsules\n\nTHE EVENING LEDGER — Jane Doe — 4/5\nSharp.\n\nSUNDAY CLARION — John Roe — 2/5\nDull.\n",
    "1. Jane Doe, The Evening Ledger — ★★★★\n2. John Roe, Sunday Clarion — ★★\n",
    # HTML headings as text: the name, the outlet under it, then the rating
    "The critics\n\nJane Doe\n\nThe Evening Ledger\n\nRating: 4/5\n\nSharp.\n\nJohn Roe\n\nSunday Clarion\n\n"
    "Rating: 2/5\n\nDull.\n",
    # a table with no header row
    "| Jane Doe (The Evening Ledger) | ★★★★ |\n| John Roe (Sunday Clarion) | ★★ |\n",
    # the rating as the last sentence under the critic's line
    "Jane Doe, The Evening Ledger:\nSharp and funny. 4 stars.\n\nJohn Roe, Sunday Clarion:\nDull and long. 2 stars.\n",
])
def test_any_order_and_separator(facts_of, text):
    assert {(v.critic, v.outlet, v.rating) for v in facts_of(text, "verdict")} == {
        ("Jane Doe", "The Evening Ledger", 4.0), ("John Roe", "Sunday Clarion", 2.0)}


def test_a_signature_line_with_the_rating_keeps_the_quote(facts_of):
    text = ("“Sharp and funny, a real ride from start to finish.”\n— Jane Doe, The Evening Ledger ★★★★\n\n"
            "“Dull and long, a slog from start to finish.”\n— John Roe, Sunday Clarion ★★\n")
    assert verdicts(facts_of(text, "verdict")) == {
        ("Jane Doe", "The Evening Ledger", 4.0, "★★★★", "Sharp and funny, a real ride from start to finish."),
        ("John Roe", "Sunday Clarion", 2.0, "★★", "Dull and long, a slog from start to finish."),
    }


def test_a_verdict_in_words_under_the_critics_name(facts_of):
    text = ("## Top Critics\n\n**Jane Doe** — *The Evening Ledger*\nFresh\n\"Sharp and funny, a real ride from start "
            "to finish.\"\n\n**John Roe** — *Sunday Clarion*\nRotten · Mar 15, 1996\n\"Dull and long, a slog.\"\n")
    assert verdicts(facts_of(text, "verdict")) == {
        ("Jane Doe", "The Evening Ledger", None, "Fresh", "Sharp and funny, a real ride from start to finish."),
        ("John Roe", "Sunday Clarion", None, "Rotten", "Dull and long, a slog."),
    }


@pytest.mark.parametrize("text", [
    # an aggregator's cards: a badge, the name and outlet, the quote, then the verdict and the rating
    'Critics Reviews\nTop Critic · Jane Doe — The Evening Ledger\n"Sharp and funny, a real ride."\nFresh · 4/5\n\n'
    'John Roe — Sunday Clarion\n"Dull and long, a slog."\nRotten · 2/5\n',
    # a star as the bullet, the badge after the outlet, the verdict in capitals
    '★ Jane Doe — The Evening Ledger (TOP CRITIC)\n"Sharp and funny, a real ride."\nFRESH · 8/10\n\n'
    '★ John Roe — Sunday Clarion\n"Dull and long, a slog."\nROTTEN · 4/10\n',
    # the rating on the name's line, the badge after it, the quote under it
    'Jane Doe — The Evening Ledger   ★★★★ (TOP CRITIC)\n"Sharp and funny, a real ride."\nFresh | Full Review\n\n'
    'John Roe — Sunday Clarion   ★★\n"Dull and long, a slog."\nRotten | Full Review\n',
])
def test_aggregator_cards_keep_critic_rating_and_quote(facts_of, text):
    assert {(v.critic, v.outlet, v.rating, v.quote) for v in facts_of(text, "verdict")} == {
        ("Jane Doe", "The Evening Ledger", 4.0, "Sharp and funny, a real ride."),
        ("John Roe", "Sunday Clarion", 2.0, "Dull and long, a slog.")}


def test_an_aggregators_card_that_rates_in_a_word(facts_of):
    text = ("Critic Reviews for Glass Harbour\n"
            "TOP CRITIC  Jane Doe, The Evening Ledger — Fresh\n"
            "Sharp and funny, a real ride from the first reel to the last.\n\n"
            "John Roe, Sunday Clarion — Rotten\nDull and long, a slog that never finds its rhythm.\n")
    assert verdicts(facts_of(text, "verdict")) == {
        ("Jane Doe", "The Evening Ledger", None, "Fresh", "Sharp and funny, a real ride from the first reel to the last."),
        ("John Roe", "Sunday Clarion", None, "Rotten", "Dull and long, a slog that never finds its rhythm."),
    }
