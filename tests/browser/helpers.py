"""Waiting for a Streamlit page to finish and reading what it drew."""

from __future__ import annotations

import re
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

    `_fullData` holds the arrays Plotly decoded (figures arrive with base64 typed arrays);
    `showlegend` says whether the trace has a legend entry of its own.
    """
    return page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].map(el => "
        "el._fullData.map(t => ({name: t.name ?? null, showlegend: t.showlegend ?? true,"
        " x: Array.from(t.x ?? []), y: Array.from(t.y ?? [])})))"
    )


def pill(page: Page, name: str):
    """A pill of a pills filter, by its label."""
    return page.get_by_role("button", name=name, exact=True)


def active_pills(page: Page):
    """The chosen pills of the whole page; those of the Filters popover only once it is open (`open_filters`)."""
    return page.locator("button[data-variant=pills][aria-pressed=true]")


# --- The Filters popover (`ui.layout.filters`): the secondary filters, drawn only once opened --

def open_filters(page: Page):
    """Open the page's Filters popover (its button's label starts with "Filters") unless it is open
    already, and wait until its body shows; the body. A closed popover's widgets are not in the DOM;
    an open one stays open across the reruns its own widgets start, and a navigation or reload closes it."""
    body = page.locator("[data-testid=stPopoverBody]")
    if not body.is_visible():
        page.get_by_role("button", name=re.compile(r"^Filters")).click()
    expect(body).to_be_visible(timeout=FINISHED_TIMEOUT_MS)
    return body


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
    """Click an option of the "Chart" control and wait until the page shows that chart (`key`) alone.

    An open Filters popover lies over the control, so it is closed first, as a reader would.
    """
    popover = page.locator("[data-testid=stPopoverBody]")
    if popover.is_visible():
        page.keyboard.press("Escape")
        expect(popover).to_be_hidden()
    chart_option(page, name).click()
    expect(chart_option(page, name)).to_be_checked()
    wait_for_charts(page, [key])


# --- Tables of rows (`ui.layout.rows_with_sources`): folded, built only once opened ----------

_KEY = re.compile(r"[A-Za-z0-9_-]+")


def rows_section(page: Page, title_or_key: str):
    """The expander holding a table of rows and its CSV download, by the `key` given to
    `rows_with_sources` (its expander carries `st-key-<key>-open`) or by (part of) its title."""
    if _KEY.fullmatch(title_or_key):
        return page.locator(f".st-key-{title_or_key}-open [data-testid=stExpander]")
    return page.locator("[data-testid=stExpander]").filter(
        has=page.locator("summary").filter(has_text=title_or_key)
    )


def rows_title(page: Page, title_or_key: str) -> str:
    """The title of a table's expander (what a reader clicks to open it), without the arrow icon's name."""
    return rows_section(page, title_or_key).locator("summary [data-testid=stMarkdownContainer]").inner_text().strip()


def rows_titles(page: Page) -> list[str]:
    """The titles of every expander on the page, in page order."""
    titles = page.locator("[data-testid=stExpander] summary [data-testid=stMarkdownContainer]")
    return [text.strip() for text in titles.all_inner_texts()]


def is_open(section) -> bool:
    return section.locator("details").get_attribute("open") is not None


def tables_built(page: Page) -> int:
    """The data grids and download buttons on the page (a folded table has neither)."""
    return page.locator("[data-testid=stDataFrame], [data-testid=stDownloadButton]").count()


def open_rows(page: Page, title_or_key: str):
    """Open a folded table (click its title) and wait until the rerun has built its grid and
    download button; the expander. A table already open is left open."""
    section = rows_section(page, title_or_key)
    expect(section).to_have_count(1)
    if not is_open(section):
        section.locator("summary").click()
    expect(section.locator("[data-testid=stDownloadButton]")).to_have_count(1, timeout=FINISHED_TIMEOUT_MS)
    expect(section.locator("[data-testid=stDataFrame]")).to_have_count(1, timeout=FINISHED_TIMEOUT_MS)
    wait_until_idle(page)
    return section


def close_rows(page: Page, title_or_key: str):
    """Fold an open table again and wait until the rerun has dropped its grid and download; the expander."""
    section = rows_section(page, title_or_key)
    expect(section).to_have_count(1)
    if is_open(section):
        section.locator("summary").click()
    expect(section.locator("[data-testid=stDownloadButton]")).to_have_count(0, timeout=FINISHED_TIMEOUT_MS)
    wait_until_idle(page)
    return section


def downloaded_rows(
    page: Page, title_or_key: str | None = None, button_text: str = "Download these"
) -> tuple[str, pd.DataFrame]:
    """Click a table's CSV download button; the file's name and its rows.

    With `title_or_key`, the table folded in that expander, opened first (`open_rows`);
    without, the single CSV button of the page (a table shown unfolded, as on the Data page).
    """
    scope = page if title_or_key is None else open_rows(page, title_or_key)
    button = scope.locator("[data-testid=stDownloadButton]").filter(has_text=button_text).filter(has_text="(CSV)")
    expect(button).to_have_count(1)
    with page.expect_download() as info:
        button.click()
    download = info.value
    wait_until_idle(page)  # the click reruns the page
    return download.suggested_filename, pd.read_csv(download.path(), dtype=str, keep_default_na=False)


def download_label(section) -> str:
    """The text of the CSV download button in an opened table's expander."""
    return section.locator("[data-testid=stDownloadButton]").inner_text().strip()


# --- The share line (`ui.layout.share_link`) ------------------------------------------------

SHARE_PREFIX = "Link to exactly this view: "


def share_line(page: Page):
    """The caption holding the link of the current view (the test fails unless there is exactly one)."""
    line = page.locator("[data-testid=stCaptionContainer]").filter(has_text=SHARE_PREFIX)
    expect(line).to_have_count(1)
    return line


def shared_link(page: Page) -> str:
    """The link the share line gives, checked to be the same as the one its text shows."""
    line = share_line(page)
    text = line.inner_text().strip()
    assert text.startswith(SHARE_PREFIX), text
    link = text.removeprefix(SHARE_PREFIX)
    assert line.get_by_role("link").get_attribute("href") == link
    return link


def notice(page: Page) -> str:
    """The text of the page's one link notice (the test fails if there is not exactly one)."""
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    return notices.first.inner_text()


def view_of(url: str) -> tuple[str, dict[str, str]]:
    """A link's page address and its query (order left out: it does not change the view)."""
    parts = urlparse(url)
    values = {key: found[0] for key, found in parse_qs(parts.query).items()}
    return f"{parts.scheme}://{parts.netloc}{parts.path}", values
