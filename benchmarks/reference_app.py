"""The reference the dashboard is measured against: one bare Streamlit page, one Plotly line chart of 60 points.

Nothing else on purpose (no page config, no navigation, no data files): it is the
floor any Streamlit page with a chart pays on this machine, so a page's time
divided by this one's is what the dashboard itself adds.
"""

import math

import plotly.graph_objects as go
import streamlit as st

POINTS = 60

x = list(range(POINTS))
y = [round(math.sin(i / 6) * 10 + i / 3, 3) for i in x]
st.plotly_chart(go.Figure(go.Scatter(x=x, y=y, mode="lines")), key="reference-line")
