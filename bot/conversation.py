"""Conversation memory: what a member's last answer was about, so a follow-up can leave it unsaid.

Two bounded, in-process memories, both keyed so that nothing crosses servers:

- `ConversationMemory.recall(guild, channel, member)`: the film (and the person or character) of a
  member's last question in a channel, kept for `ttl` seconds (10 minutes) after it was asked.
  DMs and the command line use guild None; a CLI conversation id can stand in for the channel.
- `ConversationMemory.recall_reply(message_id, guild)`: what one of the bot's answer messages was
  about, so a Discord reply to it continues that conversation (by whoever replies).

Both are LRU-capped. The clock is injectable for tests. `resolve_pronouns` rewrites "he/she/her/
him/his/they/them/their/it" in a follow-up question to the remembered subject when the question
names nobody of the film itself: "who plays her mother?" after Ana -> "who plays Ana's mother?".
"""
from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from typing import Literal

SubjectKind = Literal["character", "person", "thing"]
Gender = Literal["f", "m"]

DEFAULT_TTL = 600.0  # a member's last film: ten minutes
DEFAULT_REPLY_TTL = 24 * 3600.0  # a reply to an answer of the day still follows on from it
DEFAULT_MAX_ENTRIES = 10_000
DEFAULT_MAX_REPLIES = 10_000


@dataclass(frozen=True)
class Subject:
    """The person or character (or, for "it", the thing) an answer was about."""

    name: str
    kind: SubjectKind = "character"
    gender: Gender | None = None  # when known, "he" never resolves to a woman, nor "she" to a man


@dataclass(frozen=True)
class Turn:
    """What one answer was about: the film (its key and title) and its subject."""

    film: str | None  # the film's key (slug)
    title: str | None = None  # the film's title, for display
    subject: Subject | None = None
    guild: Hashable | None = None
    channel: Hashable | None = None
    at: float = 0.0  # when it was remembered, on the memory's clock


Key = tuple[Hashable | None, Hashable | None, Hashable | None]


@dataclass(frozen=True)
class FollowOn:
    """What a question that names no film follows on from: the film (and the person or character)
    of the member's previous question, or the film set for the channel."""
    film: str  # a title, alias or slug
    film_from: Literal["conversation", "channel"] = "conversation"
    subject: Subject | None = None


class ConversationMemory:
    """Per (guild, channel, member): the last turn, for `ttl` seconds; per answer message: its turn.

    Thread-safe; every operation is O(1) apart from dropping expired entries it meets."""

    def __init__(self, *, ttl: float = DEFAULT_TTL, max_entries: int = DEFAULT_MAX_ENTRIES,
                 reply_ttl: float = DEFAULT_REPLY_TTL, max_replies: int = DEFAULT_MAX_REPLIES,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if max_entries < 1 or max_replies < 1:
            raise ValueError("memory sizes must be at least 1")
        self.ttl, self.reply_ttl = ttl, reply_ttl
        self.max_entries, self.max_replies = max_entries, max_replies
        self._clock = clock
        self._lock = threading.Lock()
        self._turns: OrderedDict[Key, Turn] = OrderedDict()
        self._replies: OrderedDict[Hashable, Turn] = OrderedDict()

    # --- a member's last film in a channel --------------------------------------------------

    def remember(self, guild: Hashable | None, channel: Hashable | None, member: Hashable | None, *,
                 film: str | None, title: str | None = None, subject: Subject | None = None,
                 keep_subject: bool = True) -> Turn:
        """Record what the member's latest answer was about. With no new subject, the previous one
        is kept while the film stays the same (`keep_subject`); another film forgets it."""
        key = (guild, channel, member)
        with self._lock:
            now = self._clock()
            previous = self._live(self._turns, key, self.ttl, now)
            if subject is None and keep_subject and previous and previous.film == film:
                subject = previous.subject
            turn = Turn(film, title if title is not None else (previous.title if previous and previous.film == film else None),
                        subject, guild, channel, now)
            self._turns[key] = turn
            self._turns.move_to_end(key)
            self._trim(self._turns, self.max_entries, self.ttl, now)
            return turn

    def recall(self, guild: Hashable | None, channel: Hashable | None, member: Hashable | None) -> Turn | None:
        """The member's last turn in this channel of this guild, if asked within `ttl` seconds."""
        with self._lock:
            turn = self._live(self._turns, (guild, channel, member), self.ttl, self._clock())
            if turn is not None:
                self._turns.move_to_end((guild, channel, member))
            return turn

    def forget(self, guild: Hashable | None, channel: Hashable | None, member: Hashable | None) -> None:
        with self._lock:
            self._turns.pop((guild, channel, member), None)

    # --- replies to the bot's answers ---------------------------------------------------------

    def remember_reply(self, message_id: Hashable, turn: Turn) -> None:
        """Record what the answer sent as `message_id` was about (its turn carries guild and channel)."""
        with self._lock:
            now = self._clock()
            self._replies[message_id] = replace(turn, at=now)
            self._replies.move_to_end(message_id)
            self._trim(self._replies, self.max_replies, self.reply_ttl, now)

    def recall_reply(self, message_id: Hashable, guild: Hashable | None) -> Turn | None:
        """What the answer `message_id` was about, if it was sent in this guild (None: DMs)."""
        with self._lock:
            turn = self._live(self._replies, message_id, self.reply_ttl, self._clock())
            if turn is None or turn.guild != guild:
                return None
            self._replies.move_to_end(message_id)
            return turn

    def __len__(self) -> int:
        with self._lock:
            return len(self._turns)

    # --- internals ---------------------------------------------------------------------------

    @staticmethod
    def _live(table: OrderedDict, key: Hashable, ttl: float, now: float) -> Turn | None:
        turn = table.get(key)
        if turn is not None and now - turn.at > ttl:
            del table[key]
            return None
        return turn

    @staticmethod
    def _trim(table: OrderedDict, cap: int, ttl: float, now: float) -> None:
        while table:  # the oldest first: expired ones, then any beyond the cap
            key, oldest = next(iter(table.items()))
            if len(table) > cap or now - oldest.at > ttl:
                del table[key]
            else:
                break


# --- pronouns -----------------------------------------------------------------------------------

SUBJECT_PRONOUNS = {"he": "m", "she": "f", "they": None}
OBJECT_PRONOUNS = {"him": "m", "them": None}
POSSESSIVE_PRONOUNS = {"his": "m", "their": None}
# "her" is possessive before a noun ("her mother"), an object before these or at the end ("about her").
NOT_A_NOUN = set("""
a an the and or but nor so if when while as than then in on at to for with by from of about after before
into onto over under through during since until up down out off around again is was are were be been do
does did has have had will would can could should may might must this that these those who whom what
which where why how first last most more at all now ever still too also just really please
""".split())
PRONOUN = re.compile(r"\b(he|she|they|him|them|his|their|her|it)\b", re.I)
SUBJECT_WORD = re.compile(r"[\w-]+")
FOLLOWING_WORD = re.compile(r"[ \t]+([\w'’-]+)")
# Words of a name too common to say a question names it ("the", "Mr", "Mother Superior"'s "mother").
NAME_SKIP = set("the and of de del la le los las van von der mr mrs ms miss dr".split())


def resolve_pronouns(question: str, subject: Subject | None, known_names: Iterable[str] = ()) -> str:
    """The question with its pronouns standing for `subject` replaced by the subject's name.

    Conservative: unchanged when there is no subject, when the question names the subject or any of
    `known_names` (the film's characters and people, as the caller knows them), or when a gendered
    pronoun contradicts the subject's known gender. "it" is only replaced for a "thing" subject (for
    a person, "it" is the film). Possessives take "'s": "his" / "her mother" -> "Ana's mother"."""
    if subject is None or not subject.name.strip():
        return question
    if names_any(question, [subject.name, *known_names]):
        return question
    name = subject.name.strip()
    tokens = list(PRONOUN.finditer(question))
    if not tokens:
        return question
    parts, last = [], 0
    for match in tokens:
        word = match.group(1)
        replacement = pronoun_replacement(question, match, subject, name)
        if replacement is None:
            continue
        if word[0].isupper() and match.start() == 0:
            replacement = replacement[0].upper() + replacement[1:]
        parts.append(question[last:match.start()])
        parts.append(replacement)
        last = match.end()
    if not parts:
        return question
    parts.append(question[last:])
    return "".join(parts)


def pronoun_replacement(question: str, match: re.Match, subject: Subject, name: str) -> str | None:
    word = match.group(1).lower()
    possessive = f"{name}’s" if "’" in question else f"{name}'s"
    if word == "it":
        return name if subject.kind == "thing" else None
    if subject.kind == "thing":
        return None  # "he", "her" never stand for a thing
    if word == "her":
        if subject.gender == "m":
            return None
        following = FOLLOWING_WORD.match(question, match.end())
        if following and following.group(1).lower() not in NOT_A_NOUN:
            return possessive
        return name
    for table, shown in ((SUBJECT_PRONOUNS, name), (OBJECT_PRONOUNS, name), (POSSESSIVE_PRONOUNS, possessive)):
        if word in table:
            gender = table[word]
            if gender and subject.gender and gender != subject.gender:
                return None
            return shown
    return None


def names_any(text: str, names: Iterable[str]) -> bool:
    """Does the text name any of these (by a whole word of the name, accents and case aside)?"""
    from bot.answer.text import words  # one folding of words for names everywhere

    asked = set(words(text))
    for name in names:
        for word in words(name or ""):
            if len(word) > 1 and word not in NAME_SKIP and word in asked and not PRONOUN.fullmatch(word):
                return True
    return False


def find_subject(text: str, characters: Iterable[str] = (), people: Iterable[str] = ()) -> Subject | None:
    """The first character or person of the film that a question (or an answer) names, as a Subject:
    what to remember after "who plays Ana?" (character Ana) or "what else did Milena Smit do" (person)."""
    from bot.answer.text import fold

    folded = " " + " ".join(SUBJECT_WORD.findall(fold(text))) + " "
    best: tuple[int, int, Subject] | None = None
    for kind, names in (("character", characters), ("person", people)):
        for name in names:
            if not name:
                continue
            for variant in (name, name.split()[0], name.split()[-1]):
                needle = " ".join(SUBJECT_WORD.findall(fold(variant)))
                if len(needle) < 3 or needle in NAME_SKIP:
                    continue
                at = folded.find(f" {needle} ")
                if at >= 0:
                    candidate = (at, -len(needle), Subject(name, kind))
                    if best is None or candidate[:2] < best[:2]:
                        best = candidate
                    break
    return best[2] if best else None


def answer_in_conversation(engine, memory: ConversationMemory, where: Key, question: str,
                           film: str | None = None, *, spoilers: bool = False, channel_film: str | None = None,
                           replying_to: Hashable | None = None):
    """Answer a member's question as part of their conversation, and remember what it was about.

    `where` is (guild, channel, member). A reply to one of the bot's answers (`replying_to`, its
    message id) follows on from that answer; otherwise the member's last question in this channel,
    within the memory's ttl; otherwise the channel's film. A film named in the question or given as
    the option always wins. Returns the answer and the turn remembered for it (a front end keeps it
    for the message it sends: `memory.remember_reply(message_id, turn)`)."""
    guild, channel, member = where
    turn = memory.recall_reply(replying_to, guild) if replying_to is not None else None
    turn = turn or memory.recall(guild, channel, member)
    follow_on = None
    if turn is not None and turn.film:
        follow_on = FollowOn(turn.film, "conversation", turn.subject)
    elif channel_film:
        follow_on = FollowOn(channel_film, "channel")
    answer = engine.answer_question(question, film, spoilers=spoilers, follow_on=follow_on)
    if not answer.film:
        return answer, turn
    subject = Subject(answer.subject, answer.subject_kind or "character") if answer.subject else None
    return answer, memory.remember(guild, channel, member, film=answer.film, title=answer.film, subject=subject)
