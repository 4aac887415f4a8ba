"""Outcomes (`/outcomes`): what each movement led to, immediately, within a year and in the long run."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import outcomes as outcome_charts
from charts.outcomes import HORIZON_LABELS
from i18n import N_, _, current_language, pgettext
from transforms.localise import localised
from transforms.readings import outcomes as outcome_reading
from transforms.schema import OUTCOMES
from ui import data, html, layout, pages, url_state
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_LABELS

PAGE = pages.page_id(__file__)
CHARTS = {"heatmap": N_("Outcomes by aspect"), "durations": N_("Days, by definition")}
CHART_TABLES = {"heatmap": ("outcomes",), "durations": ("periods",)}  # the tables each chart draws


def _selected(movements: list[str] | tuple[str, ...], horizons: list[str] | tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the outcomes of the chosen movements at the chosen horizons, those movements' periods)."""
    tables = data.tables()
    outcomes, periods = tables["outcomes"], tables["periods"]
    return (
        outcomes[outcomes["movement"].isin(movements) & outcomes["horizon"].isin(horizons)],
        periods[periods["movement"].isin(movements)],
    )


# The figure depends only on the filter values, the language and the cached tables; it is kept (never changed
# after building, hence shared as it is).
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _figure(data_dir: str, movements: tuple[str, ...], horizons: tuple[str, ...], chart: str, language: str) -> go.Figure:
    if chart == "durations":
        return outcome_charts.durations(_selected(movements, horizons)[1], list(movements))
    return outcome_charts.aspect_heatmap(data.tables()["outcomes"], list(movements), list(horizons))


# The reading is kept like the figure: building it costs more than the rest of the page's run.
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _reading(data_dir: str, movements: tuple[str, ...], horizons: tuple[str, ...], language: str) -> str:
    return outcome_reading.reading(*_selected(movements, horizons), list(movements), list(horizons))


def outcome_cell(cell, movement: str) -> str:
    """One movement's outcomes at one horizon: each aspect with its outcome and sources."""
    items = []
    source, second = _("source"), _("second source")
    for row in localised(cell, ["outcome"]).itertuples():
        links = html.link(source, row.source_url)
        if isinstance(row.source_url_2, str):
            links += pgettext("list separator", ", ") + html.link(second, row.source_url_2)
        items.append(f"<li><strong>{html.text(_(label(row.aspect)))}</strong>: {html.text(row.outcome)} ({links})</li>")
    none = html.text(_("No outcome recorded for this horizon."))
    body = f"<ul>{''.join(items)}</ul>" if items else f'<p class="flush ink-gray">{none}</p>'
    return html.card(f"<p class='lead'><strong>{html.text(_(MOVEMENT_LABELS[movement]))}</strong></p>{body}",
                     movement=movement)


def side_by_side(shown, movements: list[str], horizons: list[str]) -> str:
    """Every horizon's cells, the movements side by side (one above the other on a phone), as one HTML block.

    One block (ui.html): as a heading, columns and a bordered box per cell it was a
    dozen or more Streamlit elements, most of the page's drawing time.
    """
    sections = []
    for horizon in horizons:
        cells = "".join(
            outcome_cell(shown[(shown["movement"] == movement) & (shown["horizon"] == horizon)], movement)
            for movement in movements
        )
        sections.append(
            f'<h3 data-horizon="{html.text(horizon)}" class="heading medium">{html.text(_(HORIZON_LABELS[horizon]))}</h3>'
            f'<div class="side-by-side">{cells}</div>'
        )
    return "".join(sections)


tables = layout.tables_or_stop()

st.title(_("Outcomes"))
st.markdown(_(
    "What did each movement lead to? Outcomes recorded for the 1988 uprising and the 2021 movement, "
    "side by side for each time horizon, each with its source; and how long each movement lasted under "
    "each definition of its start and end."
))

movements = layout.movement_filter(PAGE)
# The descriptor's text, translated where the catalogue has it.
horizon_help = _(OUTCOMES.column("horizon").description)
with layout.filters(PAGE, ["horizon"], [layout.chosen_count(PAGE, "horizon", _("time horizons"))]):
    horizons = layout.choose_several(
        PAGE, "horizon", _("Time horizon"), lambda horizon: _(HORIZON_LABELS[horizon]), help=horizon_help
    )
chart = layout.chart_choice(PAGE, {option: _(text) for option, text in CHARTS.items()})
language = current_language()
query = url_state.commit(PAGE, {"movement": movements, "horizon": horizons, "chart": chart})

if not movements:
    st.info(_("Choose at least one movement above."))
    st.stop()
if not horizons and chart == "heatmap":
    st.info(_("Choose at least one time horizon under Filters."))
    layout.share_link(query)
    st.stop()

shown, shown_periods = _selected(movements, horizons)

reading = _reading(data.folder(), tuple(movements), tuple(horizons), language)
drawn = layout.chart(_figure(data.folder(), tuple(movements), tuple(horizons), chart, language), key=f"outcomes-{chart}",
                     tables=CHART_TABLES[chart], description=reading)
st.markdown(reading)

if chart == "durations":
    layout.rows_with_sources(
        # Dates as days, not midnight timestamps.
        shown_periods.assign(start_date=shown_periods["start_date"].dt.date, end_date=shown_periods["end_date"].dt.date),
        ["period_id", "movement", "definition", "start_date", "end_date", "end_kind", "duration_days", "source_url"],
        key="outcomes-periods",
        file_name="periods.csv",
    )
    layout.share_link(query, drawn)
    st.stop()

st.header(_("Side by side"))
horizon_note = horizon_help
for horizon_id, horizon_label in HORIZON_LABELS.items():
    horizon_note = horizon_note.replace(f"{horizon_id}:", f"{_(horizon_label)}:")
st.caption(horizon_note)
st.html(side_by_side(shown, movements, horizons))

layout.rows_with_sources(
    shown,
    ["outcome_id", "movement", "horizon", "aspect", "outcome", "source_url", "source_url_2"],
    key="outcomes-rows",
    file_name="outcomes.csv",
)
layout.share_link(query, drawn)
