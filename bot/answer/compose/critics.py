"""Critics answers: verdicts, ratings and opinions about the film or a person in it.

Every rating is compared on one scale, out of 5 (index.extract.verdicts.normalise_rating), and
shown as printed beside it. A critic or an outlet is askable by name whether the page names
them (a round-up's "Name — Outlet" heading, a signed quote, a scores table) or the document's
metadata does (front matter `author` and `source`, or a byline the indexer read).

- "what did <critic> rate it", "<critic> rating?", "what grade did <outlet> give it" -> that rating;
- "who reviewed it for <outlet>", "who wrote the <outlet> review" -> the critic;
- "what did <critic or outlet> think about <person or thing>" -> their sentences that name it;
- "who gave it the worst review", "who liked it least", "which critic gave it five stars / a
  perfect score" -> chosen from every rating, with the summary beside it;
- "was it well reviewed", "did critics agree", "what did critics think", /film critics -> the
  consensus: how many verdicts, their average and range out of 5, whether they agree (or who is
  the outlier), who liked it most and least, then where they disagree, each side quoted briefly
  from its own section with its source; the full list of verdicts goes to `items`.
"""
from __future__ import annotations

import re

from bot.answer.compose.common import (
    is_caption, ANSWER_CHARS, NAME_PARTICLES, Cited, Context, Draft, OPINION_KINDS, cite_facts,
)
from bot.answer.credits import merge_verdicts
from bot.answer.evidence import FRAME_WORDS
from bot.answer.text import contains_phrase, fold, join_names, sentences, shorten, words
from index.models import CastCredit, CrewCredit, Verdict
from index.search import Hit, analyze

# The one vocabulary of comparisons: which end of the scale a question asks about.
LOW_WORDS = {"worst", "lowest", "least", "hated", "harshest", "disliked", "negative", "poorest", "weakest",
             "meanest", "toughest", "lowest-rated"}
HIGH_WORDS = {"best", "highest", "loved", "favourite", "favorite", "positive", "glowing", "top", "highest-rated",
              "rave"}
PERFECT_WORDS = {"perfect", "full marks", "maximum"}
SUMMARY_CUES = re.compile(r"\b(agree|agreed|agreement|disagree|disagreed|divided|split|consensus|well reviewed"
                          r"|well received|reception|received|overall|average|critics think|critics thought"
                          r"|critics say|critics said|generally)\b")
SUMMARY_WORDS = ("agree agreed agreement disagree disagreed divided split consensus well reviewed received reception "
                 "overall average generally")
CONSENSUS_CHARS = 900  # the summary and both sides' quotes: well inside an embed, under a message's 2,000
QUOTE_CHARS = 150
AGREE_SPREAD = 1.25  # ratings (out of 5) this close to each other agree
LIKED, DISLIKED = 3.5, 2.5  # out of 5: B+, 3 of 4 and 7/10 are liking it; C+, 2 of 4 and 5/10 are not
RATING_LABEL = re.compile(r"^(?:our |my |final |overall )?(?:rating|score|grade|verdict)\s*:\s*", re.I)


def answer_critics(ctx: Context) -> Draft | None:
    verdicts = ctx.facts(Verdict)
    rated = merge_verdicts(verdicts)
    reviewers = reviewers_named(ctx, verdicts)
    q = fold(ctx.question)
    asked = set(words(ctx.question))
    if reviewers:
        return about_reviewer(ctx, reviewers, verdicts, rated)
    wanted = rating_asked(q)
    if rated and (wanted is not None or asked & (LOW_WORDS | HIGH_WORDS)):
        return compare(ctx, rated, asked, wanted)
    subject = subject_person(ctx)
    if subject:
        return opinions_about(ctx, subject)
    topic = topic_terms(ctx)
    if topic:  # "what did the critics think of the bank shootout"
        return topic_opinions(ctx, topic)
    if rated and (ctx.reading.detail == "rating" or SUMMARY_CUES.search(q) or not topic_terms(ctx)):
        return summary_draft(ctx, rated)
    if not verdicts or topic_terms(ctx):
        return None  # asks about something the verdicts don't cover: look in the passages
    return quotes_draft(verdicts)


# --- who is asked about ------------------------------------------------------------------


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
    found: dict[tuple, Reviewer] = {}
    for verdict in verdicts:
        if names_asked(ctx, verdict.critic) or names_asked(ctx, verdict.outlet):
            reviewer = found.setdefault(reviewer_key(verdict.critic, verdict.outlet), Reviewer(verdict.critic, verdict.outlet))
            reviewer.verdicts.append(verdict)
    for hit in ctx.gen.passages_of(ctx.film.slug):
        author = hit.author if hit.kind in OPINION_KINDS or hit.author else None
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


def about_reviewer(ctx: Context, reviewers: list[Reviewer], verdicts: list[Verdict], rated: list[Verdict]) -> Draft | None:
    q = fold(ctx.question)
    first = (q.split() or [""])[0]
    topic = topic_terms(ctx, reviewers)
    if first in ("who", "whom", "whose"):  # "who reviewed it for the Northbank Review"
        named = [r for r in reviewers if r.critic]
        if not named:
            return None
        text = " ".join(f"{r.critic} reviewed {ctx.film.title}" + (f" for {r.outlet}" if r.outlet else "") + "."
                        for r in named[:3])
        return Draft(text, cited=cited_for(named))
    if topic:  # "what did Margaret Osei think about Diane Keaton"
        return reviewer_opinions(ctx, reviewers, topic)
    ratings = [v for r in reviewers for v in r.verdicts if v.rating is not None or v.rating_text]
    if ratings:
        lines = list(dict.fromkeys(f"{who(v)} gave it {rating_shown(v)}." for v in merge_verdicts(ratings)))
        quotes = [f"“{v.quote}”" for r in reviewers for v in r.verdicts if v.quote][:1]
        return Draft(shorten(" ".join(lines + quotes), ANSWER_CHARS), cited=cited_for(reviewers))
    return reviewer_opinions(ctx, reviewers, set())


def cited_for(reviewers: list[Reviewer]) -> list[Cited]:
    cited = cite_facts([v for r in reviewers for v in r.verdicts])
    seen = {c.passage for c in cited}
    for reviewer in reviewers:
        for hit in reviewer.hits[:1]:
            if hit.id not in seen:
                cited.append(Cited.of(hit, hit.text))
                seen.add(hit.id)
    return cited[:5]


def reviewer_passages(ctx: Context, reviewer: Reviewer) -> list[Hit]:
    """The reviewer's own text: their documents, and in a round-up the passages of their section."""
    hits = list(reviewer.hits)
    sections = {v.passage for v in reviewer.verdicts}
    if sections:
        documents = {p.rpartition("#")[0] for p in sections}
        for hit in ctx.gen.passages_of(ctx.film.slug):
            if hit.document in documents and (hit.id in sections or section_of(ctx, hit, reviewer)):
                hits.append(hit)
    return list({h.id: h for h in hits}.values())


def section_of(ctx: Context, hit: Hit, reviewer: Reviewer) -> bool:
    heading = hit.heading or ""
    return any(n and contains_phrase(heading, n) for n in (reviewer.critic, reviewer.outlet))


def reviewer_opinions(ctx: Context, reviewers: list[Reviewer], topic: set[str]) -> Draft | None:
    chosen = []
    for reviewer in reviewers:
        for hit in reviewer_passages(ctx, reviewer):
            for sentence in sentences(hit.text):
                tokens = set(analyze(sentence))
                if topic and not topic & tokens:
                    continue
                score = len(topic & tokens) + 0.5 * opinion_strength(sentence)
                if not is_caption(sentence):
                    chosen.append((score, -len(chosen), sentence, hit))
    if not chosen:
        return None
    chosen.sort(reverse=True)
    picked = chosen[:2]
    name = reviewers[0].name
    text = " ".join(s for _, _, s, _ in picked)
    if reviewers[0].critic and reviewers[0].critic.split()[-1] not in text:
        text = f"{name}: {text}"
    return Draft(shorten(text, ANSWER_CHARS), cited=[Cited.of(h, s) for _, _, s, h in picked])


def topic_terms(ctx: Context, reviewers: list[Reviewer] = ()) -> set[str]:
    """The question's content terms beyond the film, the critics named and the cue words."""
    names = " ".join(filter(None, [n for r in reviewers for n in (r.critic, r.outlet)]))
    skip = set(analyze(names)) | set(analyze(ctx.film.title)) | set(analyze(" ".join(ctx.reading.cue_words)))
    skip |= set(analyze(" ".join(LOW_WORDS | HIGH_WORDS | {"review", "critic", "rating", "make", "good", "least", "most"})))
    skip |= set(analyze(SUMMARY_WORDS))
    return {t for t in ctx.terms.weights if t not in skip}


# --- comparisons and the summary -----------------------------------------------------------


def rating_asked(q: str) -> float | None:
    """"which critic gave it five stars" -> 5.0; "a perfect score" -> 5.0."""
    if any(w in q for w in PERFECT_WORDS):
        return 5.0
    from index.extract.verdicts import normalise_rating  # the indexer's own reading of ratings
    read = normalise_rating(q)
    return read[0] if read else None


def compare(ctx: Context, rated: list[Verdict], asked: set[str], wanted: float | None) -> Draft | None:
    numbers = [v for v in rated if v.rating is not None]
    if not numbers:
        return None
    if wanted is not None:
        chosen = [v for v in numbers if abs(v.rating - wanted) < 0.01]
        if not chosen:
            text = f"No critic in these documents gave it {wanted:g} out of 5. " + summary_text(ctx, numbers)
            return Draft(shorten(text, ANSWER_CHARS), cited=cite_facts(numbers))
        chosen.sort(key=lambda v: not printed_as(v, wanted))
        lead = f"{join_names([who(v) for v in chosen])} gave it {wanted:g} out of 5"
        lead += " (" + "; ".join(rating_text(v) for v in chosen) + ")."
        text = f"{lead} {summary_text(ctx, numbers)}"
        return Draft(shorten(text, ANSWER_CHARS), cited=cite_facts(chosen + numbers), items=rating_items(numbers))
    low = bool(asked & LOW_WORDS)
    extreme = min(v.rating for v in numbers) if low else max(v.rating for v in numbers)
    chosen = [v for v in numbers if v.rating == extreme]
    word = "lowest" if low else "highest"
    lead = (f"{join_names([who(v) for v in chosen])} gave it the {word} rating: "
            + "; ".join(f"{rating_text(v)} ({v.rating:g} out of 5)" for v in chosen) + ".")
    if len(numbers) < 2:
        return Draft(lead, cited=cite_facts(chosen))
    summary = consensus(ctx, numbers, unrated_quotes(ctx, rated), answered="low" if low else "high")
    return Draft(shorten(f"{lead} {summary.text}", CONSENSUS_CHARS), cited=summary.cited, items=summary.items)


def printed_as(verdict: Verdict, wanted: float) -> bool:
    """Printed on the five-point scale the question uses ("five stars out of five", not "4/4")."""
    text = fold(verdict.rating_text or "")
    return f"{wanted:g}/5" in text or "out of five" in text or "of 5" in text or "five stars" in text


def summary_draft(ctx: Context, rated: list[Verdict]) -> Draft | None:
    """The critics' consensus: see `consensus`. With fewer than two ratings, the verdicts counted,
    the rating there is, and the quotes."""
    numbers = [v for v in rated if v.rating is not None]
    quoted = unrated_quotes(ctx, rated)
    if len(numbers) < 2:
        if not quoted:
            return ratings_draft(ctx, rated)
        return few_ratings_draft(ctx, rated, quoted)
    summary = consensus(ctx, numbers, quoted)
    return Draft(shorten(summary.text, CONSENSUS_CHARS), cited=summary.cited, items=summary.items)


def summary_text(ctx: Context, numbers: list[Verdict]) -> str:
    """How many rated it, the average and the range out of 5, the highest and the lowest."""
    values = [v.rating for v in numbers]
    if len(values) < 2:
        return ""
    high, low = max(values), min(values)
    highest = [v for v in numbers if v.rating == high]
    lowest = [v for v in numbers if v.rating == low]
    text = counted(ctx, numbers)
    if high != low:
        text += (f" Highest: {join_names([f'{who(v)}, {rating_text(v)}' for v in highest])}."
                 f" Lowest: {join_names([f'{who(v)}, {rating_text(v)}' for v in lowest])}.")
    return text


def counted(ctx: Context, numbers: list[Verdict]) -> str:
    values = [v.rating for v in numbers]
    average = sum(values) / len(values)
    return (f"{len(values)} critics rated {ctx.film.title}: average {average:.1f} out of 5, "
            f"from {one_decimal(min(values))} to {one_decimal(max(values))}.")


def one_decimal(value: float) -> str:
    return f"{round(value, 1):g}"


# --- the consensus: agreement, extremes and where they differ ---------------------------------

QUOTED = re.compile(r"[“\"]([^“”\"]{12,400}?)(?:[”\"]|$)")  # sentences() leaves a closing quote off the end
PRAISE = re.compile(r"\b(admir\w*|prais\w*|masterpiece|finest|best|brilliant|superb|intelligent|lucid|remarkable|"
                    r"moving|beautiful\w*|triumph\w*|top mark|impress\w*|thrilling|great|astonishing|revelation|"
                    r"wonderful|loved?|gripping|stunning|terrific|marvel\w*|glowing|rave\w*|treasured|delight\w*|"
                    r"ferocious|splendid|humane|superlative|gorgeous|exhilarat\w*)\b")
FAULT = re.compile(r"\b(bloated|humou?rless|slog|complain\w*|reservations?|docked|flat|slow|tedious|dull|boring|"
                   r"weak\w*|disappoint\w*|overlong|lesser|stopped caring|soap opera|squib|fails?|failed|mess|hated|"
                   r"worst|lacking|loose ends|overrated|plodding|indulgent|pretentious|problem\w*|too long|"
                   r"length|confus\w*|shallow|clumsy|miss(?:es|ed)?|wasted|forgettable|sluggish)\b")


class Summary:
    def __init__(self, text: str, cited: list[Cited], items: list[str]) -> None:
        self.text, self.cited, self.items = text, cited, items


def consensus(ctx: Context, numbers: list[Verdict], quoted: list[Verdict], answered: str | None = None) -> Summary:
    """How many rated it, their average and range out of 5 and whether they agree (or who is the
    outlier); who liked it most and least (but the end `answered` already names); then, when they
    do not all agree, each side in its own words with its source. The list of verdicts is `items`."""
    values = [v.rating for v in numbers]
    high, low = max(values), min(values)
    most = [v for v in numbers if v.rating == high]
    least = [v for v in numbers if v.rating == low]
    parts = [counted(ctx, numbers)]
    if quoted:
        parts.append(f"{len(quoted)} more {'is' if len(quoted) == 1 else 'are'} quoted without a rating.")
    parts.append(agreement(numbers))
    if high != low:
        if answered != "high":
            parts.append(f"Liked it most: {join_names([f'{who(v)}, {rating_text(v)}' for v in most])}.")
        if answered != "low":
            parts.append(f"Liked it least: {join_names([f'{who(v)}, {rating_text(v)}' for v in least])}.")
    cited: list[Cited] = []
    if high - low > AGREE_SPREAD:
        sides = [(most[0], side_quote(ctx, most[0], "high")), (least[0], side_quote(ctx, least[0], "low"))]
        if all(quote for _, quote in sides):
            shown = [f"{who(v)}, {rating_text(v)}: “{quote[0]}”" for v, quote in sides]
            parts.append(f"Where they differ: {shown[0]} Against that, {shown[1]}")
            cited = [Cited(quote[2], quote[1], quote[3]) for _, quote in sides]
    seen = {c.passage for c in cited}
    cited += [c for c in cite_facts(numbers) if c.passage not in seen]
    items = rating_items(numbers) + [verdict_line(v) for v in quoted]
    return Summary(" ".join(parts), cited[:6], items)


def agreement(numbers: list[Verdict]) -> str:
    ordered = sorted(numbers, key=lambda v: v.rating)
    if ordered[-1].rating - ordered[0].rating <= AGREE_SPREAD:
        return (f"They broadly agree: every rating is between {one_decimal(ordered[0].rating)} "
                f"and {one_decimal(ordered[-1].rating)}.")
    if len(ordered) >= 3:
        for outlier, rest in ((ordered[0], ordered[1:]), (ordered[-1], ordered[:-1])):
            if rest[-1].rating - rest[0].rating <= AGREE_SPREAD:
                return (f"They mostly agree ({len(rest)} of {len(ordered)} between {one_decimal(rest[0].rating)} and "
                        f"{one_decimal(rest[-1].rating)}); the outlier is {who(outlier)}, {rating_text(outlier)}.")
    liked = [v for v in ordered if v.rating >= LIKED]
    disliked = [v for v in ordered if v.rating <= DISLIKED]
    if len(liked) >= 2 * len(ordered) / 3:
        return f"Most liked it ({len(liked)} of {len(ordered)} at {LIKED:g} or more), but not all."
    if len(disliked) >= 2 * len(ordered) / 3:
        return f"Most did not like it ({len(disliked)} of {len(ordered)} at {DISLIKED:g} or less)."
    return "They are divided."


def side_quote(ctx: Context, verdict: Verdict, side: str) -> tuple[str, str, str, Hit | None] | None:
    """A short quote for one side: the verdict's own quote, else the sentence of the critic's section
    that most plainly says what they liked (side "high") or disliked ("low"), the critic's own quoted
    words where the sentence has them. Returns (shown, sentence, passage id, passage)."""
    own = verdict.quote or next((v.quote for v in ctx.facts(Verdict) if v.quote and v.critic and v.critic == verdict.critic), None)
    if own:
        return bare_quote(own), own, verdict.passage, None
    best: tuple[float, int, str, Hit] | None = None
    for n, (sentence, hit) in enumerate(section_sentences(ctx, verdict)):
        score = side_score(sentence, side)
        if score > 0 and len(sentence) >= 30 and (best is None or score > best[0]):
            best = (score, n, sentence, hit)
    if best is None:
        return None
    _, _, sentence, hit = best
    spans = [m.group(1).strip(" ,;:") for m in QUOTED.finditer(sentence)]
    spans = [s for s in spans if len(s.split()) >= 4]
    shown = max(spans, key=lambda s: (side_score(s, side), len(s))) if spans else re.sub(r'"([^"]*)"?', r"‘\1’", sentence)
    return shorten(shown, QUOTE_CHARS), sentence, hit.id, hit


def side_score(text: str, side: str) -> float:
    folded = fold(text)
    same, other = (PRAISE, FAULT) if side == "high" else (FAULT, PRAISE)
    return 2 * len(same.findall(folded)) - 1.5 * len(other.findall(folded)) + (1 if QUOTED.search(text) else 0)


def section_sentences(ctx: Context, verdict: Verdict) -> list[tuple[str, Hit]]:
    """The sentences of the passage a verdict was read from and of the passages under its heading."""
    anchor = ctx.gen.passage(verdict.passage)
    if anchor is None:
        return []
    found = []
    for hit in ctx.gen.passages_of(ctx.film.slug):
        if hit.document != anchor.document:
            continue
        if hit.id == anchor.id or (anchor.heading and hit.heading == anchor.heading):
            found += [(sentence, hit) for sentence in sentences(hit.text)
                      if not is_caption(sentence) and sentence.strip() != (hit.heading or "").strip()]
    return found


def unrated_quotes(ctx: Context, rated: list[Verdict]) -> list[Verdict]:
    """Quoted verdicts without a rating, from critics who gave none elsewhere."""
    from bot.answer.credits import verdict_key

    keys = {verdict_key(v) for v in rated}
    found, seen = [], set()
    for verdict in ctx.facts(Verdict):
        key = verdict_key(verdict)
        if verdict.quote and verdict.rating is None and not verdict.rating_text and key not in keys and key not in seen:
            seen.add(key)
            found.append(verdict)
    return found


def bare_quote(quote: str) -> str:
    return shorten(quote.strip("“”\" "), QUOTE_CHARS)


def few_ratings_draft(ctx: Context, rated: list[Verdict], quoted: list[Verdict]) -> Draft:
    """Fewer than two ratings, and quotes: how many verdicts, the rating there is, the first quotes."""
    total = len(rated) + len(quoted)
    if rated:
        head = (f"{total} critics' verdicts on {ctx.film.title}; {len(rated)} with a rating: "
                + " ".join(f"{who(v)} gave it {rating_shown(v)}." for v in rated)
                + f" {'The others are' if len(quoted) > 1 else 'The other is'} quoted without one:")
    else:
        head = f"{total} critics are quoted on {ctx.film.title}, none with a rating:"
    shown = [f"{who(v)}: “{bare_quote(v.quote)}”" for v in quoted[:2]]
    text = shorten(" ".join([head, *shown]), CONSENSUS_CHARS)
    return Draft(text, cited=cite_facts(rated + quoted), items=[verdict_line(v) for v in rated + quoted])


def rating_items(numbers: list[Verdict]) -> list[str]:
    return [f"{who(v)}: {rating_text(v)}" + ("" if rating_text(v) == f"{v.rating:g}/5" else f" ({v.rating:g}/5)")
            for v in sorted(numbers, key=lambda v: -v.rating)]


def who(verdict: Verdict) -> str:
    name = verdict.critic or verdict.outlet or "A critic"
    if verdict.critic and verdict.outlet:
        name += f" ({outlet_name(verdict.outlet)})"
    return name


def rating_text(verdict: Verdict) -> str:
    """The rating as printed, without its label: "Grade: C+" -> "C+"."""
    return RATING_LABEL.sub("", verdict.rating_text or "") or (f"{verdict.rating:g} out of 5" if verdict.rating is not None else "")


# --- quotes and single ratings ---------------------------------------------------------------


def quotes_draft(verdicts: list[Verdict]) -> Draft | None:
    lines = [verdict_line(v) for v in verdicts if v.quote or v.rating is not None]
    if not lines:
        return None
    return Draft(shorten(" ".join(lines[:3]), ANSWER_CHARS), cited=cite_facts(verdicts), items=lines)


def verdict_line(verdict: Verdict) -> str:
    rating = f" rated it {rating_shown(verdict)}" if verdict.rating is not None or verdict.rating_text else ""
    quote = " “" + verdict.quote.strip('“”" ') + "”" if verdict.quote else ""
    return f"{who(verdict)}{rating}{':' if quote else '.'}{quote}"


def outlet_name(outlet: str) -> str:
    return outlet.title() if outlet.isupper() else outlet


def rating_shown(verdict: Verdict) -> str:
    """"3.5/4 (4.38 out of 5)": the rating as printed and on the common scale."""
    printed = rating_text(verdict)
    if verdict.rating is None:
        return printed
    if not verdict.rating_text:
        return f"{verdict.rating:g} out of 5"
    return f"{printed} ({verdict.rating:g} out of 5)"


def ratings_draft(ctx: Context, rated: list[Verdict]) -> Draft | None:
    if not rated:
        return None
    parts = [f"{who(v)} gave it {rating_shown(v)}." for v in rated]
    return Draft(shorten(" ".join(parts), ANSWER_CHARS), cited=cite_facts(rated))


def topic_opinions(ctx: Context, topic: set[str]) -> Draft | None:
    """Reviewers' sentences about a scene or a subject: most of its words, strongest opinion first."""
    found = []
    for hit in ctx.gen.passages_of(ctx.film.slug):
        if hit.kind not in ("review", "press"):
            continue
        for sentence in sentences(hit.text):
            shared = topic & set(analyze(sentence))
            if shared and len(shared) >= len(topic) / 2 and not is_caption(sentence):
                found.append((len(shared) + 0.5 * opinion_strength(sentence), -len(found), sentence, hit))
    if not found:
        return None
    found.sort(reverse=True)
    picked = found[:2]
    return Draft(shorten(" ".join(s for _, _, s, _ in picked), ANSWER_CHARS), cited=[Cited.of(h, s) for _, _, s, h in picked])


# --- opinions about a person -------------------------------------------------------------------


def subject_person(ctx: Context) -> str | None:
    """A cast or crew member the question is about ("what did critics think of Milena Smit")."""
    people = [c.actor for c in ctx.facts(CastCredit)] + [c.name for c in ctx.facts(CrewCredit)]
    for person in sorted(set(people), key=len, reverse=True):
        if ctx.mentions(person.split()[-1]):
            return person
    return None


def opinions_about(ctx: Context, person: str) -> Draft | None:
    surname = person.split()[-1]
    quotes = []
    for hit in ctx.gen.passages_of(ctx.film.slug):
        if hit.kind not in OPINION_KINDS and hit.kind != "article":
            continue
        for sentence in sentences(hit.text):
            strength = opinion_strength(sentence)
            if strength and contains_phrase(sentence, surname) and not is_caption(sentence):
                quotes.append((strength, sentence, hit))
    if not quotes:
        return None
    quotes.sort(key=lambda q: -q[0])
    chosen = quotes[:3]
    text = " ".join(attributed(s, h.author) for _, s, h in chosen)
    return Draft(shorten(text, ANSWER_CHARS), cited=[Cited.of(h, s) for _, s, h in chosen])


OPINION_WORDS = re.compile(r"\b(astonishing|revelation|best|brilliant|outstanding|superb|beautiful\w*|remarkable|"
                           r"praise|impress\w*|holds? (her|his|their) own|chemistry|performance|deserves?|wonderful|"
                           r"moving|layered|splendid|great|strong|weak|flat|disappoint\w*)\b")


def opinion_strength(sentence: str) -> int:
    return len(OPINION_WORDS.findall(fold(sentence)))


def attributed(sentence: str, author: str | None) -> str:
    return f"{sentence} ({author})" if author and author not in sentence else sentence
