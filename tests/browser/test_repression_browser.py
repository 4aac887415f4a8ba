"""The Repression page in a real headless Chromium: one chart per view chosen by the link or the "Chart"
control (it replaced the metric pills), its rows (folded, built once opened) and download, the share line,
reload and hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    chart_keys,
    choose_chart,
    chosen_chart,
    close_rows,
    download_label,
    downloaded_rows,
    exceptions,
    history_length,
    is_open,
    notice,
    open_and_wait,
    open_rows,
    plotly_data,
    query,
    rows_section,
    rows_title,
    shared_link,
    tables_built,
    view_of,
    wait_for_charts,
    wait_until_idle,
)
from transforms import derive
from transforms.load import load_all

pytestmark = pytest.mark.browser

FIGURES = load_all()["figures"]


def plotted_lows(chart) -> list[float]:
    """Low values of the range chart's markers (the movement traces; the shape legend draws nothing)."""
    return sorted(x for trace in chart if trace["name"] in ("1988 uprising", "2021 movement") for x in trace["x"])


def people_lows(metric: str, movements: list[str]) -> list[float]:
    rows = FIGURES[(FIGURES["metric"] == metric) & FIGURES["movement"].isin(movements) & derive.people_counts(FIGURES)]
    return sorted(rows["low"])


def figure_ids(metric: str, movements: list[str]) -> set[str]:
    return set(FIGURES.loc[(FIGURES["metric"] == metric) & FIGURES["movement"].isin(movements), "figure_id"])


def test_default_view_draws_the_deaths_chart_only_and_no_metric_pills(server, page):
    open_and_wait(page, server + "/repression", min_charts=1)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Repression and participation").is_visible()
    assert chart_keys(page) == ["repression-deaths"]
    (chart,) = plotly_data(page)
    assert plotted_lows(chart) == people_lows("deaths", ["1988", "2021"])
    assert chosen_chart(page) == ["Deaths"]
    # The metric pills are gone: the only pills are the movements'.
    expect(page.locator("button[data-variant=pills]")).to_have_text(["1988 uprising", "2021 movement"])
    assert "chart" not in query(page)
    name, rows = downloaded_rows(page, "repression-rows")
    assert name == "repression-deaths.csv"
    assert set(rows["figure_id"]) == figure_ids("deaths", ["1988", "2021"])


def test_a_link_with_chart_arrests_shows_the_arrests_chart_and_only_arrests_rows(server, page):
    open_and_wait(page, server + "/repression?movement=2021&chart=arrests", min_charts=1)
    assert exceptions(page) == 0
    assert chart_keys(page) == ["repression-arrests"]
    (chart,) = plotly_data(page)
    assert plotted_lows(chart) == people_lows("arrests", ["2021"])
    assert chosen_chart(page) == ["Arrests"]
    name, rows = downloaded_rows(page, "repression-rows")
    assert name == "repression-arrests.csv"
    assert set(rows["metric"]) == {"arrests"} and set(rows["movement"]) == {"2021"}
    assert set(rows["figure_id"]) == figure_ids("arrests", ["2021"])


def test_a_link_with_chart_over_time_shows_the_dated_series_and_their_rows(server, page):
    open_and_wait(page, server + "/repression?movement=2021&chart=over_time", min_charts=1)
    assert exceptions(page) == 0
    assert chart_keys(page) == ["repression-over_time"]
    (chart,) = plotly_data(page)
    assert "2021: arrests" in {trace["name"] for trace in chart}
    series = derive.dated_series(FIGURES)
    deaths = series[(series["movement"] == "2021") & (series["metric"] == "deaths")]
    assert [trace["y"] for trace in chart if "deaths" in trace["name"]] == [list(deaths["low"])]
    assert deaths["low"].iloc[0] == 726 and deaths["low"].iloc[-1] == 7265
    name, rows = downloaded_rows(page, "repression-rows")
    assert name == "repression-over_time.csv"
    assert set(rows["figure_id"]) == set(series.loc[series["movement"] == "2021", "figure_id"])


def test_the_rows_are_folded_and_the_table_is_built_only_once_opened(server, page):
    open_and_wait(page, server + "/repression?movement=2021&chart=arrests", min_charts=1)
    expected = figure_ids("arrests", ["2021"])
    assert rows_title(page, "repression-rows") == "The rows behind this view, with their sources"
    assert tables_built(page) == 0  # folded: no grid, no download button

    section = open_rows(page, "repression-rows")
    assert exceptions(page) == 0
    assert tables_built(page) == 2  # the grid and its download, both in the expander
    assert download_label(section) == f"Download these {len(expected)} rows (CSV)"
    assert chart_keys(page) == ["repression-arrests"]  # opening the rows leaves the view as it was
    assert query(page) == {"movement": "2021", "chart": "arrests"}
    name, rows = downloaded_rows(page, "repression-rows")
    assert name == "repression-arrests.csv"
    assert set(rows["figure_id"]) == expected and len(rows) == len(expected)

    close_rows(page, "repression-rows")
    assert tables_built(page) == 0
    expect(rows_section(page, "repression-rows").locator("[data-testid=stDataFrame]")).to_have_count(0)


def test_an_open_table_stays_open_across_a_change_of_view_and_shows_the_new_rows(server, page):
    open_and_wait(page, server + "/repression?movement=2021", min_charts=1)
    open_rows(page, "repression-rows")
    choose_chart(page, "Arrests", "repression-arrests")
    section = rows_section(page, "repression-rows")
    expected = figure_ids("arrests", ["2021"])
    expect(section.locator("[data-testid=stDownloadButton]")).to_have_text(f"Download these {len(expected)} rows (CSV)")
    assert is_open(section)
    name, rows = downloaded_rows(page, "repression-rows")
    assert name == "repression-arrests.csv"
    assert set(rows["figure_id"]) == expected


def test_the_share_line_gives_the_link_of_the_view_shown(server, page):
    open_and_wait(page, server + "/repression?chart=arrests&movement=2021", min_charts=1)
    assert view_of(shared_link(page)) == view_of(page.url) == (
        server + "/repression", {"movement": "2021", "chart": "arrests"}
    )
    choose_chart(page, "Participation", "repression-participation")
    expect(page).to_have_url(re.compile(r"/repression\?movement=2021&chart=participation$"))
    assert shared_link(page) == page.url  # written with the view, the same link as the address bar's
    choose_chart(page, "Deaths", "repression-deaths")
    expect(page).to_have_url(re.compile(r"/repression\?movement=2021$"))
    assert shared_link(page) == page.url


def test_over_time_without_dated_series_says_so_and_draws_nothing(server, page):
    open_and_wait(page, server + "/repression?movement=1988&chart=over_time")
    page.get_by_text("No monitor gives dated running totals for the movements chosen").wait_for()
    wait_until_idle(page)
    assert exceptions(page) == 0
    assert chart_keys(page) == []
    assert chosen_chart(page) == ["Counts over time"]


def test_choosing_a_chart_writes_the_url_without_a_history_entry_and_survives_reload(server, page):
    open_and_wait(page, server + "/repression", min_charts=1)
    entries = history_length(page)
    choose_chart(page, "Participation", "repression-participation")
    expect(page).to_have_url(re.compile(r"/repression\?chart=participation$"))
    assert history_length(page) == entries  # replaced, not pushed
    before = plotly_data(page)
    assert plotted_lows(before[0]) == people_lows("participation", ["1988", "2021"])

    page.reload()
    wait_for_charts(page, ["repression-participation"])
    assert plotly_data(page) == before
    assert chosen_chart(page) == ["Participation"]

    choose_chart(page, "Deaths", "repression-deaths")
    expect(page).to_have_url(re.compile(r"/repression$"))  # the default chart is left out
    assert history_length(page) == entries


def test_an_old_metric_link_is_an_unknown_parameter(server, page):
    open_and_wait(page, server + "/repression?metric=arrests", min_charts=1)
    assert exceptions(page) == 0
    assert "1 parameter this page does not use" in notice(page)
    assert chart_keys(page) == ["repression-deaths"]
    assert chosen_chart(page) == ["Deaths"]


def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page):
    hostile = "%3Cscript%3Ealert(1)%3C/script%3E"
    open_and_wait(page, server + f"/repression?movement=1988&chart=arrests~{hostile}&{'y' * 300}=1", min_charts=1)
    assert exceptions(page) == 0
    text = notice(page)
    assert "<script>" not in text
    assert "chart" in text and "1 parameter this page does not use" in text
    assert chart_keys(page) == ["repression-deaths"]  # the bad chart fell back to the default
    (chart,) = plotly_data(page)
    assert plotted_lows(chart) == people_lows("deaths", ["1988"])  # the good movement kept
    assert chosen_chart(page) == ["Deaths"]
    assert query(page) == {"movement": "1988"}
    assert view_of(shared_link(page)) == (server + "/repression", {"movement": "1988"})  # nothing hostile shared


@pytest.mark.parametrize("chart", ["deaths", "arrests", "displaced", "participation"])
def test_every_row_label_of_a_ranges_chart_is_drawn(server, page, chart):
    open_and_wait(page, f"{server}/repression?chart={chart}", min_charts=1)
    labels = page.locator(".js-plotly-plot .trace.scatter .textpoint")
    hidden = [text for text, shown in zip(labels.all_text_contents(), labels.evaluate_all(
        "points => points.map(point => point.getAttribute('display') !== 'none')")) if not shown]
    assert len(labels.all_text_contents()) > 4 and hidden == []
