"""Who a critics question names: a critic or an outlet of the film's verdicts, or of its reviews'
metadata (front matter `author` and `source`, a byline, a masthead), with their verdicts and pages."""
from __future__ import annotations

import re

from bot.answer.compose.common import NAME_PARTICLES, OPINION_KINDS, Context
from bot.answer.evidence import FRAME_WORDS
from bot.answer.intent import opinion_holder
from bot.answer.ranking import SENTENCES
from bot.answer.text import words
from index.models import CastCredit, CrewCredit, Verdict
from index.search import Hit, analyze

_GENERIC_OUTLET_WORDS = {"the", "review", "reviews", "film", "films", "movie", "movies", "critic", "critics", "and", "of"}


def names_a_reviewer(ctx: Context, *, strict: bool = True) -> bool:
    """Does the question name a critic or an outlet of this film's verdicts or reviews, whatever its
    other words ask ("what did Oscar Brennan think", "who wrote for Cinephile Quarterly")? A critic
    by surname (not a cast or crew member's), an outlet by all of its own words (`strict`, for a
    question read as about something else: one word only where capitalised, as a name is)."""
    asked = set(words(ctx.question))
    people = {w for c in ctx.facts(CastCredit) for w in words(c.actor)[-1:]}
    people |= {w for c in ctx.facts(CrewCredit) for w in words(c.name)[-1:]}
    title = {w for name in ctx.film.names for w in words(name)}
    critics, outlets = set(), set()
    for verdict in ctx.facts(Verdict):
        critics.add(verdict.critic or "")
        outlets.add(verdict.outlet or "")
    for hit in ctx.gen.passages_of(ctx.film.slug):
        if hit.kind == "review":
            critics.add(hit.author or "")
            outlets.add(hit.source or "")
    everyone = {w for c in ctx.facts(CastCredit) for w in words(c.actor)} | {w for c in ctx.facts(CrewCredit) for w in words(c.name)}
    characters = {w for c in ctx.facts(CastCredit) for w in words(c.character or "")}  # "what does Ángel do": a character
    people |= characters
    everyone |= characters
    for critic in filter(None, critics):
        surname = words(critic)[-1:]
        if len(words(critic)) >= 2 and surname[0] in asked and surname[0] not in people and len(surname[0]) > 2:
            return True
        first = words(critic)[:1]  # a podcast's host by first name ("what did Nadia give it"), a site's user ("juniper_reels")
        if first and len(first[0]) > 2 and first[0] not in everyone | title and words(opinion_holder(ctx.question) or "") == first:
            return True  # (a first name alone names the one whose opinion is asked: not "David di Donatellos")
    for outlet in filter(None, outlets):
        own = {w for w in words(outlet) if w not in _GENERIC_OUTLET_WORDS and w not in title and len(w) > 2}
        capitalised = {w for w in own if re.search(rf"\b{re.escape(w)}\b", ctx.original or "", re.I)
                       and w.capitalize() in (ctx.original or "")}
        if own and own <= asked and (len(own) >= 2 or capitalised or not strict):  # "the running time" names no "Time"
            return True
    return False



class Reviewer:
    """A critic or an outlet the question names, with the documents and verdicts that are theirs."""

    def __init__(self, critic: str | None, outlet: str | None) -> None:
        self.critic, self.outlet = critic, outlet
        self.verdicts: list[Verdict] = []
        self.hits: list[Hit] = []

    @property
    def name(self) -> str:
        if self.critic and self.outlet:
            return f"{self.critic} ({self.outlet})"
        return self.critic or self.outlet or "A critic"


def reviewers_named(ctx: Context, verdicts: list[Verdict]) -> list[Reviewer]:
    """Critics and outlets named in the question, from the verdicts and from documents' metadata."""
    from index.extract.metadata import group_byline  # "author: various" names no one; imported when asked

    found: dict[tuple, Reviewer] = {}
    for verdict in verdicts:
        if names_asked(ctx, verdict.critic) or names_asked(ctx, verdict.outlet):
            reviewer = found.setdefault(reviewer_key(verdict.critic, verdict.outlet), Reviewer(verdict.critic, verdict.outlet))
            reviewer.verdicts.append(verdict)
    critics_of: dict[str, set[str]] = {}
    for verdict in ctx.facts(Verdict):
        critics_of.setdefault(verdict.document, set()).add(" ".join(words(verdict.critic or "")))
    for hit in ctx.gen.passages_of(ctx.film.slug):
        author = hit.author if (hit.kind in OPINION_KINDS or hit.author) and not group_byline(hit.author) else None
        if len(critics_of.get(hit.document, set()) - {""}) >= 2:
            author = None  # a round-up: its byline is not every critic's, and each section is read by its verdict
        if names_asked(ctx, author) or (hit.kind == "review" and names_asked(ctx, hit.source)):
            key = reviewer_key(author, hit.source)
            reviewer = found.get(key) or next((r for r in found.values() if same_reviewer(r, author, hit.source)), None)
            if reviewer is None:
                reviewer = found.setdefault(key, Reviewer(author, hit.source))
            reviewer.critic = reviewer.critic or author
            reviewer.outlet = reviewer.outlet or hit.source
            reviewer.hits.append(hit)
    return list(found.values())


def reviewer_key(critic: str | None, outlet: str | None) -> tuple:
    return (" ".join(words(critic or "")), " ".join(words(outlet or "")) if not critic else "")


def same_reviewer(reviewer: Reviewer, critic: str | None, outlet: str | None) -> bool:
    if critic and reviewer.critic:
        return words(critic) == words(reviewer.critic)
    return bool(outlet and reviewer.outlet and words(outlet) == words(reviewer.outlet))


def names_asked(ctx: Context, name: str | None) -> bool:
    """Does the question name this critic or outlet? By a word of the name the question does not
    use as a cue ("review" in "The Northbank Review" is the question's own word for what it asks)."""
    if not name:
        return False
    ignore = NAME_PARTICLES | FRAME_WORDS | set(ctx.reading.cue_words) | {"review", "reviews", "critic", "critics"}
    ignore |= {w for name in ctx.film.names for w in words(name)}  # "Critics of Storm Cellar" names no "Cellar Notes"
    asked = set(words(ctx.question))
    return any(w in asked for w in words(name) if len(w) > 2 and w not in ignore)


# Who is asked about when no one in particular is: "what did critics say", "what did the bad
# review say", "what did people think".
ANYONE = frozenset(words("the a critic critics reviewer reviewers review reviews people audience audiences viewer viewers "
                         "fan fans everyone everybody anyone folks they you i we press public user users most other others "
                         "film movie it bad good negative positive worst best top first last one mixed harsh harshest "
                         "rotten fresh"))


def unquoted_holder(ctx: Context) -> str | None:
    """The critic or outlet a question asks the opinion of ("what did the new york times say"),
    as typed, when no document of the film names them: no verdict or review is theirs and no
    sentence holds all their words ("New York" in a plot is none; "in the chapel, a voice" is
    the story's voice in the chapel)."""
    own = words(opinion_holder(ctx.question) or "")
    while own and own[0] in ANYONE:  # "the new york times critic": "new york times"
        own = own[1:]
    while own and own[-1] in ANYONE:
        own = own[:-1]
    terms = set(analyze(" ".join(own)))
    if not terms:
        return None
    named = [f"{v.critic or ''} {v.outlet or ''}" for v in ctx.facts(Verdict)]
    named += [f"{hit.author or ''} {hit.source or ''}" for hit in ctx.gen.passages_of(ctx.film.slug)]
    if any(terms <= set(analyze(name)) for name in named):
        return None
    if any(terms <= s.terms.keys() for s in SENTENCES.of(ctx.gen, ctx.film.slug).sentences):
        return None
    if any(terms <= set(analyze(hit.heading or "")) for hit in ctx.gen.passages_of(ctx.film.slug)):
        return None  # a card's "Curtis Varga — The Valley Weekly", read as its heading
    return " ".join(own)
