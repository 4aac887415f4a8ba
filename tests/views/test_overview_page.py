"""The Overview through Streamlit's AppTest: the entry script, the shared filter, the chart choice and the URL."""

from __future__ import annotations

import pytest

from tests.views.apptest import drawn_charts, figures, run_app
from ui import url_state

CHARTS = list(url_state.PAGES["overview"]["chart"].options)


def test_overview_renders_both_movements_without_error():
    at = run_app()
    assert not at.exception
    assert [h.value for h in at.subheader][:2] == ["1988 uprising", "2021 movement"]
    values = {m.label: m.value for m in at.metric}
    assert values["Deaths: Estimated death toll"] == "3,000–10,000"
    assert values["Heads of state: Heads of state who left office"] == "3"
    assert "missing" in values.values()


def test_default_view_draws_only_the_headline_ranges_and_leaves_chart_out_of_the_url():
    at = run_app()
    assert not at.exception
    assert at.segmented_control(key="overview.chart").value == "ranges"
    assert drawn_charts(at) == ["overview-ranges"]
    # The reading sits below the chart.
    assert any(m.value.startswith("Under the headline definitions") for m in at.markdown)
    assert dict(at.query_params) == {}


@pytest.mark.parametrize("chart", CHARTS)
def test_a_chart_link_draws_that_chart_and_no_other(chart):
    at = run_app(chart=chart)
    assert not at.exception and not at.warning
    assert at.segmented_control(key="overview.chart").value == chart
    assert drawn_charts(at) == [f"overview-{chart}"]


def test_changing_the_chart_control_writes_the_url_and_the_default_leaves_it_out():
    at = run_app()
    at.segmented_control(key="overview.chart").set_value("durations").run()
    assert not at.exception
    assert drawn_charts(at) == ["overview-durations"]
    assert dict(at.query_params) == {"chart": "durations"}
    assert any(m.value.startswith("Under the headline definitions") for m in at.markdown)
    at.segmented_control(key="overview.chart").set_value("ranges").run()
    assert drawn_charts(at) == ["overview-ranges"]
    assert dict(at.query_params) == {}


def test_durations_chart_follows_the_movement_filter_and_keeps_the_chart_in_the_url():
    at = run_app(chart="durations")
    at.multiselect(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert [trace["name"] for trace in figures(at)["overview-durations"]["data"]] == ["2021 movement"]
    assert dict(at.query_params) == {"movement": "2021", "chart": "durations"}


def test_movement_filter_narrows_the_cards_and_writes_the_url():
    at = run_app()
    at.multiselect(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert "1988 uprising" not in [h.value for h in at.subheader]
    assert at.query_params["movement"] == "2021"


def test_movement_in_the_url_sets_the_filter():
    at = run_app(movement="1988")
    assert at.multiselect(key="movement").value == ["1988"]
    assert "2021 movement" not in [h.value for h in at.subheader]


def test_bad_movement_in_the_url_falls_back_with_a_notice():
    at = run_app(movement="<b>1999</b>")
    assert not at.exception
    assert at.multiselect(key="movement").value == ["1988", "2021"]
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "movement (not a list of known values)" in notices[0]
    assert "<b>" not in notices[0]


def test_unknown_chart_in_the_url_falls_back_to_the_first_with_one_notice():
    at = run_app(chart="<script>pie</script>", movement="2021")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "chart (not a known value)" in notices[0]
    assert "<script>" not in notices[0]
    assert at.segmented_control(key="overview.chart").value == "ranges"
    assert drawn_charts(at) == ["overview-ranges"]
    assert dict(at.query_params) == {"movement": "2021"}
