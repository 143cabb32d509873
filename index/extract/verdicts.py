"""Critics' verdicts: star and numeric ratings, and quotes signed by a critic or an outlet.

Recognised:
- star ratings drawn with symbols: "★★★1/2 of ★★★★★", "★★★☆☆", "★★★½ out of 5";
- numeric ratings: "Rating: 3.5/5", "4 out of 5 stars", "8/10 stars", "3 stars out of 4";
- a quoted passage followed by its signature: “…” – David Rooney, THE HOLLYWOOD REPORTER
  (critic and outlet), “…” – VARIETY (outlet only), “…” – Owen Gleiberman (critic only).
- ratings in words, after a cue ("Rating:", "we give it", "earns") or alone on a line:
  "three and a half stars", "two out of four stars", "7 out of 10"; a bare "4/5" or "3.5/5" line;
- letter grades after "Grade:"/"Rating:"/"Verdict:" or "gets a"/"earns a": "B+";
- `Name (Outlet): "quote"` / `Name (Outlet): “quote”`, and quotes signed `— Name (Outlet)`,
  `— Name, Outlet`, or by an outlet alone (`— Frame Rate Weekly`, `— The Guardian`).
Ratings are normalised to a number out of 5 (index.extract.ratings, the one place for scales), and kept as printed in rating_text. A rating
whose scale the text does not give ("★★★1/2" alone: out of 4 or of 5?) keeps its text only.
Assumptions, stated once: "N stars" in words or digits with no scale is out of five (the
common scale of star ratings; the four-star scale is always spelled out as "out of four");
letter grades map linearly from A+ = 5 to F = 0 in 12 steps (A = 4.58, B+ = 3.75, B = 3.33,
C = 2.08, D = 0.83).
Whose a rating is: a rating inside a signed quote is the signer's ("“… Grade: A-” — Name, Outlet"); one
given in the third person is the sentence's subject's ("Deborah Quill (The Lantern Review) … gave it
A+", "Ann Vale, of The Morning Ledger, rated it …", "The Lantern Review gave it a B-"); ratings under
a "User reviews" (or readers', audience, fans', comments) heading are nobody's verdict. The critic of
any other bare rating is the document's author, filled in by extract_facts.

Round-ups (several critics on one page) are read by their structure:
- a critic's section opens with a heading line naming the critic and/or the outlet, maybe the
  rating too: "Harold Benning — The Evening Ledger", "Nadia Kovac — The Coastline Courier: ★★★★",
  "Celia Marchetti, Brightwater Gazette — A-", "Priya Raman, Screenline (reappraisal, 2004) — 10/10";
  every rating inside the section is that critic's, and the section yields one verdict (the
  first rating whose scale is known, as printed);
- a table with a critic or outlet column and a rating column ("| Critic | Outlet | Rating |",
  "Score as printed", "Grade", "Stars"): one verdict a row, the cell read by normalise_rating
  (a bare letter grade counts there, since the column says it is a rating; a bare number takes the
  scale its header gives: "Score (out of 100)" | 94 -> 94/100);
- the same critic in a section and a table is one verdict.
`normalise_rating(text)` reads any printed rating: "★★★½", "★★★★ (4 out of 4)", "3.5 stars",
"three and a half stars out of four", "x out of four", "8/10", "85/100", "B+" (bare grades only
with bare_grade=True).

Deliberately not: quotes signed by film-makers ("– Pedro Almodóvar, Director": a statement,
not a review), dialogue quotes ("Janis: “…”"), a rating mentioned in passing ("my initial
4-star score"), quotes under a "Director’s statement" (or "Note from the director",
"Interview", "About the director") heading, signatures naming a role ("— Name, director").
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

from .critic_lines import by_block, quoted_blocks
from .speakers import RATING_COLUMN as _RATING_COLUMN, by_post, by_record, by_speaker
from .layout import HEADING_LINE, has_outlet_word
from .verdict_tables import verdict_tables
from .patterns import lazy_pattern, BULLET, PERSON, Found, fold, is_person_name, mentions
from .ratings import normalise_rating, printed_ratings, separated_ratings
from .signatures import (is_critic_name, is_outlet, led_by, outlet_case, signature, signed_blocks)  # noqa: F401

_SIGNED_QUOTE = lazy_pattern(
    r"(?P<open>[“\"])(?P<quote>[^“”\"\n]{15,2500}?)[”\"][ \t]*\n?[ \t]*[–—-]{1,2}[ \t]*"
    r"(?P<signature>[^\n“”\"]{2,120}?)[ \t]*$",
    re.MULTILINE,
)
_ATTRIBUTED_QUOTE = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?:(?P<critic>{PERSON})[ \t]*\((?P<outlet>[^()\n:]{{2,60}})\)"
    r"|(?P<outlet_only>[A-Z][^()\n:“”\"]{1,60}?))[ \t]*:[ \t]*"
    r"[“\"](?P<quote>[^“”\"\n]{10,2500}?)[”\"]",
    re.MULTILINE,
)
_STATEMENT_HEADING = lazy_pattern(
    r"(?i:director['’]?s['’]? (?:statement|note|notes|commentary|word|letter|intentions?)"
    r"|filmmaker['’]?s['’]? (?:statement|note|notes)|(?:a )?(?:note|word|words|statement|letter|message)s? "
    r"from the (?:director|filmmaker|writer|cast)|in (?:the|her|his|their) own words|from the director"
    r"|interview with .+|interview|q ?& ?a.*|about the director|notes on (?:the )?film|artist['’]?s statement"
    r"|(?:actor|cast)['’]?s?['’]? (?:statement|notes))"
)

# Sections of readers' and users' ratings: not critics' verdicts. A heading holding these words
# ("User reviews", "Fury Road: reviews from our members", "Reader reviews", "From the forum").
_AUDIENCE_HEADING = lazy_pattern(
    r"(?i:\b(?:user|audience|reader|viewer|fan|member|customer|community|visitor|moviegoer|filmgoer)s?['’]?"
    r" (?:reviews?|ratings?|comments?|scores?|says?|verdicts?|reactions?|takes?|picks?)\b"
    r"|(?m:^[ \t#*_]*(?:\d+[ \t]+)?(?:comments?|responses?|replies|discussion)(?:[ \t]*\(\d+\))?[ \t*_]*$)"
    r"|\b(?:reviews?|ratings?|comments?|verdicts?|takes?) (?:from|by) (?:our |the )?(?:readers|viewers|users|members"
    r"|fans|audiences?|community|forum)\b|\bwhat (?:our )?(?:readers|viewers|users|members|fans|the audience)"
    r" (?:said|say|think|thought)\b|\bforum\b)"
)
# A line of aggregate figures is no one critic's verdict: "97% of 402 reviews positive; average rating 8.7/10".
_AGGREGATE_LINE = lazy_pattern(
    r"(?i:consensus|\baverage|\baggregate|tomatometer|metascore|\d[ \t]*%|\bof \d+ (?:reviews|critics)|reviews counted"
    r"|\(?[\d,]+ (?:ratings|votes|reviews)\)?|\b(?:members|users|viewers|customers|readers|audience)\b)"
)


@lru_cache(maxsize=2)  # a document's kind is read from its verdicts, then its facts: one pass for both
def extract_verdicts(text: str) -> tuple[Found, ...]:
    statements, audience = _statement_spans(text, _STATEMENT_HEADING), audience_spans(text)
    printed = printed_ratings(text)
    printed += [r for r in map(partial(led_by, text), separated_ratings(text, printed)) if r.fields.get("critic")
                or r.fields.get("outlet")]
    ratings = [_by_subject(text, r) for r in printed if not _inside(r.offset, audience) and not _aggregate(text, r.offset)]
    ratings = [led_by(text, r) if "critic" not in r.fields else r for r in ratings]
    ratings, spoken = by_speaker(text, by_post(text, ratings))
    rows = verdict_tables(text)
    spans = [(r.offset, text.find("\n", r.offset) % (len(text) + 1)) for r in rows]
    blocks, ratings = by_block(text, ratings, is_rating_line, skip=spans)  # a table's rows are read as cells
    records, ratings = by_record(text, ratings)
    blocks = [b for b in blocks + records if not _inside(b.offset, audience)]
    quotes = [(q, end) for q, end in (*_signed_quotes(text), *_attributed_quotes(text))
              if not _inside(q.offset, statements + audience)]
    ends = [end for _, end in quotes]
    quotes += [(q, end) for q, end in signed_blocks(text, is_rating_line)
               if end not in ends and not _inside(q.offset, statements + audience)]
    ratings, quotes = _rated_quotes(ratings, quotes)
    blocks, quotes = quoted_blocks(blocks, quotes)
    ratings = [r for r in ratings if not _inside(r.offset, spans)]  # read as cells
    ratings = blocks + _by_section(text, ratings) + [r for r in rows if not _inside(r.offset, audience)]
    spoken = [q for q in spoken if not _inside(q.offset, statements + audience)]
    return (*_merge_critics(sorted(ratings, key=lambda f: f.offset)), *quotes, *spoken)


def is_rating_line(line: str) -> bool:
    """A short line that is a rating: "★★★★☆", "Rating: 4/5", "Verdict: B+"."""
    return len(line) <= 40 and normalise_rating(line.strip("*_ "), bare_grade=True) is not None


def audience_heading(line: str) -> bool:
    """A heading over readers' or users' reviews ("User reviews", "Reviews from our members")."""
    return len(line) <= 80 and not line.endswith((".", "?", "!")) and bool(_AUDIENCE_HEADING.search(line))


def _aggregate(text: str, offset: int) -> bool:
    """The rating's sentence gives aggregate figures: "an average rating of 8.7/10". Only its own
    sentence counts: a Reception paragraph opens with the aggregators, then names critics."""
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    end = end if end >= 0 else len(text)
    stops = [text.rfind(p, start, offset) for p in (". ", "! ", "? ", ".[")]
    start = max([start] + [i + 2 for i in stops if i >= 0])
    ends = [i for i in (text.find(p, offset, end) for p in (". ", "! ", "? ")) if i >= 0]
    return bool(_AGGREGATE_LINE.search(text[start:min(ends, default=end)]))


def audience_spans(text: str) -> list[tuple[int, int]]:
    """Readers' and users' sections: from a heading naming them to the next heading that does not."""
    if not _AUDIENCE_HEADING.search(text):
        return []
    spans, start = [], None
    for match in _SECTION_LINE.finditer(text):
        line = match["line"].strip("*_# ")
        if len(line) > 80 or line.endswith((".", "?", "!")) or not _stands_alone(text, match.start()):
            continue
        if _AUDIENCE_HEADING.search(line):
            start = match.start() if start is None else start
        elif start is not None and HEADING_LINE.fullmatch(match.group()) and not is_rating_line(line):
            spans.append((start, match.start()))
            start = None
    return spans + ([(start, len(text))] if start is not None else [])


def _stands_alone(text: str, start: int) -> bool:
    """A heading line starts the text, follows a blank line, or sits under a rule ("-----")."""
    if not start or text[start - 2:start] == "\n\n":
        return True
    previous = text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip()
    return len(previous) >= 3 and not previous.strip("-=_*~ ")


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _rated_quotes(ratings: list[Found], quotes: list[tuple[Found, int]]) -> tuple[list[Found], list[Found]]:
    """A rating inside a signed quote ("“… Grade: A-” — Name, Outlet") is the signer's: one verdict."""
    kept, rated = [], {}
    for rating in ratings:
        quote = next((q for q, end in quotes if q.offset <= rating.offset < end and id(q) not in rated), None)
        if quote is None:
            kept.append(rating)
        else:
            rated[id(quote)] = Found(quote.offset, "verdict", {**quote.fields, "rating": rating.fields["rating"],
                                                               "rating_text": rating.fields["rating_text"]})
    return kept, [rated.get(id(q), q) for q, _ in quotes]


# "Deborah Quill (The Lantern Review), in a 2005 piece, gave it A+": the sentence's subject gave it.
_THIRD_PERSON = lazy_pattern(r"(?:gave|gives|rated|rates|awarded|awards|graded|grades|handed|hands|scored|scores)\b")
_SUBJECT = lazy_pattern(
    rf"^[ \t]*{BULLET}?(?:(?P<critic>{PERSON})(?:[ \t]*\((?P<outlet>[^()\n]{{2,60}})\)|,[ \t]+(?:of|from|at|for"
    r"|writing (?:in|for))[ \t]+(?P<of>[A-Z][^,\n]{1,50}),)?|(?P<outlet_only>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}))"
    r"[ \t,]"
)


# "…, while Owen Gleiberman of Entertainment Weekly gave it a B": the critic right before the verb
# is the clause's subject, with the outlet after "of" (a Wikipedia Reception paragraph's shape).
_CLAUSE_SUBJECT = lazy_pattern(
    rf"(?:^|(?<=[,;(])[ \t]|\b(?:while|whereas|and|but|when)[ \t]|[.!?:](?:\[\w+\])*\s|\n)[ \t]*(?P<critic>{PERSON})"
    r"(?:[ \t]+(?:of|from|at|for|writing (?:in|for))[ \t]+(?:the[ \t]+)?(?P<of>[A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’.-]*){0,5}))?"
    r"(?:[ \t]+(?:also|later|only|even))?[ \t]*$"
)


def _by_subject(text: str, rating: Found) -> Found:
    """A rating given in the third person is the verdict of the sentence's subject, where that is a
    critic (with the outlet in brackets or after "of") or an outlet."""
    if not _THIRD_PERSON.match(text, rating.offset):
        return rating
    ends = [text.rfind(p, 0, rating.offset) for p in (". ", "! ", "? ")]
    start = max([text.rfind("\n", 0, rating.offset) + 1] + [end + 2 for end in ends if end >= 0])
    clause = _CLAUSE_SUBJECT.search(text[max(0, start - 2):rating.offset])
    if clause and is_person_name(clause["critic"]) and not has_outlet_word(clause["critic"]):
        outlet = clause["of"] and clause["of"].strip()
        outlet = outlet_case(outlet) if outlet and is_outlet(outlet) else None
        return Found(rating.offset, "verdict", {**rating.fields, "critic": clause["critic"], "outlet": outlet})
    match = _SUBJECT.match(text[start:rating.offset])
    if not match:
        return rating
    critic, outlet = match["critic"], match["outlet"] or match["of"]
    if not critic or not is_person_name(critic) or has_outlet_word(critic):  # "The Lantern Review gave it"
        critic, outlet = None, None if outlet else (match["critic"] or match["outlet_only"])
        if not outlet or not has_outlet_word(outlet):
            return rating
    if outlet and not is_outlet(outlet.strip()):
        outlet = None
    return Found(rating.offset, "verdict", {**rating.fields, "critic": critic, "outlet": outlet and outlet_case(outlet.strip())})


# --- printed ratings, normalised to /5 -----------------------------------------------------

_PARENS = lazy_pattern(r"\([^()]*\)")


# --- who gave a rating: critics' sections and tables ---------------------------------------

_SECTION_SPLIT = lazy_pattern(r"[ \t]+[—–][ \t]*|[ \t]*[—–][ \t]+|[ \t]+-{1,2}[ \t]+|:[ \t]+|,[ \t]+|[ \t]+\|[ \t]+")
_SECTION_LINE = lazy_pattern(r"^[ \t]*(?:#{1,6}[ \t]+)?(?P<line>[^\n]{5,160}?)[ \t]*$", re.MULTILINE)


_CERTIFICATE = lazy_pattern(r"\((?:U|PG|PG-13|12A?|15|18|R|NC-17|G|\d{1,2}\+?)\)")


def critic_heading(line: str) -> tuple[str | None, str | None, tuple[float | None, str] | None] | None:
    """(critic, outlet, rating) a section heading names, or None when it names no critic:
    "Harold Benning — The Evening Ledger", "Celia Marchetti, Brightwater Gazette — A-"."""
    line = line.strip().strip("*_#").strip()
    if not line or line.endswith((".", "?", "!")) or "“" in line or '"' in line:
        return None
    protected = _PARENS.sub(lambda m: m.group().replace(",", "\0").replace(":", "\1"), line)
    parts = [p.replace("\0", ",").replace("\1", ":").strip() for p in _SECTION_SPLIT.split(protected)]
    parts = [p for p in parts if p]
    if not 2 <= len(parts) <= 4:
        return None
    rating = normalise_rating(parts[-1], bare_grade=True)
    if rating:
        parts = parts[:-1]
        if len(parts) > 1 and fold(parts[-1]) in _RATING_COLUMN:
            parts = parts[:-1]  # "Name, Outlet — Grade: A-": the label of the rating
    if any(_CERTIFICATE.search(p) for p in parts):
        return None  # "Harbour Lights (15) — two stars": a film and its certificate
    names = [" ".join(_PARENS.sub(" ", p).split()).strip("*_ ") for p in parts]
    names = [n for n in names if n]
    if not names or len(names) > 2:
        return None
    critic = names[0] if is_critic_name(names[0]) else None
    rest = names[1:] if critic else names
    if len(rest) > 1 or (not critic and not (rating and rest and _looks_like_outlet(rest[0]))):
        return None  # an outlet alone needs its rating and an outlet's look: "Rating: 4/5" is a label
    outlet = None
    if rest:
        candidate = rest[0]
        if not is_outlet(candidate) or len(candidate.split()) > 6:
            return None
        if is_critic_name(candidate) and not rating and not candidate.startswith("The "):
            return None  # "Marlon Brando — Vito Corleone": a cast line, not a critic
        outlet = outlet_case(candidate)
    if not critic and not outlet:
        return None
    return critic, outlet, rating


def _looks_like_outlet(text: str) -> bool:
    return (has_outlet_word(text) or text.startswith("The ")) and fold(text) not in _RATING_COLUMN


def _by_section(text: str, ratings: list[Found]) -> list[Found]:
    """Ratings under a critic's heading are that critic's: one verdict a section."""
    if not ratings and not mentions(text, "—", "–", " - ", ", "):
        return ratings
    sections = _critic_sections(text)
    if not sections:
        return ratings
    kept, claimed = [], set()
    for start, end, body, critic, outlet, rating in sections:
        inside = [r for r in ratings if start <= r.offset < end]
        claimed.update(id(r) for r in inside)
        readings = ([rating] if rating else []) + [(r.fields["rating"], r.fields["rating_text"]) for r in inside]
        if not readings:
            continue
        value, printed = next((r for r in readings if r[0] is not None), readings[0])
        kept.append(Found(body, "verdict", {"critic": critic, "outlet": outlet, "rating": value, "rating_text": printed}))
    return kept + [r for r in ratings if id(r) not in claimed]


def _critic_sections(text: str) -> list[tuple[int, int, int, str | None, str | None, tuple | None]]:
    """(start, end, body offset, critic, outlet, rating) of each critic's section: from a heading
    line standing alone to the next heading."""
    headings = []
    for match in _SECTION_LINE.finditer(text):
        start = match.start()
        if start > 1 and text[start - 2:start] != "\n\n" and start != 0:
            continue  # a heading stands alone: a blank line before it
        read, end = critic_heading(match["line"]), match.end()
        if not read:
            read, end = _two_line_heading(text, match)
        if read:
            headings.append((start, end, read))
        elif HEADING_LINE.fullmatch(match.group()) and not _SECTION_SPLIT.search(match["line"]):
            headings.append((start, match.end(), None))  # another section: ends the one before
    sections = []
    for i, (start, line_end, read) in enumerate(headings):
        if read is None:
            continue
        end = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        body = line_end + len(text[line_end:end]) - len(text[line_end:end].lstrip())
        sections.append((start, end, min(body, max(start, end - 1)), *read))
    return sections


_NEXT_LINE = lazy_pattern(r"[ \t]*(?:#{1,6}[ \t]+)?(?P<line>[^\n]{3,80}?)[ \t]*(?:\n[ \t]*\n|\n?\Z)")


def _two_line_heading(text: str, match: re.Match) -> tuple[tuple | None, int]:
    """A critic's name over the outlet, each on its own line ("Rosalind Achterberg" / "*The Prairie
    Lantern*", or the outlet over "by Name"), then a blank line: read as "Name, Outlet"."""
    following = _NEXT_LINE.match(text, match.end() + 1) if text[match.end():match.end() + 1] == "\n" else None
    if not following:
        return None, match.end()
    first, second = match["line"].strip("*_# "), following["line"].strip("*_ ")
    by = re.match(r"(?i:by)[ \t]+", second)
    read = critic_heading(f"{second[by.end():]}, {first}" if by else f"{first}, {second}")
    return read, following.start("line") + len(following["line"])


def _merge_critics(ratings: list[Found]) -> list[Found]:
    """A critic's section and the same critic's table row are one verdict; the first read stands,
    with a rating the later one knows where it had none."""
    kept: list[Found] = []
    for found in ratings:
        key = _critic_key(found.fields)
        same = next((k for k in kept if key and _critic_key(k.fields) == key), None) if key else None
        if same is None:
            kept.append(found)
        elif same.fields.get("rating") is None and found.fields.get("rating") is not None:
            kept[kept.index(same)] = Found(same.offset, "verdict", {**same.fields, "rating": found.fields["rating"]})
    return kept


def _critic_key(fields: dict) -> tuple | None:
    if "critic" not in fields:
        return None  # a bare rating: whose it is, the document says
    critic, outlet = fields.get("critic"), fields.get("outlet")
    return ("c", fold(critic)) if critic else ("o", fold(outlet)) if outlet else None


def _statement_spans(text: str, pattern=_STATEMENT_HEADING) -> list[tuple[int, int]]:
    """Sections headed "Director's statement" and the like (or what `pattern` names) run to the next heading."""
    headings = [(m.start(), m["heading"]) for m in HEADING_LINE.finditer(text)]
    spans = []
    for i, (start, heading) in enumerate(headings):
        if pattern.fullmatch(heading.strip()):
            end = headings[i + 1][0] if i + 1 < len(headings) else len(text)
            spans.append((start, end))
    return spans


def _attributed_quotes(text: str) -> list[tuple[Found, int]]:
    """'Hannah Voss (Continental Screen): “…”' and 'Frame Rate Weekly: “…”', with where each ends."""
    found = []
    for match in _ATTRIBUTED_QUOTE.finditer(text):
        quote = " ".join(match["quote"].split())
        if match["critic"]:
            critic, outlet = match["critic"], match["outlet"].strip()
            if not is_person_name(critic) or has_outlet_word(critic) or not is_outlet(outlet):
                continue
        else:
            critic, outlet = None, match["outlet_only"].strip()
            if not has_outlet_word(outlet):
                continue  # "Janis: “…”" is dialogue
        found.append((Found(match.start(), "verdict", {"critic": critic, "outlet": outlet_case(outlet), "quote": quote}),
                      match.end()))
    return found


def _signed_quotes(text: str) -> list[tuple[Found, int]]:
    found = []
    for match in _SIGNED_QUOTE.finditer(text):
        critic, outlet = signature(match["signature"].strip().rstrip("."))
        if critic or outlet:
            quote = " ".join(match["quote"].split())
            found.append((Found(match.start(), "verdict", {"critic": critic, "outlet": outlet, "quote": quote}), match.end()))
    return found
