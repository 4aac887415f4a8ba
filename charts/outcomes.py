"""Outcomes figures: what each movement led to, counted by aspect and time horizon."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from charts.figure import axis_refs, base_layout, broken_lines, figure, merge, subplot_layout, update_axes
from charts.theme import MOVEMENT_COLOURS
from i18n import N_, _, current_language, localise_digits
from transforms.derive import outcome_counts
from transforms.localise import localised
from transforms.schema import OUTCOME_ASPECTS, OUTCOME_HORIZONS
from vocabulary.formatting import date_text, number
from vocabulary.labels import label, source_site
from vocabulary.movements import MOVEMENT_LABELS

HORIZON_LABELS = {"immediate": N_("Immediate"), "within_year": N_("Within a year"), "long_term": N_("Long term")}
# Room per definition (its wrapped label above its bar) and the legend: Myanmar script stands taller than Latin.
ROW_PX = {"en": 62, "my": 104}
BAR_WIDTH = {"en": 0.42, "my": 0.26}  # of a row: the same bar height in px in both
LABEL_CHARS = {"en": 44, "my": 52}  # a definition's line, in Latin-character widths (i18n.text_width)
LEGEND_EXTRA_PX = {"en": 0, "my": 30}
# Short two-line tick labels keep three columns readable in half of a 390 px screen.
HORIZON_TICKS = {"immediate": N_("At<br>once"), "within_year": N_("Within<br>a year"), "long_term": N_("Long<br>term")}


def aspect_heatmap(outcomes: pd.DataFrame, movements: list[str], horizons: list[str]) -> go.Figure:
    """Number of outcomes per aspect (rows) and horizon (columns), one panel per movement.

    Every aspect of the dictionary is a row, so an empty row says "no outcome of this kind
    recorded" rather than disappearing.
    """
    horizons = [h for h in OUTCOME_HORIZONS if h in horizons]
    counts = outcome_counts(outcomes)
    counts = counts[counts["movement"].isin(movements) & counts["horizon"].isin(horizons)]
    most = int(counts["count"].max()) if len(counts) else 0
    aspects = list(reversed(OUTCOME_ASPECTS))  # first aspect at the top
    columns = max(len(movements), 1)
    layout = subplot_layout(
        rows=1,
        cols=columns,
        shared_yaxes=True,
        horizontal_spacing=0.04,
        # Wrapped only where a label is too wide for half a phone's width (Burmese ones are).
        subplot_titles=[broken_lines(_(MOVEMENT_LABELS[m]), 14) for m in movements],
    )
    # Outcomes per (movement, aspect, horizon): a plain lookup is much cheaper than a pivot table per panel.
    cells: dict[tuple[str, str, str], int] = {}
    rows = zip(counts["movement"], counts["horizon"], counts["aspect"], counts["count"])
    for movement, horizon, aspect, count in rows:
        cells[movement, aspect, horizon] = cells.get((movement, aspect, horizon), 0) + count
    data = []
    for column, movement in enumerate(movements, start=1):
        # An integer array, not a list: Plotly sends it as a compact typed array.
        grid = np.array([[cells.get((movement, a, h), 0) for h in horizons] for a in aspects], dtype=int)
        data.append(
            {
                "type": "heatmap",
                "z": grid,
                "x": [_(HORIZON_TICKS[h]) for h in horizons],
                "y": [_(label(a)) for a in aspects],
                "zmin": 0,
                "zmax": max(most, 1),
                # Near-white for none, so empty cells still show the grid.
                "colorscale": [[0, "#F4F4F4"], [1, MOVEMENT_COLOURS[movement]]],
                "showscale": False,
                "xgap": 2,
                "ygap": 2,
                "text": [[localise_digits(str(v)) if v else "" for v in row] for row in grid],
                "texttemplate": "%{text}",
                # The horizon and the count written out in the reader's language (Plotly would print Latin digits).
                "customdata": [[[_(HORIZON_LABELS[h]), localise_digits(str(v))] for h, v in zip(horizons, row)]
                               for row in grid],
                "hovertemplate": f"<b>{_(MOVEMENT_LABELS[movement])}</b><br>"
                + _("%{y}, %{customdata[0]}: %{customdata[1]} outcome(s)") + "<extra></extra>",
                "name": _(MOVEMENT_LABELS[movement]),
                **axis_refs(1, column, columns),
            }
        )
    update_axes(layout, "x", side="bottom", tickangle=0, tickfont={"size": 11})
    update_axes(layout, "y", automargin=True)
    base_layout(layout, title=_("Outcomes recorded, by aspect and time horizon"), height=420)
    # Subplot titles are annotations; keep them level with the top of the panels.
    for annotation in layout.get("annotations", []):
        merge(annotation, {"font": {"size": 14}})
    return figure(data, layout)


def _day_ticks(end: float) -> dict:
    """Explicit ticks of the days axis in Myanmar digits for Burmese; {} in English (Plotly's own)."""
    if current_language() != "my" or end <= 0:
        return {}
    step = next(m * 10**e for e in range(0, 6) for m in (1, 2, 5) if end / (m * 10**e) <= 6)
    ticks = list(range(0, int(end) + 1, step))
    return {"tickvals": ticks, "ticktext": [localise_digits(number(t)) for t in ticks]}


def _wrapped(text: str) -> str:
    return broken_lines(text, LABEL_CHARS.get(current_language(), LABEL_CHARS["en"]))


def durations(periods: pd.DataFrame, movements: list[str]) -> go.Figure:
    """Days under each start/end definition, as labelled horizontal bars.

    Like the Overview's chart, but each definition is written above its bar, wrapped, instead of
    as a tick label: long tick labels would leave no room for the bars on a 390 px screen.
    """
    rows = localised(periods[periods["movement"].isin(movements)], ["definition"])
    rows = rows.sort_values(["movement", "duration_days"], kind="stable")
    order = rows["period_id"].tolist()
    data = []
    for movement in movements:
        mine = rows[rows["movement"] == movement]
        ongoing = (mine["end_kind"] == "ongoing_as_of").tolist()
        data.append(
            {
                "type": "bar",
                "x": mine["duration_days"].tolist(),
                "y": mine["period_id"].tolist(),
                "orientation": "h",
                "width": BAR_WIDTH.get(current_language(), BAR_WIDTH["en"]),
                "marker": {"color": MOVEMENT_COLOURS[movement], "pattern": {"shape": ["/" if o else "" for o in ongoing]}},
                "name": _(MOVEMENT_LABELS[movement]),
                "text": [(_("{days} days, ongoing") if o else _("{days} days")).format(days=number(d))
                         for d, o in zip(mine["duration_days"], ongoing)],
                # Inside a bar long enough to hold it, beside the bar otherwise.
                "textposition": "auto",
                "cliponaxis": False,
                "customdata": mine["source_url"].tolist(),
                "hovertext": [
                    f"<b>{_wrapped(r.definition)}</b><br>"
                    + _("{start} to {end}: {days} days").format(
                        start=date_text(r.start_date), end=date_text(r.end_date), days=number(r.duration_days))
                    + "<br>" + _("Source: {site}").format(site=source_site(r.source_url))
                    for r in mine.itertuples()
                ],
                "hoverinfo": "text",
            }
        )
    # Each definition written above its bar, from the start of the axis.
    labels = [
        {"x": 0, "y": row.period_id, "xref": "x", "yref": "y", "xanchor": "left", "yanchor": "bottom", "yshift": 9,
         "showarrow": False, "align": "left", "text": _wrapped(row.definition), "font": {"size": 12, "color": "#333333"}}
        for row in rows.itertuples()
    ]
    longest = int(rows["duration_days"].max()) if len(rows) else 1
    layout = {
        # Room on the right for the "n days" text beside a bar too short to hold it.
        "xaxis": {
            "title": {"text": _("days (end date minus start date)")},
            "tickformat": ",",
            "range": [0, longest * 1.08],
            "rangemode": "tozero",
            **_day_ticks(longest * 1.08),
        },
        "yaxis": {"categoryorder": "array", "categoryarray": order, "showticklabels": False, "autorange": "reversed"},
    }
    if labels:  # no empty list when nothing is shown, as before
        layout["annotations"] = labels
    language = current_language()
    row_px, extra = ROW_PX.get(language, ROW_PX["en"]), LEGEND_EXTRA_PX.get(language, 0)
    base_layout(layout, title=_("Days from start to end, by definition"), height=110 + extra + row_px * max(len(rows), 1))
    layout["margin"]["t"] += extra
    layout["bargap"] = 0.1
    return figure(data, layout)
