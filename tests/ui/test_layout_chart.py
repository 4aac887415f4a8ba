"""layout.chart: a page's cached figure is turned into a dict once, and Streamlit sends the same chart (with its
source line)."""

from __future__ import annotations

import json

import plotly.graph_objects as go
from streamlit.testing.v1 import AppTest

from benchmarks.inprocess import quiet
from ui import layout

quiet()


class CountingFigure(go.Figure):
    """A figure that counts how often it is turned into a dict."""

    conversions = 0

    def to_dict(self) -> dict:
        CountingFigure.conversions += 1
        return super().to_dict()


def test_a_figure_drawn_on_many_runs_is_converted_once():
    CountingFigure.conversions = 0
    figure = CountingFigure(go.Scatter(x=[1, 2, 3], y=[4, 5, 6], name="a"))
    layout.chart(figure, key="chart-0", tables=("figures",), description="")
    first = CountingFigure.conversions
    for run in range(1, 3):
        layout.chart(figure, key=f"chart-{run}", tables=("figures",), description="")
    assert CountingFigure.conversions == first


def draw_both() -> None:
    import plotly.graph_objects as go
    import streamlit as st

    from charts.figure import with_source
    from ui import data, layout, share

    figure = go.Figure(go.Bar(x=["1988", "2021"], y=[3000, 1500], customdata=[["a"], ["b"]]))
    figure.update_layout(title="Deaths")
    shown = with_source(figure, share.source_line(share.data_version(data.folder(), ("figures",))))
    config = {**layout.PLOTLY_CONFIG, **share.figure_config("dashboard")}
    st.plotly_chart(shown, key="plain", config=config, width="stretch")
    layout.chart(figure, key="dashboard", tables=("figures",), description="Deaths by movement.")


def test_the_chart_sent_is_the_one_streamlit_sends_for_the_figure_itself():
    at = AppTest.from_function(draw_both).run()
    plain, drawn = at.get("plotly_chart")
    assert json.loads(drawn.proto.spec) == json.loads(plain.proto.spec)
    assert drawn.proto.config == plain.proto.config
    assert json.loads(drawn.proto.spec)["layout"]["title"]["text"] == "Deaths"

