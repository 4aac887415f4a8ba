"""The server under test: started here (`streamlit run dashboard.py`) or found by its port; its memory."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import psutil

from benchmarks.memory import rss_bytes
from benchmarks.servers import wait_healthy

from loadtest.stats import MB

REPO = Path(__file__).resolve().parent.parent
PORTS = range(8581, 8590)  # the ports this tool may start servers on


def free_port(ports: range = PORTS) -> int:
    for port in ports:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {ports.start}-{ports.stop - 1}")


class Server:
    """`python -m streamlit run dashboard.py --server.port P --server.headless true`, in its own process group."""

    def __init__(self, port: int | None = None, log: Path | None = None, extra_args: list[str] | None = None) -> None:
        self.port = port or free_port()
        self.extra_args = list(extra_args or [])
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.process: subprocess.Popen | None = None
        self.command_prefix = ["-m", "streamlit"]  # what runs `run dashboard.py ...` (loadtest.profile wraps it)

    def start(self) -> Server:
        out = open(self.log, "wb") if self.log else subprocess.DEVNULL  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, *self.command_prefix, "run", "dashboard.py", "--server.port", str(self.port),
             "--server.headless", "true", "--browser.gatherUsageStats", "false", *self.extra_args],
            cwd=REPO,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._out = out
        try:
            wait_healthy(self.url, process=self.process)
        except Exception:
            self.stop()
            raise
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            # Our own process group only (started with start_new_session).
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        if self._out is not subprocess.DEVNULL:
            self._out.close()
        self.process = None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def pid_listening_on(url: str) -> int | None:
    """The local process listening on the URL's port, if this user can see it."""
    port = urlsplit(url).port or (443 if url.startswith("https") else 80)
    try:
        connections = psutil.net_connections(kind="tcp")
    except psutil.Error:
        return None
    for conn in connections:
        if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port and conn.pid:
            return conn.pid
    return None


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its children, in MiB (measured as the benchmark measures it)."""
    return rss_bytes(pid) / MB


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children so far."""
    process = psutil.Process(pid)
    total = sum(process.cpu_times()[:2])
    for child in process.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.NoSuchProcess:
            pass
    return total


def busy_since(start) -> float:  # noqa: ANN001 - psutil.cpu_times() result
    """Share of all cores busy since `start` (psutil.cpu_times()), 0..1."""
    end = psutil.cpu_times()
    total = sum(end) - sum(start)
    idle = (end.idle + getattr(end, "iowait", 0)) - (start.idle + getattr(start, "iowait", 0))
    return 1 - idle / total if total > 0 else 0.0
