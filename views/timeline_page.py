"""Timeline (`/timeline`): when things happened in each movement, on the calendar or counted from day 0."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from charts import timeline as timeline_charts
from i18n import N_, _, current_language
from transforms import derive
from transforms.readings import timeline as timeline_reading
from ui import data, layout, pages, url_params, url_state
from vocabulary.formatting import date_text, number
from vocabulary.labels import label

PAGE = pages.page_id(__file__)
TIME_KEY = url_state.widget_key(PAGE, "time")
ALIGN_KEY = url_state.widget_key(PAGE, "align")
ALIGNMENTS = {"date": N_("Calendar dates"), "day0": N_("Days since day 0")}
CHARTS = {"events": N_("Events"), "running": N_("Running count by kind")}
TABLE_COLUMNS = ["date", "date_precision", "day", "movement", "category", "place", "description", "source_url", "source_url_2"]


def _window_default(align: str) -> tuple:
    """The window shown for an alignment when no link asks for another."""
    return url_state.parse(PAGE, {"align": align}, pages.extents(PAGE)).values["time"]


def _reset_window() -> None:
    # The window is in days for one alignment and in dates for the other: a value kept
    # across a switch would be meaningless (or crash the slider), so start afresh.
    st.session_state[TIME_KEY] = _window_default(st.session_state[ALIGN_KEY])


def window_text(window: tuple) -> str:
    """'8 Aug 1988 – 31 Dec 1990' or 'day -30 to day 400': the time window in a filters label."""
    low, high = window
    if isinstance(low, int):
        return _("day {low} to day {high}").format(low=number(low), high=number(high))
    return f"{date_text(low, 'day')} – {date_text(high, 'day')}"


def _events(movements: tuple[str, ...], categories: tuple[str, ...], align: str, window: tuple):
    """(the chosen events at any time, those inside the window): what the figure and the reading show."""
    chosen = derive.events_of(data.tables()["events"], list(movements), list(categories))
    return chosen, derive.in_window(chosen, "date" if align == "date" else "day", window)


# The figure and the reading depend only on the filter values; they are kept (never mutated after
# building, hence shared as they are) so a reader returning to a view does not wait for them again.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _figure(data_dir: str, language: str, movements: tuple[str, ...], categories: tuple[str, ...], align: str, window: tuple, chart: str) -> go.Figure:
    shown = _events(movements, categories, align, window)[1]
    if chart == "running":
        return timeline_charts.cumulative(shown, list(movements), list(categories))
    if align == "date":
        return timeline_charts.events_by_date(shown, list(movements), list(categories))
    return timeline_charts.events_by_day(shown, list(movements), list(categories))


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _reading(data_dir: str, language: str, movements: tuple[str, ...], categories: tuple[str, ...], align: str, window: tuple) -> tuple[str, bool]:
    """The reading of a view, and whether some chosen events lie outside its window."""
    chosen, shown = _events(movements, categories, align, window)
    return timeline_reading.reading(shown, chosen, list(movements), list(categories)), len(shown) < len(chosen)


tables = layout.tables_or_stop()
extents = pages.extents(PAGE)

st.title(_("Timeline: what happened when"))
st.markdown(
    _(
        "Every dated event of both movements by kind. **Days since day 0** puts them on one axis, counted from the "
        "spark ({spark}) and the coup ({coup}), to compare how fast each one struck, organised and took up arms; "
        "**calendar dates** show each on its own years."
    ).format(spark=timeline_charts.day_zero_label("1988"), coup=timeline_charts.day_zero_label("2021"))
)

movements = layout.movement_filter(PAGE)
align = url_state.current(PAGE, "align")
extent = url_state.resolve_extent(extents["time"], {"align": align})
low, high = url_params.range_bounds(extent)
window = st.session_state.get(TIME_KEY)
if not (isinstance(window, tuple | list) and len(window) == 2 and type(window[0]) is type(low) and low <= window[0] <= window[1] <= high):
    # Only reachable if the state was left in the other alignment's units; never let it reach the slider.
    st.session_state[TIME_KEY] = window = _window_default(align)
with layout.filters(PAGE, ["align", "category", "time"], [
    layout.chosen_count(PAGE, "category", _("kinds")),
    _(ALIGNMENTS[align]).lower(),
    window_text(window),
]):
    st.segmented_control(
        _("Align events on"),
        options=list(ALIGNMENTS),
        format_func=lambda alignment: _(ALIGNMENTS[alignment]),
        required=True,
        key=ALIGN_KEY,
        on_change=_reset_window,
    )
    categories = layout.choose_several(PAGE, "category", _("Kinds of event"), lambda category: _(label(category)))
    if align == "date":
        window = st.slider(
            # Translators: the slider's date format (Moment.js tokens); Burmese: year, month, day in digits.
            _("Time window (dates)"), min_value=low, max_value=high, format=_("D MMM YYYY"), key=TIME_KEY
        )
    else:
        window = st.slider(
            _("Time window (days since day 0)"), min_value=low, max_value=high, format=_("day %d"), key=TIME_KEY
        )
window = tuple(window)
chart = layout.chart_choice(PAGE, {key: _(name) for key, name in CHARTS.items()})

query = url_state.commit(
    PAGE, {"movement": movements, "align": align, "category": categories, "time": window, "chart": chart}
)

if not movements or not categories:
    st.info(_("Choose at least one movement above.") if not movements else _("Choose at least one kind of event under Filters."))
    layout.share_link(query)  # an empty choice is a view too, and can be shared
    st.stop()

view = (data.folder(), current_language(), tuple(movements), tuple(categories), align, window)
reading, some_outside = _reading(*view)
drawn = layout.chart(_figure(*view, chart), key=f"timeline-{chart}", tables=("events",), description=reading)
if chart == "running":
    note = _("Each line counts the events of one kind inside the time window, from the first one shown.")
else:
    note = _(
        "Filled markers: the day is known. Hollow markers: only the month is known, so the event sits on the 1st. "
        "Hover a marker for what happened and its source."
    )
if some_outside:
    # Said here rather than in a help tooltip on the slider, which would cost the page another component.
    note += " " + _("Some events lie outside the time window (the 1988 rows reach back to 1962): drag its ends to see them.")
st.caption(note)
st.markdown(reading)

shown = _events(tuple(movements), tuple(categories), align, window)[1]
table = shown.assign(date=shown["date"].dt.date).sort_values(["movement", "date", "event_id"])
layout.rows_with_sources(table, TABLE_COLUMNS, key="timeline-rows", file_name="timeline-events.csv")
layout.share_link(query, drawn)
