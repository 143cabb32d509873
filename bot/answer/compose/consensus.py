"""The critics' consensus: how many verdicts, their average and range out of 5, whether they
agree (or who is the outlier), who liked it most and least, and where they differ, each side quoted
briefly from its own section with its source. Also how one verdict is shown (critic, outlet, rating
as printed and out of 5), which every critics answer shares.
"""
from __future__ import annotations

import re

from bot.answer.compose.common import ANSWER_CHARS, Cited, Context, Draft, cite_facts, is_caption
from bot.answer.sentiment import lean
from bot.answer.text import fold, join_names, sentences, shorten, words
from index.models import Verdict
from index.search import Hit

CONSENSUS_CHARS = 900  # the summary and both sides' quotes: well inside an embed, under a message's 2,000
QUOTE_CHARS = 150
NAMED_EACH = 3  # this many ratings or fewer: each is named with its rating
AGREE_SPREAD = 1.25  # ratings (out of 5) this close to each other agree
LIKED, DISLIKED = 3.5, 2.5  # out of 5: B+, 3 of 4 and 7/10 are liking it; C+, 2 of 4 and 5/10 are not
# A rating's label or the verb that gave it, as printed in prose: "Grade: C+", "gave the film four
# stars out of four", "awarded it five stars", "I'd give it 7/10" -> the rating alone.
RATING_LABEL = re.compile(
    r"^(?:(?:our |my |final |overall )?(?:rating|score|grade|verdict)\s*:\s*"
    r"|(?:i['’]?d |we )?(?:give|gives|giving|gave|rate|rates|rated|awarded|awards|deserves|merits|earns|earned|gets|got"
    r"|scored|scores|graded|grades)(?:\s+(?:it|this|this one|this film|this movie|the film|the movie))?\s+(?:an?\s+)?)",
    re.I,
)


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
    if high != low and len(numbers) > NAMED_EACH:
        text += (f" Highest: {join_names([f'{who(v)}, {rating_text(v)}' for v in highest])}."
                 f" Lowest: {join_names([f'{who(v)}, {rating_text(v)}' for v in lowest])}.")
    return text


def counted(ctx: Context, numbers: list[Verdict]) -> str:
    """"5 critics rated X: average 4.1 out of 5, from 3 to 4.7."; with no more than NAMED_EACH, each
    of them, best first: "3 critics rated X: A, 8/10; B, B+; and C, 1.5/4. Average 3.2 out of 5."."""
    values = [v.rating for v in numbers]
    average = sum(values) / len(values)
    if len(numbers) <= NAMED_EACH:
        each = [f"{who(v)}, {rating_text(v)}" for v in sorted(numbers, key=lambda v: -v.rating)]
        return (f"{len(values)} critics rated {ctx.film.title}: {'; '.join(each[:-1])}; and {each[-1]}. "
                f"Average {average:.1f} out of 5.")
    return (f"{len(values)} critics rated {ctx.film.title}: average {average:.1f} out of 5, "
            f"from {one_decimal(min(values))} to {one_decimal(max(values))}.")


def one_decimal(value: float) -> str:
    return f"{round(value, 1):g}"


# --- the consensus: agreement, extremes and where they differ ---------------------------------

QUOTED = re.compile(r"[“\"]([^“”\"]{12,400}?)(?:[”\"]|$)")  # sentences() leaves a closing quote off the end


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
    if 0 < len(quoted) <= 2:  # a review in prose only: named, in its own words
        parts.append("Without a rating: " + " ".join(f"{who(v)}, “{shorten(bare_quote(v.quote), 90)}”" for v in quoted))
    elif quoted:
        parts.append(f"{len(quoted)} more {'is' if len(quoted) == 1 else 'are'} quoted without a rating.")
    parts.append(agreement(numbers))
    if high != low and len(numbers) > NAMED_EACH:  # with fewer, counted() named each, best first
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
    """How plainly a sentence says what a critic liked (side "high") or disliked ("low"): its
    sentiment on that side (bot/answer/sentiment.py), a quotation of the critic's own words a little more."""
    warmth = lean(text)
    return 4 * (warmth if side == "high" else -warmth) + (1 if QUOTED.search(text) else 0)


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


# --- a consensus the documents print ---------------------------------------------------------

PRINTED_SUMMARY = re.compile(r"\b(consensus|average|aggregate|overall)\b")


def printed_summary(ctx: Context, hits: list[Hit], rated: list[Verdict], cues: set[str] | None = None) -> Draft | None:
    """"What's the panel average", "the critics consensus": the line a page prints under that word
    ("Panel average: 8/10.", "Critics Consensus: Violent, quirky …"), the one sharing most of the
    question's words; the computed summary follows where two critics or more rated it. `cues` are
    the words to look for, else the question's own."""
    from index.extract.ratings import rating_spans

    cues = set(PRINTED_SUMMARY.findall(fold(ctx.question))) if cues is None else cues
    if not cues:
        return None
    asked = set(words(ctx.question))
    found = []
    for hit in hits:
        headed = next((c for c in cues if re.search(rf"\b{c}\b", fold(hit.heading or ""))), None)
        for n, sentence in enumerate(sentences(hit.text)):
            folded = fold(sentence)
            cue = next((c for c in cues if re.search(rf"\b{c}\b\W*(?:[:=]|reads|is|was|of)", folded)), None)
            if cue and (":" in sentence or rating_spans(sentence) or "%" in sentence) and len(sentence) <= 400:
                found.append((len(asked & set(words(sentence))), -len(found), sentence, hit))
            elif headed and n == 0 and len(sentence) <= 400:  # "Critics Consensus" over its text
                found.append((len(asked & set(words(sentence))), -len(found), f"{hit.heading}: {sentence}", hit))
    if not found:
        return None
    _, _, sentence, hit = max(found)
    text = sentence.strip("*_ ")
    numbers = [v for v in rated if v.rating is not None]
    extra = summary_text(ctx, numbers) if len(numbers) >= 2 else ""
    return Draft(shorten(f"{text} {extra}".strip(), ANSWER_CHARS), cited=[Cited.of(hit, sentence)])
