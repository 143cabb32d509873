"""Film facts (runtime, year, language, ...) from facts, else from a sentence of the right shape."""
from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answer.compose.common import is_caption, ANSWER_CHARS, Cited, Context, Draft, cite_facts
from bot.answer.evidence import close_term, is_spoiler, manner_terms
from bot.answer.answer_shapes import answer_shape
from bot.answer.text import fold, join_names, sentences, shorten, words
from index.models import FilmFact
from index.search import analyze


# --- film facts ---------------------------------------------------------------------------


def answer_fact(ctx: Context) -> Draft | None:
    name = ctx.reading.detail
    if name == "remake":
        return answer_remake(ctx)
    facts = [f for f in ctx.facts(FilmFact) if f.name == name]
    if name == "year" and not facts:
        facts = [f for f in ctx.facts(FilmFact) if f.name == "release_date"]
    if not facts:
        return None
    if name == "release_date":  # the place, event or medium asked about, when a date names it
        facts = asked_releases(ctx, facts)
    if name in SINGLE_VALUED:  # one film has one running time: two are a disagreement, said and cited
        told = describe_disagreement([(shown_value(name, f.value), source_label(ctx, f)) for f in facts],
                                     f"{LOOKED_FOR[name]} of {ctx.film.title}")
        if told:
            return Draft(told, cited=cite_facts(facts))
    asked = set(words(ctx.question))
    values = sorted(dict.fromkeys(f.value for f in facts), key=lambda v: -len(asked & set(words(v))))
    return Draft(fact_text(ctx, name, values), cited=cite_facts(facts))


# A release for the home (a DVD, a streaming service, television) is not when a film "came out"
# unless the question asks about it.
HOME_RELEASE = re.compile(r"\b(?:home|dvd|blu-? ?ray|digital|download|vod|video|streaming|stream|netflix|tv|television|rental|on demand)\b")
# A premiere, or a festival named by its city: "(Venice)", "(premiere, Cannes Film Festival)".
FESTIVALS = ("venice cannes berlin berlinale toronto tiff sundance telluride sebastian busan locarno tribeca rotterdam "
             "karlovy sxsw").split()
PREMIERE = re.compile(rf"\b(?:premiere|festival|debut|screening|world|gala|{'|'.join(FESTIVALS)})")
# Words of a release's qualifier and of a question read alike: "US", "American", "the United
# States" are one place; "Germany" and "German" one; "premiere", "festival" one event.
PLACE_WORDS = {"us": "us", "usa": "us", "america": "us", "american": "us", "united": "us", "states": "us",
               "uk": "uk", "britain": "uk", "british": "uk", "england": "uk", "kingdom": "uk",
               "french": "france", "spanish": "spain", "dutch": "netherlands", "festival": "premi", "debut": "premi",
               "theatres": "theat", "cinema": "theat", "cinemas": "theat", "theatrical": "theat", "theaters": "theat"}
GENERIC = frozenset("the a an in at on of and to it its when did does was is were out come came release released "
                    "date dates film movie first what day where".split())


def release_words(text: str) -> set[str]:
    return {"premi" if w in FESTIVALS else PLACE_WORDS.get(w, w[:5]) for w in words(text) if w not in GENERIC}


def asked_releases(ctx: Context, facts: list[FilmFact]) -> list[FilmFact]:
    """The release dates a question asks about: a home release only when it asks for one
    ("on dvd"); those whose qualifier names the place or event it names ("in the us",
    "premiere"); otherwise cinema and festival dates first (first_release)."""
    q = fold(ctx.question)
    home = bool(HOME_RELEASE.search(q))
    pool = [f for f in facts if bool(HOME_RELEASE.search(fold(f.value))) == home]
    if not pool:
        return facts if home else first_release(ctx, facts)
    asked = release_words(q) - {"theat"}
    named = [f for f in pool if asked & release_words(qualifier_of(f.value))]
    if named:
        return named
    return pool if home else first_release(ctx, facts)


PREMIERE_NOTE = re.compile(r"\(premiere, ")


def distinct_dates(values: list[str]) -> list[str]:
    """One value for each date: '23 March 2006 (German cinemas)' repeats '23 March 2006 (German)'."""
    seen, kept = set(), []
    for value in values:
        key = value_key(QUALIFIER.sub("", value))
        if key not in seen or key[1] == "text":
            seen.add(key)
            kept.append(value)
    return kept


def qualifier_of(value: str) -> str:
    match = QUALIFIER.search(value)
    return match.group(1) if match else ""


def first_release(ctx: Context, facts: list[FilmFact]) -> list[FilmFact]:
    """The release dates that say when the film came out: cinema, festival and undated-kind ones
    before home releases; with only a home release, the film's year first if a document gives it."""
    first = [f for f in facts if not HOME_RELEASE.search(fold(f.value))]
    if first:  # a general release before a premiere or festival screening
        first.sort(key=lambda f: bool(PREMIERE.search(fold(qualifier_of(f.value)))))
        return first + [f for f in facts if f not in first]
    years = [f for f in ctx.facts(FilmFact) if f.name == "year"]
    return years[:1] + facts


def fact_text(ctx: Context, name: str, values: list[str]) -> str:
    title = ctx.film.title
    first = values[0]
    if name == "runtime":  # other cuts after the first: "; the international cut: 160 minutes"
        cuts = [f"{qualifier_of(v)}: {QUALIFIER.sub('', v)}" for v in values[1:] if qualifier_of(v)]
        more = f" ({'; '.join(cuts[:2])})" if cuts and not qualifier_of(first) else ""
        return f"{title} runs {first}{' minutes' if first.isdigit() else ''}{more}."
    if name == "original_title":
        return f"The original title of {title} is {first}."
    if name == "language":
        return language_text(ctx, values)
    if name == "filming_location":
        return f"{title} was filmed in {join_names(values)}."
    if name == "based_on":
        if not SOURCE_PHRASE.match(first):  # an infobox's bare value: '"Story of Your Life" by Ted Chiang'
            first = f"{title} is based on {first}"
        return f"{first[0].upper()}{first[1:]}." if not first.endswith(".") else first
    if name == "related_film":
        return f"Related films: {join_names(values[:8])}."
    if name == "year":
        return f"{title} came out in {first}."
    if name == "release_date":
        if YEAR_ONLY.match(first):  # the year, then the home release it came before
            return f"{title} came out in {first}" + (f"; home release: {join_names(values[1:3])}." if values[1:] else ".")
        shown = distinct_dates(values)[:3]
        if all(PREMIERE.search(fold(qualifier_of(v))) for v in shown):  # "when did it premiere"
            return f"{title} premiered {join_names([PREMIERE_NOTE.sub('(', v).replace(' (premiere)', '') for v in shown])}."
        return f"{title} was released {join_names(shown)}." if first[:1].isdigit() else f"Release: {join_names(shown)}."
    if name == "genre":  # "science fiction" is said by "science fiction drama"
        values = [v for v in values if not any(fold(v) != fold(o) and fold(v) in fold(o) for o in values)]
        genres = join_names(list(dict.fromkeys(v.lower() for v in values))[:3])
        return f"{title} is {'an' if genres[:1] in 'aeiou' else 'a'} {genres}."
    if name == "country":
        return f"{title} is from {join_names([THE_COUNTRY.sub(THE, v) for v in values[:3]])}."
    return f"{title}: {name.replace('_', ' ')} {join_names(values)}."


SOURCE_PHRASE = re.compile(r"(?i)(?:not |never |very |loosely |partly |partially |freely |closely |directly )*"
                           r"(?:based on|adapted from|inspired by|an original|a true story|drawn from|taken from)")
THE_COUNTRY = re.compile(r"^(United [A-Z]\w+|Netherlands|Philippines|Czech Republic|Soviet Union)$")
THE = r"the \1"


def based_on_phrase(value: str) -> str:
    """A based-on fact as the words after "it is": a label's bare value ("Old Boy by Garon
    Tsuchiya") gets its "based on"; a sentence's own phrasing keeps its words, first letter lowered."""
    return value[0].lower() + value[1:] if SOURCE_PHRASE.match(value) else f"based on {value}"


def answer_remake(ctx: Context) -> Draft | None:
    """'is it a remake': yes with what it remakes; else no, with what the documents say it is
    (an original screenplay, adapted from a novel) and what remade it."""
    facts = ctx.facts(FilmFact)
    remakes = [f for f in facts if f.name == "remake"]
    title = ctx.film.title
    of = [f for f in remakes if f.value.startswith("a remake")]
    if of:
        return Draft(f"Yes: {title} is {of[0].value}.", cited=cite_facts(of[:1]))
    denied = [f for f in remakes if f.value.startswith("not a remake")]
    sources = [f for f in facts if f.name == "based_on"][:1]
    remade = [f for f in remakes if f.value.startswith("remade as")][:1]
    if not (denied or sources or remade):
        return None
    original = [f for f in sources if "original" in fold(f.value)]  # "an original screenplay" remakes nothing
    said = [f"{title} is {denied[0].value}" if denied else
            f"{title} is {based_on_phrase(original[0].value)}" if original else
            f"The documents don't call {title} a remake"]
    if sources and not (denied or original):  # what it is adapted from says nothing of a film it remakes
        said.append(f"it is {based_on_phrase(sources[0].value)}")
    if remade:
        said.append(f"it was {remade[0].value}")
    head = "No: " if denied or original else ""
    return Draft(head + "; ".join(said).rstrip(".") + ".", cited=cite_facts(denied[:1] + sources + remade))


def language_text(ctx: Context, values: list[str]) -> str:
    spoken = join_names(values)
    asked = [w for w in words(ctx.question) if w.endswith(("ish", "ese", "ian", "ench", "man", "rean", "arin", "ndi", "bic"))]
    if asked and not (len(asked) > 1 and "or" in words(ctx.question)):  # "korean or english": no yes or no
        yes = any(fold(a) in fold(v) for a in asked for v in values)
        return f"{'Yes' if yes else 'No'}: {ctx.film.title} is in {spoken}."
    return f"{ctx.film.title} is in {spoken}."


# --- facts the extractors missed: a sentence with the fact's cue words and the shape of its value --

DATE = r"\b(?:1[89]\d\d|20\d\d)\b"
YEAR_ONLY = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
FACT_CUES: dict[str, tuple[str, re.Pattern]] = {
    "filming_location": ("filmed shot shooting location locations photography",
                         re.compile(r"\b(?:in|at|on|around)\s+(?:the\s+)?[A-Z][\w'’-]+")),
    "runtime": ("running time runtime minutes min length long",
                re.compile(r"\b\d{2,3}\s*(?:min|mins|minutes)\b|\b\d\s*h(?:ours?|rs?)?\s*\d{1,2}\s*m", re.I)),
    "release_date": ("released release premiere premiered opened opening", re.compile(DATE)),
    "year": ("released release premiere year made", re.compile(DATE)),
    "original_title": ("original title titled called known", re.compile(r"\b(?:original(?:ly)? title|titled|known as|released as)\b", re.I)),
    "language": ("language languages spoken subtitles dialogue", re.compile(r"\b[A-Z][a-z]+(?:ish|ese|ian|ic|ch|man|rean)\b")),
    "based_on": ("based novel book adapted adaptation screenplay story wrote written author",
                 re.compile(r"\b(?:based on|adapted from|adaptation of|original screenplay|novel by)\b", re.I)),
    "genre": ("genre drama comedy thriller horror documentary", re.compile(r"\b(?:drama|comedy|thriller|horror|documentary|musical|western|romance|science fiction|sci-fi|crime)\b", re.I)),
    "country": ("country production produced", re.compile(r"\b[A-Z][a-z]+(?:ish|ese|ian|ch|man)\b")),
    "remake": ("remake remade original", re.compile(r"\b(?:remake|remade)\b", re.I)),
}
FACT_CUES.update({
    "budget": ("budget cost costs costing production", re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|m|bn)\b", re.I)),
    "opening_weekend": ("opening weekend", re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|m|bn)\b", re.I)),
    "box_office": ("box office gross grossed grossing earned takings revenue worldwide",
                   re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|m|bn)\b", re.I)),
    "streaming": ("stream streaming netflix available platform", re.compile(r"\b(?:stream\w*|available on|netflix|platform)\b", re.I)),
    "certificate": ("rated rating certificate certification mpaa bbfc",
                    re.compile(r"\b(?:rated|certificate|certified|classification)\b[^.]{0,20}\b(?:R|PG(?:-13)?|G|NC-17|U|12A?|15|18|X)\b")),
    # a score as the sites print it ("97% TOMATOMETER", "Average rating 4.2 / 5", "8.1/10"), the site
    # named in the sentence or in its passage's heading or source (a Letterboxd page's own title)
    "aggregate_rating": ("imdb rotten tomatoes tomatometer metacritic metascore letterboxd approval",
                         re.compile(r"\b\d{1,3}(?:\.\d)?\s?%|\b\d(?:\.\d)?\s?/\s?(?:5|10)\b|\b\d{1,3}\s?/\s?100\b"
                                    r"|\bmetascore\b[^.]*\d", re.I)),
})
# What a declined question was looking for, in the member's terms.
LOOKED_FOR = {
    "budget": "the budget", "box_office": "the box-office takings", "opening_weekend": "the opening-weekend takings", "streaming": "where it is streaming",
    "certificate": "an age rating",
    "aggregate_rating": "an IMDb, Rotten Tomatoes or Metacritic score", "runtime": "the running time",
    "release_date": "the release date", "year": "the year", "filming_location": "where it was filmed",
    "original_title": "the original title", "language": "the language", "based_on": "what it is based on",
    "genre": "the genre", "country": "the country", "related_film": "related films",
    "remake": "whether it is a remake",
}
AWARD_CUES = ("award awards won win winner prize nominated nomination festival honour honor",
              re.compile(r"\b(?:won|wins?|winner|awarded|prize|nominat\w+|award\w*)\b", re.I))


def fits_question(ctx: Context, draft: Draft) -> bool:
    """Does a fact's answer answer this question, not only its kind? A "where" question needs a
    place, not the date alone ("where did it premiere"), and the question's own words must mostly
    be in the answer or where it came from: "how long is Hopkins on screen" is not the running time."""
    shape = answer_shape(ctx.question)
    if shape is not None and not shape.test(draft.answer):
        return False
    title = set(analyze(ctx.film.title))  # "when did rashoman come out": the title, typed wrong, is no subject
    title |= manner_terms(ctx.question)  # nor is "roughly"
    weights = {t: w for t, w in ctx.terms.weights.items()
               if t not in title and close_term(ctx.gen, ctx.film.slug, t) not in title}
    if not weights:
        return True
    told = " ".join([draft.answer] + [(c.hit.text if c.hit else c.snippet) for c in draft.cited])
    kind = ctx.reading.detail or ""
    held = set(analyze(f"{told} {LOOKED_FOR.get(kind, '')} {FACT_CUES.get(kind, ('',))[0]}"))  # "the release date"
    return sum(w for t, w in weights.items() if holds(held, t)) >= 0.5 * sum(weights.values())


def holds(held: set[str], term: str) -> bool:
    """The term, or a longer or shorter form of it ("japan", "japanes")."""
    return term in held or (len(term) >= 4 and any(h.startswith(term) or (len(h) >= 4 and term.startswith(h)) for h in held))


def answer_fact_from_passages(ctx: Context) -> Draft | None:
    cues = FACT_CUES.get(ctx.reading.detail or "")
    return answer_with_cues(ctx, *cues) if cues else None


def answer_awards_from_passages(ctx: Context) -> Draft | None:
    return answer_with_cues(ctx, *AWARD_CUES)


def answer_with_cues(ctx: Context, cue_words: str, shape: re.Pattern, reading_cues: bool = True) -> Draft | None:
    """The sentence that names what the question's intent is about, in the shape its value takes;
    with reading_cues, the question's own cue words count as well as cue_words.

    Most of the question's own content words must be in that sentence's passage (a question about
    the exhumation scene is not answered by the film's locations in general)."""
    cue_terms = set(analyze(cue_words)) | (set(analyze(" ".join(ctx.reading.cue_words))) if reading_cues else set())
    content = set(ctx.terms.weights)
    found = []
    weights = ctx.terms.weights
    for rank, hit in enumerate(ctx.gen.search(" ".join(cue_terms | content), film=ctx.film.slug, limit=20)):
        absent = content - set(analyze(hit.text))
        if absent and sum(weights[t] for t in absent) > 0.5 * sum(weights.values()):
            continue
        around = set(analyze(" ".join(filter(None, (hit.heading, hit.source)))))
        for sentence in sentences(hit.text):
            tokens = set(analyze(sentence))
            hits = len(tokens & cue_terms) + 0.5 * len(around & cue_terms - tokens)
            if hits and shape.search(sentence) and not is_caption(sentence):
                found.append((hits + len(tokens & content) - 0.01 * rank, sentence, hit))
    if not found:
        return None
    found.sort(key=lambda item: -item[0])
    chosen = [found[0]] + [f for f in found[1:2] if f[0] >= 0.8 * found[0][0] and f[1] != found[0][1]]
    text = shorten(" ".join(sentence for _, sentence, _ in chosen), ANSWER_CHARS)
    return Draft(text, cited=[Cited.of(hit, sentence) for _, sentence, hit in chosen],
                 spoiler=any(is_spoiler(sentence, hit.heading, hit) for _, sentence, hit in chosen))


# --- documents that disagree on a fact ------------------------------------------------------------

SINGLE_VALUED = {"runtime", "year", "original_title", "release_date"}  # a film has one of each (per place or event)
QUALIFIER = re.compile(r"\s*\(([^()]*)\)\s*$")
DURATION = re.compile(r"^(?:(?P<hours>\d)\s*h(?:ours?|rs?)?\.?\s*)?(?:(?P<minutes>\d{1,3})\s*(?:m|mins?|minutes?)?\.?)?$", re.I)
DATE_FORMATS = ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%A, %B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%d", "%B %Y")
SPELLING_SIMILARITY = 75  # rapidfuzz ratio (0-100) of two names that are one name spelt two ways


def describe_disagreement(values_with_sources: Iterable[tuple[str, str | None]], what: str = "this", *,
                          names: bool = False) -> str | None:
    """When documents give different values for one fact, a sentence that says so and names every
    value with the sources that give it; None when they agree.

    `values_with_sources`: (value as it should be shown, source label such as the publication or the
    document) for each fact found. Values agree when they are the same once read: case, accents and
    punctuation aside, "120" = "120 minutes" = "2 h", "March 14, 1972" = "14 March 1972", and a year
    agrees with a date in it. A value qualified in parentheses ("May 30, 2019 (South Korea)") is only
    compared with values of the same qualifier: release dates differ by country and event.
    With `names=True` the values are names (of a person, a character): different names are different
    people, not a disagreement, and only one name spelt two ways ("Anna Hornaday" / "Ann Hornaday")
    is reported. `what` names the fact in the sentence: "the running time of Heat", "the director"."""
    groups: dict[tuple, tuple[str, list[str]]] = {}
    for value, source in values_with_sources:
        if not value or not value.strip():
            continue
        key = value_key(value, names)
        shown, sources = groups.setdefault(key, (value.strip(), []))
        if source and source not in sources:
            sources.append(source)
    keys = merge_years(list(groups))
    by_qualifier: dict[str, list[tuple]] = {}
    for key in keys:
        by_qualifier.setdefault(key[0], []).append(key)
    differing = [k for ks in by_qualifier.values() if len(ks) > 1 for k in ks]
    if names:
        differing = [k for k in differing if any(k2 != k and k2[0] == k[0] and spelt_alike(k, k2) for k2 in differing)]
    if len(differing) < 2:
        return None
    shown = [f"{groups[k][0]} ({join_names(groups[k][1])})" if groups[k][1] else groups[k][0] for k in differing]
    if names:
        count = {2: "two", 3: "three", 4: "four"}.get(len(shown), str(len(shown)))
        return f"The documents spell {what} {count} ways: {join_names(shown)}."
    return f"The documents disagree on {what}: {join_names(shown)}."


def value_key(value: str, names: bool = False) -> tuple:
    """(qualifier, what the value says): equal keys are the same value however it is written."""
    qualifier = ""
    match = QUALIFIER.search(value)
    if match:  # "US", "American theaters" and "the United States" are one place
        qualifier, value = " ".join(sorted(release_words(match.group(1)) - {"theat"})), value[:match.start()]
    value = value.strip()
    duration = DURATION.match(value)
    if duration and (duration["hours"] or duration["minutes"]) and not re.fullmatch(r"(?:1[89]|20)\d\d", value):
        return (qualifier, "minutes", int(duration["hours"] or 0) * 60 + int(duration["minutes"] or 0))
    if re.fullmatch(r"(?:1[89]|20)\d\d", value):
        return (qualifier, "year", int(value))
    from datetime import datetime
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", value).replace(".", "")
    for form in DATE_FORMATS:
        try:
            read = datetime.strptime(cleaned, form)
        except ValueError:
            continue
        return (qualifier, "date", read.year, read.month, read.day if "%d" in form else 0)
    folded = " ".join(words(value.replace("-", " ")))
    return (qualifier, "text", folded.replace(" ", "") if names else folded)


def merge_years(keys: list[tuple]) -> list[tuple]:
    """A bare year agrees with a date of that year (and a month with a day of it)."""
    kept = []
    for key in keys:
        if key[1] == "year" and any(k[0] == key[0] and k[1] == "date" and k[2] == key[2] for k in keys):
            continue
        if key[1] == "date" and key[4] == 0 and any(k[0] == key[0] and k[1] == "date" and k[2:4] == key[2:4] and k[4]
                                                   for k in keys):
            continue
        kept.append(key)
    return kept


def spelt_alike(a: tuple, b: tuple) -> bool:
    if a[1] != "text" or b[1] != "text":
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a[2], b[2]) >= SPELLING_SIMILARITY


def shown_value(name: str, value: str) -> str:
    return f"{value} minutes" if name == "runtime" and value.isdigit() else value


def source_label(ctx: Context, fact) -> str:
    """The publication (or author) of the document a fact was read from, else the document's name."""
    hit = ctx.gen.passage(fact.passage)
    if hit is not None and (hit.source or hit.author):
        return hit.source or hit.author
    return fact.document.rpartition("/")[2]
