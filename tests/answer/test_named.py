"""A name answers only next to the one named; an age only next to the one aged."""
import pytest

from bot.answer.answer_shapes import AGE, answer_shape
from bot.answer.named import ages_beside, asked_age, asked_doer, asked_name, names_beside
from index.search import analyze


@pytest.mark.parametrize("question, focus, part", [
    ("whats the squirrels name", ("squirrel",), None),
    ("whats the name of coles dad", ("dad", "father"), None),
    ("what do they call the baby janis takes home", ("babi", "jani", "take", "home"), None),
    ("whats vinz last name", ("vinz",), "last"),
    ("and anas last name?", ("ana",), "last"),  # a follow-on, said on its own
    ("whats marion cranes middle name", ("marion", "crane"), "middle"),
    ("whats the name of the pizza place that delivers", ("pizza", "place"), None),
    ("whats remys brother called in ratatouille", ("brother",), None),
    ("whats arturos wifes name", ("wife",), None),
    ("What is Lisbeth's nickname?", ("lisbeth",), "nick"),
    ("whats buffalo bills real name", ("buffalo", "bill"), "real"),
])
def test_asked_name_finds_the_one_named(question, focus, part):
    named = asked_name(question)
    assert named is not None and named.focus == focus and named.part == part


@pytest.mark.parametrize("question", [
    "what fake name does she sign in with",  # the story's alias, found by words, not by a name's place
    "what is the film called in france",  # a title
    "What does Sophia's name reflect about her personality?",
    "who directed it",
])
def test_questions_that_ask_no_name(question):
    assert asked_name(question) is None


@pytest.mark.parametrize("question, text, fits", [
    ("whats the babys name", "Months later, Arturo visits Janis and meets the baby, Cecilia.", True),
    ("whats the babys name", "Janis has a baby with Arturo.", False),
    ("whats victors dog called", "Gromit fights off Victor's dog Philip.", True),
    ("whats the name of quints boat", "They set out on Quint's battered boat, the Orca.", True),
    ("What is the name of the hostile Puritan gamekeeper?", "A hostile Puritan gamekeeper named Corbould seeks harm.", True),
    ("What is the name of the kingdom?", "The army is defeated by the rival kingdom of Nemedia.", True),
    ("What is Lisbeth's nickname?", "After her mother's death, Lisbeth (given the nickname Longskirt, or", True),
    ("What is the name of the distant relative?", "his distant relative, the unconventional doctor Pascal Rougon (the", True),
    ("whats the name of the group", 'a radical literary group known as "The Crowd."', True),
    ("whats the name of the short story", 'he had described a tank in a short story ("The Land Ironclads").', True),
    ("whats the squirrels name", "Tonight it's a squirrel, which he lets loose in the living room.", False),
    ("whats vinz last name", "A police officer grabs Vinz, and his gun goes off.", False),
    ("whats vinz last name", "Vinz Taubman is angry.", True),
    ("whats marion cranes middle name", "Janet Leigh - Marion Crane", False),
    ("whats mr pinks real name", "Steve Buscemi as Mr. Pink", False),
    ("whats mr pinks real name", "Mr. Pink (Steve Buscemi) is angry.", False),
    ("whats buffalo bills real name", "He is Jame Gumb, Buffalo Bill.", True),
    # a bracket opening with an article names what precedes it; a credit's bracket does not
    ("What is the name of their spaceship?", "They follow him in their own spaceship (the eponymous Skylark).", True),
    ("whats the name of the dog", "The dog (Rex Ingram) barks.", False),
    ("What is the name of Uncle Silas's mansion?", "a locked room in Silas's mansion at Bartram-Haugh.", True),
])
def test_a_name_fits_only_beside_the_one_named(question, text, fits):
    named = asked_name(question)
    assert names_beside(named, set(analyze(question)))(text) is fits


@pytest.mark.parametrize("question, text, fits", [
    ("how old is the little girl", "YURI (Miyu Sasaki) – A four-year-old girl the family finds.", True),
    ("how old is sandra", "Sandra lives with their eleven-year-old son Daniel.", False),
    ("how old is sandra", "Sandra, aged 45, lives in a chalet.", True),
    ("how old is sandra", "Sandra is 45 years old.", True),
    ("how old is sonny meant to be", "The real Salvatore Naturile was 18 years old.", False),
])
def test_an_age_fits_only_beside_the_one_aged(question, text, fits):
    assert ages_beside(asked_age(question), AGE)(text) is fits


def test_answer_shape_requires_the_name_or_age_beside():
    assert answer_shape("whats the cats name").required
    assert not answer_shape("whats the cats name").test("Jopling throws Kovacs's cat out of a window.")
    assert answer_shape("how old is the little girl").test("a four-year-old girl")
    assert not answer_shape("how many robots are there").test("GO-4 takes the plant.")  # a code, not a count


def test_how_much_a_thing_is_needs_a_number_beside_that_thing():
    assert answer_shape("how much is the grandmas pension in shoplifters").counted == "pension"
    assert answer_shape("how much did she steal").counted is None  # any amount in a sentence about stealing


@pytest.mark.parametrize("question, text, fits", [
    ("who did the fight choreography", "The fights were choreographed by Yuen Woo-ping, who had just done The Matrix.", True),
    ("who did the storyboards for iron giant", "Storyboards by Mark Andrews.", True),
    ("who did the sound design", "There are shouts, a glass smashes, and the sound of blows.", False),
    ("who did the english subtitles", "Jeunet wrote the part for the English actress Emily Watson.", False),
])
def test_a_job_is_answered_by_a_name_beside_it(question, text, fits):
    named = asked_doer(question)
    assert names_beside(named, set(analyze(question)))(text) is fits


def test_who_did_the_thing_with_a_verb_is_no_job():
    assert asked_doer("who did the beast infect with a fungal disease first?") is None
    assert asked_doer("Who does the group of conspirators want to replace Conan with?") is None


def test_what_someone_does_for_work_asks_for_an_occupation():
    assert answer_shape("what does janis do for work").test("Janis, a professional photographer in Madrid.")
    assert not answer_shape("what does janis do for work").test("Rossy de Palma as Elena, Janis's boss and friend")


def test_an_age_in_words_answers_unless_an_exact_age_is_asked():
    assert answer_shape("how old is ana").test("Janis is middle-aged, while Ana is just a teenager.")
    assert not answer_shape("how old is janis exactly").test("Janis is middle-aged, while Ana is just a teenager.")
    assert not answer_shape("how old is marta").test("Marta, the nurse, cares for the old man.")


def test_a_teen_number_counts():
    assert answer_shape("how many chapters is it split into").test("The film is divided into thirteen titled chapters.")


def test_a_song_asked_for_is_a_title_in_quotes_the_question_does_not_name():
    shape = answer_shape("what song plays at the enchantment under the sea dance")
    assert shape.required
    assert shape.test('Songs include "Little Green Bag" and "Stuck in the Middle with You" by Stealers Wheel.')
    assert not shape.test('Marty plays guitar at the "Enchantment Under the Sea" dance.')  # the question's own name
    assert not shape.test("The film ends with the exhumation sequence.")
