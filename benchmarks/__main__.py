"""`python -m benchmarks`: fast to first chart, measured against a bare Streamlit page, with budgets.

Run from the repository root with the venv's python:

    .venv/bin/python -m benchmarks            # 5 runs per page (a few minutes)
    .venv/bin/python -m benchmarks --runs 9   # more runs, steadier medians
    .venv/bin/python -m benchmarks --language my   # every page as a Burmese reader opens it (?lang=my)

Rewrites the "## Speed" section of BENCHMARKS.md (between its markers, nothing
else; each language has a section of its own) and exits 1 when a budget is
missed, naming it; 2 when it could not run.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from benchmarks.report import KB, MB, Budgets

# --- Budgets ------------------------------------------------------------------------------------
# Every page's time to drawn charts, as a multiple of the bare reference page's (median of pairs).
TIME_TO_CHARTS_RATIO_BUDGET = 1.3
# Server time of a rerun after a filter change, tables already cached, on every page.
WARM_RERUN_BUDGET_MS = 100
# All tables loaded once cached: `ui.data.tables()` on a warm cache.
TABLES_WARM_BUDGET_MS = 20
# Plotly figure JSON any one page sends.
FIGURE_JSON_BUDGET_BYTES = 400 * KB
# RSS of the dashboard server (with children) after the sessions visited every page.
SERVER_MEMORY_BUDGET_BYTES = 400 * MB

BUDGETS = Budgets(
    ratio=TIME_TO_CHARTS_RATIO_BUDGET,
    warm_rerun_ms=WARM_RERUN_BUDGET_MS,
    tables_warm_ms=TABLES_WARM_BUDGET_MS,
    figure_json_bytes=FIGURE_JSON_BUDGET_BYTES,
    memory_bytes=SERVER_MEMORY_BUDGET_BYTES,
)

REFERENCE_CHARTS = 1
REFERENCE_SUB_PATH = "chart"  # benchmarks/reference_app.py serves the same page here
DEFAULT_RUNS = 5
DEFAULT_SESSIONS = 5
WARMUP_VISITS = 1  # each is two navigations (first visit and returning reader)

REPO = Path(__file__).resolve().parent.parent
REPORT_FILE = REPO / "BENCHMARKS.md"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from benchmarks.language import DEFAULT_LANGUAGE, LANGUAGES

    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="browser runs per page and for the reference (default 5)")
    parser.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS, help="browser sessions before reading memory (default 5)")
    parser.add_argument("--changes", type=int, default=None, help="filter changes timed per page, each way of measuring (default max(10, 2 x runs))")
    parser.add_argument("--tables-calls", type=int, default=200, help="warm ui.data.tables() calls timed (default 200)")
    parser.add_argument("--pages", default=None, help="comma-separated page ids to measure (default: every registered page)")
    parser.add_argument(
        "--language", choices=list(LANGUAGES), default=DEFAULT_LANGUAGE,
        help="open every page in this language (?lang=...) and write its own section of BENCHMARKS.md (default en)",
    )
    parser.add_argument("--no-write", action="store_true", help="print the section but leave BENCHMARKS.md alone")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw figures to this JSON file")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.sessions < 1:
        parser.error("--runs and --sessions must be at least 1")
    if args.changes is None:
        args.changes = max(10, 2 * args.runs)
    args.plain_reruns = max(5, args.runs)
    return args


def main(argv: list[str] | None = None) -> int:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    args = parse_args(argv)
    language = args.language

    from benchmarks import browser as browser_timing
    from benchmarks import inprocess, machine, memory, pages as page_registry, report, servers
    from benchmarks.language import DEFAULT_LANGUAGE, document_language_error, language_note, page_url

    pages, notes = page_registry.discover()
    if args.pages:
        wanted = [name.strip() for name in args.pages.split(",") if name.strip()]
        unknown = [name for name in wanted if name not in {page.id for page in pages}]
        if unknown:
            log(f"not registered pages: {', '.join(unknown)}")
            return 2
        pages = [page for page in pages if page.id in wanted]
        notes.append(f"only these pages were measured (--pages): {', '.join(wanted)}")
    if not pages:
        log("the page registry (ui/pages.py) has no page with a view file")
        return 2
    if language != DEFAULT_LANGUAGE:
        notes.append(language_note(language))
    for note in notes:
        log(f"note: {note}")
    log(f"language: {language}")
    log("pages: " + ", ".join(page.label for page in pages))

    results = {page.id: report.PageResult(page.id, page.path) for page in pages}
    reference = report.ReferenceResult()

    # 1. In process, before any server runs: script times, figure JSON, tables.
    inprocess.quiet()
    log("in process: reference app")
    ref_times = inprocess.reference_times(args.plain_reruns)
    reference.cold_ms, reference.cold_cpu_ms = ref_times.cold_ms, ref_times.cold_cpu_ms
    reference.rerun_ms, reference.rerun_cpu_ms = ref_times.plain_rerun_ms, ref_times.plain_rerun_cpu_ms
    reference.figure_bytes = ref_times.figure_bytes
    for page in pages:
        log(f"in process: {page.label}")
        result = results[page.id]
        try:
            times = inprocess.page_times(page, args.changes, args.plain_reruns, language)
        except Exception as error:  # noqa: BLE001 - e.g. a page file mid-edit: reported as a miss, not a crash
            result.errors.append(f"AppTest could not run it: {type(error).__name__}: {str(error).splitlines()[0][:160]}")
            continue
        result.cold_ms, result.cold_cpu_ms = times.cold_ms, times.cold_cpu_ms
        result.warm_ms, result.warm_cpu_ms = times.warm_ms, times.warm_cpu_ms
        result.plain_rerun_ms, result.plain_rerun_cpu_ms = times.plain_rerun_ms, times.plain_rerun_cpu_ms
        result.cached_change_ms, result.cached_change_cpu_ms = times.cached_change_ms, times.cached_change_cpu_ms
        result.filter_changed, result.figure_bytes = times.filter_changed, times.figure_bytes
        result.figure_bytes_each, result.charts = times.figure_bytes_each, times.charts
        result.errors += times.errors
    log("in process: ui.data.tables()")
    try:
        tables = inprocess.tables_times(args.tables_calls)
    except Exception as error:  # noqa: BLE001 - the data failed to load: "not measured" is a miss
        log(f"ui.data.tables() failed: {type(error).__name__}: {error}")
        tables = inprocess.TablesTimes(None, [], [])

    # How many charts each page draws on its default view: what "every chart drawn" waits for.
    # Unknown (the page failed in AppTest): -1, wait until no placeholder is left.
    expected = {page.id: -1 if results[page.id].charts is None else results[page.id].charts for page in pages}

    started: list[servers.Server] = []
    taken: set[int] = set()
    memory_result = reference_memory = None
    chromium_version = None
    try:
        with browser_timing.chromium() as browser:
            chromium_version = browser.version

            # 2. Browser: reference and pages alternating, a fresh context each run.
            dashboard = servers.start("dashboard", page_registry.DASHBOARD, taken)
            started.append(dashboard)
            reference_server = servers.start("reference", page_registry.REFERENCE_APP, taken)
            started.append(reference_server)
            reference_root_url = f"{reference_server.url}/"
            reference_sub_path_url = f"{reference_server.url}/{REFERENCE_SUB_PATH}"

            def reference_url(page) -> str:
                """The reference at the same kind of address as the page: the root, or a sub-path."""
                return reference_root_url if not page.path else reference_sub_path_url

            nav = browser_timing.nav_paths(browser, page_url(dashboard.url, "", language))
            if nav is not None:
                missing = [page for page in pages if page.path not in nav]
                for page in missing:
                    notes.append(f"{page.id}: not in the running server's navigation, left out")
                    log(f"note: {page.id} is not in the running server's navigation, left out")
                    del results[page.id]
                pages = [page for page in pages if page.path in nav]

            log("browser: warming both servers")
            for _ in range(WARMUP_VISITS):
                browser_timing.returning_reader(browser, reference_root_url, REFERENCE_CHARTS)
                browser_timing.returning_reader(browser, reference_sub_path_url, REFERENCE_CHARTS)
                for page in pages:
                    try:
                        browser_timing.returning_reader(
                            browser, page_url(dashboard.url, page.path, language), expected[page.id], language=language
                        )
                    except Exception as error:  # noqa: BLE001 - reported below, per page
                        log(f"warm-up of {page.label} failed: {error}")

            for run in range(1, args.runs + 1):
                for page in pages:
                    result = results[page.id]
                    try:
                        ref_first, ref_returning = browser_timing.returning_reader(
                            browser, reference_url(page), REFERENCE_CHARTS, reference_server.pid
                        )
                        page_first, page_returning = browser_timing.returning_reader(
                            browser, page_url(dashboard.url, page.path, language), expected[page.id], dashboard.pid, language
                        )
                    except Exception as error:  # noqa: BLE001 - a page that never draws is reported, not fatal
                        message = f"browser run {run}: {type(error).__name__}: {str(error).splitlines()[0][:160]}"
                        log(f"{page.label}: {message}")
                        result.errors.append(message)
                        continue
                    result.reference_ms.append(ref_returning.total_ms)
                    result.page_ms.append(page_returning.total_ms)
                    result.first_visit_reference_ms.append(ref_first.total_ms)
                    result.first_visit_page_ms.append(page_first.total_ms)
                    result.phases.append(page_returning.phases)
                    reference.phases.append(ref_returning.phases)
                    result.charts_drawn = page_returning.charts
                    result.elements = page_returning.elements
                    result.websocket_bytes = page_returning.websocket_bytes
                    reference.elements = ref_returning.elements
                    reference.websocket_bytes = ref_returning.websocket_bytes
                    if page_returning.server_cpu_ms is not None:
                        result.server_cpu_ms.append(page_returning.server_cpu_ms)
                    if ref_returning.server_cpu_ms is not None:
                        reference.server_cpu_ms.append(ref_returning.server_cpu_ms)
                    if page_returning.long_tasks_ms is not None:
                        result.long_tasks_ms.append(page_returning.long_tasks_ms)
                    if ref_returning.long_tasks_ms is not None:
                        reference.long_tasks_ms.append(ref_returning.long_tasks_ms)
                    if page_returning.exceptions and run == 1:
                        result.errors.append(f"the browser shows {page_returning.exceptions} exception(s)")
                    for seen in (page_first.document_language, page_returning.document_language):
                        report.add_error(result.errors, document_language_error(seen, language))
                    log(
                        f"run {run}/{args.runs} {page.label}: {page_returning.total_ms:,.0f} ms, "
                        f"reference {ref_returning.total_ms:,.0f} ms, ratio "
                        f"{page_returning.total_ms / ref_returning.total_ms:.2f}"
                    )
            for server in (dashboard, reference_server):
                server.stop()

            # 3. Memory: fresh servers, `sessions` contexts each visiting every page.
            log(f"memory: {args.sessions} sessions on a fresh dashboard server")
            fresh = servers.start("dashboard-memory", page_registry.DASHBOARD, taken)
            started.append(fresh)
            try:
                memory_result = memory.after_sessions(
                    browser, fresh, [page.path for page in pages], [expected[page.id] for page in pages], args.sessions,
                    language,
                )
                by_path = {page.path: results[page.id] for page in pages}
                for path, seen in memory_result.document_languages:
                    error = document_language_error(seen, language)
                    report.add_error(by_path[path].errors, error and f"memory session: {error}")
            except Exception as error:  # noqa: BLE001 - reported as "not measured"
                log(f"memory measurement failed: {error}")
                notes.append(f"server memory not measured: {str(error).splitlines()[0][:160]}")
            fresh.stop()
            fresh_reference = servers.start("reference-memory", page_registry.REFERENCE_APP, taken)
            started.append(fresh_reference)
            try:
                reference_memory = memory.after_sessions(browser, fresh_reference, [""], [REFERENCE_CHARTS], args.sessions)
            except Exception as error:  # noqa: BLE001
                log(f"reference memory measurement failed: {error}")
            fresh_reference.stop()
    except Exception as error:  # noqa: BLE001 - a setup failure, not a missed budget
        log(f"could not run: {type(error).__name__}: {error}")
        return 2
    finally:
        for server in started:
            server.stop()

    reference.memory_bytes = reference_memory.after_sessions if reference_memory else None
    run_record = report.Run(
        machine=machine.describe(chromium_version),
        runs=args.runs,
        sessions=args.sessions,
        pages=[results[page.id] for page in pages],
        reference=reference,
        tables_warm_ms=tables.warm_ms,
        tables_warm_cpu_ms=tables.warm_cpu_ms,
        tables_cold_ms=tables.cold_ms,
        memory_bytes=memory_result.after_sessions if memory_result else None,
        memory_at_start_bytes=memory_result.at_start if memory_result else None,
        memory_peak_bytes=memory_result.peak if memory_result else None,
        notes=notes,
        language=language,
    )
    misses = report.check_budgets(
        run_record.pages, run_record.tables_warm_cpu_ms, run_record.memory_bytes, BUDGETS
    )
    section = report.markdown_section(run_record, BUDGETS, misses)
    print(section)

    if args.json:
        args.json.write_text(json.dumps(dataclasses.asdict(run_record), indent=2, default=str), encoding="utf-8")
    if not args.no_write:
        existing = REPORT_FILE.read_text(encoding="utf-8") if REPORT_FILE.exists() else None
        REPORT_FILE.write_text(report.replace_section(existing, section, language), encoding="utf-8")
        log(f"wrote the section {report.HEADINGS[language]!r} of {REPORT_FILE}")

    if misses:
        log("BUDGETS MISSED:")
        for miss in misses:
            log(f"  - {miss}")
        return 1
    log("all budgets hold")
    return 0


if __name__ == "__main__":
    started_at = time.monotonic()
    code = main()
    log(f"took {time.monotonic() - started_at:,.0f} s")
    sys.exit(code)
