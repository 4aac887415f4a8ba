"""Pages to visit, links to arrive with, and the BENCHMARKS.md section the load test owns."""

from __future__ import annotations

import dataclasses
import random
from datetime import date
from urllib.parse import parse_qsl

from loadtest.client import RoundResult, Run
from loadtest.pages import random_query, registered_pages, url_path
from loadtest.report import END, START, Outcome, machine, markdown, write_section
from loadtest.stats import memory_verdict
from ui import url_state
from ui.pages import PAGES


def test_the_default_page_is_opened_at_the_root_and_the_others_at_their_path():
    assert registered_pages()[0] == "overview"
    assert url_path("overview") == "" and url_path("data") == "data"


def any_range(values):
    """A stand-in extent for range parameters, which the links leave out."""
    return (date(2000, 1, 1), date(2000, 1, 2)) if values.get("align") == "date" else (0, 1)


def test_random_links_are_valid_for_their_page():
    rng = random.Random(3)
    for page in PAGES.values():
        specs = page.params
        extents = {param: any_range for param in specs}
        for _ in range(20):
            query = dict(parse_qsl(random_query(page.id, rng), keep_blank_values=True))
            assert set(query) <= set(specs)
            assert url_state.parse(page.id, query, extents).ignored == []


def outcome(errors: int = 0) -> Outcome:
    result = RoundResult(runs=[Run("overview", "link", 0.5, True), Run("overview", "filter", 1.5, errors == 0)],
                         sessions_started=2, peak_connected=2, min_connected_holding=2)
    for _ in range(errors):
        result.error("/ (filter): exception ValueError: boom")
    return Outcome(command="python -m loadtest", sessions=2, seconds=5, think=2.0, timeout=60, ramp=1, pages=["overview"],
                   rounds=[result, result], memory=memory_verdict(80.0, [200.0, 205.0]), peak_rss_mb=210.0,
                   server="test")


def test_markdown_reports_runs_errors_times_memory_and_machine():
    text = markdown(outcome(), machine())
    assert text.startswith("## Many readers")
    for expected in ("Python", "Streamlit", "CPU", "RAM", "| Errors | 0 | 0 | **0** |", "before: 80 MB",
                     "+120 MB", "Verdict: pass"):
        assert expected in text
    failing = markdown(outcome(errors=1), machine())
    assert "Verdict: FAIL" in failing and "boom" in failing


def test_section_is_created_then_replaced_leaving_other_sections_alone(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    write_section(path, "## Many readers\n\nfirst")
    assert path.read_text().startswith("# Benchmarks\n")
    assert f"{START}\n## Many readers\n\nfirst\n{END}" in path.read_text()

    path.write_text("# Benchmarks\n\n## Page load\n\nkeep me\n\n" + path.read_text().split("\n", 1)[1] + "\n## After\n\nme too\n")
    write_section(path, "## Many readers\n\nsecond")
    text = path.read_text()
    assert "first" not in text and "second" in text
    assert "keep me" in text and "me too" in text
    assert text.count(START) == 1 and text.count(END) == 1


def test_a_run_on_a_busy_machine_is_said_to_be_taken_under_outside_load():
    busy = dataclasses.replace(outcome(), load_average=(3.6, 6.0))
    text = markdown(busy, machine())
    assert "**Taken under outside load:** the 1-minute load average was 3.6 before the run and 6.0 after it" in text


def test_a_run_on_a_quiet_machine_is_not_marked_as_under_outside_load():
    quiet = dataclasses.replace(outcome(), load_average=(0.1, 0.8))
    assert "outside load" not in markdown(quiet, machine())
