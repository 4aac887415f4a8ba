"""Overview (`/`): the two movements side by side, each number with its source."""

from __future__ import annotations

import streamlit as st

from charts import outcomes as outcome_charts
from charts import overview as overview_charts
from charts.theme import MOVEMENT_LABELS, label, value_range
from transforms import derive
from transforms.readings import overview as overview_reading
from transforms.schema import FIGURE_METRICS
from ui import data, layout, url_state

PAGE = "overview"
CHARTS = {"ranges": "Headline figures", "durations": "Days, by definition"}


# Resources, not data: built once per choice of movements and chart, shared as they are (never changed).
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _figure(data_dir: str, movements: tuple[str, ...], chart: str):
    tables = data.tables()
    if chart == "durations":
        return outcome_charts.durations(tables["periods"], list(movements))
    return overview_charts.headline_ranges(tables["figures"], list(movements))


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _reading(data_dir: str, movements: tuple[str, ...]) -> str:
    tables = data.tables()
    return overview_reading.reading(tables["figures"], tables["periods"], list(movements))


tables = layout.tables_or_stop()

st.title("Two Myanmar uprisings compared")
st.markdown(
    "The 1988 **8888 uprising** and the **2021 movement** against the coup, side by side: how long they lasted, "
    "how many took part, how many were killed, and what they brought down. Every number carries its source; "
    "where sources disagree the range is shown."
)

movements = layout.movement_filter(PAGE)
# The chart control sits further down, by the chart; its value is known already.
query = url_state.commit(PAGE, {"movement": movements, "chart": url_state.current(PAGE, "chart")})

if not movements:
    st.info("Choose at least one movement above.")
    st.stop()

figures = tables["figures"]
periods = tables["periods"]
organisations = tables["organisations"]
missing = derive.missing_metrics(figures, FIGURE_METRICS)

CARD_METRICS = ("deaths", "participation", "heads_of_state", "strike_committees", "arrests", "displaced")

columns = st.columns(len(movements))
for column, movement in zip(columns, movements):
    with column.container(border=True):
        st.subheader(MOVEMENT_LABELS[movement])
        mine = periods[periods["movement"] == movement].sort_values("duration_days")
        st.markdown("**Duration, by definition**")
        for row in mine.itertuples():
            ongoing = ", still going on at that date" if row.end_kind == "ongoing_as_of" else ""
            st.markdown(
                f"- {row.definition}: **{row.duration_days:,} days**{ongoing} ([source]({row.source_url}))"
            )
        own = derive.headline_by_metric(figures, movement)
        for metric in CARD_METRICS:
            if metric in own.index:
                row = own.loc[metric]
                st.metric(
                    f"{label(metric)}: {row['label']}",
                    f"{value_range(row['low'], row['high'])}",
                    help=f"{row['definition']} ({row['unit']}). Source: {row['source_url']}",
                    border=False,
                )
                st.caption(f"{row['unit']} · [source]({row['source_url']})")
            elif metric in missing[movement]:
                st.metric(label(metric), "missing", help="No source read gives a number for this.", border=False)
        bodies = organisations[organisations["movement"] == movement]
        st.metric(
            "Self-organisation: bodies recorded",
            f"{len(bodies)}",
            help="Bodies in this project's organisations table (student and trade unions, strike committees, "
            "parallel governments, armed groups...); see the organisation page for each with its source.",
            border=False,
        )

st.subheader("How the two compare")
chart = layout.chart_choice(PAGE, CHARTS)
layout.chart(_figure(data.folder(), tuple(movements), chart), key=f"overview-{chart}")
st.markdown(_reading(data.folder(), tuple(movements)))
layout.share_link(query)
