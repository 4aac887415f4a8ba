"""Waiting for a Streamlit page to finish and reading what it drew."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlparse

import pandas as pd
from playwright.sync_api import Page, expect

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


# --- The "Chart" control: one chart per view, named by the link's `chart` -------------------

def chart_option(page: Page, name: str):
    """An option of the page's "Chart" segmented control, by its label."""
    return page.get_by_role("radiogroup", name="Chart").get_by_role("radio", name=name, exact=True)


def chosen_chart(page: Page) -> list[str]:
    """The labels of the options shown as chosen in the "Chart" control (one, when it works)."""
    return page.get_by_role("radiogroup", name="Chart").get_by_role("radio", checked=True).all_inner_texts()


_CHART_KEYS = (
    "() => [...document.querySelectorAll('[data-testid=stPlotlyChart]')].map(chart => {"
    "  const holder = chart.closest('[class*=st-key-]');"
    "  const key = holder && [...holder.classList].find(c => c.startsWith('st-key-'));"
    "  return key ? key.slice('st-key-'.length) : null; })"
)


def chart_keys(page: Page) -> list[str]:
    """The keys of the charts on the page, in page order (each chart's element carries `st-key-<key>`)."""
    return page.evaluate(_CHART_KEYS)


def wait_for_charts(page: Page, keys: list[str]) -> None:
    """Wait until the page shows exactly these charts (by key, in order), drawn, and has settled."""
    page.wait_for_function(
        "(expected) => JSON.stringify((" + _CHART_KEYS + ")()) === JSON.stringify(expected)",
        arg=keys,
        timeout=FINISHED_TIMEOUT_MS,
    )
    wait_until_idle(page, len(keys))
    assert chart_keys(page) == keys


def query(page: Page) -> dict[str, str]:
    """The address bar's query, one value per key."""
    return {key: values[0] for key, values in parse_qs(urlparse(page.url).query).items()}


def history_length(page: Page) -> int:
    return page.evaluate("() => history.length")


def choose_chart(page: Page, name: str, key: str) -> None:
    """Click an option of the "Chart" control and wait until the page shows that chart (`key`) alone."""
    chart_option(page, name).click()
    expect(chart_option(page, name)).to_be_checked()
    wait_for_charts(page, [key])


def downloaded_rows(page: Page, button_text: str = "Download these") -> tuple[str, pd.DataFrame]:
    """Click the (single) CSV download button; the file's name and its rows."""
    button = page.locator("[data-testid=stDownloadButton]").filter(has_text=button_text).filter(has_text="(CSV)")
    expect(button).to_have_count(1)
    with page.expect_download() as info:
        button.click()
    download = info.value
    wait_until_idle(page)  # the click reruns the page
    return download.suggested_filename, pd.read_csv(download.path(), dtype=str, keep_default_na=False)


def notice(page: Page) -> str:
    """The text of the page's one link notice (the test fails if there is not exactly one)."""
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    return notices.first.inner_text()
