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
    }
    printed = format_report(report)
    assert "3 warnings" in printed and "No problems." not in printed
