"""Economy figure: one annual indicator from every source that publishes it, with the dates that matter marked.

Annual values are drawn at the middle of the year they are labelled with, on a date
axis, so dated events (coups, demonetisations, exchange-rate quotes) fall where
they happened within the year.
"""

from __future__ import annotations

import functools
import math

import pandas as pd
import plotly.graph_objects as go

from i18n import N_, _, current_language, localise_digits
from charts.figure import base_layout, figure, broken_lines, legend_top_px, merge, subplot_layout, update_axes
from charts.theme import MOVEMENT_COLOURS, NEUTRAL
from transforms import derive
from transforms.localise import localised
from vocabulary.economy import INDICATORS
from vocabulary.formatting import date_text, value_range
from vocabulary.labels import source_site
from vocabulary.movements import MOVEMENT_LABELS

# Okabe-Ito colours other than the two movement colours, so a series never looks like a movement.
SERIES_COLOURS = ("#000000", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", NEUTRAL)
# Variants that measure something other than the indicator's main variant are dashed.
DASHED_VARIANTS = ("market", "gdp_deflator")
QUOTE_SYMBOLS = {"market": "diamond", "official": "square", "reference": "triangle-up"}
QUOTE_NAMES = {
    "market": N_("Dated quote: market rate"),
    "official": N_("Dated quote: official rate"),
    "reference": N_("Dated quote: central-bank reference"),
}
# The economy rows' text a reader sees (legend, hover), each shown in the reader's language.
SERIES_TEXTS = ["series_label", "source_name"]
# The share of the figure's height the legend may take before it scrolls (Plotly's default, half, hid the last
# of ten Burmese entries on a phone, where each takes a row).
LEGEND_MAX_HEIGHT = 0.6
REGIME_SHADES = ("#E6E6E6", "#F4F4F4")
DEMONETISATION_COLOUR = "#333333"
# Axes of the grid the figure is drawn on (see `subplot_layout`): the series on the left axis of the
# top plot; marker bands and announcements on its hidden right axis, which runs from 0 to 1; the
# regime strip in the plot below, when markers are shown.
DATA_AXES = {"xaxis": "x", "yaxis": "y"}
MARKER_AXES = {"xaxis": "x", "yaxis": "y2"}
STRIP_AXES = {"xaxis": "x2", "yaxis": "y3"}
STRIP_Y_AXIS = "yaxis3"


def year_middle(years: pd.Series) -> pd.Series:
    """Where an annual value is drawn: the middle of the year it is labelled with."""
    whole = years.astype(int)
    return whole.map(_year_middles(tuple(sorted(set(whole)))))


@functools.lru_cache(maxsize=32)
def _year_middles(years: tuple[int, ...]) -> dict[int, pd.Timestamp]:
    # Date offsets cost far more per call than per value: computed once per set of years.
    starts = pd.Series(pd.to_datetime([f"{year}-01-01" for year in years]))
    middles = derive.precision_midpoint(starts, pd.Series("year", index=starts.index))
    return dict(zip(years, middles))


def window_dates(window: tuple[int, int]) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(window[0], 1, 1), pd.Timestamp(window[1], 12, 31)


def series_colours(economy: pd.DataFrame, indicator: str) -> dict[str, str]:
    """A fixed colour per series of an indicator, the same whatever the year window."""
    series = sorted(economy.loc[economy["indicator_id"] == indicator, "series_id"].astype(str).unique())
    return {s: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, s in enumerate(series)}


def _point_hover(row, indicator: str) -> str:
    """What one point's hover says of itself: its year, value and flags (the series' own words are in the template)."""
    flags = []
    if row.is_estimate:
        flags.append(_("estimate"))
    if row.computed_here:
        flags.append(_("computed here from published levels"))
    unit = _(row.unit)
    if indicator == "gdp_per_capita":
        value = _("index {index} ({base_year} = 100)<br>{value} {unit}").format(
            index=localise_digits(f"{row.index:,.1f}"), base_year=localise_digits(str(row.base_year)),
            value=localise_digits(f"{row.value:,.0f}"), unit=unit,
        )
    else:
        digits = f"{row.value:,.2f}" if indicator == "exchange_rate" else f"{row.value:,.1f}"
        value = _("{value} {unit}").format(value=localise_digits(digits), unit=unit)
    if flags:
        value = _("{value} ({notes})").format(value=value, notes=_("; ").join(flags))
    return _("Year labelled {year}: {value}").format(year=localise_digits(str(row.year)), value=value)


def _series_hover_template(first) -> str:
    """A series' hover: what is the same for all its points once, each point's own line from its customdata.

    Per-point hover text repeated the series' name, source and vintage on every point: most of the
    figure's bytes.
    """
    source = _("Source: {site} · vintage {vintage}").format(
        site=source_site(first["source_url"]), vintage=localise_digits(str(first["vintage"]))
    )
    return f"<b>{first['series_label']}</b><br>%{{customdata}}<br>{first['source_name']}<br>{source}<extra></extra>"


def _broken_at_gaps(years: list[int], **columns: list) -> dict[str, list]:
    """The columns with a None inserted wherever a year is missing, so the line breaks there rather
    than drawing a straight line over years no source gives."""
    broken: dict[str, list] = {name: [] for name in columns}
    for i, year in enumerate(years):
        if i and year - years[i - 1] > 1:
            for values in broken.values():
                values.append(None)
        for name, values in columns.items():
            broken[name].append(values[i])
    return broken


def _marked_points(years: list[int], is_estimate: list[bool]) -> list[int]:
    """Positions of the points drawn as markers: estimates, and years with no neighbour in the series."""
    present = set(years)
    return [
        i for i, (year, estimate) in enumerate(zip(years, is_estimate))
        if estimate or (year - 1 not in present and year + 1 not in present)
    ]


def indicator_chart(
    economy: pd.DataFrame,
    indicator: str,
    window: tuple[int, int],
    *,
    quotes: pd.DataFrame,
    demonetisations: pd.DataFrame,
    regimes: pd.DataFrame,
    periods: pd.DataFrame,
    markers: bool,
) -> go.Figure:
    """The chosen indicator in the year window, one line per source series.

    `regimes` are `derive.regime_spans`; `periods` the movements' period definitions (the
    headline one of each is marked). GDP per person comes in two units, so each series is
    shown as an index of its own first year in the window rather than on one shared axis.
    """
    rows = localised(derive.economy_series(economy, indicator, window), SERIES_TEXTS)
    if indicator == "gdp_per_capita":
        rows = derive.index_to_first_year(rows)
    start, end = window_dates(window)
    if markers:
        layout = subplot_layout(
            rows=2, cols=1, shared_xaxes=True, row_heights=[0.9, 0.1], vertical_spacing=0.03,
            specs=[[{"secondary_y": True}], [{}]],
        )
    else:
        layout = subplot_layout(rows=1, cols=1, specs=[[{"secondary_y": True}]])

    colours = series_colours(economy, indicator)
    # Placed once for every row: pandas' date offsets cost more per call than per row.
    middles = year_middle(rows["year"])
    data: list[dict] = []
    for series_id, mine in rows.groupby("series_id", sort=False):
        first = mine.iloc[0]
        dashed = isinstance(first["variant"], str) and first["variant"] in DASHED_VARIANTS
        colour = colours[str(series_id)]
        years = mine["year"].astype(int).tolist()
        values = (mine["index"] if indicator == "gdp_per_capita" else mine["value"]).tolist()
        x = middles[mine.index].tolist()
        hovers = [_point_hover(row, indicator) for row in mine.itertuples()]
        data.append({
            "type": "scatter",
            **DATA_AXES,
            **_broken_at_gaps(years, x=x, y=values, customdata=hovers),
            # A line, not a marker per year: hundreds of markers cost the browser more to draw than
            # all the rest of the figure; the few points that need a marker get one below.
            "mode": "lines",
            "name": str(first["series_label"]),
            "legendgroup": str(series_id),
            "line": {"color": colour, "width": 2, "dash": "dash" if dashed else "solid"},
            "hovertemplate": _series_hover_template(first),
        })
        estimates = mine["is_estimate"].tolist()
        marked = _marked_points(years, estimates)
        if marked:
            data.append({
                "type": "scatter",
                **DATA_AXES,
                "x": [x[i] for i in marked],
                "y": [values[i] for i in marked],
                "mode": "markers",
                "name": _("{series}: marked years").format(series=first["series_label"]),
                "legendgroup": str(series_id),
                "showlegend": False,
                # An open marker is a value its publisher marks as an estimate or projection; a filled
                # one a year with no neighbour, which a line alone would not show.
                "marker": {"size": 7, "color": colour, "line": {"color": colour, "width": 1.5},
                           "symbol": ["circle-open" if estimates[i] else "circle" for i in marked]},
                "customdata": [hovers[i] for i in marked],
                "hovertemplate": _series_hover_template(first),
            })

    if indicator == "exchange_rate":
        data += _quote_traces(quotes, start, end)
    shapes: list[dict] = []
    if markers:
        strip, shading = _regime_strip(regimes, start, end)
        data.append(strip)
        merge(layout[STRIP_Y_AXIS], {"showticklabels": False, "fixedrange": True})
        data += _movement_bands(periods, start, end)
        announcements, lines = _demonetisation_markers(demonetisations, start, end)
        data.append(announcements)
        shapes = shading + lines

    # The full width: make_subplots keeps room on the right for the secondary axis, which is hidden.
    update_axes(layout, "x", range=[start, end], type="date", tickformat="%Y", domain=[0.0, 1.0])
    data_axis = layout["yaxis"]
    merge(data_axis, {"title": {"text": _(INDICATORS[indicator].axis_title)}, "tickformat": ","})
    if current_language() != "en":
        update_axes(layout, "x", **_year_ticks(window))
    if indicator == "exchange_rate":
        data_axis["type"] = "log"
    if current_language() != "en":
        merge(data_axis, _value_ticks(data, log=indicator == "exchange_rate"))
    if indicator == "gdp_growth":
        merge(data_axis, {"zeroline": True, "zerolinecolor": NEUTRAL, "zerolinewidth": 1})
    # The secondary axis only places marker lines and bands from bottom (0) to top (1).
    merge(layout["yaxis2"], {"range": [0, 1], "visible": False, "fixedrange": True})
    # Tall enough that the plot keeps ~250 px on a phone, where the legend takes a row per entry.
    base_layout(layout, title="", height=620 if markers else 540)
    # Up to ten legend entries wrap onto several rows on a phone, which a fixed top margin cannot
    # foresee: the page shows the indicator's title above the chart and the legend pushes the plot down.
    layout["title"] = {}
    merge(
        layout,
        {
            "margin": {"t": legend_top_px(data)},
            "legend": {"font": {"size": 11}, "y": 1.02, "maxheight": LEGEND_MAX_HEIGHT},
            "hovermode": "closest",
            "uniformtext": {"minsize": 9, "mode": "hide"},
        },
    )
    if shapes:  # no shapes at all is no `shapes` key, as Plotly wrote it
        layout["shapes"] = shapes
    return figure(data, layout)


def _year_ticks(window: tuple[int, int]) -> dict:
    """The year axis labelled in the reader's digits: a tick at the start of every 1, 2, 5, 10 or 20 years,
    no more than about eight of them (Plotly writes its own ticks in Latin digits)."""
    span = window[1] - window[0] + 1
    step = next((step for step in (1, 2, 5, 10, 20) if span / step <= 8), 50)
    years = [year for year in range(window[0], window[1] + 1) if year % step == 0] or [window[0]]
    return {
        "tickmode": "array",
        "tickvals": [pd.Timestamp(year, 1, 1) for year in years],
        "ticktext": [localise_digits(str(year)) for year in years],
    }


def _value_ticks(data: list[dict], log: bool) -> dict:
    """The value axis labelled in the reader's digits: round ticks over the values drawn on it (1, 2 and 5 in each
    power of ten on a log axis; a step of 1, 2, 2.5 or 5 times a power of ten giving about six ticks otherwise)."""
    values = []
    for trace in data:
        if trace.get("yaxis") != DATA_AXES["yaxis"]:
            continue
        ys = [y for y in trace["y"] if y is not None and not math.isnan(y)]
        values += ys
        tops = trace.get("error_y", {}).get("array", [])
        values += [y + extra for y, extra in zip(trace["y"], tops) if y is not None]
    if not values:
        return {}
    low, high = min(values), max(values)
    if log:
        low = max(low, 1e-9)
        decades = range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)
        ticks = [m * 10**k for k in decades for m in (1, 2, 5) if low / 2 <= m * 10**k <= high * 2]
    else:
        rough = (high - low) / 6 or 1.0
        power = 10 ** math.floor(math.log10(rough))
        step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
        ticks = [i * step for i in range(math.floor(low / step) - 1, math.ceil(high / step) + 2)]
    return {
        "tickmode": "array",
        "tickvals": ticks,
        "ticktext": [localise_digits(f"{tick:,.0f}" if float(tick).is_integer() else f"{tick:,g}") for tick in ticks],
    }


def _quote_traces(quotes: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> list[dict]:
    """Dated news and reference quotes as markers; a quoted range is a bar from low to high."""
    where = derive.precision_midpoint(quotes["date"], quotes["date_precision"])
    inside = quotes.assign(x=where)[(where >= start) & (where <= end)]
    traces = []
    for rate_type, mine in inside.groupby("rate_type", observed=True, sort=False):
        spread = (mine["rate_high"].fillna(mine["rate_low"]) - mine["rate_low"]).tolist()
        traces.append({
            "type": "scatter",
            **DATA_AXES,
            "x": mine["x"].tolist(),
            "y": mine["rate_low"].tolist(),
            "mode": "markers",
            "name": _(QUOTE_NAMES[str(rate_type)]),
            "marker": {"symbol": QUOTE_SYMBOLS[str(rate_type)], "size": 9, "color": "#000000",
                       "line": {"color": "#FFFFFF", "width": 1}},
            "error_y": {"type": "data", "symmetric": False, "array": spread, "arrayminus": [0] * len(spread),
                        "color": "#000000", "thickness": 2, "width": 4},
            "hovertext": [
                _("<b>{name}</b>, {date}<br>{rates} kyat per US$<br>{description}<br>Source: {site}").format(
                    name=_(QUOTE_NAMES[str(rate_type)]), date=date_text(r.date, r.date_precision),
                    rates=value_range(r.rate_low, r.rate_high), description=broken_lines(r.description),
                    site=source_site(r.source_url),
                )
                for r in localised(mine, ["description"]).itertuples()
            ],
            "hoverinfo": "text",
            "customdata": mine["source_url"].tolist(),
        })
    return traces


def _clip(spans: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> list[dict]:
    """Spans that overlap the window, as records cut to it (`shown_start`, `shown_end`, and the row's `index`);
    an open end (NaT) runs to the window's end.

    Records, not a frame: these tables hold a few rows, where each pandas call costs more
    than the work itself.
    """
    inside = []
    for index, span in zip(spans.index, spans.to_dict("records")):
        span_end = end if pd.isna(span["end"]) else span["end"]
        if span["start"] <= end and span_end >= start:
            inside.append({**span, "index": index, "shown_start": max(span["start"], start), "shown_end": min(span_end, end)})
    return inside


def _regime_strip(regimes: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> tuple[dict, list[dict]]:
    """Regime periods: a named strip under the plot, and the shading to draw behind the data."""
    shown = _clip(localised(regimes, ["name", "description"]), start, end)
    shades = [REGIME_SHADES[int(row["index"]) % 2] for row in shown]
    shapes = [
        {"type": "rect", "xref": "x", "yref": "y domain", "x0": row["shown_start"], "x1": row["shown_end"], "y0": 0, "y1": 1,
         "fillcolor": shade, "line": {"width": 0}, "layer": "below"}
        for row, shade in zip(shown, shades)
    ]
    strip = {
        "type": "bar",
        **STRIP_AXES,
        "base": [row["shown_start"] for row in shown],
        "x": [(row["shown_end"] - row["shown_start"]).total_seconds() * 1000 for row in shown],
        "y": [_("Regime")] * len(shown),
        "orientation": "h",
        "marker": {"color": shades, "line": {"color": "#BBBBBB", "width": 1}},
        "text": [row["name"] for row in shown],
        "textposition": "inside",
        "insidetextanchor": "middle",
        "textfont": {"color": "#222222"},
        "name": _("Regime periods"),
        "showlegend": False,
        "hovertext": [
            _("<b>{name}</b><br>{start} to {end}<br>{description}<br>Source: {site}").format(
                name=row["name"], start=date_text(row["start"]),
                end=_("the present") if pd.isna(row["end"]) else date_text(row["end"]),
                description=broken_lines(row["description"]), site=source_site(row["source_url"]),
            )
            for row in shown
        ],
        "hoverinfo": "text",
        "customdata": [row["source_url"] for row in shown],
    }
    return strip, shapes


def _movement_bands(periods: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> list[dict]:
    """Each movement's headline period as a band in its colour, with its definition on hover."""
    headline = localised(periods[periods["headline"]], ["definition"]).rename(
        columns={"start_date": "start", "end_date": "end"}
    )
    bands = []
    for row in _clip(headline, start, end):
        movement = str(row["movement"])
        bands.append({
            "type": "scatter",
            **MARKER_AXES,
            "x": [row["shown_start"], row["shown_start"], row["shown_end"], row["shown_end"], row["shown_start"]],
            "y": [0, 1, 1, 0, 0],
            "mode": "lines",
            "fill": "toself",
            "fillcolor": MOVEMENT_COLOURS[movement],
            "opacity": 0.35,
            "line": {"color": MOVEMENT_COLOURS[movement], "width": 1},
            "name": _(MOVEMENT_LABELS[movement]),
            "hoveron": "fills+points",
            "hovertext": _("<b>{name}</b><br>{definition}<br>Source: {site}").format(
                name=_(MOVEMENT_LABELS[movement]), definition=broken_lines(row["definition"]),
                site=source_site(row["source_url"]),
            ),
            "hoverinfo": "text",
        })
    return bands


def _demonetisation_markers(
    demonetisations: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> tuple[dict, list[dict]]:
    """A marker on top of each announcement date that carries the details, and the dotted lines."""
    inside = demonetisations[(demonetisations["date"] >= start) & (demonetisations["date"] <= end)]
    lines = [
        {"type": "line", "xref": "x", "yref": "y domain", "x0": when, "x1": when, "y0": 0, "y1": 1,
         "line": {"color": DEMONETISATION_COLOUR, "width": 1.5, "dash": "dot"}}
        for when in inside["date"]
    ]
    shares = [
        _("{share}% of currency made worthless").format(
            share=value_range(r.share_invalidated_low, r.share_invalidated_high)
        )
        if pd.notna(r.share_invalidated_low)
        else _("share of currency lost: not estimated by any source read")
        for r in inside.itertuples()
    ]
    announcements = {
        "type": "scatter",
        **MARKER_AXES,
        "x": inside["date"].tolist(),
        "y": [0.97] * len(inside),
        "mode": "markers",
        "name": _("Demonetisation"),
        "marker": {"symbol": "triangle-down", "size": 12, "color": DEMONETISATION_COLOUR},
        "hovertext": [
            _("<b>Demonetisation, {date}</b><br>Notes withdrawn: {notes} kyat<br>{share}<br>Source: {site}").format(
                date=date_text(r.date, r.date_precision),
                notes=_(", ").join(localise_digits(n.strip()) for n in r.notes_withdrawn.split(";")),
                share=share, site=source_site(r.source_url),
            )
            for r, share in zip(inside.itertuples(), shares)
        ],
        "hoverinfo": "text",
        "customdata": inside["source_url"].tolist(),
    }
    return announcements, lines
