"""The benchmark's pure half: pairing, medians, budget checks, the Markdown section. Made-up numbers, no timing."""

from __future__ import annotations

import pytest

from benchmarks import report
from benchmarks.pages import discover
from benchmarks.report import END_MARKER, KB, MB, START_MARKER, Budgets, PageResult, Phases

BUDGETS = Budgets(ratio=1.3, warm_rerun_ms=100, tables_warm_ms=20, figure_json_bytes=400 * KB, memory_bytes=400 * MB)


def good_page(name: str = "timeline", **changes) -> PageResult:
    values = dict(
        page=name,
        path=name,
        page_ms=[1100.0, 1200.0, 1150.0],
        reference_ms=[1000.0, 1000.0, 1000.0],
        warm_ms=[150.0, 160.0, 170.0],  # wall clock, not budgeted
        warm_cpu_ms=[40.0, 50.0, 60.0],
        figure_bytes=100 * KB,
        figure_bytes_each=[60 * KB, 40 * KB],
        charts=2,
        filter_changed="pills / segmented control “Movements”",
    )
    values.update(changes)
    return PageResult(**values)


def budgets_missed(pages, tables=(5.0,), memory=300 * MB):
    return [(miss.budget, miss.subject) for miss in report.check_budgets(pages, list(tables), memory, BUDGETS)]


# --- arithmetic ------------------------------------------------------------------------


def test_median_of_odd_and_even_counts_and_of_nothing():
    assert report.median([3, 1, 2]) == 2
    assert report.median([4, 1, 3, 2]) == 2.5
    assert report.median([]) is None


def test_each_page_run_is_divided_by_its_neighbouring_reference_run():
    assert report.paired_ratios([200, 300, 120], [100, 200, 120]) == [2.0, 1.5, 1.0]
    assert report.median_ratio([200, 300, 120], [100, 200, 120]) == 1.5


def test_median_of_pairs_differs_from_ratio_of_medians_when_the_machine_drifts():
    # The machine slows down in the middle run: pairs see it on both sides, medians of each do not.
    page = [110, 330, 120]
    reference = [100, 300, 100]
    assert report.median_ratio(page, reference) == pytest.approx(1.1)
    assert report.ratio_of_medians(page, reference) == pytest.approx(120 / 100)


def test_pairing_needs_as_many_reference_runs_as_page_runs():
    with pytest.raises(ValueError):
        report.paired_ratios([1, 2], [1])


def test_a_zero_reference_run_is_left_out_rather_than_dividing_by_zero():
    assert report.paired_ratios([100, 100], [0, 50]) == [2.0]
    assert report.median_ratio([], []) is None


def test_phases_split_the_time_from_navigation_to_drawn_charts():
    phases = [
        Phases(to_running=300, to_finished=900, to_drawn=1000, to_content_loaded=200),
        Phases(to_running=500, to_finished=1500, to_drawn=1800, to_content_loaded=250),
        Phases(to_running=None, to_finished=700, to_drawn=700, to_content_loaded=None),
    ]
    loaded, connect, script, drawing = report.median_phases(phases)
    assert loaded == 225
    assert connect == 175  # (100 + 250) / 2
    assert script == 800  # (600 + 1000) / 2
    assert drawing == 100  # of 100, 300, 0


# --- budgets -------------------------------------------------------------------------------


def test_nothing_is_missed_when_every_figure_is_inside_its_budget():
    assert budgets_missed([good_page(), good_page("economy")]) == []


def test_a_page_slower_than_1_3_times_the_reference_misses_the_time_budget():
    slow = good_page(page_ms=[1400.0, 1290.0, 1500.0])  # ratios 1.4, 1.29, 1.5: median 1.4
    assert budgets_missed([slow]) == [("time to drawn charts", "page 'timeline'")]


def test_exactly_at_the_budget_holds():
    at_limit = good_page(
        page_ms=[1300.0, 1300.0, 1300.0],
        warm_cpu_ms=[100.0],
        figure_bytes=400 * KB,
    )
    assert budgets_missed([at_limit], tables=(20.0,), memory=400 * MB) == []


def test_one_slow_pair_does_not_miss_the_budget_but_a_slow_majority_does():
    one_slow = good_page(page_ms=[1100.0, 5000.0, 1100.0])
    assert budgets_missed([one_slow]) == []
    two_slow = good_page(page_ms=[1100.0, 5000.0, 5000.0])
    assert budgets_missed([two_slow]) == [("time to drawn charts", "page 'timeline'")]


def test_the_warm_rerun_budget_is_checked_on_the_median_cpu_time_not_the_wall_clock():
    busy_machine = good_page(warm_ms=[900.0, 950.0, 990.0], warm_cpu_ms=[60.0, 70.0, 80.0])
    assert budgets_missed([busy_machine]) == []
    slow_script = good_page(warm_ms=[150.0, 160.0, 170.0], warm_cpu_ms=[120.0, 130.0, 90.0])
    assert budgets_missed([slow_script]) == [("warm rerun after a filter change", "page 'timeline'")]


def test_too_much_figure_json_misses_its_budget():
    heavy = good_page(figure_bytes=400 * KB + 1)
    assert budgets_missed([heavy]) == [("figure JSON per page", "page 'timeline'")]


def test_tables_and_memory_budgets():
    assert budgets_missed([good_page()], tables=(19.0, 21.0, 22.0)) == [("all tables loaded warm", "ui.data.tables()")]
    assert budgets_missed([good_page()], memory=400 * MB + 1) == [("server memory", "dashboard server")]


def test_a_figure_that_could_not_be_measured_is_a_miss_not_a_pass():
    broken = good_page(page_ms=[], reference_ms=[], warm_cpu_ms=[], figure_bytes=None, errors=["raised on its first run: boom"])
    missed = budgets_missed([broken], tables=(), memory=None)
    assert missed == [
        ("page ran without error", "page 'timeline'"),
        ("time to drawn charts", "page 'timeline'"),
        ("warm rerun after a filter change", "page 'timeline'"),
        ("figure JSON per page", "page 'timeline'"),
        ("all tables loaded warm", "ui.data.tables()"),
        ("server memory", "dashboard server"),
    ]


def test_a_miss_names_the_budget_the_page_and_both_numbers():
    [miss] = report.check_budgets([good_page(page_ms=[2000.0, 2000.0, 2000.0])], [5.0], 100 * MB, BUDGETS)
    assert str(miss) == "time to drawn charts: page 'timeline' measured 2.00 x reference, budget <= 1.3 x reference"


# --- the Markdown section ------------------------------------------------------------------------


def make_run(pages):
    return report.Run(
        machine={"CPU": "Test CPU × 2", "RAM": "8.0 GiB", "Python": "3.11.7", "date": "2026-01-01 00:00 UTC"},
        runs=3,
        sessions=5,
        pages=pages,
        reference=report.ReferenceResult(cold_ms=100.0, cold_cpu_ms=80.0, rerun_ms=[5.0], rerun_cpu_ms=[4.0], figure_bytes=4 * KB, memory_bytes=90 * MB),
        tables_warm_ms=[9.0, 10.0, 11.0],
        tables_warm_cpu_ms=[5.0, 6.0, 7.0],
        tables_cold_ms=800.0,
        memory_bytes=250 * MB,
        memory_at_start_bytes=80 * MB,
        memory_peak_bytes=260 * MB,
    )


def test_the_section_has_the_machine_a_row_per_page_and_the_reference():
    pages = [good_page("overview", path=""), good_page("economy", page_ms=[2000.0, 2000.0, 2000.0])]
    misses = report.check_budgets(pages, [6.0], 250 * MB, BUDGETS)
    text = report.markdown_section(make_run(pages), BUDGETS, misses)
    assert text.startswith(START_MARKER + "\n## Speed\n")
    assert text.rstrip().endswith(END_MARKER)
    assert "CPU Test CPU × 2" in text and "RAM 8.0 GiB" in text
    rows = [line for line in text.splitlines() if line.startswith("| overview (`/`) |")]
    assert rows[0] == (
        "| overview (`/`) | 1,150 | 1,000 | 1.15 | 50.0 (160.0) | 100.0 KB | – (–) | ok |"
    )
    economy = next(line for line in text.splitlines() if line.startswith("| economy (`/economy`) |"))
    assert "| 2.00 |" in economy and economy.endswith("| missed: time to drawn charts |")
    assert any(line.startswith("| reference (bare page, one chart) | 1,000 | 1,000 | 1.00 |") for line in text.splitlines())
    assert "**1 budget(s) missed**" in text
    assert "250 MB" in text and "6.00 CPU ms" in text


def test_the_section_says_when_every_budget_holds():
    text = report.markdown_section(make_run([good_page()]), BUDGETS, [])
    assert "**All budgets hold.**" in text


# --- rewriting only our section of BENCHMARKS.md ----------------------------------------------------


SECTION = f"{START_MARKER}\n## Speed\n\nnew numbers\n{END_MARKER}\n"


def test_a_missing_or_empty_file_gets_a_title_and_the_section():
    assert report.replace_section(None, SECTION) == "# Benchmarks\n\n" + SECTION
    assert report.replace_section("", SECTION) == "# Benchmarks\n\n" + SECTION


def test_only_the_text_between_the_markers_is_replaced():
    existing = (
        "# Benchmarks\n\nIntro by someone else.\n\n"
        f"{START_MARKER}\n## Speed\n\nold numbers\n{END_MARKER}\n\n"
        "## Many readers\n\nTheir table.\n"
    )
    updated = report.replace_section(existing, SECTION)
    assert updated == (
        "# Benchmarks\n\nIntro by someone else.\n\n"
        f"{START_MARKER}\n## Speed\n\nnew numbers\n{END_MARKER}\n\n"
        "## Many readers\n\nTheir table.\n"
    )
    assert report.replace_section(updated, SECTION) == updated  # idempotent


def test_a_file_without_markers_keeps_everything_and_gets_the_section_appended():
    existing = "# Benchmarks\n\n## Many readers\n\nTheir table.\n"
    assert report.replace_section(existing, SECTION) == existing + "\n" + SECTION


# --- which pages are measured ----------------------------------------------------------------------


def test_pages_are_those_of_the_registry_whose_view_file_exists(tmp_path, monkeypatch):
    import benchmarks.pages as pages_module

    (tmp_path / "views").mkdir()
    for name in ("overview", "timeline", "economy"):
        (tmp_path / "views" / f"{name}_page.py").write_text("")
    monkeypatch.setattr(pages_module, "REPO", tmp_path)
    found, notes = discover()
    assert [(page.id, page.path, page.file) for page in found] == [
        ("overview", "", "views/overview_page.py"),
        ("timeline", "timeline", "views/timeline_page.py"),
        ("economy", "economy", "views/economy_page.py"),
    ]
    assert "about: in the page registry but views/about_page.py does not exist, left out" in notes


def test_the_reference_app_is_one_bare_chart():
    from streamlit.testing.v1 import AppTest

    from benchmarks.pages import REFERENCE_APP

    at = AppTest.from_file(str(REFERENCE_APP), default_timeout=60)
    at.run()
    assert not at.exception
    assert len(at.get("plotly_chart")) == 1
    assert len(at.main.children) == 1  # the chart and nothing else


def test_the_benchmark_opens_the_reference_at_the_sub_path_the_reference_app_serves():
    from benchmarks import __main__ as benchmark
    from benchmarks.pages import REFERENCE_APP

    assert f'SUB_PATH = "{benchmark.REFERENCE_SUB_PATH}"' in REFERENCE_APP.read_text(encoding="utf-8")
