from pathlib import Path

from index.models import Document
from index.passages import split_passages

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "parallel-mothers"


def passages_of(text: str):
    return split_passages(Document(film="f", id="f/d.txt", text=text))


def test_offsets_point_back_into_the_document():
    for path in SEEDS.glob("*.txt"):
        document = Document(film="f", id=path.name, text=path.read_text(encoding="utf-8"))
        for passage in split_passages(document):
            assert document.text[passage.start:passage.end] == passage.text


def test_headings_are_kept_on_the_passages_beneath_them():
    text = "Film Music and Composer\nThe score was composed by Ann Note. It is lovely.\nFilming Locations\nShot in Lyon."
    found = passages_of(text)
    assert [(p.heading, p.text) for p in found] == [
        ("Film Music and Composer", "The score was composed by Ann Note. It is lovely."),
        ("Filming Locations", "Shot in Lyon."),
    ]


def test_a_run_of_short_lines_is_content_not_a_stack_of_headings():
    # table rows and credit lines above a paragraph: only the section title is a heading
    text = ("Cast\nAmy Adams\tLouise Banks\nJeremy Renner\tIan Donnelly\nForest Whitaker\tColonel Weber\n"
            "The cast was assembled in 2015 for the shoot in Montreal.\n")
    found = passages_of(text)
    assert any("Jeremy Renner" in p.text for p in found), found
    assert [p.heading for p in found if "Amy Adams" in p.text or "Jeremy Renner" in p.text] == [None]
    # a section title over a sub-section title still heads it
    two = passages_of("Memorable Scenes\nKey Scenes\n- The hospital birth.\n- The kitchen confession.\n")
    assert [p.heading for p in two] == ["Key Scenes"]


def test_a_wiki_hatnote_is_no_heading():
    found = passages_of("Plot\nMain article: Founding of Facebook\nIn the end, Mark sends Erica a friend request.\n")
    assert [(p.heading, p.text) for p in found] == [("Plot", "In the end, Mark sends Erica a friend request.")]


def test_list_items_stay_together_and_furniture_is_dropped():
    text = "top of page\nCast\n- Ann as Maria\n- Bob as Tom\n- Cy as Lu\nbottom of page\n"
    found = passages_of(text)
    assert len(found) == 1 and found[0].heading == "Cast" and found[0].text.count("\n") == 2


def test_a_pages_warning_about_its_own_spoilers_is_furniture():
    text = ("Plot\nWarning: this page reveals the twist ending. Do not read it if you have not seen the film.\n"
            "Malcolm meets Cole, a boy who sees the dead.\nSPOILERS AHEAD!\nThe warning: he ignores it.\n")
    joined = " ".join(p.text for p in passages_of(text))
    assert "Malcolm meets Cole" in joined and "The warning: he ignores it." in joined
    assert "this page reveals" not in joined and "SPOILERS AHEAD" not in joined


def test_wrapped_lines_join_and_long_paragraphs_split_at_sentences():
    wrapped = passages_of("The film follows two mothers who\nmeet in a hospital and\nbecome friends.\n")
    assert len(wrapped) == 1
    long = passages_of(" ".join(f"Sentence number {n} says something about the film." for n in range(60)))
    assert len(long) > 2 and all(p.text.endswith(".") for p in long)


def test_seed_summary_sections():
    document = Document(film="f", id="s", text=(SEEDS / "003_02221a3c0229c242.txt").read_text(encoding="utf-8"))
    headings = {p.heading for p in split_passages(document)}
    assert {"Two Mothers, One Fate", "Movie Ending", "Cast", "Trivia", "Key Scenes"} <= headings


def test_a_heading_the_markup_marks_is_one_even_if_it_reads_like_a_sentence():
    text = "An assignment\nShe is sent to see him. He helps.\nThe ending (spoilers)\nShe finds the killer. He phones her."
    found = split_passages(Document(film="f", id="f/d.md", text=text, headings=[2]))
    assert [p.heading for p in found] == ["An assignment", "The ending (spoilers)"]


def test_a_table_row_is_never_a_heading():
    text = "Writing credits\nTed Tally\tscreenplay\nThomas Harris\tnovel\nCast\nJodie Foster\t...\tClarice Starling\nAnthony Hopkins\t...\tHannibal Lecter"
    headings = {p.heading for p in passages_of(text)}
    assert not any("\t" in (h or "") for h in headings)


def test_a_drawn_line_under_a_title_is_no_heading_of_its_own():
    text = "The story\n---------\nJeff watches the yard. He sees a crime.\n\nEnding\n------\n\nJeff falls. Lisa laughs."
    assert [(p.heading, p.text) for p in passages_of(text)] == [
        ("The story", "Jeff watches the yard. He sees a crime."), ("Ending", "Jeff falls. Lisa laughs.")]


def test_a_wrapped_line_in_lowercase_is_no_heading():
    text = ("Some days later the heat has broken. Miss Lonelyhearts has found\ncompanionship with the songwriter, "
            "whose song saved her\nfrom an overdose of pills. Jeff dozes in his wheelchair with both legs in casts.")
    assert [(p.heading, p.text) for p in passages_of(text)] == [(None, text)]


def test_an_aggregator_card_s_rating_line_is_no_heading():
    text = ('Marcus Oduya — Screen Weekly\n"A perfect confection, layered like a pastry."\n4/4 Fresh\n\n'
            'Curtis Varga — The Valley Weekly\n"A dollhouse with nobody living in it."\n2/5 Rotten\n')
    found = passages_of(text)
    assert any("4/4 Fresh" in p.text and p.heading == "Marcus Oduya — Screen Weekly" for p in found), found
    assert "4/4 Fresh" not in {p.heading for p in found}
