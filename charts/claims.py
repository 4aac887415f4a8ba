"""Claims figures: verdicts by dimension, and the small charts beside the claims checked on numbers.

Pure builders: checked claims and data rows in, go.Figure out. The small charts draw
only the few values a verdict rests on, so the whole page stays light.
"""

from __future__ import annotations

import textwrap
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from charts.figure import base_layout, figure, merge
from charts.theme import MOVEMENT_COLOURS, NEUTRAL
from transforms.claims import VERDICT_LABELS, VERDICTS, merge_identical_series, series_names
from vocabulary.formatting import day_span
from vocabulary.labels import label, source_site

# Okabe-Ito colours (safe with the common colour-vision deficiencies), with a fill
# pattern as a second cue so no verdict is told by colour alone.
VERDICT_COLOURS = {
    "supported": "#009E73",
    "partly_supported": "#E69F00",
    "contradicted": "#D55E00",
    "not_checkable": "#999999",
}
VERDICT_PATTERNS = {"supported": "", "partly_supported": "/", "contradicted": "x", "not_checkable": "."}
# Economy series keep one colour each across the small charts (Okabe-Ito, minus the verdict colours).
SERIES_COLOURS = ("#0072B2", "#56B4E9", "#CC79A7", "#000000", "#7F3C8D", "#F0E442")
CLAIM_LINE = "#D55E00"
SMALL_HEIGHT = 300


def _wrapped(text: str, width: int = 26) -> str:
    """Long axis labels broken over lines so a narrow chart keeps room for its bars."""
    return "<br>".join(textwrap.wrap(text, width)) or text


def _legend_room(layout: dict[str, Any], entries: int) -> None:
    """A small chart sits in a narrow column where each legend entry takes its own line above the
    plot: pin the title to the top and make room for the legend below it."""
    merge(layout, {"title": {"y": 0.98, "yanchor": "top", "yref": "container"}, "margin": {"t": 50 + 22 * entries}})


def _claim_level(y: float, text: str, *, label_above: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """The claim's value as a dashed line across the plot, labelled at its left end: a shape and its annotation."""
    line = {
        "type": "line",
        "xref": "x domain", "x0": 0, "x1": 1,
        "yref": "y", "y0": y, "y1": y,
        "line": {"color": CLAIM_LINE, "dash": "dash", "width": 2},
    }
    annotation = {
        "xref": "x domain", "x": 0, "xanchor": "left",
        "yref": "y", "y": y, "yanchor": "bottom" if label_above else "top",
        "showarrow": False, "text": text, "font": {"color": CLAIM_LINE},
    }
    return line, annotation


def _agreeing_band(axis: str, low: float, high: float) -> dict[str, Any]:
    """The values that agree with the claim, shaded across the plot (under the bars) along the `axis` ("x" or "y")."""
    across = "y" if axis == "x" else "x"
    return {
        "type": "rect",
        f"{axis}ref": axis, f"{axis}0": low, f"{axis}1": high,
        f"{across}ref": f"{across} domain", f"{across}0": 0, f"{across}1": 1,
        "fillcolor": CLAIM_LINE, "opacity": 0.15, "line": {"width": 0}, "layer": "below",
    }


def series_colours(series_ids: list[str]) -> dict[str, str]:
    return {series: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, series in enumerate(sorted(set(series_ids)))}


def verdict_summary(verdicts: pd.DataFrame, dimensions: list[str]) -> go.Figure:
    """Stacked horizontal bars: claims per dimension, split by verdict, in the order of `dimensions`."""
    order = [d for d in dimensions if d in set(verdicts["dimension"])]
    # Claim ids by verdict and dimension, in row order: one pass over the rows, not a filter per bar.
    claim_ids: dict[tuple[str, str], list[str]] = {}
    for claim_id, dimension, verdict in zip(verdicts["claim_id"], verdicts["dimension"], verdicts["verdict"]):
        claim_ids.setdefault((verdict, dimension), []).append(claim_id)
    data = []
    for verdict in VERDICTS:
        ids = {d: claim_ids.get((verdict, d), []) for d in order}
        counts = [len(ids[d]) for d in order]
        if not any(counts):
            continue
        data.append(
            {
                "type": "bar",
                "x": counts,
                "y": [label(d) for d in order],
                "orientation": "h",
                "name": VERDICT_LABELS[verdict],
                "marker": {
                    "color": VERDICT_COLOURS[verdict],
                    # Light hatching keeps the count printed on the bar readable.
                    "pattern": {"shape": VERDICT_PATTERNS[verdict], "fgcolor": "white", "fgopacity": 0.55, "size": 7},
                    "line": {"color": "white", "width": 1},
                },
                "text": [str(c) if c else "" for c in counts],
                "textposition": "inside",
                "insidetextanchor": "middle",
                "insidetextfont": {"color": "#111111", "size": 14},
                "customdata": [", ".join(ids[d]) for d in order],
                "hovertemplate": f"<b>%{{y}}</b><br>{VERDICT_LABELS[verdict]}: %{{x}} (%{{customdata}})<extra></extra>",
            }
        )
    layout = {
        "barmode": "stack",
        "xaxis": {"title": {"text": "claims"}, "dtick": 1, "rangemode": "tozero"},
        "yaxis": {"categoryorder": "array", "categoryarray": [label(d) for d in reversed(order)], "automargin": True},
    }
    base_layout(layout, title="Verdicts by what the claims are about", height=170 + 36 * max(len(order), 1))
    layout["legend"]["traceorder"] = "normal"
    # One legend line on a wide screen, one per verdict on a phone.
    _legend_room(layout, len(data))
    return figure(data, layout)


def _growth_bars(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """One bar trace per series; series with identical values (vintages of one source) drawn once."""
    rows = merge_identical_series(rows)
    colours = series_colours(rows["series_id"].astype(str).tolist())
    return [
        {
            "type": "bar",
            "x": mine["year"].astype(int).tolist(),
            "y": mine["value"].round(2).tolist(),
            # Wrapped so a merged name (three World Bank vintages) fits a phone-wide legend.
            "name": _wrapped(str(mine["series_label"].iloc[0]), 34),
            "marker": {"color": colours[str(series_id)]},
            "customdata": [source_site(url) for url in mine["source_url"]],
            "hovertemplate": "<b>%{fullData.name}</b><br>%{x}: %{y:+.1f}%<br>Source: %{customdata}<extra></extra>",
        }
        for series_id, mine in rows.groupby("series_id", sort=True)
    ]


def _growth_axes(layout: dict[str, Any]) -> None:
    """Growth bars: no x title (the ticks are years), the y axis in percent with its zero line."""
    merge(
        layout,
        {"xaxis": {"title": {}}, "yaxis": {"title": {"text": "real GDP growth (%)"}, "ticksuffix": "%", "zeroline": True}},
    )


def growth_with_threshold(rows: pd.DataFrame, years: tuple[int, int], threshold: float) -> go.Figure:
    """C1: real GDP growth per year and series, with the claim's 10% line."""
    data = _growth_bars(rows)
    line, line_label = _claim_level(threshold, f"{threshold:g}% (the claim)", label_above=True)
    layout = {
        "shapes": [line],
        "annotations": [line_label],
        "barmode": "group",
        "bargap": 0.15,
        "bargroupgap": 0,
        "xaxis": {"range": [years[0] - 0.6, years[1] + 0.6], "dtick": 4},
    }
    _growth_axes(layout)
    base_layout(layout, title=f"Growth {years[0]}–{years[1]}, by source", height=SMALL_HEIGHT + 60)
    # Drawn full width: one legend line on a wide screen, three (two names wrap) on a phone.
    _legend_room(layout, 3)
    return figure(data, layout)


def fall_by_series(changes: dict[str, float], sharp: float, years: tuple[int, int]) -> go.Figure:
    """C2: real output change over the years named, compounded, one bar per series, with the 'sharp' line.

    Series with the same change (vintages of one source) share a bar.
    """
    same: dict[float, list[str]] = {}
    for name, change in changes.items():
        same.setdefault(round(change, 2), []).append(name)
    names = [_wrapped(series_names(labels)) for labels in same.values()]
    values = list(same)
    bars = {
        "type": "bar",
        "x": values,
        "y": names,
        "orientation": "h",
        "marker": {"color": [MOVEMENT_COLOURS["1988"] if v <= sharp else NEUTRAL for v in values]},
        "text": [f"{v:+.1f}%".replace("-", "−") for v in values],
        "textposition": "auto",
        "showlegend": False,
        "hovertemplate": "<b>%{y}</b><br>%{x:+.1f}% over " + f"{years[0]}–{years[1]}" + "<extra></extra>",
    }
    # The 'sharp' line down the plot, labelled at its top, on its left.
    sharp_line = {
        "type": "line",
        "xref": "x", "x0": sharp, "x1": sharp,
        "yref": "y domain", "y0": 0, "y1": 1,
        "line": {"color": CLAIM_LINE, "dash": "dash", "width": 2},
    }
    sharp_label = {
        "xref": "x", "x": sharp, "xanchor": "right",
        "yref": "y domain", "y": 1, "yanchor": "top",
        "showarrow": False, "text": f"{sharp:g}%: sharp".replace("-", "−"), "font": {"color": CLAIM_LINE},
    }
    low = min([*values, sharp])
    layout = {
        "shapes": [sharp_line],
        "annotations": [sharp_label],
        "xaxis": {
            "title": {"text": "change in real output"},
            "ticksuffix": "%",
            "range": [low * 1.3, max([0, *values]) + abs(low) * 0.1],
        },
        "yaxis": {"automargin": True, "categoryorder": "array", "categoryarray": list(reversed(names))},
    }
    title = f"Output change over {years[0]}–{years[1]}, by source"
    base_layout(layout, title=title, height=130 + 56 * max(len(names), 1))
    return figure([bars], layout)


def growth_against_claim(rows: pd.DataFrame, years: tuple[int, int], claimed: float, band: float) -> go.Figure:
    """C3: growth over the years around the claim, with the claimed figure and the band that agrees with it."""
    data = _growth_bars(rows)
    line, line_label = _claim_level(claimed, f"{claimed:g}% (the claim)".replace("-", "−"), label_above=False)
    layout = {
        "shapes": [_agreeing_band("y", claimed - band, claimed + band), line],
        "annotations": [line_label],
        "barmode": "group",
        "bargap": 0.2,
        "xaxis": {"dtick": 1, "range": [years[0] - 0.6, years[1] + 0.6]},
    }
    _growth_axes(layout)
    base_layout(layout, title=f"Growth {years[0]}–{years[1]} against the claim", height=SMALL_HEIGHT + 60)
    _legend_room(layout, len(data))
    return figure(data, layout)


def days_in_office(numbers: dict) -> go.Figure:
    """C11: days between the two dated rows against the claimed count, with the band that agrees."""
    claimed, band = numbers["claimed"], numbers["band"]
    ours = f"Our rows:<br>{day_span(numbers['start'], numbers['end'])}"
    bars = {
        "type": "bar",
        "x": [numbers["days"], claimed],
        "y": [ours, "The article"],
        "orientation": "h",
        "marker": {"color": [MOVEMENT_COLOURS["1988"], NEUTRAL], "pattern": {"shape": ["", "/"]}},
        "text": [f"{numbers['days']} days", f"{claimed} days"],
        "textposition": "inside",
        "showlegend": False,
        "customdata": [f"{numbers['start_id']} to {numbers['end_id']} (end minus start)", "the claim"],
        "hovertemplate": "<b>%{y}</b><br>%{x} days<br>%{customdata}<extra></extra>",
    }
    layout = {
        "shapes": [_agreeing_band("x", claimed - band, claimed + band)],
        # Above the plot: inside it the label would sit on the bar of our count, drawn in the same colour.
        "annotations": [
            {
                "x": claimed, "y": 1, "xref": "x", "yref": "y domain", "yanchor": "bottom", "showarrow": False,
                "text": "agrees", "font": {"color": CLAIM_LINE, "size": 12},
            }
        ],
        "xaxis": {"title": {"text": "days in office"}, "range": [0, max(numbers["days"], claimed + band) * 1.12]},
        "yaxis": {"automargin": True, "categoryorder": "array", "categoryarray": ["The article", ours]},
    }
    base_layout(layout, title="Sein Lwin's days in office", height=240)
    merge(layout, {"margin": {"t": 90}, "showlegend": False})
    return figure([bars], layout)
