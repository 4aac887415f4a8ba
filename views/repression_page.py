"""Repression (`/repression`): deaths, arrests, displacement and participation, each figure as its source gives it."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import repression as repression_charts
from i18n import N_, _, current_language
from transforms import derive
from transforms.readings import repression as repression_reading
from ui import data, layout, pages, url_state

PAGE = pages.page_id(__file__)
CHARTS = {"deaths": N_("Deaths"), "arrests": N_("Arrests"), "displaced": N_("Displaced"),
          "participation": N_("Participation"), "over_time": N_("Counts over time")}
TABLE_COLUMNS = ["figure_id", "movement", "metric", "label", "low", "high", "unit", "as_of", "counted_by", "definition",
                 "source_url", "source_url_2"]


# Everything shown depends only on the filter values and the language; the figure is kept (never mutated after
# building, hence shared as it is), keyed by the data folder too, as the tables are.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _view(data_dir: str, movements: tuple[str, ...], chart: str, language: str) -> tuple[pd.DataFrame, go.Figure | None, str]:
    """The rows, the figure and the reading of one chart: one kind of count, or the dated running totals."""
    figures = data.tables()["figures"]
    series = derive.dated_series(figures)
    if chart == "over_time":
        shown = series[series["movement"].isin(movements)]
        figure = repression_charts.dated_series(shown, list(movements)) if len(shown) else None
    else:
        shown = figures[figures["movement"].isin(movements) & (figures["metric"] == chart)]
        figure = repression_charts.metric_ranges(figures, chart, list(movements))
    shown = shown.sort_values(["metric", "movement", "low"], ascending=[True, True, False])
    if chart == "over_time":
        return shown, figure, repression_reading.series_reading(series, list(movements))
    pairs = derive.official_against_independent(figures)
    reading = repression_reading.reading(figures, pairs, series, list(movements), [chart])
    return shown, figure, reading


layout.tables_or_stop()

st.title(_("Repression and participation"))
st.markdown(_(
    "How many took part, were killed, arrested or driven from their homes. Sources disagree, often by ten times or "
    "more, so every figure is shown as its source gives it: a **dot** for a single value, a **bar from low to high** "
    "for a range, the marker's shape saying who counted (the state, a monitor such as AAPP or the UN, the press, or "
    "a party to the conflict). No average is made up between them."
))

movements = layout.movement_filter(PAGE)
chart = layout.chart_choice(PAGE, {option: _(text) for option, text in CHARTS.items()})
query = url_state.commit(PAGE, {"movement": movements, "chart": chart})

if not movements:
    st.info(_("Choose at least one movement above."))
    st.stop()

shown, figure, reading = _view(data.folder(), tuple(movements), chart, current_language())
drawn = None
if figure is None:
    st.caption(_("No monitor gives dated running totals for the movements chosen, so there is no line over time."))
else:
    drawn = layout.chart(figure, key=f"repression-{chart}", tables=("figures",), description=reading)
if chart == "over_time" and figure is not None:
    st.caption(_(
        "Points are the dated counts the sources give; lines only join them. Each line is one monitor's running total "
        "of the same kind of count (where one date has several counts, the largest, e.g. all arrests rather than those "
        "still held)."
    ))

st.markdown(reading)
layout.rows_with_sources(shown, TABLE_COLUMNS, key="repression-rows", file_name=f"repression-{chart}.csv")
layout.share_link(query, drawn)
