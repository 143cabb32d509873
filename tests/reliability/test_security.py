"""Security gaps not covered by tests/discord/ (see tests/README.md for the map).

* Admin commands refused without Manage Server by every route, forged or not: a forged
  `/filmadmin add` (member permissions "0"), `/filmadmin reindex` from a DM, `!filmadmin reindex`
  and `@FilmBot filmadmin add` from a plain member; nothing is written, no reindex runs.
* `!sync` is for the bot's owners only: not the guild owner, not an Administrator.
* Uploads: only text types, sizes checked after download too (a lying `size`), binary refused,
  forged `kind` refused, hostile names saved under safe names inside the film's folder.
* The token is never printed: `filmbot run` / `filmbot sync` in a subprocess with a known token,
  through a rejected token, a refused intent (4014) and a normal run where a command raises an
  error that carries the token (traceback logged at DEBUG level); all of stdout and stderr is
  captured and the token appears nowhere.
"""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import discord
import pytest
from fake_discord import FakeDiscord, message_text
from reliability_support import (
    MANAGE_GUILD, REPO, bundled_live_bot, copy_corpus,
)

from index.store import current_generation

TOKEN = "MTIz.SECRET-TOKEN-xyz"
ADMINISTRATOR = discord.Permissions(administrator=True).value


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    with bundled_live_bot(tmp_path_factory.mktemp("security")) as bot:
        yield bot


def corpus_files(live) -> set[Path]:
    return set(Path(live.settings.corpus_dir).rglob("*"))


def test_admin_commands_refused_without_manage_server_by_every_route(live):
    manager = live.member("sec-manager", permissions=MANAGE_GUILD)
    member = live.member("sec-member")
    files, generation = corpus_files(live), current_generation(live.settings.index_dir)
    document = live.on_fake(_attachment(live, b"Forged upload.\n", "forged.txt"))

    async def attempts():
        replies = []
        forged_add = await live.fake.send_interaction(
            "filmadmin add", {"attachment": document, "film": "Parallel Mothers"}, user=manager,
            member_permissions="0")
        replies.append(("forged /filmadmin add", await forged_add.wait_final(), forged_add))
        dm = await live.fake.send_interaction("filmadmin reindex", user=member, dm=True)
        replies.append(("/filmadmin reindex in a DM", await dm.wait_final(), dm))
        for content in ("!filmadmin reindex", f"<@{live.fake.bot_user_id}> filmadmin add Parallel Mothers",
                        "!filmadmin status"):
            before = len(live.fake.messages)
            await live.fake.send_message(content, author=member,
                                         attachments=[document] if "add" in content else ())
            replies.append((content, await live.fake.wait_for_message(after=before), None))
        return replies

    for route, message, record in live.on_fake(attempts()):
        assert "Manage Server" in message_text(message), (route, message_text(message))
        if record is not None:
            assert record.ephemeral, route
    assert corpus_files(live) == files, "a refused command wrote to the corpus"
    assert current_generation(live.settings.index_dir) == generation, "a refused command reindexed"
    live.no_rejections()


async def _attachment(live, data: bytes, name: str, content_type: str = "text/plain") -> dict:
    return live.fake.add_attachment(data, name, content_type=content_type)


def test_sync_is_for_bot_owners_only(live):
    admin = live.member("sec-admin", permissions=ADMINISTRATOR)

    async def attempts():
        syncs_before = sum(1 for r in live.fake.requests if r.method == "PUT" and "/commands" in r.path)
        replies = []
        for author, content in ((live.fake.owner_id, "!sync guild"), (admin, "!sync"),
                                (admin, f"<@{live.fake.bot_user_id}> sync guild")):
            before = len(live.fake.messages)
            await live.fake.send_message(content, author=author)
            replies.append(await live.fake.wait_for_message(after=before))
        syncs_after = sum(1 for r in live.fake.requests if r.method == "PUT" and "/commands" in r.path)
        before = len(live.fake.messages)
        await live.fake.send_message("!sync guild", author=live.bot_owner_id)
        owner_reply = await live.fake.wait_for_message(after=before)
        return replies, syncs_after - syncs_before, owner_reply

    replies, syncs, owner_reply = live.on_fake(attempts())
    for reply in replies:  # guild owner and Administrator are not the bot's owners
        assert "Only the bot's owners" in reply["content"], reply["content"]
    assert syncs == 0
    assert "Synced" in owner_reply["content"]


def test_uploads_only_text_within_limits_saved_safely(live):
    manager = live.member("sec-uploader", permissions=MANAGE_GUILD)
    limit = live.settings.max_document_bytes
    corpus = Path(live.settings.corpus_dir).resolve()

    async def upload(data: bytes, name: str, content_type: str = "text/plain", *, size: int | None = None,
                     kind: str | None = None, film: str = "Parallel Mothers"):
        attachment = live.fake.add_attachment(data, "upload.bin", content_type=content_type)
        attachment["filename"] = name  # the name as given; the download URL stays a plain one
        if size is not None:
            attachment["size"] = size  # a forged payload: the declared size lies
        options = {"attachment": attachment, "film": film} | ({"kind": kind} if kind else {})
        record = await live.fake.send_interaction("filmadmin add", options, user=manager)
        try:
            await live.fake.wait_until(lambda: record.messages and any(
                word in message_text(record.final_message) for word in ("rejected", "done", "can't")),
                timeout=15)
        except TimeoutError:
            raise AssertionError([message_text(m) for m in record.messages] or record.callbacks) from None
        return message_text(record.final_message)

    refused = [
        (b"plain text", "notes.txt", "application/octet-stream", {}),
        (b"MZ\x00\x00 binary but valid UTF-8", "evil.txt", "text/plain", {}),
        (b"word " * (limit // 5 + 100), "liar.txt", "text/plain", {"size": 10}),
        (b"#!/bin/sh\nrm -rf /\n", "run.sh", "text/x-sh", {}),
        (b"<svg onload=alert(1)>", "x.svg", "image/svg+xml", {}),
    ]
    for data, name, content_type, extra in refused:
        text = live.on_fake(upload(data, name, content_type, **extra))
        assert "rejected" in text or "can't" in text, (name, text)
    before = corpus_files(live)
    forged_kind = live.on_fake(upload(b"A review.\n", "r.txt", kind="../../x"))
    assert "done" not in forged_kind, forged_kind
    assert corpus_files(live) == before

    text = live.on_fake(upload(b"The film was restored in 2024.\n", "../../../evil.txt"))
    assert "done" in text, text
    new = [p for p in corpus_files(live) - before if p.is_file()]
    assert len(new) == 1
    saved = new[0].resolve()
    assert saved.parent == corpus / "parallel-mothers" and ".." not in saved.name
    live.no_rejections()


# -- the token is never printed -----------------------------------------------------------------

RUNNER = textwrap.dedent("""
    import os, sys
    import discord.gateway, discord.http, yarl
    discord.http.Route.BASE = os.environ["FAKE_API"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["FAKE_GATEWAY"])
    if os.environ.get("FAIL_WITH_TOKEN"):
        from bot.answer.engine import AnswerEngine

        def broken(self, *args, **kwargs):  # a bug whose message carries the token
            raise RuntimeError("engine exploded while holding " + os.environ["DISCORD_TOKEN"])

        AnswerEngine.answer_question = broken
    from bot.cli import main
    sys.exit(main(sys.argv[1:]))
""")


class FakeThread:
    """A FakeDiscord on its own loop thread, for bots running in subprocesses."""

    def __enter__(self) -> FakeThread:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.fake = FakeDiscord()
        self.call(self.fake.start())
        return self

    def call(self, coro, timeout: float = 30.0):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def __exit__(self, *exc) -> None:
        self.call(self.fake.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


def bot_process(fake: FakeDiscord, root: Path, *args: str, **env: str) -> subprocess.Popen:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("FILMBOT_", "DISCORD_"))}
    environment.update(
        PYTHONPATH=str(REPO), DISCORD_TOKEN=TOKEN, FAKE_API=fake.api_base, FAKE_GATEWAY=fake.gateway_url,
        FILMBOT_CORPUS_DIR=str(root / "corpus"), FILMBOT_INDEX_DIR=str(root / "index"),
        FILMBOT_LOG_LEVEL="DEBUG", PYTHONUNBUFFERED="1", **env)
    return subprocess.Popen([sys.executable, "-c", RUNNER, *args], cwd=root, env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.fixture(scope="module")
def token_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("token")
    copy_corpus(root / "corpus")
    return root


def test_token_never_printed_when_discord_rejects_it(token_root):
    with FakeThread() as holder:  # TOKEN is not one of the fake's valid tokens
        fake = holder.fake
        for command in (["run"], ["sync"]):
            process = bot_process(fake, token_root, *command)
            output, _ = process.communicate(timeout=60)
            assert process.returncode == 2, output
            assert "rejected the token" in output
            assert TOKEN not in output and "SECRET-TOKEN" not in output, output


def test_token_never_printed_when_the_intent_is_refused(token_root):
    with FakeThread() as holder:
        fake = holder.fake
        fake.valid_tokens.add(TOKEN)
        fake.allowed_privileged_intents = 0  # the Developer Portal switch is off: close 4014
        process = bot_process(fake, token_root, "run", FILMBOT_MESSAGE_CONTENT_INTENT="true")
        output, _ = process.communicate(timeout=60)
        assert process.returncode == 2, output
        assert "Message Content Intent" in output and (4014, "Disallowed intent(s).") in fake.gateway_closes
        assert TOKEN not in output and "SECRET-TOKEN" not in output, output


def test_token_never_printed_in_a_logged_traceback(token_root):
    with FakeThread() as holder:
        fake = holder.fake
        fake.valid_tokens.add(TOKEN)
        process = bot_process(fake, token_root, "run", FAIL_WITH_TOKEN="1")
        try:
            ready = time.monotonic() + 60
            while not fake.sessions and process.poll() is None and time.monotonic() < ready:
                time.sleep(0.05)
            assert fake.sessions, "the bot never connected"

            async def ask():
                record = await fake.send_interaction("film ask", {"question": "who directed it?"})
                return await record.wait_final(timeout=20)

            reply = holder.call(ask())
            assert "Something went wrong" in message_text(reply)
        finally:
            process.send_signal(signal.SIGINT)
            try:
                output, _ = process.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                output, _ = process.communicate()
    assert "Traceback" in output and "engine exploded" in output, output[-3000:]
    assert "[token redacted]" in output
    assert TOKEN not in output and "SECRET-TOKEN" not in output, output[-3000:]
