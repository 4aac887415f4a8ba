"""Capacity from steps, and the capacity section of BENCHMARKS.md (no server)."""

from __future__ import annotations

from loadtest import capacity_report
from loadtest.capacity import Step, StepRun, capacity
from loadtest.client import RoundResult, Run
from loadtest.proxy import Routing
from loadtest.report import machine


def step(sessions: int, p95: float, *, errors: int = 0, busy: float = 0.3, own: float = 10.0,
         several: int = 0) -> Step:
    result = RoundResult(runs=[Run("overview", "link", p95, True)] * 20, wall_seconds=60.0, machine_busy=busy)
    for _ in range(errors):
        result.error("/ (link): boom")
    return Step(sessions=sessions, result=result, load_before=0.1, load_after=0.9, rss_before_mb=80.0,
                rss_after_mb=150.0, rss_peak_mb=160.0, server_cpu_seconds=[own], own_cpu_seconds=own,
                routing=Routing(sessions_per_replica={"a": sessions // 2, "b": sessions - sessions // 2},
                                browsers=sessions, browsers_on_several_replicas=several))


def test_capacity_is_the_largest_step_before_the_first_slow_one():
    steps = [step(25, 0.2), step(50, 0.5), step(100, 1.4), step(150, 0.9)]
    assert capacity(steps) == 50


def test_a_step_with_errors_is_beyond_capacity():
    assert capacity([step(25, 0.2), step(50, 0.3, errors=1)]) == 25


def test_no_capacity_when_the_first_step_is_already_slow():
    assert capacity([step(25, 1.2)]) is None


def test_outside_work_is_machine_time_not_used_by_the_test():
    # 60 s on 2 cores = 120 core-seconds; the test used 30 of them (25 %); the machine was 75 % busy.
    assert abs(step(25, 0.2, busy=0.75, own=30.0).outside_busy - 0.5) < 1e-9


def run(replicas: int, steps: list[Step], load_before: float = 0.1) -> StepRun:
    return StepRun(replicas=replicas, steps=steps, load_before=load_before, load_after=0.5)


def section(runs: list[StepRun]) -> str:
    return capacity_report.markdown(runs, command="python -m loadtest --capacity", seconds=60, think=10, ramp=10,
                                    pages=["overview"], info=machine())


def test_a_quiet_run_says_so_with_its_load_averages():
    text = section([run(0, [step(25, 0.2, busy=0.1, own=10.0)])])
    assert "The machine was quiet" in text and "load average 0.1 before and 0.5 after" in text
    assert "outside load" not in text


def test_a_busy_machine_before_the_run_marks_the_figures_as_taken_under_outside_load():
    text = section([run(0, [step(25, 0.2, busy=0.1, own=10.0)], load_before=3.6)])
    assert "Taken under outside load" in text and "load average 3.6 before" in text


def test_other_work_during_a_step_marks_the_figures_as_taken_under_outside_load():
    text = section([run(0, [step(25, 0.2, busy=0.9, own=10.0)])])
    assert "Taken under outside load" in text and "step of 25 sessions" in text


def test_the_section_tables_each_step_and_names_the_capacity():
    text = section([run(0, [step(25, 0.2), step(50, 1.5)])])
    assert "| 25 | 20 | 0 | 0.20 s | 0.20 s |" in text and "| 50 | 20 | 0 | 1.50 s | 1.50 s |" in text
    assert "Capacity: **25 sessions**" in text


def test_replicas_pass_at_150_within_60_percent_of_one_process_p95_and_no_errors():
    single, many = run(0, [step(150, 3.0)]), run(2, [step(150, 1.7)])
    assert "**pass**" in capacity_report.replica_verdict(single, many)
    assert "| 150 | 3.00 s | 1.70 s | 57% | 0 / 0 |" in section([single, many])


def test_replicas_fail_when_slower_than_60_percent_and_over_a_second():
    verdict = capacity_report.replica_verdict(run(0, [step(150, 3.0)]), run(2, [step(150, 1.9)]))
    assert "**FAIL**" in verdict


def test_replicas_fail_when_a_browser_moved_between_replicas():
    verdict = capacity_report.replica_verdict(run(0, [step(150, 3.0)]), run(2, [step(150, 0.5, several=1)]))
    assert "**FAIL**" in verdict


def test_replica_table_shows_sessions_per_replica():
    text = section([run(2, [step(150, 0.5)])])
    assert "| 75 / 75 |" in text and "### 2 replicas behind nginx" in text


def test_errors_in_the_warm_up_are_reported():
    warmed = StepRun(replicas=0, steps=[step(25, 0.2)], load_before=0.1, load_after=0.5, warm_up_errors=2)
    assert "The warm-up met 2 errors" in section([warmed])
