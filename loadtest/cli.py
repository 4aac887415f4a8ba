"""Command line: `python -m loadtest` (see the package docstring, printed by --help)."""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil

import loadtest
from loadtest import pages as page_list
from loadtest import capacity_report
from loadtest.capacity import DEFAULT_STEPS, run_steps
from loadtest.client import RoundResult, Settings, run_round
from loadtest.proxy import nginx_binary
from loadtest.report import Outcome, distinct_errors, machine, markdown, write_section
from loadtest.server import PORTS, REPO, Server, busy_since, cpu_seconds, pid_listening_on, rss_mb
from loadtest.stats import memory_verdict, median, percentile


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest",
        description=loadtest.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sessions", type=int, default=50, help="simultaneous reader sessions (default 50)")
    parser.add_argument("--seconds", type=float, default=60, help="length of one round in seconds (default 60)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds back to back, memory taken after each (default 2)")
    parser.add_argument("--think", type=float, default=10.0,
                        help="mean time a reader reads before the next click, in seconds, drawn from 0.5x..1.5x "
                        "(default 10: 5-15 s); --think 2 makes it a stress test")
    parser.add_argument("--timeout", type=float, default=60, help="longest wait for one script run (default 60 s)")
    parser.add_argument("--ramp", type=float, default=10,
                        help="sessions arrive spread over the first this-many seconds of a round (default 10)")
    parser.add_argument("--settle", type=float, default=5,
                        help="seconds between a round's sessions closing and reading the memory (default 5)")
    parser.add_argument("--pages", nargs="+", metavar="ID",
                        help="page ids to visit (default: every url_state page that dashboard.py registers)")
    parser.add_argument("--url", help="use this running server (http://) instead of starting one, e.g. http://127.0.0.1:8501")
    parser.add_argument("--server-pid", type=int, help="with --url: the server's process id, for its memory "
                        "(default: the local process listening on the URL's port)")
    parser.add_argument("--port", type=int, help=f"port for the server this script starts "
                        f"(default: the first free one of {PORTS.start}-{PORTS.stop - 1})")
    parser.add_argument("--no-file-watcher", action="store_true",
                        help="start the server with --server.fileWatcherType none: while others edit the tree, a "
                        "changed source file makes Streamlit unload the app's modules, which races with imports "
                        "in other sessions (KeyError in importlib) and says nothing about the app under load")
    parser.add_argument("--capacity", action="store_true",
                        help="capacity of one process: run the readers in steps of --steps sessions, --seconds each")
    parser.add_argument("--replicas", type=int, default=0, metavar="N",
                        help="the same steps through nginx in front of N dashboard processes (with --capacity: "
                        "one process first, then the replicas, compared)")
    parser.add_argument("--steps", type=int, nargs="+", default=list(DEFAULT_STEPS), metavar="SESSIONS",
                        help="sessions of each step with --capacity or --replicas (default "
                        + " ".join(map(str, DEFAULT_STEPS)) + ")")
    parser.add_argument("--seed", type=int, default=1, help="seed of the readers' choices (default 1)")
    parser.add_argument("--benchmarks", type=Path, default=REPO / "BENCHMARKS.md",
                        help="file whose 'Many readers' section is rewritten (default BENCHMARKS.md)")
    parser.add_argument("--no-write", action="store_true", help="print the results only, leave BENCHMARKS.md alone")
    args = parser.parse_args(argv)
    if args.sessions < 1 or args.seconds <= 0 or args.rounds < 1:
        parser.error("--sessions, --seconds and --rounds must be positive")
    if args.replicas < 0 or any(step < 1 for step in args.steps):
        parser.error("--replicas and --steps must be positive")
    if args.replicas > len(PORTS):
        parser.error(f"--replicas: at most {len(PORTS)} (the ports {PORTS.start}-{PORTS.stop - 1})")
    if (args.capacity or args.replicas) and args.url:
        parser.error("--capacity and --replicas start their own servers: leave out --url")
    known = set(page_list.registered_pages())
    if args.pages and not set(args.pages) <= known:
        parser.error(f"unknown page ids: {', '.join(sorted(set(args.pages) - known))}")
    return args


def _progress(result: RoundResult, started: float, pid: int | None, peak: list[float]) -> Callable[[], None]:
    last = [started]

    def sample() -> None:
        if pid is not None:
            try:
                peak[0] = max(peak[0], rss_mb(pid))
            except psutil.Error:
                pass
        now = time.monotonic()
        if now - last[0] >= 10:
            last[0] = now
            print(f"  {now - started:5.0f} s: {result.connected} sessions open, {len(result.runs)} runs, "
                  f"{result.error_count} errors" + (f", RSS {peak[0]:.0f} MB peak" if pid else ""), flush=True)

    return sample


def steps_main(args: argparse.Namespace, command: str, pages: list[str]) -> int:
    """--capacity and/or --replicas N: the steps against one process, then through nginx to N."""
    if args.replicas and nginx_binary() is None:
        print("--replicas needs nginx (Debian: apt-get install nginx; scripts/test.sh installs it)", file=sys.stderr)
        return 2
    kinds = ([0] if args.capacity else []) + ([args.replicas] if args.replicas else [])
    extra = ["--server.fileWatcherType", "none"] if args.no_file_watcher else []
    runs = []
    try:
        for replicas in kinds:
            runs.append(run_steps(replicas, args.steps, args.seconds, think=args.think, timeout=args.timeout,
                                  ramp=args.ramp, settle=args.settle, seed=args.seed, pages=pages,
                                  extra_args=extra, log=lambda line: print(line, flush=True)))
    except (RuntimeError, OSError) as error:
        print(f"Could not run: {error}", file=sys.stderr)
        return 2
    text = capacity_report.markdown(runs, command=command, seconds=args.seconds, think=args.think, ramp=args.ramp,
                                    pages=pages, info=machine())
    print()
    print(text)
    if not args.no_write:
        write_section(args.benchmarks, text, capacity_report.START, capacity_report.END)
        print(f"Wrote the '{capacity_report.HEADING[3:]}' section of {args.benchmarks}")
    errors = sum(step.errors for run in runs for step in run.steps) + sum(run.warm_up_errors for run in runs)
    verdict = capacity_report.replica_verdict(*runs) if len(runs) == 2 else None
    return 1 if errors or (verdict is not None and "FAIL" in verdict) else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    command = "python -m loadtest" + (" " + shlex.join(argv if argv is not None else sys.argv[1:])
                                      if (argv if argv is not None else sys.argv[1:]) else "")
    pages = args.pages or page_list.registered_pages()
    if args.capacity or args.replicas:
        return steps_main(args, command, pages)
    server: Server | None = None
    log = None
    if args.url:
        url = args.url.rstrip("/")
        pid = args.server_pid or pid_listening_on(url)
        where = url
    else:
        log = Path(tempfile.mkstemp(prefix="loadtest-server-", suffix=".log")[1])
        print(f"Starting the dashboard (log: {log}) ...", flush=True)
        try:
            extra = ["--server.fileWatcherType", "none"] if args.no_file_watcher else []
            server = Server(port=args.port, log=log, extra_args=extra).start()
        except Exception as error:  # noqa: BLE001
            print(f"Could not start the server: {error}", file=sys.stderr)
            return 2
        url, pid = server.url, server.pid
        where = "started by the script (`streamlit run dashboard.py`, headless" + (
            ", file watcher off)" if args.no_file_watcher else ")")
    print(f"Server {url} (pid {pid or 'unknown'}); pages: {', '.join(pages)}", flush=True)
    try:
        if pid is None:
            print("Memory will not be measured: no local process found listening on that port "
                  "(pass --server-pid).", file=sys.stderr)
        time.sleep(1)
        load_before = os.getloadavg()[0]
        cpu_before = time.process_time()
        before = rss_mb(pid) if pid else None
        settings = Settings(url, pages, think=args.think, timeout=args.timeout)
        rounds: list[RoundResult] = []
        after: list[float] = []
        peak = [before or 0.0]
        for number in range(args.rounds):
            print(f"Round {number + 1}/{args.rounds}: {args.sessions} sessions for {args.seconds:.0f} s", flush=True)
            result = RoundResult()
            started = time.monotonic()
            server_cpu = cpu_seconds(pid) if pid else None
            machine_cpu = psutil.cpu_times()
            result = asyncio.run(run_round(settings, args.sessions, args.seconds, seed=args.seed * 1000 + number,
                                           ramp=args.ramp, sample=_progress(result, started, pid, peak),
                                           result=result))
            result.wall_seconds = time.monotonic() - started
            if server_cpu is not None:
                result.server_cpu_seconds = cpu_seconds(pid) - server_cpu
            result.machine_busy = busy_since(machine_cpu)
            rounds.append(result)
            time.sleep(args.settle)
            if pid:
                after.append(rss_mb(pid))
            times = [run.seconds for run in result.runs]
            print(f"  done: {len(result.runs)} runs, {result.error_count} errors, median {median(times):.2f} s, "
                  f"p95 {percentile(times, 95):.2f} s" + (f", RSS {after[-1]:.0f} MB" if pid else "")
                  + (f", server CPU {result.server_cpu_seconds / result.wall_seconds:.0%} of one core"
                     if result.server_cpu_seconds is not None else "")
                  + f", all cores {result.machine_busy:.0%} busy", flush=True)
        load_after = os.getloadavg()[0]
        client_cpu = time.process_time() - cpu_before
    except psutil.NoSuchProcess:
        print("The server process went away during the test." + (f" See {log}." if log else ""), file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.stop()

    verdict = memory_verdict(before, after) if before is not None else None
    outcome = Outcome(command=command, sessions=args.sessions, seconds=args.seconds, think=args.think,
                      timeout=args.timeout, ramp=args.ramp, pages=pages, rounds=rounds, memory=verdict,
                      peak_rss_mb=peak[0] if pid else None, server=where,
                      load_average=(load_before, load_after), client_cpu_seconds=client_cpu)
    times = [run.seconds for run in outcome.runs]
    print()
    print(f"Errors: {outcome.errors}")
    for line in distinct_errors(rounds):
        print(f"  {line}")
    print(f"Page runs: {len(times)}; median {median(times):.2f} s; 95th percentile {percentile(times, 95):.2f} s")
    if verdict is not None:
        print("Memory (RSS, server + children): before {:.0f} MB, after each round {}; {}".format(
            verdict.before_mb, ", ".join(f"{a:.0f} MB" for a in verdict.after_rounds_mb), verdict.describe()))
    print(f"Verdict: {'pass' if outcome.ok else 'FAIL'}")
    if not args.no_write:
        write_section(args.benchmarks, markdown(outcome, machine()))
        print(f"Wrote the '{'Many readers'}' section of {args.benchmarks}")
    return 0 if outcome.ok else 1
