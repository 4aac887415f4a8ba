"""The Data page in a real headless Chromium: dataset links, the table shown unfolded, the selectbox, the share
line, reload and hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    downloaded_rows,
    exceptions,
    open_and_wait,
    rows_titles,
    shared_link,
    view_of,
    wait_until_idle,
)
from transforms.load import load_all

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def row_counts() -> dict[str, int]:
    return {name: len(frame) for name, frame in load_all().items()}


def selected_dataset(page) -> str:
    return page.get_by_role("combobox", name="Dataset").input_value()


def expect_downloads(page, rows: int) -> None:
    """Both download buttons, labelled with the rows shown (they appear once the table has drawn)."""
    expect(page.locator("[data-testid=stDownloadButton]")).to_have_text(
        [f"Download these {rows} rows (CSV)", f"Download these {rows} rows (Parquet)"]
    )


def test_data_page_renders_events_with_downloads(server, page, row_counts):
    open_and_wait(page, server + "/data")
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Data", exact=True).is_visible()
    assert f"Events ({row_counts['events']} rows)" == selected_dataset(page)
    expect_downloads(page, row_counts["events"])
    assert 'dataset "events"' in page.locator("[data-testid=stCode]").first.inner_text()


def test_a_dataset_link_opens_that_table(server, page, row_counts):
    open_and_wait(page, server + "/data?dataset=economy")
    assert exceptions(page) == 0
    assert f"Economy ({row_counts['economy']} rows)" == selected_dataset(page)
    expect_downloads(page, row_counts["economy"])
    assert page.get_by_role("heading", name="Rows of economy.csv").is_visible()
    assert view_of(shared_link(page)) == (server + "/data", {"dataset": "economy"})


def test_the_table_is_shown_unfolded_with_its_csv(server, page, row_counts):
    open_and_wait(page, server + "/data?dataset=figures")
    assert rows_titles(page) == ["Columns: what each one means"]  # the rows are open; only the dictionary is folded
    expect(page.locator("[data-testid=stDataFrame]")).to_have_count(1)
    name, rows = downloaded_rows(page)
    assert name == "figures.csv"
    assert len(rows) == row_counts["figures"]


def test_choosing_a_dataset_writes_the_url_and_survives_reload(server, page, row_counts):
    open_and_wait(page, server + "/data")
    page.get_by_role("combobox", name="Dataset").click()
    page.get_by_role("option", name=f"Figures ({row_counts['figures']} rows)").click()
    expect(page).to_have_url(re.compile(r"/data\?dataset=figures$"))
    wait_until_idle(page)
    expect(page.get_by_role("heading", name="Rows of figures.csv")).to_be_visible()
    expect_downloads(page, row_counts["figures"])

    page.reload()
    wait_until_idle(page)
    expect(page.get_by_role("heading", name="Rows of figures.csv")).to_be_visible()
    assert f"Figures ({row_counts['figures']} rows)" == selected_dataset(page)
    expect_downloads(page, row_counts["figures"])


def test_the_column_dictionary_opens_under_the_rows(server, page):
    open_and_wait(page, server + "/data?dataset=figures")
    page.locator("[data-testid=stExpander] summary").filter(has_text="Columns: what each one means").click()
    wait_until_idle(page)
    expect(page.locator("[data-testid=stDataFrame]")).to_have_count(2)  # the rows, then the column dictionary
    assert exceptions(page) == 0


@pytest.mark.parametrize("hostile", ["%3Cscript%3Ealert(1)%3C/script%3E", "events~figures"])
def test_a_hostile_link_shows_one_notice_and_the_default_table(server, page, row_counts, hostile):
    open_and_wait(page, server + f"/data?dataset={hostile}&unknown=1")
    assert exceptions(page) == 0
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    assert "<script>" not in notices.first.inner_text()
    assert f"Events ({row_counts['events']} rows)" == selected_dataset(page)
