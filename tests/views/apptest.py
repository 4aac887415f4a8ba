"""Running the whole app (entry script and navigation) in AppTest, and reading what a run drew and offered."""

from __future__ import annotations

import json
from pathlib import Path

import streamlit
from streamlit.runtime.state.common import user_key_from_element_id
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


def drawn_charts(at: AppTest) -> list[str]:
    """The keys of the Plotly charts drawn, in page order: a page keys each chart by what it shows."""
    return [user_key_from_element_id(chart.proto.id) for chart in at.get("plotly_chart")]


def figures(at: AppTest) -> dict[str, dict]:
    """The drawn Plotly figures by their key."""
    return {key: json.loads(chart.proto.spec) for key, chart in zip(drawn_charts(at), at.get("plotly_chart"))}


def record_downloads(monkeypatch) -> list[dict]:
    """Record each st.download_button of the runs that follow: its file name and the bytes it offers."""
    original = streamlit.download_button
    offered: list[dict] = []

    def recording(*args, **kwargs):
        offered.append({"file_name": kwargs.get("file_name"), "data": kwargs.get("data")})
        return original(*args, **kwargs)

    monkeypatch.setattr(streamlit, "download_button", recording)
    return offered
