"""The answer engine over the bundled corpus: answers, sources, spoilers, abstention, hostile input."""
import time

import pytest

from bot.answer.engine import check_question_length
from bot.answer.errors import DocumentRejected, QuestionTooLong


def ask(engine, question, film=None, **kw):
    return engine.answer_question(question, film, **kw)


@pytest.mark.parametrize("question, expected", [
    ("Who plays Janis?", "Penélope Cruz"),
    ("which character does Milena Smit play", "Ana"),
    ("who plays the boss of Janis", "Rossy de Palma"),
    ("Who directed it?", "Pedro Almodóvar"),
    ("who composed the score", "Alberto Iglesias"),
    ("How long is the film?", "120"),
    ("What language is it in?", "Spanish"),
    ("What did Stephanie Zacharek say?", "astonishing"),
    ("what did Variety think", "Gleiberman"),
    ("Did it win at Venice?", "Volpi Cup"),
    ("Was it nominated for a BAFTA?", "Best Actress"),
    ("Where was it shot?", "Torremocha de Jarama"),
])
def test_answers_from_facts_in_other_phrasings(seed_engine, question, expected):
    answer = ask(seed_engine, question)
    assert answer.found and expected in answer.answer, answer.answer
    assert answer.film == "Parallel Mothers"
    assert answer.sources and all(s.document.startswith("parallel-mothers/") for s in answer.sources)


def test_answer_names_sources_with_snippets(seed_engine):
    answer = ask(seed_engine, "What does the DNA test reveal?")
    assert answer.found and "not biologically" in answer.answer
    source = answer.sources[0]
    assert source.document == "parallel-mothers/003_02221a3c0229c242.txt"
    assert "DNA" in source.snippet and len(source.snippet) <= 200


def test_plot_twists_are_marked_as_spoilers_and_the_overview_is_not(seed_engine):
    assert ask(seed_engine, "What happens after the DNA test?").spoiler
    assert ask(seed_engine, "How does the film end?").spoiler
    overview = seed_engine.answer_topic("plot")
    assert overview.found and not overview.spoiler and "Janis" in overview.answer


@pytest.mark.parametrize("question", [
    "What was the budget?", "How much did it make at the box office?", "What's the weather in Madrid tomorrow?",
    "Who directed Jurassic Park?", "How old is Milena Smit?", "Is there a sequel?",
])
def test_abstains_when_the_corpus_does_not_say(seed_engine, question):
    answer = ask(seed_engine, question)
    assert not answer.found and answer.answer.startswith("I don't know"), answer.answer
    assert answer.sources == []


def test_unknown_film_option_says_so_with_closest_titles(seed_engine):
    answer = ask(seed_engine, "who stars?", film="Paralel Mothrs")
    assert answer.found and answer.film == "Parallel Mothers"  # a typo still resolves
    unknown = ask(seed_engine, "who stars?", film="The Godfather")
    assert not unknown.found and "The Godfather" in unknown.answer and unknown.film is None


HOSTILE = [
    "title:*", 'who plays "Janis', "a* b* c*", "NOT (((", "AND OR NOT", "film:parallel-mothers^5 id:*",
    "🎬🍿 who stars? 🎥", "who\x00 plays\x07 Janis\u200b?", "{}[]()<>\\/", "*" * 500, "?", "\u202e\u202dJanis",
    "@everyone who plays Janis?", "<@123> <#456> <@&789> stars", "ünïcödé wörds çàst", "ja" * 3000,
]


@pytest.mark.parametrize("question", HOSTILE)
def test_hostile_questions_get_a_normal_answer_quickly(seed_engine, question):
    started = time.perf_counter()
    answer = ask(seed_engine, question)
    assert time.perf_counter() - started < 2.0
    assert isinstance(answer.answer, str) and answer.answer


def test_search_syntax_is_never_interpreted(seed_engine):
    assert ask(seed_engine, 'who plays "Janis').found  # an unbalanced quote is just a quote
    literal = ask(seed_engine, "title:*")  # the word "title", not a field query matching everything
    assert "title" in literal.answer.lower() and len(literal.sources) <= 2


def test_empty_and_huge_questions_get_clear_messages(seed_engine):
    empty = ask(seed_engine, "   \u200b ")
    assert not empty.found and "Ask me" in empty.answer
    huge = ask(seed_engine, "who plays Janis " * 700)
    assert not huge.found and "under 2,000" in huge.answer


def test_the_question_length_check_measures_the_question_as_the_engine_reads_it():
    check_question_length("x" * 10, 10)
    check_question_length("x  \u200b" * 4 + "xx", 10)  # white space folded, invisible characters dropped: 10
    with pytest.raises(QuestionTooLong, match="11 characters long; please ask in under 10"):
        check_question_length("x" * 11, 10)
    with pytest.raises(QuestionTooLong, match="2,001 characters long; please ask in under 2,000"):
        check_question_length("x" * 2001, 2000)


def test_topics(seed_engine):
    cast = seed_engine.answer_topic("cast")
    assert cast.found and len(cast.items) >= 6
    info = seed_engine.answer_topic("info")
    assert "Pedro Almodóvar" in info.answer and "120 minutes" in info.answer and "Madres Paralelas" in info.answer
    critics = seed_engine.answer_topic("critics")
    assert critics.found and any("Gleiberman" in item for item in critics.items)
    assert seed_engine.answer_topic("awards").found


def test_films_and_suggestions(seed_engine):
    assert [f.title for f in seed_engine.films()] == ["Parallel Mothers"]
    assert seed_engine.suggest_films("madres") == ["Parallel Mothers"]


def test_add_document_validates_and_saves_under_a_safe_name(engine, corpus_copy):
    with pytest.raises(DocumentRejected, match="not a .txt"):
        engine.add_document("Parallel Mothers", "evil.exe", b"MZ...")
    with pytest.raises(DocumentRejected, match="UTF-8"):
        engine.add_document("Parallel Mothers", "latin1.txt", "Almodóvar".encode("latin-1"))
    with pytest.raises(DocumentRejected, match="empty"):
        engine.add_document("Parallel Mothers", "empty.txt", b"  \n")
    with pytest.raises(DocumentRejected, match="limit"):
        engine.add_document("Parallel Mothers", "big.txt", b"a" * (engine.settings.max_document_bytes + 1))
    saved = engine.add_document("parallel mothers", "../../etc/passwd.txt", b"The budget was 7 million euros.", "trivia")
    assert saved.startswith("parallel-mothers/") and "/.." not in saved and saved.count("/") == 1
    assert (corpus_copy / saved).read_text().startswith("---\nkind: trivia\n---\n")
    engine.reindex()
    assert "7 million" in ask(engine, "What was the budget?").answer


def test_add_document_for_a_new_film_creates_its_folder(engine, corpus_copy):
    text = b"Volver is a 2006 film directed by Pedro Almodovar, starring Penelope Cruz as Raimunda."
    saved = engine.add_document("Volver", "volver.md", text, "synopsis")
    assert (corpus_copy / "volver" / "film.toml").read_text() == 'title = "Volver"\n'
    engine.reindex()
    answer = ask(engine, "Who plays Raimunda?", film="Volver")
    assert answer.found and "Cruz" in answer.answer and answer.sources[0].document == saved
    assert "Which film" in ask(engine, "who plays the lead?").answer  # two films now: ask which


def test_front_matter_reaches_the_sources_and_an_upload_keeps_its_kind(engine):
    text = b"---\nsource: Film Weekly\nurl: https://example.org/review\n---\nThe budget was 9 million euros.\n"
    saved = engine.add_document("Parallel Mothers", "weekly.md", text, "review")
    engine.reindex()
    source = engine.answer_question("What was the budget?").sources[0]
    assert (source.document, source.source, source.url, source.kind) == (saved, "Film Weekly", "https://example.org/review", "review")


def test_with_several_films_a_question_the_corpus_cannot_answer_is_not_asked_back(engine):
    engine.add_document("Volver", "volver.md", b"Volver is a 2006 film starring Penelope Cruz as Raimunda.", "synopsis")
    engine.reindex()
    answer = engine.answer_question("Who directed Jurassic Park?")
    assert not answer.found and "Jurassic" in answer.answer and answer.candidates == []
    raimunda = engine.answer_question("Who plays Raimunda?")  # only Volver's documents know her
    assert raimunda.film == "Volver" and "Penelope Cruz" in raimunda.answer
    assert engine.answer_question("Who plays the lead?").candidates == ["Parallel Mothers", "Volver"]


@pytest.mark.parametrize("question", ["what happens in it", "what happens in parallel mothers?", "what happened"])
def test_what_happens_with_nothing_else_asked_is_the_overview(seed_engine, question):
    answer = ask(seed_engine, question)
    overview = ask(seed_engine, "what is it about")
    assert answer.found and answer.answer == overview.answer


@pytest.mark.parametrize("ask_it", [
    lambda engine: engine.answer_question("what should I watch if I liked Parallel Mothers?"),
    lambda engine: engine.answer_topic("similar", "Parallel Mothers"),
])
def test_similar_films_keep_recommendations_and_the_director_s_films_apart(seed_engine, ask_it):
    answer = ask_it(seed_engine)
    assert answer.found and answer.intent == "similar"
    recommended, _, director = answer.answer.partition("Pedro Almodóvar's other films")
    assert "Recommended in" in recommended and "Roma (2018)" in recommended and "Volver" not in recommended
    assert "Volver (2006)" in director and "Roma" not in director


def test_how_it_ends_is_the_end_of_the_longest_telling_when_no_section_is_titled(tmp_path):
    from tests.conftest import engine_over
    story = " ".join(f"In scene {n} the heroine walks further along the coast road." for n in range(1, 12))
    engine = engine_over({
        "coast/film.toml": 'title = "Coast"\nyear = 2001\n',
        "coast/plot.txt": f"PLOT\n\n{story}\n\nAt last she reaches the lighthouse and lights the lamp.\n",
        "coast/review.md": "---\nkind: review\n---\nA fine film about walking. It ends well.\n",
        # a trivia page's last section is titled "ends", and is no ending
        "coast/trivia.md": "# Trivia\n\n## Odds and ends\n\nA sequel novel by the director and a co-writer was published in 2022; it is a book, not a film, and no film is planned.\n",
    }, tmp_path)
    answer = engine.answer_question("how does it end", film="Coast", spoilers=True)
    assert "lighthouse" in answer.answer and answer.spoiler


def test_a_who_answer_told_with_pronouns_brings_the_sentence_that_names_them(tmp_path):
    from tests.conftest import engine_over
    engine = engine_over({
        "moth/film.toml": 'title = "Moth"\nyear = 1991\n',
        "moth/plot.txt": ("PLOT\n\nThe man keeps a girl in a well in his cellar. The police search the wrong man's house in "
                          "Chicago, and the wrong man's cellar is empty. The man's neighbours never visit his cellar. "
                          "Agent Clara Mendes follows a moth to a house in Ohio. "
                          "In the dark cellar she fires and kills the man. The girl in the well is rescued alive.\n"),
    }, tmp_path)
    answer = engine.answer_question("who kills the man in the cellar", film="Moth", spoilers=True)
    assert "Clara Mendes" in answer.answer


def test_how_it_ends_gives_the_ending_section_s_start_and_its_last_events(tmp_path):
    from tests.conftest import engine_over
    engine = engine_over({
        "tiger/film.toml": 'title = "Tiger"\nyear = 2000\n',
        "tiger/plot.md": ("---\nkind: plot\n---\n# Plot\n\nJen steals the sword. Mu Bai chases her over the roofs.\n\n"
                          "## Ending\n\nMu Bai tracks Jade Fox to a cave. She poisons him with a dart.\n\n"
                          "He dies in Shu Lien's arms. Jen goes to the mountain. She steps off the bridge into the clouds.\n"),
    }, tmp_path)
    answer = engine.answer_question("how does it end", film="Tiger", spoilers=True).answer
    assert "cave" in answer and "steps off the bridge" in answer


def test_how_it_ends_skips_a_page_title_and_its_tags(tmp_path):
    """A recap titled "… ending included" opens with its title's section; its own "The ending"
    tells the end, and the page's closing tags ("Filed under: …") are no event of it."""
    from tests.conftest import engine_over
    engine = engine_over({
        "desk/film.toml": 'title = "Desk"\nyear = 1960\n',
        "desk/recap.md": ("---\nkind: plot\n---\n# Desk (1960): the complete recap, ending included\n\n"
                          "A clerk lends his flat to his bosses. Here is the whole thing, in order.\n\n"
                          "## The middle\n\nThe boss brings the elevator girl to the flat on Christmas Eve.\n\n"
                          "## The ending\n\nThe clerk quits on New Year's Eve. She runs to his door.\n\n"
                          "She hands him the cards and says: \"Shut up and deal.\"\n\n"
                          "*Filed under: Billy Wilder · Jack Lemmon · Christmas movies that are not really Christmas movies*\n"),
    }, tmp_path)
    answer = engine.answer_question("how does it end", film="Desk", spoilers=True).answer
    assert "quits" in answer and "Shut up and deal" in answer and "Filed under" not in answer, answer


def test_a_why_answer_brings_the_reason_told_after_the_event(tmp_path):
    from tests.conftest import engine_over
    engine = engine_over({
        "crib/film.toml": 'title = "Crib"\nyear = 2021\n',
        "crib/plot.txt": ("PLOT\n\nJanis has a daughter, Cecilia. Months later, Arturo visits Janis and says the baby "
                          "isn't his. He is puzzled by the child's darker complexion. Janis takes a DNA test.\n"),
    }, tmp_path)
    answer = engine.answer_question("why does arturo say the baby isnt his", film="Crib", spoilers=True).answer
    assert "complexion" in answer, answer
