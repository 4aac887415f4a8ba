"""Overview figures: the headline ranges of the two movements side by side.

Durations by definition are drawn by `charts.outcomes.durations`, shared with the Outcomes page."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from charts.figure import base_layout, figure
from charts.repression import log_ticks
from charts.theme import MOVEMENT_COLOURS
from i18n import _, current_language
from transforms.derive import headline_by_metric
from transforms.localise import localised
from vocabulary.formatting import value_range
from vocabulary.labels import label, source_site
from vocabulary.movements import MOVEMENT_LABELS

# Metrics counted in people, so one logarithmic axis can hold them all.
PEOPLE_METRICS = ("participation", "deaths", "arrests", "displaced")


def headline_ranges(figures: pd.DataFrame, movements: list[str]) -> go.Figure:
    """Low-to-high range of each people-counted headline figure, one row per metric, log scale.

    A single value is a dot; a range is a bar between its ends, so no point is
    invented between two sources that disagree.
    """
    rows = localised(figures[
        figures["headline"] & figures["metric"].isin(PEOPLE_METRICS) & figures["movement"].isin(movements)
    ], ["label", "unit", "definition"])
    data = []
    order = [m for m in PEOPLE_METRICS if m in set(rows["metric"].astype(str))]
    for movement in movements:
        mine = headline_by_metric(rows, movement).reindex(order).dropna(subset=["low"])
        spread = (mine["high"].fillna(mine["low"]) - mine["low"]).tolist()
        data.append({
            "type": "scatter",
            "x": mine["low"].tolist(),
            "y": [_(label(m)) for m in mine.index],
            "mode": "markers",
            "marker": {"color": MOVEMENT_COLOURS[movement], "size": 11},
            # The bar runs from the low to the high value; a lone dot is a single value.
            "error_x": {"type": "data", "symmetric": False, "array": spread, "arrayminus": [0] * len(spread),
                        "color": MOVEMENT_COLOURS[movement], "thickness": 4, "width": 6},
            "name": _(MOVEMENT_LABELS[movement]),
            "hovertext": [
                f"<b>{_(MOVEMENT_LABELS[movement])}: {r.label}</b><br>{value_range(r.low, r.high)} {r.unit}<br>"
                f"{r.definition}<br>" + _("Source: {site}").format(site=source_site(r.source_url))
                for r in mine.itertuples()
            ],
            "hoverinfo": "text",
            "customdata": mine["source_url"].tolist(),
        })
    # One tick a decade, written short (1k, 10k, 1M), so the axis reads at phone width.
    x_axis = {"type": "log", "title": {"text": _("people (log scale)")}, "dtick": 1, "tickformat": "~s"}
    values = pd.concat([rows["low"], rows["high"]]).dropna()
    if len(values):
        # Half a decade of room either side so no marker sits on the edge.
        x_axis["range"] = [math.log10(values.min()) - 0.3, math.log10(values.max()) + 0.3]
        x_axis.update(log_ticks(10 ** x_axis["range"][0], 10 ** x_axis["range"][1]))
    layout = {
        "xaxis": x_axis,
        "yaxis": {"categoryorder": "array", "categoryarray": [_(label(m)) for m in reversed(order)]},
        "scattermode": "group",
        "scattergap": 0.5,
    }
    base_layout(layout, title=_("Headline figures, low to high"), height=360)
    if current_language() == "my":
        layout["margin"]["t"] += 30  # the legend's Burmese names stand taller and wrap to a second row on a phone
    return figure(data, layout)
