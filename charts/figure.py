"""Figures composed as plain Plotly specs (dicts) and wrapped once.

Plotly's object layer validates and copies on every `add_trace`, `update_layout` and
`make_subplots` call: building a page's figures that way cost 100-300 ms of server CPU
on every new filter value. The same figure written as a dict and wrapped without
validation costs a few ms. Validation is not lost: `tests/charts/test_figure.py`
validates every builder's output against Plotly's schema.

Builders write `{"type": "scatter", ...}` traces and a layout dict, then call `figure`.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

TEMPLATE = "plotly_white"
_AXIS_KEY = {"x": re.compile(r"^xaxis\d*$"), "y": re.compile(r"^yaxis\d*$")}


@functools.cache
def _template_json(name: str) -> str:
    return json.dumps(pio.templates[name].to_plotly_json())


def template(name: str = TEMPLATE) -> dict[str, Any]:
    """A template as the dict Plotly.js needs: a template *name* means nothing to the browser."""
    return json.loads(_template_json(name))


def figure(data: list[dict[str, Any]], layout: dict[str, Any]) -> go.Figure:
    """The finished figure, wrapped without validating again (the tests validate every builder)."""
    return go.Figure({"data": data, "layout": layout}, _validate=False)


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
            "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
            "height": height,
            "margin": {"l": 10, "r": 10, "t": 80, "b": 40},
            "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "title": {}},
            "hoverlabel": {"align": "left"},
            "font": {"family": "Source Sans Pro, Arial, sans-serif", "size": 13},
        },
    )
    layout["template"] = template()  # a fresh copy, set whole: never merged into another template
    return layout
