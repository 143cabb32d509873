"""Similar films: what to watch if you liked this one, from three kinds of evidence kept apart.

1. Recommendation lists in the film's documents: the list under a heading that recommends
   ("Recommended Films for Fans", "If you liked X", "Similar films", "You may also like", "More
   like this", "See also"), each labelled "recommended in <document>". A "See also" list is a weak
   signal (Wikipedia's lists articles and genres there): its items count only when they give a year
   or are films of this corpus.
2. The director's other films, when a document lists them: a list under a heading naming the
   director's films ("Director's Other Movies", "Other films by X", "Filmography", "<director>
   filmography", or the director's name alone over a list of dated titles). Labelled as the
   director's films, never mixed with recommendations.
3. Films of this corpus that share the director, cast members or genre, each with its reason.

A listed film that is in this corpus is marked so members know they can ask about it.
`similar_films(gen, film)` returns the suggestions; `answer_similar(ctx)` composes the answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.answer.compose.common import Cited, Context, Draft
from bot.answer.film_names import title_name, unnumbered
from bot.answer.text import fold, join_names, shorten, words
from index.models import CastCredit, CrewCredit, Film, FilmFact
from index.search import Generation, Hit

ANSWER_LIMIT = 900  # the answer's text; every suggestion is also an item (one line each, paged)
SHOWN_PER_GROUP = 6
CORPUS_LIMIT = 10  # films of the corpus suggested for sharing people or genre
SMALL_CORPUS = 300  # up to this many films every film is compared; beyond, those the people's names find
CAST_COMPARED = 8  # the top-billed actors looked for in other films
IN_CORPUS = "in the corpus"

RECOMMEND_HEADING = re.compile(
    r"\b(recommend\w*|similar (?:films?|movies?|titles?)|if you (?:liked?|enjoyed|loved)|you (?:may|might) also (?:like|enjoy)"
    r"|more like this|(?:films?|movies?) like|watch next|what to watch|for fans|fans of|related (?:films?|movies?)"
    r"|see also|further viewing)\b")
WEAK_HEADING = re.compile(r"\bsee also\b")
FILMOGRAPHY_HEADING = re.compile(
    r"\b(filmography|(?:director|filmmaker)(?:'s|s'|s)? (?:other|previous|earlier|selected|more) (?:films?|movies?|works?)"
    r"|other (?:films?|movies?|works?) (?:by|from)|(?:films?|movies?|works?) (?:by|from) the (?:same )?director"
    r"|(?:also|previously) directed)\b")
ITEM = re.compile(r"^\s*(?:[-–—•*·▪◦]|\d{1,2}[.)])\s*(?P<item>\S.*?)\s*$")
YEAR = re.compile(r"\((?:[^()]*?\b)?(?P<year>(?:18|19|20)\d\d)\)")
ITEM_TAIL = re.compile(r"\s+[—–-]\s+.*$|\s*[—–]\s*[^\d\s].*$")  # "Roma (2018) — Cuarón's ..." -> "Roma (2018)"
AFTER_YEAR = re.compile(r"(\((?:18|19|20)\d\d\)).*$")  # "Amour (2012): Haneke's ..." -> "Amour (2012)"
NOT_A_FILM = re.compile(r"^(?:list of|lists of|category|categories|index of|portal|outline of|history of|cinema of)\b", re.I)


@dataclass
class Suggestion:
    title: str  # as the document writes it, year included: "Roma (2018)"
    group: str  # "recommended", "director" or "corpus"
    reason: str  # "recommended in …", "Pedro Almodóvar's film, listed in …", "directed by … too; also with …"
    label: str = ""  # the group's heading in an answer: "Recommended in …", "Pedro Almodóvar's other films, …"
    corpus_film: Film | None = None  # the corpus film it is, if any
    passages: list[Hit] = field(default_factory=list)  # where it was read: its list, or this film's credits
    score: float = 0.0

    @property
    def line(self) -> str:
        mark = f" ({IN_CORPUS})" if self.corpus_film is not None and self.group != "corpus" else ""
        return f"{self.title}{mark}: {self.reason}"


def answer_similar(ctx: Context) -> Draft:
    """Similar films for the context's film, grouped (recommendations, the director's films, films of
    this corpus), with sources; not found when the documents and the corpus offer none."""
    found = similar_films(ctx.gen, ctx.film)
    if not found:
        return Draft(f"no document about {ctx.film.title} recommends other films or lists its director's films, "
                     "and no other film in the corpus shares its director, cast or genre", found=False)
    parts = []
    for group in ("recommended", "director"):
        for label, members in grouped(s for s in found if s.group == group).items():
            shown = [shown_title(s) for s in members[:SHOWN_PER_GROUP]]
            more = f" and {len(members) - SHOWN_PER_GROUP} more" if len(members) > SHOWN_PER_GROUP else ""
            parts.append(f"{label}: {', '.join(shown)}{more}.")
    corpus = [s for s in found if s.group == "corpus"]
    if corpus:
        shown = [f"{s.title}, {s.reason}" for s in corpus[:4]]
        parts.append(f"In this corpus, ask about them: {'. '.join(shown)}.")
    cited = [Cited.of(hit, hit.text) for s in found for hit in s.passages]
    unique = list({c.passage: c for c in cited}.values())
    return Draft(shorten(" ".join(parts), ANSWER_LIMIT), cited=unique[:5], items=[s.line for s in found])


def shown_title(suggestion: Suggestion) -> str:
    return suggestion.title + (f" ({IN_CORPUS})" if suggestion.corpus_film is not None else "")


def grouped(suggestions) -> dict[str, list[Suggestion]]:
    groups: dict[str, list[Suggestion]] = {}
    for suggestion in suggestions:
        groups.setdefault(suggestion.label, []).append(suggestion)
    return groups


def similar_films(gen: Generation, film: Film) -> list[Suggestion]:
    """Every suggestion for `film`: its documents' recommendations, then its director's films as the
    documents list them, then the corpus films that share its director, cast or genre (best first)."""
    directors = [c.name for c in gen.facts(film.slug) if isinstance(c, CrewCredit) and c.role == "director"]
    listed = listed_films(gen, film, directors)
    return listed + corpus_neighbours(gen, film, {s.corpus_film.slug for s in listed if s.corpus_film})


# --- lists in the documents ------------------------------------------------------------------------


def listed_films(gen: Generation, film: Film, directors: list[str]) -> list[Suggestion]:
    found: dict[tuple[str, str], Suggestion] = {}
    own = {title_key(name) for name in film.names}
    for hit in gen.passages_of(film.slug):
        group = list_group(hit.heading or "", directors)
        if group is None:
            continue
        weak = bool(WEAK_HEADING.search(fold(hit.heading or "")))
        for title in list_items(hit.text):
            key = title_key(title)
            if not key or key in own:
                continue
            match = corpus_film(gen, title)
            if match is not None and match.slug == film.slug:
                continue
            if weak and match is None and not YEAR.search(title):
                continue  # "See also: Poliziottesco" is a genre, not a film
            where = document_label(hit)
            if group == "director":
                whose = director_name(hit.heading or "", directors)
                reason = f"{whose}'s film, listed in {where}" if whose else f"the director's film, listed in {where}"
                label = f"{whose or 'The director'}'s other films, as listed in {where}"
            elif weak:
                reason = label = f"Listed under “{hit.heading}” in {document_label(hit, heading=False)}"
                reason = reason[0].lower() + reason[1:]
            else:
                reason, label = f"recommended in {where}", f"Recommended in {where}"
            suggestion = found.setdefault((group, key), Suggestion(title, group, reason, label, match))
            if hit not in suggestion.passages:
                suggestion.passages.append(hit)
    listed = list(found.values())
    return [s for s in listed if s.group == "recommended"] + [s for s in listed if s.group == "director"]


def list_group(heading: str, directors: list[str]) -> str | None:
    """"recommended" or "director" for a heading over such a list, else None. A heading naming the
    film's director ("Pedro Almodóvar filmography", "More from Almodóvar") is the director's list."""
    folded = fold(heading).replace("’", "'")
    if not folded:
        return None
    if FILMOGRAPHY_HEADING.search(folded) or any(names_director(folded, d) for d in directors):
        return "director"
    if RECOMMEND_HEADING.search(folded):
        return "recommended"
    return None


def names_director(heading: str, director: str) -> bool:
    surname = words(director)[-1] if words(director) else ""
    return len(surname) > 2 and surname in words(heading)


def list_items(text: str) -> list[str]:
    """The titles of a passage's list lines ("- Roma (2018)", "1. Julieta"); prose lines are not items."""
    titles = []
    for line in text.split("\n"):
        item = ITEM.match(line)
        if not item:
            continue
        raw = ITEM_TAIL.sub("", AFTER_YEAR.sub(r"\1", item["item"])).strip(" *_")
        title = raw.strip("\"“”'‘’,;")
        if (title and len(title) <= 80 and not raw.endswith(".") and (title[0].isupper() or title[0].isdigit())
                and not NOT_A_FILM.match(title)):
            titles.append(title)
    return titles


def director_name(heading: str, directors: list[str]) -> str | None:
    """Whose films a filmography heading lists: the director it names, else the film's one director."""
    named = list(dict.fromkeys(d for d in directors if names_director(fold(heading), d)))
    if len(named) == 1:
        return named[0]
    unique = list(dict.fromkeys(person_key(d) for d in directors))
    return directors[0] if len(unique) == 1 else None


def document_label(hit: Hit, heading: bool = True) -> str:
    """How a member can find the document: its publication, its author's piece, or its file."""
    under = f" (“{hit.heading}”)" if hit.heading and heading else ""
    if hit.source:
        return f"{hit.source}{under}"
    name = hit.document.rpartition("/")[2]
    if hit.author:
        return f"{hit.author}'s {hit.kind} {name}{under}"
    return f"the {hit.kind} {name}{under}"


# --- films of the corpus -----------------------------------------------------------------------------


def title_key(title: str) -> tuple[str, int | None]:
    """A film's title read for matching: without its year, article and case; its number kept."""
    bare = YEAR.sub("", title).strip()
    name = title_name(bare)
    return (unnumbered(name), name.number) if name.base else ("", None)


def year_of(title: str) -> int | None:
    match = YEAR.search(title)
    return int(match["year"]) if match else None


@lru_cache(maxsize=4)
def corpus_titles(gen: Generation) -> dict[tuple[str, int | None], list[Film]]:
    titles: dict[tuple[str, int | None], list[Film]] = {}
    for film in gen.films:
        for name in film.names:
            key = title_key(name)
            if key[0] and film not in titles.setdefault(key, []):
                titles[key].append(film)
    return titles


def corpus_film(gen: Generation, title: str) -> Film | None:
    """The corpus film a listed title is: same title (article, case and accents aside), and the same
    year when both give one. None when it is not in the corpus or several films could be it."""
    films = corpus_titles(gen).get(title_key(title), [])
    year = year_of(title)
    if year is not None:
        films = [f for f in films if f.year is None or f.year == year]
    return films[0] if len(films) == 1 else None


def person_key(name: str) -> str:
    return " ".join(words(name.replace("-", " ")))


@dataclass
class People:
    directors: dict[str, str]  # person key -> name as written
    cast: dict[str, str]
    genres: dict[str, str]


def people_of(gen: Generation, film: Film) -> People:
    facts = gen.facts(film.slug)
    directors = {person_key(c.name): c.name for c in facts if isinstance(c, CrewCredit) and c.role == "director"}
    cast: dict[str, str] = {}
    for credit in facts:
        if isinstance(credit, CastCredit):
            cast.setdefault(person_key(credit.actor), credit.actor)
    genres = {fold(f.value): f.value.lower() for f in facts if isinstance(f, FilmFact) and f.name == "genre"}
    return People(directors, cast, genres)


def corpus_neighbours(gen: Generation, film: Film, listed: set[str]) -> list[Suggestion]:
    """Other films of the corpus sharing the director (3 points), cast members (2 each) or a genre (1),
    with the reasons; a genre alone suggests a film only when nothing else does."""
    mine = people_of(gen, film)
    if not (mine.directors or mine.cast or mine.genres):
        return []
    found = []
    for other in candidates(gen, film, mine):
        theirs = people_of(gen, other)
        directors = [mine.directors[k] for k in mine.directors if k in theirs.directors]
        cast = [mine.cast[k] for k in mine.cast if k in theirs.cast]
        genres = [mine.genres[k] for k in mine.genres if k in theirs.genres]
        score = 3 * len(directors) + 2 * len(cast) + len(genres[:1])
        if not score:
            continue
        reasons = []
        if directors:
            reasons.append(f"directed by {join_names(directors)} too")
        if cast:
            reasons.append(f"also with {', '.join(cast[:4]) + ' and more' if len(cast) > 4 else join_names(cast)}")
        if genres:
            reasons.append(f"also a {genres[0]}")
        shared = {person_key(n) for n in directors + cast}
        credits = [f for f in gen.facts(film.slug) if (isinstance(f, CrewCredit) and f.role == "director"
                   and person_key(f.name) in shared) or (isinstance(f, CastCredit) and person_key(f.actor) in shared)]
        passages = [hit for hit in (gen.passage(p) for p in dict.fromkeys(c.passage for c in credits[:3])) if hit]
        found.append(Suggestion(other.title + (f" ({other.year})" if other.year else ""), "corpus", "; ".join(reasons),
                                "In this corpus", other, passages, score=score + (0.5 if other.slug in listed else 0)))
    found.sort(key=lambda s: (-s.score, s.title))
    if any(s.score > 1 for s in found):
        found = [s for s in found if s.score > 1] + [s for s in found if s.score <= 1][:3]
    return found[:CORPUS_LIMIT]


def candidates(gen: Generation, film: Film, mine: People) -> list[Film]:
    """The other films to compare: all of them in a small corpus, else those whose passages name the
    film's director or top-billed cast (a search each: no reading of every film's facts)."""
    others = [f for f in gen.films if f.slug != film.slug]
    if len(others) <= SMALL_CORPUS:
        return others
    by_slug = {f.slug: f for f in others}
    slugs: dict[str, None] = {}
    for name in list(mine.directors.values()) + list(mine.cast.values())[:CAST_COMPARED]:
        for hit in gen.search(name, limit=40):
            if hit.film in by_slug:
                slugs.setdefault(hit.film)
    return [by_slug[s] for s in slugs]
