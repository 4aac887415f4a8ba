"""The Repression page through Streamlit's AppTest: filters, the URL both ways, and hostile links."""

from __future__ import annotations

import json

from tests.views.apptest import run_app
from transforms.load import load_all

PAGE = "views/repression_page.py"
FIGURES = load_all()["figures"]
METRICS = ["deaths", "arrests", "displaced", "participation"]


def charts(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def titles(at) -> list[str]:
    return [figure["layout"]["title"]["text"] for figure in charts(at)]


def plotted_sources(at) -> set[str]:
    return {url for figure in charts(at) for trace in figure["data"] for url in (trace.get("customdata") or [])}


def table(at):
    return at.dataframe[0].value


def test_default_view_has_a_chart_per_metric_and_the_dated_series():
    at = run_app(page=PAGE)
    assert not at.exception
    assert titles(at) == [
        "Deaths: every figure, low to high",
        "Arrests: every figure, low to high",
        "Displaced: every figure, low to high",
        "Participation: every figure, low to high",
        "Dated running totals",
    ]
    shown = FIGURES[FIGURES["metric"].isin(METRICS)]
    assert set(table(at)["figure_id"]) == set(shown["figure_id"])
    assert any("2.8 times the official one on 15 Apr 2021" in m.value for m in at.markdown)
    assert any("lines only join them" in c.value for c in at.caption)
    assert dict(at.query_params) == {}


def test_metric_filter_narrows_charts_and_table_and_writes_the_url():
    at = run_app(page=PAGE)
    at.pills(key="repression.metric").set_value(["displaced"]).run()
    assert not at.exception
    assert titles(at) == ["Displaced: every figure, low to high"]
    assert set(table(at)["metric"]) == {"displaced"}
    assert at.query_params["metric"] == "displaced"
    assert not any("Deaths in" in m.value for m in at.markdown)


def test_movement_filter_drops_the_other_movement():
    at = run_app(page=PAGE)
    at.multiselect(key="movement").set_value(["1988"]).run()
    assert not at.exception
    assert set(table(at)["movement"]) == {"1988"}
    assert plotted_sources(at) <= set(FIGURES.loc[FIGURES["movement"] == "1988", "source_url"])
    # No monitor dated a running total for 1988, so no line over time.
    assert "Dated running totals" not in titles(at)
    assert at.query_params["movement"] == "1988"


def test_link_sets_the_metric_widget():
    at = run_app(page=PAGE, metric="arrests~deaths")
    assert not at.exception
    assert at.pills(key="repression.metric").value == ["deaths", "arrests"]
    assert titles(at)[:2] == ["Deaths: every figure, low to high", "Arrests: every figure, low to high"]
    assert not at.warning


def test_empty_metric_selection_asks_for_a_choice():
    at = run_app(page=PAGE, metric="")
    assert not at.exception
    assert [i.value for i in at.info] == ["Choose at least one kind of figure."]


def test_hostile_link_falls_back_with_one_notice():
    at = run_app(page=PAGE, metric="deaths~" + "x" * 300, movement="2021")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "metric (" in notices[0]
    assert at.pills(key="repression.metric").value == METRICS
    assert set(table(at)["movement"]) == {"2021"}
