"""The Self-organisation page in a real headless Chromium: links, the pills, the "Chart" control (one chart
per view), reload and hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    active_pills,
    chart_keys,
    choose_chart,
    chosen_chart,
    downloaded_rows,
    exceptions,
    history_length,
    notice,
    open_and_wait,
    open_filters,
    pill,
    rows_section,
    tables_built,
    plotly_data,
    query,
    wait_for_charts,
    wait_until_idle,
)
from transforms import derive
from transforms.load import load_all

pytestmark = pytest.mark.browser

TABLES = load_all()
ORGANISATIONS = TABLES["organisations"]


def founding_ids(charts) -> set[str]:
    """Body ids drawn on the founding chart (the first), leaving out the trace of name labels."""
    return {org_id for trace in charts[0] if trace["name"] != "names" for org_id in trace["y"]}


def strike_row_ids(movements: list[str]) -> set[str]:
    counts = derive.strike_counts(ORGANISATIONS, TABLES["figures"])
    return set(counts.loc[counts["movement"].isin(movements), "row_id"])


def test_default_view_draws_the_founding_chart_only(server, page):
    open_and_wait(page, server + "/organisation", min_charts=1)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Self-organisation", exact=True).is_visible()
    assert chart_keys(page) == ["organisation-founding"]
    charts = plotly_data(page)
    assert len(charts) == 1
    assert founding_ids(charts) == set(ORGANISATIONS["org_id"])
    assert chosen_chart(page) == ["How soon each body appeared"]
    assert "chart" not in query(page)
    assert tables_built(page) == 0  # the bodies' table is folded until opened
    name, rows = downloaded_rows(page, "organisation-rows")
    assert name == "organisations-filtered.csv"
    assert set(rows["org_id"]) == set(ORGANISATIONS["org_id"])


def test_a_link_with_filters_sets_the_pills_and_the_chart(server, page):
    open_and_wait(page, server + "/organisation?movement=2021&type=armed_group&level=regional", min_charts=1)
    assert exceptions(page) == 0
    open_filters(page)  # the kind and level pills are in the Filters popover
    expect(active_pills(page)).to_have_text(["2021 movement", "Armed group", "Regional"])
    chosen = ORGANISATIONS[
        (ORGANISATIONS["movement"] == "2021") & (ORGANISATIONS["org_type"] == "armed_group") & (ORGANISATIONS["level"] == "regional")
    ]
    assert chart_keys(page) == ["organisation-founding"]
    assert founding_ids(plotly_data(page)) == set(chosen["org_id"])


def test_a_link_with_chart_kinds_draws_the_kinds_chart_only_with_the_filters(server, page):
    open_and_wait(page, server + "/organisation?movement=2021&type=armed_group&level=regional&chart=kinds", min_charts=1)
    assert exceptions(page) == 0
    assert chart_keys(page) == ["organisation-kinds"]
    assert chosen_chart(page) == ["Kinds and levels"]
    open_filters(page)
    expect(active_pills(page)).to_have_text(["2021 movement", "Armed group", "Regional"])
    (chart,) = plotly_data(page)
    assert [trace["name"] for trace in chart] == ["2021 movement"]


def test_a_link_with_chart_strikes_follows_the_movement_filter_only(server, page):
    open_and_wait(page, server + "/organisation?movement=1988&type=armed_group&chart=strikes", min_charts=1)
    assert exceptions(page) == 0
    assert chart_keys(page) == ["organisation-strikes"]
    assert chosen_chart(page) == ["Strike committees"]
    # The kind and level pills stay on the page (under Filters), as linked, though this chart does not follow them.
    open_filters(page)
    expect(active_pills(page)).to_have_text(
        ["1988 uprising", "Armed group", "Local", "Township", "Regional", "National", "Exile"]
    )
    expect(rows_section(page, "organisation-rows")).to_have_count(0)  # the bodies' table goes with their charts
    assert tables_built(page) == 0  # the strike committees' table is folded until opened
    name, rows = downloaded_rows(page, "organisation-strike-rows")
    assert name == "strike-committees.csv"
    assert set(rows["row_id"]) == strike_row_ids(["1988"])
    assert set(rows["movement"]) == {"1988"}


def test_clicking_a_pill_writes_the_url_and_survives_reload(server, page):
    open_and_wait(page, server + "/organisation", min_charts=1)
    entries = history_length(page)
    open_filters(page)
    pill(page, "Exile").click()
    expect(page).to_have_url(re.compile(r"/organisation\?level=local~township~regional~national$"))
    wait_until_idle(page, min_charts=1)
    assert history_length(page) == entries  # replaced, not pushed
    before = plotly_data(page)
    assert founding_ids(before) == set(ORGANISATIONS.loc[ORGANISATIONS["level"] != "exile", "org_id"])

    page.reload()
    wait_for_charts(page, ["organisation-founding"])
    assert plotly_data(page) == before
    open_filters(page)  # a reload closes the popover
    expect(pill(page, "Exile")).to_have_attribute("aria-pressed", "false")


def test_choosing_a_chart_writes_the_url_without_a_history_entry_and_survives_reload(server, page):
    open_and_wait(page, server + "/organisation?level=national", min_charts=1)
    entries = history_length(page)
    choose_chart(page, "Kinds and levels", "organisation-kinds")
    expect(page).to_have_url(re.compile(r"/organisation\?level=national&chart=kinds$"))
    assert history_length(page) == entries  # replaced, not pushed
    before = plotly_data(page)

    page.reload()
    wait_for_charts(page, ["organisation-kinds"])
    assert plotly_data(page) == before
    assert chosen_chart(page) == ["Kinds and levels"]
    open_filters(page)
    expect(pill(page, "National")).to_have_attribute("aria-pressed", "true")
    expect(pill(page, "Local")).to_have_attribute("aria-pressed", "false")

    choose_chart(page, "Strike committees", "organisation-strikes")
    expect(page).to_have_url(re.compile(r"/organisation\?level=national&chart=strikes$"))
    assert history_length(page) == entries
    choose_chart(page, "How soon each body appeared", "organisation-founding")
    expect(page).to_have_url(re.compile(r"/organisation\?level=national$"))  # the default chart is left out
    assert history_length(page) == entries


def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page):
    hostile = "%3Cscript%3Ealert(1)%3C/script%3E"
    open_and_wait(
        page,
        server + f"/organisation?movement=1988&type={hostile}&level=national..township&chart={hostile}&x={'9' * 400}",
        min_charts=1,
    )
    assert exceptions(page) == 0
    text = notice(page)
    assert "<script>" not in text and "chart" in text
    assert chart_keys(page) == ["organisation-founding"]  # the bad chart fell back to the default
    assert founding_ids(plotly_data(page)) == set(ORGANISATIONS.loc[ORGANISATIONS["movement"] == "1988", "org_id"])
    assert query(page) == {"movement": "1988"}
