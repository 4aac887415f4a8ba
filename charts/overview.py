"""Overview figures: headline ranges and durations of the two movements side by side."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from transforms.derive import headline_by_metric
from charts.theme import MOVEMENT_COLOURS, MOVEMENT_LABELS, base_layout, label, source_site, value_range

# Metrics counted in people, so one logarithmic axis can hold them all.
PEOPLE_METRICS = ("participation", "deaths", "arrests", "displaced")


def headline_ranges(figures: pd.DataFrame, movements: list[str]) -> go.Figure:
    """Low-to-high range of each people-counted headline figure, one row per metric, log scale.

    A single value is a dot; a range is a bar between its ends, so no point is
    invented between two sources that disagree.
    """
    rows = figures[
        figures["headline"] & figures["metric"].isin(PEOPLE_METRICS) & figures["movement"].isin(movements)
    ]
    fig = go.Figure()
    order = [m for m in PEOPLE_METRICS if m in set(rows["metric"].astype(str))]
    for movement in movements:
        mine = headline_by_metric(rows, movement).reindex(order).dropna(subset=["low"])
        spread = (mine["high"].fillna(mine["low"]) - mine["low"]).tolist()
        fig.add_trace(
            go.Scatter(
                x=mine["low"].tolist(),
                y=[label(m) for m in mine.index],
                mode="markers",
                marker={"color": MOVEMENT_COLOURS[movement], "size": 11},
                # The bar runs from the low to the high value; a lone dot is a single value.
                error_x={"type": "data", "symmetric": False, "array": spread, "arrayminus": [0] * len(spread),
                         "color": MOVEMENT_COLOURS[movement], "thickness": 4, "width": 6},
                name=MOVEMENT_LABELS[movement],
                hovertext=[
                    f"<b>{MOVEMENT_LABELS[movement]}: {r.label}</b><br>{value_range(r.low, r.high)} {r.unit}<br>"
                    f"{r.definition}<br>Source: {source_site(r.source_url)}"
                    for r in mine.itertuples()
                ],
                hoverinfo="text",
                customdata=mine["source_url"].tolist(),
            )
        )
    values = pd.concat([rows["low"], rows["high"]]).dropna()
    if len(values):
        # Half a decade of room either side so no marker sits on the edge.
        fig.update_xaxes(range=[math.log10(values.min()) - 0.3, math.log10(values.max()) + 0.3])
    fig.update_xaxes(type="log", title="people (log scale)", tickformat=",")
    fig.update_yaxes(categoryorder="array", categoryarray=[label(m) for m in reversed(order)])
    base_layout(fig, title="Headline figures: low to high, as the sources give them", height=360)
    fig.update_layout(scattermode="group", scattergap=0.5)
    return fig


def durations(periods: pd.DataFrame, movements: list[str]) -> go.Figure:
    """Duration in days under each start/end definition, as labelled horizontal bars."""
    rows = periods[periods["movement"].isin(movements)].sort_values(["movement", "duration_days"])
    fig = go.Figure()
    for movement in movements:
        mine = rows[rows["movement"] == movement]
        ongoing = mine["end_kind"] == "ongoing_as_of"
        text = [f"{d:,} days{' (still going on)' if o else ''}" for d, o in zip(mine["duration_days"], ongoing)]
        fig.add_trace(
            go.Bar(
                x=mine["duration_days"],
                y=[f"{MOVEMENT_LABELS[movement][:4]}: {d}" for d in mine["definition"]],
                orientation="h",
                marker={"color": MOVEMENT_COLOURS[movement], "pattern": {"shape": ["/" if o else "" for o in ongoing]}},
                name=MOVEMENT_LABELS[movement],
                text=text,
                textposition="auto",
                customdata=list(mine["source_url"]),
                hovertext=[
                    f"<b>{r.definition}</b><br>{r.start_date:%d %b %Y} to {r.end_date:%d %b %Y}: {r.duration_days:,} days"
                    f"<br>Source: {source_site(r.source_url)}"
                    for r in mine.itertuples()
                ],
                hoverinfo="text",
            )
        )
    fig.update_xaxes(title="days (end date minus start date)", tickformat=",")
    fig.update_yaxes(automargin=True)
    base_layout(fig, title="How long did each movement last? It depends on the definition", height=120 + 34 * max(len(rows), 1))
    return fig
