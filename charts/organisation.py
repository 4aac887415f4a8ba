"""Self-organisation figures: bodies by type and level, how soon after day 0 each appeared, and the strike committees."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from charts.figure import axis_refs, base_layout, broken_lines, figure, merge, subplot_layout, update_axes
from charts.repression import GAP, HOVER_WIDTH, labelled_ranges, RangeRow
from charts.theme import MOVEMENT_COLOURS
from i18n import N_, _, current_language, format_date, localise_digits, ngettext, text_width, wrap
from transforms.derive import FOUNDING_HORIZONS, day_zero
from transforms.localise import localised
from transforms.readings.organisation import quantity
from transforms.schema import ORGANISATION_LEVELS, ORGANISATION_TYPES
from vocabulary.formatting import date_text, number, value_range
from vocabulary.labels import label, source_site
from vocabulary.movements import MOVEMENT_LABELS

SHORT_NAME_CHARS = 24
# Reference days drawn on the founding chart: the days by which the page's reading counts bodies.
MARK_DAYS = FOUNDING_HORIZONS
# An abbreviation in brackets at the end of a name: Latin capitals (NLD) or Burmese initial consonants (ဗကသ).
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Z0-9\-]+|[\u1000-\u1021]{2,6})\)$")


def short_name(name: str) -> str:
    """A chart label for a body: its name if short, else its abbreviation, else the name cut short
    (between syllables in Burmese)."""
    bare = re.sub(r"\s*\([^)]*\)$", "", name)
    if text_width(bare) <= SHORT_NAME_CHARS:
        return bare
    abbreviation = _ABBREVIATION.search(name)
    if abbreviation:
        return abbreviation.group(1)
    if bare.isascii():
        return bare[: SHORT_NAME_CHARS - 1].rstrip() + "…"
    return wrap(bare, SHORT_NAME_CHARS - 1)[0] + "…"




def _in_language(organisations: pd.DataFrame) -> pd.DataFrame:
    """The bodies with their names and descriptions in the reader's language."""
    return localised(organisations, ["name", "description"])


def _day(day: int) -> str:
    return _("day {day}").format(day=number(day))


def founded_text(row) -> str:
    """When a body appeared, as exactly as the date is known, with its day since day 0."""
    if row.founded_precision == "day":
        return _("{date} ({day})").format(date=date_text(row.founded), day=_day(row.day))
    first, last = number(row.day), number(row.day_latest)
    if row.founded_precision == "month":
        return _("some day in {month} (days {first} to {last})").format(
            month=format_date(row.founded, "month", "long"), first=first, last=last
        )
    return _("some day in {year}, date not known more exactly (days {first} to {last})").format(
        year=localise_digits(str(row.founded.year)), first=first, last=last
    )


def _panel_axes(layout: dict, panel: int) -> tuple[dict, dict]:
    """The x and y axis dicts of panel `panel` (1 at the top) in a one-column grid."""
    refs = axis_refs(panel, 1)
    return layout[refs["xaxis"].replace("x", "xaxis")], layout[refs["yaxis"].replace("y", "yaxis")]


def _titles_left(layout: dict) -> None:
    """Subplot titles over the left edge of their panel, smaller than the figure's title."""
    for annotation in layout["annotations"]:
        merge(annotation, {"x": 0, "xanchor": "left", "font": {"size": 13}})


def _source(url: str) -> str:
    return _("Source: {site}").format(site=source_site(url))


def _hover(row) -> str:
    size = _("Size: {size}").format(size=quantity(value_range(row.count_low, row.count_high), row.count_unit))
    count = f"<br>{size}" if pd.notna(row.count_low) else ""
    appeared = _("Appeared: {when}").format(when=founded_text(row))
    return (
        f"<b>{row.name}</b><br>{_(label(row.org_type))} · {_(label(row.level)).lower()}<br>{appeared}{count}"
        f"<br>{broken_lines(row.description, HOVER_WIDTH)}<br>{_source(row.source_url)}"
    )


def bodies_by_type_and_level(organisations: pd.DataFrame, movements: list[str]) -> go.Figure:
    """Counts of bodies by type (rows) and level (columns), one grid per movement in its colour."""
    rows = _in_language(organisations[organisations["movement"].isin(movements)])
    present_types = set(rows["org_type"].astype(str))
    present_levels = set(rows["level"].astype(str))
    types = [t for t in ORGANISATION_TYPES if t in present_types] or list(ORGANISATION_TYPES)
    levels = [lv for lv in ORGANISATION_LEVELS if lv in present_levels] or list(ORGANISATION_LEVELS)
    counts = rows.groupby(["movement", "org_type", "level"], observed=True).size()
    most = int(counts.max()) if len(counts) else 1
    layout = subplot_layout(
        rows=len(movements), cols=1, shared_xaxes=True, vertical_spacing=0.12 if len(movements) > 1 else 0,
        subplot_titles=[_bodies_title(m, int((rows["movement"] == m).sum())) for m in movements],
    )
    data: list[dict] = []
    for index, movement in enumerate(movements, start=1):
        mine = rows[rows["movement"] == movement]
        # The names of each (type, level) cell in table order, in one pass: a filter per cell cost more than the rest.
        cells: dict[tuple[str, str], list] = {}
        for org_type, level, name in zip(mine["org_type"].astype(str), mine["level"].astype(str), mine["name"]):
            cells.setdefault((org_type, level), []).append(name)
        z, text, hover = [], [], []
        for org_type in types:
            z_row, text_row, hover_row = [], [], []
            for level in levels:
                cell = cells.get((org_type, level), [])
                z_row.append(len(cell))
                text_row.append(number(len(cell)) if len(cell) else "")
                names = "<br>".join(f"· {name}" for name in cell[:8])
                more = "<br>· " + _("and {count} more").format(count=number(len(cell) - 8)) if len(cell) > 8 else ""
                heading = _("{movement}: {kind}, {level} level").format(
                    movement=_(MOVEMENT_LABELS[movement]), kind=_(label(org_type)).lower(), level=_(label(level)).lower()
                )
                bodies = ngettext("{count} body", "{count} bodies", len(cell)).format(count=number(len(cell)))
                hover_row.append(f"<b>{heading}</b><br>{bodies}" + (f"<br>{names}{more}" if len(cell) else ""))
            z.append(z_row)
            text.append(text_row)
            hover.append(hover_row)
        data.append(
            {
                "type": "heatmap",
                "z": z, "x": [_(label(lv)) for lv in levels], "y": [_(label(t)) for t in types],
                "text": text, "texttemplate": "%{text}", "textfont": {"size": 14},
                "colorscale": [[0, "#ffffff"], [1, MOVEMENT_COLOURS[movement]]], "zmin": 0, "zmax": most,
                "showscale": False, "xgap": 2, "ygap": 2, "hovertext": hover, "hoverinfo": "text", "name": _(MOVEMENT_LABELS[movement]),
                **axis_refs(index, 1),
            }
        )
        _panel_axes(layout, index)[1]["autorange"] = "reversed"
    update_axes(layout, "x", showticklabels=True, side="bottom")
    _panel_axes(layout, len(movements))[0]["title"] = {"text": _("level the body worked at")}
    update_axes(layout, "x", tickangle=0, tickfont={"size": 10})
    base_layout(layout, title=_("Kinds of body, by level"), height=80 + len(movements) * (40 + 30 * len(types)))
    layout["margin"] = {"l": 10, "r": 10, "t": 80, "b": 50}
    _titles_left(layout)
    return figure(data, layout)


def founding_days(organisations: pd.DataFrame, movements: list[str]) -> go.Figure:
    """Each body at the day since day 0 it appeared: a dot for an exact date, a bar over the
    month or year when the date is known only to that; one panel per movement.

    Expects the columns of `derive.founding_window` (`day`, `day_latest`).
    """
    rows = _in_language(organisations[organisations["movement"].isin(movements)])
    counts = [max(int((rows["movement"] == m).sum()), 1) for m in movements]
    layout = subplot_layout(
        rows=len(movements), cols=1, shared_xaxes=True, row_heights=counts,
        vertical_spacing=min(0.08, 60 / (120 + 22 * sum(counts))) if len(movements) > 1 else 0,
        subplot_titles=[
            _("{movement} (day 0 = {date})").format(movement=_(MOVEMENT_LABELS[m]), date=date_text(day_zero(m))) for m in movements
        ],
    )
    data: list[dict] = []
    low = min([int(rows["day"].min()) - 30] + [-30]) if len(rows) else -30
    high = max([int(rows["day_latest"].max()) + 30] + [130]) if len(rows) else 130
    for index, movement in enumerate(movements, start=1):
        mine = rows[rows["movement"] == movement].sort_values(["day", "day_latest", "name"], kind="stable")
        exact = mine[mine["founded_precision"] == "day"]
        window = mine[mine["founded_precision"] != "day"]
        panel = axis_refs(index, 1)
        data.append(
            {
                "type": "bar",
                "base": window["day"].astype(int).tolist(),
                "x": (window["day_latest"] - window["day"]).astype(int).tolist(),
                "y": window["org_id"].tolist(),
                "orientation": "h",
                "marker": {"color": MOVEMENT_COLOURS[movement], "opacity": 0.35, "line": {"width": 0}},
                "width": 0.6,
                "name": _("{movement}: date known to the month or year").format(movement=_(MOVEMENT_LABELS[movement])),
                "legendgroup": movement,
                "hovertext": [_hover(r) for r in window.itertuples()],
                "hoverinfo": "text",
                "customdata": window["source_url"].tolist(),
                **panel,
            }
        )
        data.append(
            {
                "type": "scatter",
                "x": exact["day"].astype(int).tolist(),
                "y": exact["org_id"].tolist(),
                "mode": "markers",
                "marker": {"color": MOVEMENT_COLOURS[movement], "size": 10},
                "name": _("{movement}: exact date").format(movement=_(MOVEMENT_LABELS[movement])),
                "legendgroup": movement,
                "hovertext": [_hover(r) for r in exact.itertuples()],
                "hoverinfo": "text",
                "customdata": exact["source_url"].tolist(),
                **panel,
            }
        )
        # Names beside the marks, since tick labels would squash a phone-wide plot: right of the mark
        # while a third of the axis is left after it, else left of where it starts.
        right = (mine["day_latest"] < high - (high - low) / 3).tolist()
        data.append(
            {
                "type": "scatter",
                "x": [int(late) if r else int(early) for early, late, r in zip(mine["day"], mine["day_latest"], right)],
                "y": mine["org_id"].tolist(),
                "mode": "text",
                "text": [f"{GAP}{short_name(name)}" if r else f"{short_name(name)}{GAP}" for name, r in zip(mine["name"], right)],
                "textposition": ["middle right" if r else "middle left" for r in right],
                "textfont": {"size": 11, "color": "#333333"},
                "cliponaxis": False,
                "hoverinfo": "skip",
                "showlegend": False,
                "name": "names",
                **panel,
            }
        )
        merge(_panel_axes(layout, index)[1], {
            "categoryorder": "array", "categoryarray": list(reversed(mine["org_id"].tolist())),
            "showticklabels": False, "showgrid": False,
        })
    _titles_left(layout)
    # Day 0 solid, the reading's horizons dotted, in every panel; the page's caption names them (labels
    # would crowd a phone).
    layout["shapes"] = [
        {"type": "line", "x0": day, "x1": day, "xref": axis_refs(panel, 1)["xaxis"],
         "y0": 0, "y1": 1, "yref": f"{axis_refs(panel, 1)['yaxis']} domain",
         "line": {"color": "#888888", "width": 1, "dash": "solid" if day == 0 else "dot"}}
        for panel in range(1, len(movements) + 1) for day in (0, *MARK_DAYS)
    ]
    ticks = [t for t in range(-400, high + 1, 200) if low <= t <= high]
    # Plotly writes Latin digits: the numbers are given in the reader's language where that is not English.
    written = {} if current_language() == "en" else {"ticktext": [number(t) for t in ticks]}
    update_axes(layout, "x", range=[low, high], showticklabels=True, tickformat=",", zeroline=False, tickvals=ticks, **written)
    _panel_axes(layout, len(movements))[0]["title"] = {"text": _("days since day 0 (negative: before it)")}
    base_layout(layout, title=_("How fast did each movement organise?"), height=110 + 22 * sum(counts) + 50 * len(movements))
    merge(layout, {"margin": {"l": 10, "r": 10, "t": 70, "b": 50}, "bargap": 0.4, "showlegend": False})
    return figure(data, layout)


STRIKE_KIND_LABELS = {
    "strike_committee": N_("strike body"),
    "strike_committees": N_("count of strike committees"),
    "civil_service_strike": N_("civil-service strike"),
}


def _bodies_title(movement: str, count: int) -> str:
    return ngettext("{movement}: {count} body", "{movement}: {count} bodies", count).format(
        movement=_(MOVEMENT_LABELS[movement]), count=number(count)
    )


def strike_counts(counts: pd.DataFrame, missing: dict[str, list[str]], movements: list[str]) -> go.Figure:
    """The strike bodies and strike figures of each movement, with the counts the sources give.

    `counts` is `derive.strike_counts`; `missing` maps a movement to the strike figure
    metrics no source quantifies. Each count keeps its own unit, written beside it; the
    shared axis is only a log scale of "how many", not a comparison of like with like.
    """
    rows: list[RangeRow] = []
    for movement in movements:
        rows.append(RangeRow(label=_(MOVEMENT_LABELS[movement]), value_text="", movement=movement, heading=True))
        for row in counts[counts["movement"] == movement].itertuples():
            kind = _(STRIKE_KIND_LABELS[row.kind])
            dated = " · " + _("as of {date}").format(date=date_text(row.as_of)) if pd.notna(row.as_of) else ""
            counted = "<br>" + _("Counted by: {who}").format(who=_(row.counted_by)) if pd.notna(row.counted_by) else ""
            same = "<br>" + _("Also figures row {row}").format(row=row.same_as) if pd.notna(row.same_as) else ""
            if pd.isna(row.low):
                rows.append(RangeRow(label=row.label, value_text=_("no count given"), movement=movement))
                continue
            value = quantity(value_range(row.low, row.high), row.unit)
            if getattr(row, "share", str(row.unit).startswith("percent")):
                rows.append(RangeRow(label=row.label, value_text=_("{value} (a share, not a count)").format(value=value), movement=movement))
                continue
            rows.append(
                RangeRow(
                    label=row.label,
                    value_text=value,
                    movement=movement,
                    low=float(row.low),
                    high=None if pd.isna(row.high) else float(row.high),
                    hover=(f"<b>{_('{label}: {value}').format(label=_(MOVEMENT_LABELS[movement]), value=row.label)}</b>"
                           f"<br>{_('{label}: {value}').format(label=kind, value=value)}{dated}{counted}"
                           f"<br>{broken_lines(row.description, HOVER_WIDTH)}{same}<br>{_source(row.source_url)}"),
                    source_url=row.source_url,
                )
            )
        for metric in missing.get(movement, []):
            rows.append(RangeRow(label=label(_(STRIKE_KIND_LABELS[metric])), value_text=_("missing: no source read gives a figure"), movement=movement))
    return labelled_ranges(
        rows,
        title=_("Strike bodies and strikers, as counted"),
        axis_title=_("count, each in its own unit (log scale)"),
    )
