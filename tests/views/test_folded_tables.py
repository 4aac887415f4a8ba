"""Folded tables and the share line on every page, through AppTest.

A page's tables (with their CSV downloads) sit in expanders and are built only once a
reader opens one; the Data page keeps its table open. A folded table's title is fixed
(the count is on its download button), so an open table stays open when the filters
change its rows. Each page ends with one line of text giving the link of exactly the
view shown.
"""

from __future__ import annotations

import re

import pytest

from tests.views.apptest import (
    FIXED_TITLES,
    built_tables,
    check_counts,
    folded_table_keys,
    folded_tables,
    open_rows,
    record_downloads,
    run_app,
    share_line,
)
from tests.views.test_broken_data import REGISTERED_PAGES
from tests.views.test_fuzz_links import good_part, page_id
from transforms.export import csv_bytes
from ui import url_state
from ui.pages import PAGES

FOLDING_PAGES = [page for page in REGISTERED_PAGES if folded_table_keys(page)]
# A page with URL parameters ends with the link to its view.
SHARING_PAGES = [page.view for page in PAGES.values() if set(page.params) - {"lang"}]  # the About page has only the language
APP_URL = "https://dashboard.example.org"


# Links to views with other rows in the tables, page by page (the About page has no filters).
FILTERED_VIEWS = {
    "views/timeline_page.py": [{"movement": "2021"}, {"movement": "1988", "category": "strike~protest"}],
    "views/map_page.py": [{"movement": "2021", "count": "organisations"}, {"category": "strike", "time": "1988..1988"}],
    "views/organisation_page.py": [
        {"movement": "2021"}, {"chart": "strikes"}, {"chart": "strikes", "movement": "1988"}
    ],
    "views/repression_page.py": [{"chart": "arrests"}, {"movement": "2021"}, {"chart": "over_time"}],
    "views/outcomes_page.py": [
        {"movement": "2021"}, {"chart": "durations"}, {"chart": "durations", "movement": "1988"}
    ],
    "views/economy_page.py": [
        {"indicator": "inflation", "time": "1990..2020"},
        {"indicator": "exchange_rate", "time": "1985..2000"},
    ],
    "views/claims_page.py": [{"dimension": "duration"}, {"verdict": "supported"}],
}


def test_the_pages_with_tables_fold_them_and_the_data_page_does_not():
    assert [page_id(page) for page in FOLDING_PAGES] == [
        "timeline", "map", "organisation", "repression", "outcomes", "economy", "claims", "about"
    ]
    assert "views/data_page.py" in REGISTERED_PAGES and "views/data_page.py" not in FOLDING_PAGES


@pytest.mark.parametrize("page", FOLDING_PAGES, ids=page_id)
def test_a_folded_table_is_not_built_until_opened(page, monkeypatch):
    offered = record_downloads(monkeypatch)
    at = run_app(page=page)
    assert not at.exception
    folded = folded_tables(at)
    assert folded and set(folded) <= set(folded_table_keys(page))
    assert not any(expander.proto.expanded for expander in folded.values())
    assert not built_tables(at)
    assert not any(expander.dataframe or expander.children for expander in folded.values())
    assert not at.get("download_button") and offered == []


@pytest.mark.parametrize("page", FOLDING_PAGES, ids=page_id)
def test_opening_builds_the_rows_the_download_button_counts_with_a_download_of_exactly_them(page, monkeypatch):
    offered = record_downloads(monkeypatch)
    at = open_rows(run_app(page=page))
    assert not at.exception
    built = built_tables(at)
    assert list(built) == list(folded_tables(at))
    # Each download button announces as many rows as its table has; the title names none.
    assert set(check_counts(at)) == set(built)
    for key, expander in folded_tables(at).items():
        assert expander.label == FIXED_TITLES[key], key
    assert len(at.get("download_button")) == len(built) == len(offered)
    for (key, rows), download in zip(built.items(), offered):
        assert download["data"] == csv_bytes(rows), key
    # The link does not say which tables are open.
    assert dict(at.query_params) == {}


def test_every_folded_table_has_a_fixed_title():
    assert set(FILTERED_VIEWS) == set(FOLDING_PAGES) - {"views/about_page.py"}
    assert not any(re.search(r"\d", title) for title in FIXED_TITLES.values())


@pytest.mark.parametrize("page", list(FILTERED_VIEWS), ids=page_id)
def test_a_title_does_not_change_with_the_filters(page):
    """Across views with other rows, each table keeps its title and its identity; only the download's count moves."""
    titles, ids, counts = {}, {}, {}
    for view in [{}, *FILTERED_VIEWS[page]]:
        at = open_rows(run_app(page=page, **view))
        assert not at.exception, view
        for key, count in check_counts(at).items():
            expander = folded_tables(at)[key]
            titles.setdefault(key, set()).add(expander.label)
            ids.setdefault(key, set()).add(expander.proto.id)
            counts.setdefault(key, set()).add(count)
    assert titles == {key: {FIXED_TITLES[key]} for key in titles}
    assert all(len(values) == 1 for values in ids.values()), ids
    # The views do change the rows: a title that followed them would have changed.
    assert any(len(values) > 1 for values in counts.values()), counts


@pytest.mark.parametrize("page", ["views/economy_page.py", "views/claims_page.py", "views/about_page.py"], ids=page_id)
def test_opening_one_table_leaves_the_others_folded(page):
    at = run_app(page=page)
    first, *others = folded_tables(at)
    open_rows(at, first)
    assert list(built_tables(at)) == [first]
    assert others and all(key in folded_tables(at) for key in others)


def test_an_open_table_stays_open_across_reruns_until_closed():
    at = open_rows(run_app(page="views/timeline_page.py"), "timeline-rows")
    rows = built_tables(at)["timeline-rows"]
    at.run()
    assert built_tables(at)["timeline-rows"].equals(rows)
    at.session_state["timeline-rows-open"] = False
    at.run()
    assert not built_tables(at) and not at.dataframe and not at.get("download_button")


def show_only_2021(at):
    at.pills(key="movement").set_value(["2021"]).run()


def show_arrests(at):
    at.segmented_control(key="repression.chart").set_value("arrests").run()


@pytest.mark.parametrize(
    ("page", "key", "change", "column", "shown"),
    [
        ("views/timeline_page.py", "timeline-rows", show_only_2021, "movement", {"2021"}),
        ("views/repression_page.py", "repression-rows", show_arrests, "metric", {"arrests"}),
    ],
    ids=["timeline-movement", "repression-chart"],
)
def test_an_open_table_stays_open_when_a_filter_changes_its_rows(page, key, change, column, shown):
    at = run_app(page=page)
    assert key in folded_tables(at) and not built_tables(at)
    # The reader opens the table after the page has run, then changes a filter.
    open_rows(at, key)
    before = built_tables(at)[key]
    expander = folded_tables(at)[key]
    assert check_counts(at) == {key: len(before)}
    change(at)
    assert not at.exception
    assert key in built_tables(at), "the table closed"
    after = built_tables(at)[key]
    assert set(after[column]) == shown
    assert len(after) != len(before), "the filter did not change the row count"
    assert check_counts(at) == {key: len(after)}
    assert folded_tables(at)[key].label == expander.label == FIXED_TITLES[key]
    assert folded_tables(at)[key].proto.id == expander.proto.id


def test_the_data_page_shows_its_table_and_downloads_without_opening_anything():
    at = run_app(page="views/data_page.py")
    assert not at.exception
    assert not folded_tables(at)
    assert len(at.dataframe) >= 1
    assert [button.label for button in at.get("download_button")][:2] == [
        f"Download these {len(at.dataframe[0].value)} rows (CSV)",
        f"Download these {len(at.dataframe[0].value)} rows (Parquet)",
    ]


def page_url(page: str) -> str:
    """Where a page lives: the default page (the Overview) at the app's root, the others at /<page id>."""
    return APP_URL if page == "views/overview_page.py" else f"{APP_URL}/{page_id(page)}"


@pytest.mark.parametrize("page", SHARING_PAGES, ids=page_id)
def test_the_share_line_gives_the_link_of_the_current_view(page):
    at = run_app(page=page)
    at.context["url"] = APP_URL
    at.run()
    assert not at.exception
    # The default view: the page's own address, nothing to add.
    assert share_line(at) == page_url(page)
    good = good_part(page_id(page))
    at = run_app(page=page, **good)
    at.context["url"] = f"{page_url(page)}/"
    at.run()
    assert not at.exception
    assert dict(at.query_params) == good
    assert share_line(at) == f"{page_url(page)}?{url_state.query_string(good)}"


def test_the_share_line_follows_a_change_of_view():
    at = run_app(page="views/timeline_page.py")
    at.context["url"] = APP_URL
    at.segmented_control(key="timeline.chart").set_value("running").run()
    assert share_line(at) == f"{APP_URL}/timeline?chart=running"
    at.pills(key="movement").set_value(["2021"]).run()
    assert share_line(at) == f"{APP_URL}/timeline?movement=2021&chart=running"
    assert not at.code  # a line of text, not a code block
