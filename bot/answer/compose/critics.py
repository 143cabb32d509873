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
    is_caption, says_nothing, ANSWER_CHARS, Cited, Context, Draft, cite_facts,
)
from bot.answer.compose.facts import AWARD_CUES, FACT_CUES, answer_with_cues
from bot.answer.compose.complaints import asks_for_faults, complaints_draft
from bot.answer.intent import FAULTS
from bot.answer.compose.consensus import (
    CONSENSUS_CHARS, LIKED, bare_quote, consensus, printed_summary, rating_items, rating_shown, rating_text, summary_draft, summary_text, unrated_quotes,
    verdict_line, who,
)
from bot.answer.compose.reviewers import Reviewer, reviewers_named
from bot.answer.credits import merge_verdicts
from bot.answer.sentiment import judgements_named, lean
from bot.answer.text import contains_phrase, fold, join_names, sentences, shorten, words
from index.extract.prose_verdicts import is_furniture
from index.models import CastCredit, CrewCredit, Verdict
from index.search import Hit, analyze

# The one vocabulary of comparisons: which end of the scale a question asks about.
LOW_WORDS = {"worst", "lowest", "least", "hated", "harshest", "disliked", "negative", "poorest", "weakest",
             "meanest", "toughest", "lowest-rated"}
HIGH_WORDS = {"best", "highest", "loved", "favourite", "favorite", "positive", "glowing", "top", "highest-rated",
              "rave"}
MOST = re.compile(r"\b(?:liked|loved|enjoyed|praised|rated)\b(?:\s+\S+){0,4}?\s+(?:the\s+)?most\b|\bmost (?:positive|glowing|enthusiastic)\b")
QUOTE_MARKS = "“”\" "
PERFECT_WORDS = {"perfect", "full marks", "maximum"}
SUMMARY_CUES = re.compile(r"\b(agree|agreed|agreement|disagree|disagreed|divided|split|consensus|well reviewed|avg|mean"
                          r"|well received|reception|received|overall|average|critics think|critics thought"
                          r"|critics say|critics said|generally)\b")
SUMMARY_WORDS = ("agree agreed agreement disagree disagreed divided split consensus well reviewed received reception "
                 "overall average avg mean generally")
# The critics' own figures asked for: their average, whether they agree (not a site's score).
OWN_FIGURES = re.compile(r"\b(?:average|avg|mean|agree\w*|disagree\w*|divided|split)\b")
def answer_critics(ctx: Context) -> Draft | None:
    verdicts = ctx.facts(Verdict)
    rated = merge_verdicts(verdicts)
    reviewers = reviewers_named(ctx, verdicts)
    q = fold(ctx.question)
    asked = set(words(ctx.question))
    reviews = [h for h in ctx.gen.passages_of(ctx.film.slug) if h.kind != "comments"]
    printed = printed_summary(ctx, reviews, rated)
    if printed:  # "what's the panel average", "the critics consensus": as a page prints it
        return printed
    if reviewers:
        return about_reviewer(ctx, reviewers, verdicts, rated)
    wanted = rating_asked(q)
    if MOST.search(q):
        asked.add("highest")  # "who liked it the most"
    printed = printed_named(ctx, rated)
    if printed:  # "who gave it a rotten review": a verdict in words, as printed
        return Draft(shorten(" ".join(f"{who(v)} gave it {rating_shown(v)}." for v in printed), ANSWER_CHARS),
                     cited=cite_facts(printed))
    faults = asks_for_faults(q)
    if faults:
        asked.add("hated")
    if rated and (wanted is not None or asked & (LOW_WORDS | HIGH_WORDS)) and not (topic_terms(ctx) and wanted is None):
        draft = compare(ctx, rated, asked, wanted)
        if faults and wanted is not None:  # "what did the review that gave it 3.5 stars complain about"
            theirs = complaints_of(ctx, [v for v in rated if v.rating is not None and abs(v.rating - wanted[0]) < 0.01],
                                   lead=draft.answer if draft else "")
            draft = theirs or draft
        if draft is not None or not faults:
            return draft
    subject = subject_person(ctx)
    if subject:
        return opinions_about(ctx, subject)
    topic = topic_terms(ctx)
    if topic:  # "what did the critics think of the bank shootout", "who didn't like the ending"
        draft = topic_opinions(ctx, topic, side="low" if asked & LOW_WORDS else "high" if asked & HIGH_WORDS else None)
        if draft is not None or not faults:
            return draft
    if faults:  # "did anyone not like it", "any criticism of it": no rating says so, the reviews may
        return complaints_draft(ctx, critics_passages(ctx), signed=signed)
    if rated and (ctx.reading.detail == "rating" or SUMMARY_CUES.search(q) or not topic_terms(ctx)):
        # "was it any good": the score and consensus a page prints ("97% Tomatometer", "Critics
        # Consensus: …") come first; "the average rating", "did they agree" ask for the critics' own
        if OWN_FIGURES.search(q):
            return summary_draft(ctx, rated)
        return with_printed_score(ctx, printed_summary(ctx, reviews, rated, cues={"consensus"}) or summary_draft(ctx, rated))
    if not verdicts or topic_terms(ctx):
        return None  # asks about something the verdicts don't cover: look in the passages
    return quotes_draft(verdicts)


def with_printed_score(ctx: Context, draft: Draft | None) -> Draft | None:
    """The draft after the aggregate score a page prints (Rotten Tomatoes, Metacritic, IMDb)."""
    score = answer_with_cues(ctx, *FACT_CUES["aggregate_rating"], reading_cues=False)  # a site's, not "Rating: 4/5"
    if score is None or draft is None:
        return draft or score
    return Draft(shorten(f"{score.answer} {draft.answer}", CONSENSUS_CHARS), cited=score.cited + draft.cited,
                 items=draft.items)


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
        draft = reviewer_opinions(ctx, reviewers, topic)
        if draft is not None:
            return draft  # else their verdict in their own words ("what did X compare it to": "… since Psycho")
    ratings = [v for r in reviewers for v in r.verdicts if v.rating is not None or v.rating_text]
    if ratings:
        lines = list(dict.fromkeys(f"{who(v)} gave it {rating_shown(v)}." for v in merge_verdicts(ratings)))
        quotes = [f"“{v.quote}”" for r in reviewers for v in r.verdicts if v.quote][:1]
        return Draft(shorten(" ".join(lines + quotes), ANSWER_CHARS), cited=cited_for(reviewers))
    quoted = [v for r in reviewers for v in r.verdicts if v.quote]
    if quoted:  # a verdict in words only ("did Imogen Saltmarsh like it"): theirs, as they said it
        text = " ".join(f"{who(v)}: “{v.quote.strip(QUOTE_MARKS)}”" for v in quoted[:2])
        return Draft(shorten(text, ANSWER_CHARS), cited=cited_for(reviewers))
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
                if not is_caption(sentence) and not is_furniture(sentence):
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
    skip |= set(analyze(SUMMARY_WORDS)) | set(analyze(" ".join(m.group() for m in FAULTS.finditer(fold(ctx.question)))))
    return {t for t in ctx.terms.weights if t not in skip}


# --- comparisons and the summary -----------------------------------------------------------


def rating_asked(q: str) -> tuple[float, str] | None:
    """"which critic gave it five stars" -> (5.0, "five stars"); "who gave it a B" -> (3.33, "B");
    "a perfect score" -> (5.0, "")."""
    if any(w in q for w in PERFECT_WORDS):
        return 5.0, ""
    from index.extract.ratings import rating_named  # the indexer's own reading of ratings
    return rating_named(q)


# A verdict in words that says the critic did not like it ("Rotten", "Thumbs down", "Skip it").
NEGATIVE_WORDS = re.compile(r"\b(?:rotten|thumbs? down|skip it|negative|not recommended)\b")


def compare(ctx: Context, rated: list[Verdict], asked: set[str], wanted: tuple[float, str] | None) -> Draft | None:
    numbers = [v for v in rated if v.rating is not None]
    if not numbers:
        worded = [v for v in rated if NEGATIVE_WORDS.search(fold(v.rating_text or ""))] if asked & LOW_WORDS else []
        if not worded:
            return None  # "which critic didn't like it", with verdicts in words only: the ones that say so
        return Draft(shorten(" ".join(verdict_line(v) for v in worded), ANSWER_CHARS), cited=cite_facts(worded))
    if wanted is not None:
        value, printed = wanted
        chosen = [v for v in numbers if abs(v.rating - value) < 0.01]
        if not chosen:
            text = f"No critic in these documents gave it {printed or f'{value:g} out of 5'}. " + summary_text(ctx, numbers)
            return Draft(shorten(text, ANSWER_CHARS), cited=cite_facts(numbers))
        same = [v for v in chosen if printed_as(v, value, printed)]
        chosen = same or chosen  # "who gave it an A+": the A+, before a 5/5 that equals it
        if len(chosen) == 1:
            lead = f"{who(chosen[0])} gave it {rating_shown(chosen[0])}."
        else:
            lead = (f"{join_names([who(v) for v in chosen])} gave it {value:g} out of 5 ("
                    + "; ".join(f"{who(v)}: {rating_text(v)}" for v in chosen) + ").")
        text = f"{lead} {summary_text(ctx, numbers)}"
        return Draft(shorten(text, ANSWER_CHARS), cited=cite_facts(chosen + numbers), items=rating_items(numbers))
    low = bool(asked & LOW_WORDS)
    extreme = min(v.rating for v in numbers) if low else max(v.rating for v in numbers)
    chosen = [v for v in numbers if v.rating == extreme]
    word = "lowest" if low else "highest"
    lead = (f"{join_names([who(v) for v in chosen])} gave it the {word} rating: "
            + "; ".join(f"{rating_text(v)} ({v.rating:g} out of 5)" for v in chosen) + ".")
    worded = [v for v in rated if v.rating is None and NEGATIVE_WORDS.search(fold(v.rating_text or ""))] if low else []
    faults = low and asks_for_faults(ctx.question)
    if faults and extreme < LIKED:  # "was it overrated": what the harshest said, in their words
        lead += "".join(f" “{bare_quote(v.quote) if v.quote else harshest_words(ctx, v)}”" for v in chosen
                        if v.quote or harshest_words(ctx, v))
        lead += "".join(f" {verdict_line(v)}" for v in worded)
    elif worded:  # and those who said so in words: "Rotten"
        lead += " " + " ".join(f"{who(v)} gave it {rating_shown(v)}." for v in worded)
    elif faults and extreme >= LIKED:  # "which critic didn't like it": none did
        lead = (f"None of the critics disliked it: the lowest rating, {join_names([who(v) for v in chosen])}'s "
                f"{'; '.join(rating_text(v) for v in chosen)} ({extreme:g} out of 5), is still a good one.")
        return complaints_draft(ctx, critics_passages(ctx), lead, signed)  # but faults were found
    if len(numbers) < 2:
        return Draft(lead, cited=cite_facts(chosen))
    summary = consensus(ctx, numbers, unrated_quotes(ctx, rated), answered="low" if low else "high")
    return Draft(shorten(f"{lead} {summary.text}", CONSENSUS_CHARS), cited=summary.cited, items=summary.items)


def harshest_words(ctx: Context, verdict: Verdict) -> str:
    """What a critic who rated it lowest said against it, when no quote came with the verdict (a
    user's review on a page of them: "Review by hollowpine ★★ / Sorry, I don't get the hype."):
    the least warm of the first sentences after their name."""
    name = verdict.critic or verdict.outlet or ""
    for hit in ctx.gen.passages_of(ctx.film.slug):
        if hit.id == verdict.passage:
            at = hit.text.find(name) if name else -1
            review = hit.text[at:].partition("\n")[2] if at >= 0 else hit.text  # the name in the text, or its heading
            said = [x for x in sentences(review)[:REVIEW_OPENING] if not says_nothing(x)]
            return min(said, key=lean, default="")
    return ""


REVIEW_OPENING = 3  # sentences of a review read for its harshest


def printed_as(verdict: Verdict, value: float, printed: str) -> bool:
    """Printed the way the question names it: the grade "A+" (not a 5/5), or on the five-point scale
    ("five stars out of five", not "4/4")."""
    text = fold(rating_text(verdict))
    if printed and printed[:1].isalpha() and printed[0].isupper() and len(printed) <= 2:  # a letter grade
        return text.upper() == printed
    return f"{value:g}/5" in text or "out of five" in text or "of 5" in text or "five stars" in text or (
        bool(printed) and fold(printed) in text)


def quotes_draft(verdicts: list[Verdict]) -> Draft | None:
    lines = [verdict_line(v) for v in verdicts if v.quote or v.rating is not None]
    if not lines:
        return None
    return Draft(shorten(" ".join(lines[:3]), ANSWER_CHARS), cited=cite_facts(verdicts), items=lines)


def topic_opinions(ctx: Context, topic: set[str], side: str | None = None) -> Draft | None:
    """Reviewers' sentences about a scene or a subject: most of its words, strongest opinion first
    (on the side asked: "who didn't like the ending" wants a fault), each with whose it is. A list
    line or table row ("Best Actress, Best Music Nominee") is no opinion."""
    from bot.answer.compose.consensus import side_score

    found = []
    for hit in critics_passages(ctx):
        for sentence in sentences(hit.text):
            shared = topic & set(analyze(sentence))
            if shared and len(shared) >= len(topic) / 2 and not says_nothing(sentence):
                lean = side_score(sentence, side) if side else 0
                if side and lean < 0:
                    continue  # the other side's sentence
                found.append((len(shared) + 0.5 * opinion_strength(sentence) + lean, -len(found), sentence, hit, lean))
    leaning = [f for f in found if side and f[4] > 0]
    found = [f[:4] for f in (leaning or found)]  # on the side asked where any sentence is
    if not found:
        return None
    found.sort(reverse=True)
    picked = found[:2]
    text = " ".join(signed(ctx, s, h) for _, _, s, h in picked)
    return Draft(shorten(text, ANSWER_CHARS), cited=[Cited.of(h, s) for _, _, s, h in picked])


def complaints_of(ctx: Context, verdicts: list[Verdict], lead: str = "") -> Draft | None:
    """The faults the critics of these verdicts found, in their own reviews: the whole document of a
    critic who has one to themselves, else the passage of their verdict (a round-up's entry)."""
    per_document: dict[str, int] = {}
    for v in ctx.facts(Verdict):
        per_document[v.document] = per_document.get(v.document, 0) + 1
    whole = {v.document for v in verdicts if per_document.get(v.document) == 1}
    own = {v.passage for v in verdicts}
    passages = [h for h in ctx.gen.passages_of(ctx.film.slug) if h.document in whole or h.id in own]
    found = complaints_draft(ctx, passages, lead=lead, signed=signed) if passages else None
    return found if found is not None and found.cited else None


def critics_passages(ctx: Context) -> list[Hit]:
    """The passages critics wrote: reviews and press pages, less readers' and users' sections."""
    from index.extract.verdicts import audience_heading

    signed = {v.document for v in ctx.facts(Verdict) if v.critic or v.outlet}  # a page of signed quotes, whatever its kind
    return [hit for hit in ctx.gen.passages_of(ctx.film.slug)
            if (hit.kind in ("review", "press") or hit.document in signed) and hit.kind != "comments"
            and not audience_heading((hit.heading or "").strip())]


def signed(ctx: Context, sentence: str, hit: Hit) -> str:
    """"Name (Outlet): “sentence”" where a verdict of that passage, or the document, says whose it is."""
    verdict = next((v for v in ctx.facts(Verdict) if v.quote and fold(sentence)[:40] in fold(v.quote)), None)
    verdict = verdict or next((v for v in ctx.facts(Verdict) if v.passage == hit.id and (v.critic or v.outlet)), None)
    critic = verdict.critic if verdict else hit.author
    name = who(verdict) if verdict else hit.author and (f"{hit.author} ({hit.source})" if hit.source else hit.author)
    if not name or (critic and critic.split()[-1] in sentence):
        return sentence
    bare = sentence.strip('“”" ')
    return f"{name}: “{bare}”"


def printed_named(ctx: Context, rated: list[Verdict]) -> list[Verdict]:
    """Verdicts printed in words the question uses ("Rotten", "Two thumbs up"), with no number."""
    asked = set(words(ctx.question))
    return [v for v in rated if v.rating is None and v.rating_text and any(c.isalpha() for c in v.rating_text)
            and set(words(v.rating_text)) and set(words(v.rating_text)) <= asked | {"two", "one", "a", "up"}]


# --- opinions about a person -------------------------------------------------------------------


def subject_person(ctx: Context) -> str | None:
    """A cast or crew member the question is about ("what did critics think of Milena Smit")."""
    people = [c.actor for c in ctx.facts(CastCredit)] + [c.name for c in ctx.facts(CrewCredit)]
    for person in sorted(set(people), key=len, reverse=True):
        if ctx.mentions(person.split()[-1]):
            return person
    return None


def opinions_about(ctx: Context, person: str) -> Draft | None:
    """Critics' sentences naming the person, strongest opinion first: from the critics' own pages
    (any such sentence) and other articles (only a sentence that judges); never readers' comments,
    nor a sentence of awards ("Best Actor for Daniel Kaluuya" is no critic's opinion of him)."""
    from index.extract.verdicts import audience_heading

    surname = person.split()[-1]
    critics = {hit.id for hit in critics_passages(ctx)}
    quotes = []
    for hit in ctx.gen.passages_of(ctx.film.slug):
        if (hit.id not in critics and hit.kind not in ("article", "awards")) or hit.kind == "comments" or audience_heading(
                (hit.heading or "").strip()):
            continue
        said = sentences(hit.text)
        for n, sentence in enumerate(said):
            if n + 1 < len(said) and PRONOUN_START.match(said[n + 1]) and not contains_phrase(said[n + 1], surname):
                sentence = f"{sentence} {said[n + 1]}"  # "… belongs to Robert Shaw. His Quint is a salty, half-mad …"
            strength = opinion_strength(sentence) + (0.5 if hit.id in critics else 0)
            if (strength >= 1 or hit.id in critics) and contains_phrase(said[n], surname) and not is_caption(sentence) \
                    and not CREDIT_LINE.search(sentence) and not AWARD_CUES[1].search(said[n]):
                quotes.append((strength, sentence, hit))
    if not quotes:
        return None
    quotes.sort(key=lambda q: -q[0])
    chosen = quotes[:3]
    text = " ".join(attributed(s, h.author) for _, s, h in chosen)
    return Draft(shorten(text, ANSWER_CHARS), cited=[Cited.of(h, s) for _, s, h in chosen])


PRONOUN_START = re.compile(r"^(?:he|she|his|her|hers|they|their|him)\b", re.I)
CREDIT_LINE = re.compile(r"^\s*[\w .'-]+ as [\w .'-]+$")  # "Tom Hardy as Max": a credit, no opinion


def opinion_strength(sentence: str) -> int:
    """How strongly a sentence judges: its sentiment's strength either way (sentiment.lean, 0 to
    3), and a point for each word critics judge films with ("a revelation", "overlong")."""
    return round(3 * abs(lean(sentence))) + judgements_named(sentence)


def attributed(sentence: str, author: str | None) -> str:
    return f"{sentence} ({author})" if author and author not in sentence else sentence
