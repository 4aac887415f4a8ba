"""Claims figures: verdicts by dimension, and the small charts beside the claims checked on numbers.

Pure builders: checked claims and data rows in, go.Figure out. The small charts draw
only the few values a verdict rests on, so the whole page stays light.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from charts.figure import base_layout, broken_lines, figure, merge
from i18n import DEFAULT_LANGUAGE, _, current_language, localise_digits, ngettext
from charts.theme import MOVEMENT_COLOURS, NEUTRAL
from transforms.claims import VERDICT_LABELS, VERDICTS, merge_identical_series, series_names
from transforms.claims.text import amount, signed, year
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


# Characters per line of a long axis label, so a narrow chart keeps room for its bars.
AXIS_LABEL_WIDTH = 26


def _translated() -> bool:
    """Whether numbers Plotly would print in Latin digits must be given as text (a language other than English)."""
    return current_language() != DEFAULT_LANGUAGE


def _localised_ticks(axis: dict[str, Any], values: list[int]) -> None:
    """Tick labels in the reader's digits at `values` (whole numbers: years, counts); English keeps Plotly's own."""
    if _translated():
        axis.update({"tickmode": "array", "tickvals": values, "ticktext": [localise_digits(str(v)) for v in values]})


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
                "y": [_(label(d)) for d in order],
                "orientation": "h",
                "name": _(VERDICT_LABELS[verdict]),
                "marker": {
                    "color": VERDICT_COLOURS[verdict],
                    # Light hatching keeps the count printed on the bar readable.
                    "pattern": {"shape": VERDICT_PATTERNS[verdict], "fgcolor": "white", "fgopacity": 0.55, "size": 7},
                    "line": {"color": "white", "width": 1},
                },
                "text": [amount(c) if c else "" for c in counts],
                "textposition": "inside",
                "insidetextanchor": "middle",
                "insidetextfont": {"color": "#111111", "size": 14},
                "customdata": [", ".join(ids[d]) for d in order],
                "hovertemplate": _summary_hover(verdict, counts),
            }
        )
    layout = {
        "barmode": "stack",
        "xaxis": {"title": {"text": _("claims")}, "dtick": 1, "rangemode": "tozero"},
        "yaxis": {
            "categoryorder": "array", "categoryarray": [_(label(d)) for d in reversed(order)], "automargin": True,
        },
    }
    most = max((sum(len(claim_ids.get((v, d), [])) for v in VERDICTS) for d in order), default=0)
    _localised_ticks(layout["xaxis"], list(range(most + 1)))
    title = _("Verdicts by what the claims are about")
    base_layout(layout, title=title, height=170 + 36 * max(len(order), 1))
    layout["legend"]["traceorder"] = "normal"
    # One legend line on a wide screen, one per verdict on a phone.
    _legend_room(layout, len(data))
    return figure(data, layout)


def _summary_hover(verdict: str, counts: list[int]) -> str:
    """The hover of one verdict's bars: the dimension, the count and the claim ids (counts as text in Burmese)."""
    if _translated():
        return _("<b>%{{y}}</b><br>{verdict}: %{{text}} (%{{customdata}})<extra></extra>").format(
            verdict=_(VERDICT_LABELS[verdict])
        )
    return f"<b>%{{y}}</b><br>{VERDICT_LABELS[verdict]}: %{{x}} (%{{customdata}})<extra></extra>"


def _growth_bars(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """One bar trace per series; series with identical values (vintages of one source) drawn once."""
    rows = merge_identical_series(rows)
    colours = series_colours(rows["series_id"].astype(str).tolist())
    traces = []
    for series_id, mine in rows.groupby("series_id", sort=True):
        trace = {
            "type": "bar",
            "x": mine["year"].astype(int).tolist(),
            "y": mine["value"].round(2).tolist(),
            # Wrapped so a merged name (three World Bank vintages) fits a phone-wide legend.
            "name": broken_lines(mine["series_label"].iloc[0], 34),
            "marker": {"color": colours[str(series_id)]},
            "customdata": [source_site(url) for url in mine["source_url"]],
            "hovertemplate": "<b>%{fullData.name}</b><br>%{x}: %{y:+.1f}%<br>Source: %{customdata}<extra></extra>",
        }
        if _translated():
            # Year and value written as text, in the reader's digits; the source's host stays as it is.
            trace["customdata"] = [
                [source_site(url), year(when), signed(value)]
                for url, when, value in zip(mine["source_url"], mine["year"], mine["value"])
            ]
            trace["hovertemplate"] = _(
                "<b>%{fullData.name}</b><br>%{customdata[1]}: %{customdata[2]}<br>Source: %{customdata[0]}"
                "<extra></extra>"
            )
        traces.append(trace)
    return traces


def _growth_axes(layout: dict[str, Any]) -> None:
    """Growth bars: no x title (the ticks are years), the y axis in percent with its zero line."""
    merge(
        layout,
        {
            "xaxis": {"title": {}},
            "yaxis": {"title": {"text": _("real GDP growth (%)")}, "ticksuffix": "%", "zeroline": True},
        },
    )


def growth_with_threshold(rows: pd.DataFrame, years: tuple[int, int], threshold: float) -> go.Figure:
    """C1: real GDP growth per year and series, with the claim's 10% line."""
    data = _growth_bars(rows)
    claim_text = _("{value}% (the claim)").format(value=amount(threshold))
    line, line_label = _claim_level(threshold, claim_text, label_above=True)
    layout = {
        "shapes": [line],
        "annotations": [line_label],
        "barmode": "group",
        "bargap": 0.15,
        "bargroupgap": 0,
        "xaxis": {"range": [years[0] - 0.6, years[1] + 0.6], "dtick": 4},
    }
    _localised_ticks(layout["xaxis"], list(range(years[0], years[1] + 1, 4)))
    _growth_axes(layout)
    title = _("Growth {first}–{last}, by source").format(first=year(years[0]), last=year(years[1]))
    base_layout(layout, title=title, height=SMALL_HEIGHT + 60)
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
    names = [broken_lines(series_names(labels), AXIS_LABEL_WIDTH) for labels in same.values()]
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
    if _translated():
        bars["text"] = [signed(v) for v in values]
        bars["hovertemplate"] = _("<b>%{{y}}</b><br>%{{text}} over {first}–{last}<extra></extra>").format(
            first=year(years[0]), last=year(years[1])
        )
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
        "showarrow": False, "text": _("{value}%: sharp").format(value=amount(sharp)).replace("-", "−"),
        "font": {"color": CLAIM_LINE},
    }
    low = min([*values, sharp])
    layout = {
        "shapes": [sharp_line],
        "annotations": [sharp_label],
        "xaxis": {
            "title": {"text": _("change in real output")},
            "ticksuffix": "%",
            "range": [low * 1.3, max([0, *values]) + abs(low) * 0.1],
        },
        "yaxis": {"automargin": True, "categoryorder": "array", "categoryarray": list(reversed(names))},
    }
    title = _("Output change over {first}–{last}, by source").format(first=year(years[0]), last=year(years[1]))
    base_layout(layout, title=title, height=130 + 56 * max(len(names), 1))
    return figure([bars], layout)


def growth_against_claim(rows: pd.DataFrame, years: tuple[int, int], claimed: float, band: float) -> go.Figure:
    """C3: growth over the years around the claim, with the claimed figure and the band that agrees with it."""
    data = _growth_bars(rows)
    claim_text = _("{value}% (the claim)").format(value=amount(claimed)).replace("-", "−")
    line, line_label = _claim_level(claimed, claim_text, label_above=False)
    layout = {
        "shapes": [_agreeing_band("y", claimed - band, claimed + band), line],
        "annotations": [line_label],
        "barmode": "group",
        "bargap": 0.2,
        "xaxis": {"dtick": 1, "range": [years[0] - 0.6, years[1] + 0.6]},
    }
    _localised_ticks(layout["xaxis"], list(range(years[0], years[1] + 1)))
    _growth_axes(layout)
    title = _("Growth {first}–{last} against the claim").format(first=year(years[0]), last=year(years[1]))
    base_layout(layout, title=title, height=SMALL_HEIGHT + 60)
    _legend_room(layout, len(data))
    return figure(data, layout)


def days_in_office(numbers: dict) -> go.Figure:
    """C11: days between the two dated rows against the claimed count, with the band that agrees."""
    claimed, band = numbers["claimed"], numbers["band"]
    ours = _("Our rows:<br>{dates}").format(dates=day_span(numbers["start"], numbers["end"]))
    article = _("The article")
    days = numbers["days"]
    bars = {
        "type": "bar",
        "x": [days, claimed],
        "y": [ours, article],
        "orientation": "h",
        "marker": {"color": [MOVEMENT_COLOURS["1988"], NEUTRAL], "pattern": {"shape": ["", "/"]}},
        "text": [_days(days), _days(claimed)],
        "textposition": "inside",
        "showlegend": False,
        "customdata": [
            _("{first} to {last} (end minus start)").format(first=numbers["start_id"], last=numbers["end_id"]),
            _("the claim"),
        ],
        "hovertemplate": "<b>%{y}</b><br>%{x} days<br>%{customdata}<extra></extra>",
    }
    if _translated():
        bars["hovertemplate"] = _("<b>%{y}</b><br>%{text}<br>%{customdata}<extra></extra>")
    layout = {
        "shapes": [_agreeing_band("x", claimed - band, claimed + band)],
        # Above the plot: inside it the label would sit on the bar of our count, drawn in the same colour.
        "annotations": [
            {
                "x": claimed, "y": 1, "xref": "x", "yref": "y domain", "yanchor": "bottom", "showarrow": False,
                "text": _("agrees"), "font": {"color": CLAIM_LINE, "size": 12},
            }
        ],
        "xaxis": {"title": {"text": _("days in office")}, "range": [0, max(days, claimed + band) * 1.12]},
        "yaxis": {"automargin": True, "categoryorder": "array", "categoryarray": [article, ours]},
    }
    _localised_ticks(layout["xaxis"], list(range(0, int(max(days, claimed + band) * 1.12) + 1, 5)))
    base_layout(layout, title=_("Sein Lwin's days in office"), height=240)
    merge(layout, {"margin": {"t": 90}, "showlegend": False})
    return figure([bars], layout)


def _days(count: int) -> str:
    """'17 days' on a bar ('၁၇ ရက်' in Burmese)."""
    return ngettext("{count} day", "{count} days", count).format(count=amount(count))
