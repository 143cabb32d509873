"""End to end: the real FilmBot and the real AnswerEngine against the fake Discord server.

One bot stays logged in for the whole module (its event loop runs in a background thread and each
test submits a coroutine to it), so the suite pays for one login and one index build.
"""
from __future__ import annotations

import asyncio
import logging
import shutil
import threading
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path

import discord
import pytest
from fake_discord import MSG_FLAG_EPHEMERAL, FakeDiscord, message_text

from bot.answer.engine import AnswerEngine
from bot.answer.errors import IndexNotReady
from bot.discord.client import FilmBot, run_bot, sync_commands, sync_tree
from bot.settings import BUNDLED_CORPUS, Settings

MANAGE_GUILD = discord.Permissions(manage_guild=True).value
SLOW_SECONDS = 4.0


class KnobbedEngine(AnswerEngine):
    """The real engine, with knobs tests turn: a slow answer, a huge answer, slow progress."""

    slow_progress_steps = 0  # the first N progress reports each take PROGRESS_PAUSE seconds
    PROGRESS_PAUSE = 0.3

    def answer_question(self, question, film=None, *, spoilers=False):
        if "slowly" in question:
            time.sleep(SLOW_SECONDS)  # a slow engine: the interaction must be deferred in time
        answer = super().answer_question(question.replace("slowly", ""), film, spoilers=spoilers)
        if "everything" in question:  # a real answer blown up past every Discord limit
            answer = answer.model_copy(update={
                "answer": (answer.answer + " ") * 200,
                "items": [f"{item} " * 30 for item in answer.items] * 40,
                "sources": list(answer.sources) * 10,
            })
        return answer

    def reindex(self, progress=None, **kwargs):
        remaining = [self.slow_progress_steps]

        def slow(text: str) -> None:
            if remaining[0] > 0:
                remaining[0] -= 1
                time.sleep(self.PROGRESS_PAUSE)
            if progress:
                progress(text)

        return super().reindex(slow, **kwargs)


@dataclass
class Live:
    loop: asyncio.AbstractEventLoop
    fake: FakeDiscord
    bot: FilmBot
    engine: KnobbedEngine
    settings: Settings

    def run(self, coro: Coroutine, timeout: float = 30.0):
        """Run a test body on the bot's loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    async def member(self, name: str, permissions: int | None = None) -> int:
        """A fresh member, so each test has its own question cooldown."""
        user_id = self.fake.add_user(name)
        self.fake.add_member(user_id, permissions=permissions)
        await asyncio.sleep(0.05)  # let the role/member events reach the bot's cache
        return user_id


def make_settings(root: Path, **overrides) -> Settings:
    values = dict(corpus_dir=root / "corpus", index_dir=root / "index", message_content_intent=True,
                  question_cooldown_rate=3, question_cooldown_seconds=60.0,
                  max_document_bytes=20_000, log_level="WARNING")
    return Settings(_env_file=None, **{**values, **overrides})


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    root = tmp_path_factory.mktemp("filmbot")
    shutil.copytree(BUNDLED_CORPUS, root / "corpus")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="bot-loop", daemon=True)
    thread.start()

    def run(coro, timeout=30.0):
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout)

    fake = FakeDiscord()
    run(fake.start())
    settings = make_settings(root, owner_ids={fake.owner_id})
    engine = KnobbedEngine(settings)
    engine.ensure_index()
    bot = FilmBot(settings, engine=engine, guild_ready_timeout=0.05)
    session = fake.run_bot(bot)
    run(session.__aenter__())
    run(sync_tree(bot, None))  # the fake learns the option types from what the bot registers
    try:
        yield Live(loop, fake, bot, engine, settings)
    finally:
        run(session.__aexit__(None, None, None))
        run(fake.stop())
        run(cancel_leftover_tasks())  # e.g. pager timeouts still counting down
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


async def cancel_leftover_tasks() -> None:
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


@pytest.fixture
def root_logging():
    """run_bot configures logging on the root logger; put it back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


def no_rejections(fake: FakeDiscord) -> None:
    assert not fake.rejected_requests, [(r.method, r.path, r.status, r.response)
                                        for r in fake.rejected_requests]


# -- slash commands ---------------------------------------------------------------------------

def test_commands_registered_with_admin_hidden_by_default(live):
    film = live.fake.find_command("film")
    admin = live.fake.find_command("filmadmin")
    assert {o["name"] for o in film["options"]} == {
        "ask", "plot", "cast", "crew", "awards", "critics", "info", "films"}
    assert int(admin["default_member_permissions"]) == MANAGE_GUILD


@pytest.mark.parametrize("command, options, expected", [
    ("film ask", {"question": "who directed Parallel Mothers?"}, "Almodóvar"),
    ("film ask", {"question": "who plays Ana?", "film": "Parallel Mothers"}, "Milena Smit"),
    ("film plot", {"film": "Parallel Mothers"}, "Janis"),
    ("film plot", {"film": "Parallel Mothers", "spoilers": True}, "Janis"),
    ("film cast", {"film": "Parallel Mothers"}, "Penélope Cruz"),
    ("film crew", {"film": "Parallel Mothers"}, "José Luis Alcaine"),
    ("film awards", {"film": "Parallel Mothers"}, "Volpi Cup"),
    ("film critics", {"film": "Parallel Mothers"}, "Hollywood Reporter"),
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


def test_autocomplete_suggests_films(live):
    async def body():
        return await live.fake.send_autocomplete("film cast", {"film": "paral"}, "film")

    choices = live.run(body())
    assert [c["value"] for c in choices] == ["Parallel Mothers"]


def test_unknown_slash_command_is_answered_not_ignored(live):
    async def body():
        record = await live.fake.send_interaction("film rate", [])
        return await record.wait_final()

    message = live.run(body())
    assert "don't know that command" in message["content"]


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


# -- filmadmin --------------------------------------------------------------------------------

def test_filmadmin_status_for_a_manager(live):
    async def body():
        manager = await live.member("manager", permissions=MANAGE_GUILD)
        record = await live.fake.send_interaction("filmadmin status", user=manager)
        return await record.wait_final(timeout=10)

    text = message_text(live.run(body()))
    assert "film(s)" in text and "Index built" in text


def test_filmadmin_refused_without_manage_guild(live):
    async def body():
        member = await live.member("member")
        plain = await live.fake.send_interaction("filmadmin status", user=member)
        await plain.wait_final()
        # a forged interaction: a manager's id, but the member permissions say nothing
        manager = await live.member("forged", permissions=MANAGE_GUILD)
        forged = await live.fake.send_interaction("filmadmin reindex", user=manager,
                                                  member_permissions="0")
        await forged.wait_final()
        before = len(live.fake.messages)
        await live.fake.send_message("!filmadmin status", author=member)
        prefixed = await live.fake.wait_for_message(after=before)
        return plain, forged, prefixed

    plain, forged, prefixed = live.run(body())
    for record in (plain, forged):
        assert record.ephemeral and "Manage Server" in record.final_content
    assert "Manage Server" in prefixed["content"]


def test_owner_prefix_sync_and_refusal_for_others(live):
    async def body():
        before = len(live.fake.messages)
        await live.fake.send_message("!sync guild", author=live.fake.owner_id)
        synced = await live.fake.wait_for_message(after=before)
        manager = await live.member("not-owner", permissions=MANAGE_GUILD)
        before = len(live.fake.messages)
        await live.fake.send_message("!sync", author=manager)
        refused = await live.fake.wait_for_message(after=before)
        return synced, refused

    synced, refused = live.run(body())
    assert "Synced" in synced["content"] and "this server" in synced["content"]
    assert "owners" in refused["content"]
    assert live.fake.registered_commands.get(live.fake.guild_id)


def test_an_error_after_the_thinking_message_reaches_only_the_member(live):
    """The status command defers (public "thinking…"), then the engine fails: the member alone
    reads why, and the channel is left no "thinking…" message and no error."""
    def broken_status():
        raise IndexNotReady("The index is being built for the first time; try again in a minute.")

    async def body():
        manager = await live.member("unlucky-manager", permissions=MANAGE_GUILD)
        live.engine.status = broken_status
        try:
            record = await live.fake.send_interaction("filmadmin status", user=manager)
            message = await record.wait_final(timeout=10)
        finally:
            del live.engine.status
        return record, message

    record, message = live.run(body())
    assert record.deferred and not record.ephemeral  # the thinking message was public
    assert "first time" in message["content"] and int(message["flags"]) & MSG_FLAG_EPHEMERAL
    assert record.deleted
    assert not any("first time" in (m.get("content") or "") for m in live.fake.channel_messages(live.fake.channel_id))


def test_an_owner_without_manage_server_may_use_filmadmin_as_sync(live):
    """One rule for owners: whoever `!sync` accepts, /filmadmin accepts without Manage Server."""
    async def body():
        owner = await live.member("owner-without-manage-server")
        saved = live.bot.owner_ids
        live.bot.owner_ids = {owner}
        try:
            record = await live.fake.send_interaction("filmadmin status", user=owner)
            status = await record.wait_final(timeout=10)
            before = len(live.fake.messages)
            await live.fake.send_message("!sync guild", author=owner)
            synced = await live.fake.wait_for_message(after=before)
        finally:
            live.bot.owner_ids = saved
        return status, synced

    status, synced = live.run(body())
    assert "Index built" in message_text(status) and "Synced" in synced["content"]


def test_reindex_shows_progress_and_runs_one_at_a_time(live):
    broken = Path(live.settings.corpus_dir) / "parallel-mothers" / "broken.txt"
    broken.write_bytes(b"")  # a problem the report must name

    async def body():
        manager = await live.member("reindexer", permissions=MANAGE_GUILD)
        live.engine.slow_progress_steps = 8
        try:
            first = await live.fake.send_interaction("filmadmin reindex", user=manager)
            await first.wait_acknowledged(timeout=3)
            second = await live.fake.send_interaction("filmadmin reindex", user=manager)
            await second.wait_final(timeout=5)
            await live.fake.wait_until(lambda: any(e.get("embeds") for e in first.edits),
                                       timeout=20)
        finally:
            live.engine.slow_progress_steps = 0
        return first, second

    try:
        first, second = live.run(body())
    finally:
        broken.unlink()
    assert first.time_to_ack < 3
    assert second.ephemeral and "already running" in second.final_content
    progress = [e["content"] for e in first.edits if e.get("content")]
    assert any("documents" in text for text in progress), first.edits
    report = message_text(first.response)
    assert "document(s)" in report and "Facts" in report and "cast:" in report
    assert "problem(s)" in report and "broken.txt" in report


def test_add_refuses_bad_attachments_with_a_reason(live):
    cases = [
        (b"%PDF-1.4", "notes.pdf", "application/pdf", "not a .txt, .md or .html"),
        (b"word " * 10_000, "big.txt", "text/plain", "the limit is"),
        ("Pedro Almodóvar's café".encode("latin-1"), "latin.txt", "text/plain", "not UTF-8"),
    ]

    async def body():
        manager = await live.member("uploader", permissions=MANAGE_GUILD)
        replies = []
        for data, name, content_type, _ in cases:
            attachment = live.fake.add_attachment(data, name, content_type=content_type)
            record = await live.fake.send_interaction(
                "filmadmin add", {"attachment": attachment, "film": "Parallel Mothers"},
                user=manager)
            replies.append(await record.wait_final(timeout=10))
        return replies

    for (_, _, _, reason), reply in zip(cases, live.run(body())):
        assert "rejected" in reply["content"] and reason in reply["content"]
    no_rejections(live.fake)


def test_add_good_document_is_indexed_and_answerable(live):
    document = ("---\nkind: synopsis\n---\n"
                "The Quiet Orchard is a 2019 drama directed by Jane Doe. "
                "Anna Example stars as Mira, a beekeeper who inherits her grandmother's orchard.\n"
                ).encode()

    async def body():
        manager = await live.member("curator", permissions=MANAGE_GUILD)
        attachment = live.fake.add_attachment(document, "orchard.md", content_type="text/markdown")
        record = await live.fake.send_interaction(
            "filmadmin add", {"attachment": attachment, "film": "The Quiet Orchard",
                              "kind": "synopsis"}, user=manager)
        await live.fake.wait_until(
            lambda: any("done" in message_text(m) for m in record.messages), timeout=20)
        added = message_text(record.final_message)
        asker = await live.member("orchard-fan")
        question = await live.fake.send_interaction(
            "film ask", {"question": "who directed The Quiet Orchard?"}, user=asker)
        return added, await question.wait_final(timeout=10)

    added, answer = live.run(body())
    assert "orchard.md" in added and "2 film(s)" in added
    assert "Jane Doe" in message_text(answer)


# -- start-up failures ------------------------------------------------------------------------

def one_clear_line(stderr: str, expected: str) -> None:
    lines = [line for line in stderr.splitlines() if line.startswith("filmbot:")]
    assert len(lines) == 1 and expected in lines[0], stderr
    assert "Traceback" not in stderr


def test_bad_token_is_one_clear_line(live, capsys, root_logging):
    settings = Settings(_env_file=None, **{**live.settings.model_dump(exclude={"token"}),
                                           "DISCORD_TOKEN": "not-a-real-token",
                                           "log_level": "INFO"})
    assert run_bot(settings, engine=live.engine) == 2
    captured = capsys.readouterr()
    one_clear_line(captured.err, "rejected the token")
    assert "not-a-real-token" not in captured.err + captured.out


def test_missing_token_is_one_clear_line(live, capsys, root_logging, monkeypatch):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("FILMBOT_TOKEN", raising=False)
    assert run_bot(Settings(_env_file=None), engine=live.engine) == 2
    one_clear_line(capsys.readouterr().err, "DISCORD_TOKEN")


def test_disallowed_intent_is_one_clear_line(live, capsys, root_logging):
    settings = Settings(_env_file=None, **{**live.settings.model_dump(exclude={"token"}),
                                           "DISCORD_TOKEN": live.fake.token,
                                           "message_content_intent": True,
                                           "log_level": "INFO"})
    allowed = live.fake.allowed_privileged_intents
    live.loop.call_soon_threadsafe(live.fake.refuse_privileged_intents)
    try:
        code = run_bot(settings, engine=live.engine)
    finally:
        live.loop.call_soon_threadsafe(setattr, live.fake, "allowed_privileged_intents", allowed)
    assert code == 2
    captured = capsys.readouterr()
    one_clear_line(captured.err, "Message Content Intent")
    assert live.fake.token not in captured.err + captured.out


def test_cli_sync_logs_in_syncs_and_says_how_many(live, capsys, root_logging):
    settings = Settings(_env_file=None, **{**live.settings.model_dump(exclude={"token"}),
                                           "DISCORD_TOKEN": live.fake.token})
    assert sync_commands(settings, guild_id=live.fake.guild_id) == 0
    assert "Synced 2 commands to guild" in capsys.readouterr().out


def test_add_with_an_upload_discord_no_longer_serves_says_to_upload_again(live):
    async def body():
        manager = await live.member("late-uploader", permissions=MANAGE_GUILD)
        attachment = live.fake.add_attachment(b"Some notes.", "gone.txt", content_type="text/plain")
        live.fake._blobs.pop(int(attachment["id"]))  # expired or deleted before the bot downloads it
        record = await live.fake.send_interaction(
            "filmadmin add", {"attachment": attachment, "film": "Parallel Mothers"}, user=manager)
        return await record.wait_final(timeout=10)

    reply = live.run(body())
    assert "could not download" in reply["content"] and "upload it again" in reply["content"]
