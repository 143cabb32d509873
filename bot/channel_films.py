"""A film per channel, kept in one SQLite file so it survives restarts and is shared by shards.

`ChannelFilms(path)` maps (guild id, channel id) to a film key (the film's slug), with who set it
and when. Several processes (one per shard) may write at once: the database runs in WAL mode,
every write is one short `BEGIN IMMEDIATE` transaction (the write lock is taken up front, so two
writers never deadlock upgrading a read lock), and a busy database is waited for (busy_timeout)
rather than failing. Each thread opens its own connection (sqlite3 connections are not shared
between threads); connections are opened lazily and closed by `close()`.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BUSY_TIMEOUT_MS = 30_000
SCHEMA = """
CREATE TABLE IF NOT EXISTS channel_film (
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    film       TEXT    NOT NULL,
    set_by     INTEGER,
    set_at     REAL    NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
) WITHOUT ROWID
"""


@dataclass(frozen=True)
class ChannelFilm:
    guild_id: int
    channel_id: int
    film: str  # the film's key (slug)
    set_by: int | None  # the member who set it
    set_at: float  # unix time


class ChannelFilms:
    """get / set / clear / list_for_guild over one SQLite file (created, with its folder, if missing)."""

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path)
        self._clock = clock
        self._busy_timeout_ms = busy_timeout_ms
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._setup()

    # --- the public operations ---------------------------------------------------------------

    def get(self, guild_id: int, channel_id: int) -> ChannelFilm | None:
        row = self._connection().execute(
            "SELECT guild_id, channel_id, film, set_by, set_at FROM channel_film WHERE guild_id = ? AND channel_id = ?",
            (guild_id, channel_id),
        ).fetchone()
        return ChannelFilm(*row) if row else None

    def set(self, guild_id: int, channel_id: int, film: str, set_by: int | None = None) -> ChannelFilm:
        """Set (or replace) the channel's film."""
        if not film:
            raise ValueError("a channel film needs a film key")
        entry = ChannelFilm(guild_id, channel_id, film, set_by, self._clock())
        with self._write() as db:
            db.execute(
                "INSERT INTO channel_film (guild_id, channel_id, film, set_by, set_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (guild_id, channel_id) DO UPDATE SET film = excluded.film, "
                "set_by = excluded.set_by, set_at = excluded.set_at",
                (entry.guild_id, entry.channel_id, entry.film, entry.set_by, entry.set_at),
            )
        return entry

    def clear(self, guild_id: int, channel_id: int) -> bool:
        """Remove the channel's film; True if it had one."""
        with self._write() as db:
            cursor = db.execute("DELETE FROM channel_film WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id))
        return cursor.rowcount > 0

    def list_for_guild(self, guild_id: int) -> list[ChannelFilm]:
        """Every channel film of one guild, by channel id."""
        rows = self._connection().execute(
            "SELECT guild_id, channel_id, film, set_by, set_at FROM channel_film WHERE guild_id = ? ORDER BY channel_id",
            (guild_id,),
        ).fetchall()
        return [ChannelFilm(*row) for row in rows]

    def close(self) -> None:
        """Close every connection this object opened (in any thread)."""
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()
        self._local = threading.local()

    def __enter__(self) -> ChannelFilms:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    # --- connections and transactions ----------------------------------------------------------

    def _setup(self) -> None:
        db = self._connection()
        for attempt in range(50):  # switching to WAL takes the database alone: another process may hold it
            try:
                mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == 49:
                    raise
                time.sleep(0.05)
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"{self.path}: could not switch to WAL (journal mode {mode})")
        with self._write() as db:
            db.execute(SCHEMA)

    def _connection(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            # isolation_level=None: no implicit transactions; writes open their own BEGIN IMMEDIATE.
            db = sqlite3.connect(self.path, timeout=self._busy_timeout_ms / 1000, isolation_level=None,
                                 check_same_thread=False)
            db.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable across crashes of the process
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
