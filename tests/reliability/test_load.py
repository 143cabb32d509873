"""Load: 50 members asking at once through the fake Discord while `/filmadmin reindex` runs.

The real FilmBot, started as `filmbot run` starts it, in a process of its own (bot_process.py),
logged into the fake Discord server that runs in this one: as with real Discord, the bot's event
loop and GIL are its own. Waves of 50 concurrent interactions (questions, topics and
autocomplete) run before, during and after a reindex that re-reads most of the corpus and adds a
document. Proven:

* every interaction is acknowledged within Discord's 3 s (the fake records `time_to_ack` and
  rejects late callbacks), no request is rejected, the bot logs no warning or error;
* answers are correct before, during and after the switch: stable facts never change, and the new
  document's fact is unknown before the reindex and known after it;
* the bot's event loop keeps running: in the bot process a task sleeping 10 ms records how late
  each wake-up is (event-loop lag); from the first wave to the last, the median is under 25 ms,
  the p95 under 100 ms and no wake-up is half a second late. The load (this process, the fake
  Discord, the reindex's child) shares the machine with the bot, so single ticks are at the
  mercy of the scheduler (218 ms once on a busy 2-core machine, p99 63 ms, median 7 ms in that
  run); the bounds are what a loop that nothing blocks keeps there, and what each regression
  breaks: engine work on the loop or many engine threads fighting it for the GIL (stalls over 1 s
  measured) moves the median and p95, one blocking call (a reindex in the loop's thread takes
  seconds) the max.

Ack times and lag (max, p99, median) are printed in the "reliability numbers" summary.
"""
from __future__ import annotations

import asyncio
import os
import time

import pytest
from fake_discord import message_text
from reliability_support import (
    MANAGE_GUILD, STATS, ProcessBot, copy_corpus, describe_ms, live_settings, pad_corpus, percentile,
)

from bot.answer.engine import AnswerEngine

MEMBERS = 50
LAG_MEDIAN_LIMIT = 0.025
LAG_P95_LIMIT = 0.100
LAG_MAX_LIMIT = 0.500
ACK_LIMIT = 3.0
BUDGET_DOC = "The production budget of Parallel Mothers was 7 million euros.\n"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    root = tmp_path_factory.mktemp("load")
    corpus = copy_corpus(root / "corpus")
    pad_corpus(corpus, 30)  # so that re-reading the corpus takes a second or more
    settings = live_settings(root, max_document_bytes=2_000_000)
    AnswerEngine(settings).reindex()  # the bot process serves this index from its first question
    bot = ProcessBot(settings).start()
    try:
        yield bot
    finally:
        bot.stop()


QUESTIONS = [  # (command, options, must contain)
    ("film ask", {"question": "Who plays Janis?"}, "Penélope Cruz"),
    ("film ask", {"question": "who directed it?", "film": "Parallel Mothers"}, "Almodóvar"),
    ("film cast", {"film": "Parallel Mothers"}, "Milena Smit"),
    ("film info", {"film": "Madres Paralelas"}, "Spanish"),
    ("film awards", {}, "Volpi Cup"),
]
BUDGET = ("film ask", {"question": "What was the budget?", "film": "Parallel Mothers"})


def add_members(live, count: int) -> tuple[int, list[int]]:
    """A manager (Manage Server) and `count` members; interactions carry their permissions."""
    async def make() -> tuple[int, list[int]]:
        manager = live.fake.add_user("load-manager")
        live.fake.add_member(manager, permissions=MANAGE_GUILD)
        members = [live.fake.add_user(f"load-member-{n}") for n in range(count)]
        for member in members:
            live.fake.add_member(member)
        return manager, members

    return live.on_fake(make())


def test_fifty_members_asking_during_a_reindex(live):
    manager, members = add_members(live, MEMBERS)
    records: list = []
    checks: list[tuple] = []  # (record, expected text or None, phase)

    async def wave(phase: str, number: int) -> list:
        """Every member at once: a question (or the budget question), plus some autocompletes."""
        sent = []
        for n, member in enumerate(members):
            if n % 5 == 4:
                command, options = BUDGET
                expected = None
            else:
                command, options, expected = QUESTIONS[(n + number) % len(QUESTIONS)]
            sent.append((live.fake.send_interaction(command, options, user=member), expected))
        autocompletes = [live.fake.send_autocomplete("film cast", {"film": "paral"}, "film",
                                                     user=member, raw=True)
                         for member in members[:10]]
        recorded = await asyncio.gather(*(coro for coro, _ in sent), *autocompletes)
        for (_, expected), record in zip(sent, recorded):
            checks.append((record, expected, phase))
        records.extend(recorded)
        await asyncio.gather(*(r.wait_acknowledged(timeout=ACK_LIMIT + 2) for r in recorded))
        await asyncio.gather(*(r.wait_final(timeout=30) for r in recorded[:len(sent)]))
        return recorded

    async def scenario() -> tuple:
        await wave("before", 0)
        # An admin replaced most documents and added one: the reindex re-reads them all.
        for path in (live.settings.corpus_dir / "parallel-mothers").glob("pad-*.txt"):
            path.write_text(path.read_text(encoding="utf-8") + "\nRevised.\n", encoding="utf-8")
        (live.settings.corpus_dir / "parallel-mothers" / "budget.txt").write_text(BUDGET_DOC)
        reindex = await live.fake.send_interaction("filmadmin reindex", user=manager)
        records.append(reindex)
        started = time.monotonic()
        waves_during = 0

        def reindex_done() -> bool:
            return any("done" in message_text(m) for m in reindex.messages)

        while not reindex_done():
            waves_during += 1
            await wave("during", waves_during)
            if time.monotonic() - started > 120:
                raise TimeoutError("the reindex never finished")
        reindex_seconds = time.monotonic() - started
        await wave("after", 99)
        return reindex, waves_during, reindex_seconds

    load_started = time.time()
    reindex, waves_during, reindex_seconds = live.on_fake(scenario(), timeout=300)
    load_ended = time.time()
    live.stop()

    # every interaction acknowledged in time, nothing rejected, nothing logged as an error
    acks = [r.time_to_ack for r in records]
    assert all(a is not None for a in acks), [r for r in records if r.time_to_ack is None][:3]
    live.no_rejections()
    assert max(acks) < ACK_LIMIT, describe_ms(acks)
    assert not live.problems(), live.problems()[:5]
    assert "done" in message_text(reindex.response) and "document(s)" in message_text(reindex.response)

    # answers correct before, during and after the switch
    budget_known = {"before": set(), "during": set(), "after": set()}
    for record, expected, phase in checks:
        if record.type == 4:
            assert [c["value"] for c in record.choices] == ["Parallel Mothers"]
            continue
        text = message_text(record.final_message)
        assert "Something went wrong" not in text, text
        if expected is None:
            budget_known[phase].add("7 million" in text)
        else:
            assert expected in text, (phase, expected, text[:300])
    assert budget_known["before"] == {False}
    assert budget_known["after"] == {True}
    assert waves_during >= 1

    lag = [late for at, late in live.lag_samples() if load_started <= at <= load_ended]
    questions = sum(1 for r in records if r.type == 2)
    STATS.line("load (50 members via the fake Discord during /filmadmin reindex)",
               f"{questions} slash commands + {len(records) - questions} autocompletes in "
               f"{2 + waves_during} waves of {MEMBERS}; {waves_during} wave(s) during the "
               f"{reindex_seconds:.1f} s reindex; {os.cpu_count()} CPU(s)")
    STATS.line("load (50 members via the fake Discord during /filmadmin reindex)",
               f"time to ack: {describe_ms(acks)}")
    STATS.line("load (50 members via the fake Discord during /filmadmin reindex)",
               f"event-loop lag of the bot process under load: {describe_ms(lag)}")
    assert len(lag) > 50, "the lag monitor hardly ran"
    # Statistics that hold on a busy 2-core machine; the summary reports max, p99 and median of
    # every run. The longest ticks on a quiet machine (24-83 ms over nine runs on 2 cores) are the
    # loop's own Discord work: asyncio's debug mode names discord.py's Shard.worker, which parses a
    # burst of 50 buffered INTERACTION_CREATE events in one step. On a busy one the scheduler adds
    # to any single tick (218 ms once), so the max bound is for a blocked loop, not for noise.
    assert percentile(lag, 50) < LAG_MEDIAN_LIMIT, describe_ms(lag)
    # p95, not p99: with 150-400 ticks in a run, the p99 is the second or fourth longest tick.
    assert percentile(lag, 95) < LAG_P95_LIMIT, (percentile(lag, 95), describe_ms(lag))
    assert max(lag) < LAG_MAX_LIMIT, describe_ms(lag)
