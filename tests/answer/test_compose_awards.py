"""Awards answers: counts, yes/no about the asked person and category, who won, what was won."""
from __future__ import annotations

import pytest

from bot.answer.engine import AnswerEngine
from tests.answer.awards_critics_fixture import ask


def test_how_many_counts_wins_at_that_ceremony_and_lists_them(small_engine):
    answer = ask(small_engine, "how many oscars did it win")
    assert answer.found and answer.answer.startswith("Harbour Lights won two awards at the Academy Awards")
    assert "Best Picture" in answer.answer and "Best Supporting Actress" in answer.answer
    assert "Palme" not in answer.answer  # another ceremony


def test_how_many_nominations(small_engine):
    answer = ask(small_engine, "how many oscar nominations did it get")
    assert "four nominations" in answer.answer and "winning two" in answer.answer


def test_did_it_win_anything_at_a_festival_from_prose_under_its_heading(small_engine):
    answer = ask(small_engine, "did it win anything at cannes")
    assert answer.found and answer.answer.startswith("Yes") and "Palme d'Or" in answer.answer


def test_a_festival_asked_for_is_one_of_the_festivals_among_the_ceremonies(small_engine):
    answer = ask(small_engine, "which festival gave it a prize")
    assert answer.found and "Cannes Film Festival" in answer.answer
    assert "Academy Awards" not in answer.answer and "Nordic" not in answer.answer


def test_person_and_category_nominated_but_lost(small_engine):
    answer = ask(small_engine, "did tomas ekberg win best actor")
    text = answer.answer
    assert "won Best Actor at the Nordic Film Awards" in text
    assert "nominated for Best Actor at the Academy Awards (1999) but did not win" in text
    assert "Hal Brenner" in text  # the page's own sentence about it
    assert "Duval" not in text  # never about another person


def test_who_won_a_category_is_a_name_not_yes(small_engine):
    answer = ask(small_engine, "who won best actress at the nordic film awards")
    assert answer.answer.startswith("Ines Duval won Best Actress at the Nordic Film Awards")


def test_what_did_a_person_win_is_a_list_not_yes(small_engine):
    answer = ask(small_engine, "what did ines duval win for it")
    assert not answer.answer.startswith("Yes")
    assert "Best Supporting Actress" in answer.answer and "Best Actress" in answer.answer


@pytest.mark.parametrize("question", ["why did it win best picture", "did hal brenner win best actor"])
def test_no_confident_facts_answer_where_the_facts_do_not_fit(small_engine, question):
    answer = ask(small_engine, question)
    assert not answer.answer.startswith(("Yes", "No."))


# Question forms over the Harbour Lights fixture: the shape of the answer follows the question's.
@pytest.mark.parametrize("question, starts, absent", [
    ("did it win any oscars", "Yes.", None),
    ("was it up for best actor at the oscars", "Yes: it was nominated for Best Actor", "No:"),
    ("did it win best actor at the oscars", "No: it was nominated for Best Actor", "Yes"),
    ("how many oscar noms did it get", "Harbour Lights had four nominations at the Academy Awards, winning two", None),
    ("how many baftas did it win", None, "Harbour Lights won"),  # no BAFTA facts: the passages may say
    ("what did it win at the nordic film awards", "Won at the Nordic Film Awards: Best Actress (Ines Duval)", "Yes"),
])
def test_answer_shape_follows_the_question(small_engine, question, starts, absent):
    answer = ask(small_engine, question)
    if starts:
        assert answer.answer.startswith(starts), answer.answer
    if absent:
        assert not answer.answer.startswith(absent), answer.answer


def test_what_it_lost_to_and_no_record_of_a_person(tmp_path):
    from tests.conftest import engine_over
    engine = engine_over({
        "dune-road/film.toml": 'title = "Dune Road"\n',
        "dune-road/awards.md": (
            "# Dune Road awards\n\nAda Lind stars as Mira. Ben Ortiz plays her brother.\n\n"
            "| Ceremony | Category | Nominee(s) | Result |\n|---|---|---|---|\n"
            "| 90th Academy Awards | Best Picture | Ada Lind | Nominated (lost to *The Long Field*) |\n"
            "| | Best Actress | Ada Lind | Won |\n"
            "| 70th BAFTA Awards | Best Film | Ada Lind | Nominated |\n"),
    }, tmp_path)
    lost = engine.answer_question("what did it lose best picture to", "Dune Road")
    assert "The Long Field" in lost.answer
    nobody = engine.answer_question("was ben ortiz nominated for an oscar", "Dune Road")
    assert nobody.answer.startswith("No: there is no record of a nomination at the Academy Awards for Ben Ortiz")
    none_won = engine.answer_question("how many baftas did it win", "Dune Road")
    assert none_won.answer.startswith("Dune Road won nothing at the BAFTA Awards"), none_won.answer


# A film with many wins across ceremonies, a table of another ceremony, and what beat it only in a sentence.
MANY = {
    "night-ferry/film.toml": 'title = "Night Ferry"\nyear = 2016\n',
    "night-ferry/accolades.html": (
        "<h1>Accolades</h1><p>It was nominated for Best Picture, an award that went to <i>The Long Field</i>.</p>"
        "<table><tr><th>Award</th><th>Date of ceremony</th><th>Category</th><th>Recipient(s)</th><th>Result</th></tr>"
        "<tr><td rowspan=3>Academy Awards</td><td rowspan=3>February 26, 2017</td><td>Best Picture</td>"
        "<td>Ada Lind</td><td>Nominated</td></tr>"
        "<tr><td>Best Director</td><td>Ben Ortiz</td><td>Won</td></tr>"
        "<tr><td>Best Actress</td><td>Ada Lind</td><td>Won</td></tr>"
        "<tr><td rowspan=2>Gotham Awards</td><td rowspan=2>November 28, 2016</td><td>Best Feature</td>"
        "<td>Night Ferry</td><td>Won</td></tr><tr><td>Best Screenplay</td><td>Ben Ortiz</td><td>Won</td></tr>"
        "<tr><td>Annie Awards</td><td>February 4, 2017</td><td>Best Music</td><td>Cy Moss</td><td>Won</td></tr>"
        "<tr><td>Golden Globe Awards</td><td>January 8, 2017</td><td>Best Motion Picture – Drama</td>"
        "<td>Night Ferry</td><td>Won</td></tr></table>"
    ),
}


@pytest.fixture(scope="module")
def many_engine(tmp_path_factory) -> AnswerEngine:
    from tests.conftest import engine_over
    return engine_over(MANY, tmp_path_factory.mktemp("many-awards"))


@pytest.mark.parametrize("question, present, absent", [
    # a count over every ceremony: the number and the main wins, one per ceremony, best-known first
    ("how many awards did it win", ["Night Ferry won six awards at four ceremonies, among them Best Director",
                                    "at the Academy Awards", "Golden Globe"], ["Best Actress"]),
    # a plural the ceremonies vocabulary reads
    ("what did it win at the gothams", ["Best Feature", "Best Screenplay"], ["Best Director"]),
    # what beat it, told only in a sentence
    ("what did it lose best picture to", ["The Long Field"], ["\t"]),
    # a why is answered with a sentence, never a table's row
    ("why did it skip the oscars", [], ["\t", "Ada Lind\tNominated"]),
])
def test_answers_over_many_ceremonies(many_engine, question, present, absent):
    answer = many_engine.answer_question(question, "Night Ferry")
    for text in present:
        assert text in answer.answer, answer.answer
    for text in absent:
        assert text not in answer.answer, answer.answer


def test_every_win_is_an_item_when_the_answer_names_the_main_ones(many_engine):
    answer = many_engine.answer_question("how many awards did it win", "Night Ferry")
    assert sum(1 for item in answer.items if ": Won," in item) == 6


def test_a_ceremony_no_row_is_from_is_not_answered_with_the_others(many_engine):
    answer = many_engine.answer_question("what did it win at the blue dragons", "Night Ferry")
    assert "Best Director" not in answer.answer and "Gotham" not in answer.answer


SHEET = {
    "salt-flats/film.toml": 'title = "Salt Flats"\nyear = 1954\n',
    "salt-flats/fact-sheet.txt": (
        "SALT FLATS (1954)\n\nAWARDS\n\n"
        "Venice Film Festival, 1954 ............ Silver Lion (shared)\n"
        "Mainichi Film Awards .................. Best Supporting Actor\n"
        "                                        (Ines Duval)\n"
        "Academy Awards (29th, 1957), nominated  Best Original Score,\n"
        "                                        Dramatic (Cy Moss)\n\n"
        "The film won no Academy Awards.\n"),
    "salt-flats/awards.md": (
        "# Other awards\n\n| Award | Category | Result |\n|---|---|---|\n"
        "| Grammy Awards | Best Score Soundtrack Album — Cy Moss | Won |\n\n"
        "The Golden Globes had it in two categories, Best Drama and Best Score. Zero wins.\n"),
}


@pytest.fixture(scope="module")
def sheet_engine(tmp_path_factory) -> AnswerEngine:
    from tests.conftest import engine_over
    return engine_over(SHEET, tmp_path_factory.mktemp("sheet"))


@pytest.mark.parametrize("question, starts, present", [
    ("did it win anything at venice", "Yes", "Silver Lion"),
    ("what award did ines duval win", "Ines Duval won Best Supporting Actor at the Mainichi Film Awards", ""),
    ("how many oscars did it win", "Salt Flats won nothing at the Academy Awards", "won no Academy Awards"),
    ("was it up for any oscars", "Yes", "Best Original Score, Dramatic"),
    # a person's yes or no over every ceremony where the question asks for anything
    ("did moss win anything for the score", "Yes", "Best Score Soundtrack Album at the Grammy Awards"),
    ("was cy moss nominated for an oscar", "Yes", "Best Original Score"),
    # a ceremony no row is from, where the page says it won none there
    ("how many golden globes did it win", "None at the Golden Globe Awards", "Zero wins"),
])
def test_answers_from_a_fact_sheet_and_stated_nones(sheet_engine, question, starts, present):
    answer = sheet_engine.answer_question(question, "Salt Flats")
    assert answer.found and answer.answer.startswith(starts), answer.answer
    assert present in answer.answer, answer.answer


def test_one_award_however_pages_name_it(tmp_path):
    from tests.conftest import engine_over
    engine = engine_over({
        "dune-road/film.toml": 'title = "Dune Road"\n',
        "dune-road/wiki.md": (
            "# Accolades\n\n| Award | Category | Nominee(s) | Result |\n|---|---|---|---|\n"
            "| Golden Globe Awards | Best Motion Picture – Drama | Dune Road | Won |\n"
            "| | Best Director | Ada Lind | Won |\n| | Best Supporting Actor | Ben Ortiz | Nominated |\n"),
        "dune-road/press.txt": (
            "The film's Golden Globe wins are:\n\nBEST MOTION PICTURE - DRAMA\nCy Moss, producer\n\n"
            "BEST DIRECTOR - MOTION PICTURE\nAda Lind\n\n"
            "Ben Ortiz (Best Performance by an Actor in a Supporting Role in a Motion Picture) was also nominated.\n"),
    }, tmp_path)
    answer = engine.answer_question("how many golden globes did it win", "Dune Road")
    assert answer.answer.startswith("Dune Road won two awards at the Golden Globe Awards"), answer.answer
    assert "It had three nominations in all." in answer.answer, answer.answer  # Ortiz's is one nomination


def test_other_films_sharing_a_record_and_no_stray_sentence(tmp_path):
    from tests.conftest import engine_over
    engine = engine_over({
        "dune-road/film.toml": 'title = "Dune Road"\n',
        "dune-road/awards.md": (
            "# Awards\n\nAt the 64th Academy Awards, Dune Road won all five major Oscars: Best Picture, Best "
            "Director, Best Actor, Best Actress and Best Adapted Screenplay. It was only the third film to do so, "
            "after *Salt Flats* (1934) and *Night Ferry* (1975).\n\n"
            "| Award | Category | Nominee | Result |\n|---|---|---|---|\n"
            "| Academy Awards | Best Picture | Ada Lind | Won |\n| Academy Awards | Best Sound | Cy Moss | Nominated |\n"),
        "dune-road/review.md": "# Review\n\nA team-up film that never lets up.\n",
    }, tmp_path)
    record = engine.answer_question("which films won the big five before dune road", "Dune Road")
    assert "Salt Flats (1934)" in record.answer and record.answer.startswith("At the 64th Academy Awards"), record.answer
    up_for = engine.answer_question("was it up for any oscars", "Dune Road")
    assert up_for.answer.startswith("Yes") and "team-up" not in up_for.answer, up_for.answer


def test_a_person_named_by_first_name_alone(small_engine):
    # members say "did ines win": the award row is hers, so the answer is no "no record"
    answer = ask(small_engine, "did ines win anything for it")
    assert answer.found and answer.answer.startswith("Yes") and "Best Actress" in answer.answer, answer.answer
