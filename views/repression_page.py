"""Repression (`/repression`): deaths, arrests, displacement and participation, each figure as its source gives it."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import repression as repression_charts
from charts.theme import label
from transforms import derive
from transforms.readings import repression as repression_reading
from ui import data, layout, url_state

PAGE = "repression"
METRICS = url_state.PAGES[PAGE]["metric"].options
TABLE_COLUMNS = ["figure_id", "movement", "metric", "label", "low", "high", "unit", "as_of", "counted_by", "definition",
                 "source_url", "source_url_2"]


# Everything shown depends only on the filter values; building the figures takes longer than a
# rerun may, so they are kept (never mutated after building, hence shared as they are), keyed
# by the data folder too, as the tables are.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _view(data_dir: str, movements: tuple[str, ...], metrics: tuple[str, ...]) -> tuple[pd.DataFrame, list[go.Figure], go.Figure | None, str]:
    figures = data.tables()["figures"]
    shown = figures[figures["movement"].isin(movements) & figures["metric"].isin(metrics)]
    shown = shown.sort_values(["metric", "movement", "low"], ascending=[True, True, False])
    ranges = [repression_charts.metric_ranges(figures, metric, list(movements)) for metric in metrics]
    series = derive.dated_series(figures)
    chosen_series = series[series["movement"].isin(movements) & series["metric"].isin(metrics)]
    over_time = repression_charts.dated_series(chosen_series, list(movements)) if len(chosen_series) else None
    pairs = derive.official_against_independent(figures)
    reading = repression_reading.reading(figures, pairs, series, list(movements), list(metrics))
    return shown, ranges, over_time, reading


layout.tables_or_stop()
movements = st.session_state["movement"]

st.title("Repression and participation")
st.markdown(
    "How many took part, were killed, arrested or driven from their homes. Sources disagree, often by ten times or "
    "more, so every figure is shown as its source gives it: a **dot** for a single value, a **bar from low to high** "
    "for a range, the marker's shape saying who counted (the state, a monitor such as AAPP or the UN, the press, or "
    "a party to the conflict). No average is made up between them."
)

metrics = st.pills(
    "Figures", options=list(METRICS), format_func=label, selection_mode="multi", wrap=True, key=url_state.widget_key(PAGE, "metric"),
)
query = url_state.commit(PAGE, {"movement": movements, "metric": metrics}, data.url_extents(PAGE))

if not movements:
    st.info("Choose at least one movement in the sidebar.")
    st.stop()
if not metrics:
    st.info("Choose at least one kind of figure.")
    layout.share_link(query)
    st.stop()

shown, ranges, over_time, reading = _view(data.folder(), tuple(movements), tuple(metrics))
for metric, figure in zip(metrics, ranges):
    layout.chart(figure, key=f"repression-{metric}")

if over_time is not None:
    st.subheader("Counts over time")
    layout.chart(over_time, key="repression-series")
    st.caption(
        "Points are the dated counts the sources give; lines only join them. Each line is one monitor's running total "
        "of the same kind of count (where one date has several counts, the largest, e.g. all arrests rather than those "
        "still held)."
    )
else:
    st.caption("No monitor gives dated running totals for the movements and figures chosen, so there is no line over time.")

st.markdown(reading)
layout.rows_with_sources(shown, TABLE_COLUMNS, key="repression-rows", file_name="repression-figures.csv")
layout.share_link(query)
