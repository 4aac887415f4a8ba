"""The Repression page in a real headless Chromium: links, the metric pills, reload and hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import active_pills, exceptions, open_and_wait, pill, plotly_data, wait_until_idle
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


def test_default_view_draws_a_chart_per_metric_and_the_series(server, page):
    open_and_wait(page, server + "/repression", min_charts=5)
    assert exceptions(page) == 0
    charts = plotly_data(page)
    assert plotted_lows(charts[0]) == people_lows("deaths", ["1988", "2021"])
    series = charts[4]
    assert [trace["y"] for trace in series if "deaths" in trace["name"]] == [[726, 1503, 2940, 6268, 7013]]


def test_a_link_with_filters_sets_the_pills_and_the_charts(server, page):
    open_and_wait(page, server + "/repression?movement=2021&metric=arrests", min_charts=2)
    assert exceptions(page) == 0
    expect(active_pills(page)).to_have_text(["Arrests"])
    charts = plotly_data(page)  # arrests, and AAPP's dated arrest counts
    assert plotted_lows(charts[0]) == people_lows("arrests", ["2021"])
    assert [trace["name"] for trace in charts[1]] == ["2021: arrests"]


def test_clicking_a_pill_writes_the_url_and_survives_reload(server, page):
    open_and_wait(page, server + "/repression", min_charts=5)
    pill(page, "Participation").click()
    expect(page).to_have_url(re.compile(r"/repression\?metric=deaths~arrests~displaced$"))
    expect(page.locator("[data-testid=stPlotlyChart]")).to_have_count(4, timeout=60_000)
    wait_until_idle(page)
    before = plotly_data(page)

    page.reload()
    expect(page.locator("[data-testid=stPlotlyChart]")).to_have_count(4, timeout=60_000)
    wait_until_idle(page)
    assert plotly_data(page) == before
    expect(active_pills(page)).to_have_text(["Deaths", "Arrests", "Displaced"])


def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page):
    hostile = "%3Cscript%3Ealert(1)%3C/script%3E"
    open_and_wait(page, server + f"/repression?movement=1988&metric=deaths~{hostile}&{'y' * 300}=1", min_charts=4)
    assert exceptions(page) == 0
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    assert "<script>" not in notices.first.inner_text()
    charts = plotly_data(page)  # every metric (the bad value fell back), no 1988 series
    assert plotted_lows(charts[0]) == people_lows("deaths", ["1988"])
