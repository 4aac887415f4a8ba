"""The Self-organisation page in a real headless Chromium: links, the pills, reload and hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import active_pills, exceptions, open_and_wait, pill, plotly_data, wait_until_idle
from transforms.load import load_all

pytestmark = pytest.mark.browser

ORGANISATIONS = load_all()["organisations"]


def founding_ids(charts) -> set[str]:
    """Body ids drawn on the founding chart (the first), leaving out the trace of name labels."""
    return {org_id for trace in charts[0] if trace["name"] != "names" for org_id in trace["y"]}


def test_default_view_draws_the_three_charts(server, page):
    open_and_wait(page, server + "/organisation", min_charts=3)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Self-organisation", exact=True).is_visible()
    charts = plotly_data(page)
    assert len(charts) == 3
    assert founding_ids(charts) == set(ORGANISATIONS["org_id"])
    assert [trace["name"] for trace in charts[1]] == ["1988 uprising", "2021 movement"]


def test_a_link_with_filters_sets_the_pills_and_the_charts(server, page):
    open_and_wait(page, server + "/organisation?movement=2021&type=armed_group&level=regional", min_charts=3)
    assert exceptions(page) == 0
    expect(active_pills(page)).to_have_text(["Armed group", "Regional"])
    chosen = ORGANISATIONS[
        (ORGANISATIONS["movement"] == "2021") & (ORGANISATIONS["org_type"] == "armed_group") & (ORGANISATIONS["level"] == "regional")
    ]
    charts = plotly_data(page)
    assert founding_ids(charts) == set(chosen["org_id"])
    assert [trace["name"] for trace in charts[1]] == ["2021 movement"]


def test_clicking_a_pill_writes_the_url_and_survives_reload(server, page):
    open_and_wait(page, server + "/organisation", min_charts=3)
    pill(page, "Exile").click()
    expect(page).to_have_url(re.compile(r"/organisation\?level=local~township~regional~national$"))
    wait_until_idle(page)
    before = plotly_data(page)
    assert founding_ids(before) == set(ORGANISATIONS.loc[ORGANISATIONS["level"] != "exile", "org_id"])

    page.reload()
    expect(page.locator("[data-testid=stPlotlyChart]")).to_have_count(3, timeout=60_000)
    wait_until_idle(page)
    assert plotly_data(page) == before
    expect(pill(page, "Exile")).to_have_attribute("aria-pressed", "false")


def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page):
    hostile = "%3Cscript%3Ealert(1)%3C/script%3E"
    open_and_wait(page, server + f"/organisation?movement=1988&type={hostile}&level=national..township&x={'9' * 400}", min_charts=3)
    assert exceptions(page) == 0
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    assert "<script>" not in notices.first.inner_text()
    charts = plotly_data(page)
    assert founding_ids(charts) == set(ORGANISATIONS.loc[ORGANISATIONS["movement"] == "1988", "org_id"])
