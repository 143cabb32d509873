"""The film-name index finds exactly the films a comparison with every title finds."""
import random

import pytest

from bot.answer import films as films_module
from bot.answer.film_names import NameIndex, least_matched, number_tokens, title_name
from bot.answer.films import films_named_in, names_in, resolve_requested
from bot.answer.text import words
from index.models import Film

WORDS = ("silent harbor crimson garden mother mothers parallel volver up it night day all about my the of "
         "almodóvar pain glory talk to her skin i live in julieta lost daughter amour roma pieces woman "
         "bad education broken embraces dolor y gloria madres paralelas la piel que habito").split()
NUMBERS = "2 3 ii iii iv two one first second part vol 12 twelve 1995".split()  # titles' numbers, and questions'


def every_film_compared(films, question, monkeypatch):
    """names_in as it was: every film compared, none ruled out by the index."""
    with monkeypatch.context() as patched:
        patched.setattr(NameIndex, "candidates", lambda index, tokens: list(index.films))
        return names_in(films, question)


def typo(rng, text):
    if len(text) < 4:
        return text
    i = rng.randrange(len(text))
    return rng.choice([text[:i] + text[i + 1:], text[:i] + rng.choice("aeiourst") + text[i:],
                       text[:i] + rng.choice("aeiourst") + text[i + 1:]])


def random_title(rng):
    title = " ".join(rng.choice(WORDS) for _ in range(rng.choice([1, 1, 2, 2, 3, 4])))
    if rng.random() < 0.3:  # numbered, as sequels are: "Night Day Part II", "Volver 3"
        title += " " + " ".join(rng.sample(NUMBERS, rng.choice([1, 2])))
    return title.title()


def test_the_index_finds_what_comparing_every_title_finds(monkeypatch):
    rng = random.Random(7)
    films, seen = [], set()
    for n in range(400):
        title = random_title(rng)
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
        if rng.random() < 0.3:
            name = f"{name} {rng.choice(NUMBERS)}"
        filler = rng.sample(WORDS + NUMBERS, 3)
        question = f"Who {filler[0]} directed {name} {filler[1]}?" if rng.random() < 0.7 else " ".join(filler)
        assert names_in(films, question) == every_film_compared(films, question, monkeypatch), question


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


@pytest.mark.parametrize("text, read", [
    ("The Godfather Part II", "the godfather 2"),
    ("godfather part 2", "godfather 2"),
    ("Kill Bill: Vol. 2", "kill bill 2"),
    ("kill bill volume two", "kill bill 2"),
    ("Twelve Angry Men", "12 angry men"),
    ("the second godfather", "the 2nd godfather"),
    ("star wars episode iv", "star wars 4"),
    ("part i", "1"),  # a one-letter numeral after "part" is a number...
    ("i think he was in it", "i think he was in it"),  # ...and alone, a word
    ("what part does he play", "what part does he play"),  # "part" without a number is a word
    ("Blade Runner 2049", "blade runner 2049"),
    ("twenty-one grams", "21 grams"),
    ("the mix", "the mix"),
])
def test_numbers_are_read_one_way_however_written(text, read):
    assert " ".join(t.text for t in number_tokens(tuple(words(text)))) == read


@pytest.mark.parametrize("name, base, bare, number", [
    ("The Godfather Part II", "the godfather", "godfather", 2),
    ("Godfather II", "godfather", None, 2),
    ("The Godfather", "the godfather", "godfather", None),
    ("Kill Bill: Vol. 1", "kill bill", None, 1),
    ("Blade Runner 2049", "blade runner", None, 2049),
    ("Rocky V", "rocky", None, 5),
    ("12 Angry Men", "12 angry men", None, None),  # a number inside a title is just one of its words
    ("Friday the 13th", "friday the 13th", None, None),  # an ordinal is not a sequel number
    ("1917", "1917", None, None),  # a title that is only a number keeps it
    ("The 300", "the 300", "300", None),
])
def test_a_title_is_read_as_its_words_and_its_own_number(name, base, bare, number):
    title = title_name(name)
    assert (title.base, title.bare, title.number) == (base, bare, number)
