"""Derived tables the pages need, computed from the typed curated tables.

Pure functions: a frame in, a new frame out, inputs never modified.
"""

from __future__ import annotations

import pandas as pd

from transforms.schema import DAY_ZERO, MOVEMENTS

# Days after day 0 by which the Self-organisation page counts bodies (its reading and its founding chart).
FOUNDING_HORIZONS = (30, 100)


def day_zero(movement: str) -> pd.Timestamp:
    return pd.Timestamp(DAY_ZERO[movement])


def with_day_offset(frame: pd.DataFrame, date_column: str = "date") -> pd.DataFrame:
    """Add `day`: whole days since the row's movement's day 0 (negative before it)."""
    out = frame.copy()
    zero = out["movement"].astype(str).map(day_zero)
    out["day"] = (out[date_column] - zero).dt.days.astype("Int64")
    return out


def durations(periods: pd.DataFrame) -> pd.DataFrame:
    """Each period definition with its length in calendar days (end minus start)."""
    out = periods.copy()
    out["duration_days"] = (out["end_date"] - out["start_date"]).dt.days.astype("int64")
    return out


def cumulative_by_category(events: pd.DataFrame) -> pd.DataFrame:
    """Running count of events per movement and category, one row per event, ordered by day."""
    with_days = events if "day" in events else with_day_offset(events)
    ordered = with_days.sort_values(["movement", "category", "day", "event_id"], kind="stable")
    counts = ordered.groupby(["movement", "category"], observed=True).cumcount() + 1
    out = ordered[["movement", "category", "day", "date", "event_id", "description"]].copy()
    out["cumulative"] = counts.astype("int64")
    return out.reset_index(drop=True)


def phases(events: pd.DataFrame, boundaries: dict[str, list[tuple[str, str]]]) -> pd.DataFrame:
    """Phases of each movement as date intervals.

    `boundaries` maps a movement to (phase name, id of the event that opens it), in
    order; each phase ends where the next begins, the last at the movement's last event.
    """
    dates = events.set_index("event_id")["date"]
    rows = []
    for movement, opening in boundaries.items():
        last = events.loc[events["movement"] == movement, "date"].max()
        starts = [dates[event_id] for _, event_id in opening]
        for index, (name, event_id) in enumerate(opening):
            end = starts[index + 1] if index + 1 < len(opening) else last
            rows.append(
                {
                    "movement": movement,
                    "phase": name,
                    "start": starts[index],
                    "end": end,
                    "start_event_id": event_id,
                    "start_day": int((starts[index] - day_zero(movement)).days),
                    "end_day": int((end - day_zero(movement)).days),
                }
            )
    return pd.DataFrame(rows)


def headline_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """The one row per movement and metric that the Overview shows."""
    return figures[figures["headline"]].reset_index(drop=True)


def headline_by_metric(figures: pd.DataFrame, movement: str) -> pd.DataFrame:
    """One movement's headline rows, indexed by metric id."""
    rows = figures[figures["headline"] & (figures["movement"] == movement)]
    return rows.set_index(rows["metric"].astype(str))


# A definition may end with a sentence on how its count compares with the other movement's, opened by this mark
# in the language the definition is written in (its translation keeps the sentence, after its own mark).
COMPARABILITY_MARKS = {"en": "How comparable:", "my": "နှိုင်းယှဉ်နိုင်ပုံ:"}


def comparability(definition: str, language: str = "en") -> str:
    """The definition's sentence on how comparable its count is (from the `language`'s mark on), or ''."""
    _, mark, rest = str(definition).partition(COMPARABILITY_MARKS[language])
    return f"{mark}{rest}" if mark else ""


def missing_metrics(figures: pd.DataFrame, metrics: tuple[str, ...]) -> dict[str, list[str]]:
    """Per movement, the metrics no source quantifies (no row at all)."""
    present = figures.groupby("movement", observed=True)["metric"].agg(lambda s: set(s.astype(str)))
    return {
        movement: [metric for metric in metrics if metric not in present.get(movement, set())]
        for movement in MOVEMENTS
    }


def organisation_speed(organisations: pd.DataFrame) -> pd.DataFrame:
    """Bodies with days from their movement's day 0 to their founding, ordered by that."""
    out = founding_window(organisations)
    return out.sort_values(["movement", "day", "org_id"], kind="stable").reset_index(drop=True)


def economy_series(economy: pd.DataFrame, indicator: str, years: tuple[int, int] | None = None) -> pd.DataFrame:
    """One indicator's rows, optionally within a year window, ordered for plotting."""
    rows = economy[economy["indicator_id"] == indicator]
    if years is not None:
        rows = rows[(rows["year"] >= years[0]) & (rows["year"] <= years[1])]
    return rows.sort_values(["series_id", "year"], kind="stable").reset_index(drop=True)


# The quotes mark a figure that is only a lower bound ("more than 4,500") in their description.
LOWER_BOUND_NOTE = "the value is a lower bound"


def is_lower_bound(quotes: pd.DataFrame) -> pd.Series:
    """True for exchange-rate quotes whose rate_low is only a lower bound (their description says so)."""
    return quotes["description"].astype(str).str.contains(LOWER_BOUND_NOTE, regex=False)


BACKGROUND_PREFIX = "Background:"


def is_background(events: pd.DataFrame) -> pd.Series:
    """True for events recorded as background to a movement (their description says so), not part of it."""
    return events["description"].astype(str).str.startswith(BACKGROUND_PREFIX)


def span_without_background(events: pd.DataFrame, column: str) -> tuple:
    """(first value of `column` among events that are not background, last value among all events).

    The default time window of the timeline: the 1988 rows reach back to 1962 as
    background, which would squash the movements themselves into a sliver.
    """
    foreground = events.loc[~is_background(events), column]
    first = foreground.min() if len(foreground) else events[column].min()
    return first, events[column].max()


def events_of(events: pd.DataFrame, movements: list[str], categories: list[str]) -> pd.DataFrame:
    """Events of the chosen movements and categories, at any time."""
    return events[events["movement"].isin(movements) & events["category"].isin(categories)]


def in_window(events: pd.DataFrame, column: str, window: tuple) -> pd.DataFrame:
    """Events whose `column` lies inside `window` (both ends included)."""
    low, high = window
    values = events[column]
    if pd.api.types.is_datetime64_any_dtype(values):
        low, high = pd.Timestamp(low), pd.Timestamp(high)
    return events[(values >= low).fillna(False) & (values <= high).fillna(False)]


def outcome_counts(outcomes: pd.DataFrame) -> pd.DataFrame:
    """Outcomes per movement, horizon and aspect, with a 0 for every combination that has none."""
    counts = outcomes.groupby(["movement", "horizon", "aspect"], observed=False).size()
    return counts.rename("count").reset_index()


def regime_spans(regimes: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Regime periods as intervals: each starts at its dated event where it has one (else at its
    own start_date) and ends where the next begins; the last has no end (NaT)."""
    event_dates = events.set_index("event_id")["date"]
    out = regimes.copy()
    from_events = out["start_event_id"].map(event_dates)
    out["start"] = from_events.fillna(out["start_date"])
    out = out.sort_values("start", kind="stable").reset_index(drop=True)
    out["end"] = out["start"].shift(-1)
    return out


def precision_midpoint(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """The middle of the day, month or year a date stands for (month/year dates hold the first day)."""
    month_end = dates + pd.offsets.MonthEnd(0)
    year_end = dates + pd.offsets.YearEnd(0)
    middle_of_month = dates + (month_end - dates) / 2
    middle_of_year = dates + (year_end - dates) / 2
    out = dates.where(precisions != "month", middle_of_month)
    return out.where(precisions != "year", middle_of_year).dt.floor("D")


def index_to_first_year(rows: pd.DataFrame) -> pd.DataFrame:
    """Add `index`: each series' value over its value in its first year in `rows`, times 100,
    and `base_year`, so series in different units can share one unitless axis."""
    out = rows.sort_values(["series_id", "year"], kind="stable").copy()
    first = out.groupby("series_id")[["value", "year"]].transform("first")
    out["index"] = out["value"] / first["value"] * 100
    out["base_year"] = first["year"]
    return out.reset_index(drop=True)


# --- Self-organisation page ---------------------------------------------------------


def founding_window(organisations: pd.DataFrame) -> pd.DataFrame:
    """Bodies with `day` and `day_latest`: the first and last day since day 0 their founding date can mean.

    A date known only to the month or year is stored as the first day of it, so the body
    may have appeared on any day up to the end of that month or year; for an exact date
    both are the same day. A body belongs to its movement, so a window that holds day 0
    starts at day 0, not on the 1st of January before the spark or the coup.
    """
    out = organisations.copy()
    founded = out["founded"]
    precision = out["founded_precision"].astype(str)
    latest = founded.mask(precision == "month", founded + pd.offsets.MonthEnd(0))
    latest = latest.mask(precision == "year", founded + pd.offsets.YearEnd(0))
    # to_datetime keeps an empty selection typed as dates.
    zero = pd.to_datetime(out["movement"].astype(str).map(day_zero))
    first = (founded - zero).dt.days.astype("Int64")
    last = (latest - zero).dt.days.astype("Int64")
    out["day"] = first.mask((first < 0) & (last >= 0), 0)
    out["day_latest"] = last
    return out


def bodies_founded_by(organisations: pd.DataFrame, day: int) -> pd.DataFrame:
    """Per movement: bodies surely there by `day` since day 0 (their whole date window is on or
    before it) and bodies possibly there (their window starts on or before it)."""
    windows = founding_window(organisations)
    movement = windows["movement"].astype(str)
    surely = (windows["day_latest"] <= day).groupby(movement).sum()
    possibly = (windows["day"] <= day).groupby(movement).sum()
    out = pd.DataFrame({"surely": surely, "possibly": possibly}).reindex(list(MOVEMENTS), fill_value=0)
    return out.astype("int64")


STRIKE_FIGURE_METRICS = ("strike_committees", "civil_service_strike")


def strike_counts(organisations: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Strike bodies (organisations of type strike_committee) and the strike figures, one frame.

    A figures row that repeats a body's count (same movement, values, unit and source)
    is dropped, its id kept in the body's `same_as`, so no number is shown twice.
    """
    bodies = organisations[organisations["org_type"] == "strike_committee"]
    body_rows = pd.DataFrame(
        {
            "movement": bodies["movement"].astype(str),
            "table": "organisations",
            "row_id": bodies["org_id"].astype(str),
            "kind": "strike_committee",
            "label": bodies["name"].astype(str),
            "low": bodies["count_low"],
            "high": bodies["count_high"],
            "unit": bodies["count_unit"],
            "counted_by": pd.NA,
            "as_of": pd.NaT,
            "date": bodies["founded"],
            "description": bodies["description"].astype(str),
            "source_url": bodies["source_url"],
            "source_url_2": bodies["source_url_2"],
            "same_as": pd.NA,
            "headline": False,
        }
    )
    strike_figures = figures[figures["metric"].isin(STRIKE_FIGURE_METRICS)]
    figure_rows = pd.DataFrame(
        {
            "movement": strike_figures["movement"].astype(str),
            "table": "figures",
            "row_id": strike_figures["figure_id"].astype(str),
            "kind": strike_figures["metric"].astype(str),
            "label": strike_figures["label"].astype(str),
            "low": strike_figures["low"],
            "high": strike_figures["high"],
            "unit": strike_figures["unit"],
            "counted_by": strike_figures["counted_by"].astype(str),
            "as_of": strike_figures["as_of"],
            "date": strike_figures["as_of"],
            "description": strike_figures["definition"].astype(str),
            "source_url": strike_figures["source_url"],
            "source_url_2": strike_figures["source_url_2"],
            "same_as": pd.NA,
            "headline": strike_figures["headline"],
        }
    )
    repeats = []
    for index, body in body_rows.iterrows():
        same = figure_rows[
            (figure_rows["movement"] == body["movement"])
            & (figure_rows["low"] == body["low"])
            # An empty high matches an empty high (-1 is no count's value).
            & (figure_rows["high"].fillna(-1) == (-1 if pd.isna(body["high"]) else body["high"]))
            & (figure_rows["unit"] == body["unit"])
            & (figure_rows["source_url"] == body["source_url"])
        ]
        if len(same):
            body_rows.loc[index, "same_as"] = "; ".join(same["row_id"])
            body_rows.loc[index, "headline"] = bool(same["headline"].any())
            repeats.extend(same.index)
    out = pd.concat([body_rows, figure_rows.drop(index=repeats)], ignore_index=True)
    order = {"strike_committee": 0, "strike_committees": 1, "civil_service_strike": 2}
    out["_order"] = out["kind"].map(order)
    out = out.sort_values(["movement", "_order", "low"], ascending=[True, True, False], na_position="last", kind="stable")
    return out.drop(columns="_order").reset_index(drop=True)


# --- Repression page ----------------------------------------------------------------

# Units of figures rows that count people, so one logarithmic axis can hold them; rows in
# other units (percent, cities, organisations) are listed beside the chart instead.
PEOPLE_UNITS = ("people", "people executed", "people sentenced to death", "junta soldiers",
                "people displaced since the coup", "refugees since the coup")
INDEPENDENT_COUNTERS = ("monitor", "press", "academic")


def people_counts(figures: pd.DataFrame) -> pd.Series:
    """True for figures rows whose unit counts people."""
    return figures["unit"].isin(PEOPLE_UNITS)


def dated_series(figures: pd.DataFrame) -> pd.DataFrame:
    """Monitors' dated counts of people that read as one running total per movement and metric.

    Rows counted by a monitor with an as_of date, in people. Where one date holds several
    such rows the largest is kept (the others count part of it, e.g. those still
    detained), and a row below an earlier kept count is left out (a running total never
    falls). A series needs two dates or more. `day` is days since the movement's day 0.
    """
    rows = figures[(figures["counted_by"] == "monitor") & figures["as_of"].notna() & (figures["unit"] == "people")]
    kept = []
    for _, group in rows.groupby(["movement", "metric"], observed=True):
        largest_per_date = group.sort_values(["as_of", "low"], ascending=[True, False], kind="stable").drop_duplicates("as_of")
        running = largest_per_date[largest_per_date["low"] >= largest_per_date["low"].cummax()]
        if len(running) >= 2:
            kept.append(running)
    if not kept:
        return figures.iloc[0:0].assign(day=pd.Series(dtype="Int64"))
    out = pd.concat(kept)
    out = with_day_offset(out, date_column="as_of")
    return out.sort_values(["movement", "metric", "as_of"], kind="stable").reset_index(drop=True)


def official_against_independent(figures: pd.DataFrame, metric: str = "deaths") -> pd.DataFrame:
    """Official counts of people set against independent ones that cover the same thing.

    Two pairings, both in people: an official row and the independent rows with the same
    as_of date ("same date"); and, where a movement's headline row is independent and
    undated, it against the largest undated official row ("whole movement"). The ratio
    is independent over official, low to high.
    """
    rows = figures[(figures["metric"] == metric) & (figures["unit"] == "people")]
    pairs = []
    for movement in MOVEMENTS:
        mine = rows[rows["movement"] == movement]
        official = mine[mine["counted_by"] == "official"]
        independent = mine[mine["counted_by"].isin(INDEPENDENT_COUNTERS)]
        for row in official[official["as_of"].notna()].sort_values("as_of").itertuples():
            same = independent[independent["as_of"] == row.as_of]
            if len(same):
                pairs.append(_pair(movement, "same date", row, same))
        headline = mine[mine["headline"] & mine["counted_by"].isin(INDEPENDENT_COUNTERS) & mine["as_of"].isna()]
        undated_official = official[official["as_of"].isna()]
        if len(headline) and len(undated_official):
            largest = undated_official.sort_values("low", ascending=False, kind="stable").iloc[0]
            pairs.append(_pair(movement, "whole movement", largest, headline))
    columns = ["movement", "basis", "as_of", "official_id", "official_label", "official", "independent_ids",
               "independent_labels", "independent_low", "independent_high", "ratio_low", "ratio_high"]
    return pd.DataFrame(pairs, columns=columns)


def _pair(movement: str, basis: str, official, independent: pd.DataFrame) -> dict:
    official_value = float(official.low)
    low = float(independent["low"].min())
    high = float(independent["high"].fillna(independent["low"]).max())
    return {
        "movement": movement,
        "basis": basis,
        "as_of": official.as_of,
        "official_id": official.figure_id,
        "official_label": official.label,
        "official": official_value,
        "independent_ids": "; ".join(independent["figure_id"]),
        "independent_labels": "; ".join(independent["label"]),
        "independent_low": low,
        "independent_high": high,
        "ratio_low": low / official_value,
        "ratio_high": high / official_value,
    }
