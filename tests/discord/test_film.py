"""bot/discord/film.py: `/film …` and `!film …`, questions by mention and in DMs."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fake_discord import FakeDiscord, message_text
from live_bot import SLOW_SECONDS, make_settings, no_rejections

from bot.discord.client import FilmBot
from bot.discord.film import split_spoiler_flag, strip_bot_mentions


def test_mention_is_stripped_from_a_question():
    assert strip_bot_mentions("<@42> who directed it? <@!42>", 42) == "who directed it?"


def test_trailing_spoilers_word_asks_for_spoilers():
    assert split_spoiler_flag("Parallel Mothers spoilers") == ("Parallel Mothers", True)
    assert split_spoiler_flag("Parallel Mothers") == ("Parallel Mothers", False)
    assert split_spoiler_flag(None) == (None, False)


# -- slash commands ---------------------------------------------------------------------------

@pytest.mark.parametrize("command, options, expected", [
    ("film ask", {"question": "who directed Parallel Mothers?"}, "Almodóvar"),
    ("film ask", {"question": "who plays Ana?", "film": "Parallel Mothers"}, "Milena Smit"),
    ("film plot", {"film": "Parallel Mothers"}, "Janis"),
    ("film plot", {"film": "Parallel Mothers", "spoilers": True}, "Janis"),
    ("film cast", {"film": "Parallel Mothers"}, "Penélope Cruz"),
    ("film crew", {"film": "Parallel Mothers"}, "José Luis Alcaine"),
    ("film awards", {"film": "Parallel Mothers"}, "Volpi Cup"),
    ("film critics", {"film": "Parallel Mothers"}, "Hollywood Reporter"),
    ("film critics", {"film": "Parallel Mothers"}, "6 critics' verdicts on Parallel Mothers"),  # the consensus first
    ("film similar", {"film": "Parallel Mothers"}, "Recommended in"),
    ("film similar", {"film": "Parallel Mothers"}, "Pedro Almodóvar's other films"),
    ("film info", {"film": "Parallel Mothers"}, "Madres Paralelas"),
    ("film films", {}, "Parallel Mothers"),
])
def test_every_film_subcommand_answers(live, command, options, expected):
    async def body():
        user = await live.member(f"asker-{command}")
        record = await live.fake.send_interaction(command, options, user=user)
        message = await record.wait_final(timeout=10)
        assert record.time_to_ack < 3
        return message

    message = live.run(body())
    assert expected in message_text(message)
    assert message["embeds"][0]["title"].startswith("Parallel Mothers") or command == "film films"
    no_rejections(live.fake)


def test_unknown_film_offers_the_closest_titles(live):
    async def body():
        user = await live.member("typo")
        record = await live.fake.send_interaction("film cast", {"film": "Paralel Mothrs"},
                                                  user=user)
        return await record.wait_final(timeout=10)

    assert "Parallel Mothers" in message_text(live.run(body()))


@pytest.mark.parametrize("question, deferred", [
    ("who directed Parallel Mothers?", False),  # ready within a second: the response itself
    ("slowly: who directed Parallel Mothers?", True),  # deferred in time, then followed up
])
def test_an_answer_is_the_response_when_quick_and_deferred_in_time_when_slow(live, question, deferred):
    async def body():
        user = await live.member("patient" if deferred else "brisk")
        record = await live.fake.send_interaction("film ask", {"question": question}, user=user)
        await record.wait_acknowledged(timeout=3)
        message = await record.wait_final(timeout=SLOW_SECONDS + 5)
        return record, message

    record, message = live.run(body())
    assert record.deferred is deferred and record.time_to_ack < 3
    assert "Almodóvar" in message_text(message)
    no_rejections(live.fake)


def test_huge_answer_stays_within_limits_and_pages(live):
    async def body():
        user, other = await live.member("greedy"), await live.member("nosy")
        record = await live.fake.send_interaction(
            "film ask", {"question": "everything about the cast of Parallel Mothers " * 30},
            user=user)
        first = await record.wait_final(timeout=10)
        first_text = message_text(first)  # the fake keeps the dict current: read it before paging
        buttons = first["components"][0]["components"]
        next_id = next(b["custom_id"] for b in buttons if b.get("label") == "Next")
        refused = await live.fake.send_component_click(first, next_id, user=other)
        await refused.wait_acknowledged()
        turned = await live.fake.send_component_click(first, next_id, user=user)
        await turned.wait_acknowledged()
        return first_text, refused, turned

    first_text, refused, turned = live.run(body())
    no_rejections(live.fake)
    assert "Page 1/" in first_text
    assert refused.ephemeral and "Only the member who asked" in refused.callback_data["content"]
    assert turned.callback_type == 7  # the pager edited the message to page 2
    assert "Page 2/" in turned.callback_data["embeds"][0]["footer"]["text"]


def test_everyone_in_a_question_pings_no_one(live):
    async def body():
        user = await live.member("shouty")
        record = await live.fake.send_interaction(
            "film ask", {"question": "@everyone who directed Parallel Mothers?"}, user=user)
        slash = await record.wait_final(timeout=10)
        before = len(live.fake.messages)
        await live.fake.send_message(f"<@{live.fake.bot_user_id}> @everyone who plays Janis?",
                                     author=user)
        reply = await live.fake.wait_for_message(after=before)
        return slash, reply

    for message in live.run(body()):
        assert message["allowed_mentions"]["parse"] == []
        assert not message["mention_everyone"] and not message["mentions"]
        assert "@everyone" not in message_text(message)
    no_rejections(live.fake)


def test_question_cooldown_tells_when_to_retry(live):
    async def body():
        user = await live.member("eager")
        for _ in range(live.settings.question_cooldown_rate):
            record = await live.fake.send_interaction("film cast", {}, user=user)
            await record.wait_final(timeout=10)
        record = await live.fake.send_interaction("film cast", {}, user=user)
        return await record.wait_final(timeout=10), record

    message, record = live.run(body())
    assert record.ephemeral and "try again in" in message["content"]


def test_an_over_long_question_is_refused_before_it_spends_the_cooldown(live):
    async def body():
        user = await live.member("verbose")
        limit = live.settings.max_question_chars
        record = await live.fake.send_interaction("film ask", {"question": "why " * limit},
                                                  user=user)
        refused = await record.wait_final(timeout=10)
        answers = []
        for _ in range(live.settings.question_cooldown_rate):  # the whole budget is still there
            asked = await live.fake.send_interaction("film cast", {}, user=user)
            answers.append(await asked.wait_final(timeout=10))
        return record, refused, answers

    record, refused, answers = live.run(body())
    assert record.ephemeral and f"please ask in under {live.settings.max_question_chars:,}" in refused["content"]
    assert all("Penélope Cruz" in message_text(answer) for answer in answers)


# -- prefix commands, mentions, DMs -----------------------------------------------------------

def test_prefix_command_with_message_content_intent(live):
    async def body():
        user = await live.member("prefixer")
        before = len(live.fake.messages)
        await live.fake.send_message("!film cast Parallel Mothers", author=user)
        return await live.fake.wait_for_message(after=before, timeout=10)

    assert "Penélope Cruz" in message_text(live.run(body()))


def test_unknown_prefix_subcommand_gets_a_hint(live):
    async def body():
        before = len(live.fake.messages)
        await live.fake.send_message("!film rate Parallel Mothers")
        return await live.fake.wait_for_message(after=before)

    text = live.run(body())["content"]
    assert "I don't know `rate`" in text and "/film ask" in text


def test_mention_question_is_answered_as_a_reply(live):
    async def body():
        user = await live.member("mentioner")
        question = await live.fake.send_message(
            f"<@{live.fake.bot_user_id}> who directed Parallel Mothers?", author=user)
        reply = await live.fake.wait_for_message(after=len(live.fake.messages) - 1, timeout=10)
        return question, reply

    question, reply = live.run(body())
    assert str(reply["message_reference"]["message_id"]) == str(question["id"])
    assert "Almodóvar" in message_text(reply)


def test_direct_message_is_answered(live):
    async def body():
        user = await live.member("dm-er")
        before = len(live.fake.messages)
        await live.fake.send_message("who plays Janis in Parallel Mothers?", author=user, dm=True)
        return await live.fake.wait_for_message(after=before, timeout=10), live.fake.dm_channel(user)

    reply, dm_channel = live.run(body())
    assert int(reply["channel_id"]) == dm_channel
    assert "Penélope Cruz" in message_text(reply)


def test_without_message_content_intent_only_mentions_reach_prefix_commands(live, tmp_path):
    async def body():
        fake = FakeDiscord()
        await fake.start()
        settings = make_settings(Path(live.settings.corpus_dir).parent,
                                 message_content_intent=False)
        bot = FilmBot(settings, engine=live.engine, guild_ready_timeout=0.05)
        try:
            async with fake.run_bot(bot):
                assert not fake.identifies[-1]["intents"] & (1 << 15)
                before = len(fake.messages)
                await fake.send_message("!film cast Parallel Mothers")
                await asyncio.sleep(0.5)
                ignored = [m for m in fake.messages[before:]
                           if int(m["author"]["id"]) == fake.bot_user_id]
                await fake.send_message(f"<@{fake.bot_user_id}> film cast Parallel Mothers")
                via_mention = await fake.wait_for_message(after=before, timeout=10)
                return ignored, via_mention
        finally:
            await fake.stop()

    ignored, via_mention = live.run(body())
    assert not ignored
    assert "Penélope Cruz" in message_text(via_mention)
