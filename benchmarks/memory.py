"""Server memory: RSS of a server process and its children while browser sessions visit every page."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import psutil

from benchmarks import browser as browser_timing
from benchmarks.servers import Server


def rss_bytes(pid: int) -> int:
    """Resident memory of the process and all its children, in bytes."""
    process = psutil.Process(pid)
    total = process.memory_info().rss
    for child in process.children(recursive=True):
        try:
            total += child.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


class PeakSampler:
    """Samples RSS in a thread to catch the peak while sessions run."""

    def __init__(self, pid: int, interval_s: float = 0.1) -> None:
        self.pid = pid
        self.interval_s = interval_s
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, rss_bytes(self.pid))
            except psutil.NoSuchProcess:
                return
            self._stop.wait(self.interval_s)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class MemoryResult:
    at_start: int
    after_sessions: int
    peak: int
    document_languages: list[tuple[str, str | None]] = field(default_factory=list)  # (path, `<html lang>`) per visit


def after_sessions(
    browser, server: Server, paths: list[str], expected_charts: list[int], sessions: int, language: str | None = None
) -> MemoryResult:
    """`sessions` browser contexts, one after another, each visiting every path in one session (in `language`,
    if given); RSS with all open."""
    at_start = rss_bytes(server.pid)
    contexts = []
    seen: list[tuple[str, str | None]] = []
    try:
        with PeakSampler(server.pid) as sampler:
            for _ in range(sessions):
                context = browser_timing.new_context(browser, expected_charts[0])
                contexts.append(context)
                page = context.new_page()
                languages = browser_timing.walk_every_page(page, server.url, paths, expected_charts, language)
                seen += zip(paths, languages)
            after = rss_bytes(server.pid)
        return MemoryResult(at_start, after, max(sampler.peak, after), seen)
    finally:
        for context in contexts:
            context.close()
