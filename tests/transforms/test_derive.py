"""Derived values checked against dates read off the data by hand."""

from __future__ import annotations

import pandas as pd

from transforms import derive


def event_id(tables, date: str, category: str, movement: str = "1988") -> str:
    events = tables["events"]
    match = events[(events["date"] == pd.Timestamp(date)) & (events["category"] == category) & (events["movement"] == movement)]
    assert len(match) == 1, match
    return match["event_id"].iloc[0]


def test_sein_lwin_days_in_office_from_the_two_dated_events(tables):
    took_office = event_id(tables, "1988-07-27", "regime_change")
    resigned = event_id(tables, "1988-08-12", "regime_change")
    # 27 July to 12 August 1988: 16 days by end minus start (the sources' "17-day presidency" counts both ends).
    assert derive.days_between(tables["events"], took_office, resigned) == 16


def test_1988_duration_under_each_definition(tables):
    periods = derive.durations(tables["periods"])
    by_id = dict(zip(periods["period_id"], periods["duration_days"]))
    assert by_id["p1988-spark-coup"] == 190
    assert by_id["p1988-spark-infobox"] == 193
    assert by_id["p1988-strike-coup"] == 41
    assert by_id["p1988-general-strike"] == 56
    assert by_id["p1988-demonetisation-coup"] == 379


def test_2021_durations(tables):
    periods = derive.durations(tables["periods"])
    by_id = dict(zip(periods["period_id"], periods["duration_days"]))
    assert by_id["p2021-coup-pdf"] == 93
    assert by_id["p2021-coup-defensive-war"] == 218


def test_days_since_day_zero(tables):
    events = derive.with_day_offset(tables["events"])
    by_id = events.set_index("event_id")["day"]
    assert by_id[event_id(tables, "1988-03-12", "trigger")] == 0
    assert by_id[event_id(tables, "1988-08-08", "strike")] == 149
    assert by_id[event_id(tables, "2021-09-07", "armed_resistance", "2021")] == 218
    # Before day 0 the offset is negative.
    assert by_id[event_id(tables, "1987-09-05", "trigger")] == -189


def test_cumulative_counts_end_at_the_category_totals(tables):
    cumulative = derive.cumulative_by_category(tables["events"])
    last = cumulative.groupby(["movement", "category"], observed=True)["cumulative"].max()
    totals = tables["events"].groupby(["movement", "category"], observed=True).size()
    pd.testing.assert_series_equal(last.sort_index(), totals.sort_index(), check_names=False)
    ordered = cumulative.groupby(["movement", "category"], observed=True)["day"].apply(lambda s: s.is_monotonic_increasing)
    assert ordered.all()


def test_phases_run_from_one_opening_event_to_the_next(tables):
    events = tables["events"]
    spark = event_id(tables, "1988-03-12", "trigger")
    strike = event_id(tables, "1988-08-08", "strike")
    phases = derive.phases(events, {"1988": [("students", spark), ("general strike", strike)]})
    assert list(phases["phase"]) == ["students", "general strike"]
    assert phases.loc[0, "end"] == pd.Timestamp("1988-08-08")
    assert phases.loc[0, "end_day"] == 149
    assert phases.loc[1, "end"] == events.loc[events["movement"] == "1988", "date"].max()


def test_missing_metrics_are_those_without_rows(tables):
    figures = tables["figures"]
    missing = derive.missing_metrics(figures, ("deaths", "civil_service_strike"))
    assert "deaths" not in missing["1988"]
    has_1988_strike_count = ((figures["movement"] == "1988") & (figures["metric"] == "civil_service_strike")).any()
    assert ("civil_service_strike" in missing["1988"]) == (not has_1988_strike_count)
