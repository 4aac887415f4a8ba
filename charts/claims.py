"""Claims figures: verdicts by dimension, and the small charts beside the claims checked on numbers.

Pure builders: checked claims and data rows in, go.Figure out. The small charts draw
only the few values a verdict rests on, so the whole page stays light.
"""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from charts.theme import MOVEMENT_COLOURS, NEUTRAL, base_layout, label, source_site
from transforms.claims import VERDICT_LABELS, VERDICTS, merge_identical_series, series_names

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


def _legend_room(fig: go.Figure, entries: int) -> None:
    """A small chart sits in a narrow column where each legend entry takes its own line above the
    plot: pin the title to the top and make room for the legend below it."""
    fig.update_layout(
        title={"y": 0.98, "yanchor": "top", "yref": "container"},
        margin={"t": 50 + 22 * entries},
    )


def series_colours(series_ids: list[str]) -> dict[str, str]:
    return {series: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, series in enumerate(sorted(set(series_ids)))}


def verdict_summary(verdicts: pd.DataFrame, dimensions: list[str]) -> go.Figure:
    """Stacked horizontal bars: claims per dimension, split by verdict, in the order of `dimensions`."""
    order = [d for d in dimensions if d in set(verdicts["dimension"])]
    fig = go.Figure()
    for verdict in VERDICTS:
        mine = verdicts[verdicts["verdict"] == verdict]
        ids = {d: mine.loc[mine["dimension"] == d, "claim_id"].tolist() for d in order}
        counts = [len(ids[d]) for d in order]
        if not any(counts):
            continue
        fig.add_trace(
            go.Bar(
                x=counts,
                y=[label(d) for d in order],
                orientation="h",
                name=VERDICT_LABELS[verdict],
                marker={
                    "color": VERDICT_COLOURS[verdict],
                    # Light hatching keeps the count printed on the bar readable.
                    "pattern": {"shape": VERDICT_PATTERNS[verdict], "fgcolor": "white", "fgopacity": 0.55, "size": 7},
                    "line": {"color": "white", "width": 1},
                },
                text=[str(c) if c else "" for c in counts],
                textposition="inside",
                insidetextanchor="middle",
                insidetextfont={"color": "#111111", "size": 14},
                customdata=[", ".join(ids[d]) for d in order],
                hovertemplate=f"<b>%{{y}}</b><br>{VERDICT_LABELS[verdict]}: %{{x}} (%{{customdata}})<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title="claims", dtick=1, rangemode="tozero")
    fig.update_yaxes(categoryorder="array", categoryarray=[label(d) for d in reversed(order)], automargin=True)
    base_layout(fig, title="Verdicts by what the claims are about", height=170 + 36 * max(len(order), 1))
    fig.update_layout(legend_traceorder="normal")
    # One legend line on a wide screen, one per verdict on a phone.
    _legend_room(fig, len(fig.data))
    return fig


def _growth_bars(fig: go.Figure, rows: pd.DataFrame) -> None:
    """One bar trace per series; series with identical values (vintages of one source) drawn once."""
    rows = merge_identical_series(rows)
    colours = series_colours(rows["series_id"].astype(str).tolist())
    for series_id, mine in rows.groupby("series_id", sort=True):
        fig.add_trace(
            go.Bar(
                x=mine["year"].astype(int).tolist(),
                y=mine["value"].round(2).tolist(),
                # Wrapped so a merged name (three World Bank vintages) fits a phone-wide legend.
                name=_wrapped(str(mine["series_label"].iloc[0]), 34),
                marker={"color": colours[str(series_id)]},
                customdata=[source_site(url) for url in mine["source_url"]],
                hovertemplate="<b>%{fullData.name}</b><br>%{x}: %{y:+.1f}%<br>Source: %{customdata}<extra></extra>",
            )
        )


def growth_with_threshold(rows: pd.DataFrame, years: tuple[int, int], threshold: float) -> go.Figure:
    """C1: real GDP growth per year and series, with the claim's 10% line."""
    fig = go.Figure()
    _growth_bars(fig, rows)
    fig.add_hline(
        y=threshold,
        line={"color": CLAIM_LINE, "dash": "dash", "width": 2},
        annotation_text=f"{threshold:g}% (the claim)",
        annotation_position="top left",
        annotation_font_color=CLAIM_LINE,
    )
    fig.update_layout(barmode="group", bargap=0.15, bargroupgap=0)
    fig.update_xaxes(title=None, range=[years[0] - 0.6, years[1] + 0.6], dtick=4)
    fig.update_yaxes(title="real GDP growth (%)", ticksuffix="%", zeroline=True)
    base_layout(fig, title=f"Growth {years[0]}–{years[1]}, by source", height=SMALL_HEIGHT + 60)
    # Drawn full width: one legend line on a wide screen, three (two names wrap) on a phone.
    _legend_room(fig, 3)
    return fig


def fall_by_series(changes: dict[str, float], sharp: float, years: tuple[int, int]) -> go.Figure:
    """C2: real output change over the years named, compounded, one bar per series, with the 'sharp' line.

    Series with the same change (vintages of one source) share a bar.
    """
    same: dict[float, list[str]] = {}
    for name, change in changes.items():
        same.setdefault(round(change, 2), []).append(name)
    names = [_wrapped(series_names(labels)) for labels in same.values()]
    values = list(same)
    fig = go.Figure(
        go.Bar(
            x=values,
            y=names,
            orientation="h",
            marker={"color": [MOVEMENT_COLOURS["1988"] if v <= sharp else NEUTRAL for v in values]},
            text=[f"{v:+.1f}%".replace("-", "−") for v in values],
            textposition="auto",
            showlegend=False,
            hovertemplate="<b>%{y}</b><br>%{x:+.1f}% over " + f"{years[0]}–{years[1]}" + "<extra></extra>",
        )
    )
    fig.add_vline(
        x=sharp,
        line={"color": CLAIM_LINE, "dash": "dash", "width": 2},
        annotation_text=f"{sharp:g}%: sharp".replace("-", "−"),
        annotation_position="top left",
        annotation_font_color=CLAIM_LINE,
    )
    low = min([*values, sharp])
    fig.update_xaxes(
        title="change in real output",
        ticksuffix="%",
        range=[low * 1.3, max([0, *values]) + abs(low) * 0.1],
    )
    fig.update_yaxes(automargin=True, categoryorder="array", categoryarray=list(reversed(names)))
    base_layout(fig, title=f"Output change over {years[0]}–{years[1]}, by source", height=130 + 56 * max(len(names), 1))
    return fig


def growth_against_claim(rows: pd.DataFrame, years: tuple[int, int], claimed: float, band: float) -> go.Figure:
    """C3: growth over the years around the claim, with the claimed figure and the band that agrees with it."""
    fig = go.Figure()
    fig.add_hrect(y0=claimed - band, y1=claimed + band, fillcolor=CLAIM_LINE, opacity=0.15, line_width=0, layer="below")
    _growth_bars(fig, rows)
    fig.add_hline(
        y=claimed,
        line={"color": CLAIM_LINE, "dash": "dash", "width": 2},
        annotation_text=f"{claimed:g}% (the claim)".replace("-", "−"),
        annotation_position="bottom left",
        annotation_font_color=CLAIM_LINE,
    )
    fig.update_layout(barmode="group", bargap=0.2)
    fig.update_xaxes(title=None, dtick=1, range=[years[0] - 0.6, years[1] + 0.6])
    fig.update_yaxes(title="real GDP growth (%)", ticksuffix="%", zeroline=True)
    base_layout(fig, title=f"Growth {years[0]}–{years[1]} against the claim", height=SMALL_HEIGHT + 60)
    _legend_room(fig, len(fig.data))
    return fig


def days_in_office(numbers: dict) -> go.Figure:
    """C11: days between the two dated rows against the claimed count, with the band that agrees."""
    claimed, band = numbers["claimed"], numbers["band"]
    ours = f"Our rows:<br>{numbers['start']:%-d %b} to {numbers['end']:%-d %b %Y}"
    fig = go.Figure(
        go.Bar(
            x=[numbers["days"], claimed],
            y=[ours, "The article"],
            orientation="h",
            marker={"color": [MOVEMENT_COLOURS["1988"], NEUTRAL], "pattern": {"shape": ["", "/"]}},
            text=[f"{numbers['days']} days", f"{claimed} days"],
            textposition="inside",
            showlegend=False,
            customdata=[f"{numbers['start_id']} to {numbers['end_id']} (end minus start)", "the claim"],
            hovertemplate="<b>%{y}</b><br>%{x} days<br>%{customdata}<extra></extra>",
        )
    )
    fig.add_vrect(
        x0=claimed - band,
        x1=claimed + band,
        fillcolor=CLAIM_LINE,
        opacity=0.15,
        line_width=0,
        layer="below",
    )
    # Above the plot: inside it the label would sit on the bar of our count, drawn in the same colour.
    fig.add_annotation(
        x=claimed, y=1, xref="x", yref="y domain", yanchor="bottom", showarrow=False,
        text="agrees", font={"color": CLAIM_LINE, "size": 12},
    )
    fig.update_xaxes(title="days in office", range=[0, max(numbers["days"], claimed + band) * 1.12])
    fig.update_yaxes(automargin=True, categoryorder="array", categoryarray=["The article", ours])
    base_layout(fig, title="Sein Lwin's days in office", height=240)
    fig.update_layout(margin={"t": 90})
    fig.update_layout(showlegend=False)
    return fig
