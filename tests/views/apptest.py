"""Running the whole app (entry script and navigation) in AppTest, and reading what a run drew and offered."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import streamlit
from streamlit.runtime.state.common import user_key_from_element_id
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Expander

from ui import pages, url_state

ROOT = Path(__file__).resolve().parents[2]
ENTRY = str(ROOT / "dashboard.py")


def run_app(page: str | None = None, timeout: float = 30, **query: str) -> AppTest:
    """Open `page` (a path relative to dashboard.py) with the query given as keywords."""
    return open_link(page, query, timeout)


def open_link(page: str | None, query: dict, timeout: float = 30, opened: Iterable[str] = ()) -> AppTest:
    """Open `page` with `query` (any keys, even `page`), as a link would.

    switch_page can resolve a page only after a run has registered the navigation, so
    a first run carries only the shared parameters (seeding them as the link would);
    then the page opens with the full query. The folded tables named in `opened` are
    open from that run on, as if the reader had opened them before.
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
    for key in opened:
        at.session_state[f"{key}-open"] = True
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


SHARE_LINE = "Link to exactly this view:"

DEFAULT_TITLE = "The rows behind this view, with their sources"
# Every folded table's title, fixed: no count and no filter value, so the expander keeps its identity
# (Streamlit builds it from the title) and an open table stays open when the filters change its rows.
FIXED_TITLES = {
    "timeline-rows": DEFAULT_TITLE,
    "map-rows": DEFAULT_TITLE,
    "map-numbers": "The numbers on the map, with the census sources",
    "organisation-rows": DEFAULT_TITLE,
    "organisation-strike-rows": DEFAULT_TITLE,
    "repression-rows": DEFAULT_TITLE,
    "outcomes-rows": DEFAULT_TITLE,
    "outcomes-periods": DEFAULT_TITLE,
    "economy-rows": "The rows behind the chart (every source series), with their sources",
    "economy-quotes": "The dated exchange-rate quotes, with their sources",
    "economy-demonetisations": "The demonetisations marked on the chart, with their sources",
    "economy-regimes": "The regime periods shaded on the chart, with their sources",
    "claims-verdicts": "The verdicts as a table",
    "claims-evidence": "The rows the verdicts cite, with their sources",
    "about-periods": DEFAULT_TITLE,
    "about-ranges": DEFAULT_TITLE,
    "about-economy": DEFAULT_TITLE,
}


def folded_table_keys(page: str) -> list[str]:
    """The keys of the folded tables `page` (a path relative to dashboard.py) can draw: a table's key starts
    with its page's id."""
    return [key for key in FIXED_TITLES if key.startswith(f"{pages.page_id(page)}-")]


def folded_tables(at: AppTest) -> dict[str, Expander]:
    """The folded tables a run drew, by the key their page gave them (ui.layout.rows_with_sources).

    Each is an expander keyed `<key>-open` under a fixed title (never a count or a filter
    value: Streamlit takes the title for part of the expander's identity); its table and
    CSV download are built only while it is open.
    """
    folded = {}
    for expander in at.expander:
        user_key = user_key_from_element_id(expander.proto.id) if expander.proto.id else None
        if user_key and user_key.endswith("-open"):
            folded[user_key.removesuffix("-open")] = expander
    return folded


def open_rows(at: AppTest, *keys: str) -> AppTest:
    """Open the folded tables `keys` (every one drawn when none is named), as a reader's click would: one rerun.

    AppTest cannot click an expander; its open state is the widget value under its key.
    """
    drawn = folded_tables(at)
    missing = [key for key in keys if key not in drawn]
    assert not missing, f"no folded table {missing} on the page; drawn: {sorted(drawn)}"
    for key in keys or drawn:
        at.session_state[f"{key}-open"] = True
    return at.run()


def built_tables(at: AppTest) -> dict[str, pd.DataFrame]:
    """The rows of each folded table the last run built (the open ones), by key."""
    return {key: expander.dataframe[0].value for key, expander in folded_tables(at).items() if expander.dataframe}


def announced_count(expander: Expander) -> int:
    """The number of rows the download button of an open folded table announces ("Download these 97 rows (CSV)")."""
    labels = [button.label for button in expander.get("download_button")]
    assert len(labels) == 1, labels
    # English "Download these 97 rows (CSV)", or the same in Burmese with Myanmar digits.
    match = re.fullmatch(r"Download (?:these|this) (\d+) rows? \(CSV\)", labels[0]) or re.search(r"([၀-၉]+)", labels[0])
    assert match and "CSV" in labels[0], labels[0]
    return int(match.group(1).translate(str.maketrans("၀၁၂၃၄၅၆၇၈၉", "0123456789")))


def check_counts(at: AppTest) -> dict[str, int]:
    """Check that each open folded table has as many rows as its download button announces; return the counts."""
    counts = {}
    for key, rows in built_tables(at).items():
        counts[key] = announced_count(folded_tables(at)[key])
        assert counts[key] == len(rows), (key, counts[key], len(rows))
    return counts


def rows_of(at: AppTest, key: str) -> pd.DataFrame:
    """Open the folded table `key` and return its rows, checking it is the only table the page then shows."""
    open_rows(at, key)
    assert not at.exception
    assert len(at.dataframe) == 1, f"{len(at.dataframe)} tables built; one expected"
    check_counts(at)
    return built_tables(at)[key]


def share_line(at: AppTest) -> str:
    """The link of the current view as the page writes it, without its lead-in."""
    lines = [caption.value for caption in at.caption if caption.value.startswith(SHARE_LINE)]
    assert len(lines) == 1, lines
    return lines[0].removeprefix(SHARE_LINE).strip()


def only_rows(at: AppTest) -> pd.DataFrame:
    """Open the one folded table the page draws and return its rows (a chart that shows one table, its own)."""
    folded = list(folded_tables(at))
    assert len(folded) == 1, f"folded tables drawn: {folded}; one expected"
    return rows_of(at, folded[0])


def filters_label(at: AppTest) -> str:
    """The label of the page's one Filters button (ui.layout.filters), the page's widgets folded behind it."""
    labels = []

    def walk(node) -> None:
        if getattr(node, "type", None) == "popover":
            labels.append(node.proto.popover.label)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at.main)
    assert len(labels) == 1, f"Filters buttons drawn: {labels}; one expected"
    return labels[0]
