"""Self-organisation (`/organisation`): which bodies each movement built, how soon, and its strike committees."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import organisation as organisation_charts
from charts.repression import date_text
from charts.theme import label
from transforms import derive
from transforms.readings import organisation as organisation_reading
from ui import data, layout, url_state

PAGE = "organisation"
CHARTS = {"founding": "How soon each body appeared", "kinds": "Kinds and levels", "strikes": "Strike committees"}
TABLE_COLUMNS = ["org_id", "movement", "name", "org_type", "level", "founded", "founded_precision", "day", "day_latest",
                 "count_low", "count_high", "count_unit", "description", "source_url", "source_url_2"]
STRIKE_COLUMNS = ["row_id", "table", "movement", "kind", "label", "low", "high", "unit", "counted_by", "date", "same_as",
                  "description", "source_url", "source_url_2"]


# Everything shown depends only on the filter values; building the figures takes longer than a
# rerun may, so they are kept (never mutated after building, hence shared as they are), keyed
# by the data folder too, as the tables are.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _bodies(data_dir: str, movements: tuple[str, ...], types: tuple[str, ...], levels: tuple[str, ...], chart: str) -> tuple[pd.DataFrame, go.Figure | None, str]:
    organisations = data.tables()["organisations"]
    chosen = derive.founding_window(
        organisations[
            organisations["movement"].isin(movements) & organisations["org_type"].isin(types) & organisations["level"].isin(levels)
        ]
    ).sort_values(["movement", "day", "org_id"])
    if chosen.empty:
        return chosen, None, ""
    if chart == "kinds":
        figure = organisation_charts.bodies_by_type_and_level(chosen, list(movements))
    else:
        figure = organisation_charts.founding_days(chosen, list(movements))
    return chosen, figure, organisation_reading.reading(chosen, list(movements))


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _strikes(data_dir: str, movements: tuple[str, ...]) -> tuple[pd.DataFrame, go.Figure, str]:
    tables = data.tables()
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    counts = counts[counts["movement"].isin(movements)]
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    return (
        counts,
        organisation_charts.strike_counts(counts, missing, list(movements)),
        organisation_reading.strike_reading(counts, missing, list(movements)),
    )


layout.tables_or_stop()

st.title("Self-organisation")
st.markdown(
    "Student and trade unions, strike committees, parallel governments, armed groups: the bodies through which each "
    "movement organised itself, the level they worked at, and **how soon after day 0** each one appeared "
    f"({date_text(derive.day_zero('1988'))}, the spark; {date_text(derive.day_zero('2021'))}, the coup)."
)

movements = layout.movement_filter(PAGE)
with layout.filters(PAGE, ["type", "level"], [
    layout.chosen_count(PAGE, "type", "kinds of body"),
    layout.chosen_count(PAGE, "level", "levels"),
]):
    types = layout.choose_several(PAGE, "type", "Kind of body", label, wrap=True)
    levels = layout.choose_several(PAGE, "level", "Level", label, wrap=True)
chart = layout.chart_choice(PAGE, CHARTS)
query = url_state.commit(
    PAGE, {"movement": movements, "type": types, "level": levels, "chart": chart}, data.url_extents(PAGE)
)

if not movements:
    st.info("Choose at least one movement above.")
    st.stop()

if chart == "strikes":
    st.markdown(
        "1988's township strike centres against 2021's general strike committees and the civil-service strike (CDM), "
        "with every count the sources give, each in its own unit. This chart follows the movement filter only, "
        "not the kinds and levels under Filters."
    )
    strike_counts, strike_figure, strike_reading = _strikes(data.folder(), tuple(movements))
    drawn = layout.chart(strike_figure, key="organisation-strikes", tables=("figures",), description=strike_reading)
    st.caption(
        "Counts in different units share one log axis only to be drawn: compare each with its own unit, not with "
        "the row above it. A bar runs from the low to the high figure where the source gives a range."
    )
    st.markdown(strike_reading)
    layout.rows_with_sources(
        strike_counts, STRIKE_COLUMNS, key="organisation-strike-rows", file_name="strike-committees.csv"
    )
    layout.share_link(query, drawn)
    st.stop()

if not types or not levels:
    st.info("Choose at least one kind of body and one level under Filters.")
    layout.share_link(query)
    st.stop()

chosen, figure, reading = _bodies(data.folder(), tuple(movements), tuple(types), tuple(levels), chart)
drawn = None
if chosen.empty:
    st.info("No body of the chosen movements matches these kinds and levels.")
else:
    drawn = layout.chart(figure, key=f"organisation-{chart}", tables=("organisations",), description=reading)
    if chart == "founding":
        st.caption(
            "A dot is a body whose day is known; a pale bar spans the month or year when only that is known, since "
            "it may have appeared on any day in it. Bodies that existed before the movement (older unions, ethnic "
            "armies) are placed on the day they joined it, as each one's description says. Dotted lines: days "
            + " and ".join(str(day) for day in organisation_charts.MARK_DAYS) + "."
        )
    st.markdown(reading)
    layout.rows_with_sources(chosen, TABLE_COLUMNS, key="organisation-rows", file_name="organisations-filtered.csv")
layout.share_link(query, drawn)
