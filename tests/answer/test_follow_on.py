"""Follow-ups (bot/conversation.answer_in_conversation over the engine): the film and the person a
conversation is about carry over to a question that names neither; a named film still wins."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.conversation import ConversationMemory, answer_in_conversation
from tests.conftest import BUNDLED_CORPUS, make_settings

FILMS = Path(__file__).resolve().parents[1] / "fixtures" / "dev-films" / "corpus"
CHANNEL = ("guild-1", "channel-1", "member-1")


@pytest.fixture(scope="module")
def films_engine(tmp_path_factory) -> AnswerEngine:
    engine = AnswerEngine(make_settings(FILMS, tmp_path_factory.mktemp("films-index")))
    engine.reindex()
    return engine


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def ask(engine, memory, question, where=CHANNEL, **kw):
    answer, _ = answer_in_conversation(engine, memory, where, question, **kw)
    return answer


def test_a_follow_up_keeps_the_film_and_says_where_it_came_from(films_engine):
    memory = ConversationMemory()
    first = ask(films_engine, memory, "who plays Janis in Parallel Mothers?")
    assert first.film == "Parallel Mothers" and first.film_from == "question"
    alone = films_engine.answer_question("who directed it?")
    assert alone.film is None and alone.candidates  # with several films, a bare question asks which
    follow = ask(films_engine, memory, "who directed it?")
    assert follow.film == "Parallel Mothers" and follow.film_from == "conversation"
    assert "Almodóvar" in follow.answer


def test_a_pronoun_stands_for_the_character_of_the_previous_question(films_engine):
    memory = ConversationMemory()
    first = ask(films_engine, memory, "who plays Ana in Parallel Mothers?")
    assert first.subject and "Ana" in first.subject
    follow = ask(films_engine, memory, "who plays her mother?")
    assert "Aitana Sánchez-Gijón" in follow.answer and "Teresa" in follow.answer


def test_naming_another_film_switches_and_memory_is_per_member_channel_and_server(films_engine):
    memory = ConversationMemory()
    ask(films_engine, memory, "who directed Parallel Mothers?")
    other = [f.title for f in films_engine.films() if f.title != "Parallel Mothers"][0]
    switched = ask(films_engine, memory, f"who directed {other}?")
    assert switched.film == other and switched.film_from == "question"
    assert ask(films_engine, memory, "how long is it?").film == other
    for where in (("guild-1", "channel-1", "member-2"), ("guild-1", "channel-2", "member-1"),
                  ("guild-2", "channel-1", "member-1")):
        assert ask(films_engine, memory, "how long is it?", where).film is None


def test_memory_expires_after_ten_minutes(films_engine):
    clock = Clock()
    memory = ConversationMemory(clock=clock)
    ask(films_engine, memory, "who directed Parallel Mothers?")
    clock.now += 599
    assert ask(films_engine, memory, "how long is it?").film == "Parallel Mothers"
    clock.now += 601
    assert ask(films_engine, memory, "how long is it?").film is None


def test_a_channel_film_answers_a_question_that_names_none_and_a_reply_follows_its_answer(films_engine):
    memory = ConversationMemory()
    answer = ask(films_engine, memory, "who directed it?", channel_film="Parallel Mothers")
    assert answer.film == "Parallel Mothers" and answer.film_from == "channel"
    # a reply to an answer continues that answer's conversation, whoever replies
    _, turn = answer_in_conversation(films_engine, memory, CHANNEL, "who plays Ana in Parallel Mothers?")
    memory.remember_reply("message-9", turn)
    reply = ask(films_engine, memory, "and her mother?", ("guild-1", "channel-1", "member-7"), replying_to="message-9")
    assert reply.film_from == "conversation" and "Teresa" in reply.answer


def test_the_only_film_is_said_so(tmp_path):
    engine = AnswerEngine(make_settings(BUNDLED_CORPUS, tmp_path / "index"))
    engine.reindex()
    assert engine.answer_question("who directed it?").film_from == "only film"
    assert engine.answer_question("who directed it?", "Parallel Mothers").film_from == "option"
