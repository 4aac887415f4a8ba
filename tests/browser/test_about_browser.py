"""The About page in a real headless Chromium: it renders, links the article, folds its tables of rows, and
shrugs off hostile links."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    download_label,
    downloaded_rows,
    exceptions,
    open_and_wait,
    open_rows,
    rows_section,
    tables_built,
)
from transforms.load import load_all
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


def test_the_three_tables_of_rows_are_folded_and_each_is_built_only_once_opened(server, page):
    open_and_wait(page, server + "/about")
    grids = page.locator("[data-testid=stDataFrame]")
    expect(grids).to_have_count(1)  # the event categories, drawn directly
    expect(page.locator("[data-testid=stExpander] [data-testid=stDataFrame]")).to_have_count(0)
    assert tables_built(page) == 1  # and no download button
    for key in ("about-periods", "about-ranges", "about-economy"):
        expect(rows_section(page, key)).to_have_count(1)

    durations = load_all()["periods"]
    section = open_rows(page, "about-periods")
    assert download_label(section) == f"Download these {len(durations)} rows (CSV)"
    expect(grids).to_have_count(2)
    name, rows = downloaded_rows(page, "about-periods")
    assert name == "periods-durations.csv"
    assert len(rows) == len(durations)
    assert sorted(rows["definition"]) == sorted(durations["definition"])
    assert tables_built(page) == 3  # the two others stay folded
    assert exceptions(page) == 0
