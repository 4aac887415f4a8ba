"""Running the whole app (entry script and navigation) in AppTest, optionally on a given page and query."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ENTRY = str(Path(__file__).resolve().parents[2] / "dashboard.py")


def run_app(page: str | None = None, timeout: float = 30, **query: str) -> AppTest:
    at = AppTest.from_file(ENTRY, default_timeout=timeout)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(page)
        at.run()
    return at
