"""Facts from several documents merged into one view: the cast, the crew, the awards, the critics."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer.text import fold, words
from index.ceremonies import CEREMONIES, one_word_cues
from index.models import Award, CastCredit, CrewCredit, Verdict


@dataclass
class CastRow:
    actor: str
    character: str | None = None
    description: str | None = None
    mentions: int = 0
    first_seen: int = 0
    billed: int = 999  # position in the fullest cast list
    passages: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # every description the documents give, for matching

    def line(self) -> str:
        if not self.character:
            return self.actor
        role = f"{self.character}, {self.description}" if self.description else self.character
        return f"{self.actor} as {role}"


def merge_cast(credits: list[CastCredit]) -> list[CastRow]:
    """One row per actor, the fullest character name and any description; leads first.

    Billing order comes from the longest cast list (documents list leads first), then from
    how often and how early an actor is mentioned."""
    rows: dict[str, CastRow] = {}
    billing = longest_cast_list(credits)
    for n, credit in enumerate(credits):
        key = actor_key(credit.actor, rows)
        row = rows.setdefault(key, CastRow(actor=credit.actor, first_seen=n))
        row.billed = min(row.billed, billing.get(name_key(credit.actor), 999))
        row.mentions += 1
        row.passages.append(credit.passage)
        if (len(credit.actor), accents(credit.actor), credit.actor.count("-")) > (
                len(row.actor), accents(row.actor), row.actor.count("-")):
            row.actor = credit.actor
        if credit.character and (not row.character or fuller(credit.character, row.character)):
            row.character = credit.character
        if credit.description and not row.description:
            row.description = credit.description
        if credit.description and credit.description not in row.notes:
            row.notes.append(credit.description)
    kept = [r for r in rows.values() if not reversed_credit(r, rows.values())]
    return sorted(kept, key=lambda r: (-min(r.mentions, 3), r.billed, r.first_seen))


def reversed_credit(row: CastRow, rows) -> bool:
    """"Marion Crane (Leigh)" read the wrong way round: its "actor" is another row's character and
    its "character" that row's actor's surname."""
    return bool(row.character) and any(
        other is not row and other.character and name_key(other.character) == name_key(row.actor)
        and words(row.character) == words(other.actor)[-1:] for other in rows)


def longest_cast_list(credits: list[CastCredit]) -> dict[str, int]:
    """Billing from the document that credits the most characters (a long list spans passages)."""
    by_document: dict[str, list[CastCredit]] = {}
    for credit in credits:
        if credit.character:
            by_document.setdefault(credit.document or credit.passage, []).append(credit)
    longest = max(by_document.values(), key=len, default=[])
    return {name_key(c.actor): n for n, c in enumerate(longest)}


def name_key(name: str) -> str:
    """One key for the spellings of a name: "Song Kang-ho", "Song Kang Ho", "SONG Kang Ho"."""
    return " ".join(" ".join(words(name)).replace("-", " ").split())


def actor_key(actor: str, rows: dict[str, CastRow]) -> str:
    key = name_key(actor)
    if key in rows:
        return key
    # "Cruz" alone is the same person as "Penélope Cruz" when only one actor has that surname, and
    # "Ed Asner" as "Edward Asner": a first name that begins the other, the rest the same
    matches = [k for k in rows if k.endswith(" " + key) or key.endswith(" " + k) or shortened(k, key)]
    return matches[0] if len(matches) == 1 else key


def shortened(a: str, b: str) -> bool:
    """Is one name the other with its first name cut short ("ed asner", "edward asner")?"""
    first_a, _, rest_a = a.partition(" ")
    first_b, _, rest_b = b.partition(" ")
    short, long = sorted((first_a, first_b), key=len)
    return bool(rest_a) and rest_a == rest_b and len(short) >= 2 and short != long and long.startswith(short)


def fuller(new: str, old: str) -> bool:
    """'Janis Martínez Moreno' is a fuller name for 'Janis'."""
    a, b = words(new), words(old)
    return len(a) > len(b) and a[: len(b)] == b


def merge_names(names: list[str]) -> list[str]:
    """Distinct names, folding case and accents, keeping the most complete spelling."""
    kept: dict[str, str] = {}
    for name in names:
        key = name_key(name)
        current = kept.get(key)
        if current is None or (accents(name), name.count("-")) > (accents(current), current.count("-")):
            kept[key] = name  # "Bong Joon-ho" rather than "Bong Joon Ho"
    return list(kept.values())


def accents(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127)


def crew_by_role(credits: list[CrewCredit]) -> dict[str, list[str]]:
    """Names per role, each person once, spelt the one way across roles (a press kit's
    "Bong Joon Ho" as writer, the director "Bong Joon-ho" elsewhere: both "Bong Joon-ho")."""
    spelling = {name_key(name): name for name in merge_names([c.name for c in credits])}
    roles: dict[str, list[str]] = {}
    for credit in credits:
        roles.setdefault(credit.role, []).append(spelling.get(name_key(credit.name), credit.name))
    return {role: merge_names(names) for role, names in roles.items()}


@dataclass
class AwardRow:
    ceremony: str
    category: str
    outcome: str
    recipient: str | None
    year: int | None
    passage: str
    lost_to: str | None = None  # who or what won instead, where the page says

    def line(self) -> str:
        who = f" ({self.recipient})" if self.recipient else ""
        verb = "Won" if self.outcome == "won" else "Nominated"
        return f"{self.ceremony}: {verb}, {self.category}{who}"


def merge_awards(awards: list[Award]) -> list[AwardRow]:
    """One row per ceremony, category and nominee; a win beats a nomination, a named recipient
    beats none. Three nominees in one category ("Best Supporting Actor": Caan, Duvall, Pacino)
    stay three rows: each is a nomination of its own."""
    rows: dict[tuple[str, str], list[AwardRow]] = {}
    for award in awards:
        key = (ceremony_key(award.ceremony), category_key(award.category))
        same = rows.setdefault(key, [])
        row = next((r for r in same if same_recipient(r.recipient, award.recipient)), None)
        if row is None:
            same.append(AwardRow(award.ceremony, award.category, award.outcome, award.recipient, award.year,
                                 award.passage, award.lost_to))
            continue
        row.lost_to = row.lost_to or award.lost_to
        if len(award.category) > len(row.category):
            row.category = award.category  # "Best Original Score" says more than "Best Music"
        if award.outcome == "won":
            row.outcome = "won"
        if award.recipient and (not row.recipient or len(award.recipient) > len(row.recipient)):
            row.recipient = award.recipient
        row.year = row.year or award.year
    return [row for same in rows.values() for row in same]


def same_recipient(a: str | None, b: str | None) -> bool:
    """Unnamed matches anyone; named ones match when they share a surname ("Coppola, Puzo")."""
    if not a or not b:
        return True
    surnames = lambda names: {words(n)[-1] for n in names.split(",") if words(n)}  # noqa: E731
    return bool(surnames(a) & surnames(b))


# Pages name the same category differently; these spellings are one award within one ceremony.
CATEGORY_ALIASES = {"music": "score", "original score": "score", "original music": "score", "score": "score",
                    "original music score": "score", "foreign language film": "international film",
                    "international feature film": "international film", "foreign film": "international film"}


def category_key(category: str) -> str:
    key = " ".join(w for w in words(category) if w != "best")
    return CATEGORY_ALIASES.get(key, key)


CEREMONY_NOISE = re.compile(r"\b(the|awards?|ceremony|nominations?|nominee|winner)\b|®|™")
GENERIC_CEREMONY_WORDS = {"film", "festival", "international", "prize", "prizes", "of", "and", "for", "de", "best"}


def ceremony_key(ceremony: str) -> str:
    key = CEREMONY_NOISE.sub(" ", fold(ceremony))
    return " ".join(w.rstrip("s") for w in key.split())


# What people call a listed ceremony (index.ceremonies), in the words its key uses ("oscars" ->
# "academy", "palme" -> "cannes film festival"); a word its key already holds needs no entry.
CEREMONY_WORDS = {word: ceremony_key(c.name) for c in CEREMONIES for word in sorted(one_word_cues())
                  if word in (*c.words, *c.prizes) and word.rstrip("s") not in ceremony_key(c.name).split()}


def asked_ceremonies(question_words: list[str], ceremonies: list[str]) -> list[str]:
    """The ceremonies (of those given) a question names, by the share of each ceremony's own words it
    uses: "oscars" names "Academy Awards" (1 of 1 word), not "Japan Academy Film Prize" (1 of 2)."""
    asked = set()
    for word in question_words:
        asked.update(CEREMONY_WORDS.get(word, word).split())
        asked.add(word.rstrip("s"))
    scores = {}
    for ceremony in ceremonies:
        own = set(ceremony_key(ceremony).split()) - GENERIC_CEREMONY_WORDS
        if own:
            scores[ceremony] = len(own & asked) / len(own)
    best = max(scores.values(), default=0)
    return [c for c, score in scores.items() if score == best] if best > 0 else []


def merge_verdicts(verdicts: list[Verdict]) -> list[Verdict]:
    """One verdict per critic (or outlet, where no critic is named) that gave a rating: the first
    with a rating on a known scale, else the first. Quotes without a rating are left out."""
    kept: dict[str, Verdict] = {}
    for verdict in verdicts:
        if verdict.rating is None and not verdict.rating_text:
            continue
        key = verdict_key(verdict)
        current = kept.get(key)
        if current is None or (current.rating is None and verdict.rating is not None):
            kept[key] = verdict
    return list(kept.values())


def verdict_key(verdict: Verdict) -> str:
    return " ".join(words(verdict.critic or verdict.outlet or verdict.document))
