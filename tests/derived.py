"""Helpers the tests use to state what a page or figure should show, built from the app's own pieces."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from transforms.derive import events_of, in_window


def filter_events(
    events: pd.DataFrame,
    movements: list[str],
    categories: list[str],
    column: str,
    window: tuple,
) -> pd.DataFrame:
    """Events of the chosen movements and categories whose `column` lies inside `window` (both ends included)."""
    return in_window(events_of(events, movements, categories), column, window)


def days_between(events: pd.DataFrame, start_event_id: str, end_event_id: str) -> int:
    """Calendar days from one dated event to another (end minus start)."""
    dates = events.set_index("event_id")["date"]
    missing = [event_id for event_id in (start_event_id, end_event_id) if event_id not in dates.index]
    if missing:
        raise KeyError(f"no event with id {', '.join(missing)}")
    return int((dates[end_event_id] - dates[start_event_id]).days)


def plotted_years(fig: go.Figure, series_label: str) -> dict[int, float]:
    """{year: plotted value} of one series trace, as drawn."""
    trace = next(t for t in fig.data if t.name == series_label)
    return {pd.Timestamp(x).year: y for x, y in zip(trace.x, trace.y) if x is not None}
