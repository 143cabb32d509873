"""bot/discord/admin.py: `/filmadmin …` for managers and owners, and the owners' `!sync`."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from fake_discord import message_text
from live_bot import MANAGE_GUILD, no_rejections

from bot.answer.errors import DocumentRejected
from bot.discord.admin import (
    check_attachment, check_utf8, describe_age, render_report, render_status,
)
from bot.discord.render import embed_within_limits
from index.models import IndexReport, Problem


def test_non_utf8_is_rejected():
    with pytest.raises(DocumentRejected, match="UTF-8"):
        check_utf8("latin.txt", "café".encode("latin-1"))


def test_report_lists_every_problem_and_attaches_overflow():
    few = IndexReport(films=1, documents=5, passages=40, facts={"cast": 9},
                      problems=(Problem(path="x/bad.txt", reason="empty"),))
    embed, overflow = render_report(few, "Reindex: done")
    assert "x/bad.txt" in embed.description and overflow is None
    many = IndexReport(problems=tuple(Problem(path=f"f/{n}.txt", reason="not UTF-8 " * 5)
                                      for n in range(400)))
    embed, overflow = render_report(many, "Reindex: done")
    assert embed_within_limits(embed)
    assert all(f"f/{n}.txt" in overflow for n in range(400))


def test_status_embed():
    status = SimpleNamespace(films=1, documents=5, passages=40, built_at=1000.0, reindexing=False,
                             last_report=IndexReport(documents=5, passages=40, facts={"cast": 9}))
    embed = render_status(status, now=1000.0 + 600)
    assert "10 min ago" in embed.description
    assert embed_within_limits(embed)
    assert describe_age(30) == "30 s"


@pytest.mark.parametrize("filename", ["notes.txt", "notes.md", "notes.markdown", "page.html",
                                      "page.htm", "NOTES.TXT"])
def test_every_document_type_the_corpus_reads_is_accepted(filename):
    check_attachment(SimpleNamespace(filename=filename, content_type="text/plain", size=10), 100)


@pytest.mark.parametrize("filename, content_type, size, reason", [
    ("notes.pdf", "application/pdf", 10, "not a .txt, .md, .markdown, .html, .htm or .eml file"),
    ("notes.txt", "image/png", 10, "image/png, not text"),
    ("notes.txt", "text/plain", 101, "the limit is 100"),
])
def test_other_attachments_are_refused_with_the_reason(filename, content_type, size, reason):
    attachment = SimpleNamespace(filename=filename, content_type=content_type, size=size)
    with pytest.raises(DocumentRejected, match=reason):
        check_attachment(attachment, 100)


# -- live -------------------------------------------------------------------------------------

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
        (b"%PDF-1.4", "notes.pdf", "application/pdf", "not a .txt, .md, .markdown, .html, .htm or .eml"),
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
