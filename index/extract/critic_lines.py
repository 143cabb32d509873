"""A critic's line: the line of a page that names a critic and gives their rating, in any order and
with any separator, and the block of text under it that is theirs.

The shape is what counts, not the layout: a line made of a person's name (in capitals too), maybe
their outlet (in brackets, or after a comma, a dash, a dot or a bar), a rating (index.extract.ratings
reads it, with its label: "Grade:", "VERDICT:", "Original score:") and nothing else but separators,
dot leaders and a lead-in ("Review by"), maybe followed by the critic's words. So:
  "## Oscar Brennan — 3 out of 4", "LEONORA PRATT (The Metropolitan Post) ....... ★★★½",
  "Hattie Mbeki, Evening Courant: 3 out of 4. “Beautiful to look at …”",
  "Review by Oona Castellanos ★★★★½ ♥", "★★★★ — Desmond Okafor, The Weekly Lamp".
A line that names a critic but no rating ("Renata Osei · The Lakeside Lamp", "Wendell Okonkwo —
Prairie Dispatch") opens a critic's block when it stands alone and the block gives the rating
("5/5", "Fresh · Original score: 3.5/4"). A block runs to the next critic's line, a rule, or a
heading standing alone.

A transcript's speakers and labelled records ("Critic: Name" / "Score: 4/5") are read by
index.extract.speakers, with the same readers of names and outlets.

Deliberately not: a name alone before a handle-like word, a cast line ("Marlon Brando — Vito
Corleone": no rating), an aggregate ("Panel average: 8/10"), a rating in another speaker's words.
"""
from __future__ import annotations

from dataclasses import dataclass

from .layout import HEADING_LINE, has_outlet_word
from .patterns import lazy_pattern, Found, PERSON, is_person_name, strip_leading_stopwords, title_cased
from .ratings import RATING_LABEL, VERDICT_WORDS, rating_spans
from .signatures import is_outlet, outlet_case, outlet_words

_MARKUP = lazy_pattern(r"^[ \t]*(?:#{1,6}[ \t]+|(?:>[ \t]*)+|[-–•*·▪◦][ \t]+|\d{1,2}[.)][ \t]+)?[*_ \t]*")
_LEAD_IN = lazy_pattern(r"^(?i:(?:film |movie )?review(?:ed)?[ \t]+by|words[ \t]+by|by|critic[ \t]*:|reviewer[ \t]*:)[ \t]+")
# A badge an aggregator prints around a critic's name: "Top Critic · Name — Outlet", "Name — Outlet
# ★★★★★ (TOP CRITIC)", and a star as a bullet before a name ("★ Name — Outlet": as ratings.py reads it).
_BADGE = lazy_pattern(r"^(?i:top[ \t]+critic)(?:[ \t]*[·•|:—–-][ \t]*|[ \t]{2,}|\t)|^★[ \t]+(?=[^\W\d_])|[ \t]*\((?i:top[ \t]+critic)\)[ \t]*$")
_SEPARATORS = " \t:—–-|·•,.*_"
_SAID_VERDICT = lazy_pattern(r"[ \t]+(?:[—–|·•-][ \t]+|\()(?P<word>(?i:fresh|rotten|certified fresh))\)?[ \t]*$")
_TAIL_LABEL = lazy_pattern(rf"(?:{RATING_LABEL}|[ \t]*[(\[]?)$")
_PERSON_LINE = lazy_pattern(rf"^{PERSON}$")
# A name, then its outlet: "(The Metropolitan Post)", ", Evening Courant", " · The Lakeside Lamp".
_NAME_OUTLET = lazy_pattern(
    r"^(?P<name>[^()\n,·•|—–:]+?)[ \t]*(?:\((?P<paren>[^()\n]{2,60})\)|(?:,|[ \t][·•|—–-]{1,2}|:)[ \t]*(?P<after>[^()\n]{2,60}?))?$")
_LEADER = lazy_pattern(r"[ \t]*\.{3,}[ \t]*|[ \t]*…+[ \t]*")
_SYMBOLS = lazy_pattern(r"^[\W_]*$")
_QUOTE_OPEN = "“\"‘'"


@dataclass(frozen=True)
class Head:
    """What a critic's line says: who, maybe their outlet and rating, and the words after them."""

    critic: str | None
    outlet: str | None
    rating: tuple[float | None, str] | None
    body: str  # the rest of the line: the critic's words, or ""


def name_of(text: str) -> str | None:
    """A critic's name as printed, capitals made a name's case: "LEONORA PRATT" -> "Leonora Pratt"."""
    text = " ".join(text.split()).strip("*_ ")
    if text.isupper():
        text = " ".join(title_cased(w) for w in text.split())
    if not _PERSON_LINE.match(text) or not is_person_name(text) or has_outlet_word(text):
        return None
    return text if strip_leading_stopwords(text) == text else None


def who(text: str, *, rated: bool = True) -> tuple[str | None, str | None] | None:
    """(critic, outlet) a line's words name: "Name", "Name (Outlet)", "Name, Outlet", "Name · Outlet",
    after a lead-in ("Review by Name"); or an outlet alone with an outlet's word. None otherwise. The
    outlet may come first where the name is in brackets, or, on a `rated` line, after a separator."""
    text = _LEADER.sub(" ", text).strip(_SEPARATORS + "([")
    text = _LEAD_IN.sub("", text).strip("*_ ")
    if not text or len(text) > 100:
        return None
    match = _NAME_OUTLET.match(text)
    if not match:
        return None
    name, outlet = match["name"].strip("*_ "), (match["paren"] or match["after"] or "").strip("*_ ")
    critic = name_of(name)
    if critic is None and (match["paren"] or rated) and name_of(outlet) and outlet_named(name, beside=True):
        critic, outlet, name = name_of(outlet), name, outlet  # "The Evening Ledger (Jane Doe)"
    if critic is None:
        if outlet or not outlet_named(name):
            return None
        return None, outlet_case(name)
    if outlet and not outlet_named(outlet, beside=True):
        return None  # "Name — director", "Name: and then some"
    return critic, outlet_case(outlet) if outlet else None


_OUTLET_JOINS = frozenset("the of and & on in at for a an de du des la le el y und van von".split())


def outlet_named(text: str, *, beside: bool = False) -> bool:
    """A publication's name: a few capitalised words ("Screen & Stage Weekly"), never a phrase."""
    words = text.split()
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in text) or not is_outlet(text) or any(
            not w[:1].isupper() and w.casefold() not in _OUTLET_JOINS for w in words) or any(c in text for c in ".!?;"):
        return False
    return beside or outlet_words(text) or text.startswith("The ")


def critic_line(line: str) -> Head | None:
    """The critic, outlet and rating a line names, when the line is made of them (see the module)."""
    line = _BADGE.sub("", _MARKUP.sub("", line)).rstrip()
    if line.startswith("|") and line.rstrip().endswith("|"):
        line = line.strip("| ")  # a row of a table without a header: its cells are the line's parts
    if len(line) < 5 or "\t" in line:
        return None
    spans = rating_spans(line)
    said = _SAID_VERDICT.search(line) if not spans else None
    if said:  # "Norah Vance, Pacific Coast Observer — Fresh": an aggregator's verdict in a word
        named = who(line[:said.start()], rated=False)
        return Head(*named, (None, said["word"]), "") if named and named[0] else None
    if not spans:
        if len(line) > 90 or line.endswith((".", "!", "?", "”", '"')) or _LEAD_IN.match(line.lstrip(_SEPARATORS)):
            return None  # "— review by Name" alone is the page's byline (index.extract.metadata)
        named = who(line, rated=False)
        return Head(*named, None, "") if named and named[0] else None
    start, end, rating = spans[0]
    before, after = line[:start], line[end:]
    tail = max(0, len(before) - 40)  # a label is a few words right before the rating
    label = _TAIL_LABEL.search(before, tail)
    before = before[:label.start()] if label else before
    if before.strip(_SEPARATORS):
        named, body = who(before), after
    else:  # the rating first: "★★★★½ Review by Name", "★★★ — Name, Outlet"
        stop = next((i for i, c in enumerate(after) if c in _QUOTE_OPEN), len(after))
        named, body = who(after[:stop].split(". ")[0]), after[stop:]
        if named:
            body = after[stop:]
    if not named:
        return None
    body = body.strip(" \t*_")
    if body and not _SYMBOLS.match(body):
        if body[0] not in _SEPARATORS + _QUOTE_OPEN + "(":
            return None  # "Name — ★★★ and more": prose, not a critic's line
        body = body.lstrip(_SEPARATORS).strip()
    else:
        body = ""
    return Head(named[0], named[1], rating, body)


def quote_of(body: str) -> str | None:
    """The critic's words on their line, without quotation marks, where they are a phrase."""
    body = body.strip().strip("“”\"'‘’ ").strip()
    return body if len(body.split()) >= 4 else None


# --- blocks ------------------------------------------------------------------------------------

_RULE = lazy_pattern(r"^[ \t]*(?:[-=_*~#]{3,}|(?:[-=*][ \t]){2,}[-=*])[ \t]*$")


@dataclass(frozen=True)
class Block:
    """A critic's block: their line, and the text under it to the next block or heading."""

    start: int
    end: int
    body: int  # where the critic's own words start
    head: Head


def critic_blocks(text: str, is_rating_line) -> list[Block]:
    """Every critic's block in the text, in order. A rated line opens one anywhere; a line naming a
    critic without a rating opens one only where it stands alone (a blank line or a rule before)."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    opens: list[tuple[int, int, Head | None]] = []  # (line index, start, head or None for an ending)
    for i, (start, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        previous = lines[i - 1][1].strip() if i else ""
        # a line stands alone after a blank line, a rule, or the rating line that ended the block before;
        # a critic's name may also open a block under a heading standing alone ("Critics Reviews")
        alone = not previous or bool(_RULE.match(previous)) or (len(previous) <= 40 and is_rating_line(previous))
        may_open = alone or (bool(HEADING_LINE.fullmatch(previous)) and (i < 2 or not lines[i - 2][1].strip()))
        if _RULE.match(line):
            opens.append((i, start, None))
            continue
        head = None
        if len(stripped) <= 600 and _MAY_RATE.search(stripped):
            head = critic_line(line)
        elif may_open and len(stripped) <= 90 and _next_is_own_line(lines, i):
            head = critic_line(line)
        if head and head.critic is None and _continues_block(opens, lines, i):
            continue  # "Full Review | Original Score: 4/4" under "Name, Outlet (Fresh)" and their quote
        if head and (head.rating or (may_open and _next_is_own_line(lines, i))):
            opens.append((i, start, head))
        elif alone and HEADING_LINE.fullmatch(line) and not is_rating_line(stripped) and not _outlet_of_last(opens, lines, i):
            opens.append((i, start, None))
    blocks = []
    for n, (i, start, head) in enumerate(opens):
        if head is None:
            continue
        end = opens[n + 1][1] if n + 1 < len(opens) else len(text)
        line = lines[i][1]
        body = start + line.find(head.body[:20]) if head.body else start + len(line) + 1
        blocks.append(Block(start, end, min(max(body, start), max(start, end - 1)), head))
    return blocks


# What a line needs to hold a rating: a star, a figure, "out of", a capital letter alone, or an
# aggregator's verdict word at its end.
_MAY_RATE = lazy_pattern(r"[★✭✮⭐☆✩\d]|(?i:out of)|(?<![\w'’])[A-DF](?![\w'’])|(?i:fresh|rotten)[ \t]*$")


def _continues_block(opens: list, lines: list[tuple[int, str]], i: int) -> bool:
    """Line i lies in the block a critic's line opened a few lines up, with no blank line between:
    a rated line there that names no critic is that critic's rating."""
    if not opens or opens[-1][2] is None or not opens[-1][2].critic or i - opens[-1][0] > 3:
        return False
    return all(line.strip() for _, line in lines[opens[-1][0] + 1:i])


def _outlet_of_last(opens: list, lines: list[tuple[int, str]], i: int) -> bool:
    """Line i is the outlet under the critic's name that opened the last block ("Jane Doe" /
    "The Evening Ledger"), not a heading that ends it."""
    if not opens or opens[-1][2] is None or opens[-1][2].rating or opens[-1][2].outlet:
        return False
    between = [line for _, line in lines[opens[-1][0] + 1:i] if line.strip()]
    text = lines[i][1].strip().strip("*_ ")
    return not between and outlet_named(text, beside=True) and not name_of(text)


def _next_is_own_line(lines: list[tuple[int, str]], i: int) -> bool:
    """A critic named alone heads a block: the line after it is blank, a rating (in words too:
    "Fresh · Mar 8"), the critic's quoted words with the rating under them, or the end."""
    if i + 1 >= len(lines) or not lines[i + 1][1].strip():
        return True
    following = lines[i + 1][1].strip().strip("*_ ")
    if following[:1] in _QUOTE_OPEN and i + 2 < len(lines):  # an aggregator's card: name, "quote", rating
        following = lines[i + 2][1].strip().strip("*_ ")
    return bool(rating_spans(following)) or bool(VERDICT_WORDS.fullmatch(_PART.split(following, 1)[0].strip("*_ ")))


def by_block(text: str, ratings: list[Found], is_rating_line, skip=()) -> tuple[list[Found], list[Found]]:
    """Ratings inside a critic's block are that critic's (not another critic's the sentence names):
    one verdict a block, with the rating of its line, else the first inside whose scale is known,
    and the critic's words on their line or in the quoted paragraph under it. Returns the blocks'
    verdicts and the ratings left. Blocks starting inside `skip` (a table read by its columns) are not read."""
    if not _MAY_BLOCK.search(text):
        return [], ratings
    kept, claimed = [], set()
    for block in critic_blocks(text, is_rating_line):
        head = block.head
        if any(start <= block.start < end for start, end in skip):
            continue
        under = _outlet_under(text, block) if not head.rating and not head.outlet else None
        if under:  # "Jane Doe" / "The Evening Ledger" / "Rating: 4/5"
            head = Head(head.critic, under, None, "")
        quoted = _first_line_under(text, block)[:1] in tuple(_QUOTE_OPEN)  # name, "quote", then the rating
        end = block.end if head.rating else _after_lines(text, block, 2 if under or quoted else 1)
        inside = [r for r in ratings if block.start <= r.offset < end and r.fields.get("critic") in (None, head.critic)]
        claimed.update(id(r) for r in inside)
        readings = ([head.rating] if head.rating else []) + [(r.fields["rating"], r.fields["rating_text"]) for r in inside]
        if not readings and (word := _verdict_word_under(text, block)):
            readings = [(None, word)]  # "Fresh", "Rotten", "Thumbs down" under the critic's name
        if not readings:
            continue
        value, printed = next((r for r in readings if r[0] is not None), readings[0])
        fields = {"critic": head.critic, "outlet": head.outlet, "rating": value, "rating_text": printed}
        quote = quote_of(head.body) if head.body else _quoted_paragraph(text, block)
        kept.append(Found(block.body, "verdict", fields | ({"quote": quote} if quote else {})))
    return kept, [r for r in ratings if id(r) not in claimed]


def _first_line_under(text: str, block: Block) -> str:
    return text[block.body:block.end].lstrip("\n").split("\n", 1)[0].strip().strip("*_ ")


def _verdict_word_under(text: str, block: Block) -> str | None:
    """A verdict in words on the first line under a critic's name: "Fresh", "Rotten · Mar 8"."""
    first = _first_line_under(text, block)
    word = _PART.split(first, 1)[0].strip("*_ ")
    return word if word and VERDICT_WORDS.fullmatch(word) else None


_PART = lazy_pattern(r"[ \t]*[—–·•|:][ \t]*")


def _outlet_under(text: str, block: Block) -> str | None:
    """The outlet on the line under a critic's name, alone: "Jane Doe" over "The Evening Ledger"."""
    rest = _first_line_under(text, block)
    return outlet_case(rest) if rest and outlet_named(rest, beside=True) and not name_of(rest) else None


def _after_lines(text: str, block: Block, count: int) -> int:
    """Where the block's first `count` lines of text under its critic's line end: a critic named
    without a rating gives it right under their name ("Name · Outlet" / "5/5"), not paragraphs later."""
    at = text.find("\n", block.start)
    for _ in range(count):
        while 0 <= at < block.end and not text[at + 1:text.find("\n", at + 1) % (len(text) + 1)].strip():
            at = text.find("\n", at + 1)
        if at < 0 or at >= block.end:
            return block.end
        at = text.find("\n", at + 1)
        if at < 0:
            return block.end
    return min(at, block.end)


_MAY_BLOCK = lazy_pattern(r"\n[ \t]*\S")  # a block needs a line after the first


def quoted_blocks(blocks: list[Found], quotes: list[Found]) -> tuple[list[Found], list[Found]]:
    """A block's verdict takes the quote its critic signed (a blockquote whose signature line carries
    the rating; the quoted paragraph under that line is the next critic's): one verdict, not a rating
    and a quote apart."""
    kept = []
    for quote in quotes:
        critic = quote.fields.get("critic")
        match = next((i for i, b in enumerate(blocks) if critic and b.fields.get("critic") == critic
                      and quote.fields.get("quote")), None)
        if match is None:
            kept.append(quote)
            continue
        block = blocks[match]
        blocks[match] = Found(block.offset, "verdict", {**block.fields, "quote": quote.fields["quote"],
                                                         "outlet": block.fields.get("outlet") or quote.fields.get("outlet")})
    return blocks, kept


def _quoted_paragraph(text: str, block: Block) -> str | None:
    """The paragraph under a critic's line that is in quotation marks (after their rating's line), or
    unquoted under an aggregator's card that rates in a word ("Name, Outlet — Fresh")."""
    lines = text[block.body:block.end].split("\n")
    for n, line in enumerate(lines):
        line = line.strip()
        if not line or (len(line) <= 60 and (rating_spans(line) or VERDICT_WORDS.fullmatch(_PART.split(line, 1)[0]))):
            continue  # the rating's line: "5/5", "Fresh · Original score: 3.5/4", "Rotten"
        words_only = block.head.rating is not None and block.head.rating[0] is None  # "Name, Outlet — Fresh"
        if line[:1] not in "“\"" and not (words_only and len(line) >= 40):
            return None  # an aggregator's card gives the critic's words unquoted under its verdict word
        paragraph: list[str] = []
        for more in lines[n:]:
            if not more.strip():
                break
            paragraph.append(more.strip())
            if more.rstrip().endswith(("”", '"')) and (len(paragraph) > 1 or len(more.strip()) > 1):
                break  # the quotation closes
        return quote_of(" ".join(paragraph)[:1500])
    return None
