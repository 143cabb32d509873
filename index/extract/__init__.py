"""Fact extraction: one regex pass per extractor over a document's text.

`extract_facts(document, passages)` runs every extractor, merges what several phrasings of
the same fact produced, and ties each fact to the passage it was read from.
`infer_metadata(text)` guesses kind, author and source where front matter gives none.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from index.models import Award, CastCredit, CrewCredit, Document, Fact, FilmFact, Passage, Verdict

from .awards import extract_awards
from .cast import extract_cast, merge_roles
from .crew import extract_crew
from .facts import extract_film_facts
from .metadata import group_byline, infer_metadata
from .patterns import Found, fold
from .prose_verdicts import prose_verdict
from .verdicts import extract_verdicts

__all__ = [
    "extract_awards", "extract_cast", "extract_crew", "extract_facts", "extract_film_facts",
    "extract_verdicts", "infer_metadata", "passage_at",
]

_MODELS = {"cast": CastCredit, "crew": CrewCredit, "award": Award, "verdict": Verdict, "film_fact": FilmFact}


def extract_facts(document: Document, passages: Sequence[Passage]) -> list[Fact]:
    """Every fact the extractors read in the document, once each, linked to its passage.

    A document without passages yields no facts: a fact must point at something to quote.
    """
    if not passages:
        return []
    text = document.text
    found = [
        *merge_roles(extract_cast(text)), *extract_crew(text), *extract_awards(text),
        *extract_verdicts(text), *extract_film_facts(text, document.film),
    ]
    found = _prose_verdict(document, found)
    found = _expand_surnames(_unique(_without_insider_verdicts(found)), _people(found))
    return [_build(item, document, passage_at(passages, item.offset)) for item in found]


def _prose_verdict(document: Document, found: list[Found]) -> list[Found]:
    """A signed review's verdict in its own words (prose_verdicts): its most judging sentences, as the
    verdict where it prints no rating, or as the quote of its author's rating where it has none."""
    author = document.author
    if not author or group_byline(author) or document.kind not in ("review", "article", None):
        return found
    verdicts = [i for i in found if i.kind == "verdict"]
    if any(i.fields.get("quote") or (i.fields.get("critic") or author) != author for i in verdicts):
        return found  # quoted already, or the page reports other critics'
    verdict = prose_verdict(document.text, author)
    if verdict is None:
        return found
    if verdicts:  # "My rating: 9/10" and its review: the rating, in the critic's words
        first = verdicts[0]
        quoted = {"critic": author, "outlet": document.source} | {k: v for k, v in first.fields.items() if v} | verdict.fields
        return [Found(i.offset, i.kind, quoted | {"critic": quoted["critic"]}) if i is first else i for i in found]
    return [*found, Found(verdict.offset, "verdict", {**verdict.fields, "outlet": document.source})]


def _without_insider_verdicts(found: list[Found]) -> list[Found]:
    """A quote signed by the film's own crew or cast (a press kit's statement) is not a verdict; but
    a critic's rated line ("BEATRIX COLLE (The Sunday Observer-Tribune) .. 2 out of 4") is no credit."""
    raters = {(fold(i.fields["critic"]), _bare(i.fields.get("outlet") or "")) for i in found if i.kind == "verdict"
              and i.fields.get("critic") and i.fields.get("rating_text")}
    found = [i for i in found if not (i.kind == "cast" and raters and (
        fold(i.fields.get("actor") or ""), _bare(i.fields.get("character") or "")) in raters)]
    # a rater with no character on a page ("With Priscilla Vandermeer … Guest: Hal Brightwater (film critic, …)"):
    # a podcast's host or guest, no cast member
    named = {critic for critic, _ in raters}
    found = [i for i in found if not (i.kind == "cast" and not i.fields.get("character") and fold(i.fields.get("actor") or "") in named)]
    insiders = {fold(i.fields.get("actor") or i.fields.get("name") or "") for i in found if i.kind in ("cast", "crew")}
    return [
        i for i in found
        if not (i.kind == "verdict" and i.fields.get("critic") and fold(i.fields["critic"]) in insiders)
    ]


def _bare(outlet: str) -> str:
    """"The Evening Ledger" -> "evening ledger": an outlet as a cast line's character may print it."""
    folded = fold(outlet)
    return folded[4:] if folded.startswith("the ") else folded


def passage_at(passages: Sequence[Passage], offset: int) -> Passage | None:
    """The passage whose [start, end) covers offset; else the nearest one; None if there are none."""
    nearest, best = None, None
    for passage in passages:
        if passage.start <= offset < passage.end:
            return passage
        distance = passage.start - offset if offset < passage.start else offset - passage.end + 1
        if best is None or distance < best:
            nearest, best = passage, distance
    return nearest


def _build(item: Found, document: Document, passage: Passage) -> Fact:
    fields = dict(item.fields)
    group = group_byline(document.author)  # "author: various": a panel's page
    if item.kind == "verdict" and fields.get("rating_text") and not fields.get("quote"):
        # A bare rating is the verdict of whoever wrote the page.
        fields.setdefault("critic", None if group else document.author)
        fields.setdefault("outlet", document.source)
    if item.kind == "verdict" and group and fields.get("critic") and not fields.get("outlet"):
        fields["outlet"] = document.source  # a panel's page: its critics write for it
    return _MODELS[item.kind](film=document.film, document=document.id, passage=passage.id, **fields)


def _unique(found: Iterable[Found]) -> list[Found]:
    """The first of each fact; an award without a recipient yields to the same award with one."""
    kept: dict[tuple, Found] = {}
    for item in found:
        kept.setdefault(_key(item), item)
    named_awards = {_award_key(i) for i in kept.values() if i.kind == "award" and i.fields.get("recipient")}
    return [
        i for i in kept.values()
        if not (i.kind == "award" and not i.fields.get("recipient") and _award_key(i) in named_awards)
    ]


_KEYS: dict[str, Callable[[dict], tuple]] = {
    "cast": lambda f: (fold(f["actor"]), fold(f["character"] or "")),
    "crew": lambda f: (f["role"], fold(f["name"])),
    "award": lambda f: (fold(f["ceremony"]), fold(f["category"]), f["outcome"], fold(f.get("recipient") or "")),
    "verdict": lambda f: (fold(f.get("critic") or ""), fold(f.get("outlet") or ""), fold(f.get("quote") or ""),
                          f.get("rating_text")),
    "film_fact": lambda f: (f["name"], fold(f["value"])),
}


def _key(item: Found) -> tuple:
    return (item.kind, *_KEYS[item.kind](item.fields))


def _award_key(item: Found) -> tuple:
    return _key(item)[:4]


def _people(found: Iterable[Found]) -> list[str]:
    names = [i.fields.get("actor") or i.fields.get("name") or i.fields.get("recipient") for i in found]
    return [n for n in names if n and len(n.split()) > 1]


def _expand_surnames(found: list[Found], people: list[str]) -> list[Found]:
    """'Best Actress (Cruz)' -> recipient 'Penélope Cruz' when the page names one such Cruz."""
    by_surname: dict[str, set[str]] = {}
    for person in people:
        by_surname.setdefault(fold(person.split()[-1]), set()).add(person)
    result = []
    for item in found:
        recipient = item.fields.get("recipient") if item.kind == "award" else None
        full = by_surname.get(fold(recipient), set()) if recipient and " " not in recipient else set()
        if len(full) == 1:
            item = Found(item.offset, item.kind, {**item.fields, "recipient": next(iter(full))})
        result.append(item)
    return _unique(result) if result != found else result
