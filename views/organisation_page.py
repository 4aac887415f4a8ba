"""Self-organisation (`/organisation`): which bodies each movement built, how soon, and its strike committees."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import organisation as organisation_charts
from i18n import N_, _, current_language
from transforms import derive
from transforms.readings import organisation as organisation_reading
from ui import data, layout, pages, url_state
from vocabulary.formatting import date_text, number
from vocabulary.labels import label

PAGE = pages.page_id(__file__)
CHARTS = {"founding": N_("How soon each body appeared"), "kinds": N_("Kinds and levels"), "strikes": N_("Strike committees")}
TABLE_COLUMNS = ["org_id", "movement", "name", "org_type", "level", "founded", "founded_precision", "day", "day_latest",
                 "count_low", "count_high", "count_unit", "description", "source_url", "source_url_2"]
STRIKE_COLUMNS = ["row_id", "table", "movement", "kind", "label", "low", "high", "unit", "counted_by", "date", "same_as",
                  "description", "source_url", "source_url_2"]


# Everything shown depends only on the filter values; building the figures takes longer than a
# rerun may, so they are kept (never mutated after building, hence shared as they are), keyed
# by the data folder too, as the tables are.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _bodies(data_dir: str, language: str, movements: tuple[str, ...], types: tuple[str, ...], levels: tuple[str, ...], chart: str) -> tuple[pd.DataFrame, go.Figure | None, str]:
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
def _strikes(data_dir: str, language: str, movements: tuple[str, ...]) -> tuple[pd.DataFrame, go.Figure, str]:
    """The strike rows (in English, as the table and its download show them), the figure and the reading."""
    tables = data.tables()
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    counts = counts[counts["movement"].isin(movements)]
    shown = organisation_reading.localised_strike_counts(counts, tables["organisations"], tables["figures"])
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    return (
        counts,
        organisation_charts.strike_counts(shown, missing, list(movements)),
        organisation_reading.strike_reading(shown, missing, list(movements)),
    )


layout.tables_or_stop()

st.title(_("Self-organisation"))
st.markdown(
    _(
        "Student and trade unions, strike committees, parallel governments, armed groups: the bodies through which "
        "each movement organised itself, the level they worked at, and **how soon after day 0** each one appeared "
        "({spark}, the spark; {coup}, the coup)."
    ).format(spark=date_text(derive.day_zero("1988")), coup=date_text(derive.day_zero("2021")))
)

movements = layout.movement_filter(PAGE)
with layout.filters(PAGE, ["type", "level"], [
    layout.chosen_count(PAGE, "type", _("kinds of body")),
    layout.chosen_count(PAGE, "level", _("levels")),
]):
    types = layout.choose_several(PAGE, "type", _("Kind of body"), lambda kind: _(label(kind)), wrap=True)
    levels = layout.choose_several(PAGE, "level", _("Level"), lambda level: _(label(level)), wrap=True)
chart = layout.chart_choice(PAGE, {key: _(name) for key, name in CHARTS.items()})
query = url_state.commit(PAGE, {"movement": movements, "type": types, "level": levels, "chart": chart})

if not movements:
    st.info(_("Choose at least one movement above."))
    st.stop()

if chart == "strikes":
    st.markdown(_(
        "1988's township strike centres against 2021's strike committees, township administrations and the "
        "civil-service strike (CDM), with every count the sources give, each in its own unit. This chart follows the "
        "movement filter only, not the kinds and levels under Filters."
    ))
    strike_counts, strike_figure, strike_reading = _strikes(data.folder(), current_language(), tuple(movements))
    drawn = layout.chart(strike_figure, key="organisation-strikes", tables=("figures",), description=strike_reading)
    st.caption(_(
        "Counts in different units share one log axis only to be drawn: compare each with its own unit, not with "
        "the row above it. A bar runs from the low to the high figure where the source gives a range."
    ))
    st.markdown(strike_reading)
    layout.rows_with_sources(
        strike_counts, STRIKE_COLUMNS, key="organisation-strike-rows", file_name="strike-committees.csv"
    )
    layout.share_link(query, drawn)
    st.stop()

if not types or not levels:
    st.info(_("Choose at least one kind of body and one level under Filters."))
    layout.share_link(query)
    st.stop()

chosen, figure, reading = _bodies(data.folder(), current_language(), tuple(movements), tuple(types), tuple(levels), chart)
drawn = None
if chosen.empty:
    st.info(_("No body of the chosen movements matches these kinds and levels."))
else:
    drawn = layout.chart(figure, key=f"organisation-{chart}", tables=("organisations",), description=reading)
    if chart == "founding":
        st.caption(_(
            "A dot is a body whose day is known; a pale bar spans the month or year when only that is known, since "
            "it may have appeared on any day in it. Bodies that existed before the movement (older unions, ethnic "
            "armies) are placed on the day they joined it, as each one's description says. Dotted lines: days {days}."
        ).format(days=_(" and ").join(number(day) for day in organisation_charts.MARK_DAYS)))
    st.markdown(reading)
    layout.rows_with_sources(chosen, TABLE_COLUMNS, key="organisation-rows", file_name="organisations-filtered.csv")
layout.share_link(query, drawn)
