"""The fixed question set: questions about generated films, with what a right answer contains."""
from __future__ import annotations

import random
from dataclasses import dataclass

from bench.corpus import FilmTruth


@dataclass(frozen=True)
class Question:
    text: str
    film: str  # slug of the film asked about
    expect: tuple[str, ...]  # a right answer contains one of these; () = not checked
    kind: str


def questions_for(film: FilmTruth, rng: random.Random) -> list[Question]:
    t = film.title
    a, b = rng.sample(film.cast[:4], 2)
    return [
        Question(f"Who directed {t}?", film.slug, (film.director,), "crew"),
        Question(f"Who plays {a.character} in {t}?", film.slug, (a.actor,), "cast"),
        Question(f"How long is {t}?", film.slug, (str(film.runtime),), "fact"),
        Question(f"What language is {t} in?", film.slug, (film.language,), "fact"),
        Question(f"Who composed the music for {t}?", film.slug, (film.composer,), "crew"),
        Question(f"Which character does {b.actor} play in {t}?", film.slug, (b.character,), "cast"),
        Question(f"What does {film.cast[0].character} do for a living in {t}?", film.slug,
                 (film.cast[0].occupation,), "passages"),
        Question(f"Who stars in {t}?", film.slug, (film.cast[0].actor,), "cast"),
        Question(f"What did critics think of {t}?", film.slug, (), "critics"),
        Question(f"Was {t} nominated for any awards?", film.slug, (), "awards"),
        Question(f"Where was {t} filmed?", film.slug, (film.city,), "fact"),
        Question(f"What is {t} about?", film.slug, (), "plot"),
    ]


def question_set(films: list[FilmTruth], count: int, salt: str) -> list[Question]:
    """About `count` questions spread over a seeded sample of films (all question shapes)."""
    rng = random.Random(f"questions:{salt}:{len(films)}")
    per_film = len(questions_for(films[0], random.Random(0)))
    sample = rng.sample(films, min(len(films), max(1, -(-count // per_film))))
    out = [q for film in sample for q in questions_for(film, rng)]
    return out[:count]
