"""Page layout the extractors share (index/extract/layout.py): table rows and blocks, outlet and
title words."""
from __future__ import annotations

from index.extract.layout import column, has_outlet_word, split_row, starts_with_title, tables


def test_rows_split_at_pipes_tabs_or_runs_of_spaces():
    assert split_row("| Actor | Role |") == ["Actor", "Role"]
    assert split_row("Penélope Cruz\tJanis") == ["Penélope Cruz", "Janis"]
    assert split_row("Penélope Cruz    Janis") == ["Penélope Cruz", "Janis"]
    assert split_row("Just a sentence.") is None


def test_a_table_is_a_header_and_its_rows_rule_rows_left_out():
    text = "Intro.\n\n| **Actor** | Role |\n|---|---|\n| Penélope Cruz | Janis |\n| Milena Smit | Ana |\n"
    (table,) = tables(text)
    assert table.header == ("actor", "role")
    assert [row.cells for row in table.rows] == [("Penélope Cruz", "Janis"), ("Milena Smit", "Ana")]
    assert text[table.rows[0].offset:].startswith("Penélope Cruz")
    assert column(table.header, frozenset({"role", "character"})) == 1 and column(table.header, frozenset()) is None


def test_a_single_row_is_no_table():
    assert tables("| Actor | Role |\n\nSome prose.\n") == ()


def test_outlet_and_title_words():
    assert has_outlet_word("The Northbank Review") and not has_outlet_word("Penélope Cruz")
    assert starts_with_title("Captain Do Min-jae") and not starts_with_title("Song Kang-ho")


def test_key_value_lines_with_any_leader_and_wrapped_values():
    from index.extract.layout import leader_lines
    text = ("Studio ........ Toho\nShooting ...... 148 days, spread over\n                a year\n"
            "Director:\tJoel Coen\nBest Director:\n    Joel Coen\nRunning time    98 min\n\n"
            "A sentence without a leader.\n    indented but after no key\n")
    lines = [(line.key, line.value) for line in leader_lines(text)]
    assert lines == [("Studio", "Toho"), ("Shooting", "148 days, spread over a year"), ("Director", "Joel Coen"),
                     ("Best Director", "Joel Coen"), ("Running time", "98 min")]
    assert text[leader_lines(text)[1].offset:].startswith("Shooting")
