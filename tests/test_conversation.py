"""Conversation memory: per member and channel, expiring, capped, never across servers; replies; pronouns."""
from __future__ import annotations

import pytest

from bot.conversation import ConversationMemory, Subject, Turn, find_subject, names_any, resolve_pronouns

ANA = Subject("Ana", "character", "f")
ARTURO = Subject("Arturo", "character", "m")
CRUZ = Subject("Penélope Cruz", "person")
ROCK = Subject("the scholar's rock", "thing")
KNOWN = ["Ana", "Janis", "Teresa", "Arturo", "Elena", "Penélope Cruz", "Milena Smit", "Rossy de Palma"]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def memory(clock: Clock) -> ConversationMemory:
    return ConversationMemory(clock=clock)


# --- the member's last film -----------------------------------------------------------------------


def test_remembers_film_and_subject(memory):
    memory.remember(1, 10, 100, film="parallel-mothers", title="Parallel Mothers", subject=ANA)
    turn = memory.recall(1, 10, 100)
    assert turn.film == "parallel-mothers" and turn.title == "Parallel Mothers" and turn.subject == ANA


def test_expires_after_ten_minutes(memory, clock):
    memory.remember(1, 10, 100, film="heat")
    clock.now += 599
    assert memory.recall(1, 10, 100).film == "heat"
    clock.now += 2
    assert memory.recall(1, 10, 100) is None


def test_expiry_counts_from_the_last_question_not_the_first(memory, clock):
    memory.remember(1, 10, 100, film="heat")
    clock.now += 500
    memory.remember(1, 10, 100, film="heat")
    clock.now += 500
    assert memory.recall(1, 10, 100).film == "heat"


@pytest.mark.parametrize("other", [(1, 10, 101), (1, 11, 100), (2, 10, 100), (None, 10, 100)],
                         ids=["another member", "another channel", "another server", "a DM"])
def test_per_member_per_channel_and_never_across_servers(memory, other):
    memory.remember(1, 10, 100, film="heat")
    assert memory.recall(*other) is None


def test_dm_and_cli_use_no_guild(memory):
    memory.remember(None, "cli-session", None, film="heat")
    assert memory.recall(None, "cli-session", None).film == "heat"
    assert memory.recall(1, "cli-session", None) is None


def test_capped_least_recently_used_goes_first(clock):
    memory = ConversationMemory(max_entries=3, clock=clock)
    for member in (1, 2, 3):
        memory.remember(1, 10, member, film=f"film-{member}")
    memory.recall(1, 10, 1)  # used: member 2 is now the oldest
    memory.remember(1, 10, 4, film="film-4")
    assert len(memory) == 3
    assert memory.recall(1, 10, 2) is None
    assert [memory.recall(1, 10, m).film for m in (1, 3, 4)] == ["film-1", "film-3", "film-4"]


def test_expired_entries_are_dropped_when_others_are_added(memory, clock):
    for member in range(50):
        memory.remember(1, 10, member, film="heat")
    clock.now += 601
    memory.remember(1, 10, "late", film="heat")
    assert len(memory) == 1


def test_subject_kept_on_the_same_film_and_forgotten_on_another(memory):
    memory.remember(1, 10, 100, film="parallel-mothers", subject=ANA)
    memory.remember(1, 10, 100, film="parallel-mothers")  # "how long is it?"
    assert memory.recall(1, 10, 100).subject == ANA
    memory.remember(1, 10, 100, film="heat")  # naming another film switches
    assert memory.recall(1, 10, 100).subject is None
    memory.remember(1, 10, 100, film="heat", subject=ARTURO)
    memory.remember(1, 10, 100, film="heat", keep_subject=False)
    assert memory.recall(1, 10, 100).subject is None


def test_forget(memory):
    memory.remember(1, 10, 100, film="heat")
    memory.forget(1, 10, 100)
    assert memory.recall(1, 10, 100) is None


# --- replies to the bot's answers -------------------------------------------------------------------


def test_reply_to_an_answer_continues_its_conversation(memory):
    turn = memory.remember(1, 10, 100, film="parallel-mothers", subject=ANA)
    memory.remember_reply(555, turn)
    replied = memory.recall_reply(555, 1)
    assert replied.film == "parallel-mothers" and replied.subject == ANA and replied.channel == 10


def test_reply_lookup_never_crosses_servers(memory):
    memory.remember_reply(555, Turn("heat", guild=1, channel=10))
    assert memory.recall_reply(555, 2) is None
    assert memory.recall_reply(555, None) is None
    assert memory.recall_reply(556, 1) is None


def test_replies_are_capped_and_expire(clock):
    memory = ConversationMemory(max_replies=2, reply_ttl=3600, clock=clock)
    for message in (1, 2, 3):
        memory.remember_reply(message, Turn(f"film-{message}", guild=1))
    assert memory.recall_reply(1, 1) is None
    assert memory.recall_reply(3, 1).film == "film-3"
    clock.now += 3601
    assert memory.recall_reply(3, 1) is None


def test_reply_memory_outlives_the_member_memory(memory, clock):
    turn = memory.remember(1, 10, 100, film="heat")
    memory.remember_reply(9, turn)
    clock.now += 3600
    assert memory.recall(1, 10, 100) is None
    assert memory.recall_reply(9, 1).film == "heat"


def test_sizes_must_be_positive():
    with pytest.raises(ValueError):
        ConversationMemory(max_entries=0)


# --- pronouns ---------------------------------------------------------------------------------------

PRONOUN_CASES = [
    # (question, subject, expected)
    ("who plays her mother?", ANA, "who plays Ana's mother?"),
    ("and her mother?", ANA, "and Ana's mother?"),
    ("who plays her?", ANA, "who plays Ana?"),
    ("what happens to her in the end?", ANA, "what happens to Ana in the end?"),
    ("what did critics think of her", ANA, "what did critics think of Ana"),
    ("She is how old?", ANA, "Ana is how old?"),
    ("is she Janis's daughter?", ANA, "is she Janis's daughter?"),  # names another character: unchanged
    ("who plays Teresa?", ANA, "who plays Teresa?"),
    ("who plays Ana's father?", ANA, "who plays Ana's father?"),
    ("who is his wife?", ARTURO, "who is Arturo's wife?"),
    ("what does he do for a living?", ARTURO, "what does Arturo do for a living?"),
    ("who plays him?", ARTURO, "who plays Arturo?"),
    ("who plays his wife and what happens to him?", ARTURO, "who plays Arturo's wife and what happens to Arturo?"),
    ("who plays her mother?", ARTURO, "who plays her mother?"),  # "her" is not a man
    ("what does he do?", ANA, "what does he do?"),  # "he" is not a woman
    ("what else have they been in?", CRUZ, "what else have Penélope Cruz been in?"),
    ("what awards did she win for it?", CRUZ, "what awards did Penélope Cruz win for it?"),  # "it" is the film
    ("who directed it?", ANA, "who directed it?"),
    ("where was it found?", ROCK, "where was the scholar's rock found?"),
    ("who gave her it?", ROCK, "who gave her the scholar's rock?"),  # "her" never stands for a thing
    ("who plays her mother?", None, "who plays her mother?"),
    ("who directed the film?", ANA, "who directed the film?"),
    ("who plays her mother?", Subject("Janis", "character"), "who plays Janis's mother?"),
    ("who plays her mother’s friend?", ANA, "who plays Ana’s mother’s friend?"),
    ("what about Milena Smit, was she good?", ANA, "what about Milena Smit, was she good?"),
    ("who plays the mother?", ANA, "who plays the mother?"),
    ("theres nothing here", ANA, "theres nothing here"),  # whole words only
]


@pytest.mark.parametrize("question,subject,expected", PRONOUN_CASES)
def test_resolve_pronouns(question, subject, expected):
    assert resolve_pronouns(question, subject, KNOWN) == expected


def test_resolve_pronouns_without_known_names_still_respects_the_subjects_own_name():
    assert resolve_pronouns("who plays Ana and her mother?", ANA) == "who plays Ana and her mother?"
    assert resolve_pronouns("who plays her mother?", ANA) == "who plays Ana's mother?"


@pytest.mark.parametrize("text,names,expected", [
    ("who plays janis", ["Janis"], True),
    ("who plays Penelope Cruz's part", ["Penélope Cruz"], True),  # accents aside
    ("who plays the palm tree", ["Rossy de Palma"], False),
    ("who is de la", ["Rossy de Palma"], False),  # particles name nobody
    ("who plays her mother", ["Ana"], False),
])
def test_names_any(text, names, expected):
    assert names_any(text, names) is expected


@pytest.mark.parametrize("text,expected", [
    ("who plays Ana?", Subject("Ana", "character")),
    ("who plays Janis and Ana", Subject("Janis", "character")),
    ("what else was Milena Smit in", Subject("Milena Smit", "person")),
    ("was Smit good", Subject("Milena Smit", "person")),
    ("who directed it", None),
])
def test_find_subject(text, expected):
    assert find_subject(text, ["Ana", "Janis", "Teresa"], ["Milena Smit", "Penélope Cruz"]) == expected
