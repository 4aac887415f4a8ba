"""A deep link runs the entry script first: the page, the shared movement filter and the navigation are all there."""

from __future__ import annotations

import pytest

from tests.browser.harness import start_server
from tests.browser.helpers import (
    chosen_chart,
    exceptions,
    open_and_wait,
    open_filters,
    query,
    wait_for_charts,
    wait_until_idle,
)
from ui.pages import PAGES

pytestmark = pytest.mark.browser


@pytest.fixture
def fresh_server():
    # A server of its own for each test, so the deep link is its very first request: the
    # case of a reader arriving from a shared link at an app that has just started.
    process, url = start_server()
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_deep_link_opens_the_page_through_the_entry_script(fresh_server, page):
    open_and_wait(page, fresh_server + "/timeline?align=day0&chart=running")
    page.get_by_role("heading", name="Timeline: what happened when").wait_for()
    wait_until_idle(page)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Timeline: what happened when").is_visible()
    # The navigation is rendered by dashboard.py, not by the page: proof the entry script ran.
    nav = page.get_by_role("navigation", name="Pages")
    assert nav.get_by_role("link", name=PAGES["overview"].title).count() == 1
    assert nav.locator("[aria-current=page]").inner_text() == PAGES["timeline"].title
    # The shared movement filter is pills in the page body, both chosen (the entry script seeded it); no sidebar.
    main = page.locator("[data-testid=stMain]")
    assert main.get_by_text("Movements", exact=True).is_visible()
    for movement in ("1988 uprising", "2021 movement"):
        assert main.get_by_role("button", name=movement, exact=True).get_attribute("aria-pressed") == "true"
    assert page.locator("[data-testid=stSidebar]").count() == 0
    # The link's own values survive the entry script (the alignment is under Filters).
    assert open_filters(page).get_by_role("radio", name="Days since day 0").get_attribute("aria-checked") == "true"
    wait_for_charts(page, ["timeline-running"])  # the linked chart, and only it
    assert chosen_chart(page) == ["Running count by kind"]
    assert query(page) == {"align": "day0", "chart": "running"}


def test_deep_link_on_a_fresh_server_is_not_answered_with_page_not_found(fresh_server, page):
    # Streamlit treats a folder named pages/ beside the entry script as an old-style
    # multipage app on a process's first run, and answers an unknown path there with a
    # "Page not found" dialog before the entry script shows the right page anyway.
    open_and_wait(page, fresh_server + "/timeline")
    page.get_by_role("heading", name="Timeline: what happened when").wait_for()
    assert page.get_by_text("Page not found").count() == 0


def test_back_after_a_navigation_click_returns_to_the_page_before_in_the_same_session(server, page):
    open_and_wait(page, server + "/outcomes?movement=1988")
    page.evaluate("() => { window.__sameDocument = true; }")
    page.get_by_role("navigation", name="Pages").get_by_role("link", name=PAGES["about"].title, exact=True).click()
    page.get_by_role("heading", name="About this dashboard").wait_for()
    wait_until_idle(page)
    page.go_back()
    page.wait_for_url(server + "/outcomes?movement=1988")
    wait_until_idle(page)
    assert page.evaluate("() => window.__sameDocument === true")
    assert page.get_by_role("navigation", name="Pages").locator("[aria-current=page]").inner_text() == PAGES["outcomes"].title
    assert query(page) == {"movement": "1988"}
    assert exceptions(page) == 0


def test_a_modifier_click_on_a_navigation_link_is_left_to_the_browser(server, page):
    open_and_wait(page, server + "/about")
    with page.context.expect_page() as opened:
        page.get_by_role("navigation", name="Pages").get_by_role("link", name=PAGES["timeline"].title, exact=True).click(
            modifiers=["ControlOrMeta"]
        )
    opened.value.wait_for_url(server + "/timeline")
    assert page.url == server + "/about"  # this tab stayed where it was
