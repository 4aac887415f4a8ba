"""The About page in a real headless Chromium: it renders, links the article, and shrugs off hostile links."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import exceptions, open_and_wait
from transforms.schema import ARTICLE

pytestmark = pytest.mark.browser


def test_about_page_renders_with_the_article_link(server, page):
    open_and_wait(page, server + "/about")
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="About this dashboard").is_visible()
    link = page.get_by_role("link", name=ARTICLE["title"])
    expect(link).to_have_attribute("href", ARTICLE["url"])
    assert page.locator("[data-testid=stAlertContentWarning]").count() == 0


def test_a_hostile_link_shows_one_notice(server, page):
    open_and_wait(page, server + "/about?x=%3Cscript%3Ealert(1)%3C/script%3E&dataset=events")
    assert exceptions(page) == 0
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    assert "<script>" not in notices.first.inner_text()
    assert page.get_by_role("heading", name="About this dashboard").is_visible()
