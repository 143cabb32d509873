"""Follow-ups and a film per channel (issue #12), end to end through the fake Discord: replies to
FilmBot's answers, a member's next mention keeping the film, `/filmadmin channel`, and the channel
film surviving a restart. The corpus has four films, so a question that names none is ambiguous
unless the conversation or the channel says which film it is about."""
from __future__ import annotations

import asyncio
from pathlib import Path

import discord
import pytest
from fake_discord import message_text
from live_bot import Live, no_rejections, running_live

from bot.discord.client import FilmBot

FILMS = Path(__file__).resolve().parents[1] / "fixtures" / "dev-films" / "corpus"
MANAGE_CHANNELS = discord.Permissions(manage_channels=True).value
MANAGE_GUILD = discord.Permissions(manage_guild=True).value


class Restartable(Live):
    session = None

    async def restart(self) -> FilmBot:
        """Close the bot and start a new one (new process state: empty memory) on the same settings."""
        await self.session.__aexit__(None, None, None)
        self.bot = FilmBot(self.settings, engine=self.engine, guild_ready_timeout=0.05)
        self.session = self.fake.run_bot(self.bot)
        await self.session.__aenter__()
        return self.bot


@pytest.fixture(scope="module")
def films_live(tmp_path_factory):
    with running_live(FILMS, tmp_path_factory.mktemp("filmbot-films"), Restartable, question_cooldown_rate=20) as live:
        yield live


async def ask_by_mention(live, text, author, **kw) -> dict:
    before = len(live.fake.messages)
    await live.fake.send_message(f"<@{live.fake.bot_user_id}> {text}", author=author, **kw)
    return await live.fake.wait_for_message(after=before, timeout=10)


def test_a_reply_to_an_answer_resolves_her_to_the_character_it_was_about(films_live):
    live = films_live

    async def body():
        member = await live.member("replier")
        first = await ask_by_mention(live, "who plays Ana in Parallel Mothers?", member)
        before = len(live.fake.messages)
        # a Discord reply (pinging the bot, as replies do by default) with no film and a pronoun
        await live.fake.send_message("who plays her mother?", author=member, reply_to=first)
        follow = await live.fake.wait_for_message(after=before, timeout=10)
        # another member replying to the same answer continues it too
        other = await live.member("another-replier")
        before = len(live.fake.messages)
        await live.fake.send_message("and who plays her mother?", author=other, reply_to=first)
        theirs = await live.fake.wait_for_message(after=before, timeout=10)
        return first, follow, theirs

    first, follow, theirs = live.run(body())
    assert "Milena Smit" in message_text(first)
    for message in (follow, theirs):
        text = message_text(message)
        assert "Aitana Sánchez-Gijón" in text and "Teresa" in text, text
        assert message["message_reference"]["message_id"]  # the bot answers as a reply
    no_rejections(live.fake)


def test_a_members_next_mention_keeps_the_film_and_naming_another_switches(films_live):
    live = films_live

    async def body():
        member = await live.member("follower")
        first = await ask_by_mention(live, "who directed Parallel Mothers?", member)
        follow = await ask_by_mention(live, "how long is it?", member)
        stranger = await live.member("stranger")
        alone = await ask_by_mention(live, "how long is it?", stranger)  # not their conversation
        switched = await ask_by_mention(live, "who directed The Leaden Sea?", member)
        after_switch = await ask_by_mention(live, "how long is it?", member)
        return first, follow, alone, switched, after_switch

    first, follow, alone, switched, after_switch = live.run(body())
    assert "Almodóvar" in message_text(first)
    assert follow["embeds"][0]["title"].startswith("Parallel Mothers") and "120" in message_text(follow)
    assert "Parallel Mothers" not in (alone["embeds"][0].get("title") or "")  # asks which film
    assert switched["embeds"][0]["title"].startswith("The Leaden Sea")
    assert after_switch["embeds"][0]["title"].startswith("The Leaden Sea")


def test_a_channel_film_set_by_a_manager_answers_film_ask_and_survives_a_restart(films_live):
    live = films_live
    fake = live.fake

    async def body():
        screening = fake.add_channel(fake.guild_id, "screening-room")
        await asyncio.sleep(0.05)
        member = await live.member("club-member")
        refused = await fake.send_interaction("filmadmin channel", {"film": "Leaden Sea"},
                                              user=member, channel=screening)
        await refused.wait_final(timeout=10)
        manager = await live.member("channel-manager", permissions=MANAGE_CHANNELS)
        choices = await fake.send_autocomplete("filmadmin channel", {"film": "leaden"}, "film",
                                               user=manager, channel=screening)
        set_it = await fake.send_interaction("filmadmin channel", {"film": "the leaden sea"},
                                             user=manager, channel=screening)
        set_msg = await set_it.wait_final(timeout=10)
        shown = await fake.send_interaction("filmadmin channel", user=manager,
                                            channel=screening)
        shown_msg = await shown.wait_final(timeout=10)
        asked = await fake.send_interaction("film ask", {"question": "who directed it?"},
                                            user=member, channel=screening)
        answer = await asked.wait_final(timeout=10)
        named = await fake.send_interaction("film ask", {"question": "who directed Parallel Mothers?"},
                                            user=await live.member("namer"), channel=screening)
        named_answer = await named.wait_final(timeout=10)
        elsewhere = await fake.send_interaction("film ask", {"question": "who directed it?"},
                                                user=await live.member("general-asker"))
        general = await elsewhere.wait_final(timeout=10)
        admin = await live.member("server-admin", permissions=MANAGE_GUILD)
        status = await fake.send_interaction("filmadmin status", user=admin)
        status_msg = await status.wait_final(timeout=10)

        await live.restart()
        fresh = await live.member("after-restart")
        again = await fake.send_interaction("film ask", {"question": "who directed it?"},
                                            user=fresh, channel=screening)
        again_msg = await again.wait_final(timeout=10)
        cleared = await fake.send_interaction("filmadmin channel", {"clear": True}, user=manager,
                                              channel=screening)
        cleared_msg = await cleared.wait_final(timeout=10)
        last = await fake.send_interaction("film ask", {"question": "who directed it?"},
                                           user=await live.member("after-clear"), channel=screening)
        last_msg = await last.wait_final(timeout=10)
        return (refused, choices, set_msg, shown_msg, answer, named_answer, general, status_msg,
                again_msg, cleared_msg, last_msg, screening)

    (refused, choices, set_msg, shown_msg, answer, named_answer, general, status_msg, again_msg,
     cleared_msg, last_msg, screening) = live.run(body(), timeout=90)
    assert refused.ephemeral and "Manage Channels or Manage Server" in refused.final_content
    assert "The Leaden Sea" in [choice["value"] for choice in choices]
    assert "The Leaden Sea" in message_text(set_msg) and "The Leaden Sea" in message_text(shown_msg)
    assert answer["embeds"][0]["title"].startswith("The Leaden Sea")
    assert named_answer["embeds"][0]["title"].startswith("Parallel Mothers")  # a named film wins
    assert not (general["embeds"][0].get("title") or "").startswith("The Leaden Sea")
    assert f"<#{screening}>: The Leaden Sea" in message_text(status_msg)
    assert again_msg["embeds"][0]["title"].startswith("The Leaden Sea")  # stored, not remembered
    assert "no film now" in message_text(cleared_msg)
    assert not (last_msg["embeds"][0].get("title") or "").startswith("The Leaden Sea")
    assert live.settings.channel_films_path.exists()


def test_prefix_channel_commands_and_a_dm_follow_up(films_live):
    live = films_live
    fake = live.fake

    async def body():
        room = fake.add_channel(fake.guild_id, "prefix-room")
        await asyncio.sleep(0.05)
        manager = await live.member("prefix-manager", permissions=MANAGE_CHANNELS)
        replies = []
        for text in ("!filmadmin channel The Quiet Orbit", "!filmadmin channel", "!filmadmin channel clear"):
            before = len(fake.messages)
            await fake.send_message(text, author=manager, channel=room)
            replies.append(await fake.wait_for_message(after=before, timeout=10))
        stored = await live.bot.run_engine(live.bot.channel_films.get, fake.guild_id, room)
        dm_user = await live.member("dm-asker")
        before = len(fake.messages)
        await fake.send_message("who directed Parallel Mothers?", author=dm_user, dm=True)
        await fake.wait_for_message(after=before, timeout=10)
        before = len(fake.messages)
        await fake.send_message("how long is it?", author=dm_user, dm=True)
        dm_follow = await fake.wait_for_message(after=before, timeout=10)
        return replies, stored, dm_follow

    (set_reply, shown, cleared), stored, dm_follow = live.run(body())
    assert "The Quiet Orbit" in set_reply["content"] and "The Quiet Orbit" in shown["content"]
    assert "no film now" in cleared["content"] and stored is None
    assert dm_follow["embeds"][0]["title"].startswith("Parallel Mothers") and "120" in message_text(dm_follow)
