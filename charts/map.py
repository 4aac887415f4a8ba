"""Where figures: a tile-grid map of the states and regions for one movement, and the same numbers as ranked bars.

Pure builders: the numbers of `transforms.geography.by_unit` in, go.Figure out. The map is plain
cartesian heatmap cells (one equal square per state or region), never a geographic base map, so
drawing it asks nothing of any server but the app's.
"""

from __future__ import annotations

import math
import textwrap

import pandas as pd
import plotly.graph_objects as go

from charts.figure import base_layout, broken_lines, figure, merge
from charts.theme import MOVEMENT_COLOURS, NEUTRAL
from i18n import _, current_language, localise_digits, ngettext, text_width, wrap
from transforms.geography import place_name
from transforms.readings.geography import NOUNS
from vocabulary.formatting import number, per_million, percent
from vocabulary.movements import MOVEMENT_LABELS

# Viridis, light (few) to dark (many): ordered in lightness and readable with the common colour-vision
# deficiencies; its lightest end is a yellow, so a tile with 0 stays visible on the white page.
COLOURS = "Viridis"
MISSING = "#d9d9d9"  # a tile with no value (no census figure): grey, and its label says why
HOVER_ROWS = 4  # rows named in a tile's hover before "and N more"
HOVER_WIDTH = 48  # characters per hover line: fits a 390 px phone screen
TILE_GAP = 3  # px between tiles
TILE_WIDTH = 12  # characters of a tile's label per line (`i18n.text_width`): "နေပြည်တော်" fits a tile on a 390 px phone
COLOUR_TICKS = 5  # ticks on a value scale, when they are written in Myanmar digits


def measure_title(measure: str, count: str) -> str:
    noun = _(NOUNS[count][1])
    return {
        "share": _("% of placed {noun}").format(noun=noun),
        "count": noun.capitalize(),
        "rate": _("{noun} per million people").format(noun=noun).capitalize(),
    }[measure]


def value_text(measure: str, value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return _("no census")
    if measure == "share":
        return percent(value)
    if measure == "rate":
        return localise_digits(per_million(value))
    return number(int(value))


def _fitted(text: str) -> str:
    return text if text_width(text) <= TILE_WIDTH else broken_lines(text, TILE_WIDTH)


def tile_label(unit, measure: str) -> str:
    """A tile's short name over its value, each wrapped between syllables when too wide for the tile."""
    return f"<b>{_fitted(place_name(unit, 'short_name'))}</b><br>{_fitted(value_text(measure, getattr(unit, measure)))}"


def scale_top(numbers: pd.DataFrame, measure: str) -> float:
    """The top of the colour scale every panel shares, so the same colour means the same number in each."""
    top = pd.to_numeric(numbers[measure], errors="coerce").max() if len(numbers) else float("nan")
    return float(top) if top == top and top > 0 else 1.0


def _short(text: str) -> str:
    if current_language() == "en":
        return textwrap.shorten(text, HOVER_WIDTH, placeholder="…")
    lines = wrap(text, HOVER_WIDTH)
    return lines[0] + "…" if len(lines) > 1 else text


def _hover(unit, count: str) -> str:
    noun = NOUNS[count]
    year = localise_digits(str(unit.census_year))
    census = _("{rate} per million ({year} census)").format(rate=localise_digits(per_million(unit.rate)), year=year) if unit.rate == unit.rate else (
        _("no rate: no {year} census figure").format(year=year)
    )
    former = place_name(unit, "former_names")
    lines = [
        f"<b>{place_name(unit)}</b>",
        *([broken_lines(_("Earlier: {names}").format(names=former), HOVER_WIDTH)] if former else []),
        _("{count} {noun} · {share} of placed").format(
            count=number(unit.count), noun=_(noun[0] if unit.count == 1 else noun[1]), share=percent(unit.share)
        ),
        census,
    ]
    lines += [f"· {_short(label)}" for label in unit.row_labels[:HOVER_ROWS]]
    if len(unit.row_labels) > HOVER_ROWS:
        more = len(unit.row_labels) - HOVER_ROWS
        lines.append(ngettext("and {count} more", "and {count} more", more).format(count=number(more)))
    return "<br>".join(lines)


def _ticks(top: float, measure: str) -> dict:
    """Ticks in Myanmar digits on a value scale from 0 to `top` for a Burmese reader (Plotly writes Latin digits)."""
    if current_language() == "en" or not top == top:
        return {}
    rough = top / (COLOUR_TICKS - 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(power * m for m in (1, 2, 5, 10) if power * m >= rough)  # round steps, as Plotly's own
    if measure == "count":  # whole numbers only
        step = max(1, math.ceil(step))
    values = [step * i for i in range(int(top // step) + 1)]
    return {"tickvals": values, "ticktext": [percent(v) if measure == "share" else number(v) for v in values]}


def _grid(numbers: pd.DataFrame) -> tuple[int, int]:
    """(rows, columns) of the tile grid."""
    return int(numbers["row"].max()) + 1, int(numbers["col"].max()) + 1


def _cells(shape: tuple[int, int], numbers: pd.DataFrame, values: dict[str, object], empty: object = None) -> list[list[object]]:
    """A grid of `shape` holding `values` by tile; cells without one of `numbers`' states or regions hold `empty`."""
    cells: list[list[object]] = [[empty] * shape[1] for _ in range(shape[0])]
    for unit in numbers.itertuples():
        if unit.code in values:
            cells[int(unit.row)][int(unit.col)] = values[unit.code]
    return cells


def _empty_corner(numbers: pd.DataFrame) -> tuple[float, float]:
    """The middle of the largest empty corner of the grid at the bottom left, where the note beside the map goes."""
    rows, _ = _grid(numbers)
    taken = {(int(r), int(c)) for r, c in zip(numbers["row"], numbers["col"])}
    free = [(r, c) for r in range(rows) for c in range(2) if (r, c) not in taken and r >= rows - 2]
    if not free:
        return rows - 0.5, 0.0
    return sum(r for r, _ in free) / len(free), sum(c for _, c in free) / len(free)


def tile_map(numbers: pd.DataFrame, movement: str, measure: str, count: str, top: float, beside: dict[str, int]) -> go.Figure:
    """One movement's states and regions as equal tiles on a grid, shaded by `measure` on a 0..`top` scale.

    `numbers`: that movement's rows of `geography.by_unit`; `beside`: its nationwide and abroad counts.
    """
    values = pd.to_numeric(numbers[measure], errors="coerce")
    known = numbers[values.notna()]
    missing = numbers[values.isna()]
    shape = _grid(numbers)
    x, y = list(range(shape[1])), list(range(shape[0]))
    label = {u.code: tile_label(u, measure) for u in numbers.itertuples()}
    hover = {u.code: _hover(u, count) for u in numbers.itertuples()}
    tiles = {"type": "heatmap", "x": x, "y": y, "xgap": TILE_GAP, "ygap": TILE_GAP, "texttemplate": "%{text}",
             "textfont": {"size": 12}, "hovertemplate": "%{hovertext}<extra></extra>"}
    data = []
    if len(missing):
        # Grey tiles first, under the shaded ones: their cells there are empty.
        data.append({
            **tiles, "z": _cells(shape, missing, {code: 0 for code in missing["code"]}),
            "text": _cells(shape, missing, label, ""), "hovertext": _cells(shape, missing, hover, ""),
            "colorscale": [[0, MISSING], [1, MISSING]], "showscale": False, "name": _("no census figure"),
        })
    data.append({
        **tiles,
        "z": _cells(shape, known, dict(zip(known["code"], values[values.notna()]))),
        "text": _cells(shape, known, label, ""),
        "hovertext": _cells(shape, known, hover, ""),
        "zmin": 0,
        "zmax": top,
        "colorscale": COLOURS,
        "reversescale": True,
        "name": _(MOVEMENT_LABELS[movement]),
        "colorbar": {
            "orientation": "h", "x": 0, "xanchor": "left", "y": -0.02, "yanchor": "top", "len": 1, "thickness": 12,
            "title": {"text": measure_title(measure, count), "side": "top", "font": {"size": 12}},
            **_ticks(top, measure),
        },
    })
    row, col = _empty_corner(numbers)
    nationwide, abroad = beside.get("nationwide", 0), beside.get("abroad", 0)
    layout = {
        "xaxis": {"range": [-0.5, len(x) - 0.5], "visible": False, "fixedrange": True, "constrain": "domain"},
        "yaxis": {
            "range": [len(y) - 0.5, -0.5], "visible": False, "fixedrange": True,
            "scaleanchor": "x", "scaleratio": 1, "constrain": "domain",
        },
        "annotations": [{
            "text": _("Not on the map:<br>{nationwide} nationwide<br>{abroad} abroad").format(
                nationwide=number(nationwide), abroad=number(abroad)
            ),
            "x": col, "y": row, "xref": "x", "yref": "y", "showarrow": False, "align": "left",
            "font": {"size": 12, "color": NEUTRAL},
        }],
        "plot_bgcolor": "rgba(0,0,0,0)",
    }
    base_layout(layout, title=_(MOVEMENT_LABELS[movement]), height=640)
    merge(layout, {"title": {"font": {"color": MOVEMENT_COLOURS[movement]}}, "margin": {"t": 50, "b": 90, "l": 10, "r": 10}})
    layout["showlegend"] = False
    return figure(data, layout)


def ranked(numbers: pd.DataFrame, movements: list[str], measure: str, count: str) -> go.Figure:
    """Every state or region as a row of bars, one bar per movement, the highest value at the top."""
    values = numbers.assign(value=pd.to_numeric(numbers[measure], errors="coerce"))
    order = (
        values.groupby("code", sort=False)["value"].max().fillna(-1).sort_values(ascending=False, kind="stable").index.tolist()
    )
    names = {unit.code: place_name(unit, "short_name") for unit in values.itertuples()}
    data = []
    for movement in movements:
        mine = values[values["movement"] == movement].set_index("code").reindex(order)
        data.append({
            "type": "bar",
            "orientation": "h",
            "y": [names[code] for code in order],
            "x": [None if v != v else v for v in mine["value"]],
            "name": _(MOVEMENT_LABELS[movement]),
            "marker": {"color": MOVEMENT_COLOURS[movement]},
            "text": [value_text(measure, v) for v in mine["value"]],
            "textposition": "outside",
            "cliponaxis": False,
            "hovertext": [_hover(unit, count) for unit in mine.reset_index().itertuples()],
            "hovertemplate": "%{hovertext}<extra>" + _(MOVEMENT_LABELS[movement]) + "</extra>",
        })
    layout = {
        "barmode": "group",
        "bargap": 0.25,
        "xaxis": {
            "title": {"text": measure_title(measure, count)}, "rangemode": "tozero", "fixedrange": True,
            **_ticks(scale_top(values, "value"), measure),
        },
        "yaxis": {"autorange": "reversed", "fixedrange": True, "categoryorder": "array", "categoryarray": [names[c] for c in order]},
    }
    base_layout(layout, title=_("States and regions, ranked"), height=140 + len(order) * (10 + 16 * max(len(movements), 1)))
    # Room for the value beside the longest bar, and above the plot for the legend's two lines on a phone.
    merge(layout, {"margin": {"r": 56, "t": 104}})
    return figure(data, layout)
