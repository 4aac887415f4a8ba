"""The Overview in a real headless Chromium: one chart at a time, chosen by the "Chart" control and the link;
the shared movement pills, followed from page to page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    active_pills,
    chart_keys,
    choose_chart,
    chosen_chart,
    exceptions,
    history_length,
    notice,
    open_and_wait,
    pill,
    plotly_data,
    query,
    wait_for_charts,
    wait_until_idle,
)
from ui.pages import PAGES

pytestmark = pytest.mark.browser


def names(chart: list[dict]) -> set[str]:
    return {trace["name"] for trace in chart}


def test_overview_renders_the_headline_chart_only_and_no_error(server, page):
    open_and_wait(page, server + "/", min_charts=1)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Two Myanmar uprisings compared").is_visible()
    assert chart_keys(page) == ["overview-ranges"]  # one chart per view: the default one
    (chart,) = plotly_data(page)
    assert {"1988 uprising", "2021 movement"} <= names(chart)
    assert chosen_chart(page) == ["Headline figures"]
    assert "chart" not in query(page)  # the default chart is left out of the address


def test_a_chart_link_draws_that_chart_only(server, page):
    open_and_wait(page, server + "/?movement=1988&chart=durations", min_charts=1)
    assert exceptions(page) == 0
    assert chart_keys(page) == ["overview-durations"]
    (chart,) = plotly_data(page)
    assert names(chart) == {"1988 uprising"}  # the durations chart follows the movement filter
    assert chosen_chart(page) == ["Days, by definition"]
    assert query(page) == {"movement": "1988", "chart": "durations"}


def test_choosing_a_chart_writes_the_url_without_a_history_entry_and_survives_reload(server, page):
    open_and_wait(page, server + "/", min_charts=1)
    entries = history_length(page)
    choose_chart(page, "Days, by definition", "overview-durations")
    expect(page).to_have_url(re.compile(r"/\?chart=durations$"))
    assert history_length(page) == entries  # replaced, not pushed
    before = plotly_data(page)
    assert names(before[0]) == {"1988 uprising", "2021 movement"}

    page.reload()
    wait_for_charts(page, ["overview-durations"])
    assert plotly_data(page) == before
    assert chosen_chart(page) == ["Days, by definition"]

    # Back to the default chart: `chart` leaves the address again.
    choose_chart(page, "Headline figures", "overview-ranges")
    expect(page).to_have_url(re.compile(r"/$"))
    assert history_length(page) == entries


def test_a_hostile_chart_value_falls_back_to_the_default_with_one_notice(server, page):
    open_and_wait(page, server + "/?chart=%3Cscript%3Ealert(1)%3C/script%3E", min_charts=1)
    assert exceptions(page) == 0
    text = notice(page)
    assert "chart" in text and "<script>" not in text
    assert chart_keys(page) == ["overview-ranges"]
    assert chosen_chart(page) == ["Headline figures"]
    assert "chart" not in query(page)  # the bad value is not written back


def test_the_movement_pills_write_the_url_and_the_choice_follows_the_reader_from_page_to_page(server, page):
    open_and_wait(page, server + "/", min_charts=1)
    entries = history_length(page)
    expect(active_pills(page)).to_have_text(["1988 uprising", "2021 movement"])
    assert page.locator("[data-testid=stSidebar]").count() == 0  # the filter is in the page, not a sidebar
    pill(page, "1988 uprising").click()
    expect(page).to_have_url(re.compile(r"/\?movement=2021$"))
    wait_until_idle(page, min_charts=1)
    assert history_length(page) == entries  # replaced, not pushed
    assert names(plotly_data(page)[0]) == {"2021 movement"}

    # Through the navigation, and through a page without the filter: the choice stays, in the
    # same session (the page is not reloaded: a mark left in the window survives).
    page.evaluate("() => { window.__sameDocument = true; }")
    nav = page.get_by_role("navigation", name="Pages")
    for path, title in (
        ("timeline", "Timeline: what happened when"),
        ("economy", None),
        ("repression", "Repression and participation"),
    ):
        link = PAGES[path].title
        nav.get_by_role("link", name=link, exact=True).click()
        expect(page).to_have_url(re.compile(rf"/{path}(\?|$)"))
        wait_until_idle(page)
        assert page.evaluate("() => window.__sameDocument === true")
        expect(nav.locator("[aria-current=page]")).to_have_text(link)
        assert exceptions(page) == 0
        if title is None:
            assert "movement" not in query(page)
            continue
        page.get_by_role("heading", name=title).wait_for()
        expect(active_pills(page).filter(has_text=re.compile("uprising|movement"))).to_have_text(["2021 movement"])
        assert query(page).get("movement") == "2021"

    # No movement chosen: the page says where the control is.
    pill(page, "2021 movement").click()
    expect(page.get_by_text("Choose at least one movement above.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/repression\?movement=$"))
