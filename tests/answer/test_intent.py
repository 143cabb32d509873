"""What a question asks (bot/answer/intent.py): intent and detail, as a table."""
import pytest

from bot.answer.intent import read_question


@pytest.mark.parametrize("question, intent, detail", [
    ("who stars in it", "cast", None),
    ("who did the music", "crew", "composer"),
    ("who wrote the screenplay", "crew", "writer"),
    ("who did ryan goslings stunts", "crew", "stunts"),
    ("who came up with the idea for it", "crew", "writer"),
    ("who wrote the book its based on", "facts", "based_on"),  # the source's author, not the screenwriter
    ("who wrote the script based on the novel", "crew", "writer"),
    ("how long is it", "facts", "runtime"),
    ("how long does it last", "facts", "runtime"),
    ("does it run over 2 hours", "facts", "runtime"),
    ("who played the son who runs the publishing company", "cast", None),  # his running, not the film's
    ("whats vinz last name", "general", None),  # "last" the adjective, not the verb
    ("what was the last scene", "plot", "ending"),
    ("where does it take place", "plot", "setting"),
    ("who ratted out neil's crew before the bank job", "general", None),  # a character's gang, not the film crew
    ("who was on the crew", "crew", None),
    ("is penelope cruz good in it", "critics", None),  # a performance judged
    ("is cruz in it", "cast", None),
    ("is ana dead", "general", None),  # the story, not an opinion  # the story's place, not where it was filmed
    ("what year is it set in", "plot", "setting"),
    ("where was it filmed", "facts", "filming_location"),
    ("what was the budget", "facts", "budget"),
    ("how much did it cost to make", "facts", "budget"),
    ("how much did it make at the box office", "facts", "box_office"),
    ("what did it make on its opening weekend", "facts", "opening_weekend"),
    ("where can i watch it", "facts", "streaming"),
    ("whats the imdb rating", "facts", "aggregate_rating"),
    ("what's the rotten tomatoes score", "facts", "aggregate_rating"),
    ("whats the weather in madrid tomorrow", "general", "now"),
    ("how many oscars did it win", "awards", "count_won"),
    ("was it any good", "critics", None),
    ("what age rating did it get in the uk", "facts", "certificate"),
    # the film itself judged in a word of feeling: the critics' verdict, unless a fact or an award is asked
    ("is it really the best film ever made or is that just hype", "critics", None),
    ("isnt it kinda boring tho", "critics", None),
    ("is it as good as everyone says", "critics", None),
    ("is it based on a true story", "facts", "based_on"),
    ("was it up for best picture", "awards", None),
    ("how long is it", "facts", "runtime"),
    ("how long did mrs tittlemouse spend cleaning her house", "general", None),  # the story's time, not the film's
    ("how long did it take pixar to render it", "general", None),
    ("is it ok for a 10-year-old", "general", None),  # a parents' guide, not the critics nor the year
    ("is it too scary for my 7 year old", "general", None),  # a board's rating, not a critic's
    ("is it actually good", "critics", None),  # an intensifier between: still the critics' verdict
    ("was it really that good", "critics", None),
    ("how does it end", "plot", "ending"),
    ("whats the very last shot of the film", "plot", "ending"),
    ("who shot it", "crew", "cinematographer"),
    ("who shot the film", "crew", "cinematographer"),
    ("who shot malcolm", "general", None),  # the story's shooting, not the cinematography
    ("what is it about", "plot", "overview"),
    # a cue is a word with its own endings, not the start of a name ("Earnscliff", "Grossman")
    ("what were earnscliff and his party tracking", "general", None),
    ("why does grossman leave the town", "general", None),
    ("how much did it earn", "facts", "box_office"),
    ("was it nominated for anything", "awards", None),
    ("films like parallel mothers", "similar", None),
    ("what should i watch if i liked it", "similar", None),
    ("any recommendations? what else should i watch", "similar", None),
])
def test_reading(question, intent, detail):
    reading = read_question(question)
    assert (reading.intent, reading.detail) == (intent, detail)


@pytest.mark.parametrize("question", [
    "who gave it the lowest score", "which critic gave it the highest marks", "who gave it a b+",
    "what grade did the gazette give it", "who reviewed it for the gazette", "who liked it the most",
    "did anyone hate it", "whats the consensus", "did people enjoy it",
    "did anyone have complaints about it", "any criticism of it", "what did the bad review say", "is it overhyped",
])
def test_critics_questions(question):
    assert read_question(question).intent == "critics"


@pytest.mark.parametrize("question, words", [
    # the whole phrase is the cue, so that no word of it is left to be looked for in the story
    ("is it worth watching", {"worth", "watching"}),
    ("is it worth seeing", {"worth", "seeing"}),
])
def test_a_cue_is_its_longest_phrase(question, words):
    assert words <= read_question(question).cue_words


@pytest.mark.parametrize("question, intent", [
    ("did marquee weekly like groundhog day", "critics"), ("who didnt like the ending", "critics"),
    ("did you like it", "critics"),
    ("who shot it, like the camera guy", "crew"),  # a pause, not an opinion
    ("what was the weather like at the premiere", "facts"),  # a description asked for
    ("whats anas mom like", "general"),
])
def test_like_is_an_opinion_only_as_a_verb(question, intent):
    reading = read_question(question)
    assert reading.intent == intent
    assert not {"marquee", "weekly"} & reading.cue_words  # the critic's name stays a word to look for


def test_top_level_alternatives():
    from bot.answer.intent import alternatives
    assert alternatives(r"a|b(?:c|d)|e\|f|[x|y]|g") == ["a", "b(?:c|d)", "e\\|f", "[x|y]", "g"]


@pytest.mark.parametrize("question, words", [
    # a rating named as printed is what is asked, not a word the documents must hold
    ("who gave it five stars", {"five", "stars"}),
    ("did anyone give it one star", {"one", "star"}),
    ("who gave it 4 stars", {"4", "stars"}),
    ("which critic gave it 9/10", {"9/10"}),
    ("whats the avg score", {"avg", "score"}),
    ("whats the average rating", {"average", "rating"}),
    ("who gave it a rotten review", {"rotten", "review"}),
    ("did it get two thumbs up", {"thumbs", "up"}),
])
def test_ratings_asked_are_cues(question, words):
    reading = read_question(question)
    assert (reading.intent, reading.detail) == ("critics", "rating")
    assert words <= reading.cue_words


@pytest.mark.parametrize("question, intent", [
    # a character's reasons: "think" there is the story's, not a critic's
    ("why does arturo think the baby isn't his", "general"),
    ("why does chris think georgina is acting weird", "general"),
    ("how come she thought he was dead", "general"),
    # what a character believed or said: the story's
    ("how did people think he died", "general"),
    ("what did harlan say to joni at the party", "general"),
    ("did people think it was good", "critics"),
    ("what did people say about it", "critics"),
    # ... unless a word names the critics
    ("why did critics hate it", "critics"),
    ("why did the reviewers think it was too long", "critics"),
    ("what did the critics think of the bank shootout", "critics"),
    ("what did the guardian say", "critics"),
    # the film's stars are its cast, not a rating
    ("who are the two stars of the film", "cast"),
    ("who stars in it", "cast"),
    # a critic who is a character: the actor is asked for
    ("who plays the food critic", "cast"),
    ("whos the critic voiced by", "cast"),
    ("whos the screenwriter wife played by", "cast"),
    ("which critic hated it", "critics"),
    # "worth" watching is an opinion; what something is worth is not
    ("is it worth watching", "critics"),
    ("was it worth the money", "critics"),
    ("how much were the diamonds worth", "general"),
    # faults found with the film, not a character's
    ("any flaws", "critics"),
    ("were there problems with the movie", "critics"),
    ("does marion have problems with sam", "general"),
])
def test_opinion_verbs(question, intent):
    assert read_question(question).intent == intent


# Facts questions as members type them: the fact each one asks for.
FACTS_QUESTIONS = [
    ("how long is it", "runtime"), ("how many hours is it", "runtime"), ("whats the runtime", "runtime"),
    ("is it in english", "language"), ("what language is it in", "language"),
    ("when did it come out", "release_date"), ("when did it hit theaters in the us", "release_date"),
    ("when did it come out on blu ray", "release_date"), ("when did it premiere", "release_date"),
    ("what year did it come out", "year"),
    ("what country is it from", "country"),
    ("is it based on a book", "based_on"), ("is it based on a true story", "based_on"),
    ("is it a remake", "remake"), ("was it remade", "remake"),
    ("where did they film it", "filming_location"), ("wher was it shot", "filming_location"),
    ("what genre", "genre"), ("what kind of movie is it", "genre"), ("is it a comedy", "genre"),
    ("whats the original title", "original_title"), ("whats the japanese title", "original_title"),
    ("what was it originally called", "original_title"), ("what is it called in japan", "original_title"),
    ("what was the film called in french", "original_title"), ("what is it called in spanish", "original_title"),
]


@pytest.mark.parametrize("question, detail", FACTS_QUESTIONS)
def test_facts_questions(question, detail):
    reading = read_question(question)
    assert (reading.intent, reading.detail) == ("facts", detail)


@pytest.mark.parametrize("question", [
    "what does the japanese title of spirited away mean",  # a meaning, not the title
    "who played young toto in cinema paradiso",  # "cinema" in a title is no release
    "whats the big colourful bird called in up",  # a bird's name, not the film's in another language
])
def test_not_facts_questions(question):
    assert read_question(question).detail not in ("original_title", "release_date")


def test_faults_asked_are_cue_words():
    """The words that ask for faults are the question's frame, not words the documents must hold:
    "problems" in no review must not make the question about something else."""
    assert {"problems", "with"} <= read_question("did any critics have problems with it").cue_words


@pytest.mark.parametrize("question, holder", [
    ("what did mark kermode say", "mark kermode"), ("how did the tribune rate it", "the tribune"),
    ("what rating did empire give parallel mothers", "empire"), ("how many stars did the guardian give it", "the guardian"),
    ("what did she say to him", "she"),
])
def test_whose_opinion_a_question_asks_for(question, holder):
    from bot.answer.intent import opinion_holder
    assert opinion_holder(question) == holder


@pytest.mark.parametrize("question, intent", [
    ("what does the cardinal give the new editor when they meet", "general"),  # a character, not the film's editor
    ("who was the editor", "crew"), ("cinematographer?", "crew"), ("what production company made it", "crew"),
])
def test_a_crew_noun_in_a_story_question_is_a_character(question, intent):
    assert read_question(question).intent == intent


@pytest.mark.parametrize("question, intent", [
    ("what song plays during the ear scene", "general"), ("in it what song plays over the credits", "general"),
    ("what s the song playing at bennys party", "general"), ("should i bother watching it", "critics"),
    ("what part does he play", "cast"), ("which actor played sal", "cast"), ("what role did she play", "cast"),
])
def test_a_thing_that_plays_is_no_actor(question, intent):
    assert read_question(question).intent == intent


@pytest.mark.parametrize("question, intent", [
    ("whats the name of noras play", "general"),  # "play" the noun: a stage play, no part
    ("who does she play", "cast"),
    ("does his dad play in it", "cast"),
])
def test_play_the_noun_asks_no_cast(question, intent):
    assert read_question(question).intent == intent


def test_a_thing_the_film_is_is_no_judgement_of_it():
    from bot.answer.intent import read_judgement
    assert read_judgement("was it a tv play first") is None  # "play" is a word of feeling to the lexicon
    assert read_judgement("was it a hit") is None
    assert read_judgement("isnt it kinda boring tho").intent == "critics"
