"""Repression figures: every count as a low-to-high range with its label, and the dated running totals.

`labelled_ranges` is the dot-and-bar chart with a label line above each row that
works at phone width; the strike-committee chart of the organisation page uses it too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from charts.figure import base_layout, broken_lines, figure, merge
from charts.theme import MOVEMENT_COLOURS, NEUTRAL
from i18n import N_, _, current_language, localise_digits, ngettext
from transforms.derive import day_zero, people_counts
from transforms.localise import localised
from vocabulary.formatting import date_text, number, value_range
from vocabulary.labels import label, source_site
from vocabulary.movements import MOVEMENT_LABELS

# Who produced a number, as a marker shape (colour is the movement's).
COUNTED_BY_SYMBOLS = {
    "official": "square",
    "monitor": "circle",
    "press": "diamond",
    "academic": "triangle-up",
    "claim": "x",
    "compiled": "star",
}
COUNTED_BY_LABELS = {
    "official": N_("official"),
    "monitor": N_("monitor"),
    "press": N_("press"),
    "academic": N_("academic"),
    "claim": N_("claim"),
    "compiled": N_("compiled here"),
}
# Space between a marker and its value (plain spaces would be collapsed).
GAP = "\u2002\u2002"
ROW_PX = 40  # vertical room per row: a label line and the marker line below it
# Room above the plot for the title and the "Counted by" legend, which wraps into two rows on a 360 px phone.
LEGEND_TOP_PX = 130
LABEL_WIDTH = 50  # characters of a row's label per line (`i18n.text_width`): a line fits a 360 px phone
LABEL_NUDGE = 1e-6  # log10 units the labels sit inside the axis's left end
EXTRA_LINE_ROWS = 0.4  # room a label's second line takes, in rows
LABELS_TRACE = "labels"  # the text trace holding the row labels
HOVER_WIDTH = 60  # characters per hover line, so a hover box fits a phone




# Burmese writes large round numbers in its own units (million, hundred thousand, ten thousand, thousand).
MYANMAR_UNITS = ((10**6, "သန်း"), (10**5, "သိန်း"), (10**4, "သောင်း"), (10**3, "ထောင်"))


def myanmar_count(value: float) -> str:
    """A round count as a Burmese tick label: 20000 -> '၂ သောင်း', 5000000 -> '၅ သန်း'."""
    for size, word in MYANMAR_UNITS:
        if value >= size:
            return localise_digits(f"{number(value / size)} {word}", "my")
    return localise_digits(number(value), "my")


def log_ticks(low: float, high: float, multiples: tuple[int, ...] = (1,)) -> dict:
    """Explicit ticks of a log axis between `low` and `high`, written in Burmese; {} in English (Plotly's own)."""
    if current_language() != "my":
        return {}
    ticks = [m * 10**e for e in range(0, 10) for m in multiples if low <= m * 10**e <= high]
    return {"tickvals": ticks, "ticktext": [myanmar_count(t) for t in ticks]}


@dataclass(frozen=True)
class RangeRow:
    """One row of a labelled range chart.

    `low` None draws no marker (a count no source gives, or one in another unit): the
    row is the label and `value_text` only. `heading` rows name a group in its colour.
    """

    label: str
    value_text: str
    movement: str
    low: float | None = None
    high: float | None = None
    symbol: str = "circle"
    hover: str = ""
    source_url: str = ""
    heading: bool = False


def _row_label(row: RangeRow) -> str:
    """A row's label, broken into lines too wide for a phone (Burmese between syllables); a heading in bold."""
    if row.heading:
        return f"<b>{row.label}</b>"
    return broken_lines(row.label, LABEL_WIDTH)


def labelled_ranges(rows: list[RangeRow], *, title: str, axis_title: str, symbol_legend: dict[str, str] | None = None) -> go.Figure:
    """Rows top to bottom, each with its label above it; a dot at the low value and a bar to the high one.

    A single value is a dot alone, so no point is invented between two sources. The
    value is written beside the marker on the side with room; the axis is logarithmic.
    """
    data: list[dict] = []
    texts = {id(row): _row_label(row) for row in rows}
    # A label of two lines takes a little more room above its row.
    steps = [1 + EXTRA_LINE_ROWS * texts[id(row)].count("<br>") for row in rows]
    positions = {id(row): -(sum(steps[: index + 1]) - steps[0]) for index, row in enumerate(rows)}
    bottom = min(positions.values(), default=0)
    drawn = [row for row in rows if row.low is not None and row.low > 0 and not row.heading]
    values = [v for row in drawn for v in (row.low, row.high) if v is not None and not _nan(v)]
    span = (math.log10(min(values)) - 0.35, math.log10(max(values)) + 0.35) if values else (0, 1)

    for movement in dict.fromkeys(row.movement for row in drawn):
        mine = [row for row in drawn if row.movement == movement]
        spread = [(row.high - row.low) if row.high is not None and not _nan(row.high) else 0 for row in mine]
        data.append(
            {
                "type": "scatter",
                "x": [row.low for row in mine],
                "y": [positions[id(row)] for row in mine],
                "mode": "markers",
                "marker": {"color": MOVEMENT_COLOURS[movement], "size": 11, "symbol": [row.symbol for row in mine],
                           "line": {"width": 1, "color": MOVEMENT_COLOURS[movement]}},
                # The bar runs from the low to the high value; a lone dot is a single value.
                "error_x": {"type": "data", "symmetric": False, "array": spread, "arrayminus": [0] * len(mine),
                            "color": MOVEMENT_COLOURS[movement], "thickness": 4, "width": 0},
                "name": MOVEMENT_LABELS[movement],
                # The headings above the rows name the movements in their colours; the legend only explains shapes.
                "showlegend": False,
                "hovertext": [row.hover for row in mine],
                "hoverinfo": "text",
                "customdata": [row.source_url for row in mine],
            }
        )
    # The value beside its marker: right of the bar's end when that is in the left part of the axis, else left of the dot.
    middle = (span[0] + span[1]) / 2
    right = [math.log10(_end(row)) < middle for row in drawn]
    data.append(
        {
            "type": "scatter",
            "x": [_end(row) if r else row.low for row, r in zip(drawn, right)],
            "y": [positions[id(row)] for row in drawn],
            "mode": "text",
            "text": [f"{GAP}{row.value_text}" if r else f"{row.value_text}{GAP}" for row, r in zip(drawn, right)],
            "textposition": ["middle right" if r else "middle left" for r in right],
            "textfont": {"size": 12, "color": "#333333"},
            "hoverinfo": "skip",
            "showlegend": False,
            "name": "values",
        }
    )
    # Row labels as one text trace at the axis's left end, not as annotations: Plotly lays out
    # each annotation on its own, which made the labels most of the chart's draw time.
    drawn_ids = {id(row) for row in drawn}
    labels: list[tuple[int, str, str, int, str]] = []  # y, text, position, size, colour
    for row in rows:
        text = texts[id(row)]
        colour = MOVEMENT_COLOURS[row.movement] if row.heading else "#222222"
        labels.append((positions[id(row)], text, "top right", 13 if row.heading else 12, colour))
        if not row.heading and id(row) not in drawn_ids:
            # No marker: the value (or why there is none) goes where the marker would be.
            labels.append((positions[id(row)], f"<i>{row.value_text}</i>", "middle right", 12, "#555555"))
    if labels:
        data.append(
            {
                "type": "scatter",
                # Just inside the axis: Plotly hides a text point it reads as left of the range, and 10 ** start
                # can round to a hair less than the start.
                "x": [10 ** (span[0] + LABEL_NUDGE)] * len(labels),
                "y": [y + (0.12 if position == "top right" else 0) for y, _, position, _, _ in labels],
                "mode": "text",
                "text": [text for _, text, _, _, _ in labels],
                "textposition": [position for _, _, position, _, _ in labels],
                "textfont": {"size": [size for _, _, _, size, _ in labels], "color": [colour for *_, colour in labels]},
                "cliponaxis": False,
                "hoverinfo": "skip",
                "showlegend": False,
                "name": LABELS_TRACE,
            }
        )
    for counted_by, symbol in (symbol_legend or {}).items():
        # Legend entries for the marker shapes only; they draw nothing.
        data.append(
            {"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": _(COUNTED_BY_LABELS.get(counted_by, counted_by)),
             "marker": {"symbol": symbol, "color": NEUTRAL, "size": 10}, "hoverinfo": "skip"}
        )
    layout = {
        "xaxis": {"type": "log", "title": {"text": axis_title}, "tickformat": "~s", "range": list(span), "gridcolor": "#e5e5e5",
                  **log_ticks(10 ** span[0], 10 ** span[1])},
        "yaxis": {"visible": False, "range": [bottom - 0.6, 0.9], "fixedrange": True},
    }
    base_layout(layout, title=title, height=140 + round(ROW_PX * max(1 - bottom, 1)))
    merge(layout, {"margin": {"l": 10, "r": 10, "t": LEGEND_TOP_PX if symbol_legend else 60, "b": 50}, "showlegend": bool(symbol_legend),
                   "legend": {"title": {"text": _("Counted by:")}}})
    return figure(data, layout)


def row_labels(fig: go.Figure) -> list[str]:
    """The texts written down the left of a labelled range chart, top to bottom."""
    return [text for trace in fig.data if trace.name == LABELS_TRACE for text in trace.text]


def _nan(value: float) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _end(row: RangeRow) -> float:
    return row.high if row.high is not None and not _nan(row.high) else row.low


def figure_hover(row) -> str:
    """Hover of one figures row (its text localised): label, range and unit, date, who counted, definition, source."""
    dated = _(" · as of {date}").format(date=date_text(row.as_of)) if pd.notna(row.as_of) else ""
    # English names the counter by its id, as the data does; other languages by its translated label.
    who = row.counted_by if current_language() == "en" else _(COUNTED_BY_LABELS.get(row.counted_by, row.counted_by))
    return (
        f"<b>{_(MOVEMENT_LABELS[row.movement])}: {row.label}</b><br>{value_range(row.low, row.high)} {row.unit}{dated}"
        "<br>" + _("Counted by: {who}").format(who=who) + f"<br>{broken_lines(row.definition, HOVER_WIDTH)}<br>"
        + _("Source: {site}").format(site=source_site(row.source_url))
    )


def metric_ranges(figures: pd.DataFrame, metric: str, movements: list[str]) -> go.Figure:
    """One metric's figures rows, one row each, grouped by movement, largest first.

    Counts of people sit on one log axis; rows in another unit (percent, cities) keep
    their row with the value written out and no marker. A movement with no row says "missing".
    """
    rows: list[RangeRow] = []
    chosen = figures[(figures["metric"] == metric) & figures["movement"].isin(movements)]
    for movement in movements:
        mine = chosen[chosen["movement"] == movement].copy()
        mine["is_people"] = people_counts(mine)
        mine = mine.sort_values(["is_people", "low"], ascending=[False, False], kind="stable")
        rows.append(RangeRow(label=_(MOVEMENT_LABELS[movement]), value_text="", movement=movement, heading=True))
        if mine.empty:
            rows.append(RangeRow(label=_(label(metric)), value_text=_("missing: no source read gives a figure"),
                                 movement=movement))
        # The English unit decides what is drawn; the reader's language is what is written.
        for row, shown in zip(mine.itertuples(), localised(mine, ["label", "unit", "definition"]).itertuples()):
            unit = "" if row.unit == "people" else f" {shown.unit}"
            if row.is_people:
                rows.append(
                    RangeRow(label=shown.label, value_text=f"{value_range(row.low, row.high)}{unit}", movement=movement,
                             low=float(row.low), high=None if pd.isna(row.high) else float(row.high),
                             symbol=COUNTED_BY_SYMBOLS[row.counted_by], hover=figure_hover(shown), source_url=row.source_url)
                )
            else:
                rows.append(RangeRow(
                    label=shown.label, movement=movement,
                    value_text=_("{value} {unit} (not a count of people)").format(
                        value=value_range(row.low, row.high), unit=shown.unit),
                ))
    present = [c for c in COUNTED_BY_SYMBOLS if c in set(chosen.loc[people_counts(chosen), "counted_by"].astype(str))]
    return labelled_ranges(
        rows,
        title=_("{metric}: every figure, low to high").format(metric=_(label(metric))),
        axis_title=_("people (log scale)"),
        symbol_legend={c: COUNTED_BY_SYMBOLS[c] for c in present},
    )


# Series with more dated points than this show the values of their first and last points only.
LABEL_EVERY_POINT_UP_TO = 6


def dated_series(series: pd.DataFrame, movements: list[str]) -> go.Figure:
    """Running totals a monitor dated, by days since the movement's day 0; lines only join the dated points."""
    rows = series[series["movement"].isin(movements)]
    data: list[dict] = []
    dashes = {"deaths": "solid", "arrests": "dash", "displaced": "dot", "participation": "dashdot"}
    for (movement, metric), group in rows.groupby(["movement", "metric"], observed=True, sort=False):
        group = group.sort_values("as_of")
        shown = localised(group, ["label", "unit", "definition"])
        data.append(
            {
                "type": "scatter",
                "x": group["day"].astype(int).tolist(),
                "y": group["low"].tolist(),
                "mode": "lines+markers+text",
                "line": {"color": MOVEMENT_COLOURS[movement], "dash": dashes.get(metric, "solid"), "width": 2},
                "marker": {"color": MOVEMENT_COLOURS[movement], "size": 10, "symbol": COUNTED_BY_SYMBOLS["monitor"]},
                # A long series names only its first and last values (every value is in the hover):
                # labels on every point run into each other, above all on a phone.
                "text": [number(v) if len(group) <= LABEL_EVERY_POINT_UP_TO or i in (0, len(group) - 1) else ""
                         for i, v in enumerate(group["low"])],
                # Above and below in turn, so the values of close dates do not overlap on a phone.
                "textposition": ["top center" if i % 2 == 0 else "bottom center" for i in range(len(group))],
                "textfont": {"size": 11, "color": "#333333"},
                "cliponaxis": False,
                "name": _("{movement}: {metric}").format(movement=localise_digits(movement), metric=_(label(metric)).lower()),
                "hovertext": [
                    f"{figure_hover(r)}<br>"
                    + _("Day {day} since day 0 ({date})").format(day=number(r.day), date=date_text(day_zero(movement)))
                    for r in shown.itertuples()
                ],
                "hoverinfo": "text",
                "customdata": group["source_url"].tolist(),
            }
        )
    last_day = int(rows["day"].max()) if len(rows) else 365
    years = range(0, last_day // 365 + 2)
    zeros = _("; ").join(
        _("{date} for {movement}").format(date=date_text(day_zero(m)), movement=localise_digits(m))
        for m in dict.fromkeys(rows["movement"].astype(str))
    )
    x_axis = {
        "title": {"text": _("time since day 0 ({zeros})").format(zeros=zeros) if zeros else _("time since day 0")},
        "tickvals": [365 * y for y in years],
        "ticktext": [_("day 0") if y == 0 else ngettext("{count} year", "{count} years", y).format(count=number(y))
                     for y in years],
        "range": [-60, 365 * (last_day // 365 + 1)],
    }
    values = rows["low"]
    # Ticks at 1, 2 and 5 times the powers of ten only: Plotly's own log ticks crowd a short axis.
    ticks = [m * 10**e for e in range(0, 9) for m in (1, 2, 5)]
    if len(values):
        ticks = [t for t in ticks if values.min() / 2 <= t <= values.max() * 2]
    y_axis = {"type": "log", "title": {"text": _("people (log scale)")}, "tickformat": "~s", "tickvals": ticks}
    if current_language() == "my":
        y_axis["ticktext"] = [myanmar_count(tick) for tick in ticks]
    if len(values):
        # Room above the highest point for its value, below the lowest for the axis.
        y_axis["range"] = [math.log10(values.min() / 1.6), math.log10(values.max() * 1.8)]
    layout = base_layout({"xaxis": x_axis, "yaxis": y_axis}, title=_("Dated running totals"), height=380)
    layout["margin"]["r"] = 36  # the last tick ("2 years") is centred on the plot's right edge
    # On a phone each legend entry takes a row of its own: room for all of them below the title.
    layout["margin"]["t"] = 71 + (36 if current_language() == "my" else 28) * max(0, len(data) - 1)
    return figure(data, layout)
