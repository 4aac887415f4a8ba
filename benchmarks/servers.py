"""Starting and stopping the Streamlit servers the benchmark measures (ports 8571-8579 only)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.pages import REPO

PORTS = range(8571, 8580)
START_TIMEOUT_S = 90


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    url: str
    log: Path
    _log_handle: object = field(repr=False, default=None)

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port(taken: set[int]) -> int:
    for port in PORTS:
        if port not in taken and _port_free(port):
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


def start(name: str, script: Path, taken: set[int]) -> Server:
    """`python -m streamlit run <script> --server.port P --server.headless true`, waited for until healthy."""
    port = free_port(taken)
    taken.add(port)
    log = Path(tempfile.gettempdir()) / f"benchmarks-{name}-{port}.log"
    handle = open(log, "w", encoding="utf-8")  # noqa: SIM115 - closed in Server.stop
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.port", str(port), "--server.headless", "true",
        # Same for both apps: no usage statistics calls from the page, which would only add noise.
        "--browser.gatherUsageStats", "false",
    ]
    process = subprocess.Popen(
        command, cwd=REPO, env={**os.environ, "PYTHONUNBUFFERED": "1"}, stdout=handle, stderr=subprocess.STDOUT
    )
    server = Server(name, process, f"http://127.0.0.1:{port}", log, handle)
    try:
        wait_healthy(server.url, process)
    except RuntimeError as error:
        server.stop()
        raise RuntimeError(f"{name} server: {error}; see {log}") from None
    return server


def wait_healthy(url: str, process: subprocess.Popen | None = None, timeout: float = START_TIMEOUT_S) -> None:
    """Wait until the server at `url` answers Streamlit's health check.

    Raises RuntimeError if `process` exits first or `timeout` seconds pass. The benchmark,
    the load script and the browser tests all start servers and wait this one way.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode} before answering")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer /_stcore/health within {timeout:.0f} s")
