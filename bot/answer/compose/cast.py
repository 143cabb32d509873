"""Cast answers: a credit for a character or actor, or the cast list."""
from __future__ import annotations

import re

from bot.answer.compose.cast_prose import described
from bot.answer.compose.common import is_caption, ANSWER_CHARS, Cited, Context, Draft, NAME_PARTICLES, cite_facts
from bot.answer.credits import CastRow, merge_cast
from bot.answer.evidence import content_terms, is_spoiler
from bot.answer.intent import LANGUAGES
from bot.answer.named import asked_name
from bot.answer.story import PLOT_KINDS
from bot.answer.typos import EVERYDAY
from bot.answer.text import contains_phrase, fold, join_names, sentences, shorten, words
from index.models import CastCredit, FilmFact
from index.search import analyze


# --- cast -------------------------------------------------------------------------------


def answer_cast(ctx: Context) -> Draft | None:
    credits = ctx.facts(CastCredit)
    rows = merge_cast(credits)
    if not rows:
        return None
    matches = matching_cast_rows(ctx, rows)
    if matches and BESIDES.search(fold(ctx.question)):  # "who's in it besides Petit": the rest of the cast
        rest = [r for r in rows if not any(same_character(r, m) or r.actor == m.actor for m in matches)
                and not ctx.mentions(r.actor) and not ctx.mentions(r.character or "")]
        return cast_list_draft(ctx, rest, credits) if rest else None
    missing = missing_version(ctx, rows, matches)
    if missing:
        return missing
    if matches:
        if len(matches) > 1 and not all(same_character(r, matches[0]) for r in matches[1:]):
            return described_rows_draft(ctx, matches)
        return cast_credit_draft(ctx, matches[0], credits, also=matches[1:])
    family = relatives_asked(ctx, rows)
    if family:
        return relatives_draft(ctx, *family)
    if ctx.terms.weights and not asks_for_whole_cast(ctx):
        return None  # "who plays the baby?": a specific role the cast list doesn't name
    return cast_list_draft(ctx, rows, credits)


BESIDES = re.compile(r"\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond)\b")


def asks_for_whole_cast(ctx: Context) -> bool:
    q = fold(ctx.question)
    return bool(re.search(r"\b(cast|stars?|starring|starred|actors|actresses|leads?|who is in|who s in|who was in|main)\b", q.replace("'", " ")))


# Family roles a cast list's descriptions name ("the father", "Ana's mother"), and the everyday
# words for them (typos.EVERYDAY, the one table of such words).
RELATIONS = frozenset("""wife husband son daughter mother father brother sister grandmother grandfather
    uncle aunt niece nephew cousin girlfriend boyfriend fiance fiancee widow widower kids children""".split())
RELATION_STEMS = frozenset(analyze(" ".join(RELATIONS)))
FAMILY_WORDS = {word: formal for word, formal in EVERYDAY.items() if formal in RELATIONS}  # "dad": "father"
# A title as a character's name abbreviates it ("Dr. Dreyfuss", "Det. Somerset"): "the doctor" names him.
TITLES = {"doctor": "dr", "detective": "det", "sergeant": "sgt", "lieutenant": "lt", "captain": "capt",
          "professor": "prof", "inspector": "insp", "colonel": "col", "reverend": "rev", "governor": "gov",
          "senator": "sen", "mister": "mr", "missus": "mrs"}
# A character's age in a question ("young Totò", "old Sophie") and in a credit's notes ("child", "adult").
AGES = {"young": frozenset("young younger child kid little boy girl teen teenage teenager adolescent youth".split()),
        "old": frozenset("old older adult elderly aged grown".split())}
# Two-letter words a character's name may hold ("Al", "Bo") but a question's filler never is.
SHORT_FILLER = frozenset("of in it is to do be he me my we us an as at by on or so up no go if am oh ok".split())


def match_cast_row(ctx: Context, rows: list[CastRow]) -> CastRow | None:
    """The credit a question is about: by description, character name, or actor."""
    matches = matching_cast_rows(ctx, rows)
    return matches[0] if matches else None


def matching_cast_rows(ctx: Context, rows: list[CastRow]) -> list[CastRow]:
    """The credits a question is about, best first: the one whose character, actor and
    descriptions share the most words with the question, then any other actor credited with
    the same character as well as it is (a dub's two voices, a part two actors share).

    A row counts when the question names its character or actor, or when its description is
    matched: all of it, two words, or one word no other row's description has ("the grandma", the
    only grandmother). A word several descriptions share ("the nihilist") gives every row that has
    it. A possessive ("Janis's grandmother") names whose relative is asked for, not the character
    wanted, and so does the owner in a description ("Mozart's wife" is not Mozart). An age ("young
    Totò", "old Sophie") chooses among the actors of one character."""
    matches = rows_fitting(ctx, rows) or rows_fitting(ctx, rows, ages=False)  # "the little girl": a description
    if matches:
        return matches
    prose = described(ctx, rows)  # the cast lists' own descriptions first, then what the prose says
    if not prose:
        return []
    for row in rows:  # what the prose says of "Carl" is said of "Carl Fredricksen", whoever plays him at each age
        said = [n for name, notes in prose.items() if same_character(row, CastRow(actor="", character=name)) for n in notes]
        row.notes = [*row.notes, *(n for n in dict.fromkeys(said) if n not in row.notes)]
    return rows_fitting(ctx, rows) or rows_fitting(ctx, rows, ages=False)


def rows_fitting(ctx: Context, rows: list[CastRow], ages: bool = True) -> list[CastRow]:
    owners, anchors = possessives(ctx.question, rows)
    if anchors:  # "arthurs mom": a part named by whose it is ("Arthur's Mother") is described by its name
        for row in rows:
            if row.character and _WHOSE.search(row.character) and row.character not in row.notes:
                row.notes = [*row.notes, row.character]
    asked = set(words(ctx.question)) | owners
    character_words = {w for row in rows for w in words(row.character or "")}
    age = ages and next((name for name, said in AGES.items() if (asked - character_words) & said), None)  # "Little"
    asked -= AGES[age] - character_words if age else set()
    asked |= {FAMILY_WORDS[w] for w in asked if w in FAMILY_WORDS} | {TITLES[w] for w in asked if w in TITLES}
    cues = set(analyze(" ".join(ctx.reading.cue_words)))
    # a title the question names ("cast of Parallel Mothers") names no character's mother
    titles = [set(words(t)) for t in (ctx.film.title, *ctx.film.aliases)]
    title = set(analyze(" ".join(w for t in titles if t and t <= set(words(ctx.original or ctx.question)) for w in t)))
    question_stems = set(analyze(" ".join(asked))) - cues - title  # descriptions match by stem: "voices", "voice"
    aged = set(analyze(" ".join(AGES[age]))) if age else set()  # "the grumpy old guy": old chooses the actor
    described = len(set(content_terms(ctx.question, set(ctx.reading.cue_words))) - cues - title - anchors - aged
                    - {s for w in character_words for s in analyze(w)})
    question_stems |= kindred(question_stems, {w for row in rows for n in row.notes for w in note_stems(n)})
    anchors |= set(analyze(" ".join(anchors)))  # "Janis's grandmother": Janis is not the target
    relatives_of = {s for a in anchors if a in character_words for s in (a, *analyze(a))}
    names = {s for w in character_words | {w for row in rows for w in words(row.actor)} for s in (w, *analyze(w))}
    holders: dict[str, int] = {}  # how many rows' descriptions hold each word
    for row in rows:
        for stem in set().union(set(), *(note_stems(n) for n in row.notes)):
            holders[stem] = holders.get(stem, 0) + 1
    holders = {w: n for w, n in holders.items() if n == 1 or (n <= 5 and 2 * n < len(rows))}  # the words that tell rows apart
    scored = []
    for n, row in enumerate(rows):
        score = row_score(row, asked, question_stems, anchors, holders, relatives_of, names, described)
        if score > 0:
            scored.append((score, -n, row))
    if not scored:
        return []
    scored.sort(key=lambda item: item[:2], reverse=True)
    best_score, _, best = scored[0]
    if not names_in(best, asked, anchors):  # described, not named: every row that fits as well
        fitting = [row for score, _, row in scored if score == best_score and not names_in(row, asked, anchors)]
        one = all(same_character(row, best) for row in fitting)
        return (of_age(fitting, age) if age and one else None) or fitting  # "the grumpy old guy": the old Carl
    same = [row for score, _, row in scored[1:] if score == best_score and same_character(row, best)]
    if age:
        aged = of_age([best, *(row for row in rows if row is not best and same_character(row, best))], age)
        if aged:
            return aged
    return [best, *same]


def of_age(players: list[CastRow], age: str) -> list[CastRow]:
    """The actors of one character who play it at the age asked ("young", "old")."""
    return [row for row in players if age_of(row) == age] or by_years(players, age)


_WHOSE = re.compile(r"\w['’]s? \w")


# The nouns after a possessive that ask for the owner's own actor: "Colette's voice", "Kevin's actor".
OWN_ACTOR_NOUNS = frozenset("voice voices actor actress player part role".split())
_TOKEN = re.compile(r"[\w'’-]+")
_APOSTROPHE_S = re.compile(r"['’]s?$")


def possessives(question: str, rows: list[CastRow]) -> tuple[set[str], set[str]]:
    """The names a question puts in the possessive, with or without the apostrophe ("Janis's",
    "colettes" where Colette is a character), and of those the anchors: owners whose relative or
    companion is asked for ("linguinis dad"), not those whose own voice or actor is ("colettes voice")."""
    names: dict[str, str] = {}
    for row in rows:
        for w in words(f"{row.character or ''} {row.actor}"):
            names.setdefault(w, w)
            names.setdefault(w.replace("-", ""), w)
    tokens = _TOKEN.findall(fold(question))
    owners, anchors = set(), set()
    for i, token in enumerate(tokens):
        if _APOSTROPHE_S.search(token):
            owner = _APOSTROPHE_S.sub("", token)
        elif len(token) > 3 and token.endswith("s") and token not in names and token[:-1] in names:
            owner = names[token[:-1]]
        else:
            continue
        owners.add(owner)
        if (tokens[i + 1] if i + 1 < len(tokens) else "") not in OWN_ACTOR_NOUNS:
            anchors.add(owner)
    return owners, anchors


# "the french dub", "dubbed into French": a dub asked by name (a "version" may be the original).
_VERSION = re.compile(r"\b(?:(?P<before>[a-z]+) (?:dub|dubbed|dubbing)|dubbed (?:in|into) (?P<after>[a-z]+)"
                      rf"|(?P<language>{LANGUAGES}) (?:version|release|cut))\b")
_NO_VERSION = frozenset("the a an this that its original which what".split())


def missing_version(ctx: Context, rows: list[CastRow], matches: list[CastRow]) -> Draft | None:
    """"Who voiced Remy in the French dub?" where no credit is of a French version: the documents
    don't say (the original's actor is not the answer)."""
    found = _VERSION.search(fold(ctx.question))
    version = found and (found["before"] or found["after"] or found["language"])
    if not version or version in _NO_VERSION:
        return None
    spoken = {w for f in ctx.facts(FilmFact) if f.name == "language" for w in words(f.value)}
    if found["language"] and version in spoken:
        return None  # "the french version" of a French film is the film itself
    if any(version in words(note) for row in (matches or rows) for note in row.notes):
        return None
    who = f" for {matches[0].character}" if matches and matches[0].character else ""
    return Draft(f"the documents about {ctx.film.title} give no {version.capitalize()} cast{who}.", found=False,
                 cited=[Cited(p, "") for r in matches[:1] for p in dict.fromkeys(r.passages)][:1])


def names_in(row: CastRow, asked: set[str], anchors: set[str]) -> bool:
    """Does the question name the row's character or actor?"""
    return bool(name_words(row.character) - anchors & asked
                or {w for w in words(row.actor) if len(w) > 2} & asked)


def age_of(row: CastRow) -> str | None:
    said = {w for note in row.notes for w in words(note)}
    return next((name for name, ages in AGES.items() if said & ages), None)


def kindred(asked: set[str], described: set[str]) -> set[str]:
    """Description words of one root with a question's: "hologram" and "holographic", "taiwan" and
    "taiwanese"; all of the shorter word but its last letter begins the longer, five letters at least."""
    found = set()
    for word in described - asked:
        for stem in asked:
            short, long = sorted((word, stem), key=len)
            if len(short) >= 5 and long.startswith(short[:max(5, len(short) - 1)]):
                found.add(word)
    return found


def by_years(players: list[CastRow], age: str) -> list[CastRow]:
    """'Kevin - Age 9', 'Kevin - Age 16', 'Kevin': the youngest given, or the oldest (no age is the adult)."""
    years = {id(row): min(int(w) for note in row.notes for w in words(note) if w.isdigit())
             for row in players if any(w.isdigit() for note in row.notes for w in words(note))}
    if not years or len(players) < 2:
        return []
    if age == "young":
        return [row for row in players if years.get(id(row)) == min(years.values())]
    return [row for row in players if id(row) not in years] or [
        row for row in players if years.get(id(row)) == max(years.values())]


CLAUSE_STEMS = frozenset(analyze("who whom whose which that what where when"))  # "who wants to leave Iran"


def note_stems(note: str) -> set[str]:
    return {w for w in analyze(note) if (len(w) > 2 or w.isdigit()) and w not in NAME_PARTICLES and w not in CLAUSE_STEMS}


OF_OWNER = re.compile(r"\bof\s+(.+)$")
NOTE_POSSESSIVE = re.compile(r"([\w-]+)['’]s?\b(?=\s)")  # "Yoon-a's husband"


def note_owners(note: str) -> set[str]:
    """Whose the description says the character is: "Mozart's wife" is a wife, not Mozart; "the
    daughter of a senator" is a daughter."""
    owners = [*NOTE_POSSESSIVE.findall(note + " "), *OF_OWNER.findall(note)]
    return {s for owner in owners for s in (fold(owner), *analyze(owner))}


WEAK_MATCH = 2  # a description of more words than this is not matched by one of them


def row_score(row: CastRow, question_words: set[str], question_stems: set[str], anchors: set[str],
              holders: dict[str, int] | None = None, relatives_of: set[str] = frozenset(),
              names: set[str] | None = None, described: int = 0) -> float:
    """Words the question shares with the row's character (or actor) and descriptions; under 1
    when only one description word matches and other rows' descriptions have it too. holders: the
    description words that tell rows apart, with how many rows have each. relatives_of: the characters
    whose relatives the question asks for ("Linguini" in "Linguini's dad"). described: how many
    words the question describes the character with."""
    notes = [note_stems(note) for note in row.notes]
    bonus = 0.0
    if relatives_of:  # "linguinis dad": a relative of someone else ("Remy's father") is not asked
        notes = [stems - relatives_of for stems in relatives_owned(row, notes, relatives_of)]
        said_whose = any(note_owners(note) & relatives_of and stems & RELATION_STEMS & question_stems
                         for stems, note in zip(notes, row.notes))
        bonus = 0.5 if said_whose else 0.1 if set(words(row.character or "")) & question_words & RELATIONS else 0.0
    matched = set().union(set(), *notes) & question_stems
    owners = set().union(set(), *(note_owners(note) for note in row.notes))
    if names is not None:
        owners &= names  # "Mozart's wife" is owned by a character; "Alzheimer's disease" by no one
    if holders is not None and not (matched - owners) & holders.keys():
        matched -= owners  # the owner alone: "who plays Mozart" is not about "Mozart's wife"
    best_note = max((len(note & question_stems) for note in notes), default=0)
    own = matched - anchors
    if holders is not None:  # a word many descriptions hold ("English dub") ranks rows but names none
        own = {w for w in own if w in holders}
    strong = bool(own) and (len(matched) >= 2 or any(note and note <= question_stems for note in notes))
    character = name_words(row.character) - anchors & question_words
    actor = {w for w in words(row.actor) if len(w) > 2} & question_words
    if not (character or actor or strong):
        shared = holders.get(next(iter(own)), 0) if holders is not None and len(own) == 1 else 0
        if described > WEAK_MATCH:
            return 0.0  # "the cop tied to the chair": one word of three is another cop; the story tells
        # one word of a description: enough when no other row has it, else a candidate among them
        return 0.0 if not shared else 1.0 if shared == 1 else 0.5 if shared <= 5 else 0.0
    named = set(analyze(" ".join(character)))
    return max(len(character) + len(matched - named), len(actor) - 0.25) + 0.01 * best_note + bonus


def relatives_owned(row: CastRow, notes: list[set[str]], relatives_of: set[str]) -> list[set[str]]:
    """The notes' stems without the relations the notes give to someone not asked about: "Remy's
    father" is not Linguini's; "his father" (whose, unsaid) yields to a note that says whose."""
    owned_by_other = [bool(note_owners(note)) and not note_owners(note) & relatives_of for note in row.notes]
    elsewhere = set().union(set(), *(stems & RELATION_STEMS for stems, other in zip(notes, owned_by_other) if other))
    return [stems - RELATION_STEMS if other else stems - elsewhere for stems, other in zip(notes, owned_by_other)]


def name_words(character: str | None) -> set[str]:
    """The words a question may call a character by: the capitalised ones of a part named by what
    the character does ("Man who hires Wells": not "who"), every one of a name written in lower case."""
    tokens = (character or "").split()
    capitalised = [t for t in tokens if t.lstrip("\"'“‘(")[:1].isupper()]  # 'Salvatore "Totò" Di Vita'
    return {w for w in words(" ".join(capitalised or tokens)) if name_word(w)}


def name_word(word: str) -> bool:
    """A word of a character's name a question may call them by: "Al", not "the" ("The Dude")."""
    return word not in NAME_PARTICLES and (len(word) > 2 or (len(word) == 2 and word not in SHORT_FILLER))


def relatives_asked(ctx: Context, rows: list[CastRow]) -> tuple[str, str, list[CastRow]] | None:
    """"who plays Brody's wife" where no description says whose wife anyone is: the other
    characters with Brody's surname, for the member to tell apart (the documents can't)."""
    asked = words(ctx.question)
    for owner, relation in zip(asked, asked[1:]):
        relation = FAMILY_WORDS.get(relation, relation)
        if relation not in RELATIONS:
            continue
        for name in dict.fromkeys((owner, owner[:-1] if owner.endswith("s") else owner)):
            family = [r for r in rows if r.character and words(r.character)[-1:] == [name]]
            if len(family) >= 2:
                return name, relation, family[1:]  # the first billed is the one whose relative is asked
    return None


def relatives_draft(ctx: Context, owner: str, relation: str, family: list[CastRow]) -> Draft:
    surname = family[0].character.split()[-1]
    players = join_names([f"{r.actor} ({r.character})" for r in family])
    text = (f"The documents about {ctx.film.title} don't say who {surname}'s {relation} is; the other "
            f"{surname}s in the cast: {players}.")
    cited = [Cited(p, "") for r in family for p in dict.fromkeys(r.passages)][:3]
    return Draft(shorten(text, ANSWER_CHARS), cited=cited)


def described_rows_draft(ctx: Context, rows: list[CastRow]) -> Draft:
    """Several characters fit the description asked for: each with its actor."""
    parts = join_names([f"{r.actor} plays {r.character}" + (f" ({r.description})" if r.description else "")
                        if r.character else r.actor for r in rows])
    text = f"{len(rows)} characters in {ctx.film.title} fit: {parts}."
    cited = [Cited(p, "") for r in rows for p in dict.fromkeys(r.passages)][:3]
    return Draft(shorten(text, ANSWER_CHARS), cited=cited, items=[r.line() for r in rows])


def same_character(row: CastRow, other: CastRow) -> bool:
    """'Chihiro / Sen' and 'Chihiro Ogino / Sen', 'Haku' and 'Haku': one character's words hold the other's."""
    a = {w for w in words(row.character or "") if w not in NAME_PARTICLES}
    b = {w for w in words(other.character or "") if w not in NAME_PARTICLES}
    return bool(a and b) and (a <= b or b <= a)


def cast_credit_draft(ctx: Context, row: CastRow, credits: list[CastCredit], also: list[CastRow] = ()) -> Draft:
    if row.character and also:
        players = join_names([f"{r.actor} ({r.description})" if r.description else r.actor for r in (row, *also)])
        text = f"{row.character} is played by {players} in {ctx.film.title}."
    elif row.character:
        role = row.character + (f" ({row.description})" if row.description else "")
        text = f"{row.actor} plays {role} in {ctx.film.title}."
    elif row.description:  # a part described, not named: "a boy at the Cafe 80's"
        text = f"{row.actor} is in the cast of {ctx.film.title}, as {row.description}."
    else:
        text = f"{row.actor} is in the cast of {ctx.film.title}; the documents don't say whom they play."
    cited = [Cited(p, "") for r in (row, *also) for p in dict.fromkeys(r.passages)][:3]
    extra = character_sentence(ctx, row)
    if extra:
        text = f"{extra.snippet} ({text})"
        cited.insert(0, extra)
    return Draft(shorten(text, ANSWER_CHARS), cited=cited, spoiler=bool(extra and is_spoiler(extra.snippet)))


# The parts of a character's name a cast list gives whole (not a real name, "Mr. Pink", or a
# nickname), with the words that say which: "full" -> the whole name, "last" -> all but the first.
WHOLE_NAME_PARTS = {"full": (slice(None), "full name"), "first": (slice(0, 1), "first name"),
                    "given": (slice(0, 1), "given name"), "christian": (slice(0, 1), "Christian name"),
                    "last": (slice(1, None), "last name"), "sur": (slice(1, None), "surname"),
                    "family": (slice(1, None), "family name")}


def answer_character_name(ctx: Context) -> Draft | None:
    """"whats janis full name": the cast list names the character whole ("Janis Martínez Moreno").
    Only one character may have the asked name word, and the list must give more of the name."""
    asked = asked_name(ctx.question)
    if asked is None or asked.part not in WHOLE_NAME_PARTS:
        return None
    rows = [r for r in merge_cast(ctx.facts(CastCredit)) if r.character]
    named = {r.character: r for r in rows
             if set(asked.focus) & {t for w in name_words(r.character) for t in analyze(w)}}
    if len(named) != 1:
        return None
    character, row = next(iter(named.items()))
    tokens = character.split()
    cut, label = WHOLE_NAME_PARTS[asked.part]
    if len(tokens) < 2:
        return None
    text = f"{tokens[0]}’s {label} is {' '.join(tokens[cut])} ({row.actor} plays {character} in {ctx.film.title})."
    return Draft(text, cited=[Cited(p, "") for p in dict.fromkeys(row.passages)][:2])


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
