"""The capacity and replica tables of BENCHMARKS.md (between their own markers)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from loadtest.capacity import CAPACITY_P95_SECONDS, StepRun, capacity
from loadtest.report import distinct_errors, seconds_text
from loadtest.stats import BUSY_LOAD_PER_CORE, BUSY_OUTSIDE_SHARE

START = "<!-- loadtest-capacity:start -->"
END = "<!-- loadtest-capacity:end -->"
HEADING = "## Capacity: one process, and replicas behind nginx"
# With 2 replicas, the 95th percentile must be at most this share of one process's at the same step
# (or under 1 s), without errors.
REPLICA_P95_SHARE = 0.60
COMPARED_STEP = 150


def busy_reasons(runs: Sequence[StepRun], cores: int | None = None) -> list[str]:
    """Why the figures must be read as taken under outside load; empty when the machine was quiet."""
    cores = cores or os.cpu_count() or 1
    reasons = []
    for run in runs:
        if run.load_before >= BUSY_LOAD_PER_CORE * cores:
            reasons.append(f"1-minute load average {run.load_before:.1f} before the {_what(run)} run "
                           f"(a quiet machine is near 0; {cores} cores)")
        for step in run.steps:
            if step.outside_busy >= BUSY_OUTSIDE_SHARE:
                reasons.append(f"other work used {step.outside_busy:.0%} of all cores during the {_what(run)} step of "
                               f"{step.sessions} sessions")
    return reasons


def _what(run: StepRun) -> str:
    return f"{run.replicas}-replica" if run.replicas else "one-process"


def steps_table(run: StepRun) -> list[str]:
    replicas = run.replicas > 0
    head = ["Sessions", "Page runs", "Errors", "Median to script_finished", "95th percentile",
            "Server CPU (share of one core" + (", all replicas)" if replicas else ")"),
            "Server RSS after (growth)", "Machine busy (other work)", "Load average before → after"]
    if replicas:
        head += ["Websocket sessions per replica (nginx log)", "Connections open per replica at peak",
                 "Browsers sent to more than one replica", "Downloads through the proxy (ok / fetched)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    for step in run.steps:
        cells = [
            str(step.sessions), str(len(step.times)), str(step.errors), seconds_text(step.median), seconds_text(step.p95),
            f"{sum(step.server_cpu_seconds):.0f} s ({step.server_share:.0%})",
            f"{step.rss_after_mb:.0f} MB ({step.rss_after_mb - step.rss_before_mb:+.0f} MB)",
            f"{step.result.machine_busy or 0:.0%} ({step.outside_busy:.0%})",
            f"{step.load_before:.1f} → {step.load_after:.1f}",
        ]
        if replicas:
            routed = step.routing
            cells += [
                " / ".join(str(n) for n in routed.sessions_per_replica.values()) if routed else "–",
                " / ".join(str(n) for n in step.connections_peak),
                str(routed.browsers_on_several_replicas) if routed else "–",
                f"{step.result.downloads - step.result.downloads_failed} / {step.result.downloads}",
            ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def comparison(single: StepRun, replicas: StepRun) -> list[str]:
    """Each step run against both: the replicas' 95th percentile as a share of one process's."""
    one = {step.sessions: step for step in single.steps}
    lines = [f"| Sessions | One process, 95th percentile | {replicas.replicas} replicas | Share | Errors (one / replicas) |",
             "|---:|---:|---:|---:|---:|"]
    for step in replicas.steps:
        base = one.get(step.sessions)
        if base is None:
            continue
        share = step.p95 / base.p95 if base.p95 and base.p95 == base.p95 else float("nan")
        lines.append(f"| {step.sessions} | {seconds_text(base.p95)} | {seconds_text(step.p95)} | "
                     f"{'–' if share != share else f'{share:.0%}'} | {base.errors} / {step.errors} |")
    return lines


def replica_verdict(single: StepRun, replicas: StepRun, sessions: int = COMPARED_STEP) -> str | None:
    """The issue's requirement at `sessions`: replicas' p95 at most 60 % of one process's, or under 1 s; no errors."""
    one = next((s for s in single.steps if s.sessions == sessions), None)
    many = next((s for s in replicas.steps if s.sessions == sessions), None)
    if one is None or many is None:
        return None
    fast = many.p95 <= REPLICA_P95_SHARE * one.p95 or many.p95 < CAPACITY_P95_SECONDS
    sticky = many.routing is None or many.routing.browsers_on_several_replicas == 0
    ok = fast and many.errors == 0 and sticky and many.result.downloads_failed == 0
    return (f"At {sessions} sessions, {replicas.replicas} replicas: 95th percentile {seconds_text(many.p95)} against one "
            f"process's {seconds_text(one.p95)} (at most {REPLICA_P95_SHARE:.0%} of it, or under {CAPACITY_P95_SECONDS:.0f} s), "
            f"{many.errors} errors, {many.routing.browsers_on_several_replicas if many.routing else '–'} browsers "
            f"on more than one replica, {many.result.downloads_failed} failed downloads: "
            f"**{'pass' if ok else 'FAIL'}**.")


def markdown(runs: Sequence[StepRun], *, command: str, seconds: float, think: float, ramp: float,
             pages: Sequence[str], info: dict[str, str]) -> str:
    lines = [
        HEADING, "",
        f"`{command}`: the readers of `python -m loadtest` (see above) in steps of more sessions against servers "
        "warmed up first (one untimed reader through every page on each), each step "
        f"{seconds:.0f} s on fresh sessions arriving over {ramp:.0f} s, reading {think * 0.5:.0f}–{think * 1.5:.0f} s "
        "before each action; when a run offers a download button, the reader fetches its file with its cookies "
        f"as a click would. Pages: {', '.join(pages)}. The capacity is the largest step that, with every smaller "
        f"one, kept its 95th percentile under {CAPACITY_P95_SECONDS:.0f} s without errors.",
        "",
        "Machine: " + "; ".join(f"{key} {value}" for key, value in info.items()) + ".",
        "",
    ]
    reasons = busy_reasons(runs)
    if reasons:
        lines += ["**Taken under outside load: read these figures as lower bounds of the capacity.** "
                  + "; ".join(reasons) + ".", ""]
    else:
        lines += ["The machine was quiet: "
                  + "; ".join(f"1-minute load average {run.load_before:.1f} before and {run.load_after:.1f} after "
                              f"the {_what(run)} run" for run in runs)
                  + f", and other work used under {BUSY_OUTSIDE_SHARE:.0%} of the cores in every step.", ""]
    for run in runs:
        if run.replicas:
            lines += [f"### {run.replicas} replicas behind nginx", "",
                      f"`deploy/nginx/dashboard.conf.template` rendered for {run.replicas} local dashboard processes; "
                      "readers go through nginx, each browser kept on one replica by the proxy's cookie. Sessions "
                      "per replica count the websocket requests in nginx's log by upstream; the connections are "
                      "those open at each server process (psutil), highest seen.", ""]
        else:
            lines += ["### One process", ""]
        lines += steps_table(run)
        found = capacity(run.steps)
        lines += ["", f"Capacity: **{found if found is not None else 'below the first step'}"
                      f"{' sessions' if found is not None else ''}**"
                      f" ({'one process' if not run.replicas else f'{run.replicas} replicas'}). "
                      f"Load average {run.load_before:.1f} before the run, {run.load_after:.1f} after."
                      + (f" **The warm-up met {run.warm_up_errors} errors.**" if run.warm_up_errors else ""), ""]
        errors = distinct_errors([step.result for step in run.steps])
        if errors:
            lines += ["Errors seen (most frequent first):", ""] + [f"- {e}" for e in errors] + [""]
    single = next((run for run in runs if not run.replicas), None)
    many = next((run for run in runs if run.replicas), None)
    if single and many:
        lines += [f"### {many.replicas} replicas against one process", ""] + comparison(single, many) + [""]
        verdict = replica_verdict(single, many)
        if verdict:
            lines += [verdict, ""]
    return "\n".join(lines).rstrip() + "\n"
