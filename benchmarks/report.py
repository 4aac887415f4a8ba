"""Pure helpers: medians and ratios, the budget checks and the Markdown section. No timing, no I/O.

Everything here works on plain numbers so `tests/benchmarks/test_report.py` can check
the arithmetic and the budget logic on made-up values.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from i18n import DEFAULT_LANGUAGE


def section_markers(language: str = DEFAULT_LANGUAGE) -> tuple[str, str]:
    """The start and end markers of a language's section: `benchmarks` for English, `benchmarks-<code>` otherwise."""
    name = "benchmarks" if language == DEFAULT_LANGUAGE else f"benchmarks-{language}"
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


START_MARKER, END_MARKER = section_markers()
FILE_TITLE = "# Benchmarks"
# Each language's run writes a section of its own, so one run never replaces the other's figures.
HEADINGS = {DEFAULT_LANGUAGE: "## Speed", "my": "## Speed, Burmese pages (`lang=my`)"}

KB = 1000  # the budgets are in SI units: 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes
MB = 1000 * 1000


@dataclass(frozen=True)
class Budgets:
    ratio: float  # page's time to drawn charts / the reference's, median of pairs
    warm_rerun_ms: float  # server time of a rerun after a filter change, tables cached
    tables_warm_ms: float  # ui.data.tables() once cached
    figure_json_bytes: int  # Plotly figure JSON one page sends
    memory_bytes: int  # server RSS (with children) after the sessions visited every page


@dataclass
class Phases:
    """Where one navigation's time went, in ms from navigation start (None when not seen)."""

    to_running: float | None  # the page's script started (HTML, JS, websocket, session)
    to_finished: float | None  # the script finished and its elements arrived
    to_drawn: float  # every Plotly chart has its SVG
    to_content_loaded: float | None = None  # DOMContentLoaded: Streamlit's own JavaScript has run


@dataclass
class PageResult:
    page: str  # id, as in ui.pages.PAGES
    path: str  # URL path, "" for the Overview
    # Browser: returning reader, in run order; reference_ms[i] is the reference run just before page_ms[i].
    page_ms: list[float] = field(default_factory=list)
    reference_ms: list[float] = field(default_factory=list)
    first_visit_page_ms: list[float] = field(default_factory=list)
    first_visit_reference_ms: list[float] = field(default_factory=list)
    phases: list[Phases] = field(default_factory=list)  # the page's returning-reader runs
    charts_drawn: int | None = None
    elements: int | None = None  # Streamlit element containers when the charts were drawn
    long_tasks_ms: list[float] = field(default_factory=list)  # main-thread long tasks, returning reader
    websocket_bytes: int | None = None  # received from the server by the returning reader
    server_cpu_ms: list[float] = field(default_factory=list)  # server CPU during each returning visit
    # In process (AppTest): wall-clock ms and CPU ms of the server's work, per timed run.
    cold_ms: float | None = None
    cold_cpu_ms: float | None = None
    warm_ms: list[float] = field(default_factory=list)  # reruns after a filter change, its view not yet built
    warm_cpu_ms: list[float] = field(default_factory=list)
    cached_change_ms: list[float] = field(default_factory=list)  # the same change repeated (view cached, if the app does)
    cached_change_cpu_ms: list[float] = field(default_factory=list)
    plain_rerun_ms: list[float] = field(default_factory=list)  # reruns with nothing changed
    plain_rerun_cpu_ms: list[float] = field(default_factory=list)
    filter_changed: str | None = None  # which widget, None when the page has none
    figure_bytes: int | None = None
    figure_bytes_each: list[int] = field(default_factory=list)
    charts: int | None = None
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Miss:
    budget: str
    subject: str
    measured: str
    limit: str

    def __str__(self) -> str:
        return f"{self.budget}: {self.subject} measured {self.measured}, budget {self.limit}"


# --- arithmetic ----------------------------------------------------------------------


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def paired_ratios(page_ms: Sequence[float], reference_ms: Sequence[float]) -> list[float]:
    """Each page run divided by the reference run next to it (same position in both lists)."""
    if len(page_ms) != len(reference_ms):
        raise ValueError("every page run needs its neighbouring reference run")
    return [page / reference for page, reference in zip(page_ms, reference_ms) if reference > 0]


def median_ratio(page_ms: Sequence[float], reference_ms: Sequence[float]) -> float | None:
    """The figure that matters: the median of the paired ratios page / reference."""
    return median(paired_ratios(page_ms, reference_ms))


def ratio_of_medians(page_ms: Sequence[float], reference_ms: Sequence[float]) -> float | None:
    """The other way to compare (reported beside it as a cross-check)."""
    page, reference = median(page_ms), median(reference_ms)
    if page is None or not reference:
        return None
    return page / reference


def median_phases(phases: Sequence[Phases]) -> tuple[float | None, float | None, float | None, float | None]:
    """Median ms of: navigation→DOMContentLoaded, →script start, script start→script end, script end→charts drawn."""
    page = [p.to_content_loaded for p in phases if p.to_content_loaded is not None]
    connect = [
        p.to_running - p.to_content_loaded
        for p in phases
        if p.to_running is not None and p.to_content_loaded is not None
    ]
    script = [p.to_finished - p.to_running for p in phases if p.to_running is not None and p.to_finished is not None]
    drawing = [max(0.0, p.to_drawn - p.to_finished) for p in phases if p.to_finished is not None]
    return median(page), median(connect), median(script), median(drawing)


# --- budgets -------------------------------------------------------------------------


def check_budgets(
    pages: Sequence[PageResult],
    tables_warm_ms: Sequence[float],
    memory_bytes: int | None,
    budgets: Budgets,
) -> list[Miss]:
    """Every budget missed, in a stable order. A figure that could not be measured is a miss too.

    Server times are checked on the CPU time of the work (`warm_cpu_ms`, and the CPU
    times the caller passes as `tables_warm_ms`): on a shared machine the wall clock
    also counts waiting for a CPU, which says nothing about the dashboard.
    """
    misses: list[Miss] = []
    for result in pages:
        subject = f"page {result.page!r}"
        for error in result.errors:
            misses.append(Miss("page ran without error", subject, error, "no error"))

        ratio = median_ratio(result.page_ms, result.reference_ms)
        if ratio is None:
            misses.append(Miss("time to drawn charts", subject, "not measured", f"<= {budgets.ratio:g} x reference"))
        elif ratio > budgets.ratio:
            misses.append(Miss("time to drawn charts", subject, f"{ratio:.2f} x reference", f"<= {budgets.ratio:g} x reference"))

        warm = median(result.warm_cpu_ms)
        if warm is None:
            misses.append(Miss("warm rerun after a filter change", subject, "not measured", f"<= {budgets.warm_rerun_ms:g} ms"))
        elif warm > budgets.warm_rerun_ms:
            misses.append(Miss("warm rerun after a filter change", subject, f"{warm:.1f} ms", f"<= {budgets.warm_rerun_ms:g} ms"))

        if result.figure_bytes is None:
            misses.append(Miss("figure JSON per page", subject, "not measured", kilobytes(budgets.figure_json_bytes)))
        elif result.figure_bytes > budgets.figure_json_bytes:
            misses.append(Miss("figure JSON per page", subject, kilobytes(result.figure_bytes), "<= " + kilobytes(budgets.figure_json_bytes)))

    tables = median(tables_warm_ms)
    if tables is None:
        misses.append(Miss("all tables loaded warm", "ui.data.tables()", "not measured", f"<= {budgets.tables_warm_ms:g} ms"))
    elif tables > budgets.tables_warm_ms:
        misses.append(Miss("all tables loaded warm", "ui.data.tables()", f"{tables:.1f} ms", f"<= {budgets.tables_warm_ms:g} ms"))

    if memory_bytes is None:
        misses.append(Miss("server memory", "dashboard server", "not measured", "<= " + megabytes(budgets.memory_bytes)))
    elif memory_bytes > budgets.memory_bytes:
        misses.append(Miss("server memory", "dashboard server", megabytes(memory_bytes), "<= " + megabytes(budgets.memory_bytes)))
    return misses


def add_error(errors: list[str], error: str | None) -> None:
    """Record a page's error once, however many runs saw it."""
    if error and error not in errors:
        errors.append(error)


def page_misses(result: PageResult, misses: Sequence[Miss]) -> list[str]:
    subject = f"page {result.page!r}"
    return [miss.budget for miss in misses if miss.subject == subject]


# --- formatting ----------------------------------------------------------------------


def kilobytes(n: int | None) -> str:
    return "–" if n is None else f"{n / KB:,.1f} KB"


def megabytes(n: int | None) -> str:
    return "–" if n is None else f"{n / MB:,.0f} MB"


def fmt(value: float | None, digits: int = 0, suffix: str = "") -> str:
    return "–" if value is None else f"{value:,.{digits}f}{suffix}"


def page_label(result: PageResult) -> str:
    return f"{result.page} (`/{result.path}`)"


@dataclass
class ReferenceResult:
    """The reference app's own figures, for the rows that show the floor."""

    cold_ms: float | None = None
    cold_cpu_ms: float | None = None
    rerun_ms: list[float] = field(default_factory=list)
    rerun_cpu_ms: list[float] = field(default_factory=list)
    figure_bytes: int | None = None
    memory_bytes: int | None = None
    phases: list[Phases] = field(default_factory=list)
    long_tasks_ms: list[float] = field(default_factory=list)
    websocket_bytes: int | None = None
    elements: int | None = None
    server_cpu_ms: list[float] = field(default_factory=list)


@dataclass
class Run:
    """Everything one `python -m benchmarks` run produced, as the report needs it."""

    machine: dict[str, str]
    runs: int
    sessions: int
    pages: list[PageResult]
    reference: ReferenceResult
    tables_warm_ms: list[float]  # wall clock
    tables_warm_cpu_ms: list[float]
    tables_cold_ms: float | None
    memory_bytes: int | None
    memory_at_start_bytes: int | None
    memory_peak_bytes: int | None
    notes: list[str] = field(default_factory=list)
    language: str = DEFAULT_LANGUAGE  # the reader's language every page was opened in


def command(language: str = DEFAULT_LANGUAGE) -> str:
    return "python -m benchmarks" + ("" if language == DEFAULT_LANGUAGE else f" --language {language}")


def _cpu_wall(cpu: float | None, wall: float | None, digits: int = 1) -> str:
    return f"{fmt(cpu, digits)} ({fmt(wall, digits)})"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def markdown_section(run: Run, budgets: Budgets, misses: Sequence[Miss]) -> str:
    """The `## Speed` section of the run's language, markers included."""
    start, end = section_markers(run.language)
    lines: list[str] = [start, HEADINGS[run.language], ""]
    lines += [
        f"Written by `{command(run.language)}` (run from the repository root with the venv's python; "
        "`--runs N` for more runs, default 5; `--help` for the rest). Do not edit between the markers: the next run "
        "rewrites this section and nothing else. Numbers are comparable only within one run on one machine, so the "
        "browser budget is a ratio to a bare Streamlit page measured alternately in the same run.",
        "",
        "**Machine:** " + "; ".join(f"{key} {value}" for key, value in run.machine.items()) + ".",
        "",
    ]
    if misses:
        lines.append(f"**{len(misses)} budget(s) missed** (the script exits 1):")
        lines += [f"- {miss}" for miss in misses]
    else:
        lines.append("**All budgets hold.**")
    lines.append("")

    lines += [
        _row(
            [
                "Page",
                "Time to drawn charts, ms",
                "Reference, ms",
                f"Page / reference (≤ {budgets.ratio:g})",
                f"Rerun after a filter change, CPU ms (≤ {budgets.warm_rerun_ms:g}) (wall ms)",
                f"Figure JSON (≤ {budgets.figure_json_bytes / KB:g} KB)",
                "First run, caches cleared, CPU ms (wall ms)",
                "Budgets",
            ]
        ),
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for result in run.pages:
        missed = page_misses(result, misses)
        rerun = _cpu_wall(median(result.warm_cpu_ms), median(result.warm_ms))
        lines.append(
            _row(
                [
                    page_label(result),
                    fmt(median(result.page_ms)),
                    fmt(median(result.reference_ms)),
                    fmt(median_ratio(result.page_ms, result.reference_ms), 2),
                    rerun + ("" if result.filter_changed else " no filter: plain rerun"),
                    kilobytes(result.figure_bytes),
                    _cpu_wall(result.cold_cpu_ms, result.cold_ms, 0),
                    "missed: " + ", ".join(dict.fromkeys(missed)) if missed else "ok",
                ]
            )
        )
    reference = run.reference
    all_reference = [ms for result in run.pages for ms in result.reference_ms]
    lines.append(
        _row(
            [
                "reference (bare page, one chart)",
                fmt(median(all_reference)),
                fmt(median(all_reference)),
                "1.00",
                _cpu_wall(median(reference.rerun_cpu_ms), median(reference.rerun_ms)) + " plain rerun",
                kilobytes(reference.figure_bytes),
                _cpu_wall(reference.cold_cpu_ms, reference.cold_ms, 0),
                "–",
            ]
        )
    )
    lines.append("")

    lines.append(
        f"- **All tables loaded warm** (`ui.data.tables()` once cached, median of {len(run.tables_warm_cpu_ms)} calls): "
        f"{fmt(median(run.tables_warm_cpu_ms), 2)} CPU ms ({fmt(median(run.tables_warm_ms), 2)} ms wall), "
        f"budget ≤ {budgets.tables_warm_ms:g} ms; the first load after clearing the caches: {fmt(run.tables_cold_ms)} ms wall."
    )
    lines.append(
        f"- **Server memory** (RSS of a fresh dashboard server with its children, after {run.sessions} browser sessions "
        f"each visited every page, all still open): **{megabytes(run.memory_bytes)}** (budget ≤ "
        f"{megabytes(budgets.memory_bytes)}); {megabytes(run.memory_at_start_bytes)} at start, peak "
        f"{megabytes(run.memory_peak_bytes)} while the sessions ran; the bare reference app after the same "
        f"{run.sessions} sessions: {megabytes(reference.memory_bytes)}."
    )
    lines.append("")

    lines += [
        "Where the browser time goes (returning reader, medians, ms). Server CPU: what the server process used "
        "during the visit (session, script run, serialising). Long tasks: the browser's main-thread tasks over "
        "50 ms (busy parsing, rendering, drawing) until the charts were drawn:",
        "",
        _row(
            [
                "Page",
                "Navigation → HTML and JS loaded (DOMContentLoaded)",
                "→ the page's script starts (websocket, session)",
                "Script running (until its last element arrived)",
                "Script ended → every chart drawn",
                "Server CPU during the visit",
                "Browser main-thread long tasks",
                "Elements / charts",
                "Websocket received",
                "Page / reference, first visit",
                "Ratio of the medians",
            ]
        ),
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in run.pages:
        load, connect, script, drawing = median_phases(result.phases)
        lines.append(
            _row(
                [
                    page_label(result),
                    fmt(load),
                    fmt(connect),
                    fmt(script),
                    fmt(drawing),
                    fmt(median(result.server_cpu_ms)),
                    fmt(median(result.long_tasks_ms)),
                    f"{'–' if result.elements is None else result.elements} / "
                    f"{'–' if result.charts_drawn is None else result.charts_drawn}",
                    kilobytes(result.websocket_bytes),
                    fmt(median_ratio(result.first_visit_page_ms, result.first_visit_reference_ms), 2),
                    fmt(ratio_of_medians(result.page_ms, result.reference_ms), 2),
                ]
            )
        )
    load, connect, script, drawing = median_phases(reference.phases)
    lines.append(
        _row(
            [
                "reference",
                fmt(load),
                fmt(connect),
                fmt(script),
                fmt(drawing),
                fmt(median(reference.server_cpu_ms)),
                fmt(median(reference.long_tasks_ms)),
                f"{'–' if reference.elements is None else reference.elements} / 1",
                kilobytes(reference.websocket_bytes),
                "1.00",
                "1.00",
            ]
        )
    )
    lines.append("")

    lines += [
        "Server side, in process (AppTest):",
        "",
        _row(
            [
                "Page",
                "Filter changed",
                "Rerun after the change, view not built yet, CPU ms: median / max",
                "The same change repeated, CPU ms: median",
                "Rerun, nothing changed, CPU ms (wall ms)",
                "Charts",
                "Largest figure",
            ]
        ),
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for result in run.pages:
        largest = max(result.figure_bytes_each) if result.figure_bytes_each else None
        lines.append(
            _row(
                [
                    page_label(result),
                    result.filter_changed or "none on this page",
                    f"{fmt(median(result.warm_cpu_ms), 1)} / {fmt(max(result.warm_cpu_ms) if result.warm_cpu_ms else None, 1)}",
                    fmt(median(result.cached_change_cpu_ms), 1),
                    _cpu_wall(median(result.plain_rerun_cpu_ms), median(result.plain_rerun_ms)),
                    "–" if result.charts is None else str(result.charts),
                    kilobytes(largest),
                ]
            )
        )
    lines.append("")

    lines += [
        "How it is measured:",
        "",
        f"- Browser: headless Chromium (Playwright), {run.runs} runs, alternating the reference app "
        "(`benchmarks/reference_app.py`: one Plotly line chart of 60 points, nothing else) and each page: reference, "
        "page A, reference, page B, ... The reference is opened at the same kind of address as the page: `/` for "
        "the Overview, its sub-path `/chart` for the pages at `/timeline` and so on. Opened at a sub-path, "
        "Streamlit's frontend first looks for its server under that path, gets a 404 and retries at the root "
        "100 ms later; any multipage app's sub-path page pays that, so it counts on both sides of the ratio "
        "(compare the \"script starts\" phase of the Overview with that of the other pages). Each run is a fresh browser context (no cookies, storage or cache) that opens "
        "the URL twice: the first visit fills the HTTP cache with Streamlit's static files; the second is timed as "
        "the **returning reader**, who has those files cached as anyone who opened the site before does, but gets a "
        "new session and a new script run on the server. The first visit is shown as a cross-check.",
        "- Time to drawn charts: from navigation start (`performance.now()` in the page) until `stApp` has "
        "`data-test-script-state=notRunning` after the page's script ran and every `stPlotlyChart` contains "
        "`.js-plotly-plot .main-svg`; a MutationObserver records the moment in the page, so Playwright's polling "
        "adds nothing. Streamlit shows a `stSkeleton` in place of a chart until the lazily loaded Plotly code has "
        "arrived, so \"every chart\" means at least as many drawn charts as the page's AppTest run has "
        "`plotly_chart` elements (otherwise an empty list of charts would count as drawn).",
        "- Page / reference: each page run divided by the reference run just before it (the pair shares the "
        "machine's load of that moment); the budget applies to the median of those ratios. The ratio of the two "
        "medians is shown as a cross-check.",
        "- Both servers are warmed first (every page visited twice, untimed): the browser figures are the steady "
        "state a reader meets; the cold figure is the in-process one.",
        "- In process, before any server starts: Streamlit's AppTest runs `dashboard.py` and switches to each page. "
        "First run = the page's run right after `st.cache_data.clear()` and `st.cache_resource.clear()` (modules "
        "already imported). Rerun after a "
        "filter change = the page's first multiselect / selectbox / radio / pills / segmented control / slider / "
        "toggle (main area first, then the sidebar) set to another valid value, the `at.run()` timed. The budgeted "
        "figure is that change with the tables loaded but its view not built yet: before each timed change both "
        "caches are cleared and the default view is run untimed (which loads the tables again). "
        "The same change repeated back and forth, views cached if the app caches them, is shown beside it. "
        "Server times are CPU time of this process (the script's work); the wall clock, which also counts waiting "
        "for a CPU on a shared machine, is in brackets. The budget applies to the median CPU time.",
        "- Figure JSON: the UTF-8 length of every `plotly_chart` element's `spec` (the figure JSON sent to the "
        "browser) on the page's default view, summed per page. 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes.",
        f"- Memory: a fresh server; {run.sessions} browser contexts open it one after another, each moving through "
        "every page with the navigation links in one session; the contexts stay open while RSS is read (psutil).",
    ]
    lines += [f"- Note: {note}" for note in run.notes]
    lines.append(end)
    return "\n".join(lines) + "\n"


def replace_section(existing: str | None, section: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The file with only the language's benchmarks section replaced (or appended); every other section kept."""
    if not existing or not existing.strip():
        return f"{FILE_TITLE}\n\n{section}"
    start, end = section_markers(language)
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end) + r"\n?", re.DOTALL)
    if pattern.search(existing):
        return pattern.sub(lambda _match: section, existing, count=1)
    return existing.rstrip("\n") + "\n\n" + section
