"""Member-facing error messages and the admin helpers that need no connection."""
from __future__ import annotations

import io
import logging
from types import SimpleNamespace

import pytest
from discord import app_commands
from discord.ext import commands

from bot.answer.errors import DocumentRejected, IndexNotReady, ReindexInProgress
from bot.discord.admin import check_utf8, describe_age, render_report, render_status
from bot.discord.client import RedactToken, build_intents, shard_options
from bot.discord.errors import describe_error
from bot.discord.film import film_choices, split_spoiler_flag, strip_bot_mentions
from bot.discord.render import embed_within_limits
from bot.settings import Settings
from index.models import IndexReport, Problem


def cooldown_error(seconds: float) -> commands.CommandOnCooldown:
    return commands.CommandOnCooldown(commands.Cooldown(1, 10), seconds, commands.BucketType.member)


@pytest.mark.parametrize("error, expected", [
    (cooldown_error(4.2), "try again in 5 s"),
    (commands.MissingPermissions(["manage_guild"]), "Manage Server permission"),
    (commands.NotOwner(), "owners"),
    (IndexNotReady(), "being built"),
    (ReindexInProgress(), "already running"),
    (DocumentRejected("notes.pdf is not a .txt, .md or .html file."), "rejected: notes.pdf"),
    (commands.BadArgument("Your question is too long"), "too long"),
])
def test_expected_errors_get_a_sentence_saying_what_to_do(error, expected):
    assert expected in describe_error(error)


def test_wrapped_errors_are_unwrapped():
    wrapped = app_commands.CommandInvokeError.__new__(app_commands.CommandInvokeError)
    wrapped.original = ReindexInProgress()
    hybrid = commands.HybridCommandError(wrapped)
    assert "already running" in describe_error(hybrid)


def test_unexpected_errors_have_no_member_sentence():
    assert describe_error(RuntimeError("boom")) is None


def test_token_is_redacted_from_messages_and_tracebacks():
    token = "MTIz.secret.token"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactToken(token))
    logger = logging.getLogger("test_redaction")
    logger.addHandler(handler)
    try:
        try:
            raise RuntimeError(f"bad {token}")
        except RuntimeError:
            logger.exception("token was %s", token)
    finally:
        logger.removeHandler(handler)
    assert token not in stream.getvalue()
    assert "[token redacted]" in stream.getvalue()


def test_intents_are_non_privileged_unless_asked():
    assert not build_intents(Settings(message_content_intent=False)).message_content
    assert build_intents(Settings(message_content_intent=True)).message_content
    assert not build_intents(Settings()).members


def test_shard_ids_need_a_shard_count():
    assert shard_options(Settings()) == {}
    assert shard_options(Settings(shard_count=4, shard_ids=[0, 1])) == {"shard_count": 4,
                                                                        "shard_ids": [0, 1]}
    with pytest.raises(ValueError):
        shard_options(Settings(shard_ids=[0]))


def test_film_choices_fit_discords_limits():
    choices = film_choices(["A" * 300, "B", "B", " "] + [f"Film {n}" for n in range(40)])
    assert len(choices) == 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)
    assert [c.value for c in choices].count("B") == 1


def test_mention_is_stripped_from_a_question():
    assert strip_bot_mentions("<@42> who directed it? <@!42>", 42) == "who directed it?"


def test_trailing_spoilers_word_asks_for_spoilers():
    assert split_spoiler_flag("Parallel Mothers spoilers") == ("Parallel Mothers", True)
    assert split_spoiler_flag("Parallel Mothers") == ("Parallel Mothers", False)
    assert split_spoiler_flag(None) == (None, False)


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
