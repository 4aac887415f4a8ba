"""What ui/streamlit_workarounds.py relies on, checked in a real browser.

Each workaround leans on how Streamlit 1.67 behaves, not on its API (docs/decisions.md, "Streamlit
workarounds"). If one of these fails after a Streamlit upgrade, the workaround broke: look for a
supported way in the new version before patching it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    choose_chart,
    exceptions,
    history_length,
    open_and_wait,
    open_filters,
    pill,
    query,
    wait_until_idle,
)
from ui.pages import PAGES

pytestmark = pytest.mark.browser

UPGRADE = "a Streamlit upgrade changed what ui/streamlit_workarounds.py relies on: "


def test_a_filter_change_replaces_the_history_entry(server, page):
    open_and_wait(page, server + "/repression")
    entries = history_length(page)
    choose_chart(page, "Arrests", "repression-arrests")
    assert query(page) == {"chart": "arrests"}
    assert history_length(page) == entries, UPGRADE + "a query change pushed a history entry (history script)"


def test_a_page_link_switches_pages_in_the_same_document(server, page):
    open_and_wait(page, server + "/about")
    page.evaluate("() => { window.__sameDocument = true; }")
    page.get_by_role("navigation", name="Pages").get_by_role("link", name=PAGES["outcomes"].title, exact=True).click()
    page.wait_for_url(server + "/outcomes")
    wait_until_idle(page)
    assert page.evaluate("() => window.__sameDocument === true"), UPGRADE + "a page link reloaded the app (synthetic popstate)"
    assert exceptions(page) == 0


def test_a_folded_filter_shows_the_linked_value_when_opened_after_another_change(server, page):
    open_and_wait(page, server + "/organisation?level=exile")
    # A run that changes something else: the folded filter's value is not what that run set.
    choose_chart(page, "Kinds and levels", "organisation-kinds")
    body = open_filters(page)
    for level, chosen in (("Exile", "true"), ("Local", "false"), ("National", "false")):
        assert body.get_by_role("button", name=level, exact=True).get_attribute("aria-pressed") == chosen, (
            UPGRADE + "a widget first drawn in the opened popover lost the link's value (reseed_widget)"
        )
    assert query(page) == {"level": "exile", "chart": "kinds"}


def test_the_movement_choice_follows_to_the_next_page(server, page):
    open_and_wait(page, server + "/")
    pill(page, "1988 uprising").click()
    expect(page).to_have_url(server + "/?movement=2021")
    wait_until_idle(page)
    page.get_by_role("navigation", name="Pages").get_by_role("link", name=PAGES["repression"].title, exact=True).click()
    page.wait_for_url(server + "/repression?movement=2021")
    wait_until_idle(page)
    assert pill(page, "1988 uprising").get_attribute("aria-pressed") == "false", (
        UPGRADE + "the next page's movement filter did not start from the last page's value (reseed_widget)"
    )
    assert pill(page, "2021 movement").get_attribute("aria-pressed") == "true"
