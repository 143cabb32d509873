"""Compose a short answer from facts where they fit, else from the best sentences.

Each `answer_*` function takes the question's context and returns a Draft, or None when it
has nothing to say, so the engine can fall back to passages (and from there to "I don't know").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer.credits import (
    CastRow, ceremony_key, crew_by_role, merge_awards, merge_cast, verdict_names,
)
from bot.answer.evidence import (
    SPOILER_HEADING as SPOILER_HEADING_WORDS, SPOILER_TEXT as SPOILER_CUES,
    Evidence, QuestionTerms, answers_question, best_sentences, is_spoiler,
)
from bot.answer.intent import Reading
from bot.answer.text import contains_phrase, fold, join_names, sentences, shorten, words
from index.models import Award, CastCredit, CrewCredit, Film, FilmFact, Verdict
from index.search import Generation, Hit, analyze

ANSWER_CHARS = 500  # what a person reads first stays short; lists go to `items`
PLOT_KINDS = {"synopsis", "summary", "plot"}
OPINION_KINDS = {"review", "press", "awards"}
CEREMONY_ALIASES = {"oscar": "academy", "oscars": "academy", "globe": "golden globe", "globes": "golden globes",
                    "berlinale": "berlin", "spirit": "independent spirit"}
NAME_PARTICLES = {"the", "and", "for", "del", "des", "los", "las", "van", "von", "der", "film", "magazine", "news"}
POSSESSIVE = re.compile(r"(\w+)['’]s?\b(?=\s)")


@dataclass
class Cited:
    passage: str
    snippet: str
    hit: Hit | None = None  # the passage itself, where the answer came from a search: no lookup then

    @classmethod
    def of(cls, hit: Hit, snippet: str) -> Cited:
        return cls(hit.id, snippet, hit)


@dataclass
class Draft:
    answer: str
    found: bool = True
    cited: list[Cited] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    spoiler: bool = False


@dataclass
class Context:
    film: Film
    gen: Generation
    question: str
    reading: Reading
    terms: QuestionTerms
    spoilers: bool = False
    original: str = ""  # the question as asked; `question` is folded, with the film's title replaced by "it"

    def facts(self, kind: type) -> list:
        return [f for f in self.gen.facts(self.film.slug) if isinstance(f, kind)]

    def evidence(self, prefer: set[str] = frozenset(), limit: int = 2) -> list[Evidence]:
        return best_sentences(self.gen, self.film.slug, self.question, self.terms, prefer, limit)

    def mentions(self, name: str) -> bool:
        asked = set(words(self.question))
        return any(w in asked for w in words(name) if len(w) > 2 and w not in NAME_PARTICLES)


def cite_facts(facts) -> list[Cited]:
    seen, cited = set(), []
    for fact in facts:
        if fact.passage not in seen:
            seen.add(fact.passage)
            cited.append(Cited(fact.passage, ""))
    return cited[:5]


# --- cast -------------------------------------------------------------------------------


def answer_cast(ctx: Context) -> Draft | None:
    credits = ctx.facts(CastCredit)
    rows = merge_cast(credits)
    if not rows:
        return None
    match = match_cast_row(ctx, rows)
    if match:
        return cast_credit_draft(ctx, match, credits)
    if ctx.terms.weights and not asks_for_whole_cast(ctx):
        return None  # "who plays the baby?": a specific role the cast list doesn't name
    return cast_list_draft(ctx, rows, credits)


def asks_for_whole_cast(ctx: Context) -> bool:
    q = fold(ctx.question)
    return bool(re.search(r"\b(cast|stars?|starring|starred|actors|actresses|leads?|who is in|who s in|who was in|main)\b", q.replace("'", " ")))


def match_cast_row(ctx: Context, rows: list[CastRow]) -> CastRow | None:
    """The credit a question is about: by description, character name, or actor."""
    question_words = set(words(ctx.question))
    anchors = {fold(m) for m in POSSESSIVE.findall(ctx.question)}  # "Janis's grandmother": Janis is not the target
    best, best_score = None, 0.0
    for row in rows:
        score = 0.0
        if row.description:
            described = [w for w in words(row.description) if len(w) > 2 and w not in NAME_PARTICLES]
            matched = [w for w in described if w in question_words]
            if set(matched) - anchors and (len(matched) >= 2 or len(matched) == len(described)):
                score = 3 + len(matched)
        if row.character:
            hits = [w for w in words(row.character) if len(w) > 2 and w in question_words and w not in anchors]
            score = max(score, 2 * len(hits))
        hits = [w for w in words(row.actor) if len(w) > 2 and w in question_words]
        score = max(score, 2 * len(hits) - 0.5)
        if score > best_score:
            best, best_score = row, score
    return best if best_score >= 1.5 else None


def cast_credit_draft(ctx: Context, row: CastRow, credits: list[CastCredit]) -> Draft:
    if row.character:
        role = row.character + (f", {row.description}" if row.description else "")
        text = f"{row.actor} plays {role} in {ctx.film.title}."
    else:
        text = f"{row.actor} is in the cast of {ctx.film.title}; the documents don't say whom they play."
    cited = [Cited(p, "") for p in dict.fromkeys(row.passages)][:3]
    extra = character_sentence(ctx, row)
    if extra:
        text = f"{extra.snippet} ({text})"
        cited.insert(0, extra)
    return Draft(shorten(text, ANSWER_CHARS), cited=cited, spoiler=bool(extra and is_spoiler(extra.snippet)))


def character_sentence(ctx: Context, row: CastRow) -> Cited | None:
    """For "who is Arturo?": where a plot summary first mentions a character, it usually says who they are."""
    if ctx.reading.intent != "plot" or not row.character:
        return None
    name = row.character.split()[0]
    hits = sorted(ctx.gen.passages_of(ctx.film.slug), key=lambda h: (h.kind not in PLOT_KINDS, h.document, h.position))
    for hit in hits:
        for sentence in sentences(hit.text):
            if (contains_phrase(sentence, name) and len(sentence) > 40 and not is_quote(sentence)
                    and not is_caption(sentence) and not contains_phrase(sentence, f"{row.actor} as")):
                return Cited.of(hit, sentence)
    return None


def is_quote(sentence: str) -> bool:
    return bool(re.match(r"^\W*[\w .’']{1,30}:\s*[“\"]", sentence)) or sentence.lstrip().startswith(("“", '"'))


def cast_list_draft(ctx: Context, rows: list[CastRow], credits: list[CastCredit]) -> Draft:
    named = [r for r in rows if r.character] or rows
    leads = [r for r in named if r.mentions >= max(2, named[0].mentions // 2)][:3] or named[:2]
    others = [r.actor for r in rows if r not in leads]
    lead_text = join_names([f"{r.actor} ({r.character})" if r.character else r.actor for r in leads])
    text = f"{ctx.film.title} stars {lead_text}"
    text += f", with {join_names(others[:8])}." if others else "."
    return Draft(shorten(text, ANSWER_CHARS), cited=cite_facts(credits), items=[r.line() for r in rows])


# --- crew -------------------------------------------------------------------------------

ROLE_PHRASES = {
    "director": "was directed by", "writer": "was written by", "composer": "has music by",
    "cinematographer": "was shot by cinematographer", "editor": "was edited by", "producer": "was produced by",
    "production_company": "was produced by the company", "distributor": "is distributed by",
}


def answer_crew(ctx: Context) -> Draft | None:
    credits = ctx.facts(CrewCredit)
    roles = crew_by_role(credits)
    role = ctx.reading.detail
    if role:
        names = roles.get(role)
        if not names:
            return None
        used = [c for c in credits if c.role == role]
        return Draft(f"{ctx.film.title} {ROLE_PHRASES[role]} {join_names(names)}.", cited=cite_facts(used))
    if not roles:
        return None
    items = [f"{role.replace('_', ' ').capitalize()}: {join_names(names)}" for role, names in roles.items()]
    return Draft(shorten("; ".join(items) + ".", ANSWER_CHARS), cited=cite_facts(credits), items=items)


# --- awards ------------------------------------------------------------------------------


def answer_awards(ctx: Context) -> Draft | None:
    awards = ctx.facts(Award)
    rows = merge_awards(awards)
    if not rows:
        return None
    rows = [r for r in rows if ceremony_asked(ctx, r.ceremony)] or (rows if not names_ceremony(ctx, rows) else [])
    if not rows:
        return Draft(f"The documents list no such award for {ctx.film.title}.", found=False)
    person = [r for r in rows if r.recipient and ctx.mentions(r.recipient)]
    rows = person or rows
    used = [a for a in awards if any(a.passage == r.passage for r in rows)]
    items = [r.line() for r in sorted(rows, key=lambda r: r.outcome != "won")]
    return Draft(awards_text(ctx, rows), cited=cite_facts(used), items=items)


def awards_text(ctx: Context, rows) -> str:
    won = [r for r in rows if r.outcome == "won"]
    parts = []
    if ctx.reading.detail == "count":
        ceremonies = join_names(list(dict.fromkeys(r.ceremony for r in rows)))
        what = "nominations" if not won else "wins and nominations"
        parts.append(f"{len(rows)} {what} at the {ceremonies}.")
    elif ctx.reading.detail == "won":
        parts.append("Yes." if won else "No win is recorded, only nominations.")
    elif ctx.reading.detail == "count_won":
        ceremonies = list(dict.fromkeys(r.ceremony for r in rows))
        at = f" at the {join_names(ceremonies)}" if len(ceremonies) <= 2 else ""
        others = len(rows) - len(won)
        if won:
            parts.append(f"{len(won)} {'win' if len(won) == 1 else 'wins'}{at}"
                         + (f", and {others} more nominations." if others else "."))
        else:
            parts.append(f"No wins{at}; {others} nominations.")
    outcomes = (("won", "Won"), ("nominated", "Nominated"))
    tail = []
    if ctx.reading.detail in ("won", "count_won") and won:
        outcomes = outcomes[:1]  # "did it win?" is answered by the wins; nominations only counted
        if len(won) < len(rows):
            tail.append(f"It also had {len(rows) - len(won)} nominations.")
    for outcome, label in outcomes:
        by_ceremony: dict[str, list[str]] = {}
        for row in rows:
            if row.outcome == outcome:
                who = f" ({row.recipient})" if row.recipient else ""
                by_ceremony.setdefault(row.ceremony, []).append(row.category + who)
        if by_ceremony:
            parts.append("; ".join(f"{label} at the {c}: {', '.join(cats)}" for c, cats in by_ceremony.items()) + ".")
    return shorten(" ".join(parts + tail), ANSWER_CHARS)


def ceremony_asked(ctx: Context, ceremony: str) -> bool:
    asked = question_ceremony_words(ctx)
    key = ceremony_key(ceremony).split()
    return any(w in key or w.rstrip("s") in key for w in asked)


def names_ceremony(ctx: Context, rows) -> bool:
    """Does the question name a ceremony (one these documents lack, or one they have)?"""
    known = {w for r in rows for w in ceremony_key(r.ceremony).split()}
    cue = {"oscar", "oscars", "academy", "globe", "globes", "goya", "goyas", "bafta", "baftas", "cannes",
           "venice", "berlin", "berlinale", "sundance", "toronto", "emmy", "emmys", "cesar", "spirit", "sag"}
    asked = set(words(ctx.question))
    return bool(asked & (cue | known) - {"film", "festival", "best", "award", "awards", "critic", "critics"})


def question_ceremony_words(ctx: Context) -> set[str]:
    asked = set()
    for w in words(ctx.question):
        asked.update(CEREMONY_ALIASES.get(w, w).split())
    return asked - {"film", "festival", "award", "awards", "best", "the", "at", "did", "win", "anything", "how",
                    "many", "nominations", "nomination", "what", "get", "for", "this", "it"}


# --- critics ---------------------------------------------------------------------------


def answer_critics(ctx: Context) -> Draft | None:
    verdicts = ctx.facts(Verdict)
    named = [v for v in verdicts if any(ctx.mentions(n) for n in filter(None, (v.critic, v.outlet)))]
    if ctx.reading.detail == "rating":
        rated = [v for v in named or verdicts if v.rating is not None or v.rating_text]
        return ratings_draft(ctx, rated)
    if named:
        return quotes_draft(named)
    subject = subject_person(ctx)
    if subject:
        return opinions_about(ctx, subject)
    if not verdicts or ctx.terms.weights:
        return None  # asks about someone or something the verdicts don't cover: look in the passages
    return quotes_draft(verdicts)


def quotes_draft(verdicts: list[Verdict]) -> Draft:
    lines = [verdict_line(v) for v in verdicts if v.quote or v.rating is not None]
    if not lines:
        return None
    return Draft(shorten(" ".join(lines[:3]), ANSWER_CHARS), cited=cite_facts(verdicts), items=lines)


def verdict_line(verdict: Verdict) -> str:
    who = verdict.critic or verdict.outlet or "A critic"
    if verdict.critic and verdict.outlet:
        who += f" ({outlet_name(verdict.outlet)})"
    rating = f" rated it {rating_shown(verdict)}" if verdict.rating is not None or verdict.rating_text else ""
    quote = " “" + verdict.quote.strip('“”" ') + "”" if verdict.quote else ""
    return f"{who}{rating}{':' if quote else '.'}{quote}"


def outlet_name(outlet: str) -> str:
    return outlet.title() if outlet.isupper() else outlet


def rating_shown(verdict: Verdict) -> str:
    """"3.5 out of 5 (★★★1/2 of ★★★★★)": the normalised number and the rating as printed."""
    if verdict.rating is None:
        return verdict.rating_text or ""
    shown = f"{verdict.rating:g} out of 5"
    return f"{shown} ({verdict.rating_text})" if verdict.rating_text else shown


def ratings_draft(ctx: Context, rated: list[Verdict]) -> Draft | None:
    if not rated:
        return None
    parts = []
    for v in rated:
        who = v.critic or v.outlet or "One review"
        parts.append(f"{who} gave it {rating_shown(v)}.")
    numbers = [v.rating for v in rated if v.rating is not None]
    if len(numbers) > 1:
        parts.append(f"Average: {sum(numbers) / len(numbers):.1f} out of 5.")
    return Draft(shorten(" ".join(parts), ANSWER_CHARS), cited=cite_facts(rated))


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


def is_caption(sentence: str) -> bool:
    return bool(re.search(r"\b(photo|courtesy|©|l to r)\b", fold(sentence)))


def attributed(sentence: str, author: str | None) -> str:
    return f"{sentence} ({author})" if author and author not in sentence else sentence


# --- film facts ---------------------------------------------------------------------------


def answer_fact(ctx: Context) -> Draft | None:
    name = ctx.reading.detail
    facts = [f for f in ctx.facts(FilmFact) if f.name == name]
    if name == "year" and not facts:
        facts = [f for f in ctx.facts(FilmFact) if f.name == "release_date"]
    if not facts:
        return None
    asked = set(words(ctx.question))
    values = sorted(dict.fromkeys(f.value for f in facts), key=lambda v: -len(asked & set(words(v))))
    return Draft(fact_text(ctx, name, values), cited=cite_facts(facts))


def fact_text(ctx: Context, name: str, values: list[str]) -> str:
    title = ctx.film.title
    first = values[0]
    if name == "runtime":
        return f"{title} runs {first}{' minutes' if first.isdigit() else ''}."
    if name == "original_title":
        return f"The original title of {title} is {first}."
    if name == "language":
        return language_text(ctx, values)
    if name == "filming_location":
        return f"{title} was filmed in {join_names(values)}."
    if name == "based_on":
        return f"{first[0].upper()}{first[1:]}." if not first.endswith(".") else first
    if name == "related_film":
        return f"Related films: {join_names(values[:8])}."
    if name == "year":
        return f"{title} came out in {first}."
    if name == "release_date":
        return f"{title} was released {join_names(values[:3])}." if first[:1].isdigit() else f"Release: {join_names(values[:3])}."
    if name == "genre":
        return f"{title} is a {join_names([v.lower() for v in values[:3]])}."
    if name == "country":
        return f"{title} is from {join_names(values[:3])}."
    return f"{title}: {name.replace('_', ' ')} {join_names(values)}."


def language_text(ctx: Context, values: list[str]) -> str:
    spoken = join_names(values)
    asked = [w for w in words(ctx.question) if w.endswith(("ish", "ese", "ian", "ench", "man", "rean", "arin", "ndi", "bic"))]
    if asked:
        yes = any(fold(a) in fold(v) for a in asked for v in values)
        return f"{'Yes' if yes else 'No'}: {ctx.film.title} is in {spoken}."
    return f"{ctx.film.title} is in {spoken}."


# --- plot and everything else -----------------------------------------------------------


def answer_overview(ctx: Context) -> Draft | None:
    """A spoiler-free summary: the opening of a synopsis, or of the first plot section."""
    hits = ctx.gen.passages_of(ctx.film.slug)
    ranked = sorted((h for h in hits if len(h.text.split()) >= 25 and not h.text.lstrip().startswith(("-", "•", "“"))),
                    key=lambda h: overview_rank(h))
    for hit in ranked:
        chosen = spoiler_free_opening(hit.text) if not ctx.spoilers else sentences(hit.text)[:3]
        if chosen:
            text = shorten(" ".join(chosen), ANSWER_CHARS)
            return Draft(text, cited=[Cited.of(hit, text)], spoiler=is_spoiler(text, hit.heading))
    return None


def overview_rank(hit) -> tuple:
    heading = fold(hit.heading or "")
    titled = bool(re.search(r"synopsis|plot|summary|story|premise", heading))
    return (not titled, hit.kind not in PLOT_KINDS, hit.kind != "synopsis", hit.document, hit.position)


ENDING_HEADING = re.compile(r"\b(ending|end|finale|conclusion|climax|final act)\b")


PLOT_HEADING = re.compile(r"\b(plot|synopsis|story|storyline|summary|recap)\b")
ENDING_TEXT = re.compile(r"\b(in the end|the film ends|the movie ends|ends with|final scene|last scene|final act|"
                         r"closing (?:scene|sequence|shot)|finally)\b")


def answer_ending(ctx: Context) -> Draft | None:
    """How it ends: a section titled as the ending, else a passage that tells the end of a plot section."""
    passages = [h for h in ctx.gen.passages_of(ctx.film.slug) if len(h.text.split()) >= 15]
    plot_first = lambda h: (h.kind not in PLOT_KINDS, h.document, h.position)  # noqa: E731
    titled = sorted((h for h in passages if ENDING_HEADING.search(fold(h.heading or ""))), key=plot_first)
    if titled:
        return spoiler_draft(titled[0], sentences(titled[0].text)[:3])
    for hit in sorted(passages, key=plot_first):
        told = [s for s in sentences(hit.text) if ENDING_TEXT.search(fold(s))]
        if told and (hit.kind in PLOT_KINDS or PLOT_HEADING.search(fold(hit.heading or ""))):
            return spoiler_draft(hit, told[:2])
    return None


def answer_twist(ctx: Context) -> Draft | None:
    """The big reveal: the plot sentences with the most reveal cues, in a plot section or summary."""
    scored = []
    for hit in ctx.gen.passages_of(ctx.film.slug):
        plotty = hit.kind in PLOT_KINDS or PLOT_HEADING.search(fold(hit.heading or "")) or SPOILER_HEADING_WORDS.search(fold(hit.heading or ""))
        if not plotty:
            continue
        for n, sentence in enumerate(sentences(hit.text)):
            cues = len(SPOILER_CUES.findall(fold(sentence).replace("'", " ")))
            if cues:
                scored.append((cues, -hit.position, -n, sentence, hit))
    if not scored:
        return None
    scored.sort(key=lambda item: item[:3], reverse=True)
    _, _, position, sentence, hit = scored[0]
    following = sentences(hit.text)[-position + 1:-position + 2]  # the reveal often spans two sentences
    return spoiler_draft(hit, [sentence, *following])


def spoiler_draft(hit, chosen: list[str]) -> Draft:
    text = shorten(" ".join(chosen), ANSWER_CHARS)
    return Draft(text, cited=[Cited.of(hit, text)], spoiler=True)


def spoiler_free_opening(text: str) -> list[str]:
    opening = []
    for sentence in sentences(text)[:3]:
        if is_spoiler(sentence):
            break
        opening.append(sentence)
    return opening


CREDIT_SHAPE = re.compile(r"\b(?:plays?|played|playing|portray\w*|stars? as|starring|as)\b|\([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+\)")


def answer_from_passages(ctx: Context, prefer: set[str] = frozenset()) -> Draft | None:
    evidence = ctx.evidence(prefer)
    if ctx.reading.intent == "cast":  # "who plays X?" is answered only by a sentence that credits someone
        evidence = [e for e in evidence if CREDIT_SHAPE.search(e.text)]
    if not answers_question(evidence):
        return None
    text = shorten(" ".join(e.text for e in evidence), ANSWER_CHARS)
    spoiler = any(is_spoiler(e.text, e.hit.heading) for e in evidence)
    return Draft(text, cited=[Cited.of(e.hit, e.text) for e in evidence], spoiler=spoiler)


# --- facts the extractors missed: a sentence with the fact's cue words and the shape of its value --

DATE = r"\b(?:1[89]\d\d|20\d\d)\b"
FACT_CUES: dict[str, tuple[str, re.Pattern]] = {
    "filming_location": ("filmed shot shooting location locations photography",
                         re.compile(r"\b(?:in|at|on|around)\s+(?:the\s+)?[A-Z][\w'’-]+")),
    "runtime": ("running time runtime minutes min length long",
                re.compile(r"\b\d{2,3}\s*(?:min|mins|minutes)\b|\b\d\s*h(?:ours?|rs?)?\s*\d{1,2}\s*m", re.I)),
    "release_date": ("released release premiere premiered opened opening", re.compile(DATE)),
    "year": ("released release premiere year made", re.compile(DATE)),
    "original_title": ("original title titled called known", re.compile(r"\b(?:original(?:ly)? title|titled|known as|released as)\b", re.I)),
    "language": ("language languages spoken subtitles dialogue", re.compile(r"\b[A-Z][a-z]+(?:ish|ese|ian|ic|ch|man|rean)\b")),
    "based_on": ("based novel book adapted adaptation screenplay story",
                 re.compile(r"\b(?:based on|adapted from|adaptation of|original screenplay|novel by)\b", re.I)),
    "genre": ("genre drama comedy thriller horror documentary", re.compile(r"\b(?:drama|comedy|thriller|horror|documentary|musical|western|romance|science fiction|sci-fi|crime)\b", re.I)),
    "country": ("country production produced", re.compile(r"\b[A-Z][a-z]+(?:ish|ese|ian|ch|man)\b")),
}
AWARD_CUES = ("award awards won win winner prize nominated nomination festival honour honor",
              re.compile(r"\b(?:won|wins?|winner|awarded|prize|nominat\w+|award\w*)\b", re.I))


def answer_fact_from_passages(ctx: Context) -> Draft | None:
    cues = FACT_CUES.get(ctx.reading.detail or "")
    return answer_with_cues(ctx, *cues) if cues else None


def answer_awards_from_passages(ctx: Context) -> Draft | None:
    return answer_with_cues(ctx, *AWARD_CUES)


def answer_with_cues(ctx: Context, cue_words: str, shape: re.Pattern) -> Draft | None:
    """The sentence that names what the question's intent is about, in the shape its value takes.

    Most of the question's own content words must be in that sentence's passage (a question about
    the exhumation scene is not answered by the film's locations in general)."""
    cue_terms = set(analyze(cue_words)) | set(analyze(" ".join(ctx.reading.cue_words)))
    content = set(ctx.terms.weights)
    found = []
    weights = ctx.terms.weights
    for rank, hit in enumerate(ctx.gen.search(" ".join(cue_terms | content), film=ctx.film.slug, limit=20)):
        absent = content - set(analyze(hit.text))
        if absent and sum(weights[t] for t in absent) > 0.5 * sum(weights.values()):
            continue
        for sentence in sentences(hit.text):
            tokens = set(analyze(sentence))
            hits = len(tokens & cue_terms)
            if hits and shape.search(sentence) and not is_caption(sentence):
                found.append((hits + len(tokens & content) - 0.01 * rank, sentence, hit))
    if not found:
        return None
    found.sort(key=lambda item: -item[0])
    chosen = [found[0]] + [f for f in found[1:2] if f[0] >= 0.8 * found[0][0] and f[1] != found[0][1]]
    text = shorten(" ".join(sentence for _, sentence, _ in chosen), ANSWER_CHARS)
    return Draft(text, cited=[Cited.of(hit, sentence) for _, sentence, hit in chosen],
                 spoiler=any(is_spoiler(sentence, hit.heading) for _, sentence, hit in chosen))
