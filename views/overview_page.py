"""Overview (`/`): the two movements side by side, each number with its source."""

from __future__ import annotations

import streamlit as st

from charts import outcomes as outcome_charts, overview as overview_charts
from i18n import N_, _, current_language
from transforms import derive
from transforms.localise import comparability_note, localised
from transforms.readings import overview as overview_reading
from transforms.schema import FIGURE_METRICS
from ui import data, html, layout, pages, url_state
from vocabulary.formatting import number, value_range
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_LABELS

PAGE = pages.page_id(__file__)
CHARTS = {"ranges": N_("Headline figures"), "durations": N_("Days, by definition")}
CHART_TABLES = {"ranges": ("figures",), "durations": ("periods",)}  # the tables each chart draws


# Resources, not data: built once per choice of movements, chart and language, shared as they are (never changed).
@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _figure(data_dir: str, movements: tuple[str, ...], chart: str, language: str):
    tables = data.tables()
    if chart == "durations":
        return outcome_charts.durations(tables["periods"], list(movements))
    return overview_charts.headline_ranges(tables["figures"], list(movements))


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def _reading(data_dir: str, movements: tuple[str, ...], language: str) -> str:
    tables = data.tables()
    return overview_reading.reading(tables["figures"], tables["periods"], list(movements))


CARD_METRICS = ("deaths", "participation", "heads_of_state", "strike_committees", "arrests", "displaced")
BODIES_HELP = N_(
    "Bodies in this project's organisations table (student and trade unions, strike committees, parallel "
    "governments, armed groups...); see the organisation page for each with its source."
)


def number_block(metric: str, title: str, value: str, hover: str, note: str = "") -> str:
    """One number of a card: what it is, the number (its definition on hover), then its unit and source."""
    return (
        f'<div data-metric="{html.text(metric)}" class="number">'
        f'<div class="small">{html.text(title)}</div>'
        f'<div class="value" title="{html.text(hover)}">{html.text(value)}</div>'
        + (f'<div class="small ink-gray">{note}</div>' if note else "")
        + "</div>"
    )


def movement_card(movement: str, tables: dict, missing: list[str]) -> str:
    """One movement's card: its durations by definition and its headline numbers, each with its source.

    One HTML block (ui.html): drawn as some 20 Streamlit elements per movement, the cards
    were most of this page's drawing time.
    """
    figures, periods = tables["figures"], localised(tables["periods"], ["definition"])
    mine = periods[periods["movement"] == movement].sort_values("duration_days")
    source, heading = _("source"), _("Duration, by definition")
    durations = "".join(
        f"<li>{html.text(row.definition)}: <strong>"
        + html.text(_("{days} days").format(days=number(row.duration_days))) + "</strong>"
        + (html.text(_(", still going on at that date")) if row.end_kind == "ongoing_as_of" else "")
        + f" ({html.link(source, row.source_url)})</li>"
        for row in mine.itertuples()
    )
    parts = [
        f'<h2 class="heading large">{html.text(_(MOVEMENT_LABELS[movement]))}</h2>',
        f"<p class='flush'><strong>{html.text(heading)}</strong></p><ul>{durations}</ul>",
    ]
    english = derive.headline_by_metric(figures, movement)
    own = localised(english, ["label", "definition", "unit"])
    for metric in CARD_METRICS:
        if metric in own.index:
            row = own.loc[metric]
            # Where the two movements' counts measure different things, the definition says how far they compare.
            compared = comparability_note(english.loc[metric, "definition"], row["definition"])
            parts.append(number_block(
                metric, f"{_(label(metric))}: {row['label']}", value_range(row["low"], row["high"]),
                _("{definition} ({unit}). Source: {url}").format(
                    definition=row["definition"], unit=row["unit"], url=row["source_url"]),
                f"{html.text(row['unit'])} · {html.link(source, row['source_url'])}"
                + (f'<br><span class="comparability">{html.text(compared)}</span>' if compared else ""),
            ))
        elif metric in missing:
            parts.append(number_block(metric, _(label(metric)), _("missing"),
                                      _("No source read gives a number for this.")))
    bodies = tables["organisations"]["movement"].eq(movement).sum()
    parts.append(number_block("bodies", _("Self-organisation: bodies recorded"), number(bodies), _(BODIES_HELP)))
    return html.card("".join(parts), movement=movement)


tables = layout.tables_or_stop()

st.title(_("Two Myanmar uprisings compared"))
st.markdown(_(
    "The 1988 **8888 uprising** and the **2021 movement** against the coup, side by side: how long they lasted, "
    "how many took part, how many were killed, and what they brought down. Every number carries its source; "
    "where sources disagree the range is shown."
))

movements = layout.movement_filter(PAGE)
# The chart control sits further down, by the chart; its value is known already.
query = url_state.commit(PAGE, {"movement": movements, "chart": url_state.current(PAGE, "chart")})

if not movements:
    st.info(_("Choose at least one movement above."))
    st.stop()

missing = derive.missing_metrics(tables["figures"], FIGURE_METRICS)

columns = st.columns(len(movements))
for column, movement in zip(columns, movements):
    column.html(movement_card(movement, tables, missing[movement]))

st.header(_("How the two compare"))
chart = layout.chart_choice(PAGE, {option: _(text) for option, text in CHARTS.items()})
language = current_language()
reading = _reading(data.folder(), tuple(movements), language)
drawn = layout.chart(_figure(data.folder(), tuple(movements), chart, language), key=f"overview-{chart}",
                     tables=CHART_TABLES[chart], description=reading)
st.markdown(reading)
layout.share_link(query, drawn)
