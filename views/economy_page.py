"""Economy (`/economy`): annual indicators since 1960 from every source, with regimes, demonetisations and the movements marked."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import economy as economy_charts
from charts.economy import INDICATOR_LABELS, TITLES
from transforms import derive
from transforms.readings import economy as economy_reading
from transforms.schema import ECONOMY
from ui import data, layout, url_state

PAGE = "economy"
# The unit of the values in the rows table (the chart's axis may show an index or a log scale instead).
TABLE_UNITS = {
    "gdp_growth": "% change on the previous year",
    "inflation": "% a year",
    "exchange_rate": "kyat per US dollar",
    "gdp_per_capita": "each series in its own unit, see the unit column",
}


# A view depends only on the filter values and the cached tables; building one takes longer
# than a rerun may, so views are kept (never changed after building, hence shared as they are).
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _view(data_dir: str, indicator: str, window: tuple[int, int], markers: bool) -> tuple[go.Figure, pd.DataFrame, str]:
    """The figure, the rows behind it and the reading of one choice of indicator, years and markers."""
    tables = data.tables()
    figure = economy_charts.indicator_chart(
        tables["economy"],
        indicator,
        window,
        quotes=tables["exchange_rate_quotes"],
        demonetisations=tables["demonetisations"],
        regimes=_regimes(data_dir),
        periods=tables["periods"],
        markers=markers,
    )
    rows = derive.economy_series(tables["economy"], indicator, window)
    reading = economy_reading.reading(rows, indicator, window, tables["periods"], tables["exchange_rate_quotes"])
    return figure, rows, reading


@st.cache_resource(max_entries=2, show_spinner=False)
def _regimes(data_dir: str) -> pd.DataFrame:
    tables = data.tables()
    return derive.regime_spans(tables["regimes"], tables["events"])


def _days(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Dates shown as days (1987-09-05), not as midnight timestamps."""
    return frame.assign(**{column: frame[column].dt.date for column in columns})


tables = layout.tables_or_stop()
extents = data.url_extents(PAGE)
first_year, last_year = extents["time"]

st.title("Economy")
st.markdown(
    "Was the economy collapsing when people rose in 1988 and in 2021? Annual growth, inflation, the kyat's "
    "exchange rate and GDP per person since 1960, one line per source, so that where sources or releases "
    "differ you see each of them."
)

indicator = layout.choose_one(PAGE, "indicator", "Indicator", INDICATOR_LABELS)
years = url_state.current(PAGE, "time")
marked = "regimes and events marked" if url_state.current(PAGE, "markers") else "nothing marked"
with layout.filters(PAGE, ["time", "markers"], [f"{years[0]}–{years[1]}", marked]):
    window = st.slider(
        "Years",
        min_value=first_year,
        max_value=last_year,
        step=1,
        key=url_state.widget_key(PAGE, "time"),
    )
    markers = st.toggle(
        "Mark regimes and events",
        key=url_state.widget_key(PAGE, "markers"),
    )
window = (int(window[0]), int(window[1]))
query = url_state.commit(PAGE, {"indicator": indicator, "time": window, "markers": markers}, extents)

figure, rows, reading = _view(data.folder(), indicator, window, markers)
chart_title = f"{TITLES[indicator]}, {window[0]}–{window[1]}"
# The economy figure is built without a title (its legend wraps on a phone); it is drawn with this one above it.
chart_tables = ("economy", "exchange_rate_quotes", "demonetisations", "regimes", "periods") if markers else ("economy", "exchange_rate_quotes")
drawn = layout.chart(figure, key="economy-chart", tables=chart_tables, description=reading, title=chart_title)

notes = [
    "Annual values are drawn at the middle of the year they are labelled with, one line per source, broken "
    "where a source gives no value; an open circle is a value its publisher marks as an estimate, a filled "
    "circle a year with no neighbouring value.",
    ECONOMY.notes,
]
if indicator == "gdp_per_capita":
    notes.insert(
        0,
        "The two series are in different units (2011 international dollars at PPP; kyat per person at constant "
        "prices), so each is shown as an index of its own value in the first year shown (= 100); hover for the values.",
    )
if indicator == "exchange_rate":
    notes.insert(
        0,
        "Log scale: equal heights are equal percentage changes. Dashed lines are market-based annual rates; "
        "black markers are dated quotes from news and reference pages, a bar from the low to the high end where "
        "a range is quoted.",
    )
if markers:
    notes.append(
        "Grey shading and the strip below the chart: regime periods. Coloured bands: each movement's headline "
        "period. Dotted lines with ▼: demonetisations. Hover any of them for dates and sources."
    )
else:
    notes.append("“Mark regimes and events” shades the regime periods and marks the demonetisations and the two movements.")
st.caption(" ".join(notes))

st.markdown(reading)

layout.rows_with_sources(
    rows,
    ["year", "series_label", "variant", "value", "unit", "is_estimate", "computed_here", "source_name",
     "vintage", "source_url"],
    key="economy-rows",
    file_name=f"economy-{indicator}-{window[0]}-{window[1]}.csv",
    title="The rows behind the chart (every source series), with their sources",
    caption=f"{INDICATOR_LABELS[indicator]} ({TABLE_UNITS[indicator]}), {window[0]}–{window[1]}.",
)
if indicator == "exchange_rate":
    quotes = tables["exchange_rate_quotes"]
    shown_quotes = quotes[quotes["date"].dt.year.between(*window)]
    layout.rows_with_sources(
        _days(shown_quotes, ["date"]),
        ["date", "date_precision", "rate_low", "rate_high", "rate_type", "description", "source_url", "source_url_2"],
        key="economy-quotes",
        file_name=f"exchange-rate-quotes-{window[0]}-{window[1]}.csv",
        title="The dated exchange-rate quotes, with their sources",
    )
if markers:
    demonetisations = tables["demonetisations"]
    shown_demonetisations = demonetisations[demonetisations["date"].dt.year.between(*window)]
    layout.rows_with_sources(
        _days(shown_demonetisations, ["date"]),
        ["date", "date_precision", "notes_withdrawn", "share_invalidated_low", "share_invalidated_high",
         "compensation", "source_url", "source_url_2"],
        key="economy-demonetisations",
        file_name="demonetisations.csv",
        title="The demonetisations marked on the chart, with their sources",
    )
    regimes = _regimes(data.folder())
    shown_regimes = regimes[
        (regimes["start"].dt.year <= window[1]) & (regimes["end"].isna() | (regimes["end"].dt.year >= window[0]))
    ]
    layout.rows_with_sources(
        _days(shown_regimes, ["start", "end"]),
        ["name", "start", "end", "description", "source_url", "source_url_2"],
        key="economy-regimes",
        file_name="regimes.csv",
        title="The regime periods shaded on the chart, with their sources",
    )
layout.share_link(query, drawn)
