"""The film-name index finds exactly the films a comparison with every title finds."""
import random

from bot.answer import films as films_module
from bot.answer.film_names import NameIndex, least_matched
from bot.answer.films import best_name_in, films_named_in, resolve_requested
from bot.answer.text import words
from index.models import Film

WORDS = ("silent harbor crimson garden mother mothers parallel volver up it night day all about my the of "
         "almodóvar pain glory talk to her skin i live in julieta lost daughter amour roma pieces woman "
         "bad education broken embraces dolor y gloria madres paralelas la piel que habito").split()


def brute_force(films, question):
    """films_named_in as it was: every film compared."""
    tokens = words(question)
    found = [(f, p) for f in films if (p := best_name_in(f, tokens))]
    found.sort(key=lambda pair: -len(pair[1]))
    kept = []
    for film, phrase in found:
        if not any(f" {phrase} " in f" {other} " for _, other in kept):
            kept.append((film, phrase))
    return kept


def typo(rng, text):
    if len(text) < 4:
        return text
    i = rng.randrange(len(text))
    return rng.choice([text[:i] + text[i + 1:], text[:i] + rng.choice("aeiourst") + text[i:],
                       text[:i] + rng.choice("aeiourst") + text[i + 1:]])


def test_the_index_finds_what_comparing_every_title_finds():
    rng = random.Random(7)
    films, seen = [], set()
    for n in range(400):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.choice([1, 1, 2, 2, 3, 4]))).title()
        if title.lower() in seen:
            continue
        seen.add(title.lower())
        aliases = (" ".join(rng.choice(WORDS) for _ in range(2)),) if rng.random() < 0.3 else ()
        films.append(Film(slug=f"film-{n}", title=title, aliases=aliases))
    for _ in range(1500):
        film = rng.choice(films)
        name = rng.choice(film.names)
        if rng.random() < 0.5:
            name = typo(rng, name)
        if rng.random() < 0.3:
            name = typo(rng, name)
        filler = rng.sample(WORDS, 3)
        question = f"Who {filler[0]} directed {name} {filler[1]}?" if rng.random() < 0.7 else " ".join(filler)
        assert films_named_in(films, question) == brute_force(films, question), question


def test_requested_films_are_found_by_name_or_slug():
    films = [Film(slug="parallel-mothers", title="Parallel Mothers", aliases=("Madres Paralelas",)),
             Film(slug="volver", title="Volver")]
    assert resolve_requested(films, "madres paralelas").film == films[0]
    assert resolve_requested(films, "parallel-mothers").film == films[0]
    assert resolve_requested(films, "VOLVER").film == films[1]


def test_least_matched_is_the_threshold_difflib_applies():
    for total in range(2, 200):
        m = least_matched(total)
        assert 2.0 * m / total >= 0.9 and (m == 0 or 2.0 * (m - 1) / total < 0.9)


def test_a_new_film_list_gets_its_own_index():
    first = [Film(slug="volver", title="Volver")]
    second = [Film(slug="julieta", title="Julieta")]
    assert films_named_in(first, "who directed volver") and not films_named_in(second, "who directed volver")
    assert isinstance(films_module.name_index(second), NameIndex)
