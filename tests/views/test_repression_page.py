"""The Repression page through Streamlit's AppTest: the chart choice, the filter, the URL both ways, and hostile links."""

from __future__ import annotations

import pytest

from tests.views.apptest import drawn_charts, figures, record_downloads, rows_of, run_app
from transforms import derive
from transforms.export import csv_bytes
from transforms.load import load_all
from ui.pages import PAGES

PAGE = "views/repression_page.py"
FIGURES = load_all()["figures"]
SERIES = derive.dated_series(FIGURES)
CHARTS = list(PAGES["repression"].params["chart"].options)
METRICS = ["deaths", "arrests", "displaced", "participation"]


def plotted_sources(at) -> set[str]:
    return {url for figure in figures(at).values() for trace in figure["data"] for url in (trace.get("customdata") or [])}


def table(at):
    """The chart's rows, opened: the only table on the page."""
    return rows_of(at, "repression-rows")


def test_chart_choices_are_the_four_counts_then_the_dated_series():
    assert CHARTS == [*METRICS, "over_time"]


def test_default_view_shows_the_deaths_chart_and_only_death_rows():
    at = run_app(page=PAGE)
    assert not at.exception
    assert at.segmented_control(key="repression.chart").value == "deaths"
    assert drawn_charts(at) == ["repression-deaths"]
    assert set(table(at)["figure_id"]) == set(FIGURES.loc[FIGURES["metric"] == "deaths", "figure_id"])
    assert any("2.8 times the official one on 15 Apr 2021" in m.value for m in at.markdown)
    # The kind of count is chosen by the chart now: the only pills are the movements.
    assert [pills.key for pills in at.pills] == ["movement"]
    assert dict(at.query_params) == {}


@pytest.mark.parametrize("metric", METRICS)
def test_a_chart_link_shows_that_count_alone_with_only_its_rows(metric, monkeypatch):
    offered = record_downloads(monkeypatch)
    at = run_app(page=PAGE, chart=metric)
    assert not at.exception and not at.warning
    assert at.segmented_control(key="repression.chart").value == metric
    assert drawn_charts(at) == [f"repression-{metric}"]
    assert offered == []  # folded: nothing offered until the reader opens it
    rows = table(at)
    assert set(rows["metric"]) == {metric}
    assert set(rows["figure_id"]) == set(FIGURES.loc[FIGURES["metric"] == metric, "figure_id"])
    assert plotted_sources(at) <= set(FIGURES.loc[FIGURES["metric"] == metric, "source_url"])
    # The download is the table's rows, named after the chart.
    assert [download["file_name"] for download in offered] == [f"repression-{metric}.csv"]
    assert offered[0]["data"] == csv_bytes(rows)


def test_changing_the_chart_writes_the_url_and_the_default_leaves_it_out():
    at = run_app(page=PAGE)
    at.segmented_control(key="repression.chart").set_value("displaced").run()
    assert not at.exception
    assert drawn_charts(at) == ["repression-displaced"]
    assert set(table(at)["metric"]) == {"displaced"}
    assert dict(at.query_params) == {"chart": "displaced"}
    assert not any("Deaths in" in m.value for m in at.markdown)
    at.segmented_control(key="repression.chart").set_value("deaths").run()
    assert drawn_charts(at) == ["repression-deaths"]
    assert dict(at.query_params) == {}


def test_over_time_chart_shows_the_dated_series_and_its_rows(monkeypatch):
    offered = record_downloads(monkeypatch)
    at = run_app(page=PAGE, chart="over_time")
    assert not at.exception
    assert drawn_charts(at) == ["repression-over_time"]
    assert set(table(at)["figure_id"]) == set(SERIES["figure_id"])
    assert any("lines only join them" in c.value for c in at.caption)
    assert [download["file_name"] for download in offered] == ["repression-over_time.csv"]
    assert dict(at.query_params) == {"chart": "over_time"}


def test_movement_filter_drops_the_other_movement():
    at = run_app(page=PAGE)
    at.pills(key="movement").set_value(["1988"]).run()
    assert not at.exception
    assert set(table(at)["movement"]) == {"1988"}
    assert plotted_sources(at) <= set(FIGURES.loc[FIGURES["movement"] == "1988", "source_url"])
    assert at.query_params["movement"] == "1988"


def test_over_time_without_dated_totals_says_so_instead_of_a_chart():
    # No monitor dated a running total for 1988, so no line over time.
    at = run_app(page=PAGE, chart="over_time", movement="1988")
    assert not at.exception
    assert not at.get("plotly_chart")
    assert any("No monitor gives dated running totals" in c.value for c in at.caption)
    assert table(at).empty
    assert dict(at.query_params) == {"movement": "1988", "chart": "over_time"}


def test_an_old_metric_link_is_an_unknown_parameter():
    at = run_app(page=PAGE, metric="arrests~deaths", movement="2021")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "1 parameter this page does not use" in notices[0]
    assert drawn_charts(at) == ["repression-deaths"]
    assert set(table(at)["movement"]) == {"2021"}
    assert dict(at.query_params) == {"movement": "2021"}


def test_hostile_link_falls_back_with_one_notice():
    at = run_app(page=PAGE, chart="deaths~" + "x" * 300, movement="2021")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "chart (value is too long)" in notices[0]
    assert at.segmented_control(key="repression.chart").value == "deaths"
    assert drawn_charts(at) == ["repression-deaths"]
    assert set(table(at)["movement"]) == {"2021"}
