"""Where (`/map`): in which states and regions each movement's events happened and its bodies were founded."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import map as map_charts
from i18n import N_, _, current_language
from transforms import geography
from transforms.readings import geography as geography_reading
from ui import data, layout, pages, url_params, url_state
from vocabulary.formatting import year_span
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_LABELS

PAGE = pages.page_id(__file__)
COUNTS = {"events": N_("Events"), "organisations": N_("Self-organisation bodies")}
MEASURES = {"share": N_("Share of placed rows"), "count": N_("Count"), "rate": N_("Per million people")}
CHARTS = {"map": N_("Tile map"), "ranked": N_("Ranked bars")}
ROW_COLUMNS = {
    "events": ["date", "movement", "category", "places", "township", "place", "description", "source_url", "source_url_2"],
    "organisations": ["founded", "movement", "name", "org_type", "level", "places", "township", "description", "source_url", "source_url_2"],
}
NUMBER_COLUMNS = ["movement", "name", "count", "share", "rate", "population", "census_year", "population_source_url"]


def _kinds(count: str, categories: tuple[str, ...]) -> tuple[str, ...]:
    # Kinds of event mean nothing to bodies: one cache entry for every choice of them.
    return categories if count == "events" else ()


# The numbers and figures depend only on the filter values and the language (the hovers name rows in it); they
# are kept (never mutated after building) so a reader returning to a view does not wait for them again.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _view(data_dir: str, language: str, count: str, movements: tuple[str, ...], categories: tuple[str, ...], years: tuple[int, int]):
    return geography.view(data.tables(), count, list(movements), list(categories), years)


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _figures(data_dir: str, language: str, count: str, movements: tuple[str, ...], categories: tuple[str, ...], years: tuple[int, int], measure: str, chart: str) -> list[go.Figure]:
    _rows, numbers, totals = _view(data_dir, language, count, movements, categories, years)
    if chart == "ranked":
        return [map_charts.ranked(numbers, list(movements), measure, count)]
    top = map_charts.scale_top(numbers, measure)  # one colour scale for every panel
    beside = totals.set_index("movement")[list(geography.NOT_ON_MAP)]
    return [
        map_charts.tile_map(numbers[numbers["movement"] == movement], movement, measure, count, top, beside.loc[movement].to_dict())
        for movement in movements
    ]


def _place_names(codes: pd.Series, column: str = "name") -> list[str]:
    names = dict(zip(data.tables()["states_regions"]["code"], data.tables()["states_regions"][column]))
    return ["; ".join(names.get(code, code) for code in str(value).split(geography.SEPARATOR)) for value in codes]


tables = layout.tables_or_stop()
low, high = url_params.range_bounds(pages.extents(PAGE)["time"])

st.title(_("Where: the places of each movement"))
st.markdown(
    _(
        "In which of Myanmar's 14 states and regions and the Naypyidaw Union Territory each movement's events happened "
        "and its bodies were founded. Each square is one state or region, placed roughly where it lies and all the same "
        "size, so a small state weighs as much as a large one; a share makes a movement of 40 events comparable with one of 100."
    )
)

movements = layout.movement_filter(PAGE)
count = url_state.current(PAGE, "count")
measure = url_state.current(PAGE, "measure")
years = tuple(url_state.current(PAGE, "time"))
summary = [_(COUNTS[count]).lower(), year_span(years), _(MEASURES[measure]).lower()]
if count == "events":  # kinds of event do not narrow the bodies counted
    summary.insert(1, layout.chosen_count(PAGE, "category", _("kinds")))
with layout.filters(PAGE, ["count", "category", "time", "measure"], summary):
    count = st.segmented_control(
        _("Count"), options=list(COUNTS), format_func=lambda key: _(COUNTS[key]), required=True,
        key=url_state.widget_key(PAGE, "count"),
    )
    categories = layout.choose_several(PAGE, "category", _("Kinds of event (when counting events)"), lambda key: _(label(key)))
    years = tuple(st.slider(_("Years"), min_value=low, max_value=high, key=url_state.widget_key(PAGE, "time")))
    measure = st.segmented_control(
        _("Shade by"), options=list(MEASURES), format_func=lambda key: _(MEASURES[key]), required=True,
        key=url_state.widget_key(PAGE, "measure"),
    )
chart = layout.chart_choice(PAGE, {key: _(name) for key, name in CHARTS.items()})

query = url_state.commit(
    PAGE, {"movement": movements, "count": count, "category": categories, "time": years, "measure": measure, "chart": chart}
)

if not movements or (count == "events" and not categories):
    st.info(_("Choose at least one movement above.") if not movements else _("Choose at least one kind of event under Filters."))
    layout.share_link(query)  # an empty choice is a view too, and can be shared
    st.stop()

view = (data.folder(), current_language(), count, tuple(movements), _kinds(count, tuple(categories)), years)
rows, numbers, totals = _view(*view)
figures = _figures(*view, measure, chart)
reading = geography_reading.reading(rows, numbers, totals, movements, count)
places = ("states_regions", geography.COUNTABLE[count][0])  # the tables the map draws
if chart == "map":
    # One figure per movement in columns: side by side on a wide screen, one above the other on a phone.
    drawn = layout.chart_panels(
        [(fig, f"map-{movement}") for movement, fig in zip(movements, figures)],
        title=_("{chart}: {count}, {measure}").format(
            chart=_(CHARTS[chart]), count=_(COUNTS[count]).lower(), measure=_(MEASURES[measure]).lower()),
        tables=places, description=reading,
    )
else:
    drawn = layout.chart(figures[0], key="map-ranked", tables=places, description=reading)

notes = [
    _("Hover a state or region for its earlier names, its numbers and the first rows behind them."),
    _("A row naming several states or regions counts once in each; nationwide and abroad rows are counted beside the map."),
]
if measure == "rate":
    notes.append(_("Rates divide by the census before each movement: 1983 for 1988, 2014 for 2021."))
    notes += geography_reading.missing_rates(numbers, movements)
if not geography.has_places(tables["figures"]):
    notes.append(
        _(
            "Figures such as deaths, arrests and displacement are not mapped: the data gives them for the whole country, "
            "not by state or region."
        )
    )
st.caption(" ".join(notes))
st.markdown(reading)

date_column = geography.COUNTABLE[count][2]
table = rows.assign(**{
    date_column: rows[date_column].dt.date,
    "places": _place_names(rows["state_region"]),
    "places_my": _place_names(rows["state_region"], "name_my"),
})
layout.rows_with_sources(table, ROW_COLUMNS[count], key="map-rows", file_name=f"where-{count}.csv")
sources = tables["states_regions"].set_index("code")
by_unit = numbers.assign(
    movement=numbers["movement"].map(MOVEMENT_LABELS),
    movement_my=[_(MOVEMENT_LABELS[movement]) for movement in numbers["movement"]],  # shown on a Burmese page
    share=numbers["share"].round(1),
    rate=numbers["rate"].round(2),
    population_source_url=[
        sources.at[code, "pop_1983_source_url" if year == 1983 else "pop_2014_source_url"]
        for code, year in zip(numbers["code"], numbers["census_year"])
    ],
)
layout.rows_with_sources(
    by_unit, NUMBER_COLUMNS, key="map-numbers", file_name=f"where-{count}-by-state-region.csv",
    title=_("The numbers on the map, with the census sources"),
)
layout.share_link(query, drawn)
