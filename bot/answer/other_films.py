"""Films a film's documents mention but do not describe: a question about one of them is declined.

"Who directed The Lost Daughter?" asked of a corpus whose only film recommends *The Lost Daughter
(2021)* is about that film, not this one: answering with this film's director would be wrong. Other
films are known from the documents themselves: the titles of their recommendation and filmography
lists (compose.similar reads those) and any "Title (YEAR)" written in their text. A title is
only taken as named when the question holds it whole, and a one-word title only when the film's
documents use that word nowhere but in naming the other film ("Volver", not "Heat") and it is no
part of a name of its cast or crew ("Julieta", the film, is also Julieta Serrano).
"""
from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from bot.answer.compose.similar import listed_films
from bot.answer.film_names import title_name
from bot.answer.intent import ACTOR_WHO
from bot.answer.text import words
from index.models import Award, CastCredit, CrewCredit, Film
from index.search import Generation

# A capitalised title of up to eight words, then its year in brackets: "Talk to Her (2002)".
TITLE_WITH_YEAR = re.compile(
    r"(?<![\w'’])((?:[A-Z0-9][\w'’.:&!?-]*)(?:\s+(?:[A-Z0-9][\w'’.:&!?-]*|of|the|a|an|to|in|on|and|for|with|at|from|by|is|my|i|her|his|la|le|el|de|del|des|du|di|da)){0,7})"
    r"\s*\(((?:18|19|20)\d\d)\)")


def named_other_film(gen: Generation, film: Film, question: str) -> str | None:
    """The title of another film that the question names and this film's documents only mention."""
    asked = " " + " ".join(words(question)) + " "
    if any(f" {' '.join(words(name))} " in asked for name in film.names if words(name)):
        return None
    for title, key in other_titles(gen, film):
        if f" {key} " in asked:
            return title
    return None


KNOWN: WeakKeyDictionary[Generation, dict[str, list[tuple[str, str]]]] = WeakKeyDictionary()  # per generation, per film


def other_titles(gen: Generation, film: Film) -> list[tuple[str, str]]:
    """(title, its folded words) of every other film the documents mention, longest first."""
    per_film = KNOWN.setdefault(gen, {})
    if film.slug not in per_film:
        per_film[film.slug] = read_other_titles(gen, film)
    return per_film[film.slug]


def read_other_titles(gen: Generation, film: Film) -> list[tuple[str, str]]:
    slug = film.slug
    own = {" ".join(words(name)) for name in film.names} | {title_name(name).base for name in film.names}
    directors = [c.name for c in gen.facts(slug) if isinstance(c, CrewCredit) and c.role == "director"]
    titles = [s.title for s in listed_films(gen, film, directors) if s.corpus_film is None]
    texts = [hit.text for hit in gen.passages_of(slug)]
    titles += [m.group(1) for text in texts for m in TITLE_WITH_YEAR.finditer(text)]
    honours = award_words(gen, slug)
    people = {w for fact in gen.facts(slug) for name in people_of(fact) for w in words(name)}
    found: dict[str, str] = {}
    for title in titles:
        bare = re.sub(r"\s*\((?:[^()]*?\b)?(?:18|19|20)\d\d\)\s*$", "", title).strip()
        key = " ".join(words(bare))
        if (not key or key in own or key in found.values() or set(key.split()) & honours
                or key in people or not distinctive(key, texts)):
            continue
        found[bare] = key
    return sorted(found.items(), key=lambda item: -len(item[1]))


AWARD_WORDS = frozenset({"award", "awards", "nomination", "nominations", "festival", "prize", "academy", "oscar",
                         "oscars", "globe", "globes", "ceremony", "best"})


def people_of(fact) -> list[str]:
    """The names a fact gives: "Julieta" is a film, and also Julieta Serrano's first name."""
    if isinstance(fact, CastCredit):
        return [fact.actor or "", fact.character or ""]
    return [fact.name] if isinstance(fact, CrewCredit) else []


def award_words(gen: Generation, slug: str) -> set[str]:
    """Words of the film's ceremonies and prizes: "Venice Film Festival (2021)" is an award, no film."""
    found = set(AWARD_WORDS)
    for fact in gen.facts(slug):
        if isinstance(fact, Award):
            found |= {w for w in words(f"{fact.ceremony} {fact.category}") if len(w) > 3 and w != "film"}
    return found


def distinctive(key: str, texts: list[str]) -> bool:
    """Is a title unlikely to be an ordinary word of a question? Two words or more, or one word the
    documents use only inside the title's own mentions (capitalised, never lower case)."""
    if " " in key:
        return True
    if len(key) < 4:
        return False
    lower = re.compile(rf"(?<![\w'’]){re.escape(key)}(?![\w'’])")
    return not any(lower.search(text) for text in texts)


def declined_text(film: Film, title: str) -> str:
    return (f"the documents here are about {film.title}; they mention {title} but don't describe it, "
            f"so I can't answer about {title}")


# "who plays Jen in the sequel", "who directed the 1998 remake": a question about another instalment
# of the story, which documents about this film name at most. (Whether there is one, and what it is
# called, are facts about this film: those are not declined.)
OTHER_INSTALMENT = re.compile(r"\b(?:the|its|that) (?:\d{4} |new |american |english |tv )?(sequel|prequel|remake|reboot|follow-up)\b")
ABOUT_ANOTHER_INSTALMENT = {"cast", "crew", "plot", "awards", "critics"}


def other_instalment(question: str, intent: str) -> str | None:
    """The other instalment ("sequel", "remake") a cast, crew, plot, awards or critics question is about."""
    # "who played jeff in the 1998 remake": read as a question about the remake (a fact), it asks for its cast
    about = intent in ABOUT_ANOTHER_INSTALMENT or (intent == "facts" and ACTOR_WHO.search(question.lower()))
    found = OTHER_INSTALMENT.search(question.lower()) if about else None
    return found.group(1) if found else None


# "is there a finding nemo 2", "will there be a paddington 3": whether a numbered instalment the
# corpus lacks exists, which the documents of the one film of that title may say
INSTALMENT_EXISTS = re.compile(r"^\W*(?:so |and |but )?(?:is|are|will|was|has) there (?:ever )?(?:going to be |gonna be |be |been )?"
                               r"(?:a |an |another )?")


def asks_for_missing_instalment(question: str, unknown: str | None, series: list[Film]) -> Film | None:
    """The one film of a title when the question asks whether another numbered instalment of it exists."""
    if unknown and len(series) == 1 and INSTALMENT_EXISTS.match(question.lower()):
        return series[0]
    return None
