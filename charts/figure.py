"""Figures composed as plain Plotly specs (dicts) and wrapped once.

Plotly's object layer validates and copies on every `add_trace`, `update_layout` and
`make_subplots` call, far slower than writing the dict (docs/decisions.md). Validation is
not lost: `tests/charts/test_figure.py` validates every builder's output against Plotly's schema.

Builders write `{"type": "scatter", ...}` traces and a layout dict, then call `figure`.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import re
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from i18n import wrap

TEMPLATE = "plotly_white"
_AXIS_KEY = {"x": re.compile(r"^xaxis\d*$"), "y": re.compile(r"^yaxis\d*$")}


@functools.cache
def _template_json(name: str) -> str:
    return json.dumps(pio.templates[name].to_plotly_json())


def template(name: str = TEMPLATE) -> dict[str, Any]:
    """A template as the dict Plotly.js needs: a template *name* means nothing to the browser."""
    return json.loads(_template_json(name))


def figure(data: list[dict[str, Any]], layout: dict[str, Any]) -> go.Figure:
    """The finished figure, its margins made room for its labels, wrapped without validating again.

    (The tests validate every builder's output.)
    """
    fit_margins(data, layout)
    return go.Figure({"data": data, "layout": layout}, _validate=False)


# Margins that already hold the axis labels. Plotly's automargin (kept on, as a safety net)
# otherwise finds the labels too wide for the margin after drawing and draws the whole chart
# again: about half of each chart's draw time in the browser. The estimates err on the wide side.
TICK_ROW_PX = 50  # bottom margin for a row of x tick labels
TITLED_TICK_ROW_PX = 66  # ... with the axis title below them
LABEL_PAD_PX = 28  # left margin beyond the widest y tick label
TITLED_LABEL_PAD_PX = 58  # ... with the rotated axis title beside them
RIGHT_PX = 24  # the last x tick label may reach past the plot's right edge
LEFT_PX = 20  # markers and bars at the left edge, with no labels there
_NARROW = set("ilIjtfr.,:;'|()[]- ")
_WIDE = set("mwMW%")


def text_px(text: str) -> float:
    """Estimated width in px of one line of tick-label text (13 px sans-serif); markup tags are not drawn."""
    plain = re.sub(r"<[^>]+>", "", text)
    return sum(3.8 if c in _NARROW else 10.5 if c in _WIDE else 8.2 if c.isupper() else 6.9 for c in plain)


def _label_px(label: Any) -> float:
    return max((text_px(line) for line in re.split(r"<br\s*/?>", str(label))), default=0.0)


def _numeric_tick_px(values: list[float], axis: dict[str, Any]) -> float:
    """The widest tick label a numeric axis over these values can get, roughly: its longest end, formatted."""
    finite = [float(v) for v in values if isinstance(v, int | float) and v == v]
    if not finite:
        return text_px("00000")
    if axis.get("type") == "log" or "~s" in str(axis.get("tickformat", "")):
        widest = "100k"  # SI-prefixed ticks stay 4 characters or fewer
    else:
        widest = max((f"{v:,.0f}" for v in (min(finite), max(finite))), key=len)
        # Plotly draws a real minus sign; a digit more, as the axis may end on a rounder number than the data.
        widest = widest.replace("-", "\u2212") + "0"
    return text_px(widest + str(axis.get("ticksuffix", "")) + str(axis.get("tickprefix", "")))


def _shown(axis: dict[str, Any]) -> bool:
    return axis.get("visible", True) is not False and axis.get("showticklabels", True) is not False


def _titled(axis: dict[str, Any]) -> bool:
    return bool((axis.get("title") or {}).get("text"))


def legend_top_px(data: list[dict[str, Any]], *, font_px: float = 11, row_width_px: float = 800) -> int:
    """Top margin for a horizontal legend above the plot: its entries wrapped into rows of about `row_width_px`.

    Sized for a desktop chart; on a phone the legend has more rows and pushes the plot down itself.
    """
    names = [str(trace["name"]) for trace in data if trace.get("name") and trace.get("showlegend", True) is not False]
    total = sum(40 + text_px(name) * font_px / 13 for name in names)  # 40 px: the symbol and the gap after it
    rows = max(1, math.ceil(total / row_width_px))
    return 71 + 18 * (rows - 1)


def fit_margins(data: list[dict[str, Any]], layout: dict[str, Any]) -> dict[str, Any]:
    """Raise the left, bottom and right margins to hold the tick labels and axis titles; never lowers them."""
    margin = layout.setdefault("margin", {})
    x_axes = {key: axis for key, axis in layout.items() if _AXIS_KEY["x"].match(key)} or {"xaxis": {}}
    y_axes = {key: axis for key, axis in layout.items() if _AXIS_KEY["y"].match(key)} or {"yaxis": {}}
    bottom = [axis for axis in x_axes.values() if _shown(axis) and axis.get("side") != "top"]
    if bottom:
        need = TITLED_TICK_ROW_PX if any(_titled(axis) for axis in bottom) else TICK_ROW_PX
        margin["b"] = max(margin.get("b", 0), need)
    left = 0.0
    for key, axis in y_axes.items():
        if not _shown(axis) or axis.get("side") == "right" or axis.get("overlaying"):
            continue
        ref = "y" + key[len("yaxis"):]
        values = [v for trace in data if trace.get("yaxis", "y") == ref for v in (trace.get("y") or [])]
        categories = axis.get("ticktext") or axis.get("categoryarray")
        if categories or any(isinstance(v, str) for v in values):
            widest = max((_label_px(v) for v in (categories or values) if v is not None), default=0.0)
        else:
            widest = _numeric_tick_px(values, axis)
        left = max(left, widest + (TITLED_LABEL_PAD_PX if _titled(axis) else LABEL_PAD_PX))
    margin["l"] = max(margin.get("l", 0), round(left), LEFT_PX)
    margin["r"] = max(margin.get("r", 0), RIGHT_PX)
    return layout


HOVER_WIDTH = 52  # characters per hover line: fits a 390 px phone screen


def broken_lines(text: str, width: int = HOVER_WIDTH) -> str:
    """`text` broken into lines of about `width` characters joined by `<br>` (Plotly wraps neither hover boxes nor
    labels), between syllables in Burmese; text with nothing to break stays as it is."""
    return "<br>".join(wrap(str(text), width)) or str(text)


def merge(target: dict[str, Any], updates: dict[str, Any]) -> dict[str, Any]:
    """`updates` merged into `target` in place, nested dicts key by key (as Plotly's `update` does)."""
    for key, value in updates.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value) if isinstance(value, dict | list) else value
    return target


@functools.cache
def _grid_json(arguments: str) -> str:
    layout = make_subplots(**json.loads(arguments)).to_plotly_json()["layout"]
    layout.pop("template", None)  # the default template; `base_layout` sets the one we use
    return json.dumps(layout)


def subplot_layout(**arguments: Any) -> dict[str, Any]:
    """The layout `make_subplots(**arguments)` makes (axis domains, anchors, subplot titles), as a fresh dict.

    Computed once per distinct set of arguments: the grid depends on nothing else.
    """
    return json.loads(_grid_json(json.dumps(arguments, sort_keys=True)))


def axis_refs(row: int, col: int, cols: int = 1) -> dict[str, str]:
    """The `xaxis`/`yaxis` references of a trace in subplot (row, col) of a grid `cols` wide."""
    index = (row - 1) * cols + col
    suffix = "" if index == 1 else str(index)
    return {"xaxis": f"x{suffix}", "yaxis": f"y{suffix}"}


def update_axes(layout: dict[str, Any], letter: str, **properties: Any) -> dict[str, Any]:
    """Merge `properties` into every x (or y) axis of the layout; one axis is made when there is none."""
    keys = [key for key in layout if _AXIS_KEY[letter].match(key)] or [f"{letter}axis"]
    for key in keys:
        merge(layout.setdefault(key, {}), properties)
    return layout


def base_layout(layout: dict[str, Any], *, title: str, height: int = 420) -> dict[str, Any]:
    """Titles left, legend above the plot, tight margins: readable at 390 px wide."""
    merge(
        layout,
        {
            # At the top of the figure, not in the middle of the margin: a legend that wraps into more rows on a
            # phone grows up from the plot towards it.
            "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16},
                      "yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 12}},
            "height": height,
            "margin": {"l": 10, "r": 10, "t": 80, "b": 40},
            "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "title": {}},
            "hoverlabel": {"align": "left"},
            "font": {"family": "Source Sans Pro, Arial, Noto Sans Myanmar, sans-serif", "size": 13},
        },
    )
    layout["template"] = template()  # a fresh copy, set whole: never merged into another template
    return layout


SOURCE_LINE_PX = 22  # height added under the plot for the source line
SOURCE_COLOUR = "#5a5d69"
TITLE_PX = 30  # height added above a figure that gets its title here
TITLE_LINE_CHARACTERS = 40  # a legend's heading does not wrap by itself; lines this long fit 360 px


def with_source(fig: go.Figure, source: str, title: str | None = None) -> go.Figure:
    """A copy of the figure carrying its source line under the plot, and `title` if it has no title of its own.

    Both are part of the figure, so they are in every image of it (the toolbar's PNG, the SVG). The
    figure grows by the source line's height, so its plot keeps its size; its traces are untouched.
    """
    spec = fig.to_plotly_json()
    layout = spec["layout"]
    margin = layout.setdefault("margin", {})
    if title and not (layout.get("title") or {}).get("text"):
        if layout.get("showlegend", True) is not False and (layout.get("legend") or {}).get("orientation") == "h":
            # As the legend's heading: a legend above the plot wraps into more rows on a phone and grows up
            # over anything placed above it; its own heading moves with it.
            merge(layout, {"legend": {"title": {"text": broken_lines(title, TITLE_LINE_CHARACTERS), "side": "top", "font": {"size": 16, "color": "#31333f"}}}})
        else:
            merge(layout, {"title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}}})
        margin["t"] = margin.get("t", 0) + TITLE_PX
        if layout.get("height"):
            layout["height"] += TITLE_PX
    margin["b"] = margin.get("b", 40) + SOURCE_LINE_PX
    if layout.get("height"):
        layout["height"] += SOURCE_LINE_PX
    layout["annotations"] = [*layout.get("annotations", []), {
        "name": "source", "text": source, "showarrow": False,
        "xref": "paper", "yref": "paper", "x": 0, "y": 0, "xanchor": "left", "yanchor": "bottom",
        "xshift": -margin.get("l", 0) + 4, "yshift": -margin["b"] + 2,
        "font": {"size": 11, "color": SOURCE_COLOUR},
    }]
    return go.Figure(spec, _validate=False)
