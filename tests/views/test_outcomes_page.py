"""The Outcomes page through Streamlit's AppTest: the matrix, the charts, the filters and the URL."""

from __future__ import annotations

import json

from tests.views.apptest import run_app

PAGE = "views/outcomes_page.py"


def charts(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def horizon_headings(at) -> list[str]:
    return [m.value.removeprefix("#### ") for m in at.markdown if m.value.startswith("#### ")]


def outcome_rows(at):
    return at.dataframe[0].value


def test_default_view_shows_every_horizon_for_both_movements(tables):
    at = run_app(page=PAGE)
    assert not at.exception
    assert horizon_headings(at) == ["Immediate", "Within a year", "Long term"]
    assert len(charts(at)) == 2
    assert len(outcome_rows(at)) == len(tables["outcomes"])
    assert any("For the 1988 uprising the table shows" in m.value for m in at.markdown)
    assert dict(at.query_params) == {}


def test_horizon_filter_narrows_the_matrix_and_writes_the_url(tables):
    at = run_app(page=PAGE)
    at.pills(key="outcomes.horizon").set_value(["long_term"]).run()
    assert not at.exception
    assert horizon_headings(at) == ["Long term"]
    outcomes = tables["outcomes"]
    assert len(outcome_rows(at)) == (outcomes["horizon"] == "long_term").sum()
    heatmap = charts(at)[0]["data"]
    assert all(list(trace["x"]) == ["Long<br>term"] for trace in heatmap)
    assert at.query_params["horizon"] == "long_term"


def test_movement_filter_narrows_the_rows_and_writes_the_url(tables):
    at = run_app(page=PAGE)
    at.multiselect(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert set(outcome_rows(at)["movement"]) == {"2021"}
    assert [trace["name"] for trace in charts(at)[0]["data"]] == ["2021 movement"]
    assert "**1988 uprising**" not in [m.value for m in at.markdown]
    assert at.query_params["movement"] == "2021"


def test_query_string_sets_the_widgets(tables):
    at = run_app(page=PAGE, movement="1988", horizon="immediate~within_year")
    assert not at.exception
    assert at.pills(key="outcomes.horizon").value == ["immediate", "within_year"]
    assert at.multiselect(key="movement").value == ["1988"]
    rows = outcome_rows(at)
    assert set(rows["movement"]) == {"1988"} and set(rows["horizon"]) == {"immediate", "within_year"}


def test_empty_horizon_selection_asks_for_one():
    at = run_app(page=PAGE, horizon="")
    assert not at.exception
    assert [i.value for i in at.info] == ["Choose at least one time horizon."]


def test_hostile_horizon_falls_back_with_one_notice_and_keeps_the_movement():
    at = run_app(page=PAGE, horizon="<script>alert(1)</script>", movement="2021")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "horizon (not a list of known values)" in notices[0]
    assert "<script>" not in notices[0]
    assert at.pills(key="outcomes.horizon").value == ["immediate", "within_year", "long_term"]
    assert at.multiselect(key="movement").value == ["2021"]
