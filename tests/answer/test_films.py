import pytest

from bot.answer.films import resolve_film, suggest_films
from index.models import Film

MOTHERS = Film(slug="parallel-mothers", title="Parallel Mothers", aliases=("Madres Paralelas",), year=2021)
VOLVER = Film(slug="volver", title="Volver", year=2006)
MOTHER = Film(slug="all-about-my-mother", title="All About My Mother", year=1999)
FILMS = [MOTHERS, VOLVER, MOTHER]


def test_requested_title_alias_case_and_typos_resolve():
    for typed in ["Parallel Mothers", "parallel mothers", "Madres Paralelas", "madres paralelas", "Paralel Mothers", "parallel-mothers"]:
        assert resolve_film(FILMS, typed, "").film == MOTHERS, typed


def test_unknown_requested_film_is_reported_with_closest_titles():
    resolution = resolve_film(FILMS, "Jurassic Park", "who directed it?")
    assert resolution.film is None and resolution.unknown == "Jurassic Park"
    close = resolve_film(FILMS, "Volvr 2", "")
    assert close.film is None and VOLVER in close.candidates


def test_film_named_in_the_question():
    assert resolve_film(FILMS, None, "Who stars in Madres Paralelas?").film == MOTHERS
    assert resolve_film(FILMS, None, "how long is volver").film == VOLVER


def test_a_title_of_six_letters_or_more_is_found_with_a_typo_a_shorter_one_only_as_written():
    apollo = Film(slug="apollo-13", title="Apollo 13", year=1995)
    heat = Film(slug="heat", title="Heat", year=1995)
    films = FILMS + [apollo, heat]
    assert resolve_film(films, None, "do they make it back alive in appollo 13").film == apollo
    assert resolve_film(films, None, "who is in volvr").film is None  # five letters: too many neighbours
    assert resolve_film(films, None, "who wears the hat").film is None


def test_a_title_typed_without_its_article_names_the_film_when_words_remain():
    secret = Film(slug="the-secret-in-their-eyes", title="The Secret in Their Eyes", year=2009)
    others = Film(slug="the-others", title="The Others", year=2001)
    films = FILMS + [secret, others]
    assert resolve_film(films, None, "where did they film secret in their eyes").film == secret
    # one word left without the article is too often an ordinary word
    assert resolve_film(films, None, "what do others think of volver").film == VOLVER


def test_longer_title_wins_over_a_title_inside_it():
    resolution = resolve_film(FILMS, None, "who composed the music of all about my mother?")
    assert resolution.film == MOTHER


def test_several_films_named_or_none_named_asks_which():
    both = resolve_film(FILMS, None, "Is Volver better than Parallel Mothers?")
    assert both.film is None and set(both.candidates) == {VOLVER, MOTHERS}
    none = resolve_film(FILMS, None, "who plays the lead?")
    assert none.film is None and len(none.candidates) == 3


def test_the_only_film_is_assumed():
    assert resolve_film([MOTHERS], None, "who plays the lead?").film == MOTHERS


def test_suggestions_rank_prefixes_and_aliases_first():
    assert suggest_films(FILMS, "mad")[0] == MOTHERS
    assert suggest_films(FILMS, "vol")[0] == VOLVER
    assert len(suggest_films(FILMS, "")) == 3
    assert suggest_films(FILMS, "zzzzqqq") == []


def test_autocomplete_gives_exactly_the_top_of_the_full_ranking():
    """suggest_films scores only the names that can reach its floor and keeps its top 25; the
    suggestions must be exactly those of ranking every film in full (typed prefixes, typos, articles)."""
    import random

    from bench.corpus import titles
    from bot.answer.films import rank_films

    names = titles(1500)
    films = [Film(slug=f"film-{n}", title=t, aliases=(f"El {t}",) if n % 7 == 0 else ())
             for n, t in enumerate(names)]
    rng = random.Random(7)

    def typo(title: str) -> str:
        chars = list(title.lower())
        for _ in range(rng.randint(1, 2)):
            chars[rng.randrange(len(chars))] = rng.choice("abcdefghijklmnopqrstuvwxyz ")
        return "".join(chars)

    typed = [rng.choice(names)[:rng.randint(1, 16)] for _ in range(40)]
    typed += [typo(rng.choice(names)) for _ in range(40)] + ["the", "el tid", "zzz", "x", "!!!"]
    for text in typed:
        full = [film for score, film in rank_films(films, text) if score >= 0.45][:25]
        assert suggest_films(films, text) == full, text


# --- numbers in titles ---------------------------------------------------------------------

GODFATHER = Film(slug="the-godfather", title="The Godfather", year=1972)
GODFATHER_2 = Film(slug="the-godfather-part-ii", title="The Godfather Part II", year=1974)  # no aliases: "godfather 2" must still find it
HEAT = Film(slug="heat", title="Heat", year=1995)
PARASITE = Film(slug="parasite", title="Parasite", year=2019)
ANGRY_MEN = Film(slug="12-angry-men", title="12 Angry Men", year=1957)
KILL_BILL_1 = Film(slug="kill-bill-vol-1", title="Kill Bill: Vol. 1", year=2003)
KILL_BILL_2 = Film(slug="kill-bill-vol-2", title="Kill Bill: Vol. 2", year=2004)
BLADE_RUNNER_2049 = Film(slug="blade-runner-2049", title="Blade Runner 2049", year=2017)
ROCKY_V = Film(slug="rocky-v", title="Rocky V", year=1990)
DUNE = Film(slug="dune-part-one", title="Dune: Part One", year=2021)
ROGUE_ONE = Film(slug="rogue-one", title="Rogue One", year=2016)
NINE = Film(slug="nine", title="Nine", year=2009)
NUMBERED = [GODFATHER, GODFATHER_2, HEAT, PARASITE, ANGRY_MEN, KILL_BILL_1, KILL_BILL_2, BLADE_RUNNER_2049,
            ROCKY_V, DUNE, ROGUE_ONE, NINE]


@pytest.mark.parametrize("question, film", [
    ("who directed the godfather part ii", GODFATHER_2),
    ("who plays young vito in godfather 2", GODFATHER_2),
    ("godfather part 2 cast", GODFATHER_2),
    ("why is fredo killed in godfather ii", GODFATHER_2),
    ("who was in the second godfather", GODFATHER_2),
    ("who scored The Godfather: Part Two?", GODFATHER_2),
    ("who shot the godfahter part ii", GODFATHER_2),  # a typo in the words, the number exact
    ("who was kay in the first godfather movie", GODFATHER),  # the first film is the unnumbered one
    ("who directed the original godfather", GODFATHER),
    ("how long is godfather 1", GODFATHER),
    ("the godfather part i budget", GODFATHER),
    ("is the godfather 3 hours long", GODFATHER),  # "3 hours" counts hours: not a title's number
    ("who wrote twelve angry men", ANGRY_MEN),
    ("who wrote 12 angry men", ANGRY_MEN),
    ("kill bill: vol. 2 cast", KILL_BILL_2),
    ("kill bill volume 2 cast", KILL_BILL_2),
    ("kill bill vol 2 cast", KILL_BILL_2),
    ("kill bill 2 cast", KILL_BILL_2),
    ("kill bill volume two cast", KILL_BILL_2),
    ("kill bill cast", KILL_BILL_1),  # "Vol. 1" is the one meant without a number
    ("kill bill 1 cast", KILL_BILL_1),
    ("who directed blade runner 2049", BLADE_RUNNER_2049),
    ("who directed rocky v", ROCKY_V),
    ("who directed rocky 5", ROCKY_V),
    ("who directed dune", DUNE),
    ("who directed rogue one", ROGUE_ONE),
    ("who directed nine", NINE),
    ("who was in heat 95", HEAT),  # the film's year after its title, not a sequel's number
    ("parasite 2019 cast", PARASITE),
    ("who played vito in the godfather 72", GODFATHER),
])
def test_a_title_s_number_however_written_names_the_film(question, film):
    resolution = resolve_film(NUMBERED, None, question)
    assert resolution.film == film, (question, resolution)


@pytest.mark.parametrize("question, unknown, series", [
    ("who directed the godfather part iii", "The Godfather Part III", {GODFATHER, GODFATHER_2}),
    ("godfather 3 cast", "Godfather 3", {GODFATHER, GODFATHER_2}),
    ("who was in the third godfather", "The Third Godfather", {GODFATHER, GODFATHER_2}),
    ("kill bill vol. 3 cast", "Kill Bill Vol 3", {KILL_BILL_1, KILL_BILL_2}),
    ("who directed blade runner 2", "Blade Runner 2", {BLADE_RUNNER_2049}),  # 2049 is a number, not a second film
    ("who directed heat 2", "Heat 2", {HEAT}),
    ("is parasite ii coming", "Parasite II", {PARASITE}),
])
def test_a_title_with_another_number_is_a_film_not_in_the_corpus(question, unknown, series):
    resolution = resolve_film(NUMBERED, None, question)
    assert resolution.film is None and resolution.unknown == unknown, resolution
    assert set(resolution.candidates) == series


@pytest.mark.parametrize("question, film", [
    ("who are the two leads in heat", HEAT),
    ("what is one thing critics liked about parasite", PARASITE),
    ("in heat two cops chase a crew, who wins", HEAT),  # a number word after a title is not its number
    ("is heat 2 hours long", HEAT),
    ("rate heat 8 10", HEAT),
    ("heat 1995 cast", HEAT),  # a year, not a sequel
    ("what happens to the second parasite family", PARASITE),  # "second" before a title with no sequels
    ("who plays rogue in heat", HEAT),  # "rogue" alone is not "Rogue One"
    ("how many of the 9 crew members die in heat", HEAT),  # any "9" is not "Nine"
    ("what part does robert duvall play in the godfather", GODFATHER),
    ("who directed the godfather", GODFATHER),
    ("who was in the first heat", HEAT),
])
def test_ordinary_numbers_in_a_question_do_not_name_films(question, film):
    resolution = resolve_film(NUMBERED, None, question)
    assert resolution.film == film and not resolution.unknown, (question, resolution)


def test_part_n_alone_names_the_only_film_numbered_so():
    question = "why does pentangeli change his testimony in part 2"
    assert resolve_film([GODFATHER, GODFATHER_2, HEAT], None, question).film == GODFATHER_2
    both = resolve_film([GODFATHER, GODFATHER_2, HEAT, KILL_BILL_2], None, question)
    assert both.film is None and not both.unknown  # two films are "Part/Vol. 2": the name says neither


@pytest.mark.parametrize("requested, film", [
    ("godfather 2", GODFATHER_2),
    ("Godfather II", GODFATHER_2),
    ("the godfather part 2", GODFATHER_2),
    ("The Second Godfather", GODFATHER_2),
    ("godfather 1", GODFATHER),
    ("The Original Godfather", GODFATHER),
    ("Twelve Angry Men", ANGRY_MEN),
    ("kill bill volume 2", KILL_BILL_2),
    ("kill bill 2", KILL_BILL_2),
    ("Blade Runner 2049", BLADE_RUNNER_2049),
    ("rocky 5", ROCKY_V),
])
def test_a_requested_film_s_number_however_written(requested, film):
    assert resolve_film(NUMBERED, requested, "who directed it").film == film


@pytest.mark.parametrize("requested", ["The Godfather Part III", "godfathr part 3", "Godfather 3", "Kill Bill Vol. 3",
                                       "blade runner 2"])
def test_a_requested_film_with_another_number_is_unknown(requested):
    resolution = resolve_film(NUMBERED, requested, "who directed it")
    assert resolution.film is None and resolution.unknown == requested


def test_autocomplete_reads_numbers_however_written():
    assert suggest_films(NUMBERED, "godfather 2")[0] == GODFATHER_2
    assert suggest_films(NUMBERED, "godfather ii")[0] == GODFATHER_2
    assert suggest_films(NUMBERED, "twelve angry")[0] == ANGRY_MEN
    assert suggest_films(NUMBERED, "kill bill volume 2")[0] == KILL_BILL_2


def test_a_short_title_s_number_must_read_as_one():
    it, it_2 = Film(slug="it", title="It"), Film(slug="it-chapter-two", title="It Chapter Two")
    films = [it, it_2, HEAT]
    assert resolve_film(films, None, "who is in it chapter two").film == it_2
    assert resolve_film(films, None, "who directed it 2").film == it_2
    assert resolve_film(films, None, "is it 2 hours long, heat").film == HEAT
    assert resolve_film(films, None, "was it two hours long, heat").film == HEAT


def test_a_title_s_initials_name_it_when_only_one_film_has_them():
    toy2 = Film(slug="toy-story-2", title="Toy Story 2")
    rings = Film(slug="lotr", title="The Lord of the Rings: The Fellowship of the Ring", aliases=("The Lord of the Rings",))
    films = [toy2, rings, *FILMS]
    assert resolve_film(films, None, "who voiced zurg in ts2").film == toy2
    assert resolve_film(films, None, "is lotr long").film == rings
    # two letters are too often a word: "pm" names no film, nor do initials two films share
    assert resolve_film(films, None, "what time is the pm show").film is None
    tin = Film(slug="tin-soldier-2", title="Tin Soldier 2")
    assert resolve_film([*films, tin], None, "who voiced zurg in ts2").film is None


def test_a_possessive_typed_without_its_apostrophe_still_names_the_film():
    amelie = Film(slug="amelie", title="Amélie")
    assert resolve_film([amelie, *FILMS], None, "how did amelies mum die").film == amelie
    assert resolve_film([amelie, *FILMS], None, "whats volvers ending").film == VOLVER


def test_a_number_of_thousands_of_digits_is_no_title_number():
    # int() refuses strings over 4,300 digits: such a "number" must not crash resolving a film
    huge = "9" * 5000
    assert resolve_film(FILMS, huge, "").film is None
    assert resolve_film(FILMS, None, f"who is in volver {huge}").film == VOLVER


def test_a_title_named_by_one_of_its_own_words():
    from bot.answer.films import title_word_film
    films = [Film(slug="cleo", title="Cléo from 5 to 7"), Film(slug="wg", title="Wallace & Gromit: The Curse of the Were-Rabbit"),
             Film(slug="ts", title="Toy Story 2"), Film(slug="br", title="Blade Runner 2049")]
    everywhere = {"story"}  # a word every film's documents use names no film
    only_in = lambda word, slug: word not in everywhere  # noqa: E731
    assert title_word_film(films, "who plays cleo", only_in)[0].slug == "cleo"
    assert title_word_film(films, "who voices the were rabbit", only_in)[0].slug == "wg"
    assert title_word_film(films, "whats the story about", only_in) is None
    assert title_word_film(films, "who directed blade runner 2099", only_in) is None  # another number: another film


def test_a_title_word_misspelt_names_it_when_no_document_uses_the_misspelling():
    from bot.answer.films import title_word_film
    films = [Film(slug="rashomon", title="Rashomon"), Film(slug="parasite", title="Parasite")]
    vocabulary = {"paradise", "when", "come", "out"}  # the documents' words
    unknown = lambda word: word not in vocabulary  # noqa: E731
    anywhere = lambda word, slug: True  # noqa: E731
    assert title_word_film(films, "when did rashoman come out", anywhere, unknown)[0].slug == "rashomon"
    assert title_word_film(films, "what happens in paradise", anywhere, unknown) is None  # a word the documents use
    assert title_word_film(films, "when did rashoman come out", anywhere) is None  # no typo read without a vocabulary
    sugar_man = [Film(slug="sfsm", title="Searching for Sugar Man"), *films]
    assert title_word_film(sugar_man, "where is rodriguez from in sugarman", anywhere, unknown)[0].slug == "sfsm"
    psycho = [Film(slug="psycho", title="Psycho"), *films]
    assert title_word_film(psycho, "why did norman kill his mom in psyco", anywhere, unknown)[0].slug == "psycho"  # five letters


def test_a_subtitle_of_two_words_or_more_names_the_film():
    films = [Film(slug="wg", title="Wallace & Gromit: The Curse of the Were-Rabbit"), Film(slug="mi", title="Mission: Impossible"),
             Film(slug="t2", title="Terminator 2: Judgment Day")]
    assert resolve_film(films, None, "how does the curse of the were rabbit end").film.slug == "wg"
    assert resolve_film(films, None, "who directed judgment day").film.slug == "t2"
    assert films[1].names == ("Mission: Impossible",)  # one word is no name of its own



def test_a_title_word_shared_with_another_film_s_alias_is_weighed_by_its_documents():
    from bot.answer.films import title_word_film
    films = [Film(slug="ct", title="Crouching Tiger, Hidden Dragon", aliases=("Wo hu cang long",)),
             Film(slug="wg", title="Wallace & Gromit: The Curse of the Were-Rabbit")]
    common = {"long"}  # in every film's documents
    found = title_word_film(films, "how long is the were rabbit", lambda word, slug: word not in common)
    assert found[0].slug == "wg"


def test_a_numbered_part_is_no_name_of_its_own():
    assert Film(slug="k1", title="Kitchen: Part One").names == ("Kitchen: Part One",)


def test_of_two_films_named_the_one_after_in_is_asked_about():
    from bot.answer.film_context import the_film_asked_about
    from bot.answer.films import Named
    psycho, dogs = Film(slug="psycho", title="Psycho"), Film(slug="rd", title="Reservoir Dogs")
    named = Named(films=[(psycho, "psycho"), (dogs, "reservoir dogs")])
    assert the_film_asked_about(named, "who played the psycho with the razor in reservoir dogs").films == [(dogs, "reservoir dogs")]
    assert len(the_film_asked_about(named, "is psycho better than reservoir dogs").films) == 2  # a comparison names both


def test_the_opening_of_a_long_name_is_taken_out_of_the_question_as_the_name():
    from bot.answer.films import without_film_names
    spirited = Film(slug="spirited-away", title="Spirited Away", aliases=("Sen to Chihiro no Kamikakushi",), year=2001)
    assert without_film_names("who does the voice of haku in sen to chihiro", spirited) == "who does the voice of haku in it"
    # an opening with one content word is no name: "the silence" may be the story's
    lambs = Film(slug="lambs", title="The Silence of the Lambs", year=1991)
    assert without_film_names("what does the silence mean", lambs) == "what does the silence mean"


def test_a_one_short_word_title_names_its_film_only_when_nothing_else_does():
    from bot.answer.films import film_by_short_title
    up, her = Film(slug="up", title="Up"), Film(slug="her", title="Her")
    films = [up, *FILMS]
    assert film_by_short_title(films, "does the dog die in up") == up
    assert film_by_short_title(films, "who directed up?") == up
    assert film_by_short_title(films, "what happens to the villain at the end") is None
    assert film_by_short_title([up, her, *FILMS], "did she give up on her") is None  # two such titles: no guess
    # a name read the usual way still comes first: "up" does not make "volver" ambiguous
    assert resolve_film(films, None, "who is in volver, up to you").film == VOLVER
