"""About (`/about`): what the dashboard is, the article it grew from, its method, definitions, disagreements, citation, licence."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from transforms import export
from transforms.readings import about as about_reading
from transforms.schema import ARTICLE, DAY_ZERO, ECONOMY, EVENT_CATEGORIES, MOVEMENTS, TABLES
from ui import data, layout, pages, url_state
from vocabulary.formatting import long_date, value_range
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_LABELS

PAGE = pages.page_id(__file__)


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def computed(data_dir: str) -> dict:
    """Everything this page computes from the tables, once per data folder (keyed as `data.tables()` is)."""
    tables = data.tables()
    datasets = [export.dataset(tables, name) for name in TABLES]
    events, periods, figures, economy = tables["events"], tables["periods"], tables["figures"], tables["economy"]

    day_zero = {}
    for movement in MOVEMENTS:
        on_day = events[(events["movement"] == movement) & (events["day"] == 0) & (events["date_precision"] == "day")]
        day_zero[movement] = "; ".join(f"{row.description} ([source]({row.source_url}))" for row in on_day.itertuples())

    counts = events.groupby(["category", "movement"], observed=False).size().unstack("movement")
    categories = counts.reindex(list(EVENT_CATEGORIES)).rename(columns=MOVEMENT_LABELS).rename_axis(columns=None)
    categories = categories.reset_index()
    categories["category"] = categories["category"].astype(str).map(label)

    durations = pd.DataFrame(
        {
            "movement": periods["movement"].astype(str).map(MOVEMENT_LABELS),
            "days": periods["duration_days"],
            "definition": periods["definition"],
            "start": periods["start_date"].astype("date32[pyarrow]"),
            "end": periods["end_date"].astype("date32[pyarrow]"),
            "status at end": periods["end_kind"].astype(str).map({"ended": "ended", "ongoing_as_of": "still going on"}),
            "source_url": periods["source_url"],
        }
    )

    ranges = about_reading.figure_ranges(figures)
    ranges_shown = pd.DataFrame(
        {
            "figure": ranges["label"],
            "range": [value_range(low, high) for low, high in zip(ranges["low"], ranges["high"])],
            "unit": ranges["unit"],
            "movement": ranges["movement"].astype(str).map(MOVEMENT_LABELS),
            "source_url": ranges["source_url"],
        }
    )
    spread = about_reading.economy_spread(economy)
    spread_shown = pd.DataFrame(
        {
            "measure": [about_reading.measure_name(i, v) for i, v in zip(spread["indicator_id"], spread["variant"])],
            "year": spread["year"],
            "lowest": spread["low"],
            "highest": spread["high"],
            "spread": spread["spread"],
            "unit": spread["unit"],
            "sources": spread["series"],
            "series": spread["series_labels"],
        }
    )
    return {
        "table_count": len(datasets),
        "row_count": sum(len(frame) for frame in datasets),
        "claim_count": len(tables["claims"]),
        "day_zero": day_zero,
        "categories": categories,
        "durations": durations,
        "disagreement": about_reading.reading(figures, economy),
        "ranges": ranges_shown,
        "spread": spread_shown,
        # The version of all the data: every table's CSV download, in the Data page's order.
        "version": export.version(*(export.csv_bytes(frame) for frame in datasets)),
    }


layout.tables_or_stop()
url_state.commit(PAGE, {})
about = computed(data.folder())

st.title("About this dashboard")
st.markdown(
    f"This dashboard sets Myanmar's 1988 uprising beside the movement against the 2021 coup, as data: "
    f"{about['table_count']} curated tables with {about['row_count']:,} rows, each row citing a page that states it. "
    "Every chart, number and reading on its pages is computed from those tables; the Data page has them all, "
    "with their dictionary and downloads."
)

st.header("The article it grew from")
st.markdown(
    f"[{ARTICLE['title']}]({ARTICLE['url']}), {ARTICLE['publisher']}, {ARTICLE['year']}. "
    "Written after the February 2021 coup, it looks back at 1988 to draw lessons for the new movement."
)
with st.container(border=True):
    st.markdown("**The author's argument in brief — the author's view, summarised in this project's words, not a finding of this dashboard**")
    st.markdown(
        """
- **Background.** After independence the Communist Party of Burma took its struggle to the countryside as a
  guerrilla war. Ne Win's coup of 1962 put industry in state hands and ruled through a single party, the BSPP.
- **Economy.** In the author's account the planned economy first expanded quickly, then decayed under
  corruption and arbitrary decisions; the sudden invalidation of banknotes, which destroyed people's savings,
  is presented as the fuse of 1988.
- **1988.** A fight involving students in March set things off; each massacre brought more people out; Ne Win
  gave up the party leadership and his successor Sein Lwin soon fell; the general strike of August drew
  working people across the country into the movement.
- **Self-organisation, the central thesis.** Strike committees in the townships ran local affairs while the
  state's authority had collapsed, which the author likens to the workers' councils of Russia in 1917. The
  author holds that 1988 went further than 2021 because people organised themselves more, and that both fell
  short because no revolutionary leadership existed.
- **Outcomes.** 1988 removed two rulers and won a promise of multi-party politics before the army seized power
  again; in the author's view 2021, at the time of writing, had not achieved even that much.
- **Strategy.** The author rejects both an alliance with liberal politicians and a guerrilla war cut off from
  the mass movement, and argues for mass general strikes defended by the strikers themselves.
"""
    )
    st.caption(
        f"The `claims` table lists {about['claim_count']} of the article's checkable claims, paraphrased, so that each "
        "can be laid against the data."
    )

st.header("Method")
st.markdown(
    """
- **Curated from sources.** Each row was written by hand from a page that states it; the page's address is in
  the row's `source_url` (a second source in `source_url_2` where one was read). Descriptions are in this
  project's own words.
- **Validated.** Every table is checked against its dictionary before anything is shown: types, allowed
  values, unique ids, dates in range, low never above high, references between tables. A broken file stops the
  dashboard with a message naming the file, row, column and rule, rather than showing wrong numbers.
- **Ranges where sources disagree.** A row keeps both ends (`low` and `high`), or each source keeps its own
  row; charts draw the whole range and never invent a midpoint.
- **Missing means missing.** A number no source gives has no value: pages say "missing", never zero.
- **Derived, not typed.** Durations are end date minus start date, in calendar days; "day" on the timeline is
  an event's date minus its movement's day 0.
"""
)

st.header("Definitions")
st.subheader("Day 0")
for movement in MOVEMENTS:
    day = DAY_ZERO[movement]
    st.markdown(f"**{MOVEMENT_LABELS[movement]}: {long_date(day)}.** {about['day_zero'][movement]}")

st.subheader("Event categories")
st.dataframe(about["categories"], hide_index=True, width="stretch", key="about-categories")
st.caption("Events of each category in the `events` table, by movement.")

st.subheader("How long each movement lasted, by definition")
st.caption(
    "Duration = end date minus start date, in calendar days. Sources date a movement's start and end differently, "
    "so each definition is its own row of the `periods` table."
)
layout.rows_with_sources(
    about["durations"], list(about["durations"].columns), key="about-periods", file_name="periods-durations.csv"
)

st.header("Where sources disagree")
st.markdown(about["disagreement"])
ranges = about["ranges"]
st.subheader(f"Figures given as ranges ({len(ranges)})")
layout.rows_with_sources(ranges, list(ranges.columns), key="about-ranges", file_name="figures-ranges.csv")
years = " and ".join(str(year) for year in about_reading.SPREAD_YEARS)
st.subheader(f"Economy: measures with more than one source, {years}")
st.caption(
    "Lowest and highest value the sources give for the same measure in the same unit; a spread of 0 means they "
    f"agree. {ECONOMY.notes}"
)
layout.rows_with_sources(
    about["spread"], list(about["spread"].columns), key="about-economy", file_name="economy-spread.csv"
)

st.header("How to cite")
page_url = st.context.url
dashboard_url = page_url.removesuffix(f"/{PAGE}") if page_url else None
st.code(export.citation(about["version"], dashboard_url), language=None, wrap_lines=True)
st.caption(
    "The version is the start of the SHA-256 of every table's CSV download, in the Data page's order; it changes "
    "whenever any row does. To cite one table, use the line under it on the Data page, which names it and the "
    "version of its rows."
)

st.header("Licence")
st.markdown(
    "- **Code:** MIT licence (the `LICENSE` file in the repository).\n"
    "- **Data:** the curated tables are offered under the Creative Commons Attribution 4.0 licence (CC BY 4.0). "
    "The sources they cite keep their own terms: follow each row's `source_url` before reusing what it says.\n"
    "- **The article** belongs to its publisher; this page only summarises its argument and links to it."
)
