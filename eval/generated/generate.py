#!/usr/bin/env python3
"""Generate films in the shapes of the seed documents (../shared/seeds), with questions.

    python3 eval/generated/generate.py OUT [--n 40] [--seed 1]

writes OUT/corpus/<slug>/{film.toml, 000_<hex>.txt ... 004_<hex>.txt} and OUT/questions.jsonl
(the format of ../shared/eval/dev.jsonl, graded by ../shared/eval/score.py). Pure Python, seeded,
no network: the same seed gives the same files.

Each film gets the seeds' five documents, messy as they are:
  000 a blogger's review: page furniture ("top of page", "• Name", "bottom of page"), photo
      captions "B (Actor) and A (Actor) in ‘Title.’", a ★ rating ("★★★1/2 of ★★★★★") after a
      different "initial 4-star score";
  001 a long unsigned review with "Heading: subtitle" lines, "DP Name", "Name’ Oscar-nominated score";
  002 an awards page: "• Ceremony®" then "Category, Category Nominee" (or a win), shop furniture,
      the cast as a "With A, B, C" line, critics' quotes “…” – Name, OUTLET, the director's note;
  003 a long summary: "Character (Actor)" in prose, a "Cast" list "- Actor as Character, note",
      "Awards and Nominations" lines that disagree with the awards page, trivia, other films;
  004 a distributor's synopsis: facts lines (Running Time: 120), a CAST heading with one name a
      line, DIRECTED BY, photo captions "L to R: Actor as Character, ... in TITLE".
So the cast is given three ways, and sources disagree (running time, awards, the rating).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pools as P  # noqa: E402
from documents import render_documents  # noqa: E402
from questions import film_questions  # noqa: E402


@dataclass
class Person:
    name: str
    gender: str  # "f" or "m"

    @property
    def surname(self) -> str:
        parts = self.name.split()
        if len(parts) == 1:
            return self.name
        # particles belong to the surname: "Rossy de Palma" -> "de Palma"
        for i, word in enumerate(parts[1:], 1):
            if word[0].islower():
                return " ".join(parts[i:])
        return parts[-1] if parts[0] not in ("Mr.",) else " ".join(parts[1:])

    @property
    def pron(self) -> str:
        return "she" if self.gender == "f" else "he"

    @property
    def pos(self) -> str:
        return "her" if self.gender == "f" else "his"

    @property
    def obj(self) -> str:
        return "her" if self.gender == "f" else "him"


@dataclass
class Role:
    actor: Person
    first: str
    surname: str | None = None
    description: str | None = None  # "Teresa, Ana’s mother": what the cast list says after the comma
    profession: str | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}" if self.surname else self.first


@dataclass
class Award:
    ceremony: str  # as on the awards page
    summary_name: str  # as in the summary's list
    short: str  # as a member types it
    categories: list[str]
    won: bool
    prize: str | None = None  # a festival's named prize
    person: str | None = None  # who a category is for, when the summary says


@dataclass
class Film:
    slug: str
    title: str
    alias: str | None
    language: str
    year: int
    director: Person
    cinematographer: Person
    composer: Person
    roles: dict[str, Role]
    city: str
    village: str
    mission: tuple
    twist: tuple
    meeting: str
    runtime: int
    runtime_alt: int | None
    genre: str
    release: str
    company: str
    distributor: str
    painter: str
    book: tuple | None
    awards: list[Award]
    extra_award: tuple  # (summary name, category, person): only in the summary
    critics: list[tuple]  # (critic, outlet, quote, keys)
    blogger: str
    rating: float
    initial: int
    older_film: str
    lead_praise: tuple
    second_praise: tuple
    other_films: list[str]
    recommended: list[str]
    seed: int = 0
    extra: dict = field(default_factory=dict)


def slugify(title: str) -> str:
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


_ADJ = ["Quiet", "Last", "Silent", "Broken", "Golden", "Second", "Long", "Hidden", "Little", "Bitter"]
_NOUN = ["Harvest", "Tide", "Summer", "Daughter", "Witness", "Border", "Promise", "Orchard", "Lantern",
         "River", "Kitchen", "Widow", "Bridge", "Season"]
_SUB = ["A Love Story", "The Return", "Part One", "Book II", "Origins", "A Requiem"]
_COMMON = ["Home", "Still", "Nobody", "Always", "Found", "Tender", "Crossing", "Daylight", "Keeper",
           "Maybe", "Enough", "Later", "Inside", "Alone", "Again", "Mother", "Sorry", "Ready"]


def make_title(rng: random.Random, used: set[str]) -> tuple[str, str | None, str]:
    for _ in range(200):
        shape = rng.random()
        if shape < 0.45:
            title, alias, language = rng.choice(P.TITLES)
        elif shape < 0.55:
            title, alias, language = rng.choice(_COMMON), None, "English"
        elif shape < 0.65:
            title, alias, language = f"The {rng.choice(_ADJ)} {rng.choice(_NOUN)}", None, rng.choice(["Spanish", "English", "French"])
        elif shape < 0.8:
            title, alias, language = f"{rng.choice(_NOUN)}: {rng.choice(_SUB)}", None, "English"
        elif shape < 0.92:
            title, alias, language = f"{rng.choice(_NOUN)} {rng.randint(2, 9)}", None, "English"
        else:
            title, alias, language = f"{rng.randint(3, 40)} {rng.choice(_NOUN)}s", None, "Spanish"
        if language != "English" and alias is None and rng.random() < 0.5:
            alias = f"{title} ({language[:3]}.)" if rng.random() < 0.2 else None
        if slugify(title) not in used:
            used.add(slugify(title))
            return title, alias, language
    raise RuntimeError("ran out of titles")


def make_person(rng: random.Random, gender: str, used: set[str]) -> Person:
    for _ in range(500):
        if rng.random() < 0.06:
            name = rng.choice(P.SINGLE)
        else:
            first = rng.choice(P.FIRST_F if gender == "f" else P.FIRST_M)
            name = f"{first} {rng.choice(P.SURNAMES)}"
            if rng.random() < 0.12:
                name = f"{first} {rng.choice(P.SURNAMES)} {rng.choice(P.SURNAMES)}"
        if name not in used:
            used.add(name)
            return Person(name, gender)
    raise RuntimeError("ran out of names")


def make_role(rng: random.Random, gender: str, used_people: set[str], used_chars: set[str], *,
              surname: bool, description: str | None = None, profession: str | None = None) -> Role:
    firsts = P.CHAR_F if gender == "f" else P.CHAR_M
    first = rng.choice([f for f in firsts if f not in used_chars] or firsts)
    used_chars.add(first)
    return Role(make_person(rng, gender, used_people), first,
                rng.choice(P.CHAR_SURNAMES) if surname else None, description, profession)


def make_film(rng: random.Random, titles: set[str]) -> Film:
    title, alias, language = make_title(rng, titles)
    year = rng.randint(2004, 2023)
    people: set[str] = set()
    chars: set[str] = set()
    ga, gb = rng.choice([("f", "f"), ("f", "f"), ("m", "f"), ("f", "m"), ("m", "m")])
    a = make_role(rng, ga, people, chars, surname=True,
                  profession=rng.choice(P.PROFESSIONS_F if ga == "f" else P.PROFESSIONS_M))
    b = make_role(rng, gb, people, chars, surname=True)
    gc = "m" if ga == "f" else "f"
    c = make_role(rng, gc, people, chars, surname=True,
                  profession=rng.choice(P.PROFESSIONS_M if gc == "m" else P.PROFESSIONS_F))
    parent = "mother" if rng.random() < 0.6 else "father"
    d = make_role(rng, "f" if parent == "mother" else "m", people, chars, surname=False,
                  description=f"{b.first}’s {parent}",
                  profession=rng.choice(P.PARENT_JOBS if parent == "mother" else ["actor", "singer", "painter", "politician"]))
    d.extra_parent = parent  # type: ignore[attr-defined]
    grand = rng.choice(["grandmother", "grandfather", "aunt"])
    e = make_role(rng, "m" if grand == "grandfather" else "f", people, chars, surname=False,
                  description=f"{a.first}’s {grand}")
    e.extra_relation = grand  # type: ignore[attr-defined]
    boss = rng.choice(["boss and friend", "best friend", "neighbour", "editor and friend"])
    f = make_role(rng, rng.choice("fm"), people, chars, surname=False, description=f"{a.first}’s {boss}")
    f.extra_relation = boss  # type: ignore[attr-defined]
    director = make_person(rng, rng.choice("fm"), people)
    cinematographer = make_person(rng, rng.choice("fm"), people)
    composer = make_person(rng, rng.choice("fm"), people)
    lead_cat = "Best Actress" if ga == "f" else "Best Actor"
    second_cat = ("Best Supporting Actress" if gb == "f" else "Best Supporting Actor")

    ceremonies = rng.sample(P.CEREMONIES[1:], 4)
    awards = [Award(P.CEREMONIES[0][0], P.CEREMONIES[0][1], P.CEREMONIES[0][2],
                    [lead_cat, rng.choice(["Best Music", "Best Original Score"])], False)]
    big = ceremonies[0]
    cats = [c for c in rng.sample(P.CATEGORIES, rng.randint(3, 6)) if "Actor" not in c]
    awards.append(Award(big[0], big[1], big[2], ["Best Film", "Best Director", lead_cat, *cats[:4], second_cat][:rng.randint(3, 7)], False))
    awards.append(Award(ceremonies[1][0], ceremonies[1][1], ceremonies[1][2],
                        rng.sample(["Best Foreign Language Film", "Best Original Score", lead_cat, "Best Screenplay"], 2), False))
    festival = rng.choice(P.FESTIVALS)
    awards.append(Award(festival[0], festival[0], festival[2], [lead_cat], True, prize=festival[1], person=a.actor.name))
    awards.append(Award(ceremonies[2][0], ceremonies[2][1], ceremonies[2][2], [lead_cat, "Best Music"], True))
    awards.append(Award(ceremonies[3][0], ceremonies[3][1], ceremonies[3][2], ["Best International Film"], True))
    extra = rng.choice([c for c in P.CEREMONIES if c not in ceremonies and c is not P.CEREMONIES[0]])
    extra_award = (extra[1], lead_cat, a.actor.surname, extra[2])

    critic_names = rng.sample(P.CRITICS, 5)
    outlets = rng.sample(P.OUTLETS, 4)
    outlets.append(outlets[2])  # two critics of one outlet, as in the seed (VARIETY twice)
    older_film = rng.choice(P.OLDER_FILMS)
    quotes = rng.sample(P.QUOTES, 5)
    critics = [(name, outlet, text, keys) for name, outlet, (text, keys) in zip(critic_names, outlets, quotes)]

    runtime = rng.randint(88, 152)
    month = rng.choice(["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"])
    day = rng.randint(1, 28)
    weekday = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    book = (rng.choice(P.BOOK_AUTHORS), f"The {rng.choice(_NOUN)}") if rng.random() < 0.3 else None
    rating = rng.choice([2.0, 2.5, 3.0, 3.5, 3.5, 4.0, 4.0, 4.5])
    return Film(
        slug=slugify(title), title=title, alias=alias, language=language, year=year, director=director,
        cinematographer=cinematographer, composer=composer,
        roles={"a": a, "b": b, "c": c, "d": d, "e": e, "f": f},
        city=rng.choice(P.CITIES), village=rng.choice(P.VILLAGES), mission=rng.choice(P.MISSIONS),
        twist=rng.choice(P.TWISTS), meeting=rng.choice(P.PLACES_MEET), runtime=runtime,
        runtime_alt=runtime + rng.choice([-4, -2, 3]) if rng.random() < 0.3 else None,
        genre=rng.choice(P.GENRES), release=f"{weekday}, {month} {day:02d}, {year + 1}",
        company=rng.choice(P.COMPANIES), distributor=rng.choice(P.DISTRIBUTORS), painter=rng.choice(P.PAINTERS),
        book=book, awards=awards, extra_award=extra_award, critics=critics, blogger=rng.choice(P.BLOGGERS),
        rating=rating, initial=int(rating) + 1 if rating < 4.5 else 4, older_film=older_film,
        lead_praise=rng.choice(P.LEAD_PRAISE), second_praise=rng.choice(P.SECOND_PRAISE),
        other_films=rng.sample(P.OLDER_FILMS, 5), recommended=rng.sample(P.RECOMMENDED, 5),
    )


def film_truth(film: Film) -> dict:
    """What the documents say about a film, for checking extraction (truth.jsonl)."""
    return {
        "slug": film.slug, "title": film.title, "alias": film.alias, "year": film.year,
        "director": film.director.name, "cinematographer": film.cinematographer.name,
        "composer": film.composer.name, "runtime": film.runtime, "language": film.language,
        "cast": [{"actor": role.actor.name, "character": role.full, "description": role.description}
                 for role in film.roles.values()],
        "awards": [{"ceremony": a.ceremony, "categories": a.categories, "won": a.won, "prize": a.prize}
                   for a in film.awards],
        "critics": [{"critic": c[0], "outlet": c[1]} for c in film.critics],
        "rating": film.rating,
    }


def file_name(index: int, film: Film, text: str) -> str:
    return f"{index:03d}_{hashlib.sha1((film.slug + text).encode()).hexdigest()[:16]}.txt"


def write(out: Path, n: int, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    titles: set[str] = set()
    films = [make_film(rng, titles) for _ in range(n)]
    lines = []
    truth = []
    for number, film in enumerate(films):
        truth.append(film_truth(film))
        folder = corpus / film.slug
        folder.mkdir(exist_ok=True)
        toml = f'title = "{film.title}"\n'
        if film.alias:
            toml += f'aliases = ["{film.alias}"]\n'
        toml += f"year = {film.year}\n"
        (folder / "film.toml").write_text(toml, encoding="utf-8")
        for index, text in enumerate(render_documents(film, rng)):
            (folder / file_name(index, film, text)).write_text(text, encoding="utf-8")
        for k, case in enumerate(film_questions(film, rng)):
            lines.append({"id": f"g{number:03d}-{k:02d}", **case})
    with open(out / "truth.jsonl", "w", encoding="utf-8") as handle:
        for line in truth:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(out / "questions.jsonl", "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(films), len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    films, questions = write(args.out, args.n, args.seed)
    print(f"wrote {films} films and {questions} questions to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
