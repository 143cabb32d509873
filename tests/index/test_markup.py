"""HTML to text: the block structure as line breaks, table cells kept apart for the extractors."""
from __future__ import annotations

import pytest

from index.extract.layout import tables
from index.markup import html_to_text

CASES = {
    "table rows: one line each, cells tab-separated": (
        "<p>Intro</p><table><tr><th>Actor</th><th>Role</th></tr><tr><td>Jane Doe</td><td>Ana</td></tr></table>",
        "Intro\n\nActor\tRole\nJane Doe\tAna\n",
    ),
    "an empty first cell keeps its place": (
        "<table><tr><td>Editors</td><td>Jane Doe</td></tr><tr><td></td><td>John Roe</td></tr></table>",
        "Editors\tJane Doe\n\tJohn Roe\n",
    ),
    "definition lists: term and definition on one line": (
        "<dl><dt>Director</dt><dd>Jane Doe</dd><dt>Music</dt><dd>John Roe</dd></dl>",
        "Director\tJane Doe\nMusic\tJohn Roe\n",
    ),
    "list items and paragraphs as before": (
        "<h2>Cast</h2><ul><li>Jane Doe as Ana</li><li>John Roe as Luis</li></ul><p>After <b>it</b>.</p>",
        "Cast\n\n- Jane Doe as Ana\n\n- John Roe as Luis\n\nAfter it.\n",
    ),
    "scripts and styles are skipped": ("<style>td{}</style><p>Text</p><script>x()</script>", "Text\n"),
}


@pytest.mark.parametrize("name", CASES)
def test_html_to_text(name):
    html, expected = CASES[name]
    assert html_to_text(html) == expected


def test_an_html_table_reaches_the_extractors_as_a_table():
    html = "<table><tr><th>Character</th><th>Played by</th></tr><tr><td>Ana</td><td>Jane Doe</td></tr>" \
           "<tr><td>Luis</td><td>John Roe</td></tr></table>"
    (table,) = tables(html_to_text(html))
    assert table.header == ("character", "played by")
    assert [row.cells for row in table.rows] == [("Ana", "Jane Doe"), ("Luis", "John Roe")]


def test_a_break_inside_a_table_cell_stays_in_the_cell_and_parts_its_items():
    from index.markup import html_to_text
    html = "<table><tr><td>Best Picture</td><td>Nominated<br><small>lost to X</small></td></tr><tr><td>a</td><td>b</td></tr></table>"
    assert html_to_text(html) == "Best Picture\tNominated; lost to X\na\tb\n"
    html = "<table><tr><th>Starring</th><td>Peter Sallis<br>Ralph Fiennes</td></tr></table>"
    assert html_to_text(html) == "Starring\tPeter Sallis; Ralph Fiennes\n"


def test_markdown_emphasis_closing_star_goes_too():
    from index.markup import markdown_to_text
    assert markdown_to_text("| lost to *Green Book* |\n*Amélie* won") == "| lost to Green Book |\nAmélie won"


@pytest.mark.parametrize("markup, text, expected", [
    # Wikipedia's reference markers and [edit] links go, attached to the word before them
    ("markdown", "It runs 98 minutes[1] and won.[12] Directed by Daniels[a]", "It runs 98 minutes and won. Directed by Daniels"),
    ("markdown", "Shot in 1995[note 3] in Minnesota[citation needed].", "Shot in 1995 in Minnesota."),
    ("html", "<h2>Plot<span>[</span><a>edit</a><span>]</span></h2><p>Won.<sup>[1]</sup> Next</p>", "Plot\n\nWon. Next\n"),
    # text in brackets stays: a capital letter, a year, a bracket after a space, a table's Ref. cell
    ("markdown", "Grade [A] in [1999], see [2] below", "Grade [A] in [1999], see [2] below"),
    ("html", "<table><tr><td>Won</td><td>[2]</td></tr></table>", "Won\t[2]\n"),
])
def test_reference_markers(markup, text, expected):
    from index.markup import markdown_to_text
    assert (markdown_to_text if markup == "markdown" else html_to_text)(text) == expected


def test_a_wiki_page_pasted_as_plain_text_loses_its_reference_marks():
    from index.markup import structured_text
    text, _ = structured_text("Cast[edit]\nAcademy Awards[12]\tBest Director\tNominated\nGrade [A] in [1999]\n", "text")
    assert text == "Cast\nAcademy Awards\tBest Director\tNominated\nGrade [A] in [1999]\n"


def test_the_markup_s_own_headings_are_numbered_lines():
    from index.markup import structured_text
    text, headings = structured_text("# Plot\n\nShe runs.\n\n## The ending (spoilers)\n\nShe wins.\n", "markdown")
    assert [text.split("\n")[i] for i in headings] == ["Plot", "The ending (spoilers)"]
    text, headings = structured_text("<h2>Directed by</h2><p>Ann Lee</p><table><tr><td>Bo</td><td>novel</td></tr></table>", "html")
    assert [text.split("\n")[i] for i in headings] == ["Directed by"]
    assert "\ue000" not in text
    assert structured_text("Plot\nShe runs.", "text") == ("Plot\nShe runs.", [])
