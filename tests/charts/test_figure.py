"""The plain-dict figure helpers give what Plotly's object API gives, without its cost."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import plotly.io as pio
import pytest
from plotly.subplots import make_subplots

from charts import figure


def _json(fig: go.Figure) -> dict:
    return json.loads(pio.to_json(fig, validate=False))


def test_subplot_layout_is_the_layout_make_subplots_builds_without_its_template():
    arguments = {"rows": 2, "cols": 1, "shared_xaxes": True, "vertical_spacing": 0.1, "subplot_titles": ["a", "b"]}
    expected = make_subplots(**arguments).to_plotly_json()["layout"]
    expected.pop("template")
    assert figure.subplot_layout(**arguments) == json.loads(json.dumps(expected))


def test_subplot_layout_hands_out_a_fresh_copy_each_time():
    first = figure.subplot_layout(rows=1, cols=2)
    first["xaxis"]["title"] = "changed"
    assert "title" not in figure.subplot_layout(rows=1, cols=2)["xaxis"]


def test_axis_refs_count_subplots_row_by_row():
    assert figure.axis_refs(1, 1) == {"xaxis": "x", "yaxis": "y"}
    assert figure.axis_refs(2, 1) == {"xaxis": "x2", "yaxis": "y2"}
    assert figure.axis_refs(2, 3, cols=3) == {"xaxis": "x6", "yaxis": "y6"}


def test_a_trace_placed_with_axis_refs_matches_add_trace_with_row_and_col():
    old = make_subplots(rows=2, cols=2)
    old.add_trace(go.Scatter(x=[1, 2], y=[3, 4]), row=2, col=1)
    layout = figure.subplot_layout(rows=2, cols=2)
    new = figure.figure([{"type": "scatter", "x": [1, 2], "y": [3, 4], **figure.axis_refs(2, 1, cols=2)}], layout)
    assert _json(new)["data"] == _json(old)["data"]


def test_merge_updates_nested_dicts_key_by_key_and_copies_what_it_stores():
    target = {"title": {"text": "a", "font": {"size": 10}}, "height": 100}
    extra = {"font": {"color": "red"}}
    figure.merge(target, {"title": extra, "height": 200})
    assert target == {"title": {"text": "a", "font": {"size": 10, "color": "red"}}, "height": 200}
    extra["font"]["color"] = "blue"
    assert target["title"]["font"] == {"size": 10, "color": "red"}


def test_update_axes_reaches_every_axis_of_a_letter_and_makes_one_when_there_is_none():
    layout = figure.subplot_layout(rows=2, cols=1)
    figure.update_axes(layout, "x", showgrid=False)
    assert layout["xaxis"]["showgrid"] is False and layout["xaxis2"]["showgrid"] is False
    assert "showgrid" not in layout["yaxis"]
    assert figure.update_axes({}, "y", title={"text": "t"}) == {"yaxis": {"title": {"text": "t"}}}


def test_base_layout_sends_the_template_itself_not_its_name():
    layout = figure.base_layout({}, title="A title", height=300)
    assert isinstance(layout["template"], dict) and layout["template"]["layout"]
    assert layout["title"]["text"] == "A title" and layout["height"] == 300


def test_a_figure_from_the_helpers_passes_plotly_validation():
    layout = figure.base_layout(figure.subplot_layout(rows=1, cols=2, subplot_titles=["a", "b"]), title="t")
    fig = figure.figure([{"type": "bar", "x": [1], "y": ["a"], "orientation": "h", **figure.axis_refs(1, 2, cols=2)}], layout)
    go.Figure(fig.to_plotly_json())  # raises on any invalid property


def test_validation_in_the_builder_tests_would_catch_a_bad_property():
    fig = figure.figure([{"type": "scatter", "x": [1], "markr": {}}], {})
    with pytest.raises(ValueError):
        go.Figure(fig.to_plotly_json())


def _bars(labels: list[str], **yaxis) -> tuple[list[dict], dict]:
    return [{"type": "bar", "orientation": "h", "x": [1] * len(labels), "y": labels}], {"yaxis": yaxis}


def test_fit_margins_leaves_more_room_on_the_left_for_longer_category_labels():
    short = figure.fit_margins(*_bars(["Army", "Strike"]))
    long = figure.fit_margins(*_bars(["Army", "Strike committees of the townships"]))
    assert long["margin"]["l"] - short["margin"]["l"] >= figure.text_px("committees of the townships") - 1


def test_fit_margins_measures_the_longest_line_of_a_wrapped_label():
    one_line = figure.fit_margins(*_bars(["Armed resistance"]))
    wrapped = figure.fit_margins(*_bars(["Armed<br>resistance"]))
    assert wrapped["margin"]["l"] < one_line["margin"]["l"]
    assert wrapped["margin"]["l"] >= figure.text_px("resistance")


def test_fit_margins_adds_room_for_a_y_axis_title_and_a_titled_x_axis():
    plain = figure.fit_margins(*_bars(["Army"]))
    data, layout = _bars(["Army"], title={"text": "kind"})
    layout["xaxis"] = {"title": {"text": "days"}}
    titled = figure.fit_margins(data, layout)
    assert titled["margin"]["l"] > plain["margin"]["l"]
    assert titled["margin"]["b"] > plain["margin"]["b"]


def test_fit_margins_never_lowers_a_margin_the_builder_set():
    data, layout = _bars(["Army"])
    layout["margin"] = {"l": 300, "r": 50, "t": 90, "b": 120}
    assert figure.fit_margins(data, layout)["margin"] == {"l": 300, "r": 50, "t": 90, "b": 120}


def test_fit_margins_gives_a_hidden_y_axis_only_the_edge_room():
    data, layout = _bars(["A very long label that is not drawn"], visible=False)
    assert figure.fit_margins(data, layout)["margin"]["l"] == figure.LEFT_PX


def test_fit_margins_sizes_a_numeric_axis_by_its_widest_end():
    narrow = figure.fit_margins([{"type": "scatter", "x": [1, 2], "y": [1, 9]}], {})
    wide = figure.fit_margins([{"type": "scatter", "x": [1, 2], "y": [-12_000, 9]}], {"yaxis": {"tickformat": ","}})
    assert wide["margin"]["l"] - narrow["margin"]["l"] >= figure.text_px("−12,000") - figure.text_px("9") - 1


def test_figure_fits_the_margins_of_what_it_wraps():
    fig = figure.figure(*_bars(["Strike committees of the townships"]))
    assert fig.layout.margin.l >= figure.text_px("Strike committees of the townships")


def test_legend_top_px_grows_by_a_row_when_the_entries_no_longer_fit_one():
    few = [{"type": "scatter", "name": "1988"}, {"type": "scatter", "name": "2021"}]
    many = few + [{"type": "scatter", "name": f"A long source name, vintage {year}"} for year in range(2000, 2012)]
    hidden = few + [{"type": "scatter", "name": "not in the legend", "showlegend": False}] * 30
    assert figure.legend_top_px(hidden) == figure.legend_top_px(few)
    assert figure.legend_top_px(many) > figure.legend_top_px(few)
