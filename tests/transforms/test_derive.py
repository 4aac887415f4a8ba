"""Derived values checked against dates read off the data by hand."""

from __future__ import annotations

import pandas as pd

from tests import derived
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
    assert derived.days_between(tables["events"], took_office, resigned) == 16


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


def test_background_events_are_those_described_as_background(tables):
    events = tables["events"]
    background = events[derive.is_background(events)]
    assert len(background) > 0
    assert set(background["movement"]) == {"1988"}
    assert background["description"].str.startswith("Background:").all()
    # The 1962 shooting at Rangoon University is background; the 1988 spark is not.
    assert background["date"].min() == pd.Timestamp("1962-07-07")
    assert not derive.is_background(events[events["date"] == pd.Timestamp("1988-03-12")]).any()


def test_lower_bounds_are_the_quotes_described_as_lower_bounds(tables):
    quotes = tables["exchange_rate_quotes"]
    lower_bounds = quotes[derive.is_lower_bound(quotes)]
    # Seekins' "passed 1,000" in 2005, the record "more than 3,000" of September 2021 and the
    # grey-market "more than 4,500" of August 2022.
    assert list(lower_bounds["quote_id"]) == ["fx-2005-free-market", "fx-2021-09-record", "fx-2022-08-grey-market"]
    assert lower_bounds["rate_high"].isna().all()


def test_in_window_keeps_rows_inside_both_ends_of_days_or_dates(tables):
    events = derive.with_day_offset(tables["events"])
    by_day = derive.in_window(events, "day", (149, 150))
    assert len(by_day) == events["day"].between(149, 150).sum() > 0
    strike_day = pd.Timestamp("1988-08-08")
    by_date = derive.in_window(events, "date", (strike_day.date(), strike_day.date()))  # dates, as the slider gives them
    assert list(by_date["date"].unique()) == [strike_day]
    assert derive.in_window(events, "day", (10_000, 10_001)).empty


def test_filter_events_is_the_window_of_the_chosen_events(tables):
    events = derive.with_day_offset(tables["events"])
    chosen = derive.events_of(events, ["2021"], ["strike", "protest"])
    assert set(chosen["movement"]) == {"2021"} and set(chosen["category"]) == {"strike", "protest"}
    assert derive.in_window(chosen, "day", (0, 100)).equals(
        derived.filter_events(events, ["2021"], ["strike", "protest"], "day", (0, 100))
    )


def test_span_without_background_starts_at_the_first_event_of_the_movements(tables):
    events = derive.with_day_offset(tables["events"])
    first_day, last_day = derive.span_without_background(events, "day")
    foreground = events[~derive.is_background(events)]
    assert first_day == foreground["day"].min()
    assert last_day == events["day"].max()
    first_date, last_date = derive.span_without_background(events, "date")
    assert first_date == foreground["date"].min() > events["date"].min()
    assert last_date == events["date"].max()


def test_filter_events_keeps_movements_categories_and_window_inclusive(tables):
    events = derive.with_day_offset(tables["events"])
    rows = derived.filter_events(events, ["1988"], ["strike"], "day", (149, 149))
    assert len(rows) == 1
    assert rows.iloc[0]["date"] == pd.Timestamp("1988-08-08")
    by_date = derived.filter_events(
        events, ["1988", "2021"], ["strike"], "date", (pd.Timestamp("1988-08-08").date(), pd.Timestamp("2021-02-03").date())
    )
    assert sorted(by_date["date"]) == [pd.Timestamp("1988-08-08"), pd.Timestamp("2021-02-02"), pd.Timestamp("2021-02-03")]
    assert derived.filter_events(events, [], ["strike"], "day", (-10_000, 10_000)).empty


# --- Self-organisation and repression helpers, checked against rows read by hand ---


def test_founding_window_spans_the_month_or_year_a_date_is_known_to(tables):
    windows = derive.founding_window(tables["organisations"]).set_index("org_id")
    # Exact day: 13 March 1988 is day 1, both ends the same.
    assert tuple(windows.loc["org1988-rit-students-union", ["day", "day_latest"]]) == (1, 1)
    # Known to the month: August 1988 runs from day 142 to day 172.
    assert tuple(windows.loc["org1988-township-strike-centres", ["day", "day_latest"]]) == (142, 172)
    # Known to the year: 1988 runs to 31 December (day 294).
    assert windows.loc["org1988-dab", "day_latest"] == 294
    assert (windows["day"] <= windows["day_latest"]).all()


def test_year_known_founding_starts_at_day_0_not_before_it(tables):
    windows = derive.founding_window(tables["organisations"]).set_index("org_id")
    # 1 January 1988 is 71 days before the spark and 1 January 2021 31 days before the coup;
    # a body of the movement appeared on day 0 at the earliest.
    assert tuple(windows.loc["org1988-dab", ["day", "day_latest"]]) == (0, 294)
    assert tuple(windows.loc["org2021-kndf", ["day", "day_latest"]]) == (0, 333)
    year_known = windows[windows["founded_precision"] == "year"]
    assert (year_known["day"] >= 0).all()


def test_a_year_wholly_after_day_0_keeps_its_first_day(tables):
    windows = derive.founding_window(tables["organisations"]).set_index("org_id")
    # Known to 2023: 1 January 2023 is day 699 after the coup.
    assert tuple(windows.loc["org2021-joint-commands", ["day", "day_latest"]]) == (699, 1063)



def test_bodies_founded_by_counts_sure_and_possible_bodies(tables):
    organisations = tables["organisations"]
    by_30 = derive.bodies_founded_by(organisations, 30)
    windows = derive.founding_window(organisations)
    for movement in ("1988", "2021"):
        mine = windows[windows["movement"] == movement]
        assert by_30.loc[movement, "surely"] == (mine["day_latest"] <= 30).sum()
        assert by_30.loc[movement, "possibly"] == (mine["day"] <= 30).sum()
    # 1988: only the RIT students' union is surely there within 30 days.
    assert by_30.loc["1988", "surely"] == 1
    empty = derive.bodies_founded_by(organisations.iloc[0:0], 30)
    assert list(empty.index) == ["1988", "2021"] and empty.to_numpy().sum() == 0


def test_strike_counts_join_strike_bodies_and_strike_figures_without_repeats(tables):
    organisations, figures = tables["organisations"], tables["figures"]
    counts = derive.strike_counts(organisations, figures)
    bodies = organisations[organisations["org_type"] == "strike_committee"]
    strike_figures = figures[figures["metric"].isin(derive.STRIKE_FIGURE_METRICS)]
    repeated = counts["same_as"].dropna()
    assert set(counts.loc[counts["table"] == "organisations", "row_id"]) == set(bodies["org_id"])
    assert len(counts) == len(bodies) + len(strike_figures) - len(repeated)
    # The 1988 township count is both a body's count and a figure from the same page: shown once.
    centres = counts.set_index("row_id").loc["org1988-township-strike-centres"]
    assert centres["low"] == 200 and centres["same_as"] == "fig1988-strike-committees-townships"
    assert "fig1988-strike-committees-townships" not in set(counts["row_id"])


def test_people_counts_cover_the_people_units(tables):
    figures = tables["figures"]
    people = figures[derive.people_counts(figures)]
    assert set(people["unit"]) <= set(derive.PEOPLE_UNITS)
    assert "percent" not in set(people["unit"])


def test_dated_series_are_monitor_running_totals(tables):
    series = derive.dated_series(tables["figures"])
    assert set(series["counted_by"]) == {"monitor"}
    for _, group in series.groupby(["movement", "metric"], observed=True):
        assert len(group) >= 2
        assert group["as_of"].is_unique and group["as_of"].is_monotonic_increasing
        assert group["low"].is_monotonic_increasing
    deaths = series[(series["movement"] == "2021") & (series["metric"] == "deaths")]
    assert list(deaths["low"])[:3] == [726, 864, 1006] and list(deaths["low"])[-3:] == [6287, 7013, 7265]
    # AAPP's count of those still detained on 10 Feb 2025 is a part, not the running total.
    assert "fig2021-arrests-still-held-2025-02" not in set(series["figure_id"])
    assert deaths["day"].iloc[0] == 73  # 15 April 2021


def test_official_against_independent_pairs_like_with_like(tables):
    pairs = derive.official_against_independent(tables["figures"]).set_index("official_id")
    police = pairs.loc["fig2021-deaths-junta-2021-04"]
    assert police["basis"] == "same date" and police["independent_ids"] == "fig2021-deaths-aapp-2021-04"
    assert police["ratio_low"] == 726 / 258
    whole = pairs.loc["fig1988-deaths-official"]
    assert whole["basis"] == "whole movement" and whole["independent_ids"] == "fig1988-deaths-estimated"
    assert (whole["ratio_low"], whole["ratio_high"]) == (3000 / 350, 10000 / 350)


def test_outcome_counts_cover_every_combination_and_add_up(tables):
    from transforms.schema import MOVEMENTS, OUTCOME_ASPECTS, OUTCOME_HORIZONS

    outcomes = tables["outcomes"]
    counts = derive.outcome_counts(outcomes)
    assert len(counts) == len(MOVEMENTS) * len(OUTCOME_HORIZONS) * len(OUTCOME_ASPECTS)
    assert counts["count"].sum() == len(outcomes)
    mask = (outcomes["movement"] == "2021") & (outcomes["horizon"] == "long_term") & (outcomes["aspect"] == "armed_conflict")
    row = counts[(counts["movement"] == "2021") & (counts["horizon"] == "long_term") & (counts["aspect"] == "armed_conflict")]
    assert row["count"].item() == mask.sum() > 0
    assert (counts[(counts["movement"] == "1988") & (counts["aspect"] == "economy")]["count"] == 0).all()


def test_regime_spans_start_at_their_dated_events_and_end_at_the_next_start(tables):
    regimes = tables["regimes"]
    events = tables["events"].set_index("event_id")
    spans = derive.regime_spans(regimes, tables["events"])
    # Boundaries with an event row are dated by it; the table's own date must agree.
    for row in regimes.dropna(subset=["start_event_id"]).itertuples():
        assert row.start_date == events.loc[row.start_event_id, "date"]
    by_id = spans.set_index("regime_id")
    assert by_id.loc["reg-1988-slorc", "start"] == events.loc["ev1988-046", "date"]
    assert by_id.loc["reg-2021-coup", "start"] == events.loc["ev2021-001", "date"]
    assert list(spans["end"].iloc[:-1]) == list(spans["start"].iloc[1:])
    assert pd.isna(spans["end"].iloc[-1])


def test_precision_midpoint_is_the_middle_of_the_month_or_year():
    dates = pd.Series(pd.to_datetime(["2000-08-10", "1987-09-01", "1989-01-01"]))
    middle = derive.precision_midpoint(dates, pd.Series(["day", "month", "year"]))
    assert list(middle) == [pd.Timestamp("2000-08-10"), pd.Timestamp("1987-09-15"), pd.Timestamp("1989-07-02")]


def test_index_to_first_year_sets_each_series_to_100_in_its_own_first_year(tables):
    rows = derive.economy_series(tables["economy"], "gdp_per_capita", (1988, 2000))
    indexed = derive.index_to_first_year(rows)
    for _, mine in indexed.groupby("series_id"):
        assert mine["index"].iloc[0] == 100
        assert (mine["base_year"] == 1988).all()
        last = mine.iloc[-1]
        assert last["index"] == last["value"] / mine["value"].iloc[0] * 100
