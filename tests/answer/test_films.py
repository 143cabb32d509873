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


def test_autocomplete_pruning_gives_exactly_the_unpruned_ranking():
    """suggest_films skips the fuzzy score of names that cannot make its top 25; the suggestions
    must be exactly those of ranking every film in full (typed prefixes, typos, articles)."""
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
