"""Who signed a verdict: a critic's name, an outlet, or both, wherever a page puts them.

- a signature line: "— David Rooney, THE HOLLYWOOD REPORTER", "— Name (Outlet)", "— The Guardian",
  "— Owen Gleiberman" (`signature`); in Markdown blockquotes too ("> — Name, *Outlet*");
- a signed block (`signed_blocks`): a paragraph (a blockquote, an HTML <blockquote><p>…</p>
  <cite>…</cite>, a pull quote without quotation marks), maybe a rating line, then the signature on
  a line of its own: with a dash, or without one where it names both a critic and an outlet
  ("Cordelia Vasquez-Lind, The Meridian Star", the text of a <cite>). Every rating in the block is
  the signer's; its quote is the paragraph nearest the signature;
- a line led by its critic (`led_by`): "Delphine Okoro (The Northern Clarion): 8/10 — A cake of a
  movie", "Name, Outlet — ★★★★": the words before a rating on its line name who gave it, and the words
  after it, when they are a phrase, are the quote.

Deliberately not: a name alone before a rating ("dieselpunk77 — ★★★★★": a user's handle), a role
after the name ("— Name, director"), a "Name, The Dude" cast line (a dashless signature needs an
outlet's word), a byline ("— Reviewed by X": the document's author, read by index.extract.metadata).
"""
from __future__ import annotations

import re

from .layout import HEADING_LINE, has_outlet_word
from .patterns import lazy_pattern, PERSON, Found, is_person_name, strip_leading_stopwords
from .ratings import rating_spans

_PERSON = lazy_pattern(rf"^{PERSON}$")
_NOT_OUTLETS = frozenset(
    "director writer producer actor actress star composer filmmaker screenwriter writer-director".split()
)
# First words of a signature's second half that name a role in the film, not a publication.
_ROLE_WORDS = frozenset(
    """director writer producer actor actress star composer filmmaker screenwriter writer-director
    writer/director co-writer co-star costar cinematographer editor lead cast crew creator
    executive""".split()
)
_NAME_AND_OUTLET = lazy_pattern(rf"^(?P<name>{PERSON})[ \t]*\((?P<outlet>[^()]{{2,60}})\)$")
_SMALL_WORDS = frozenset("the of and a an on in at for".split())
# Short words of a name in capitals that are words, not acronyms: "THE NEW YORK EVENING LEDGER", "THE DAILY SUN".
_COMMON_SHORT = frozenset("new old big top day age art one our all by to".split())
# Newspapers' words beyond the layout's outlet words: "The Meridian Star", "The Lakeshore Examiner".
_PAPER_WORDS = frozenset(
    """star examiner clarion sentinel inquirer enquirer register globe sun citizen record mirror spectator
    voice notebook bugle beacon ledger lantern mercury advocate gazette courant argus tattler""".split()
)


def is_outlet(outlet: str) -> bool:
    """A publication, not a role: capitalised, and not "director", "Star of the film", ..."""
    words = outlet.split()
    return bool(words) and not words[0][:1].islower() and words[0].casefold().strip(",.") not in _ROLE_WORDS


def outlet_words(name: str) -> bool:
    """Has a word only a publication's name has: "Weekly", "Gazette", "The Meridian Star"."""
    return has_outlet_word(name) or (name.startswith("The ") and any(
        w.strip(".,’'").casefold() in _PAPER_WORDS for w in name.split()[1:]))


def is_critic_name(text: str) -> bool:
    """"Ruth Amsel"; never "The Quiet Orbit" (a capitalised run opening with "The" is a title)."""
    return (bool(_PERSON.match(text)) and is_person_name(text) and not has_outlet_word(text)
            and strip_leading_stopwords(text) == text)


def signature(signature: str) -> tuple[str | None, str | None]:
    """'David Rooney, THE HOLLYWOOD REPORTER' -> ('David Rooney', 'The Hollywood Reporter')."""
    signature = signature.strip().strip("*_").strip()
    if signature.endswith(("--", "—", "–", "==")):
        return None, None  # "-- END OF PRESS INFORMATION --": a rule around words, no one's signature
    spans = rating_spans(signature) if len(signature) <= 120 else []
    if spans and spans[0][0] > 0:  # "Jane Doe, The Evening Ledger ★★★★": the rating is no part of the outlet
        signature = signature[:spans[0][0]].rstrip(" \t—–-|·:,").strip("*_ ")
    led = _BY_LEAD.match(signature)
    if led:  # "Review by juniper_reels ★★★★½", "Watched by DaveFromMarketing": a name or user name after the lead
        signature = signature[led.end():].strip()
        if _HANDLE.fullmatch(signature) and not (_PERSON.match(signature) and is_person_name(signature)):
            return signature, None
    elif is_handle(signature.lstrip("▸►•·*-> \t")) and re.search(r"_|\d|\w\.\w", signature):
        return signature.lstrip("▸►•·*-> \t"), None  # "▸ courtside_cinephile ★★★★★": a site's user
    paren = _NAME_AND_OUTLET.match(signature)
    if paren:  # "Priya Raman (Frame Rate Weekly)"
        signature = f"{paren['name']}, {paren['outlet']}"
    name, _, outlet = (part.strip().strip("*_").strip() for part in signature.partition(","))
    if outlet:
        if (not _PERSON.match(name) or not is_person_name(name) or has_outlet_word(name)
                or outlet.casefold() in _NOT_OUTLETS or not is_outlet(outlet)):
            return None, None
        return name, outlet_case(outlet)
    if has_outlet_word(name) or name.startswith("The "):
        if name[:1].isupper() and len(name.split()) <= 6:
            return None, outlet_case(name)  # "— Frame Rate Weekly", "— The Guardian"
        return None, None
    if _PERSON.match(name) and is_person_name(name):
        return name, None
    if name.isupper() and name.casefold() not in _NOT_OUTLETS and len(name.split()) <= 5 and _worded(name):
        return None, outlet_case(name)
    return None, None


_BY_LEAD = lazy_pattern(r"(?i:(?:(?:film |movie )?review(?:ed)?|posted|words|written|watched|rated|logged) by)[ \t]+")
_HANDLE = lazy_pattern(r"[A-Za-z](?=[^\s]*[A-Za-z]{3})[\w.-]{2,29}[A-Za-z0-9_]")


def is_handle(name: str) -> bool:
    """A site's user name ("juniper_reels", "Ravi.Subramanian", "davefrommarketing"): one word, with an
    underscore, a dot, a digit or no capital."""
    return bool(_HANDLE.fullmatch(name)) and (name.islower() or any(c in name for c in "_.0123456789"))


def _worded(name: str) -> bool:
    """Words, not initials or a forum signature's letters ("B.C", "J.R.R."): "NPR", "THE TIMES"."""
    return all(w.isalpha() or w in ("&", "'") for w in name.replace("’", "'").replace("'S", "").split())


def outlet_case(outlet: str) -> str:
    """Title-case outlets printed in capitals, keeping short acronyms: 'THE WASHINGTON POST', 'NPR'."""
    if not outlet.isupper():
        return outlet
    words = []
    for i, word in enumerate(outlet.split()):
        if word.casefold() in _SMALL_WORDS:
            words.append(word.lower() if i else word.capitalize())
        elif len(word) <= 3 and word.casefold() not in _PAPER_WORDS | _COMMON_SHORT:
            words.append(word)  # NPR, BBC, CNN
        else:
            words.append(word.capitalize())
    return " ".join(words)


# --- signed blocks -------------------------------------------------------------------------

_QUOTE_MARK = lazy_pattern(r"^[ \t]*(?:>[ \t]*)+")
_DASHED = lazy_pattern(r"^(?:[—–~]|-{1,2})[ \t]*(?P<rest>[^\n]{3,100})$")
_BYLINE_WORDS = lazy_pattern(r"(?i:(?:film |movie )?(?:review(?:ed)?|written|words)?[ \t]*by)\b")
_DASH_INSIDE = lazy_pattern(r"[ \t][—–|][ \t]|[ \t]-{1,2}[ \t]")
_PROSE_END = ('.', '!', '?', '”', '"', '…', "’")


def line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the line without blockquote marks) for every line."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line), _QUOTE_MARK.sub("", line).strip()))
        start += len(line) + 1
    return spans


def block_signature(line: str, *, dashless: bool) -> tuple[str | None, str | None] | None:
    """Who a signature line names: "— Name, Outlet" (also an outlet or a name alone), or, with
    `dashless`, "Name, Outlet" / "Name (Outlet)" with both and an outlet's word."""
    line = line.strip().strip("*_ ").rstrip(".")
    dashed = _DASHED.match(line)
    if dashed:
        rest = dashed["rest"].strip().strip("*_ ")
        if _BYLINE_WORDS.match(rest):
            return None  # "— Reviewed by X": the document's byline
        critic, outlet = signature(rest)
        return (critic, outlet) if critic or outlet else None
    if not dashless or len(line) > 90 or line.endswith(_PROSE_END):
        return None
    critic, outlet = signature(line)
    if critic and outlet and outlet_words(outlet):
        return critic, outlet
    return None


def signed_blocks(text: str, is_rating_line) -> list[tuple[Found, int]]:
    """Blocks signed at their end: (a verdict with critic, outlet and quote, where the block ends).
    The verdict's offset is where the block starts, so every rating inside is the signer's."""
    if not any(mark in text for mark in ("—", "–", "~", "-", ",", "(")):
        return []
    spans = line_spans(text)
    found, boundary = [], 0
    for i, (start, end, line) in enumerate(spans):
        if not line:
            continue
        previous = next((s for s in reversed(spans[boundary:i]) if s[2]), None)
        # without a dash, a signature closes the block it sits in: right under its last line (a
        # "Name, Outlet" line after a blank line opens the next critic's section instead)
        adjacent = i > 0 and bool(spans[i - 1][2]) and _closes_prose(spans[i - 1][2], is_rating_line)
        read = block_signature(line, dashless=adjacent and not is_rating_line(line) and not _DASH_INSIDE.search(line))
        if read and previous:
            body = [s for s in spans[boundary:i] if s[2]]
            quote = _nearest_paragraph(spans[boundary:i], is_rating_line)
            if quote and (quote_words := len(quote.split())) >= 4 and quote_words <= 400:
                found.append((Found(body[0][0], "verdict", {"critic": read[0], "outlet": read[1], "quote": quote}), end))
                boundary = i + 1
                continue
        if read is None and HEADING_LINE.fullmatch(text[start:end]) and not is_rating_line(line):
            boundary = i + 1  # a heading opens the next block
    return found


def _closes_prose(line: str, is_rating_line) -> bool:
    return line.endswith(_PROSE_END) or is_rating_line(line)


def _nearest_paragraph(spans: list[tuple[int, int, str]], is_rating_line) -> str | None:
    """The prose paragraph nearest the end of a block, its lines joined; rating lines skipped."""
    lines: list[str] = []
    for _, _, line in reversed(spans):
        if not line:
            if lines:
                break
            continue
        if is_rating_line(line):
            if lines:
                break
            continue
        lines.insert(0, line)
    quote = " ".join(lines).strip()
    return quote if quote.endswith(_PROSE_END) else None


# --- a rating led by its critic --------------------------------------------------------------

_LEAD_SEPARATORS = " \t:—–-|,"
_TAIL = lazy_pattern(r"^[ \t]*(?:[—–:|-]{1,2}|\.)[ \t]*(?P<quote>[^\n]{12,600}?)[ \t]*$")


def _outlet_shaped(outlet: str, *, named: bool) -> bool:
    """An outlet's name: capitalised words, no figures; standing alone, with an outlet's word."""
    words = outlet.split()
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in outlet) or len(outlet) < 3 or not outlet[:1].isupper():
        return False
    return named or outlet_words(outlet)


def led_by(text: str, rating: Found) -> Found:
    """"Delphine Okoro (The Northern Clarion): 8/10 — A cake of a movie": the rating is the verdict
    of whoever the words before it on its line name, and the phrase after it is their quote."""
    start = text.rfind("\n", 0, rating.offset) + 1
    lead = _QUOTE_MARK.sub("", text[start:rating.offset]).strip().strip("*_").rstrip(_LEAD_SEPARATORS).strip("*_ ")
    if not lead or len(lead) > 90:
        return rating
    critic, outlet = signature(lead)
    if not critic and not outlet:
        return rating
    if (critic and not is_critic_name(critic) and not _HANDLE.fullmatch(critic)) or (outlet and not _outlet_shaped(outlet, named=bool(critic))):
        return rating  # "Harbour Lights (15) — two stars": another film and its certificate
    fields = {**rating.fields, "critic": critic, "outlet": outlet}
    end = text.find("\n", rating.offset)
    after = text[rating.offset + len(rating.fields.get("rating_text") or ""):end if end >= 0 else len(text)]
    tail = _TAIL.match(after)
    if tail and len(tail["quote"].split()) >= 4:
        fields["quote"] = tail["quote"].strip()
    return Found(rating.offset, "verdict", fields)
