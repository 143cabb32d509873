"""Awards answers: wins and nominations, by ceremony, category and nominee, counted or listed.

The question's form decides the answer's shape:
- "how many Oscars did it win" -> the number of wins at that ceremony, said in words, and the list;
- "did it win anything at Cannes" / "was it up for any BAFTAs" -> yes or no, and what;
- "did Pacino win Best Actor" -> about that person and category only: won, or nominated and lost
  (with the page's own sentence about it where there is one); nothing about anyone else;
- "who won Best Actress at the Blue Dragon Awards" -> the name;
- "what did De Niro win" -> the list, never "Yes.".
A ceremony the question names but the facts lack, a person the facts don't list, or a question
about something else ("what film did it share the Golden Bear with") is left to the passages.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from bot.answer.compose.common import ANSWER_CHARS, Cited, Context, Draft, cite_facts
from bot.answer.credits import AwardRow, asked_ceremonies, category_key, ceremony_key, merge_awards
from bot.answer.text import join_names, sentences, shorten, words
from index.models import Award
from index.search import analyze

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"]
# Words that name a ceremony in a question even when this film's facts have none from it.
CEREMONY_CUES = {"oscar", "oscars", "academy", "globe", "globes", "goya", "goyas", "bafta", "baftas", "cannes",
                 "venice", "berlin", "berlinale", "sundance", "toronto", "emmy", "emmys", "cesar", "cesars",
                 "spirit", "sag", "palme", "razzie", "razzies"}
QUESTION_NOISE = {"film", "festival", "best", "award", "awards", "critic", "critics", "the", "at", "for", "it",
                  "win", "won", "wins", "did", "any", "anything", "how", "many", "what", "who"}


def answer_awards(ctx: Context) -> Draft | None:
    awards = ctx.facts(Award)
    rows = merge_awards(awards)
    if not rows:
        return None
    form = question_form(ctx)
    if form == "why":
        return None  # reasons are told in sentences, not tables
    asked = [w for w in words(ctx.question) if w not in QUESTION_NOISE]
    ceremonies = asked_ceremonies(asked, list(dict.fromkeys(r.ceremony for r in rows)))
    if not ceremonies and set(asked) & CEREMONY_CUES:
        return None  # a ceremony these facts don't cover: the passages may say ("no Oscar nominations")
    if ceremonies:
        rows = [r for r in rows if r.ceremony in ceremonies]
    people = [r for r in rows if r.recipient and mentions_person(ctx, r.recipient)]
    categories = asked_category(ctx, rows)
    if form == "who":
        return who_won(ctx, categories, awards) if categories else None
    if people_named(ctx, rows) and not people:
        return None  # about someone the awards don't list: never a yes or no about them
    if people:
        people = [r for r in people if r in categories] if categories else people
        if not people:
            return None
        return person_answer(ctx, people, form, awards)
    if categories and form == "yesno":
        if unaccounted_words(ctx, rows):
            return None  # "did Hal Brenner win Best Actor": someone these awards don't name
        return category_answer(ctx, categories, awards)
    if form == "what" and not asks_for_awards(ctx):
        return None  # "what film did it share the Golden Bear with": the passages say
    return listing(ctx, rows, form, awards, bool(ceremonies))


def question_form(ctx: Context) -> str:
    """count | who | what | yesno | list, from the question's opening words and its reading."""
    q = ctx.question.strip().lower()
    first, second = ((q.split() or [""]) + [""])[:2]
    if ctx.reading.detail in ("count", "count_won") or (
            first == "how" and SequenceMatcher(None, second, "many").ratio() >= 0.75):  # "how meny"
        return "count"
    if first in ("why", "how"):
        return "why"
    if first in ("who", "whom", "whose"):
        return "who"
    if first in ("what", "which", "list", "name"):
        return "what"
    if first in ("did", "does", "do", "was", "were", "is", "has", "have", "had", "could", "can"):
        return "yesno"
    return "list"


def asks_for_awards(ctx: Context) -> bool:
    return ctx.reading.detail in ("won", "count", "count_won") or any(
        w in ("award", "awards", "prize", "prizes", "honours", "honors", "nominations", "nominated", "oscars",
              "accolades") for w in words(ctx.question))


def mentions_person(ctx: Context, recipient: str) -> bool:
    asked = set(words(ctx.question))
    return any(w in asked for name in recipient.split(",") for w in words(name)[-1:] if len(w) > 2)


def people_named(ctx: Context, rows: list[AwardRow]) -> bool:
    """Does the question name a person (a capitalised name in the original, not the film's title)?"""
    original = ctx.original or ctx.question
    title = set(words(ctx.film.title)) | {w for a in ctx.film.aliases for w in words(a)}
    known = {w for r in rows for w in words(r.category + " " + r.ceremony)}
    names = [w for w in words(original) if w not in title and w not in known and w not in QUESTION_NOISE
             and w not in CEREMONY_CUES]
    from index.models import CastCredit, CrewCredit
    people = {words(f.actor)[-1] for f in ctx.facts(CastCredit) if words(f.actor)}
    people |= {words(f.name)[-1] for f in ctx.facts(CrewCredit) if words(f.name)}
    return any(w in people for w in names)


def unaccounted_words(ctx: Context, rows: list[AwardRow]) -> set[str]:
    """Question words that are neither the film's title, a ceremony, a category nor a frame word."""
    from bot.answer.evidence import FRAME_WORDS
    known = set(words(ctx.film.title)) | {w for a in ctx.film.aliases for w in words(a)}
    known |= {w for r in rows for w in words(f"{r.ceremony} {r.category}")} | set(ctx.reading.cue_words)
    return {w for w in words(ctx.question) if len(w) > 2 and not w.isdigit() and w not in known
            and w not in FRAME_WORDS and w not in QUESTION_NOISE and w not in CEREMONY_CUES
            and w.rstrip("s") not in known}


def asked_category(ctx: Context, rows: list[AwardRow]) -> list[AwardRow]:
    """The rows whose category the question names: every word of the category's key in the question,
    the closest fits only ("best actor" is Best Actor, not Best Supporting Actor, where both are listed)."""
    asked = set(words(ctx.question))
    scored = []
    for row in rows:
        key = set(category_key(row.category).split())
        if key and key <= asked:
            scored.append((len(key), row))
    if not scored:
        # "best actor" also names "Best Actor, Drama": the question's category words all in the row's
        asked_key = {w for w in asked if w not in QUESTION_NOISE} - {w for r in rows for w in words(r.ceremony)}
        loose = [(len(set(category_key(r.category).split())), r) for r in rows
                 if asked_key and "best" in asked and asked_key & set(category_key(r.category).split())
                 and asked_key >= {w for w in category_key(r.category).split()} & asked_key
                 and not set(category_key(r.category).split()) - asked_key - {"drama", "musical", "comedy"}]
        scored = loose
    if not scored:
        return []
    best = max(n for n, _ in scored)
    return [r for n, r in scored if n == best]


def at(row: AwardRow) -> str:
    return f"the {row.ceremony}" + (f" ({row.year})" if row.year else "")


def who_won(ctx: Context, rows: list[AwardRow], awards: list[Award]) -> Draft | None:
    won = [r for r in rows if r.outcome == "won"]
    if won:
        parts = [f"{r.recipient or ctx.film.title} won {r.category} at {at(r)}." for r in won]
    else:
        parts = [f"No win is listed for {rows[0].category}; {join_names([r.recipient or ctx.film.title for r in rows])}"
                 f" {'was' if len(rows) == 1 else 'were'} nominated at {at(rows[0])}."]
    return draft(ctx, " ".join(parts), rows, awards)


def person_answer(ctx: Context, rows: list[AwardRow], form: str, awards: list[Award]) -> Draft:
    """What the question's person won or was nominated for: each row said as it is."""
    won = [r for r in rows if r.outcome == "won"]
    lost = [r for r in rows if r.outcome != "won"]
    who = rows[0].recipient if "," not in rows[0].recipient else person_in(ctx, rows[0].recipient)
    parts = []
    if form == "yesno":
        parts.append("Yes." if won and not lost else "No." if not won else "")
    if won:
        parts.append(f"{who} won " + "; ".join(f"{r.category} at {at(r)}" for r in won) + ".")
    if lost:
        parts.append(f"{who} was nominated for " + "; ".join(f"{r.category} at {at(r)}" for r in lost)
                     + " but did not win.")
    text = " ".join(p for p in parts if p)
    support = supporting_sentence(ctx, [who.split()[-1]], {w for r in lost for w in words(r.category)}, text) if lost else None
    return draft(ctx, text, rows, awards, support)


def person_in(ctx: Context, recipients: str) -> str:
    for name in recipients.split(","):
        if mentions_person(ctx, name):
            return name.strip()
    return recipients


def category_answer(ctx: Context, rows: list[AwardRow], awards: list[Award]) -> Draft:
    won = [r for r in rows if r.outcome == "won"]
    if won:
        text = "Yes: " + "; ".join(f"it won {r.category} at {at(r)}" + (f" ({r.recipient})" if r.recipient else "")
                                   for r in won) + "."
    else:
        text = "No: " + "; ".join(f"it was nominated for {r.category} at {at(r)} but did not win" for r in rows) + "."
    return draft(ctx, text, rows, awards)


def listing(ctx: Context, rows: list[AwardRow], form: str, awards: list[Award], at_ceremony: bool) -> Draft:
    won = [r for r in rows if r.outcome == "won"]
    ceremonies = list(dict.fromkeys(r.ceremony for r in rows))
    where = f" at the {join_names(ceremonies)}" if at_ceremony or len(ceremonies) == 1 else ""
    title = ctx.film.title
    nominations = (ctx.reading.detail == "count" and not any(w.startswith("w") and w in ("win", "won", "wins")
                                                             for w in words(ctx.question))) or (
        any(w.startswith("nominat") or w == "up" for w in words(ctx.question)) and ctx.reading.detail != "count_won")
    parts = []
    if form == "count" and not nominations:  # "how many Oscars did it win"
        parts.append(f"{title} won {number(len(won))}{where}" + (":" if won else ".")
                     + (f" {list_rows(won)}." if won else "")
                     + (f" It had {number(len(rows))} nominations in all." if len(rows) > len(won) else ""))
    elif form == "count":
        parts.append(f"{title} had {number(len(rows))} nominations{where}, winning {number(len(won)) if won else 'none'}.")
        if won:
            parts.append(f"Won: {list_rows(won)}.")
        if len(rows) > len(won):
            parts.append(f"Nominated: {list_rows([r for r in rows if r.outcome != 'won'])}.")
    else:
        if form == "yesno":
            asked_win = ctx.reading.detail == "won"
            parts.append("Yes." if (won if asked_win else rows) else "No win is listed, only nominations.")
        if won:
            parts.append(f"Won{where}: {list_rows(won)}.")
        others = [r for r in rows if r.outcome != "won"]
        if others:
            parts.append(f"Nominated{where}: {list_rows(others)}.")
    return draft(ctx, " ".join(parts), rows, awards)


def number(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def list_rows(rows: list[AwardRow]) -> str:
    ceremonies = {r.ceremony for r in rows}
    items = [r.category + (f" ({r.recipient})" if r.recipient else "")
             + (f" at the {r.ceremony}" if len(ceremonies) > 1 else "") for r in rows]
    return join_names(items)


def supporting_sentence(ctx: Context, names: list[str], category_words: set[str], said: str) -> tuple[str, object] | None:
    """The page's own sentence about the person and the category ("… was nominated for Best Actor but
    lost to Art Carney"), where it says more than the answer so far."""
    wanted = {w for n in names for w in words(n)}
    hits = sorted(ctx.gen.passages_of(ctx.film.slug), key=lambda h: h.kind != "awards")
    for hit in hits:
        for sentence in sentences(hit.text):
            if "  " in sentence.strip() or "\t" in sentence or sentence.count("|") > 1:
                continue  # a table row, not the page's sentence
            tokens = set(words(sentence))
            if wanted <= tokens and category_words - {"best"} <= tokens and sentence not in said:
                return sentence, hit
    return None


def uncovered_sentence(ctx: Context, said: str) -> tuple[str, object] | None:
    """Where the question asks more than the facts say ("the first sequel to win Best Picture"), the
    sentence holding the rest of its content words."""
    said_terms = set(analyze(said)) | set(analyze(ctx.film.title))
    missing = {t for t in ctx.terms.weights if t not in said_terms}
    if not missing:
        return None
    for evidence in ctx.evidence(prefer={"awards"}, limit=4):
        if "  " not in evidence.text.strip() and missing <= set(analyze(evidence.text)):
            return evidence.text, evidence.hit
    return None


def draft(ctx: Context, text: str, rows: list[AwardRow], awards: list[Award], support=None) -> Draft:
    support = support or uncovered_sentence(ctx, text)
    used = [a for a in awards if any(a.passage == r.passage for r in rows)]
    cited = cite_facts(used)
    if support:
        sentence, hit = support
        text = f"{text} {sentence}"
        cited = [Cited.of(hit, sentence)] + cited
    items = [r.line() for r in sorted(rows, key=lambda r: r.outcome != "won")]
    return Draft(shorten(text, ANSWER_CHARS), cited=cited[:5], items=items)


def ceremony_asked(ctx: Context, ceremony: str) -> bool:
    """Kept for callers elsewhere: does the question name this ceremony?"""
    asked = [w for w in words(ctx.question) if w not in QUESTION_NOISE]
    return bool(asked_ceremonies(asked, [ceremony])) or ceremony_key(ceremony) in " ".join(asked)
