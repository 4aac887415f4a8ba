"""The Outcomes page in a real headless Chromium: links, the horizon pills, reload and hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import exceptions, open_and_wait, pill, plotly_data, wait_until_idle

pytestmark = pytest.mark.browser


def test_default_view_draws_the_heatmap_and_the_durations(server, page):
    open_and_wait(page, server + "/outcomes", min_charts=2)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Outcomes", exact=True).is_visible()
    heatmap, durations = plotly_data(page)
    assert [trace["name"] for trace in heatmap] == ["1988 uprising", "2021 movement"]
    assert heatmap[0]["x"] == ["At<br>once", "Within<br>a year", "Long<br>term"]
    assert {trace["name"] for trace in durations} == {"1988 uprising", "2021 movement"}
    for name in ("Immediate", "Within a year", "Long term"):
        expect(page.get_by_role("heading", name=name, exact=True)).to_be_visible()


def test_a_link_with_filters_sets_the_pills_and_the_charts(server, page):
    open_and_wait(page, server + "/outcomes?movement=2021&horizon=long_term", min_charts=2)
    assert exceptions(page) == 0
    heatmap, durations = plotly_data(page)
    assert [trace["name"] for trace in heatmap] == ["2021 movement"]
    assert heatmap[0]["x"] == ["Long<br>term"]
    assert [trace["name"] for trace in durations] == ["2021 movement"]
    expect(page.get_by_role("heading", name="Long term", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Immediate", exact=True)).to_have_count(0)
    expect(page.locator("button[aria-pressed=true]")).to_have_text(["Long term"])


def test_clicking_a_pill_writes_the_url_and_survives_reload(server, page):
    open_and_wait(page, server + "/outcomes", min_charts=2)
    pill(page, "Immediate").click()
    expect(page).to_have_url(re.compile(r"/outcomes\?horizon=within_year~long_term$"))
    wait_until_idle(page)
    expect(page.get_by_role("heading", name="Immediate", exact=True)).to_have_count(0)
    before = plotly_data(page)
    assert before[0][0]["x"] == ["Within<br>a year", "Long<br>term"]

    page.reload()
    wait_until_idle(page)
    assert plotly_data(page) == before
    expect(page.locator("button[aria-pressed=true]")).to_have_text(["Within a year", "Long term"])


def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page):
    hostile = "%3Cscript%3Ealert(1)%3C/script%3E"
    open_and_wait(page, server + f"/outcomes?movement=1988&horizon={hostile}&x={'9' * 400}", min_charts=2)
    assert exceptions(page) == 0
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    assert "<script>" not in notices.first.inner_text()
    heatmap, _ = plotly_data(page)
    assert [trace["name"] for trace in heatmap] == ["1988 uprising"]
    assert len(heatmap[0]["x"]) == 3
