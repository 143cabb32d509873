"""extract_facts (index/extract/__init__.py): every extractor's facts once each, linked to their
passage; press-kit statements are no verdicts; a surname alone names the page's one such person."""
from __future__ import annotations

from index.extract import extract_facts, passage_at
from index_support import make_document, make_passages


def test_each_fact_once_and_linked_to_its_passage():
    document = make_document("Penélope Cruz as Janis.\n\nLater, Penélope Cruz as Janis again.\n")
    passages = make_passages(document)
    facts = extract_facts(document, passages)
    assert [(f.kind, f.actor, f.character, f.passage) for f in facts] == [
        ("cast", "Penélope Cruz", "Janis", passages[0].id)]


def test_no_passages_no_facts():
    assert extract_facts(make_document("Penélope Cruz as Janis.\n"), []) == []


def test_a_quote_signed_by_the_films_own_cast_is_no_verdict(facts_of):
    signed = "\"Playing Yu-na was the hardest thing I have done.\" — Seo Ha-rin\n\n"
    assert facts_of(signed, "verdict")  # read as a critic's quote on its own
    assert facts_of(signed + "Cast\n- Seo Ha-rin as Kang Yu-na\n", "verdict") == []  # but she is in the cast


def test_a_critics_rated_line_is_no_cast_credit(facts_of):
    text = ("SCORECARD\n\nLEONORA PRATT (The Metropolitan Post) ....... ★★★½\n\"A horror film with manners.\"\n\n"
            "BEATRIX COLLE (The Sunday Observer-Tribune) .. 2 out of 4\n\"Superbly acted, but grubby.\"\n")
    assert {v.critic for v in facts_of(text, "verdict")} == {"Leonora Pratt", "Beatrix Colle"}
    assert facts_of(text, "cast") == []


def test_a_panel_page_signed_by_a_group_gives_its_critics_its_outlet(facts_of):
    from index_support import make_document
    text = "## Oscar Brennan — 3 out of 4\n\nGloomy.\n\n## Tomasz Wolak — Grade: B+\n\nSmart.\n\nOverall: 8/10\n"
    panel = make_document(text).model_copy(update={"author": "various", "source": "Signal & Noise"})
    assert {(v.critic, v.outlet) for v in facts_of(panel, "verdict")} == {
        ("Oscar Brennan", "Signal & Noise"), ("Tomasz Wolak", "Signal & Noise")}


def test_a_recipient_by_surname_is_the_page_s_one_person_of_that_name(facts_of):
    text = ("Penélope Cruz as Janis.\n\nAwards\n\n"
            "- Venice Film Festival (2021) – Volpi Cup for Best Actress (Cruz, Winner)\n")
    assert {f.recipient for f in facts_of(text, "award")} == {"Penélope Cruz"}


def test_passage_at_covers_the_offset_or_takes_the_nearest():
    passages = make_passages(make_document("One.\n\nTwo.\n"))
    assert passage_at(passages, 0) is passages[0] and passage_at(passages, 7) is passages[1]
    assert passage_at(passages, 4) is passages[0] and passage_at([], 3) is None  # between the two: the nearer
