"""Running the whole app (entry script and navigation) in AppTest, optionally on a given page and query."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui import url_state

ENTRY = str(Path(__file__).resolve().parents[2] / "dashboard.py")


def run_app(page: str | None = None, timeout: float = 30, **query: str) -> AppTest:
    """Open `page` (a path relative to dashboard.py) with the query given as keywords."""
    return open_link(page, query, timeout)


def open_link(page: str | None, query: dict, timeout: float = 30) -> AppTest:
    """Open `page` with `query` (any keys, even `page`), as a link would.

    switch_page can resolve a page only after a run has registered the navigation, so
    a first run carries only the shared parameters (seeding them as the link would);
    then the page opens with the full query.
    """
    at = AppTest.from_file(ENTRY, default_timeout=timeout)
    if page is not None:
        for key, value in query.items():
            if key in url_state.SHARED_PARAMS:
                at.query_params[key] = value
        at.run()
        at.switch_page(page)
        at.query_params.clear()
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    return at
