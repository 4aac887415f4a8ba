"""The Economy page in a real headless Chromium: links, the indicator control, the folded tables, reload and
hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from vocabulary.economy import INDICATORS
from tests.browser.helpers import (
    download_label,
    downloaded_rows,
    exceptions,
    open_and_wait,
    open_filters,
    open_rows,
    plotly_data,
    rows_titles,
    shared_link,
    tables_built,
    view_of,
    wait_until_idle,
)
from transforms import derive
from transforms.load import load_all

pytestmark = pytest.mark.browser


TABLES = load_all()


@pytest.fixture(scope="module")
def economy():
    return TABLES["economy"]


def series_labels(economy, indicator: str) -> set[str]:
    return set(economy.loc[economy["indicator_id"] == indicator, "series_label"])


def names(chart: list[dict]) -> set[str]:
    """The legend's entries (a series' markers for estimates and lone years are part of its entry)."""
    return {trace["name"] for trace in chart if trace.get("showlegend", True) is not False}


def years(chart: list[dict], name: str) -> list[int]:
    trace = next(t for t in chart if t["name"] == name)
    return [int(x[:4]) for x in trace["x"] if x is not None]  # None: where the line breaks over a gap


def test_default_view_draws_growth_from_every_source(server, page, economy):
    open_and_wait(page, server + "/economy", min_charts=1)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Economy", exact=True).is_visible()
    (chart,) = plotly_data(page)
    assert series_labels(economy, "gdp_growth") <= names(chart)
    assert {"Demonetisation", "1988 uprising", "2021 movement"} <= names(chart)


def test_a_link_with_filters_sets_the_widgets_and_the_chart(server, page, economy):
    open_and_wait(page, server + "/economy?indicator=inflation&time=1980..2000&markers=off", min_charts=1)
    assert exceptions(page) == 0
    expect(page.get_by_role("radio", name="Inflation", exact=True)).to_be_checked()
    filters = open_filters(page)  # the years and the markers switch are in the Filters popover
    expect(filters.get_by_role("switch", name="Mark regimes and events")).not_to_be_checked()
    expect(filters.locator("[data-testid=stSliderThumbValue]")).to_have_text(["1980", "2000"])
    (chart,) = plotly_data(page)
    assert names(chart) == series_labels(economy, "inflation")
    for name in names(chart):
        assert all(1980 <= year <= 2000 for year in years(chart, name))


def test_choosing_an_indicator_writes_the_url_and_survives_reload(server, page, economy):
    open_and_wait(page, server + "/economy?time=1980..2010", min_charts=1)
    page.get_by_role("radio", name="Exchange rate", exact=True).click()
    expect(page).to_have_url(re.compile(r"/economy\?indicator=exchange_rate&time=1980\.\.2010$"))
    wait_until_idle(page)
    (before,) = plotly_data(page)
    assert series_labels(economy, "exchange_rate") <= names(before)
    assert "Dated quote: market rate" in names(before)

    page.reload()
    wait_until_idle(page, min_charts=1)
    assert plotly_data(page) == [before]
    expect(page.get_by_role("radio", name="Exchange rate", exact=True)).to_be_checked()


def test_the_folded_years_keep_the_linked_window_after_the_indicator_changes(server, page, economy):
    # The indicator reruns the page while the Filters popover is closed: opened afterwards, its
    # slider must show the view's years (as the address does), not its full range.
    open_and_wait(page, server + "/economy?time=1980..2010&markers=off", min_charts=1)
    page.get_by_role("radio", name="Inflation", exact=True).click()
    expect(page).to_have_url(re.compile(r"/economy\?indicator=inflation&time=1980\.\.2010&markers=off$"))
    wait_until_idle(page, min_charts=1)
    filters = open_filters(page)
    expect(filters.locator("[data-testid=stSliderThumbValue]")).to_have_text(["1980", "2010"])
    expect(filters.get_by_role("switch", name="Mark regimes and events")).not_to_be_checked()


def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page, economy):
    open_and_wait(page, server + "/economy?indicator=%3Cscript%3E&time=2024..1960&markers=off", min_charts=1)
    assert exceptions(page) == 0
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    assert "<script>" not in notices.first.inner_text()
    (chart,) = plotly_data(page)
    assert names(chart) == series_labels(economy, "gdp_growth")  # default indicator, markers still off


def test_the_four_tables_are_folded_and_each_is_built_only_once_opened(server, page, economy):
    open_and_wait(page, server + "/economy?indicator=exchange_rate&time=1980..2010", min_charts=1)
    assert rows_titles(page) == [
        "The rows behind the chart (every source series), with their sources",
        "The dated exchange-rate quotes, with their sources",
        "The demonetisations marked on the chart, with their sources",
        "The regime periods shaded on the chart, with their sources",
        "Copy the link, embed or cite this view, download the chart",  # the share panel, folded too
    ]
    assert tables_built(page) == 0  # all folded: no grid, no download button

    expected = derive.economy_series(economy, "exchange_rate", (1980, 2010))
    section = open_rows(page, "economy-rows")
    assert tables_built(page) == 2  # that table alone
    # What the values are, inside the opened table (the title stays the same whatever the filters).
    expect(section.locator("[data-testid=stCaptionContainer]")).to_have_text(
        f"{INDICATORS['exchange_rate'].label} (kyat per US dollar), 1980–2010."
    )
    assert download_label(section) == f"Download these {len(expected)} rows (CSV)"
    name, rows = downloaded_rows(page, "economy-rows")
    assert name == "economy-exchange_rate-1980-2010.csv"
    assert len(rows) == len(expected)
    assert set(rows["series_label"]) == set(expected["series_label"])
    assert all(1980 <= int(year) <= 2010 for year in rows["year"])

    quotes = TABLES["exchange_rate_quotes"]
    shown_quotes = quotes[quotes["date"].dt.year.between(1980, 2010)]
    name, rows = downloaded_rows(page, "economy-quotes")
    assert name == "exchange-rate-quotes-1980-2010.csv"
    assert len(rows) == len(shown_quotes)
    assert all("1980" <= date[:4] <= "2010" for date in rows["date"])
    assert tables_built(page) == 4  # the first stays open
    (chart,) = plotly_data(page)  # opening the tables leaves the chart as it was
    assert series_labels(economy, "exchange_rate") <= names(chart)


def test_without_markers_only_the_rows_and_quotes_are_offered(server, page):
    open_and_wait(page, server + "/economy?indicator=exchange_rate&markers=off", min_charts=1)
    assert rows_titles(page) == [
        "The rows behind the chart (every source series), with their sources",
        "The dated exchange-rate quotes, with their sources",
        "Copy the link, embed or cite this view, download the chart",  # the share panel, folded too
    ]
    assert tables_built(page) == 0


def test_the_share_line_gives_the_link_of_the_view_shown(server, page):
    open_and_wait(page, server + "/economy?time=1980..2010", min_charts=1)
    assert view_of(shared_link(page)) == (server + "/economy", {"time": "1980..2010"})
    page.get_by_role("radio", name="Inflation", exact=True).click()
    expect(page).to_have_url(re.compile(r"/economy\?indicator=inflation&time=1980\.\.2010$"))
    wait_until_idle(page, min_charts=1)
    assert shared_link(page) == page.url
