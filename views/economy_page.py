"""Economy (`/economy`): annual indicators since 1960 from every source, with regimes, demonetisations and the movements marked."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from i18n import _, current_language, localise_digits
from charts import economy as economy_charts
from transforms import derive
from transforms.readings import economy as economy_reading
from transforms.schema import ECONOMY
from ui import data, layout, pages, url_state
from vocabulary.economy import INDICATORS

PAGE = pages.page_id(__file__)


# A view depends only on the filter values and the cached tables; building one takes longer
# than a rerun may, so views are kept (never changed after building, hence shared as they are).
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _view(
    data_dir: str, indicator: str, window: tuple[int, int], markers: bool, language: str
) -> tuple[go.Figure, pd.DataFrame, str]:
    """The figure, the rows behind it and the reading of one choice of indicator, years and markers, in `language`
    (the reader's, which the figure and reading are written in)."""
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


def _years(window: tuple[int, int]) -> str:
    """'1960–2024', in the reader's digits."""
    return localise_digits(f"{window[0]}–{window[1]}")


def _days(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Dates shown as days (1987-09-05), not as midnight timestamps."""
    return frame.assign(**{column: frame[column].dt.date for column in columns})


tables = layout.tables_or_stop()
extents = pages.extents(PAGE)
first_year, last_year = extents["time"]

st.title(_("Economy"))
st.markdown(
    _(
        "Was the economy collapsing when people rose in 1988 and in 2021? Annual growth, inflation, the kyat's "
        "exchange rate and GDP per person since 1960, one line per source, so that where sources or releases "
        "differ you see each of them."
    )
)

indicator = layout.choose_one(
    PAGE, "indicator", _("Indicator"), {indicator: _(INDICATORS[indicator].label) for indicator in INDICATORS}
)
years = url_state.current(PAGE, "time")
marked = _("regimes and events marked") if url_state.current(PAGE, "markers") else _("nothing marked")
with layout.filters(PAGE, ["time", "markers"], [_years(years), marked]):
    window = st.slider(
        _("Years"),
        min_value=first_year,
        max_value=last_year,
        step=1,
        key=url_state.widget_key(PAGE, "time"),
    )
    markers = st.toggle(
        _("Mark regimes and events"),
        key=url_state.widget_key(PAGE, "markers"),
    )
window = (int(window[0]), int(window[1]))
query = url_state.commit(PAGE, {"indicator": indicator, "time": window, "markers": markers})

figure, rows, reading = _view(data.folder(), indicator, window, markers, current_language())
chart_title = _("{title}, {years}").format(title=_(INDICATORS[indicator].title), years=_years(window))
# The economy figure is built without a title (its legend wraps on a phone); it is drawn with this one above it.
chart_tables = ("economy", "exchange_rate_quotes", "demonetisations", "regimes", "periods") if markers else ("economy", "exchange_rate_quotes")
drawn = layout.chart(figure, key="economy-chart", tables=chart_tables, description=reading, title=chart_title)

notes = [
    _(
        "Annual values are drawn at the middle of the year they are labelled with, one line per source, broken "
        "where a source gives no value; an open circle is a value its publisher marks as an estimate, a filled "
        "circle a year with no neighbouring value."
    ),
    _(ECONOMY.notes),
]
if indicator == "gdp_per_capita":
    notes.insert(
        0,
        _(
            "The two series are in different units (2011 international dollars at PPP; kyat per person at constant "
            "prices), so each is shown as an index of its own value in the first year shown (= 100); hover for the "
            "values."
        ),
    )
if indicator == "exchange_rate":
    notes.insert(
        0,
        _(
            "Log scale: equal heights are equal percentage changes. Dashed lines are market-based annual rates; "
            "black markers are dated quotes from news and reference pages, a bar from the low to the high end where "
            "a range is quoted."
        ),
    )
if markers:
    notes.append(
        _(
            "Grey shading and the strip below the chart: regime periods. Coloured bands: each movement's headline "
            "period. Dotted lines with ▼: demonetisations. Hover any of them for dates and sources."
        )
    )
else:
    notes.append(
        _(
            "“Mark regimes and events” shades the regime periods and marks the demonetisations and the two "
            "movements."
        )
    )
st.caption(" ".join(notes))

st.markdown(reading)

layout.rows_with_sources(
    rows,
    ["year", "series_label", "variant", "value", "unit", "is_estimate", "computed_here", "source_name",
     "vintage", "source_url"],
    key="economy-rows",
    file_name=f"economy-{indicator}-{window[0]}-{window[1]}.csv",
    title=_("The rows behind the chart (every source series), with their sources"),
    caption=_("{indicator} ({unit}), {years}.").format(
        indicator=_(INDICATORS[indicator].label), unit=_(INDICATORS[indicator].table_unit), years=_years(window)
    ),
)
if indicator == "exchange_rate":
    quotes = tables["exchange_rate_quotes"]
    shown_quotes = quotes[quotes["date"].dt.year.between(*window)]
    layout.rows_with_sources(
        _days(shown_quotes, ["date"]),
        ["date", "date_precision", "rate_low", "rate_high", "rate_type", "description", "source_url", "source_url_2"],
        key="economy-quotes",
        file_name=f"exchange-rate-quotes-{window[0]}-{window[1]}.csv",
        title=_("The dated exchange-rate quotes, with their sources"),
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
        title=_("The demonetisations marked on the chart, with their sources"),
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
        title=_("The regime periods shaded on the chart, with their sources"),
    )
layout.share_link(query, drawn)
