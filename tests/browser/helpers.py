"""Waiting for a Streamlit page to finish and reading what it drew."""

from __future__ import annotations

import time

from playwright.sync_api import Page

FINISHED_TIMEOUT_MS = 60_000

# True when a run is over and its output drawn: the app is not running, the main area
# holds elements, none is stale or still loading, and every chart drew.
_SETTLED = """(minCharts) => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const main = document.querySelector('[data-testid=stMainBlockContainer]');
  if (!main || !main.querySelector('[data-testid=stElementContainer]')) return false;
  // Stale: left over from the run before. Skeleton: a lazily loaded element (charts, tables) not drawn yet.
  if (document.querySelector('[data-stale=true], [data-testid=stSkeleton]')) return false;
  const charts = [...document.querySelectorAll('[data-testid=stPlotlyChart]')];
  return charts.length >= minCharts && charts.every(el => el.querySelector('.js-plotly-plot .main-svg'));
}"""


def open_and_wait(page: Page, url: str, min_charts: int = 0) -> None:
    page.goto(url)
    wait_until_idle(page, min_charts)


def wait_until_idle(page: Page, min_charts: int = 0, settle_ms: int = 300) -> None:
    """Wait until the page has settled: finished, drawn, and still so `settle_ms` later.

    Right after navigation or a click the app can look idle for a moment before the
    next run starts; asking twice, apart, rules most of that out, and `min_charts`
    (the charts the view is known to have) rules out the rest.
    """
    deadline = time.monotonic() + FINISHED_TIMEOUT_MS / 1000
    while True:
        remaining = max(1, int((deadline - time.monotonic()) * 1000))
        page.wait_for_function(_SETTLED, arg=min_charts, timeout=remaining)
        page.wait_for_timeout(settle_ms)
        if page.evaluate(_SETTLED, min_charts):
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not settle")


def exceptions(page: Page) -> int:
    return page.locator("[data-testid=stException]").count()


def plotly_data(page: Page) -> list[list[dict]]:
    """The data of every drawn Plotly chart, in page order, read from the chart elements.

    `_fullData` holds the arrays Plotly decoded (figures arrive with base64 typed arrays).
    """
    return page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].map(el => "
        "el._fullData.map(t => ({name: t.name ?? null, x: Array.from(t.x ?? []), y: Array.from(t.y ?? [])})))"
    )


def pill(page: Page, name: str):
    """A pill of a pills filter, by its label."""
    return page.get_by_role("button", name=name, exact=True)


def active_pills(page: Page):
    return page.locator("button[data-variant=pills][aria-pressed=true]")
