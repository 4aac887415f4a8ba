"""Capacity: the same readers in steps of more and more sessions, against one server or replicas behind nginx.

`python -m loadtest --capacity` runs the steps against one dashboard process;
`python -m loadtest --replicas N` against N processes behind nginx
(deploy/nginx/dashboard.conf.template); both in one command compares them.
Each server is first warmed up (one reader through every page, untimed); then each step is
one round of `run_round` on fresh sessions; between steps the sessions close.
"""

from __future__ import annotations

import asyncio
import os
import random
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from loadtest.client import Reader, RoundResult, Settings, run_round
from loadtest.proxy import Nginx, Routing, routing
from loadtest.server import Server, busy_since, cpu_seconds, free_port, rss_mb
from loadtest.stats import median, percentile

DEFAULT_STEPS = (25, 50, 100, 150, 200, 300)
CAPACITY_P95_SECONDS = 1.0  # a step is within capacity when its 95th percentile stays under this, without errors
PROXY_PORTS = range(8590, 8600)


@dataclass
class Step:
    sessions: int
    result: RoundResult
    load_before: float  # the machine's 1-minute load average
    load_after: float
    rss_before_mb: float  # every server process with its children, summed
    rss_after_mb: float
    rss_peak_mb: float
    server_cpu_seconds: list[float]  # per server process
    own_cpu_seconds: float  # servers, proxy and this load client: what this test itself used
    connections_peak: list[int] = field(default_factory=list)  # TCP connections open at each server, highest seen
    routing: Routing | None = None  # through nginx: where each browser went

    @property
    def times(self) -> list[float]:
        return [run.seconds for run in self.result.runs]

    @property
    def median(self) -> float:
        return median(self.times)

    @property
    def p95(self) -> float:
        return percentile(self.times, 95)

    @property
    def errors(self) -> int:
        return self.result.error_count

    @property
    def server_share(self) -> float:
        """Server CPU over the step as a share of one core (all replicas together)."""
        wall = self.result.wall_seconds
        return sum(self.server_cpu_seconds) / wall if wall else 0.0

    @property
    def outside_busy(self) -> float:
        """Share of all cores busy with work other than this test's during the step, 0..1."""
        wall = self.result.wall_seconds
        if not wall or self.result.machine_busy is None:
            return 0.0
        own = self.own_cpu_seconds / (wall * (os.cpu_count() or 1))
        return max(self.result.machine_busy - own, 0.0)

    @property
    def within(self) -> bool:
        return self.errors == 0 and bool(self.times) and self.p95 < CAPACITY_P95_SECONDS


def capacity(steps: Sequence[Step]) -> int | None:
    """The largest step that, with every smaller step, kept its 95th percentile under 1 s without errors."""
    best = None
    for step in sorted(steps, key=lambda s: s.sessions):
        if not step.within:
            break
        best = step.sessions
    return best


@dataclass
class Target:
    """What the readers talk to: one server, or replicas behind nginx."""

    url: str
    servers: list[Server]
    proxy: Nginx | None = None

    @property
    def pids(self) -> list[int]:
        return [server.pid for server in self.servers]

    def rss_mb(self) -> float:
        return sum(rss_mb(pid) for pid in self.pids)

    def own_cpu(self) -> float:
        proxy = cpu_seconds(self.proxy.pid) if self.proxy else 0.0
        return sum(cpu_seconds(pid) for pid in self.pids) + proxy + time.process_time()

    def connections(self) -> list[int]:
        counts = []
        for server in self.servers:
            try:
                conns = psutil.Process(server.pid).net_connections(kind="tcp")
            except psutil.Error:
                counts.append(0)
                continue
            counts.append(sum(c.status == psutil.CONN_ESTABLISHED and c.laddr.port == server.port for c in conns))
        return counts

    def stop(self) -> None:
        if self.proxy is not None:
            self.proxy.cleanup()
        for server in self.servers:
            server.stop()


def start_target(replicas: int, log_dir: Path, extra_args: Sequence[str] = ()) -> Target:
    """One server (replicas=0: readers talk to it directly) or `replicas` servers behind nginx."""
    servers: list[Server] = []
    try:
        for number in range(max(replicas, 1)):
            servers.append(Server(log=log_dir / f"server-{number + 1}.log", extra_args=list(extra_args)).start())
        if replicas == 0:
            return Target(servers[0].url, servers)
        proxy = Nginx([f"127.0.0.1:{server.port}" for server in servers], port=free_port(PROXY_PORTS)).start()
        return Target(proxy.url, servers, proxy)
    except Exception:
        for server in servers:
            server.stop()
        raise


async def _visit_every_page(url: str, pages: Sequence[str], timeout: float) -> int:
    """One reader opens every page from a link, then leaves; returns its errors."""
    result = RoundResult()
    reader = Reader(Settings(url, pages, timeout=timeout), result, random.Random(0))
    await reader.connect()
    try:
        for page in pages:
            await reader.open(page, link=True)
    finally:
        await reader.close()
    return result.error_count


def warm_up(target: Target, pages: Sequence[str], timeout: float) -> int:
    """Every server once through every page, straight to it (not through the proxy): the steps then meet
    warm servers, as readers do once a server has run for a while. Returns the errors seen."""
    return sum(asyncio.run(_visit_every_page(server.url, pages, timeout)) for server in target.servers)


def run_step(target: Target, settings: Settings, sessions: int, seconds: float, *, ramp: float, settle: float,
             seed: int, log: Callable[[str], None] = print) -> Step:
    log_offset = target.proxy.access_log.stat().st_size if target.proxy and target.proxy.access_log.exists() else 0
    load_before = os.getloadavg()[0]
    rss_before = target.rss_mb()
    server_cpu = [cpu_seconds(pid) for pid in target.pids]
    own = target.own_cpu()
    machine_cpu = psutil.cpu_times()
    peak = [rss_before]
    connections = [0] * len(target.servers)
    last = [0.0]

    def sample() -> None:
        now = time.monotonic()
        if now - last[0] < 2:
            return
        last[0] = now
        try:
            peak[0] = max(peak[0], target.rss_mb())
        except psutil.Error:
            pass
        connections[:] = [max(a, b) for a, b in zip(connections, target.connections())]

    started = time.monotonic()
    result = asyncio.run(run_round(settings, sessions, seconds, seed=seed, ramp=ramp, sample=sample))
    result.wall_seconds = time.monotonic() - started
    result.machine_busy = busy_since(machine_cpu)
    own_used = target.own_cpu() - own
    server_used = [cpu_seconds(pid) - before for pid, before in zip(target.pids, server_cpu)]
    time.sleep(settle)
    step = Step(sessions=sessions, result=result, load_before=load_before, load_after=os.getloadavg()[0],
                rss_before_mb=rss_before, rss_after_mb=target.rss_mb(), rss_peak_mb=peak[0],
                server_cpu_seconds=server_used, own_cpu_seconds=own_used, connections_peak=connections)
    if target.proxy is not None:
        with open(target.proxy.access_log, encoding="utf-8", errors="replace") as lines:
            lines.seek(log_offset)
            step.routing = routing(lines.read().splitlines(), target.proxy.upstreams)
    log(f"  {sessions} sessions: {len(step.times)} runs, {step.errors} errors, median {step.median:.2f} s, "
        f"p95 {step.p95:.2f} s, servers {step.server_share:.0%} of one core, RSS {step.rss_after_mb:.0f} MB, "
        f"load average {step.load_before:.1f} -> {step.load_after:.1f}")
    return step


@dataclass
class StepRun:
    """All steps against one kind of target, with the load average around them."""

    replicas: int  # 0: one server, readers straight to it
    steps: list[Step]
    load_before: float
    load_after: float
    warm_up_errors: int = 0


def run_steps(replicas: int, steps: Sequence[int], seconds: float, *, think: float, timeout: float, ramp: float,
              settle: float, seed: int, pages: Sequence[str], check_downloads: bool = True,
              extra_args: Sequence[str] = (), log: Callable[[str], None] = print) -> StepRun:
    load_before = os.getloadavg()[0]
    log_dir = Path(tempfile.mkdtemp(prefix="loadtest-capacity-"))
    what = f"{replicas} replicas behind nginx" if replicas else "one server"
    log(f"Starting {what} (logs: {log_dir}) ...")
    target = start_target(replicas, log_dir, extra_args)
    try:
        warm_up_errors = warm_up(target, pages, timeout)
        log(f"Warming up: every page once on each server ({warm_up_errors} errors)")
        log(f"Readers connect to {target.url}")
        settings = Settings(target.url, pages, think=think, timeout=timeout, check_downloads=check_downloads)
        done = [run_step(target, settings, sessions, seconds, ramp=ramp, settle=settle, seed=seed * 1000 + number,
                         log=log)
                for number, sessions in enumerate(steps)]
    finally:
        target.stop()
    return StepRun(replicas=replicas, steps=done, load_before=load_before, load_after=os.getloadavg()[0],
                   warm_up_errors=warm_up_errors)
