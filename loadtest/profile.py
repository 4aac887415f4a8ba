"""Where one dashboard process spends its CPU, and how much memory a session holds.

    python -m loadtest.profile --sessions 20 --seconds 30    # about a minute

Starts the dashboard in a child process with cProfile on every thread (the event loop,
which serialises and sends the messages, and each script run's thread), timed by each
thread's own CPU clock (waiting for a lock or a busy machine's cores counts nothing), drives the
readers of `python -m loadtest` against it, stops it and prints the functions with the
most CPU time, and the CPU per page run. Then, in a fresh server, the memory a session
holds: RSS after one warm-up session, then with --sessions sessions open that each
visited every page once (psutil, the server with its children).
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import cProfile
import os
import pstats
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

from loadtest import pages as page_list
from loadtest.client import Reader, RoundResult, Settings, run_round
from loadtest.server import Server, cpu_seconds, rss_mb


def _profiled_server(stats_path: str, argv: list[str]) -> None:
    """In the child: profile every thread, dump the merged stats at exit, run Streamlit."""
    profiles: list[cProfile.Profile] = []

    def start_in_thread(*_: object) -> None:
        sys.setprofile(None)
        profile = cProfile.Profile(time.thread_time)
        profiles.append(profile)
        profile.enable()

    def dump() -> None:
        for profile in profiles:
            profile.disable()
        stats = pstats.Stats(profiles[0])
        for profile in profiles[1:]:
            stats.add(profile)
        stats.dump_stats(stats_path)

    threading.setprofile(start_in_thread)
    main_profile = cProfile.Profile(time.thread_time)
    profiles.append(main_profile)
    atexit.register(dump)
    main_profile.enable()
    from streamlit.web import cli

    sys.argv = ["streamlit", *argv]
    try:
        cli.main()
    except SystemExit:
        pass


async def _hold_sessions(url: str, pages: list[str], sessions: int, timeout: float) -> tuple[int, list[Reader]]:
    """`sessions` readers, each having opened every page once; left open. Returns the errors and the readers."""
    result = RoundResult()
    readers = [Reader(Settings(url, pages, timeout=timeout), result, random.Random(n)) for n in range(sessions)]

    async def visit(reader: Reader) -> None:
        await reader.connect()
        for page in pages:
            await reader.open(page, link=False)

    await asyncio.gather(*(visit(reader) for reader in readers))
    return result.error_count, readers


def memory_per_session(sessions: int, pages: list[str], timeout: float = 120) -> dict[str, float]:
    """RSS (MB) of a fresh server after one warm-up session, and with `sessions` more open."""
    with Server(log=Path(tempfile.mkstemp(prefix="profile-memory-", suffix=".log")[1])) as server:
        async def measure() -> dict[str, float]:
            start = rss_mb(server.pid)
            errors, warm = await _hold_sessions(server.url, pages, 1, timeout)
            for reader in warm:
                await reader.close()
            await asyncio.sleep(2)
            warmed = rss_mb(server.pid)
            more_errors, readers = await _hold_sessions(server.url, pages, sessions, timeout)
            await asyncio.sleep(2)
            held = rss_mb(server.pid)
            for reader in readers:
                await reader.close()
            return {"start_mb": start, "warmed_mb": warmed, "held_mb": held, "errors": errors + more_errors,
                    "per_session_mb": (held - warmed) / sessions}

        return asyncio.run(measure())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=2.0)
    parser.add_argument("--top", type=int, default=30, help="functions to list (default 30)")
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--no-memory", action="store_true", help="skip the memory per session")
    parser.add_argument("--stats", type=Path, help="keep the merged cProfile stats in this file")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _profiled_server(args.child[0], args.child[1:])
        return 0
    pages = page_list.registered_pages()
    stats_path = str(args.stats or Path(tempfile.mkstemp(prefix="profile-", suffix=".pstats")[1]))
    load_before = os.getloadavg()[0]
    server = Server(log=Path(tempfile.mkstemp(prefix="profile-server-", suffix=".log")[1]))
    server.command_prefix = ["-m", "loadtest.profile", "--child", stats_path]
    server.start()
    try:
        cpu_before = cpu_seconds(server.pid)
        result = asyncio.run(run_round(Settings(server.url, pages, think=args.think, timeout=120), args.sessions,
                                       args.seconds, ramp=2))
        cpu_used = cpu_seconds(server.pid) - cpu_before
    finally:
        server.stop()
    runs = len(result.runs)
    print(f"{runs} page runs, {result.error_count} errors; server CPU {cpu_used:.1f} s under the profiler, "
          f"{cpu_used / max(runs, 1) * 1000:.0f} ms a page run; load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after")
    stats = pstats.Stats(stats_path)
    stats.sort_stats(args.sort).print_stats(args.top)
    if not args.no_memory:
        memory = memory_per_session(args.sessions, pages)
        print("Memory (RSS, MB): start {start_mb:.0f}, after a warm-up session {warmed_mb:.0f}, with the sessions "
              "open {held_mb:.0f}: {per_session_mb:.2f} MB a session ({errors:.0f} errors)".format(**memory))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
