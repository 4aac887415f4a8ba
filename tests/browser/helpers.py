"""Waiting for a Streamlit page to finish and reading what it drew."""

from __future__ import annotations

from playwright.sync_api import Page

FINISHED_TIMEOUT_MS = 60_000


def open_and_wait(page: Page, url: str) -> None:
    page.goto(url)
    wait_until_idle(page)


def wait_until_idle(page: Page) -> None:
    """Wait until the script run is over and every Plotly chart has drawn."""
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=FINISHED_TIMEOUT_MS)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stPlotlyChart]')]"
        ".every(el => el.querySelector('.js-plotly-plot .main-svg'))",
        timeout=FINISHED_TIMEOUT_MS,
    )


def exceptions(page: Page) -> int:
    return page.locator("[data-testid=stException]").count()


def plotly_data(page: Page) -> list[list[dict]]:
    """The `data` of every drawn Plotly chart, in page order, read from the chart elements."""
    return page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].map(el => "
        "el.data.map(t => ({name: t.name ?? null, x: Array.from(t.x ?? []), y: Array.from(t.y ?? [])})))"
    )
