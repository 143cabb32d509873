"""The real FilmBot in a process of its own, logged into a fake Discord server run elsewhere.

    python3 bot_process.py '<json>'

The JSON gives `api_base` and `gateway_url` (the fake's), `token`, `settings` (Settings fields)
and `lag_file`. The bot starts as `filmbot run` would (FilmBot creates its AnswerEngine from the
settings and serves the index found there), syncs its commands so the fake learns their options,
prints READY, and from then on measures its own event-loop lag: a task sleeping 10 ms records
how late each wake-up is, with the wall-clock time of the wake-up. A line on standard input (or
its end) stops it: the samples are written to `lag_file` as JSON and the bot logs out.

With the fake in another process, the bot's loop and GIL are the bot's alone, as with real
Discord: the lag measured is FilmBot's own.
"""
from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import discord.gateway  # noqa: E402
import discord.http  # noqa: E402
import yarl  # noqa: E402

from bot.discord.client import FilmBot, sync_tree  # noqa: E402
from bot.settings import Settings  # noqa: E402

TICK = 0.010


async def measure_lag(samples: list[tuple[float, float]], stop: asyncio.Event) -> None:
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(TICK)
        samples.append((time.time(), max(0.0, time.perf_counter() - started - TICK)))


def stop_on_stdin(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    sys.stdin.readline()
    loop.call_soon_threadsafe(stop.set)


async def serve(config: dict) -> None:
    discord.http.Route.BASE = config["api_base"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config["gateway_url"])
    bot = FilmBot(Settings(_env_file=None, **config["settings"]), guild_ready_timeout=0.05)
    task = asyncio.create_task(bot.start(config["token"]))
    while not bot.is_ready():
        if task.done():
            task.result()
            raise RuntimeError("bot.start() returned before the bot became ready")
        await asyncio.sleep(0.01)
    await bot.wait_until_ready()
    if bot.index_task is not None:
        await bot.index_task
    await sync_tree(bot, None)
    samples: list[tuple[float, float]] = []
    stop = asyncio.Event()
    threading.Thread(target=stop_on_stdin, args=(asyncio.get_running_loop(), stop), daemon=True).start()
    monitor = asyncio.create_task(measure_lag(samples, stop))
    print("READY", flush=True)
    await stop.wait()
    await monitor
    Path(config["lag_file"]).write_text(json.dumps(samples), encoding="utf-8")
    await bot.close()
    await asyncio.wait_for(task, 10)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    asyncio.run(serve(json.loads(sys.argv[1])))


if __name__ == "__main__":
    main()
