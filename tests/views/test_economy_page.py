"""The Economy page through Streamlit's AppTest: indicator, year window, markers and the URL."""

from __future__ import annotations

import json

import pandas as pd

from tests.views.apptest import run_app

PAGE = "views/economy_page.py"


def figure(at) -> dict:
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def trace_names(at) -> set[str]:
    return {trace.get("name") for trace in figure(at)["data"]}


def series_rows(at) -> pd.DataFrame:
    return at.dataframe[0].value


def labels(tables, indicator: str) -> set[str]:
    economy = tables["economy"]
    return set(economy.loc[economy["indicator_id"] == indicator, "series_label"])


def test_default_view_is_growth_from_every_source_with_markers(tables):
    at = run_app(page=PAGE)
    assert not at.exception
    names = trace_names(at)
    assert labels(tables, "gdp_growth") <= names
    assert {"Demonetisation", "Regime periods", "1988 uprising", "2021 movement"} <= names
    rows = series_rows(at)
    assert (rows["year"].min(), rows["year"].max()) == (1960, 2024)
    assert any("In the year labelled 1988" in m.value for m in at.markdown)
    assert any("fiscal year" in c.value for c in at.caption)
    assert dict(at.query_params) == {}


def test_indicator_choice_changes_the_series_and_the_url(tables):
    at = run_app(page=PAGE)
    at.segmented_control(key="economy.indicator").set_value("inflation").run()
    assert not at.exception
    assert labels(tables, "inflation") <= trace_names(at)
    assert not labels(tables, "gdp_growth") & trace_names(at)
    assert set(series_rows(at)["series_label"]) == labels(tables, "inflation")
    assert at.query_params["indicator"] == "inflation"


def test_year_window_limits_rows_and_axis_and_writes_the_url():
    at = run_app(page=PAGE)
    at.slider(key="economy.time").set_value((1980, 2000)).run()
    assert not at.exception
    rows = series_rows(at)
    assert rows["year"].between(1980, 2000).all() and {1980, 2000} <= set(rows["year"])
    assert figure(at)["layout"]["xaxis"]["range"][0].startswith("1980-01-01")
    assert at.query_params["time"] == "1980..2000"


def test_markers_toggle_removes_regimes_and_events_and_writes_the_url():
    at = run_app(page=PAGE)
    at.toggle(key="economy.markers").set_value(False).run()
    assert not at.exception
    assert not {"Demonetisation", "Regime periods", "1988 uprising", "2021 movement"} & trace_names(at)
    assert not figure(at)["layout"].get("shapes")
    assert at.query_params["markers"] == "off"


def test_query_string_sets_the_widgets(tables):
    at = run_app(page=PAGE, indicator="exchange_rate", time="1985..2000", markers="off")
    assert not at.exception
    assert at.segmented_control(key="economy.indicator").value == "exchange_rate"
    assert at.slider(key="economy.time").value == (1985, 2000)
    assert at.toggle(key="economy.markers").value is False
    names = trace_names(at)
    assert "Dated quote: market rate" in names and "Demonetisation" not in names
    assert figure(at)["layout"]["yaxis"]["type"] == "log"
    quotes = at.dataframe[1].value
    assert quotes["date"].map(lambda d: d.year).between(1985, 2000).all()


def test_gdp_per_capita_is_shown_as_an_index(tables):
    at = run_app(page=PAGE, indicator="gdp_per_capita")
    assert not at.exception
    assert figure(at)["layout"]["yaxis"]["title"]["text"] == "index, first year shown = 100"
    assert any("different units" in c.value for c in at.caption)


def test_hostile_values_fall_back_with_one_notice_and_keep_the_good_parts():
    at = run_app(page=PAGE, indicator="<script>alert(1)</script>", time="2024..1960", markers="off")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1
    assert "indicator (not a known value)" in notices[0] and "time (range is reversed)" in notices[0]
    assert "<script>" not in notices[0]
    assert at.segmented_control(key="economy.indicator").value == "gdp_growth"
    assert at.slider(key="economy.time").value == (1960, 2024)
    assert at.toggle(key="economy.markers").value is False
