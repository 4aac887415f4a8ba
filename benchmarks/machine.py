"""A short description of the machine the numbers come from."""

from __future__ import annotations

import os
import platform
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _cpu() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"{platform.processor() or 'unknown'} × {os.cpu_count()}"
    models = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("model name")]
    count = sum(1 for line in text.splitlines() if line.startswith("processor"))
    model = models[0] if models else "unknown"
    return f"{model} × {count or os.cpu_count()}"


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def describe(chromium_version: str | None) -> dict[str, str]:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return {
        "CPU": _cpu(),
        "RAM": _ram(),
        "load average at start": load,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "Streamlit": _version("streamlit"),
        "Plotly": _version("plotly"),
        "pandas": _version("pandas"),
        "Chromium": chromium_version or "unknown",
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }
