"""Time to drawn charts in headless Chromium, measured inside the page.

An init script installs a MutationObserver in every document. It records, in
`performance.now()` (ms since navigation start), when the page's script started
(`data-test-script-state` leaves `initial`), when it finished (`notRunning` after
a run) and when, with the script finished, every `[data-testid=stPlotlyChart]`
contains `.js-plotly-plot .main-svg`. Playwright only waits for that record, so its
polling interval is not part of the figure.

"Every chart" needs the number of charts: Streamlit 1.67 shows a `stSkeleton`
placeholder until the lazily loaded Plotly code has arrived, so right when the
script finishes there may be no `stPlotlyChart` at all and "every chart is drawn"
would hold for an empty list. The expected count (the page's `plotly_chart`
elements in AppTest, 1 for the reference) is passed in, and the record waits for
at least that many drawn charts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from benchmarks.language import page_url
from benchmarks.report import Phases

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMEOUT_MS = 90_000
SWITCH_TIMEOUT_MS = 30_000
# How long a drawn page may take to set `<html lang>` to the language asked for (ui/streamlit_workarounds.py sets it).
LANGUAGE_TIMEOUT_MS = 5_000
# Navigation links: the dashboard's own row (ui/layout.site_navigation), or Streamlit's top or sidebar navigation.
NAV_LINKS = "nav[aria-label=Pages] a, [data-testid=stTopNavLink], [data-testid=stSidebarNavLink]"
# JS: a location's path without its leading and trailing slashes ('' for the default page).
TRIMMED_PATH = "{}.pathname.replace(/^\\/+|\\/+$/g, '')"

# The page at rest: not running, nothing stale, at least `expected` charts and each drawn.
SETTLED_JS = """(expected) => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-stale=true]')) return false;
  const charts = [...document.querySelectorAll('[data-testid=stPlotlyChart]')];
  return charts.length >= expected && charts.every(el => el.querySelector('.js-plotly-plot .main-svg'));
}"""

# `runs` counts script runs seen; `doneRuns` the runs that ended with every chart drawn.
# The first run's times are kept in running / finished / drawn.
INIT_SCRIPT = """
(() => {
  if (window.__bench) return;
  const b = window.__bench = {runs: 0, doneRuns: 0, running: null, finished: null, drawn: null, charts: 0,
                              exceptions: 0, contentLoaded: null, expected: window.__benchExpectedCharts || 0};
  document.addEventListener('DOMContentLoaded', () => { b.contentLoaded = performance.now(); });
  // Main-thread work: long tasks (> 50 ms) until the charts are drawn.
  b.longTasks = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (b.drawn === null || entry.startTime < b.drawn) b.longTasks += entry.duration;
      }
    }).observe({type: 'longtask', buffered: true});
  } catch (error) { b.longTasks = null; }
  let state = null;
  let pending = false;
  const started = (now) => {
    if (!pending) { b.runs += 1; pending = true; if (b.running === null) b.running = now; }
  };
  const check = (records) => {
    const now = performance.now();
    // A run can start and end between two callbacks (a quick rerun): the attribute's old
    // values in the mutation records still show that it was running meanwhile.
    for (const record of records || []) {
      if (record.attributeName === 'data-test-script-state' && record.oldValue
          && record.oldValue !== 'notRunning' && record.oldValue !== 'initial') started(now);
    }
    const app = document.querySelector('[data-testid=stApp]');
    if (!app) return;
    const s = app.getAttribute('data-test-script-state');
    if (s !== state) {
      const previous = state;
      state = s;
      if (s !== 'notRunning' && s !== 'initial') {
        started(now);
      } else if (s === 'notRunning' && !pending && (previous === 'initial' || previous === null) && b.runs === 0) {
        // The first run, too quick to be rendered as running: count it, start unknown.
        b.runs += 1; pending = true;
      }
    }
    if (s === 'notRunning' && pending && b.finished === null) b.finished = now;
    if (s !== 'notRunning' || !pending) return;
    if (document.querySelector('[data-stale=true]')) return;  // output of the run before, not yet replaced
    const charts = document.querySelectorAll('[data-testid=stPlotlyChart]');
    if (charts.length < b.expected) return;
    // Expected count unknown (the page failed in AppTest): wait until no placeholder is left instead.
    if (b.expected < 0 && document.querySelector('[data-testid=stSkeleton]')) return;
    for (const chart of charts) {
      if (!chart.querySelector('.js-plotly-plot .main-svg')) return;
    }
    pending = false;
    b.doneRuns += 1;
    b.charts = charts.length;
    b.exceptions = document.querySelectorAll('[data-testid=stException]').length;
    b.elements = document.querySelectorAll('[data-testid=stElementContainer]').length;
    if (b.drawn === null) b.drawn = now;
  };
  new MutationObserver(check).observe(
    document, {subtree: true, childList: true, attributes: true, attributeOldValue: true});
})();
"""


@dataclass
class Visit:
    total_ms: float  # navigation start -> every chart drawn
    phases: Phases
    charts: int
    exceptions: int
    elements: int = 0  # Streamlit element containers on the page when its charts were drawn
    long_tasks_ms: float | None = None  # main-thread long tasks until then
    websocket_bytes: int = 0  # received from the server until then
    server_cpu_ms: float | None = None  # CPU the server process used during the visit
    document_language: str | None = None  # `<html lang>` once the charts were drawn


@contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_context(browser, expected_charts: int = 0):
    context = browser.new_context()
    context.add_init_script(f"window.__benchExpectedCharts = {int(expected_charts)};")
    context.add_init_script(INIT_SCRIPT)
    return context


def document_language(page, expected: str | None = None) -> str | None:
    """`<html lang>` of the page; given the language asked for, after waiting a moment for the page to set it."""
    if expected is not None:
        try:
            page.wait_for_function("(code) => document.documentElement.lang === code", arg=expected, timeout=LANGUAGE_TIMEOUT_MS)
        except PlaywrightTimeoutError:
            pass  # the caller reports the language the page has
    return page.evaluate("() => document.documentElement.lang") or None


def visit(page, url: str, language: str | None = None) -> Visit:
    """Navigate and wait until the first script run is over and every chart is drawn (then `<html lang>`, if asked)."""
    received = [0]

    def on_websocket(websocket) -> None:
        websocket.on("framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload)))

    page.on("websocket", on_websocket)
    try:
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        page.wait_for_function("() => window.__bench && window.__bench.drawn !== null", timeout=TIMEOUT_MS)
        record = page.evaluate("() => window.__bench")
        seen_language = document_language(page, language)
    finally:
        page.remove_listener("websocket", on_websocket)
    return Visit(
        total_ms=record["drawn"],
        phases=Phases(record["running"], record["finished"], record["drawn"], record["contentLoaded"]),
        charts=record["charts"],
        exceptions=record["exceptions"],
        elements=record.get("elements") or 0,
        long_tasks_ms=record.get("longTasks"),
        websocket_bytes=received[0],
        document_language=seen_language,
    )


def _server_cpu_s(pid: int | None) -> float | None:
    if pid is None:
        return None
    import psutil

    process = psutil.Process(pid)
    processes = [process, *process.children(recursive=True)]
    return sum(p.cpu_times().user + p.cpu_times().system for p in processes)


def returning_reader(
    browser, url: str, expected_charts: int, server_pid: int | None = None, language: str | None = None
) -> tuple[Visit, Visit]:
    """A fresh context opens the URL twice: (first visit, returning reader with the static files cached).

    With `server_pid`, the returning visit also reports the CPU the server used meanwhile; with `language`,
    each visit waits a moment for `<html lang>` to be that language once the charts are drawn.
    """
    context = new_context(browser, expected_charts)
    try:
        page = context.new_page()
        first = visit(page, url, language)
        page.goto("about:blank")
        before = _server_cpu_s(server_pid)
        returning = visit(page, url, language)
        after = _server_cpu_s(server_pid)
        if before is not None and after is not None:
            returning.server_cpu_ms = (after - before) * 1000
        return first, returning
    finally:
        context.close()


def nav_paths(browser, url: str) -> list[str] | None:
    """The URL paths of the running app's navigation links ('' for the default page), or None without links."""
    context = new_context(browser)
    try:
        page = context.new_page()
        visit(page, url)
        hrefs = page.evaluate(f"() => [...document.querySelectorAll('{NAV_LINKS}')].map(a => new URL(a.href).pathname)")
    finally:
        context.close()
    if not hrefs:
        return None
    return sorted({href.strip("/") for href in hrefs})


def walk_every_page(
    page, base_url: str, paths: list[str], expected_charts: list[int], language: str | None = None
) -> list[str | None]:
    """In one session (one page object), open the first path, then move through the others with the nav links.

    The page's context must have been made with `new_context(browser, expected_charts[0])`. With `language`, the
    first path is opened in it (`?lang=`; the links carry it on). Returns each path's `<html lang>`.
    """
    languages = [visit(page, page_url(base_url, paths[0], language), language).document_language]
    for path, expected in zip(paths[1:], expected_charts[1:]):
        page.evaluate(f"() => {{ window.__bench.expected = {int(expected)}; }}")
        before = page.evaluate("() => window.__bench.doneRuns")
        # A script click on the link whose resolved address is the path: the dashboard's links are relative.
        clicked = page.evaluate(
            f"(path) => {{ const link = [...document.querySelectorAll('{NAV_LINKS}')]"
            f".find(a => {TRIMMED_PATH.format('new URL(a.href)')} === path);"
            " if (link) link.click(); return Boolean(link); }",
            path,
        )
        if not clicked:
            raise RuntimeError(f"no navigation link to /{path}")
        target = f"{TRIMMED_PATH.format('location')} === '{path}'"
        try:
            page.wait_for_function(f"() => window.__bench.doneRuns > {before} && {target}", timeout=SWITCH_TIMEOUT_MS)
        except PlaywrightTimeoutError:
            # No run seen ending (it may have started and ended unseen): accept a settled page at the path.
            settled = page.evaluate(f"(expected) => ({target}) && ({SETTLED_JS})(expected)", int(expected))
            if not settled:
                raise
        languages.append(document_language(page, language))
    return languages
