"""The machine, the results as Markdown, and the "Many readers" section of BENCHMARKS.md."""

from __future__ import annotations

import os
import platform
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import psutil

from loadtest.client import RoundResult, Run
from loadtest.stats import BUSY_LOAD_PER_CORE, MB, MemoryVerdict, median, percentile

START = "<!-- loadtest:start -->"
END = "<!-- loadtest:end -->"
HEADING = "## Many readers"


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    physical = psutil.cpu_count(logical=False)
    return {
        "CPU": cpu,
        "Cores": f"{os.cpu_count()} logical" + (f", {physical} physical" if physical else ""),
        "RAM": f"{psutil.virtual_memory().total / MB / 1024:.1f} GiB",
        "OS": platform.platform(terse=True),
        "Python": platform.python_version(),
        "Streamlit": metadata.version("streamlit"),
        "Date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


@dataclass(frozen=True)
class Outcome:
    """Everything the report needs."""

    command: str
    sessions: int
    seconds: float
    think: float
    timeout: float
    ramp: float
    pages: Sequence[str]
    rounds: Sequence[RoundResult]
    memory: MemoryVerdict | None
    peak_rss_mb: float | None
    server: str  # "started by the script" or the URL
    load_average: tuple[float, float] | None = None  # the machine's 1-minute load average before and after
    client_cpu_seconds: float | None = None  # CPU time of this load client itself

    @property
    def runs(self) -> list[Run]:
        return [run for r in self.rounds for run in r.runs]

    @property
    def errors(self) -> int:
        return sum(r.error_count for r in self.rounds)

    @property
    def ok(self) -> bool:
        return self.errors == 0 and (self.memory is None or self.memory.ok)


def seconds_text(value: float) -> str:
    return "–" if value != value else f"{value:.2f} s"  # NaN check


def _times(runs: Sequence[Run]) -> tuple[str, str]:
    seconds = [run.seconds for run in runs]
    return seconds_text(median(seconds)), seconds_text(percentile(seconds, 95))


def distinct_errors(rounds: Sequence[RoundResult], limit: int = 10) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for r in rounds:
        for error in r.errors:
            counts[error] += 1
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    return [f"{count} × {text}" for text, count in ordered[:limit]]


def markdown(outcome: Outcome, info: dict[str, str]) -> str:
    rounds = outcome.rounds
    lines = [
        HEADING,
        "",
        f"`{outcome.command}`: {outcome.sessions} simultaneous reader sessions against one server for "
        f"{outcome.seconds:.0f} s, {len(rounds)} round{'s' if len(rounds) != 1 else ''} back to back. Each session "
        "speaks Streamlit's websocket protocol as the browser does (XSRF cookie and token, reruns with page and "
        "query string, widget states): it opens a page from a link, changes one or two of its filters, moves to "
        f"another page (a navigation click or a link), and so on, reading {outcome.think * 0.5:.0f}–"
        f"{outcome.think * 1.5:.0f} s before each action; sessions arrive over the first {outcome.ramp:.0f} s of a "
        f"round. Server: {outcome.server}. "
        f"Pages: {', '.join(outcome.pages)}.",
        "",
        "Machine: " + "; ".join(f"{key} {value}" for key, value in info.items()) + ".",
        "",
    ]
    context = []
    if outcome.load_average is not None:
        before, after = outcome.load_average
        cores = os.cpu_count() or 1
        if before >= BUSY_LOAD_PER_CORE * cores:
            lines += [
                f"**Taken under outside load:** the 1-minute load average was {before:.1f} before the run and "
                f"{after:.1f} after it, on {cores} cores: other work competed with the server for the cores, so "
                "these times are not those of one process on a quiet machine (see the capacity section for that).",
                "",
            ]
        context.append(
            f"1-minute load average {before:.1f} before and {after:.1f} after the "
            "run (the machine may be shared: other work competes with the server for the cores)"
        )
    if outcome.client_cpu_seconds is not None:
        context.append(f"the load client itself used {outcome.client_cpu_seconds:.0f} s of CPU")
    if context:
        lines += ["Context: " + "; ".join(context) + ".", ""]
    lines += [
        "| | " + " | ".join(f"Round {i + 1}" for i in range(len(rounds))) + " | All |",
        "|---|" + "---:|" * (len(rounds) + 1),
    ]

    def row(label: str, cells: list[str], total: str) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {total} |")

    all_runs = outcome.runs
    row("Sessions open at once (fewest while holding / most)",
        [f"{r.min_connected_holding if r.min_connected_holding is not None else '–'} / {r.peak_connected}" for r in rounds], "")
    row("Page runs (open a page or change a filter)", [str(len(r.runs)) for r in rounds], str(len(all_runs)))
    row("… of which filter changes", [str(sum(run.kind == "filter" for run in r.runs)) for r in rounds],
        str(sum(run.kind == "filter" for run in all_runs)))
    row("Errors", [str(r.error_count) for r in rounds], f"**{outcome.errors}**")
    connects = [t for r in rounds for t in r.connect_seconds]
    row("Time to connect (GET / to websocket open), median / 95th percentile",
        [f"{seconds_text(median(r.connect_seconds))} / {seconds_text(percentile(r.connect_seconds, 95))}" for r in rounds],
        f"{seconds_text(median(connects))} / {seconds_text(percentile(connects, 95))}")
    row("Median time to script_finished", [_times(r.runs)[0] for r in rounds], _times(all_runs)[0])
    row("95th percentile", [_times(r.runs)[1] for r in rounds], _times(all_runs)[1])
    if all(r.server_cpu_seconds is not None for r in rounds):
        row("Server CPU used (share of one core over the round)",
            [f"{r.server_cpu_seconds:.0f} s ({r.server_cpu_seconds / r.wall_seconds:.0%})" if r.wall_seconds else "–"
             for r in rounds], "")
        row("Server CPU per page run", [f"{r.server_cpu_seconds / len(r.runs):.2f} s" if r.runs else "–" for r in rounds],
            "")
    if all(r.machine_busy is not None for r in rounds):
        row("All cores of the machine busy", [f"{r.machine_busy:.0%}" for r in rounds], "")
    if outcome.memory is not None:
        m = outcome.memory
        after = m.after_rounds_mb
        row("Server RSS after the round (before: %.0f MB)" % m.before_mb, [f"{a:.0f} MB" for a in after], "")
        growth = [after[0] - m.before_mb] + [b - a for a, b in zip(after, after[1:])]
        row("Growth over the round", [f"{g:+.0f} MB" for g in growth], "")
    lines.append("")

    by_page: dict[str, list[Run]] = defaultdict(list)
    for run in all_runs:
        by_page[run.page].append(run)
    lines += ["| Page | Runs | Median | 95th percentile | Errors |", "|---|---:|---:|---:|---:|"]
    for page in outcome.pages:
        runs = by_page.get(page, [])
        med, p95 = _times(runs)
        lines.append(f"| {page} | {len(runs)} | {med} | {p95} | {sum(not run.ok for run in runs)} |")
    lines.append("")

    if outcome.memory is not None:
        peak = f" Highest RSS seen during the rounds: {outcome.peak_rss_mb:.0f} MB." if outcome.peak_rss_mb else ""
        lines += [
            "Memory is the RSS of the server process with its children (psutil), taken before the first round "
            "and a few seconds after each round's sessions have closed. Requirements: the first round grows it by "
            "at most 200 MB; no further growth in the second, meaning it grows by at most the larger of 20 MB and "
            f"10 % of the first round's growth. Result: {outcome.memory.describe()}.{peak}",
            "",
        ]
    else:
        lines += ["Memory: not measured (the server's process was not found; pass --server-pid).", ""]
    lines.append(
        "Times run from sending the rerun to receiving its `script_finished`. Errors count any exception element in "
        "the deltas, a page-not-found, a run that finished other than successfully, a websocket failure and a run "
        f"with no `script_finished` within {outcome.timeout:.0f} s."
    )
    lines.append("")
    errors = distinct_errors(rounds)
    if errors:
        lines += ["Errors seen (most frequent first):", ""] + [f"- {e}" for e in errors] + [""]
    lines.append(f"**Verdict: {'pass' if outcome.ok else 'FAIL'}**")
    return "\n".join(lines)


def write_section(path: Path, body: str, start_marker: str = START, end_marker: str = END) -> None:
    """Put `body` between the markers, replacing what was there; other sections are left alone."""
    block = f"{start_marker}\n{body.rstrip()}\n{end_marker}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start, end = text.find(start_marker), text.find(end_marker)
    if start != -1 and end > start:
        text = text[:start] + block + text[end + len(end_marker):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
