"""Derived tables the pages need, computed from the typed curated tables.

Pure functions: a frame in, a new frame out, inputs never modified.
"""

from __future__ import annotations

import pandas as pd

from transforms.schema import DAY_ZERO, MOVEMENTS


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


def days_between(events: pd.DataFrame, start_event_id: str, end_event_id: str) -> int:
    """Calendar days from one dated event to another (end minus start)."""
    dates = events.set_index("event_id")["date"]
    missing = [event_id for event_id in (start_event_id, end_event_id) if event_id not in dates.index]
    if missing:
        raise KeyError(f"no event with id {', '.join(missing)}")
    return int((dates[end_event_id] - dates[start_event_id]).days)


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


def missing_metrics(figures: pd.DataFrame, metrics: tuple[str, ...]) -> dict[str, list[str]]:
    """Per movement, the metrics no source quantifies (no row at all)."""
    present = figures.groupby("movement", observed=True)["metric"].agg(lambda s: set(s.astype(str)))
    return {
        movement: [metric for metric in metrics if metric not in present.get(movement, set())]
        for movement in MOVEMENTS
    }


def organisation_speed(organisations: pd.DataFrame) -> pd.DataFrame:
    """Bodies with days from their movement's day 0 to their founding, ordered by that."""
    out = with_day_offset(organisations, date_column="founded")
    return out.sort_values(["movement", "day", "org_id"], kind="stable").reset_index(drop=True)


def economy_series(economy: pd.DataFrame, indicator: str, years: tuple[int, int] | None = None) -> pd.DataFrame:
    """One indicator's rows, optionally within a year window, ordered for plotting."""
    rows = economy[economy["indicator_id"] == indicator]
    if years is not None:
        rows = rows[(rows["year"] >= years[0]) & (rows["year"] <= years[1])]
    return rows.sort_values(["series_id", "year"], kind="stable").reset_index(drop=True)
