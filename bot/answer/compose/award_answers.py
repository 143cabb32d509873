"""Awards answers in their shapes: counts, yes or no, what it lost to, no record of a person; and
the helpers every awards answer uses (how a row is said, the page's own sentence, the draft).
bot.answer.compose.awards decides which shape a question gets."""
from __future__ import annotations

import re

from bot.answer.compose.award_question import CEREMONY_CUES, NOMINATION_WORDS, QUESTION_NOISE, WIN_WORDS, AwardQuestion
from bot.answer.compose.common import ANSWER_CHARS, Cited, Context, Draft, cite_facts
from bot.answer.credits import AwardRow, category_key
from bot.answer.text import fold, join_names, sentences, shorten, words
from index.ceremonies import CEREMONIES, named_in
from index.models import Award, CastCredit, CrewCredit
from index.search import analyze

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
GENERIC_CATEGORY_WORDS = {"best", "film", "motion", "the", "a", "of", "in", "for", "and", "award", "achievement"}


def number(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def plural(n: int, noun: str) -> str:
    return f"{number(n)} {noun}" + ("" if n == 1 else "s")


def at(row: AwardRow) -> str:
    return f"the {row.ceremony}" + (f" ({row.year})" if row.year else "")


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


_READ_TERMS = frozenset(analyze(" ".join(sorted(CEREMONY_CUES | NOMINATION_WORDS | WIN_WORDS | {"up", "anything"}))))


def uncovered_sentence(ctx: Context, said: str) -> tuple[str, object] | None:
    """Where the question asks more than the facts say ("the first sequel to win Best Picture"), the
    sentence holding the rest of its content words."""
    said_terms = set(analyze(said)) | set(analyze(ctx.film.title)) | _READ_TERMS  # "up for any oscars" is read
    missing = {t for t in ctx.terms.weights if t not in said_terms}
    if not missing:
        return None
    for evidence in ctx.evidence(prefer={"awards"}, limit=4):
        if "  " not in evidence.text.strip() and missing <= set(analyze(evidence.text)):
            return evidence.text, evidence.hit
    return None


def draft(ctx: Context, text: str, rows: list[AwardRow], awards: list[Award], support=None, extra: bool = True) -> Draft:
    """The answer with its citations; `extra`: add the sentence holding what the question asks beyond it."""
    support = support or (uncovered_sentence(ctx, text) if extra else None)
    used = [a for a in awards if any(a.passage == r.passage for r in rows)]
    cited = cite_facts(used)
    if support:
        sentence, hit = support
        text = f"{text} {sentence}"
        cited = [Cited.of(hit, sentence)] + cited
    items = [r.line() for r in sorted(rows, key=lambda r: r.outcome != "won")]
    return Draft(shorten(text, ANSWER_CHARS), cited=cited[:5], items=items)


MAIN_AWARDS = 4


def main_awards(rows: list[AwardRow]) -> list[AwardRow]:
    """The wins to name first: one per ceremony, the best-known ceremonies (index.ceremonies' order) first."""
    order = {c.name: i for i, c in enumerate(CEREMONIES)}
    ranked = sorted(rows, key=lambda r: order.get(r.ceremony, len(order)))
    firsts = list({r.ceremony: r for r in reversed(ranked)}.values())[::-1]
    firsts.sort(key=lambda r: order.get(r.ceremony, len(order)))
    return (firsts + [r for r in ranked if r not in firsts])[:MAIN_AWARDS]


def is_row(text: str) -> bool:
    """A table's row or a list's cells joined, not a sentence: tabs, pipes, runs of spaces, or
    several ' – ' separated cells with no verb-like lower-case run."""
    return "\t" in text or text.count("|") > 1 or "  " in text.strip() or bool(_CELLS.search(text))


_CELLS = re.compile(r"^(?:[^–—.]{2,60}[ \t]+[–—][ \t]+){2,}[^–—.]{2,60}$")


def why_answer(ctx: Context, awards: list[Award]) -> Draft | None:
    """"why did it skip the Oscars": the page's best sentence for it, never a table's row; None
    when no sentence holds it (the passages then decline or answer)."""
    for evidence in ctx.evidence(prefer={"awards"}, limit=6):
        if not is_row(evidence.text) and len(evidence.text.split()) > 4:
            return Draft(shorten(evidence.text, ANSWER_CHARS), cited=[Cited.of(evidence.hit, evidence.text)])
    return Draft(f"the documents about {ctx.film.title} don't say why", found=False)


def where_of(rows: list[AwardRow], at_ceremony: bool) -> str:
    ceremonies = list(dict.fromkeys(r.ceremony for r in rows))
    return f" at the {join_names(ceremonies)}" if at_ceremony or len(ceremonies) == 1 else ""


def count_answer(ctx: Context, rows: list[AwardRow], reading: AwardQuestion, at_ceremony: bool,
                 awards: list[Award]) -> Draft:
    """"how many Oscars did it win" -> the wins, said in words, and of how many nominations;
    "how many noms" -> the nominations and how many it won."""
    title, where = ctx.film.title, where_of(rows, at_ceremony)
    won = [r for r in rows if r.outcome == "won"]
    if reading.outcome == "nominated":
        lost = [r for r in rows if r.outcome != "won"]
        text = f"{title} had {plural(len(rows), 'nomination')}{where}, " + (
            f"winning {number(len(won))}: {list_rows(won)}." if won else f"and won none of them: {list_rows(rows)}.") + (
            f" Also nominated: {list_rows(lost)}." if won and lost else "")
    elif not won and len(rows) == 1:
        text = f"{title} won nothing{where}: its one nomination, {list_rows(rows)}, did not win."
    elif not won:
        text = f"{title} won none of its {number(len(rows))} nominations{where} ({list_rows(rows)})."
    elif len(won) > MAIN_AWARDS and not where:  # the count and the main ones; every one is an item
        ceremonies = len({r.ceremony for r in won})
        text = (f"{title} won {plural(len(won), 'award')} at {number(ceremonies)} {'ceremony' if ceremonies == 1 else 'ceremonies'}"
                f", among them {list_rows(main_awards(won))}." + (
                    f" It had {plural(len(rows), 'nomination')} in all." if len(rows) > len(won) else ""))
    else:
        text = f"{title} won {plural(len(won), 'award')}{where}: {list_rows(won)}." + (
            f" It had {plural(len(rows), 'nomination')} in all." if len(rows) > len(won) else "")
    support = count_sentence(ctx, rows, {len(rows), len(won)})
    if support is None and not won and reading.outcome != "nominated" and len({r.ceremony for r in rows}) == 1:
        support = denied_sentence(ctx, [rows[0].ceremony], "won")  # "The film won no Academy Awards."
    return draft(ctx, text, rows, awards, support)


# A page saying there were none: "won no Academy Awards", "zero wins", "was never nominated".
_DENIED = {
    "won": re.compile(r"\b(?:won\s+(?:no|none|nothing)|zero\s+wins?|no\s+wins?|never\s+won|did\s*(?:no|n['’]?)t\s+win"
                      r"|without\s+(?:a|any)\s+win|empty[- ]handed)\b", re.I),
    "nominated": re.compile(r"\b(?:no\s+(?:[\w'’]+\s+){0,2}(?:nominations?|noms?|nods?)|not\s+(?:even\s+)?nominated"
                            r"|never\s+(?:been\s+|even\s+)?nominated|zero\s+(?:noms?|nominations?|nods?))\b", re.I),
}


def denied_sentence(ctx: Context, ceremonies: list[str], outcome: str | None) -> tuple[str, object] | None:
    """The page's sentence saying the film won (or, asked about nominations, had) none at these
    ceremonies: it names one of them, or its paragraph names them and no other."""
    pattern = _DENIED["nominated" if outcome == "nominated" else "won"]
    wanted = set(ceremonies)
    for hit in sorted(ctx.gen.passages_of(ctx.film.slug), key=lambda h: h.kind != "awards"):
        if not pattern.search(hit.text):
            continue
        around = {c.name for c in named_in(hit.text)}
        for sentence in sentences(hit.text):
            if is_row(sentence) or not pattern.search(sentence):
                continue
            own = {c.name for c in named_in(sentence)}
            if own & wanted or (not own and around == wanted):
                return sentence.strip(), hit
    return None


def none_at(ctx: Context, reading: AwardQuestion, awards: list[Award]) -> Draft | None:
    """"how many golden globes did it win", where no award row is from them: none, where a page says
    so ("Two noms there, zero wins."); else nothing (the passages may say)."""
    if not reading.ceremonies or reading.form not in ("count", "yesno"):
        return None
    names = reading.ceremony_names
    found = denied_sentence(ctx, names, reading.outcome)
    if found is None:
        return None
    sentence, hit = found
    opener = "None" if reading.form == "count" else "No"
    text = f"{opener} at the {join_names(names)}: {sentence}" if not named_in(sentence) else f"{opener}. {sentence}"
    return Draft(shorten(text, ANSWER_CHARS), cited=[Cited.of(hit, sentence)])


_COUNT = re.compile(r"\b(" + "|".join(NUMBER_WORDS[1:]) + r"|\d+)\s+(?:[\w'’]+\s+){0,3}?"
                    r"(nominations?|noms?|awards?|wins?|prizes?|oscars?|baftas?|golden globes?|césars?|goyas?)\b", re.I)


def count_sentence(ctx: Context, rows: list[AwardRow], said: set[int]) -> tuple[str, object] | None:
    """The page's own count for this ceremony where it differs from the rows' ("led the César Awards
    with thirteen nominations", where the table lists seven). The rows are what the answer counts
    (each is itemised and cited); a page's differing total is quoted beside them, never instead.
    A count of wins ("won four awards") is set against the rows' wins, a count of nominations
    against the rows."""
    ceremonies = {r.ceremony for r in rows}
    if len(ceremonies) != 1:
        return None
    (ceremony,) = ceremonies
    own = {w for w in words(ceremony) if w not in ("awards", "award", "film", "festival", "the")}
    for hit in sorted(ctx.gen.passages_of(ctx.film.slug), key=lambda h: h.kind != "awards"):
        for sentence in sentences(hit.text):
            if is_row(sentence):
                continue
            for clause in re.split(r"[,;]|\band\b(?!\s+(?:\w+\s+){0,2}(?:wins?|nominations?)\b)", sentence):
                names_it = own & set(words(clause)) or any(c.name == ceremony for c in named_in(clause))
                counts = [m for m in _COUNT.finditer(clause)]
                if names_it and any(_value(m.group(1)) not in _said_of(m, clause, rows, said) for m in counts):
                    return sentence.strip(), hit
    return None


def _said_of(count: re.Match, clause: str, rows: list[AwardRow], said: set[int]) -> set[int]:
    """The totals a page's count is set against: "won four" or "four wins" against the rows' wins,
    "four nominations" against the rows; else any total the answer gives."""
    noun = count.group(2).lower()
    if noun.startswith(("nom", "nod")):
        return {len(rows)}
    if noun.startswith("win") or re.search(r"\b(?:won|wins|winning)\s+(?:\w+\s+){0,2}$", clause[:count.start()]):
        return {len([r for r in rows if r.outcome == "won"])}
    return said


def _value(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else NUMBER_WORDS.index(token) if token in NUMBER_WORDS else -1


def yes_no_listing(ctx: Context, rows: list[AwardRow], outcome: str | None, where: str) -> str:
    """The yes or no that opens "did it win any Oscars" / "was it up for any BAFTAs"."""
    won = [r for r in rows if r.outcome == "won"]
    if outcome == "won" and not won:
        return f"No: {ctx.film.title} won none of its {plural(len(rows), 'nomination')}{where}."
    return "Yes."


def lost_to_answer(ctx: Context, rows: list[AwardRow], awards: list[Award]) -> Draft | None:
    """"what did it lose the Oscar to": the winner each nomination lost to, where the page says."""
    asked = set(words(ctx.question)) - GENERIC_CATEGORY_WORDS
    scored = []
    for row in rows:
        key = set(category_key(row.category).split()) - GENERIC_CATEGORY_WORDS
        scored.append((len(key & asked), row))
    best = max((n for n, _ in scored), default=0)
    chosen = [r for n, r in scored if n == best]
    lost = [r for r in chosen if r.outcome != "won" and r.lost_to]
    if not lost:  # the page may say it in a sentence ("Best Picture, an award that went to CODA")
        return lost_to_sentence(ctx, [r for r in chosen if r.outcome != "won"], awards)
    text = " ".join(f"{ctx.film.title} lost {r.category} at {at(r)} to {r.lost_to}." for r in lost[:3])
    return draft(ctx, text, lost, awards, extra=False)


_WRAP = re.compile(r"(?<=[\w,;*’'])\n(?=[\w*“\"(])")
_LOST = re.compile(r"\b(?:lost\s+(?:\w+\s+){0,3}?to|losing\s+to|went\s+to|won\s+by|beaten\s+by|beat\s+it)\b", re.I)


def lost_to_sentence(ctx: Context, rows: list[AwardRow], awards: list[Award]) -> Draft | None:
    """The page's sentence saying what beat one of these nominations: it names the category (or,
    where the question names none, the ceremony) and says it went to, or lost to, something."""
    asked = set(words(ctx.question))
    for row in rows:
        key = set(category_key(row.category).split()) - GENERIC_CATEGORY_WORDS
        wanted = key & asked
        for hit in sorted(ctx.gen.passages_of(ctx.film.slug), key=lambda h: h.kind != "awards"):
            for sentence in sentences(_WRAP.sub(" ", hit.text)):  # a sentence wrapped over lines is one
                if is_row(sentence) or not _LOST.search(sentence):
                    continue
                tokens = set(words(sentence))
                if (wanted and wanted <= tokens) or (not wanted and key <= tokens and len(rows) == 1):
                    sentence = sentence.strip()
                    return Draft(shorten(sentence, ANSWER_CHARS), cited=[Cited.of(hit, sentence)], items=[row.line()])
    return None


def named_person(ctx: Context, rows: list[AwardRow]) -> str | None:
    """The person a question names (a cast or crew credit, or a name the film's pages print),
    when no award row is theirs: 'did spielberg get an oscar nom' -> 'Steven Spielberg'."""
    title = set(words(ctx.film.title)) | {w for a in ctx.film.aliases for w in words(a)}
    known = {w for r in rows for w in words(f"{r.category} {r.ceremony} {r.lost_to or ''}")}
    from bot.answer.evidence import FRAME_WORDS
    asked = [w for w in words(ctx.question) if len(w) > 2 and w not in title and w not in known
             and w not in QUESTION_NOISE and w not in CEREMONY_CUES and w not in FRAME_WORDS]
    if not asked:
        return None
    credits = [f.actor for f in ctx.facts(CastCredit)] + [f.name for f in ctx.facts(CrewCredit)]
    credits.sort(key=lambda name: -len(set(words(name)) & set(asked)))  # "allison williams": hers, not another Williams
    for name in credits:
        if any(w in words(name) for w in asked) and len(words(name)) > 1:
            return name
    text = " ".join(hit.text for hit in ctx.gen.passages_of(ctx.film.slug))
    names = [w for w in asked if not re.search(rf"\b{re.escape(w)}\b", text)]  # lower case in the pages: a common word
    for size in (3, 2, 1):  # "miles teller": the longest run of the question's name words the pages print
        for i in range(len(names) - size + 1):
            phrase = r"\s+".join(re.escape(w.capitalize()) for w in names[i:i + size])
            full = re.search(rf"\b((?:[A-Z][\w'’-]+\s+|[A-Z]\.\s*){{0,{3 - size}}}{phrase})\b", text)
            if full:
                return " ".join(w for w in full.group(1).split() if w not in ("The", "A", "In", "When", "But", "And"))
    return None


def no_record(ctx: Context, person: str, reading: AwardQuestion, ceremonies: list[str],
              categories: list[AwardRow], awards: list[Award]) -> Draft:
    """"did Spielberg get an Oscar nom for directing it", where no award row is his."""
    what = "win" if reading.outcome == "won" else "nomination"
    at_ = f" at the {join_names(ceremonies)}" if ceremonies else ""
    text = f"No: there is no record of a {what}{at_} for {person} in the documents about {ctx.film.title}."
    category_words = {w for r in categories for w in words(r.category)} | set(reading.category)
    support = None
    if category_words - {"best"}:
        support = supporting_sentence(ctx, [person.split()[-1]], category_words - {"best"}, text)
    if support is None:  # the page's sentence about them and this award ("was famously not nominated")
        support = supporting_sentence(ctx, [person.split()[-1]], {"nominated" if what == "nomination" else "won"}, text)
    return draft(ctx, text, [], awards, support, extra=False)


# A record a film shares with others: "only the third film to do so, after It Happened One Night (1934)".
_RECORD = re.compile(r"\b(?:only|first|second|third|fourth|fifth|sixth|last)\b(?:\s+[\w-]+){0,3}?\s+(?:films?|movies?|pictures?)\b"
                     r"|\b(?:after|before|joining|alongside|like)\s+[*_“\"]?[A-Z]")
_TITLED = re.compile(r"[*_“\"]?[A-Z][\w'’]*(?:\s+(?:of|the|a|an|in|on|over|and|to|for|[A-Z][\w'’]*))*[*_”\"]?\s*\((?:19|20)\d\d\)")
_BACK_REFERENCE = re.compile(r"(?:It|This|That|They|The film|The movie)\b")


def other_films_answer(ctx: Context) -> Draft | None:
    """"which films won the big five before it": the page's sentence naming the other films that
    share the record, with the sentence before it where it refers back ("It was only the third film
    to do so, after …"); the one sharing most of the question's terms."""
    weights = ctx.terms.weights
    title = fold(ctx.film.title)
    best = None
    for hit in sorted(ctx.gen.passages_of(ctx.film.slug), key=lambda h: h.kind != "awards"):
        said = sentences(hit.text)
        for i, sentence in enumerate(said):
            others = [t for t in _TITLED.findall(sentence) if title not in fold(t)]
            if is_row(sentence) or not others or not _RECORD.search(sentence):
                continue
            before = said[i - 1].strip() if i and _BACK_REFERENCE.match(sentence.strip()) else ""
            score = sum(weights[t] for t in set(weights) & set(analyze(f"{before} {sentence}")))
            if best is None or score > best[0]:
                best = (score, before, sentence.strip(), hit)
    if best is None or best[0] < 0.5 * sum(weights.values()):
        return None  # a record, but not the one asked about
    _, before, sentence, hit = best
    text = f"{before} {sentence}".strip()
    return Draft(shorten(text, ANSWER_CHARS), cited=[Cited.of(hit, s) for s in (before, sentence) if s])
