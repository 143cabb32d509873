"""Channel films in SQLite: get/set/clear/list, survives reopening, concurrent writers lose nothing."""
from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.channel_films import ChannelFilm, ChannelFilms

GUILD, OTHER_GUILD = 111111111111111111, 222222222222222222  # snowflake-sized ids
CHANNEL = 333333333333333333


@pytest.fixture
def store(tmp_path: Path):
    with ChannelFilms(tmp_path / "state" / "channels.sqlite3", clock=lambda: 1700000000.0) as films:
        yield films


def test_set_get_clear(store):
    assert store.get(GUILD, CHANNEL) is None
    entry = store.set(GUILD, CHANNEL, "parallel-mothers", set_by=42)
    assert entry == ChannelFilm(GUILD, CHANNEL, "parallel-mothers", 42, 1700000000.0)
    assert store.get(GUILD, CHANNEL) == entry
    assert store.clear(GUILD, CHANNEL) is True
    assert store.get(GUILD, CHANNEL) is None
    assert store.clear(GUILD, CHANNEL) is False


def test_setting_again_replaces(store):
    store.set(GUILD, CHANNEL, "heat", set_by=1)
    store.set(GUILD, CHANNEL, "parasite", set_by=2)
    entry = store.get(GUILD, CHANNEL)
    assert (entry.film, entry.set_by) == ("parasite", 2)
    assert len(store.list_for_guild(GUILD)) == 1


def test_keyed_by_guild_and_channel(store):
    store.set(GUILD, CHANNEL, "heat")
    store.set(GUILD, CHANNEL + 1, "parasite")
    store.set(OTHER_GUILD, CHANNEL, "spirited-away")
    assert store.get(OTHER_GUILD, CHANNEL).film == "spirited-away"
    assert [(e.channel_id, e.film) for e in store.list_for_guild(GUILD)] == [(CHANNEL, "heat"), (CHANNEL + 1, "parasite")]
    assert store.list_for_guild(999) == []


def test_empty_film_refused(store):
    with pytest.raises(ValueError):
        store.set(GUILD, CHANNEL, "")


def test_survives_reopening(tmp_path):
    path = tmp_path / "channels.sqlite3"
    with ChannelFilms(path) as first:
        first.set(GUILD, CHANNEL, "heat", set_by=7)
    with ChannelFilms(path) as again:
        entry = again.get(GUILD, CHANNEL)
        assert (entry.film, entry.set_by) == ("heat", 7) and entry.set_at > 0


def test_wal_journal_mode(store):
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_threads_share_one_store(store):
    def write(worker: int) -> None:
        for n in range(50):
            store.set(GUILD, worker * 1000 + n, f"film-{worker}-{n}")

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.list_for_guild(GUILD)) == 200


WRITES = 300


def write_many(path: str, worker: int, start: multiprocessing.Event) -> None:
    """One shard process: opens the store itself, then writes its channels and a shared one."""
    films = ChannelFilms(path)
    start.wait()
    for n in range(WRITES):
        films.set(GUILD, worker * 100_000 + n, f"film-{worker}-{n}", set_by=worker)
        films.set(OTHER_GUILD, n, f"shared-{worker}-{n}", set_by=worker)  # both write the same rows
        if n % 10 == 0:
            films.clear(GUILD, worker * 100_000 + n)
            films.set(GUILD, worker * 100_000 + n, f"film-{worker}-{n}", set_by=worker)
    films.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "channels.sqlite3")
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=write_many, args=(path, w, start)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    with ChannelFilms(path) as films:
        mine = {e.channel_id: e.film for e in films.list_for_guild(GUILD)}
        assert mine == {w * 100_000 + n: f"film-{w}-{n}" for w in (1, 2) for n in range(WRITES)}
        shared = films.list_for_guild(OTHER_GUILD)
        assert len(shared) == WRITES
        assert all(e.film == f"shared-{e.set_by}-{e.channel_id}" for e in shared)  # whole rows, never mixed
