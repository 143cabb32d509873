"""Cast answers over a small film: a credits sheet (character first), a press kit in capitals with
notes, a dub table with a column per language, and a plot that names characters by first name."""
from __future__ import annotations

import pytest

from bot.answer.engine import AnswerEngine
from tests.conftest import engine_over

FILES = {
    "the-lantern-road/film.toml": 'title = "The Lantern Road"\nyear = 2003\n',
    "the-lantern-road/credits.txt": (
        "THE LANTERN ROAD (2003)\n\nPRINCIPAL CREDITS\n\n"
        "Written and Directed by ........ Aiko Tanabe\nFilm Editors ........ Ren Okada, Mai Fujita,\n"
        "                                Kenji Aoki\nMusic by ........ Hiro Sato\n"
        "Director of Photography ........ Yuki Mori\nExecutive Producer ........ Taro Ueda\n\n"
        "CAST (in order of appearance)\n\n"
        "Mina Hoshino (as a girl) ........ Sora Ikeda\nMina Hoshino ........ Emi Kato\n"
        "Det. Goro Hoshino, her father ........ Ken Watanabe-Ito\nOld Ferryman ........ Jun Ota\n"
    ),
    "the-lantern-road/press-kit.html": (
        "<h2>The Cast</h2><ul><li>EMI KATO as Mina Hoshino, a lantern maker</li>"
        "<li>NAO SHIBA — Kaito (the neighbour's son)</li></ul>"
        "<h2>Voice cast</h2><table><tr><th>Character</th><th>Japanese voice</th><th>English voice</th></tr>"
        "<tr><td>The Lantern Spirit</td><td>Rin Hayashi</td><td>Clara Boone</td></tr></table>"
    ),
    "the-lantern-road/plot.md": (
        "# Plot\n\nMina carries her father's lantern up the mountain road. Kaito follows her. "
        "The Lantern Spirit asks Mina for her name; Goro waits below.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(FILES, tmp_path_factory.mktemp("cast"))


def ask(engine: AnswerEngine, question: str):
    return engine.answer_question(question, "The Lantern Road")


@pytest.mark.parametrize("question, expected, not_expected", [
    ("who plays mina", "Mina Hoshino is played by Emi Kato", None),  # the lead first, the girl's actor after
    ("who plays young mina", "Sora Ikeda", None),  # two actors, one character: the note decides
    ("who plays the dad", "Ken Watanabe-Ito", None),  # "her father" in the credits sheet
    ("whos kaito played by", "Nao Shiba", None),  # press-kit capitals
    ("who does emi kato play", "Mina Hoshino", None),
    ("who voiced the lantern spirit in english", "Clara Boone", None),
    ("japanese voice of the lantern spirit", "Rin Hayashi", None),
])
def test_cast_credit_answers(engine, question, expected, not_expected):
    answer = ask(engine, question)
    assert answer.found and answer.intent == "cast" and expected in answer.answer, answer.answer
    if not_expected:
        assert not_expected not in answer.answer


def test_a_character_with_a_voice_in_each_dub_names_both_when_the_question_does_not_choose(engine):
    answer = ask(engine, "who voices the lantern spirit")
    assert "Rin Hayashi" in answer.answer and "Clara Boone" in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("who edited it", ["Ren Okada", "Mai Fujita", "Kenji Aoki"]),
    ("who did the music", ["Hiro Sato"]),
    ("who was the dp", ["Yuki Mori"]),
    ("who wrote the script", ["Aiko Tanabe"]),
])
def test_crew_answers_from_a_credits_sheet(engine, question, expected):
    answer = ask(engine, question)
    assert answer.found and all(name in answer.answer for name in expected), answer.answer
    assert "Taro Ueda" not in answer.answer  # an executive producer is not the producer, editor or writer


# A second film for question forms: one description word, a word several descriptions share, a
# relative the documents only give by surname, ages of one character, a two-letter name, a dub.
FAMILY = {
    "harbour-lights/film.toml": 'title = "Harbour Lights"\nyear = 1988\n',
    "harbour-lights/cast.md": (
        "## Cast\n\n"
        "* Piero Valli as Martin Costa, the harbour master\n"
        "* Lena Ferro as Ellen Costa\n"
        "* Dario Neri as Michael Costa\n"
        "* Ada Rossi as Nonna, Ellen's grandmother\n"
        "* Luca Bruni as Totò (child)\n"
        "* Marco Sala as Totò (adult)\n"
        "* Ugo Pace as Al Moretti, a smuggler\n"
        "* Ivo Conti as Rocco, a smuggler\n"
        "* Flea as Kieffer, a diver\n"
    ),
    "harbour-lights/voices.md": (
        "## Voice cast\n\n| Role | Original (Italian) | English dub |\n|---|---|---|\n"
        "| The Lighthouse | Carla Dotti | Mary Stone |\n"
    ),
}


@pytest.fixture(scope="module")
def family_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(FAMILY, tmp_path_factory.mktemp("family"))


@pytest.mark.parametrize("question, expected, not_expected", [
    ("whos the actress playing the grandma", "Ada Rossi", None),  # one description word, one row
    ("who plays the smuggler", ["Ugo Pace", "Ivo Conti"], None),  # a word two rows share: both, said so
    ("who plays costas wife", ["Lena Ferro", "Dario Neri"], "Piero Valli plays"),  # no description: the Costas
    ("who played young toto", "Luca Bruni", "Marco Sala"),
    ("who plays toto as an adult", "Marco Sala", "Luca Bruni"),
    ("whos the voice of al", "Ugo Pace", None),  # a two-letter name
    ("who voices the lighthouse", ["Carla Dotti", "Mary Stone"], None),  # a dub's two voices
    ("is flea in it", "Kieffer", None),
    ("what role does piero valli play", "Martin Costa", None),
])
def test_cast_question_forms(family_engine, question, expected, not_expected):
    answer = family_engine.answer_question(question, "Harbour Lights")
    assert answer.found, answer.answer
    for name in [expected] if isinstance(expected, str) else expected:
        assert name in answer.answer, answer.answer
    if not_expected:
        assert not_expected not in answer.answer, answer.answer


# A third film: descriptions only the prose gives ("Wren, a holographic companion"), possessives
# typed without the apostrophe, a critic who is a character, and a dub the documents don't give.
PROSE = {
    "the-glass-kitchen/film.toml": 'title = "The Glass Kitchen"\nyear = 2011\n',
    "the-glass-kitchen/cast.md": (
        "## Cast\n\n- Oren Vale: Tobias Grant\n- Wren: Lucia Marsh\n- Hugo Vale, Oren's father: Dev Patil\n"
        "- Ines Duro: Paula Reyes\n- Magnus Ek: Joel Sand\n- Nadia Vale: Kim Ostrova\n"
        "- Somayeh, Ines's little girl: Kimia Hosseini\n"
    ),
    "the-glass-kitchen/plot.txt": (
        "Oren Vale lives alone with Wren, a holographic companion sold by the Orbis company.\n"
        "A scathing review by the feared food critic Magnus Ek closes the French restaurant. "
        "Ines Duro, the daughter of a retired senator, buys it. Oren learns that Nadia Vale is Ines's sister.\n"
    ),
}


@pytest.fixture(scope="module")
def prose_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(PROSE, tmp_path_factory.mktemp("prose"))


@pytest.mark.parametrize("question, expected, not_expected", [
    ("whos the hologram companion played by", "Lucia Marsh", None),  # the plot's appositive
    ("who plays the food critic", "Joel Sand", None),  # a critic who is a character: a cast question
    ("who played the senators daughter", "Paula Reyes", None),  # "the daughter of a retired senator"
    ("whos wrens voice", "Lucia Marsh", None),  # a possessive without its apostrophe, the voice asked
    ("who plays orens dad", "Dev Patil", None),  # the father of the possessive's owner
    ("who played the little girl", "Kimia Hosseini", None),  # age words that are a description
])
def test_descriptions_from_prose_and_possessives(prose_engine, question, expected, not_expected):
    answer = prose_engine.answer_question(question, "The Glass Kitchen")
    assert answer.found and expected in answer.answer, answer.answer


def test_a_father_of_someone_else_is_not_the_father_asked_for(prose_engine):
    answer = prose_engine.answer_question("who plays ines's father", "The Glass Kitchen")
    assert "Dev Patil plays" not in answer.answer, answer.answer  # Hugo is Oren's father


def test_a_dub_the_documents_do_not_give_is_not_answered_with_the_original_voice(prose_engine):
    for question in ("who voiced wren in the french dub", "who did wrens voice in the french version"):
        answer = prose_engine.answer_question(question, "The Glass Kitchen")
        assert not answer.found and "Lucia Marsh" not in answer.answer, answer.answer


# A fourth film: ages given as numbers after a dash, a character named like an age word, a
# hyphenated name in the possessive, and a crew word in a question that asks for an actor.
AGES_FILM = {
    "tide-years/film.toml": 'title = "Tide Years"\nyear = 2016\n',
    "tide-years/cast.txt": (
        "Cast (in credits order) verified as complete\n\n"
        "Ravi Holt\t...\tKevin\nOmar Diallo\t...\tKevin - Age 16\nSam Okoro\t...\tKevin - Age 9\n"
        "Lee Park\t...\tLittle\nMina Cho\t...\tYoon-a\n\n"
        "Characters\n\n- Gong Yoon-su (the festival's coordinator, Yoon-a's husband): Jin Dae-yeon\n"
        "- Oto Park (his wife, a screenwriter): Rei Kiri\n- Jun Park (a stage director): Hideo Nishi\n\n"
        "THE COMPANY\n\nSOMAYEH, Razieh's little girl ........ Kimia Hosseini\n"
        "NADER'S FATHER, who has Alzheimer's disease ........ Ali Shahbazi\n"
        "RAZIEH, the carer Nader hires for his father ........ Sareh Bayat\n"
    ),
    "tide-years/overview.md": "Mira Vance plays Paula, his mother, in the second chapter.\n",
}


@pytest.fixture(scope="module")
def ages_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(AGES_FILM, tmp_path_factory.mktemp("ages"))


@pytest.mark.parametrize("question, expected, not_expected", [
    ("who plays kevin at 16", "Omar Diallo", None),
    ("who played kevin as a kid", "Sam Okoro", "Omar Diallo"),
    ("who played little", "Lee Park", None),  # a name, not an age
    ("who plays yoon-as husband", "Jin Dae-yeon", None),
    ("whos the screenwriter wife played by", "Rei Kiri", None),  # "played by": an actor, not the writer
    ("who plays the one with alzheimers", "Ali Shahbazi", None),  # "Alzheimer's" owns no one
    ("who plays naders dad", "Ali Shahbazi", "Sareh Bayat"),  # the character named so, not "his father"
    ("who plays parks wife", "Rei Kiri", None),  # "his wife" of a Park
    ("who plays kevins mom", "Mira Vance", None),  # "his mother": whose, unsaid, may be Kevin's
])
def test_ages_names_and_played_by(ages_engine, question, expected, not_expected):
    answer = ages_engine.answer_question(question, "Tide Years")
    assert answer.found and expected in answer.answer, answer.answer
    if not_expected:
        assert not_expected not in answer.answer, answer.answer


def test_description_words_of_one_root_match():
    from bot.answer.compose.cast import kindred
    from index.search import analyze
    asked = set(analyze("hologram taiwanese general"))
    assert kindred(asked, set(analyze("holographic taiwan generous psychiatry"))) == set(analyze("holographic taiwan"))


# A fourth film: a press kit's capitals with dot leaders, parts named by whose they are, a part described.
PRESS_KIT = {
    "court-years/film.toml": 'title = "Court Years"\nyear = 1994\n',
    "court-years/presskit.txt": (
        "                 WITH (IN ORDER OF APPEARANCE)\n\n"
        "WILLIAM GATES . . . . . . . . . . . . . . . HIMSELF\n"
        "EMMA GATES . . . . . . . . . . . . . WILLIAM'S MOTHER\n"
        "SHEILA AGEE . . . . . . . . . . . . . ARTHUR'S MOTHER\n"
        "GENE PINGATORE . . . . . COACH, ST. JOSEPH HIGH SCHOOL\n\n"
        "Cast\n\n- Arthur Agee as himself\n- Isiah Thomas as a basketball star at the camp\n"
    ),
}


@pytest.fixture(scope="module")
def press_kit_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(PRESS_KIT, tmp_path_factory.mktemp("press-kit"))


@pytest.mark.parametrize("question, expected, not_expected", [
    ("whos arthurs mom", "Sheila Agee", "Emma Gates"),  # a possessive part, the owner also a person
    ("who was the coach at st joseph", "Gene Pingatore", None),
    ("is isiah thomas in it", "a basketball star", None),  # a part described, not named
])
def test_press_kit_parts(press_kit_engine, question, expected, not_expected):
    answer = press_kit_engine.answer_question(question, "Court Years")
    assert answer.found and expected in answer.answer, answer.answer
    if not_expected:
        assert not_expected not in answer.answer, answer.answer


def test_a_part_named_by_what_the_character_does_is_called_by_its_capitalised_words():
    """"Man who hires Wells" is no answer to every question with "who" in it."""
    from bot.answer.compose.cast import name_words
    assert name_words("Man who hires Wells") == {"man", "wells"}
    assert name_words('Salvatore "Totò" Di Vita') == {"salvatore", "toto", "di", "vita"}
    assert name_words("sonny") == {"sonny"}  # a name typed in lower case is all name


@pytest.mark.parametrize("question, expected, not_expected", [
    ("who plays the bounty hunter guy", "Woody Harrelson", "Stephen Root"),
    ("who plays the man who hires wells", "Stephen Root", None),
])
def test_a_part_named_by_a_description(tmp_path, question, expected, not_expected):
    engine = engine_over({
        "hunt/film.toml": 'title = "Hunt"\nyear = 2007\n',
        "hunt/cast.txt": "Top cast\nTommy Lee Jones\tEd Tom Bell\nStephen Root\tMan who hires Wells\n"
                         "Woody Harrelson\tCarson Wells\n",
        "hunt/plot.md": "# Plot\n\nA hunter finds two million dollars in the desert. A businessman hires Carson Wells, "
                        "a bounty hunter, to find him. Sheriff Ed Tom Bell follows the trail.\n",
    }, tmp_path)
    answer = engine.answer_question(question, "Hunt")
    assert not expected or expected in answer.answer, answer.answer
    assert not not_expected or not_expected not in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("whats janis full name", "Janis’s full name is Janis Martínez Moreno"),
    ("what is janis last name", "Janis’s last name is Martínez Moreno"),
])
def test_a_character_s_whole_name_from_the_cast_list(seed_engine, question, expected):
    answer = seed_engine.answer_question(question, "Parallel Mothers")
    assert answer.found and expected in answer.answer, answer.answer


def test_a_name_the_cast_list_gives_no_more_of_is_not_made_up(tmp_path):
    engine = engine_over({
        "haine/film.toml": 'title = "Haine"\nyear = 1995\n',
        "haine/cast.txt": "Cast\n\nVincent Cassel as Vinz\nHubert Koundé as Hubert\n",
    }, tmp_path)
    answer = engine.answer_question("whats vinz last name", "Haine")
    assert "last name is" not in answer.answer, answer.answer


def test_the_old_one_of_a_character_played_at_two_ages_and_one_actor_under_two_spellings(tmp_path):
    """The plot says "Carl, a grumpy 78-year-old"; the cast lists "Young Carl" and "Carl
    Fredricksen", and Edward Asner also as "Ed Asner": "the grumpy old guy" is Asner, once."""
    engine = engine_over({
        "lift/film.toml": 'title = "Lift"\nyear = 2009\n',
        "lift/imdb.txt": "Top cast\nEdward Asner\tCarl Fredricksen (voice)\nJordan Nagai\tRussell (voice)\n"
                         "Bob Peterson\tDug (voice)\nJeremy Leary\tYoung Carl (voice)\n",
        "lift/wiki.txt": "Cast\n\nEd Asner as Carl Fredricksen\nJeremy Leary as young Carl\n",
        "lift/plot.md": ("# Plot\n\nIt follows Carl Fredricksen, an elderly widower. Carl, a grumpy 78-year-old, ties "
                         "balloons to his house. Russell, a boy scout, comes along.\n"),
    }, tmp_path)
    answer = engine.answer_question("who voices the grumpy old guy", "Lift").answer
    assert "Edward Asner" in answer and "Ed Asner" not in answer and "Jeremy Leary" not in answer, answer


def test_an_actor_s_first_name_cut_short_is_the_same_actor():
    from bot.answer.credits import shortened
    assert shortened("ed asner", "edward asner") and not shortened("ed asner", "ed harris")
    assert not shortened("al pacino", "al pacino") and not shortened("a b", "al b")


def test_a_title_the_credit_abbreviates_names_the_character(tmp_path):
    engine = engine_over({
        "flat/film.toml": 'title = "Flat"\nyear = 1960\n',
        "flat/cast.txt": "Cast\n\nJack Lemmon as C. C. Baxter\nJack Kruschen as Dr. Dreyfuss\nNaomi Stevens as Mrs. Dreyfuss\n",
        "flat/plot.md": "# Plot\n\nBaxter runs next door for the doctor. Mrs. Dreyfuss cooks him soup.\n",
    }, tmp_path)
    answer = engine.answer_question("who played the doctor next door", "Flat").answer
    assert "Jack Kruschen" in answer and "Naomi Stevens" not in answer, answer
