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

import re

from bot.answer.compose.award_answers import (
    at, count_answer, none_at, other_films_answer, why_answer, draft, list_rows, lost_to_answer, named_person, no_record, supporting_sentence, yes_no_listing,
)
from bot.answer.compose.award_question import CEREMONY_CUES, QUESTION_NOISE, AwardQuestion, read_award_question
from bot.answer.compose.common import Context, Draft
from bot.answer.credits import AwardRow, asked_ceremonies, category_key, ceremony_key, merge_awards, same_recipient
from bot.answer.text import fold, join_names, words
from index.ceremonies import canonical
from index.models import Award



def answer_awards(ctx: Context) -> Draft | None:
    awards = ctx.facts(Award)
    all_rows = rows = same_awards(merge_awards(film_as_nominee(ctx, awards)))
    reading = read_award_question(ctx.question)
    if not rows:
        return none_at(ctx, reading, awards)  # "the film won no Academy Awards" and no table
    form = reading.form
    if form == "why":
        return why_answer(ctx, awards)  # reasons are told in sentences, never in a table's row
    if reading.asks_other_thing:  # "which films won the big five before it": a record it shares, else the passages
        return other_films_answer(ctx) if reading.asks_films else None
    ceremonies = rows_ceremonies(ctx, reading, rows)
    if ceremonies is None:  # a ceremony these facts don't cover: a page may say there were none
        return none_at(ctx, reading, awards)
    if ceremonies:
        rows = [r for r in rows if r.ceremony in ceremonies]
    if form == "lost_to":
        return lost_to_answer(ctx, rows, awards)
    people = [r for r in rows if r.recipient and mentions_person(ctx, r.recipient)]
    categories = asked_category(ctx, rows, reading.category)
    if form == "who":
        return who_won(ctx, categories, awards) if categories else None
    if not people:  # someone with awards elsewhere ("Spielberg" at the Golden Globes), or none at all
        elsewhere = [r.recipient for r in all_rows if r.recipient and mentions_person(ctx, r.recipient)]
        person = person_in(ctx, elsewhere[0]) if elsewhere else named_person(ctx, all_rows)
        if person:  # about someone these awards don't list: never a yes or no about someone else
            return no_record(ctx, person, reading, ceremonies, categories, awards) if form == "yesno" else None
    if people:
        people = fitting(people, categories, reading)
        if not people:
            return None
        return person_answer(ctx, people, form, awards, reading)
    if categories and form == "yesno":
        if unaccounted_words(ctx, rows):
            return None  # "did Hal Brenner win Best Actor": someone these awards don't name
        return category_answer(ctx, categories, awards, reading.outcome)
    if form == "what" and not (asks_for_awards(ctx) or reading.ceremonies):
        return None  # "what film did it share the Golden Bear with": the passages say
    if form == "count":
        return count_answer(ctx, rows, reading, bool(ceremonies), awards)
    return listing(ctx, rows, form, awards, bool(ceremonies), reading)


def film_as_nominee(ctx: Context, awards: list[Award]) -> list[Award]:
    """A row naming the film itself as its recipient ("Best Picture | Moonlight") names no one."""
    titles = {fold(t) for t in (ctx.film.title, *ctx.film.aliases)}
    return [a.model_copy(update={"recipient": None}) if a.recipient and fold(a.recipient) in titles else a
            for a in awards]


_CATEGORY_FILLER = {"motion", "picture", "film", "performance", "by", "an", "a", "in", "role", "leading"}


def same_awards(rows: list[AwardRow]) -> list[AwardRow]:
    """One row for one person's award however pages name its category: "Best Director – Motion
    Picture" and "Best Director", "Best Actor in a Leading Role" and "Best Actor", at one ceremony,
    to one named recipient (a person is never up for two of one ceremony's categories with one film)."""
    def key(row: AwardRow) -> set[str]:
        return set(category_key(row.category).split()) - _CATEGORY_FILLER

    kept: list[AwardRow] = []
    for row in rows:
        twin = next((k for k in kept if k.ceremony == row.ceremony and k.recipient and row.recipient
                     and same_recipient(k.recipient, row.recipient) and key(k) and key(row)
                     and (key(row) <= key(k) or key(k) <= key(row))), None)
        if twin is None:
            kept.append(row)
            continue
        twin.outcome = "won" if "won" in (twin.outcome, row.outcome) else twin.outcome
        twin.year = twin.year or row.year
        twin.lost_to = twin.lost_to or row.lost_to
    return kept


def rows_ceremonies(ctx: Context, reading: AwardQuestion, rows: list[AwardRow]) -> list[str] | None:
    """The ceremonies (as these rows name them) the question asks about; [] for all; None when it
    names a ceremony none of the rows is from."""
    present = list(dict.fromkeys(r.ceremony for r in rows))
    if reading.ceremonies:
        wanted = set(reading.ceremony_names)
        named = [c for c in present if canonical(c) in wanted]
        return named or None
    asked = [w for w in words(ctx.question) if w not in QUESTION_NOISE]
    found = asked_ceremonies(asked, present)
    if not found and {"festival", "festivals"} & set(words(ctx.question)):
        # "which festival gave her best actress": the festivals among the ceremonies, none named
        found = [c for c in present if "festival" in words(c)] or found
    place = re.search(r"\bat (?:the )?([a-z]\w+)", " ".join(words(ctx.question)))
    if not found and place and place.group(1) not in ("all", "any", "least", "most", "first", "last", "every", "each"):
        return None  # "what did it win at the blue dragons": a ceremony none of these rows is from
    return found


def question_form(ctx: Context) -> str:
    """count | who | what | yesno | list | why | lost_to (award_question reads it)."""
    return read_award_question(ctx.question).form


def asks_for_awards(ctx: Context) -> bool:
    return ctx.reading.detail in ("won", "count", "count_won") or any(
        w in ("award", "awards", "prize", "prizes", "honours", "honors", "nominations", "nominated", "oscars",
              "accolades") for w in words(ctx.question))


def mentions_person(ctx: Context, recipient: str) -> bool:
    """Does the question name the recipient, by surname or, as members do, by first name ("did
    marilyn win anything")?"""
    asked = set(words(ctx.question))
    return any(w in asked for name in recipient.split(",") for w in {*words(name)[:1], *words(name)[-1:]} if len(w) > 2)


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


def asked_category(ctx: Context, rows: list[AwardRow], also: set[str] = frozenset()) -> list[AwardRow]:
    """The rows whose category the question names: every word of the category's key in the question,
    the closest fits only ("best actor" is Best Actor, not Best Supporting Actor, where both are listed).
    `also`: the category words the question means ("directing" -> director)."""
    asked = set(words(ctx.question)) | set(also)
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


def who_won(ctx: Context, rows: list[AwardRow], awards: list[Award]) -> Draft | None:
    won = [r for r in rows if r.outcome == "won"]
    if won:
        parts = [f"{r.recipient or ctx.film.title} won {r.category} at {at(r)}." for r in won]
    else:
        parts = [f"No win is listed for {rows[0].category}; {join_names([r.recipient or ctx.film.title for r in rows])}"
                 f" {'was' if len(rows) == 1 else 'were'} nominated at {at(rows[0])}."]
    return draft(ctx, " ".join(parts), rows, awards)


def fitting(rows: list[AwardRow], categories: list[AwardRow], reading: AwardQuestion) -> list[AwardRow]:
    """A person's rows the question's category fits: the closest categories ("best actor" is not
    Best Supporting Actor); where it asks for anything ("did giacchino win anything for the
    score"), every row whose category holds one of its category words, at any ceremony."""
    if reading.broad and reading.category:
        loose = [r for r in rows if reading.category & set(words(r.category))]
        if loose:
            return loose
    return [r for r in rows if r in categories] if categories else rows


def person_answer(ctx: Context, rows: list[AwardRow], form: str, awards: list[Award],
                  reading: AwardQuestion | None = None) -> Draft:
    """What the question's person won or was nominated for: each row said as it is. "Did X win
    anything": yes when any row is a win; "was X nominated": yes when any row is theirs."""
    won = [r for r in rows if r.outcome == "won"]
    lost = [r for r in rows if r.outcome != "won"]
    who = rows[0].recipient if "," not in rows[0].recipient else person_in(ctx, rows[0].recipient)
    parts = []
    if form == "yesno":
        broad = reading is not None and reading.broad
        if reading is not None and reading.outcome == "nominated":
            parts.append("Yes.")  # a win was a nomination first
        else:
            parts.append("Yes." if won and (broad or not lost) else "No." if not won else "")
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


def category_answer(ctx: Context, rows: list[AwardRow], awards: list[Award], outcome: str | None = "won") -> Draft:
    """"did it win Best Picture" / "was it up for Best Picture": yes or no to what was asked."""
    won = [r for r in rows if r.outcome == "won"]
    lost = "".join(f" (it lost to {r.lost_to})" for r in rows[:1] if r.lost_to and not won)
    if won:
        text = "Yes: " + "; ".join(f"it won {r.category} at {at(r)}" + (f" ({r.recipient})" if r.recipient else "")
                                   for r in won) + "."
    elif outcome == "nominated":
        text = "Yes: " + "; ".join(f"it was nominated for {r.category} at {at(r)}" for r in rows) + f", but did not win{lost}."
    else:
        text = "No: " + "; ".join(f"it was nominated for {r.category} at {at(r)} but did not win" for r in rows) + f"{lost}."
    return draft(ctx, text, rows, awards)


def listing(ctx: Context, rows: list[AwardRow], form: str, awards: list[Award], at_ceremony: bool,
            reading: AwardQuestion | None = None) -> Draft:
    won = [r for r in rows if r.outcome == "won"]
    ceremonies = list(dict.fromkeys(r.ceremony for r in rows))
    where = f" at the {join_names(ceremonies)}" if at_ceremony or len(ceremonies) == 1 else ""
    parts = []
    if form == "yesno":
        parts.append(yes_no_listing(ctx, rows, reading.outcome if reading else None, where))
    if won:
        parts.append(f"Won{where}: {list_rows(won)}.")
    others = [r for r in rows if r.outcome != "won"]
    if others:
        parts.append(f"Nominated{where}: {list_rows(others)}.")
    return draft(ctx, " ".join(p for p in parts if p), rows, awards)


def ceremony_asked(ctx: Context, ceremony: str) -> bool:
    """Kept for callers elsewhere: does the question name this ceremony?"""
    asked = [w for w in words(ctx.question) if w not in QUESTION_NOISE]
    return bool(asked_ceremonies(asked, [ceremony])) or ceremony_key(ceremony) in " ".join(asked)
