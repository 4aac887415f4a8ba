"""The reference the dashboard is measured against: one bare Streamlit page, one Plotly line chart of 60 points.

Nothing else on purpose (no page config, no data files): it is the floor any
Streamlit page with a chart pays on this machine, so a page's time divided by this
one's is what the dashboard itself adds.

The same page answers at `/` and at `/chart` (hidden navigation, nothing drawn for it).
Opened at a sub-path, Streamlit's own frontend first looks for its server under that
path, gets a 404 and retries at the root after 100 ms; every sub-path page of any
multipage app pays that wait. Each dashboard page is compared with the reference
opened at the same kind of address, so the wait counts on both sides of the ratio.
"""

import math

import plotly.graph_objects as go
import streamlit as st

POINTS = 60
SUB_PATH = "chart"


def line_chart() -> None:
    x = list(range(POINTS))
    y = [round(math.sin(i / 6) * 10 + i / 3, 3) for i in x]
    st.plotly_chart(go.Figure(go.Scatter(x=x, y=y, mode="lines")), key="reference-line")


def line_chart_at_sub_path() -> None:
    line_chart()


st.navigation(
    [st.Page(line_chart, title="Reference", default=True), st.Page(line_chart_at_sub_path, title="Reference", url_path=SUB_PATH)],
    position="hidden",
).run()
