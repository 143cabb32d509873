"""Critics' verdicts set out in turns or fields rather than lines: a transcript's speakers and records.

- a transcript (two named speakers or more, "MAYA FORTESCUE: …", "[00:12:31] MAYA: …", a speaker
  by first name being the one the page names in full: "Hosts: Maya Okafor, …"): a rating a speaker
  gives in the first person, or opening a sentence of their turn ("Four out of five. I think …"), is
  theirs, quoted with the words around it ("I'm giving it a nine out of ten"); a speaker the page introduces with an
  outlet ("Imogen Saltmarsh, film editor of The Harbour Courier", "who reviews for Kinetic Magazine",
  "Name (Outlet)") is a critic, whose longest turn is their verdict where they give no rating;
- a record: a table's row set out as labelled lines ("Critic: Name" / "Publication: Outlet" /
  "Score: 4/5" / "Quote: …"), labelled with the words a verdicts table's header uses.

Deliberately not: a speaker with no outlet and no rating (a host, a guest), a rating in a sentence
that is not the speaker's own ("we read that it averaged 8/10"), an aggregate.
"""
from __future__ import annotations

import re

from .critic_lines import outlet_named, name_of, quote_of
from .patterns import lazy_pattern, mentions, Found, fold
from .ratings import normalise_rating, rating_named, rating_spans
from .prose_verdicts import is_furniture, judgement
from .signatures import is_handle, outlet_case

# --- records: a table's columns, one labelled line each --------------------------------------

# The words a table's header or a record's labels name each part of a verdict by.
RATING_COLUMN = frozenset("rating ratings score scores grade grades stars verdict mark".split())
CRITIC_COLUMN = frozenset("critic critics reviewer reviewers name writer author".split())
QUOTE_COLUMN = frozenset("quote quotes pull excerpt comment comments says snippet blurb extract".split())
OUTLET_COLUMN = frozenset("outlet outlets publication publications source paper newspaper magazine site".split())
_LABELLED = lazy_pattern(r"^[ \t]*[-•*]?[ \t]*[*_]*(?P<label>[A-Za-z][A-Za-z ]{1,20}?)[*_]*[ \t]*:[*_]*[ \t]+(?P<value>\S[^\n]*?)[ \t]*$",
                         re.MULTILINE)


def by_record(text: str, ratings: list[Found]) -> tuple[list[Found], list[Found]]:
    """"Critic: Name" / "Publication: Outlet" / "Score: 4/5" on consecutive lines: a table's row set
    out as a record, one verdict each. Returns the records' verdicts and the ratings left."""
    if not mentions(text, "critic:", "reviewer:", "author:", "writer:", "name:"):
        return [], ratings
    records: list[tuple[int, int, dict]] = []
    last_end = -2
    for match in _LABELLED.finditer(text):
        label = fold(match["label"]).split()[-1]
        column = next((c for c, names in (("critic", CRITIC_COLUMN), ("outlet", OUTLET_COLUMN), ("rating", RATING_COLUMN),
                                          ("quote", QUOTE_COLUMN)) if label in names), None)
        if column is None:
            continue
        if not records or match.start() > last_end + 1 or column in records[-1][2]:
            records.append((match.start(), match.end(), {}))
        records[-1][2][column] = match["value"].strip("*_ ")
        records[-1] = (records[-1][0], match.end(), records[-1][2])
        last_end = match.end()
    found, spans = [], []
    for start, end, fields in records:
        critic = name_of(fields.get("critic", ""))
        read = normalise_rating(fields.get("rating", ""), bare_grade=True)
        if not critic or not read:
            continue
        outlet = fields.get("outlet")
        outlet = outlet_case(outlet) if outlet and outlet_named(outlet, beside=True) else None
        quote = quote_of(fields.get("quote", ""))
        found.append(Found(start, "verdict", {"critic": critic, "outlet": outlet, "rating": read[0], "rating_text": read[1]}
                           | ({"quote": quote} if quote else {})))
        spans.append((start, end))
    return found, [r for r in ratings if not any(s <= r.offset < e for s, e in spans)]


# --- posts ---------------------------------------------------------------------------------------

# A forum post's header: "#7  Posted: Thu Mar 16, 2023 8:47 am", ">> ms_strickland | posted 22 Oct 2015 | Member #6".
_POST_HEADER = lazy_pattern(r"^[^\n]{0,60}\b(?i:posted)\b[^\n]{0,80}$", re.MULTILINE)
_POST_CELL = lazy_pattern(r"[|·•]|\s{2,}|^[>#\d\s]+")


def by_post(text: str, ratings: list[Found]) -> list[Found]:
    """A rating nobody signs inside a forum post is the post's author's ("midnight_matinee_99" on the
    line under "#7  Posted: …", or ">> ms_strickland | posted …"): a user, named as the page names them."""
    if not ratings or not mentions(text, "posted"):
        return ratings
    headers = [(m.start(), _poster(text, m)) for m in _POST_HEADER.finditer(text)]
    headers = [(start, poster) for start, poster in headers if poster]
    if len(headers) < 2:
        return ratings
    kept = []
    for rating in ratings:
        post = [poster for start, poster in headers if start < rating.offset]
        if post and not rating.fields.get("critic") and not rating.fields.get("outlet"):
            rating = Found(rating.offset, "verdict", {**rating.fields, "critic": post[-1], "outlet": None})
        kept.append(rating)
    return kept


def _poster(text: str, header: re.Match) -> str | None:
    """Who wrote the post: a user name or a name in the header's cells, or alone on a line under it."""
    below = text[header.end():].lstrip("\n").split("\n", 2)[:2]
    cells = [c.strip(" >#:") for c in _POST_CELL.split(header.group())] + [line.strip() for line in below]
    for cell in cells:
        cell = re.sub(r"(?i)^posted by\s+", "", cell or "")
        if cell and (is_handle(cell) and any(c in cell for c in "_.0123456789") or name_of(cell)):
            return name_of(cell) or cell
    return None


# --- speakers ----------------------------------------------------------------------------------

_SPEAKER = lazy_pattern(r"^[ \t]*(?:[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?[ \t]*[-–]?[ \t]*)?(?P<name>[^\n:\[\]()]{2,50}?)[ \t]*:"
                        r"[ \t]+(?P<words>\S[^\n]*)$", re.MULTILINE)
# A rating is not the speaker's where it is asked of the listeners ("Go rate us five stars").
_NOT_THEIRS = lazy_pattern(r"(?i:\b(?:us|you|your|he|she|they|his|her|their|him|them)\b)")
_FIRST_PERSON = lazy_pattern(r"(?i:\b(?:I|I['’]m|I['’]d|I['’]ll|I['’]ve|my|me|we|we['’]re|we['’]d|our)\b)")
_SENTENCE = lazy_pattern(r"[^.!?]*(?:[.!?]+|$)")
_JUDGED = 3  # a speaker judges the film: this many words of judgement in one sentence of theirs


def by_speaker(text: str, ratings: list[Found]) -> tuple[list[Found], list[Found]]:
    """A rating a transcript's speaker gives is the speaker's verdict (the ratings read on their lines
    give way to it); a speaker the page introduces with an outlet ("Imogen Saltmarsh, film editor of
    The Harbour Courier") is a critic, whose longest turn is their verdict where they give no rating;
    a speaker who judges the film in the first person ("I think it's the most beautiful, moving film
    of the decade") is one too, quoted by that sentence. Returns the ratings and the unrated verdicts."""
    speakers = _speakers(text) if mentions(text, ": ") else []
    if not speakers:
        return ratings, []
    outlets = {name: _introduced(text, name) for name in {name for _, name in speakers}}
    spoken = speaker_ratings(speakers)
    lines = {text.rfind("\n", 0, offset) for offset, _, _ in spoken}
    kept = [r for r in ratings if text.rfind("\n", 0, r.offset) not in lines]
    kept += [Found(offset, "verdict", {"critic": name, "outlet": outlets[name], "rating": rating[0], "rating_text": rating[1]}
                   | _said_with(text, offset)) for offset, name, rating in spoken]
    rated = {name for _, name, _ in spoken}
    quotes = []
    for name, outlet in outlets.items():
        turns = [m for m, speaker in speakers if speaker == name]
        longest = max(turns, key=lambda m: len(m["words"]))
        if outlet and name not in rated and len(longest["words"].split()) >= 12:
            quotes.append(Found(longest.start("words"), "verdict", {"critic": name, "outlet": outlet, "quote": longest["words"].strip()}))
        elif name not in rated:  # a host who judges the film without rating it: their most judging sentence
            said = max(((judgement(m.group()), turn.start("words") + m.start(), m.group().strip()) for turn in turns
                        for m in _SENTENCE.finditer(turn["words"]) if len(m.group().split()) >= 5), default=None)
            if said and said[0] >= _JUDGED and _FIRST_PERSON.search(said[2]) and not is_furniture(said[2]):
                quotes.append(Found(said[1], "verdict", {"critic": name, "outlet": outlet, "quote": said[2]}))
    return kept, quotes


def _speakers(text: str) -> list[tuple[re.Match, str]]:
    """Each named speaker's turn ("MAYA FORTESCUE: …"), where two speakers or more are named."""
    speakers = [(m, name_of(m["name"]) or _named_in_full(text, m["name"])) for m in _SPEAKER.finditer(text)]
    speakers = [(m, name) for m, name in speakers if name]
    return speakers if len({name for _, name in speakers}) >= 2 else []


def _named_in_full(text: str, label: str) -> str | None:
    """"MAYA" -> "Maya Okafor": a speaker labelled by first name, where the page names them in full
    ("Hosts: Maya Okafor, …", "I'm Maya Okafor")."""
    label = label.strip("*_ ")
    if not re.fullmatch(r"[A-Z][A-Za-z'’-]{1,20}", label):
        return None
    for match in re.finditer(rf"\b(?P<first>(?i:{re.escape(label)}))[ \t]+(?P<rest>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)", text):
        rest = match["rest"].split()
        for size in (len(rest), 1)[: len(rest)]:
            name = name_of(f"{match['first']} {' '.join(rest[:size])}")
            if name:
                return name
    return None


def _introduced(text: str, name: str) -> str | None:
    """The outlet a page introduces a speaker with: "Name, film editor of Outlet", "Name, who reviews
    for Outlet", "Name (Outlet)"."""
    plain = re.escape(name).replace("\\ ", "[ \t]+")
    match = re.search(rf"(?i:{plain})(?:[ \t]*\((?P<paren>[^()\n]{{2,60}})\)|[,:][^.\n]{{0,50}}?\b(?:of|for|at|from)[ \t]+"
                      rf"(?:the[ \t]+(?=[A-Z]))?(?P<outlet>(?:The[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w&'’-]*){{0,5}}))", text)
    outlet = match and (match["paren"] and match["paren"].split(",")[-1] or match["outlet"])  # "(film critic, Outlet)"
    return outlet_case(outlet.strip()) if outlet and outlet_named(outlet.strip()) else None


def speaker_ratings(speakers: list[tuple[re.Match, str]]) -> list[tuple[int, str, tuple[float | None, str]]]:
    """(offset, speaker, rating) for each rating a speaker gives in the first person ("DEV KAPOOR:
    I'll say seven out of ten")."""
    found, rated = [], set()
    for match, name in speakers:
        words = match["words"]
        for sentence in _SENTENCE.finditer(words) if name not in rated else ():
            said = sentence.group()
            if printed_ratings_aggregate(said) or not (_FIRST_PERSON.search(said) or _opens_with_rating(said)):
                continue
            spans = rating_spans(said)
            named = rating_named(said) if not spans else None  # "I'd give it a B", "say a C minus"
            if named:
                at = said.casefold().find(named[1].casefold()[:1] + " ", max(0, said.find(" a ")))
                spans = [(max(at, 0), max(at, 0) + len(named[1]), (named[0], named[1]))]
            if spans and not _NOT_THEIRS.search(said[:spans[0][0]]):
                found.append((match.start("words") + sentence.start() + spans[0][0], name, spans[0][2]))
                rated.add(name)
                break
    return found


def _said_with(text: str, offset: int) -> dict:
    """{"quote": …}: the sentences after a speaker's rating in the turn (else the rating's own), forty words or so."""
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset) % (len(text) + 1)
    turn = _SPEAKER.match(text[start:end])
    start += turn.start("words") if turn else 0
    sentences = [m.group().strip() for m in _SENTENCE.finditer(text, start, end) if m.end() > offset and m.group().strip()]
    after = sentences[1:] if len(" ".join(sentences[1:]).split()) >= 4 else sentences  # the words after the rating
    said = []
    for sentence in after:
        said.append(sentence)
        if len(" ".join(said).split()) >= 40:
            break
    quote = " ".join(said)
    return {"quote": quote} if len(quote.split()) >= 4 else {}


def _opens_with_rating(sentence: str) -> bool:
    """"Four out of five.", "Full marks, five out of five": a rating at a sentence's start is the speaker's."""
    spans = rating_spans(sentence)
    return bool(spans) and len(sentence[:spans[0][0]].split()) <= 3


_AGGREGATE = lazy_pattern(r"(?i:\baverage|\bconsensus|\baggregate|\d[ \t]*%|\bout of \d+ (?:critics|reviews|people))")


def printed_ratings_aggregate(sentence: str) -> bool:
    """An average or a share, not one person's rating."""
    return bool(_AGGREGATE.search(sentence))
