"""Starting a real server and finding a real headless Chromium (Debian's /usr/bin/chromium) for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

# One set of Chromium flags for the tests and the benchmark; re-exported for the fixtures.
from benchmarks.browser import CHROMIUM_ARGS  # noqa: F401
from benchmarks.servers import wait_healthy


REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: Path | None = None) -> tuple[subprocess.Popen, str]:
    """Start `streamlit run dashboard.py` on a free port and wait until it answers."""
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if data_dir is not None:
        env["UPRISINGS_DATA_DIR"] = str(data_dir)
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process, wait_for_health(process, port)


def wait_for_health(process: subprocess.Popen, port: int, seconds: float = 90) -> str:
    """Wait until the server on `port` answers its health check; returns its base URL."""
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, seconds)
    except RuntimeError:
        if process.poll() is None:
            process.kill()
        raise
    return url
