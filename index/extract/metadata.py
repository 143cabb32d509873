"""Guess a document's kind, author and source from its text, where the text shows them.

Front matter overrides all of this; a key is only returned when the text is clear about it.

kind:
- a star or numeric rating -> review (decisive even when a review has a "Plot" section);
- a heading near the top: "Synopsis" -> synopsis; "Plot Summary", "Detailed Summary",
  "Recap", "Ending Explained" -> summary; "Awards and Nominations" -> awards;
  "Press Kit", "Production Notes" -> press; "... Review" -> review;
- award entries starting near the top of the page -> awards;
- several quotes signed by critics -> press;
- a text written in the first person about a film -> review.
author: a byline near the top: "• Jared Huizenga", "By Jane Doe", "Review by Jane Doe",
  "— review by Jane Doe", "Reviewed by Jane Doe", "Author: Jane Doe", "Jane Doe | March 3, 2022",
  "Posted by Jane Doe on …", a blog's masthead "THE REEL DEAL — a film blog by Jane Doe";
  a byline may name the outlet too: "By Jane Doe, The Evening Ledger", "By Jane Doe for Variety".
source: "Source: X", "Originally published in X", "First published on X"; a masthead on one of
  the first lines: "THE COASTLINE CHRONICLE — Film", "The Harbour Sentinel · Arts & Screen" (a
  name with an outlet's word, or in capitals starting "THE" followed by a newspaper section).
An HTML page's own labels (`html_metadata`): <meta name="author">, a class="byline" element,
  og:site_name, and a <title> whose last (or first) part names an outlet ("… | Marquee Weekly").
"""
from __future__ import annotations

import re

from .awards import extract_awards
from .layout import has_outlet_word
from .patterns import lazy_pattern, PERSON, is_person_name, strip_leading_stopwords, title_cased
from .signatures import signature
from .verdicts import audience_heading, extract_verdicts, outlet_case

_FURNITURE = lazy_pattern(
    r"^(?:top of page|bottom of page|skip to (?:main )?content|menu|search|share|home|"
    r"table of contents|toggle|add to cart|log ?in|sign ?in|subscribe)$",
    re.IGNORECASE,
)
_HEADING_KINDS = [
    (lazy_pattern(r"\bsynopsis\b", re.I), "synopsis"),
    (lazy_pattern(r"\b(?:plot summary|detailed summary|summary|plot|recap|ending explained)\b", re.I), "summary"),
    (lazy_pattern(r"^(?:awards|awards (?:and|&) nominations|accolades)$", re.I), "awards"),
    (lazy_pattern(r"\b(?:press kit|production notes|press release)\b", re.I), "press"),
    (lazy_pattern(r"^review\b|\breview$", re.I), "review"),
    # a round-up: "Capsule reviews", "Fury Road: what the critics said", "The critics' scorecard"
    (lazy_pattern(r"\b(?:capsule|short|mini) reviews?\b|\bthe reviews$|\bcritics['’]? (?:said|say|scorecard|round-?up|picks|verdicts?)\b"
                  r"|\bwhat the critics\b|\breviews? round-?up\b", re.I), "review"),
]
# A longer title names its kind only in so many words: "Shoplifters (2018) Plot Summary & Ending
# Explained" (a line that only mentions a "plot" or a "review" may be any page's).
_LONG_HEADING_KINDS = [
    (lazy_pattern(r"\b(?:plot summary|plot recap|ending explained|full synopsis)\b", re.I), "summary"),
    _HEADING_KINDS[-1],
]
_BYLINE_LEAD = (r"(?:[—–-]{1,2}[ \t]*)?(?i:by|(?:film |movie )?review(?:ed)? by|recap(?:ped)? by|words by|written by"
                r"|author:|critic:|reviewer:|review:|posted by|published by)")
# "By Jane Doe, The Evening Ledger" / "for Variety" / "| The Guardian": the outlet after the name.
_BYLINE_OUTLET = r"(?:[ \t]*(?:,|\||·|•|[ \t]for|[ \t]of)[ \t]*(?P<outlet>[A-Z][^\n,|·•]{1,50}?))?[ \t]*\.?[ \t]*$"
_BYLINES = [
    lazy_pattern(rf"^{_BYLINE_LEAD}:?[ \t]+(?P<name>{PERSON}){_BYLINE_OUTLET}"),
    lazy_pattern(rf"^{_BYLINE_LEAD}:?[ \t]+(?P<name>{PERSON})"),
    lazy_pattern(rf"^[•·|][ \t]*(?P<name>{PERSON})$"),
    lazy_pattern(rf"^(?P<name>{PERSON})[ \t]*[•·|][ \t]*(?:\w+[ \t]+)?\d"),
    # the title reviewed, then its critic: "“Ratatouille” reviewed by Benedict Ashworth-Kaye"
    lazy_pattern(rf"^[“\"‘'][^\n“”\"]{{1,60}}[”\"’'][ \t,:—–-]*(?i:(?:film |movie )?review(?:ed)?|written|words)[ \t]+(?i:by)[ \t]+"
                 rf"(?P<name>{PERSON}){_BYLINE_OUTLET}"),
    # a blog's masthead: "THE CELLULOID CLOSET-CASE — a film blog by Priya Venkataraman"
    lazy_pattern(rf"^[^\n]{{0,80}}?[—–|·:-][ \t]*(?i:an?[ \t]+)?(?i:(?:film|movie|cinema)[ \t]+)?(?i:blog|newsletter)[ \t]+(?i:by)[ \t]+(?P<name>{PERSON})"),
]
_SOURCE = lazy_pattern(
    r"^[ \t]*(?:Source:|(?:Originally|First)?[ \t]*[Pp]ublished (?:in|on|by|at))[ \t]+"
    r"(?P<source>[A-Z][^\n.,;]{1,60}?)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
_MASTHEAD = lazy_pattern(r"^(?P<name>[^—–·•|:]{3,60}?)[ \t]*(?:[—–·•|:][ \t]*(?P<section>[^—–·•|:]{1,30}))?$")
_SECTION_WORDS = frozenset(
    """film films movie movies cinema screen arts art culture entertainment review reviews critics
    weekend features opinion living style life leisure the and &""".split()
)
_MASTHEAD_LINES = 3
_FIRST_PERSON = lazy_pattern(r"\b(?:I|I’m|I'm|I’ve|I've|my|me)\b")
_TOP_LINES = 15
_BYLINE_LINES = 6


# A byline naming no one person: "author: various", "Staff", "Our critics".
_GROUP = lazy_pattern(r"(?i)\b(?:various|staff|editors|critics|contributors|panel|team|writers|several|multiple)\b")


def group_byline(author: str | None) -> bool:
    """"various", "Staff", "The editors": a page's byline naming a group, whose critics sign their own parts."""
    return bool(author and _GROUP.search(author)) and not is_person_name(author)


def infer_metadata(text: str) -> dict:
    metadata = {}
    lines = _content_lines(text)
    kind = _kind(text, lines)
    author, outlet = _byline(lines[:_BYLINE_LINES])
    if not author:  # "Reviewed by Colm Ashdown" under a newsletter's heading, "Posted by X at 10:41 PM" under a post
        author, outlet = _byline([line for line in _before_comments(lines) if _SIGNED_LEAD.match(line)])
    if not author or not outlet:
        signed, signed_outlet = sign_off(lines)
        if not author or signed == author:
            author, outlet = signed or author, outlet or signed_outlet
    source = _SOURCE.search(text)
    if kind:
        metadata["kind"] = kind
    if author:
        metadata["author"] = author
    source = source["source"].strip() if source else outlet or masthead(lines[:_MASTHEAD_LINES]) or page_name(text, lines)
    if source:
        metadata["source"] = source
    return metadata


# A lead only a critic's byline has, wherever it stands (not "By" or "Written by", which credits use).
_SIGNED_LEAD = lazy_pattern(r"^(?:[—–-]{1,2}[ \t]*)?(?i:(?:film |movie )?review(?:ed)? by|posted by|words by|review:|reviewer:|critic:)")
# A page's own name in its copyright line: "© 2005 Claymation Corner · Powered by WordPress".
_COPYRIGHT = lazy_pattern(r"^(?:©|\(c\)|copyright)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t,]*)?(?P<name>[A-Z][^\n·•|,.]{1,40}?)"
                          r"[ \t]*(?:[·•|,.]|$)", re.IGNORECASE)
# The sender a newsletter comes from: "From: World Screen Digest <editor@…>", "From: "The Projector Room" <…>".
_SENDER = lazy_pattern(r"^From:[ \t]*[\"“]?(?P<name>[^\n<>\"“”@]{2,50}?)[\"”]?[ \t]*<[^\n>@]+@(?P<domain>[^\n>]+)>", re.MULTILINE)


def _before_comments(lines: list[str]) -> list[str]:
    """The lines above a comments section ("14 comments:", "Comments", "Reader reviews")."""
    end = next((n for n, line in enumerate(lines) if n and audience_heading(line.rstrip(":"))), len(lines))
    return lines[:end]


def page_name(text: str, lines: list[str]) -> str | None:
    """The publication a page names as its own: a newsletter's sender whose mail domain spells its
    name ("World Screen Digest <editor@worldscreen-digest.com>"), or the holder of its copyright line
    where the page's first line names it too, or it has an outlet's word."""
    sender = _SENDER.search(text[:2000])
    if sender and _letters(sender["name"]) in _letters(sender["domain"]):
        return outlet_case(sender["name"].strip())
    for line in lines[-12:]:
        held = _COPYRIGHT.match(line)
        name = held and held["name"].strip()
        if name and (_letters(name) == _letters(lines[0]) or has_outlet_word(name)):
            return outlet_case(name)
    return None


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def masthead(lines: list[str]) -> str | None:
    """"THE COASTLINE CHRONICLE — Film" -> "The Coastline Chronicle": a newspaper's name on one
    of the first lines, alone or with its section and date ("CITYLINE WEEKLY · Arts & Screen ·
    February 24, 2017"), or over a line that gives them ("THE LARDER REVIEW" / "Film | July 3, 2007")."""
    for n, line in enumerate(lines):
        parts = _parts(line)
        if not parts or line.endswith((".", "?", "!")):
            continue
        name, rest = parts[0], parts[1:]
        words = name.split()
        # a newspaper's name in capitals may carry any short section after it ("— ARCHIVE CLASSICS")
        any_section = name.isupper() and outlet_like(outlet_case(name)) and all(len(p.split()) <= 4 for p in rest)
        if not 1 <= len(words) <= 6 or any(w[:1].isdigit() for w in words) or not (
                any_section or all(map(_section_or_date, rest))):
            continue
        below = _parts(lines[n + 1]) if n + 1 < len(lines) and not rest else []
        sectioned = any(_section_or_date(p) and not p[:1].isdigit() for p in rest) or (
            len(below) >= 2 and all(map(_section_or_date, below)))
        capitals = name.isupper() and len(words) >= 2 and words[0] == "THE"
        if outlet_like(name) or (capitals and sectioned):
            return outlet_case(name)
    return None


_PART_SPLIT = lazy_pattern(r"[ \t]*(?:[—–·•|:]|[ \t]--?[ \t]|[ \t]{3,})[ \t]*")
_PAGE_PART = lazy_pattern(r"(?i)^(?:page|p\.|pp\.|no\.|vol\.|issue)[ \t]*#?[A-Z]?\d+$")
_DATE_PART = lazy_pattern(r"^(?:\w+[ \t]+)?\w+[ \t]+\d{1,2},?[ \t]+\d{4}$|^\d{1,2}[ \t]+\w+[ \t]+\d{4}$|^\d{4}$")


def _parts(line: str) -> list[str]:
    parts = [p.strip() for p in _PART_SPLIT.split(re.sub(r"[ \t]*\([^()\d]*\)", "", line).strip("*_# "))]  # "(English edition)"
    return parts if all(parts) and len(parts) <= 4 else []


def _section_or_date(part: str) -> bool:
    """"Arts & Screen", "Film", "February 24, 2017", "Friday, May 3": a newspaper's section or date."""
    return bool(_DATE_PART.match(part.replace(",", "")) or _PAGE_PART.match(part)) or all(
        _PAGE_PART.match(p.strip()) or all(w.casefold() in _SECTION_WORDS for w in p.split()) for p in part.split(","))


_KIND_WORDS = frozenset("release kit notes note summary synopsis awards credits recap trivia facts sheet".split())
_GENERIC = _SECTION_WORDS | _KIND_WORDS | {"the", "a", "of", "on", "in"}


def outlet_like(name: str) -> bool:
    """"The Coastline Chronicle", "Marquee Weekly": capitalised, with an outlet's word other than
    "review" (a heading "Jaws Review" is no outlet) and a word of its own ("Film Weekly" is none)."""
    words = [w.strip(".,’'") for w in name.split()]
    named = [w for w in words if w.casefold() not in {"review", "reviews"}]
    return (has_outlet_word(" ".join(named)) and any(w.casefold() not in _GENERIC and not has_outlet_word(w) for w in words)
            and all(w[:1].isupper() or w.casefold() in _GENERIC for w in words))


_URL = lazy_pattern(r"^(?:https?:|www\.|/|@)")
_AUTHOR_META = ("meta:author", "meta:article:author", "meta:byl", "meta:parsely-author", "meta:sailthru.author",
                "meta:dc.creator", "meta:citation_author")
_SOURCE_META = ("meta:og:site_name", "meta:application-name", "meta:dc.publisher", "meta:publisher")
_TITLE_SPLIT = lazy_pattern(r"[ \t]+[|—–-][ \t]+|[ \t]*[|][ \t]*")


def html_metadata(head: dict[str, str]) -> dict:
    """Author and source from an HTML page's labels (index.markup.html_head): <meta name="author">
    (or article:author, byl, ...), a class="byline" element's name, og:site_name, or a <title>
    whose last or first part is an outlet's name ("Groundhog Day review | Marquee Weekly")."""
    found = {}
    candidates = [head.get(key, "") for key in _AUTHOR_META] + [head.get("byline", "")]
    for text in candidates:
        if text and not _URL.match(text):
            author, outlet = _byline([text]) if not _bare_name(text) else (_bare_name(text), None)
            if author:
                found["author"] = author
                if outlet:
                    found["source"] = outlet
                break
    sources = [head.get(key, "") for key in _SOURCE_META]
    parts = [p.strip() for p in _TITLE_SPLIT.split(head.get("title", "")) if p.strip()]
    if len(parts) >= 2:
        sources += [p for p in (parts[-1], parts[0]) if outlet_like(p) and len(p.split()) <= 5
                    and not re.search(r"\((?:19|20)\d\d\)", p)]  # "The Social Network (2010)": the film
    source = next((s for s in sources if s and not _URL.match(s) and len(s) <= 60), None)
    if source and "source" not in found:
        found["source"] = outlet_case(source)
    return found


def _bare_name(text: str) -> str | None:
    """A byline that is only a name, maybe with a date after a separator: "Odessa Brandt · May 3"."""
    name = re.split(r"[ \t]*[·•|,—–][ \t]*| - ", text.strip(), maxsplit=1)[0].strip()
    return name if re.fullmatch(PERSON, name) and is_person_name(name) and not has_outlet_word(name) else None


def _content_lines(text: str) -> list[str]:
    """Non-empty lines without page furniture such as 'top of page'."""
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not _FURNITURE.match(line)]


def _kind(text: str, lines: list[str]) -> str | None:
    verdicts = extract_verdicts(text)
    if any(v.fields.get("rating_text") for v in verdicts):
        return "review"  # a rating is decisive even when a review has a "Plot" section
    if lines and audience_heading(lines[0]):
        return "comments"  # a page of readers' reviews: no critic's
    for line in lines[:_TOP_LINES]:
        if len(line) <= 60 and not line.endswith((".", "?", "!")):
            for pattern, kind in _HEADING_KINDS if len(line) <= 40 else _LONG_HEADING_KINDS:
                if pattern.search(line):
                    return kind
    awards = extract_awards(text)
    if len(awards) >= 4 and awards[0].offset < len(text) * 0.15:
        return "awards"
    if sum(1 for v in verdicts if v.fields.get("quote")) >= 3:
        return "press"
    if len(_FIRST_PERSON.findall(text)) >= 5 and re.search(r"\b(?:film|movie)\b", text, re.I):
        return "review"
    return None


_SIGN_OFF_LINES = 3
# The critic named at the end: "— Reviewed by Jane Doe", "— Jane Doe, The Evening Ledger",
# "Jane Doe is the film critic of The Lakeshore Examiner."
_CRITIC_OF = lazy_pattern(
    rf"^(?P<name>{PERSON})[ \t]+(?:is|was|writes)[ \t]+(?:the|a|our)[ \t]+(?:chief[ \t]+|senior[ \t]+|regular[ \t]+)?"
    r"(?:film[ \t]+|movie[ \t]+)?(?:critic|reviewer)[ \t]+(?:of|for|at)[ \t]+(?P<outlet>[A-Z][^\n,.;]{1,50}?)[ \t]*\.?$")
_DASHED_NAME = lazy_pattern(r"^(?:[—–~]|-{1,2})[ \t]*(?P<rest>[^\n]{3,90})$")


def sign_off(lines: list[str]) -> tuple[str | None, str | None]:
    """(author, outlet) a review's last lines sign it with: a byline ("— Reviewed by Jane Doe"),
    "Jane Doe is the film critic of Outlet", or "— Jane Doe, Outlet" as the last line of a page with
    no other signature (several are a page of signed quotes)."""
    author, outlet = None, None
    dashed = [line for line in lines if _DASHED_NAME.match(line.lstrip("> "))]
    for n, line in enumerate(lines[-_SIGN_OFF_LINES:], start=-len(lines[-_SIGN_OFF_LINES:])):
        line = line.strip("*_ ")
        critic_of = _CRITIC_OF.match(line)
        if critic_of and is_person_name(critic_of["name"]) and not has_outlet_word(critic_of["name"]):
            author, outlet = author or critic_of["name"], outlet_case(critic_of["outlet"].strip())
            continue
        read = _byline([line]) if re.match(_BYLINE_LEAD + r"[ \t]", line) else (None, None)
        signed = _DASHED_NAME.match(line)
        if not read[0] and signed and n == -1 and len(dashed) == 1:
            read = signature(signed["rest"].rstrip("."))
        if read[0]:
            author, outlet = read[0], read[1] or outlet
    return author, outlet


_NAME_CAPITALS = lazy_pattern(r"(?<=\b[Bb][Yy][ \t])[ \t]*[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’.-]*){1,3}$|(?<=[Bb][Yy]:[ \t])[ \t]*[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’.-]*){1,3}$")


def _byline(lines: list[str]) -> tuple[str | None, str | None]:
    """(author, outlet) of the first byline among the lines; the outlet only where it names one."""
    for line in lines:
        line = _NAME_CAPITALS.sub(lambda m: " ".join(map(title_cased, m.group().split())), line)  # "By HOWARD P. STALLWORTH"
        for pattern in _BYLINES:
            match = pattern.match(line)
            if match:
                name = strip_leading_stopwords(match["name"])
                if is_person_name(name) and not has_outlet_word(name):
                    outlet = match.groupdict().get("outlet")
                    outlet = outlet.strip() if outlet and (has_outlet_word(outlet) or outlet.startswith("The ")) else None
                    return name, outlet and outlet_case(outlet)
    return None, None
