"""The Outcomes page in a real headless Chromium: links, the horizon pills, the "Chart" control (one chart
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
from transforms.load import load_all

pytestmark = pytest.mark.browser

TABLES = load_all()
HORIZON_HEADINGS = ("Immediate", "Within a year", "Long term")


def period_ids(movements: list[str]) -> set[str]:
    periods = TABLES["periods"]
    return set(periods.loc[periods["movement"].isin(movements), "period_id"])


def outcome_ids(movements: list[str], horizons: list[str]) -> set[str]:
    outcomes = TABLES["outcomes"]
    return set(outcomes.loc[outcomes["movement"].isin(movements) & outcomes["horizon"].isin(horizons), "outcome_id"])


def test_default_view_draws_the_heatmap_only_with_the_side_by_side_cells(server, page):
    open_and_wait(page, server + "/outcomes", min_charts=1)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Outcomes", exact=True).is_visible()
    assert chart_keys(page) == ["outcomes-heatmap"]
    (heatmap,) = plotly_data(page)
    assert [trace["name"] for trace in heatmap] == ["1988 uprising", "2021 movement"]
    assert heatmap[0]["x"] == ["At<br>once", "Within<br>a year", "Long<br>term"]
    assert chosen_chart(page) == ["Outcomes by aspect"]
    assert "chart" not in query(page)
    for name in HORIZON_HEADINGS:
        expect(page.get_by_role("heading", name=name, exact=True)).to_be_visible()
    # The table with the heatmap is the outcomes', not the periods', and it is folded until opened.
    assert tables_built(page) == 0
    expect(rows_section(page, "outcomes-periods")).to_have_count(0)
    name, rows = downloaded_rows(page, "outcomes-rows")
    assert name == "outcomes.csv"
    assert set(rows["outcome_id"]) == outcome_ids(["1988", "2021"], ["immediate", "within_year", "long_term"])


def test_a_link_with_filters_sets_the_pills_and_the_chart(server, page):
    open_and_wait(page, server + "/outcomes?movement=2021&horizon=long_term", min_charts=1)
    assert exceptions(page) == 0
    assert chart_keys(page) == ["outcomes-heatmap"]
    (heatmap,) = plotly_data(page)
    assert [trace["name"] for trace in heatmap] == ["2021 movement"]
    assert heatmap[0]["x"] == ["Long<br>term"]
    expect(page.get_by_role("heading", name="Long term", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Immediate", exact=True)).to_have_count(0)
    open_filters(page)  # the horizon pills are in the Filters popover
    expect(active_pills(page)).to_have_text(["2021 movement", "Long term"])


def test_a_link_with_chart_durations_draws_the_durations_and_only_the_periods_table(server, page):
    open_and_wait(page, server + "/outcomes?movement=2021&chart=durations", min_charts=1)
    assert exceptions(page) == 0
    assert chart_keys(page) == ["outcomes-durations"]
    assert chosen_chart(page) == ["Days, by definition"]
    (durations,) = plotly_data(page)
    assert [trace["name"] for trace in durations] == ["2021 movement"]
    # No side-by-side cells and no outcomes table with this chart.
    expect(page.get_by_role("heading", name="Side by side")).to_have_count(0)
    for name in HORIZON_HEADINGS:
        expect(page.get_by_role("heading", name=name, exact=True)).to_have_count(0)
    expect(rows_section(page, "outcomes-rows")).to_have_count(0)
    assert tables_built(page) == 0  # the periods' table is folded until opened
    name, rows = downloaded_rows(page, "outcomes-periods")
    assert name == "periods.csv"
    assert set(rows["period_id"]) == period_ids(["2021"])


def test_clicking_a_pill_writes_the_url_and_survives_reload(server, page):
    open_and_wait(page, server + "/outcomes", min_charts=1)
    entries = history_length(page)
    open_filters(page)
    pill(page, "Immediate").click()
    expect(page).to_have_url(re.compile(r"/outcomes\?horizon=within_year~long_term$"))
    wait_until_idle(page, min_charts=1)
    expect(page.get_by_role("heading", name="Immediate", exact=True)).to_have_count(0)
    assert history_length(page) == entries  # replaced, not pushed
    before = plotly_data(page)
    assert before[0][0]["x"] == ["Within<br>a year", "Long<br>term"]

    page.reload()
    wait_for_charts(page, ["outcomes-heatmap"])
    assert plotly_data(page) == before
    open_filters(page)  # a reload closes the popover
    expect(active_pills(page)).to_have_text(["1988 uprising", "2021 movement", "Within a year", "Long term"])


def test_choosing_a_chart_writes_the_url_without_a_history_entry_and_survives_reload(server, page):
    open_and_wait(page, server + "/outcomes?movement=1988", min_charts=1)
    entries = history_length(page)
    choose_chart(page, "Days, by definition", "outcomes-durations")
    expect(page).to_have_url(re.compile(r"/outcomes\?movement=1988&chart=durations$"))
    assert history_length(page) == entries  # replaced, not pushed
    expect(page.get_by_role("heading", name="Side by side")).to_have_count(0)
    before = plotly_data(page)
    assert [trace["name"] for trace in before[0]] == ["1988 uprising"]

    page.reload()
    wait_for_charts(page, ["outcomes-durations"])
    assert plotly_data(page) == before
    assert chosen_chart(page) == ["Days, by definition"]

    choose_chart(page, "Outcomes by aspect", "outcomes-heatmap")
    expect(page).to_have_url(re.compile(r"/outcomes\?movement=1988$"))  # the default chart is left out
    expect(page.get_by_role("heading", name="Side by side")).to_be_visible()


def test_changing_the_chart_after_opening_a_durations_link_adds_no_history_entry(server, page):
    open_and_wait(page, server + "/outcomes?chart=durations", min_charts=1)
    entries = history_length(page)
    choose_chart(page, "Outcomes by aspect", "outcomes-heatmap")
    expect(page).to_have_url(re.compile(r"/outcomes$"))
    assert history_length(page) == entries


def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page):
    hostile = "%3Cscript%3Ealert(1)%3C/script%3E"
    open_and_wait(
        page, server + f"/outcomes?movement=1988&horizon={hostile}&chart=durations~{hostile}&x={'9' * 400}", min_charts=1
    )
    assert exceptions(page) == 0
    text = notice(page)
    assert "<script>" not in text and "chart" in text
    assert chart_keys(page) == ["outcomes-heatmap"]  # the bad chart fell back to the default
    (heatmap,) = plotly_data(page)
    assert [trace["name"] for trace in heatmap] == ["1988 uprising"]
    assert len(heatmap[0]["x"]) == 3
    assert query(page) == {"movement": "1988"}
