"""Answers that must stand next to what they are about: a name next to the one named ("what's the
squirrel's name" -> "a squirrel named Rocky", "Victor's dog Philip", "the baby, Cecilia"), an age
next to the one aged ("how old is the little girl" -> "a four-year-old girl").

A sentence that names someone else, or gives an age of someone else, does not answer: "whats
vinz last name" is not answered by "a police officer grabs Vinz", nor "how old is sandra" by
"their eleven-year-old son Daniel". Without these tests the ranker gave such sentences for
questions the documents cannot answer, which a member reads as a made-up fact.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from bot.answer.typos import formal_term
from index.analysis import STOP_WORDS
from index.search import analyze

PARTS = r"first|middle|last|sur|real|full|nick|maiden|christian|given|family|birth"
IS = r"(?:'s|’s|s| is| was| are| were)"
# "what's the name of the pizza place", "what was the first name of ..."
NAME_OF = re.compile(rf"\bwhat{IS} (?:the |his |her |their |its )?(?:(?P<part>{PARTS}) ?)?name (?:of|for) (?P<focus>.+)")
# "whats the squirrels name", "what's marion crane's middle name", "whats vinz last name", and
# said on its own as a follow-on: "and anas last name?"
NAME_POSSESSED = re.compile(rf"(?:\bwhat{IS} |^\W*(?:and |so |but |also |ok )?(?=\w+(?:'s|’s|s'|s) (?:\w+ )?name\W*$))(?P<focus>.+?)(?:(?:'s|’s|s'|s) (?:(?P<part>{PARTS}) ?)?|\s(?P<part2>{PARTS}) ?)name\b")
# "what's remy's brother called", "what do they call the baby"
CALLED = re.compile(rf"\bwhat{IS} (?P<focus>.+?) (?:called|named)\b"
                    r"|\bwhat (?:do|did|does) (?:they|you|people|we|he|she|everyone|the film) (?:call|name) (?P<focus2>.+)")
AGE_OF = re.compile(r"\b(?:how old|what age) (?:is|was|are|were|s) (?P<focus>.+)")
# where the thing asked about ends: "the pizza place that delivers", "the old lady with the shotgun"
FOCUS_END = re.compile(r"\s(?:that|which|who|whom|where|when|with|in|at|from|on|during|meant|supposed|exactly|"
                       r"really|actually|again|going)\b.*|[?!.].*")
DETERMINER = re.compile(r"^(?:the|a|an|his|her|their|its|this|that|those|these)\s+")
THE_FILM = frozenset(analyze("film movie it"))

TOKEN = re.compile(r"[\w'’.-]*\w|[^\w\s]")
# all that may stand between a name and what it names: "the baby, Cecilia", "Quint's boat, the
# Orca", "a squirrel named Rocky", "the village of Artauds", "their gold claim called the "Midas"",
# "Lisbeth (given the nickname Longskirt", "a group known as "The Crowd"". Any other word may join
# two different people: a credit ("Steve Buscemi as Mr. Pink", "Mr. Pink (Steve Buscemi)"), a
# list ("Marion and Sam"), a verb or a preposition ("Janis has a baby with Arturo").
CONNECTORS = frozenset(""", " “ ” ‘ ’ the a an of at is was whose name 's ’s just only still""".split())  # "his mansion at Bartram-Haugh"
QUOTES = frozenset("\" “ ‘ '".split())
ARTICLES = frozenset("a an the his her their its".split())
MAX_DESCRIBED = 3
NAMING = frozenset("named called nicknamed dubbed christened renamed known as given nickname".split())

@dataclass(frozen=True)
class Named:
    """What a question asks the name or age of: its terms, and which part of a name."""
    focus: tuple[str, ...]
    part: str | None = None  # "last", "middle", "first", "real"...
    by: bool = False  # a job's doer: "choreographed by Yuen Woo-ping"

    def focus_in(self, terms: list[str]) -> bool:
        """A term of the focus, or another form of it ("choreographed" for "choreography")."""
        return any(t in self.focus or any(same_word(t, f) for f in self.focus) for t in terms)


def asked_name(question: str) -> Named | None:
    """The one whose name a question asks for, if it asks for a name."""
    folded = question.lower()
    for pattern in (NAME_OF, NAME_POSSESSED, CALLED):
        found = pattern.search(folded)
        if not found:
            continue
        groups = found.groupdict()
        phrase = groups.get("focus") or groups.get("focus2") or ""
        part = groups.get("part") or groups.get("part2")
        phrase = focus_phrase(phrase)
        terms = analyze(phrase)
        if not terms or set(terms) <= THE_FILM:
            return None  # "what is the film called in france": a title, not a name in the story
        possessive = pattern is NAME_POSSESSED or "'s " in phrase or "’s " in phrase
        if part:  # "buffalo bills real name": Buffalo Bill is named
            return Named(tuple(terms), part)
        # "arturo's wife's name", "coles dad": the wife, the dad is named; "the baby janis takes
        # home": the baby
        if not possessive and len(terms) > 1 and phrase.split()[0].endswith("s"):
            possessive, terms = True, terms[:2]
        if possessive:
            return Named(with_formal(terms[-1]), part)
        # "the hostile Puritan gamekeeper", "the bee Mrs. Tittlemouse meets": the name may stand
        # next to any word of the description
        return Named(tuple(t for term in terms for t in with_formal(term)), part)
    return None


# "who did the storyboards", "who did the choreography for the tango scene": a job, whose doer's
# name must stand beside it ("storyboards by Mark Andrews")
JOB_DONE = re.compile(r"^(?:so |and |but |ok )?who (?:did|does|do|made|makes) the (?P<job>(?:\w+ ){0,2}\w+)"
                      r"(?: (?:for|on|in|of)(?: [\w'-]+){1,4})?\W*$")


def asked_doer(question: str) -> Named | None:
    found = JOB_DONE.match(question.lower().strip())
    terms = analyze(found.group("job")) if found else []
    return Named((terms[-1],), by=True) if terms and not set(terms) <= THE_FILM else None


def asked_age(question: str) -> Named | None:
    found = AGE_OF.search(question.lower())
    terms = analyze(focus_phrase(found.group("focus"))) if found else []
    return Named(with_formal(terms[-1])) if terms and not set(terms) <= THE_FILM else None


def focus_phrase(phrase: str) -> str:
    return DETERMINER.sub("", FOCUS_END.sub("", " " + phrase.strip()).strip())


def with_formal(term: str) -> tuple[str, ...]:
    """The term and the word documents use for it ("dad" -> "father")."""
    formal = formal_term(term)
    return (term, formal) if formal else (term,)


def names_beside(named: Named, asked: set[str]):
    """A test of a sentence: does it give a name, not one the question gives, beside the one named?"""
    def test(text: str) -> bool:
        tokens = TOKEN.findall(text)
        terms = [analyze(t) for t in tokens]
        names = [i for i, t in enumerate(tokens) if is_name(t, i, tokens) and not asked.issuperset(terms[i])]
        at = [i for i, held in enumerate(terms) if named.focus_in(held)]
        if not names or not at:
            return False
        if named.part in ("last", "sur", "family"):
            return any(i + 1 in names and is_name(tokens[i], i, tokens) for i in at)
        if named.part in ("first", "christian", "given"):
            return any(i - 1 in names and is_name(tokens[i], i, tokens) for i in at)
        if named.part == "middle":
            return any(i + 1 in names and i + 2 < len(tokens) and is_name(tokens[i + 2], i + 2, tokens) for i in at)
        return any(beside(tokens, i, j, named.by) for i in at for j in names)
    return test


def ages_beside(named: Named, age: re.Pattern):
    """A test of a sentence: does it give an age beside the one aged ("the four-year-old girl")?"""
    def test(text: str) -> bool:
        spans = [m.span() for m in TOKEN.finditer(text)]
        tokens = [text[a:b] for a, b in spans]
        at = [i for i, t in enumerate(tokens) if named.focus_in(analyze(t))]
        starts = [a for a, _ in spans]
        aged = [bisect_left(starts, m.start()) for m in age.finditer(text)]
        return any(beside(tokens, i, j) for i in at for j in aged if j < len(tokens))
    return test


def beside(tokens: list[str], i: int, j: int, by: bool = False) -> bool:
    """Are tokens i and j side by side, with nothing between but connecting words? A bracket or
    "as" only opens a naming ("(called", "known as"), never a credit; other words only describe,
    after an article: "his distant relative, the unconventional doctor Pascal Rougon"."""
    low, high = sorted((i, j))
    gap = [t.lower() for t in tokens[low + 1:high]]
    # "a short story ("The Land Ironclads")": a bracketed quotation names what precedes it
    naming = any(t in NAMING - {"as"} for t in gap) or any(a == "(" and b in QUOTES for a, b in zip(gap, gap[1:]))
    described = 0
    for k, t in enumerate(gap):
        # "their own spaceship (the eponymous Skylark)": a bracket opening with an article names what precedes it
        opens_naming = t == "(" and (naming or (k + 1 < len(gap) and gap[k + 1] in ARTICLES))
        if t in CONNECTORS or t in NAMING or opens_naming or (by and t == "by" and j > i):
            continue
        if t.isalpha() and t == tokens[low + 1 + k] and ARTICLES.intersection(gap[:k]) and described < MAX_DESCRIBED:
            described += 1
            continue
        return False
    return "as" not in gap or "known" in gap


def same_word(term: str, other: str) -> bool:
    """Two stems of one word: one the other's start, both of five letters or more."""
    short, long = sorted((term, other), key=len)
    return len(short) >= 5 and long.startswith(short)


def is_name(token: str, i: int, tokens: list[str]) -> bool:
    """A capitalised word that is not a function word or an owner: "Cecilia", "Orca", not "The",
    "She" or the "Kovacs's" of "Kovacs's cat"."""
    if not token[0].isupper() or token.lower() in STOP_WORDS or POSSESSOR.search(token):
        return False
    return not (i == 0 and token.lower() in COMMON_OPENERS)


POSSESSOR = re.compile(r"['’]s?$")
COMMON_OPENERS = frozenset("when after before while then there here later now once meanwhile soon finally".split())
