"""The Timeline in a real headless Chromium: links in, clicks out, reloads, the folded events table, the share
line and hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests import derived
from tests.browser.helpers import (
    chart_keys,
    choose_chart,
    chosen_chart,
    download_label,
    downloaded_rows,
    exceptions,
    history_length,
    notice,
    open_and_wait,
    open_filters,
    open_rows,
    plotly_data,
    query,
    rows_titles,
    shared_link,
    tables_built,
    view_of,
    wait_for_charts,
    wait_until_idle,
)
from transforms import derive
from transforms.load import load_all

pytestmark = pytest.mark.browser

EVENTS = derive.with_day_offset(load_all()["events"])


def open_timeline(page, url: str, chart: str = "events") -> None:
    """Open a link and wait until its one chart is drawn (the first run on a fresh server may start late)."""
    open_and_wait(page, url)
    wait_for_charts(page, [f"timeline-{chart}"])


def kinds_of_event(page):
    """The "Kinds of event" pills (inside the Filters popover: in the DOM only while it is open)."""
    return page.locator("[data-testid=stButtonGroup]").filter(has_text="Kinds of event")


def chosen_pills(page) -> list[str]:
    open_filters(page)
    return kinds_of_event(page).evaluate("e => [...e.querySelectorAll('button[aria-pressed=true]')].map(b => b.innerText)")


def alignment(page) -> str:
    open_filters(page)
    return page.get_by_role("radiogroup", name="Align events on").get_by_role("radio", checked=True).inner_text()


def drawn_points(charts: list[list[dict]]) -> list[dict]:
    """The strip chart's traces that hold events (legend-only entries have no points)."""
    return [trace for trace in charts[0] if any(x is not None for x in trace["x"])]


def test_default_view_draws_the_events_chart_only(server, page):
    open_timeline(page, server + "/timeline")
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Timeline: what happened when").is_visible()
    assert chart_keys(page) == ["timeline-events"]
    assert chosen_chart(page) == ["Events"]
    assert "chart" not in query(page)
    charts = plotly_data(page)
    assert len(charts) == 1
    assert {trace["name"] for trace in drawn_points(charts)} == {"1988 uprising", "2021 movement"}
    assert alignment(page) == "Calendar dates"
    expect(open_filters(page).get_by_text("1 Sep 1987").first).to_be_visible()  # the time window's slider (drawn just after)


def test_link_with_values_sets_widgets_and_charts(server, page):
    open_timeline(page, server + "/timeline?movement=1988&align=day0&category=strike~crackdown&time=0..200")
    assert exceptions(page) == 0
    assert alignment(page) == "Days since day 0"
    assert chosen_pills(page) == ["Strike", "Crackdown"]
    expect(open_filters(page).get_by_text("day 200").first).to_be_visible()  # the time window's slider (drawn just after)
    traces = drawn_points(plotly_data(page))
    assert [trace["name"] for trace in traces] == ["1988 uprising"]
    days = traces[0]["x"]
    assert all(0 <= day <= 200 for day in days)
    assert 149 in days  # the Four Eights general strike of 8 Aug 1988


def test_clicking_a_filter_writes_the_address_and_a_reload_keeps_the_view(server, page):
    open_timeline(page, server + "/timeline?category=strike~crackdown")
    entries = history_length(page)
    open_filters(page).get_by_role("radio", name="Days since day 0").click()
    wait_until_idle(page)
    page.wait_for_function("() => location.search.includes('align=day0')")
    # The redrawn chart counts days, no longer dates.
    page.wait_for_function("() => typeof document.querySelector('.js-plotly-plot').data[0].x[0] === 'number'")
    wait_until_idle(page)
    assert query(page) == {"align": "day0", "category": "strike~crackdown"}
    assert history_length(page) == entries  # replaced, not pushed
    before = plotly_data(page)
    assert 149 in [day for trace in drawn_points(before) for day in trace["x"]]
    page.reload()
    wait_until_idle(page)
    assert alignment(page) == "Days since day 0"
    assert plotly_data(page) == before


def test_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page):
    hostile = (
        "?align=day0&category=strike~%3Cscript%3Ealert(1)%3C/script%3E&time=900..100&movement=" + "x" * 300
        + "&chart=running%3Cscript%3E"
    )
    open_timeline(page, server + "/timeline" + hostile)
    assert exceptions(page) == 0
    text = notice(page)
    assert "category" in text and "time" in text and "movement" in text and "chart" in text
    assert "alert(1)" not in page.locator("[data-testid=stMain]").inner_text()
    assert alignment(page) == "Days since day 0"
    assert {trace["name"] for trace in drawn_points(plotly_data(page))} == {"1988 uprising", "2021 movement"}
    assert chosen_chart(page) == ["Events"]  # the bad chart fell back to the default
    assert query(page) == {"align": "day0"}


def test_a_link_with_chart_running_draws_the_running_count_only(server, page):
    open_timeline(page, server + "/timeline?movement=1988&align=day0&category=strike~crackdown&time=0..200&chart=running",
                  chart="running")
    assert exceptions(page) == 0
    assert chosen_chart(page) == ["Running count by kind"]
    assert chosen_pills(page) == ["Strike", "Crackdown"]
    (chart,) = plotly_data(page)
    lines = [trace for trace in chart if any(x is not None for x in trace["x"])]  # not the legend entries
    assert {trace["name"] for trace in lines} == {"1988 uprising"}
    assert all(0 <= day <= 200 for trace in lines for day in trace["x"])
    assert 149 in [day for trace in lines for day in trace["x"]]  # the Four Eights general strike
    assert page.get_by_text("Each line counts the events of one kind").is_visible()


def test_choosing_the_running_chart_writes_the_address_without_a_history_entry_and_reload_keeps_it(server, page):
    open_timeline(page, server + "/timeline?category=strike~crackdown")
    entries = history_length(page)
    choose_chart(page, "Running count by kind", "timeline-running")
    expect(page).to_have_url(re.compile(r"/timeline\?category=strike~crackdown&chart=running$"))
    assert history_length(page) == entries  # replaced, not pushed
    before = plotly_data(page)

    page.reload()
    wait_for_charts(page, ["timeline-running"])
    assert chosen_chart(page) == ["Running count by kind"]
    assert chosen_pills(page) == ["Strike", "Crackdown"]
    assert plotly_data(page) == before

    choose_chart(page, "Events", "timeline-events")
    expect(page).to_have_url(re.compile(r"/timeline\?category=strike~crackdown$"))
    assert history_length(page) == entries


def test_the_events_table_is_folded_and_built_only_once_opened_with_the_events_shown(server, page):
    open_timeline(page, server + "/timeline?movement=1988&align=day0&category=strike~crackdown&time=0..200")
    assert rows_titles(page) == [
        "The rows behind this view, with their sources",
        "Copy the link, embed or cite this view, download the chart",  # the share panel, folded too
    ]
    assert tables_built(page) == 0  # folded: no grid, no download button
    expected = derived.filter_events(EVENTS, ["1988"], ["strike", "crackdown"], "day", (0, 200))
    section = open_rows(page, "timeline-rows")
    assert download_label(section) == f"Download these {len(expected)} rows (CSV)"
    name, rows = downloaded_rows(page, "timeline-rows")
    assert name == "timeline-events.csv"
    assert len(rows) == len(expected)
    assert set(rows["movement"]) == {"1988"} and set(rows["category"]) == {"strike", "crackdown"}
    assert all(0 <= int(day) <= 200 for day in rows["day"])
    assert sorted(rows["description"]) == sorted(expected["description"])
    assert chart_keys(page) == ["timeline-events"]  # opening the table leaves the view as it was


def test_the_share_line_gives_the_link_of_the_view_shown(server, page):
    open_timeline(page, server + "/timeline?category=strike~crackdown&movement=1988")
    assert view_of(shared_link(page)) == view_of(page.url) == (
        server + "/timeline", {"movement": "1988", "category": "strike~crackdown"}
    )
    choose_chart(page, "Running count by kind", "timeline-running")
    assert view_of(shared_link(page)) == view_of(page.url)
    assert query(page)["chart"] == "running"


def test_the_filters_button_summarises_a_linked_view_and_its_widgets_are_drawn_only_once_opened(server, page):
    open_timeline(page, server + "/timeline?category=protest~strike&align=day0&time=0..200")
    assert exceptions(page) == 0
    button = page.get_by_role("button", name=re.compile(r"^Filters"))
    expect(button).to_have_count(1)
    expect(button).to_contain_text("Filters: 2 of 9 kinds · days since day 0 · day 0 to day 200")
    # Folded: none of its widgets is drawn.
    expect(page.locator("[data-testid=stPopoverBody]")).to_have_count(0)
    expect(kinds_of_event(page)).to_have_count(0)
    expect(page.get_by_role("radiogroup", name="Align events on")).to_have_count(0)
    # The movements and the chart choice stay in view.
    expect(page.get_by_role("radiogroup", name="Chart")).to_be_visible()
    expect(page.get_by_role("button", name="1988 uprising", exact=True)).to_be_visible()

    open_filters(page)
    expect(kinds_of_event(page)).to_have_count(1)
    assert kinds_of_event(page).locator("button").count() == 9
    assert chosen_pills(page) == ["Protest", "Strike"]
    assert alignment(page) == "Days since day 0"
    assert query(page) == {"category": "protest~strike", "align": "day0", "time": "0..200"}


def test_the_filters_still_show_the_linked_values_after_a_rerun_started_outside_them(server, page):
    # Choosing a chart reruns the page while the popover is closed (its widgets not drawn); opening
    # it afterwards must show the view's values, as its label does, not the widgets' bare defaults.
    open_timeline(page, server + "/timeline?category=strike~crackdown&align=day0&time=0..200")
    choose_chart(page, "Running count by kind", "timeline-running")
    assert query(page) == {"category": "strike~crackdown", "align": "day0", "time": "0..200", "chart": "running"}
    expect(page.get_by_role("button", name=re.compile(r"^Filters"))).to_contain_text("2 of 9 kinds")
    assert chosen_pills(page) == ["Strike", "Crackdown"]
    assert alignment(page) == "Days since day 0"
    expect(open_filters(page).locator("[data-testid=stSliderThumbValue]")).to_have_text(["day 0", "day 200"])
