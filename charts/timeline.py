"""Timeline figures: every event by kind, on calendar dates or on days since day 0, and running counts.

Pure builders: events in (already filtered, with the `day` column), go.Figure out.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from charts.figure import axis_refs, base_layout, figure, broken_lines, merge, subplot_layout, update_axes
from charts.theme import MOVEMENT_COLOURS, NEUTRAL
from i18n import _, current_language
from transforms import derive
from transforms.localise import localised
from vocabulary.formatting import date_text, number
from vocabulary.labels import label, source_site
from vocabulary.movements import MOVEMENT_LABELS

# A date known only to the month (or year) is stored as its first day; a hollow marker says so.
PRECISION_SYMBOLS = {"day": "circle", "month": "circle-open", "year": "square-open"}
# Each movement gets its own lane inside a category's row when both share one axis.
LANE_OFFSET = {"1988": 0.17, "2021": -0.17}
# Events on the same day and row are stacked this far apart so none hides another.
STACK_STEP = 0.09
# Tick labels as short as the zoom allows: years across years, months within one, days within a month.
DATE_TICKS = [
    {"dtickrange": [None, 86_400_000 * 27], "value": "%-d %b %Y"},
    {"dtickrange": [86_400_000 * 27, 86_400_000 * 360], "value": "%b %Y"},
    {"dtickrange": [86_400_000 * 360, None], "value": "%Y"},
]
# Plotly writes dates in English: in Burmese the ticks are given, as many as fit a phone.
BURMESE_DATE_TICKS = 5
PANEL_TITLE_WIDTH = 16  # Latin-character widths of a small panel's title line on a phone


def day_zero_label(movement: str) -> str:
    """Day 0 of a movement as a date."""
    return date_text(derive.day_zero(movement), "day")


def day_text(day: int) -> str:
    """'day 12', or '30 days before day 0' for a negative day."""
    if day >= 0:
        return _("day {day}").format(day=number(day))
    return _("{days} days before day 0").format(days=number(-day))


def _source(url: str) -> str:
    return _("Source: {site}").format(site=source_site(url))


def _hover(row) -> str:
    return (
        f"<b>{date_text(row.date, row.date_precision)}</b> ({day_text(row.day)})<br>"
        f"{_(label(str(row.category)))} · {broken_lines(row.place)}<br>"
        f"{broken_lines(row.description)}<br>"
        f"{_source(row.source_url)}"
    )


def _in_language(events: pd.DataFrame) -> pd.DataFrame:
    """The events with their places and descriptions in the reader's language."""
    return localised(events, ["place", "description"])


def _number_ticks(low: float, high: float, count: int = 5) -> dict:
    """Explicit ticks of a numeric axis with the numbers as the reader's language writes them, for Burmese
    (Plotly prints Latin digits); nothing for English, whose ticks Plotly places itself."""
    if current_language() == "en" or high < low:
        return {}
    # The round step (1, 2 or 5 times a power of ten) giving the number of ticks nearest to `count`.
    step = min((m * 10**power for power in range(8) for m in (1, 2, 5)), key=lambda s: abs((high - low) / s - count))
    first = -(-int(low) // step) * step
    values = list(range(first, int(high) + 1, step))
    return {"tickvals": values, "ticktext": [number(v) for v in values]}


def _date_ticks(dates: list[date]) -> dict:
    """Explicit ticks of a date axis in the reader's language, for Burmese: years across years, months within one."""
    if current_language() == "en" or not dates:
        return {}
    first, last = min(dates), max(dates)
    months = (last.year - first.year) * 12 + last.month - first.month
    if months >= 24:
        step = max(1, -(-(last.year - first.year) // (BURMESE_DATE_TICKS - 1)))
        values = [date(year, 1, 1) for year in range(first.year + 1 if first.month > 1 else first.year, last.year + 1, step)]
        precision = "year"
    else:
        step = max(1, -(-months // (BURMESE_DATE_TICKS - 1)))
        start = first.year * 12 + first.month - 1 + (1 if first.day > 1 else 0)
        values = [date(m // 12, m % 12 + 1, 1) for m in range(start, last.year * 12 + last.month, step)]
        precision = "month"
    values = values or [first]
    return {"tickvals": [v.isoformat() for v in values], "ticktext": [date_text(v, precision) for v in values]}


def _rows(categories: list[str]) -> dict[str, int]:
    """The y position of each chosen category, first category at the top."""
    return {category: len(categories) - 1 - index for index, category in enumerate(categories)}


def _stacked(events: pd.DataFrame, x_column: str) -> pd.Series:
    """0, 1, 2... for events sharing a movement, category and x, so they can be drawn side by side."""
    return events.groupby(["movement", "category", x_column], observed=True).cumcount()


def _y_positions(events: pd.DataFrame, rows: dict[str, int], x_column: str, lanes: bool) -> list[float]:
    stack = _stacked(events, x_column)
    base = events["category"].astype(str).map(rows).astype(float)
    lane = events["movement"].astype(str).map(LANE_OFFSET).astype(float) if lanes else 0.0
    # Alternate above and below the lane so a pile stays centred on it.
    spread = stack.map(lambda n: ((n + 1) // 2) * STACK_STEP * (1 if n % 2 else -1))
    return (base + lane + spread).round(3).tolist()


def _axis_key(reference: str) -> str:
    """The layout key of an axis a trace refers to: "x2" -> "xaxis2", "y" -> "yaxis"."""
    return f"{reference[0]}axis{reference[1:]}"


def _category_axis(rows: dict[str, int]) -> dict:
    """The properties of a y axis with one row per category."""
    return {
        "tickvals": list(rows.values()),
        # Two-word kinds on two lines: narrower labels leave a phone more of the axis.
        "ticktext": [_(label(category)).replace(" ", "<br>", 1) for category in rows],
        "range": [-0.6, len(rows) - 0.4],
        "showgrid": True,
        "fixedrange": True,
    }


def _legend_entry(movement: str) -> dict:
    """A filled marker in the legend, whatever the precision of a movement's first event."""
    return {
        "type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": _(MOVEMENT_LABELS[movement]),
        "legendgroup": movement, "marker": {"color": MOVEMENT_COLOURS[movement], "size": 10, "symbol": "circle"},
        "hoverinfo": "skip",
    }


def _trace(events: pd.DataFrame, movement: str, x: list, y: list[float]) -> dict:
    return {
        "type": "scatter",
        "x": x,
        "y": y,
        "mode": "markers",
        "name": _(MOVEMENT_LABELS[movement]),
        "legendgroup": movement,
        "showlegend": False,
        "marker": {
            "color": MOVEMENT_COLOURS[movement],
            "size": 10,
            "symbol": [PRECISION_SYMBOLS[str(p)] for p in events["date_precision"]],
            "line": {"width": 1.5, "color": MOVEMENT_COLOURS[movement]},
            "opacity": 0.85,
        },
        "customdata": events["event_id"].tolist(),
        "hovertext": [_hover(row) for row in events.itertuples()],
        "hoverinfo": "text",
    }


def events_by_day(events: pd.DataFrame, movements: list[str], categories: list[str]) -> go.Figure:
    """Both movements on one axis of days since their own day 0, one row per kind of event."""
    rows = _rows(categories)
    events = _in_language(events)
    data = []
    for movement in movements:
        mine = events[events["movement"] == movement].sort_values(["day", "event_id"], kind="stable")
        data.append(_trace(mine, movement, mine["day"].astype(int).tolist(), _y_positions(mine, rows, "day", lanes=len(movements) > 1)))
    for movement in movements:
        data.append(_legend_entry(movement))
    layout = {
        # Day 0 of both movements, top to bottom of the plot.
        "shapes": [{
            "type": "line", "x0": 0, "x1": 0, "xref": "x", "y0": 0, "y1": 1, "yref": "y domain",
            "line": {"color": NEUTRAL, "width": 1, "dash": "dot"},
        }],
        "xaxis": {
            "title": {"text": _("days since day 0")}, "tickformat": ",", "zeroline": False,
            **(_number_ticks(int(events["day"].min()), int(events["day"].max())) if len(events) else {}),
        },
        "yaxis": _category_axis(rows),
    }
    # Short titles: a Plotly title does not wrap, and a phone shows about 40 characters.
    base_layout(layout, title=_("Every event by kind, from day 0"), height=max(300, 140 + 44 * len(rows)))
    _legend_on_one_line(layout)
    _empty_note(layout, events)
    return figure(data, layout)


def events_by_date(events: pd.DataFrame, movements: list[str], categories: list[str]) -> go.Figure:
    """One panel per movement on calendar dates (33 years apart, so never one axis), one row per kind."""
    rows = _rows(categories)
    events = _in_language(events)
    titles = [_(MOVEMENT_LABELS[m]) for m in movements]
    layout = subplot_layout(
        rows=len(movements),
        cols=1,
        subplot_titles=titles,
        vertical_spacing=0.3 / max(len(movements), 1) if len(movements) > 1 else 0.0,
    )
    # Subplot titles sit just above each panel, left-aligned like the chart title.
    for annotation in layout.get("annotations", []):
        if annotation["text"] in titles:
            merge(annotation, {"x": 0, "xanchor": "left", "font": {"size": 14}})
    data = []
    for index, movement in enumerate(movements, start=1):
        panel = axis_refs(index, 1)
        x_axis = layout.setdefault(_axis_key(panel["xaxis"]), {})
        mine = events[events["movement"] == movement].sort_values(["date", "event_id"], kind="stable")
        if mine.empty:
            layout.setdefault("annotations", []).append({
                "text": _("No {movement} events in this window").format(movement=_(MOVEMENT_LABELS[movement])),
                "xref": f"{panel['xaxis']} domain", "yref": f"{panel['yaxis']} domain",
                "x": 0.5, "y": 0.5, "showarrow": False, "font": {"color": NEUTRAL},
            })
            x_axis["visible"] = False
        else:
            dates = [when.date().isoformat() for when in mine["date"]]
            data.append({**_trace(mine, movement, dates, _y_positions(mine, rows, "date", lanes=False)), **panel})
            merge(x_axis, {"type": "date", "tickformatstops": DATE_TICKS, "nticks": 6,
                           **_date_ticks([when.date() for when in mine["date"]])})
        merge(layout.setdefault(_axis_key(panel["yaxis"]), {}), _category_axis(rows))
    panel_height = 70 + 30 * len(rows)
    base_layout(layout, title=_("Every event by kind, by date"), height=110 + panel_height * len(movements))
    # Each panel is titled with its movement, so a legend would only repeat it.
    layout["showlegend"] = False
    return figure(data, layout)


def _legend_on_one_line(layout: dict) -> None:
    """Fixed, narrow legend entries: a phone's plot area beside the category labels is about
    240 px, and wider entries would wrap the legend up into the title."""
    merge(layout, {"legend": {"entrywidth": 84, "entrywidthmode": "pixels", "itemwidth": 30, "font": {"size": 12}}})


def _legend_above_subplot_titles(layout: dict) -> None:
    """Lift the legend clear of the first row's subplot titles, which sit where base_layout puts it."""
    margin = layout["margin"]
    plot_height = layout["height"] - margin["t"] - margin["b"]
    merge(layout, {"legend": {"y": 1 + 26 / plot_height}, "margin": {"t": margin["t"] + 22}})


def _empty_note(layout: dict, events: pd.DataFrame) -> None:
    if events.empty:
        layout.setdefault("annotations", []).append({
            "text": _("No events in this window"), "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5,
            "showarrow": False, "font": {"color": NEUTRAL},
        })


def _panel_title(category: str) -> str:
    """A small panel's title; a Burmese one on two lines when long, as three panels share a phone's width."""
    title = _(label(category))
    return title if current_language() == "en" else broken_lines(title, PANEL_TITLE_WIDTH)


def cumulative(events: pd.DataFrame, movements: list[str], categories: list[str], columns: int = 3) -> go.Figure:
    """Running count of events of each kind, one small panel per kind, both movements on days since day 0.

    Counts start at the first event shown, so they answer "how many of these, by day N,
    within the chosen window".
    """
    events = _in_language(events)
    counts = derive.cumulative_by_category(events) if len(events) else events.assign(cumulative=[])
    sources = events.set_index("event_id")["source_url"] if len(events) else pd.Series(dtype=str)
    shown = [category for category in categories]
    grid_rows = max(1, -(-len(shown) // columns))
    layout = subplot_layout(
        rows=grid_rows,
        cols=columns,
        subplot_titles=[_panel_title(category) for category in shown],
        shared_xaxes="all",
        horizontal_spacing=0.06,
        vertical_spacing=0.22 / grid_rows if grid_rows > 1 else 0.0,
    )
    data = []
    for index, category in enumerate(shown):
        row, col = index // columns + 1, index % columns + 1
        for movement in movements:
            mine = counts[(counts["movement"] == movement) & (counts["category"] == category)]
            if mine.empty:
                continue
            data.append({
                "type": "scatter",
                "x": mine["day"].astype(int).tolist(),
                "y": mine["cumulative"].tolist(),
                "mode": "lines+markers",
                "line": {"shape": "hv", "color": MOVEMENT_COLOURS[movement], "width": 2},
                "marker": {"size": 5, "color": MOVEMENT_COLOURS[movement]},
                "name": _(MOVEMENT_LABELS[movement]),
                "legendgroup": movement,
                "showlegend": False,
                "customdata": mine["event_id"].tolist(),
                "hovertext": [
                    "<b>" + _("{movement}: {kind} no. {count}").format(
                        movement=_(MOVEMENT_LABELS[movement]), kind=_(label(category)).lower(), count=number(r.cumulative)
                    ) + f"</b><br>{date_text(r.date)} ({_('day {day}').format(day=number(r.day))})<br>{broken_lines(r.description)}<br>"
                    f"{_source(sources[r.event_id])}"
                    for r in mine.itertuples()
                ],
                "hoverinfo": "text",
                **axis_refs(row, col, columns),
            })
    # One legend entry per movement, whatever panels it appears in.
    for movement in movements:
        data.append({
            "type": "scatter", "x": [None], "y": [None], "mode": "lines+markers", "name": _(MOVEMENT_LABELS[movement]),
            "legendgroup": movement, "line": {"color": MOVEMENT_COLOURS[movement], "width": 2}, "marker": {"size": 5},
            "hoverinfo": "skip",
        })
    # Few, level ticks: three panels side by side leave a phone about 100 px each.
    update_axes(layout, "x", tickformat="~s", nticks=3, tickangle=0, zeroline=False,
                **(_number_ticks(int(counts["day"].min()), int(counts["day"].max()), 2) if len(counts) else {}))
    update_axes(layout, "y", rangemode="tozero", nticks=4, tickformat="d")
    for index, category in enumerate(shown):  # each panel's count has its own scale
        panel = counts[counts["category"] == category]
        if len(panel):
            y_axis = _axis_key(axis_refs(index // columns + 1, index % columns + 1, columns)["yaxis"])
            merge(layout.setdefault(y_axis, {}), _number_ticks(0, int(panel["cumulative"].max()), 3))
    for annotation in layout.get("annotations", []):  # the panel titles
        merge(annotation, {"font": {"size": 13}})
    base_layout(layout, title=_("Running count of each kind"), height=150 + 150 * grid_rows)
    merge(layout, {"margin": {"b": 60}})
    _legend_on_one_line(layout)
    _legend_above_subplot_titles(layout)
    layout.setdefault("annotations", []).append({
        "text": _("days since day 0"), "xref": "paper", "yref": "paper", "x": 0.5, "y": 0, "yshift": -45,
        "showarrow": False, "font": {"size": 12, "color": NEUTRAL},
    })
    _empty_note(layout, events)
    return figure(data, layout)
