"""About (`/about`): what the dashboard is, the article it grew from, its method, definitions, disagreements, the
translation, citation, licence."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from i18n import DEFAULT_LANGUAGE, N_, _, current_language, localise_digits, pgettext, use_language
from transforms import export, localise
from transforms.readings import about as about_reading
from transforms.schema import ARTICLE, DAY_ZERO, ECONOMY, EVENT_CATEGORIES, MOVEMENTS, TABLES
from ui import data, layout, pages, url_state
from vocabulary.formatting import long_date, number, share_percent, value_range
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_LABELS

PAGE = pages.page_id(__file__)
END_KINDS = {"ended": N_("ended"), "ongoing_as_of": N_("still going on")}


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def computed(data_dir: str, language: str) -> dict:
    """Everything this page computes from the tables, once per data folder (keyed as `data.tables()` is) and language."""
    tables = data.tables()
    datasets = [export.dataset(tables, name) for name in TABLES]
    events, periods, figures, economy = tables["events"], tables["periods"], tables["figures"], tables["economy"]

    day_zero = {}
    for movement in MOVEMENTS:
        on_day = events[(events["movement"] == movement) & (events["day"] == 0) & (events["date_precision"] == "day")]
        descriptions = localise.text(on_day, "description", language)
        day_zero[movement] = pgettext("list separator", "; ").join(
            _("{description} ([source]({url}))").format(description=description, url=url)
            for description, url in zip(descriptions, on_day["source_url"])
        )

    counts = events.groupby(["category", "movement"], observed=False).size().unstack("movement")
    movement_headers = {movement: _(name) for movement, name in MOVEMENT_LABELS.items()}
    categories = counts.reindex(list(EVENT_CATEGORIES)).rename(columns=movement_headers).rename_axis(columns=None)
    categories = categories.reset_index()
    categories["category"] = categories["category"].astype(str).map(lambda category: _(label(category)))
    if language != DEFAULT_LANGUAGE:
        # Counts as text, so they are written in the reader's digits.
        categories[list(movement_headers.values())] = categories[list(movement_headers.values())].map(number)
    categories = categories.rename(columns={"category": _("category")})

    share = localise.translated_share(tables)
    translation = pd.DataFrame(
        {
            # Three narrow columns, so the table fits a phone's width without scrolling.
            _("column"): share["table"] + "." + share["column"],
            _("translated"): [f"{number(done)} / {number(rows)}" for done, rows in zip(share["translated"], share["rows"])],
            _("share"): share["share"].map(share_percent),
        }
    )

    # The rows tables below are also downloads, which keep English text and column names; a Burmese reader sees
    # each text column's Burmese beside it (`<column>_my`, which `layout.rows_with_sources` shows in its place).
    with use_language(DEFAULT_LANGUAGE):
        english = _rows_tables(periods, figures, economy)
    if language != DEFAULT_LANGUAGE:
        shown = localise.tables_in({"periods": periods, "figures": figures, "economy": economy}, language)
        reader = _rows_tables(shown["periods"], shown["figures"], shown["economy"])
        english = {name: localise.beside(frame, reader[name]) for name, frame in english.items()}
    return {
        "table_count": len(datasets),
        "row_count": sum(len(frame) for frame in datasets),
        "claim_count": len(tables["claims"]),
        "day_zero": day_zero,
        "categories": categories,
        "disagreement": about_reading.reading(figures, economy),
        "translation": translation,
        "translation_reading": about_reading.translation_reading(share),
        **english,
        # The version of all the data: every table's CSV download, in the Data page's order.
        "version": export.version(*(export.csv_bytes(frame) for frame in datasets)),
    }


def _rows_tables(periods: pd.DataFrame, figures: pd.DataFrame, economy: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The durations, the figures given as ranges and the economy spread, as rows tables with sources, their
    words in the current language."""
    durations = pd.DataFrame(
        {
            "movement": periods["movement"].astype(str).map(lambda movement: _(MOVEMENT_LABELS[movement])),
            "days": periods["duration_days"],
            "definition": periods["definition"],
            "start": periods["start_date"].astype("date32[pyarrow]"),
            "end": periods["end_date"].astype("date32[pyarrow]"),
            "status at end": periods["end_kind"].astype(str).map(lambda kind: _(END_KINDS[kind])),
            "source_url": periods["source_url"],
        }
    )

    ranges = about_reading.figure_ranges(figures)
    ranges_shown = pd.DataFrame(
        {
            "figure": ranges["label"],
            "range": [value_range(low, high) for low, high in zip(ranges["low"], ranges["high"])],
            "unit": ranges["unit"],
            "movement": ranges["movement"].astype(str).map(lambda movement: _(MOVEMENT_LABELS[movement])),
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
    return {"durations": durations, "ranges": ranges_shown, "spread": spread_shown}


def _english_columns(frame: pd.DataFrame) -> list[str]:
    """The columns of a rows table and its download; their Burmese (`_my`) columns are shown in their place."""
    return [name for name in frame.columns if not name.endswith(localise.TRANSLATED_SUFFIX)]


layout.tables_or_stop()
url_state.commit(PAGE, {})
about = computed(data.folder(), current_language())

st.title(_("About this dashboard"))
st.markdown(
    _(
        "This dashboard sets Myanmar's 1988 uprising beside the movement against the 2021 coup, as data: "
        "{tables} curated tables with {rows} rows, each row citing a page that states it. "
        "Every chart, number and reading on its pages is computed from those tables; the Data page has them all, "
        "with their dictionary and downloads."
    ).format(tables=localise_digits(str(about["table_count"])), rows=number(about["row_count"]))
)

st.header(_("The article it grew from"))
st.markdown(
    _(
        "[{title}]({url}), {publisher}, {year}. "
        "Written after the February 2021 coup, it looks back at 1988 to draw lessons for the new movement."
    ).format(
        title=ARTICLE["title"], url=ARTICLE["url"], publisher=ARTICLE["publisher"],
        year=localise_digits(str(ARTICLE["year"])),
    )
)
with st.container(border=True):
    st.markdown(
        _(
            "**The author's argument in brief — the author's view, summarised in this project's words, "
            "not a finding of this dashboard**"
        )
    )
    st.markdown(
        _(
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
    )
    st.caption(
        _(
            "The `claims` table lists {claims} of the article's checkable claims, paraphrased, so that each "
            "can be laid against the data."
        ).format(claims=localise_digits(str(about["claim_count"])))
    )

st.header(_("Method"))
st.markdown(
    _(
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
)

st.header(_("Definitions"))
st.subheader(_("Day 0"))
for movement in MOVEMENTS:
    st.markdown(
        _("**{movement}: {date}.** {events}").format(
            movement=_(MOVEMENT_LABELS[movement]), date=long_date(DAY_ZERO[movement]), events=about["day_zero"][movement]
        )
    )

st.subheader(_("Event categories"))
st.dataframe(about["categories"], hide_index=True, width="stretch", key="about-categories")
st.caption(_("Events of each category in the `events` table, by movement."))

st.subheader(_("How long each movement lasted, by definition"))
st.caption(
    _(
        "Duration = end date minus start date, in calendar days. Sources date a movement's start and end "
        "differently, so each definition is its own row of the `periods` table."
    )
)
layout.rows_with_sources(
    about["durations"], _english_columns(about["durations"]), key="about-periods", file_name="periods-durations.csv"
)

st.header(_("Where sources disagree"))
st.markdown(about["disagreement"])
ranges = about["ranges"]
st.subheader(_("Figures given as ranges ({count})").format(count=localise_digits(str(len(ranges)))))
layout.rows_with_sources(ranges, _english_columns(ranges), key="about-ranges", file_name="figures-ranges.csv")
first_year, second_year = (localise_digits(str(year)) for year in about_reading.SPREAD_YEARS)
st.subheader(
    _("Economy: measures with more than one source, {first_year} and {second_year}").format(
        first_year=first_year, second_year=second_year
    )
)
st.caption(
    _(
        "Lowest and highest value the sources give for the same measure in the same unit; a spread of 0 means "
        "they agree. {notes}"
    ).format(notes=_(ECONOMY.notes))
)
layout.rows_with_sources(
    about["spread"], _english_columns(about["spread"]), key="about-economy", file_name="economy-spread.csv"
)

st.header(_("The Burmese translation"))
st.markdown(
    _(
        "The Burmese version of this dashboard, both its interface and the Burmese text of the data, was "
        "translated within this project, not by a professional translator. Corrections are welcome: please "
        "report a wrong or unclear translation on the project's issue tracker, naming the page and the words. "
        "The key terms are kept consistent in the glossary `docs/glossary-my.md` of the repository."
    )
)
st.markdown(about["translation_reading"])
st.table(about["translation"], hide_index=True)
st.caption(
    _(
        "Rows of each table's text columns that have a Burmese translation. A row without one is shown in English "
        "on Burmese pages, behind the marker {marker}."
    ).format(marker=_(localise.UNTRANSLATED_MARKER))
)

st.header(_("How to cite"))
page_url = st.context.url
dashboard_url = page_url.removesuffix(f"/{PAGE}") if page_url else None
st.code(export.citation(about["version"], dashboard_url), language=None, wrap_lines=True)
st.caption(
    _(
        "The version is the start of the SHA-256 of every table's CSV download, in the Data page's order; it "
        "changes whenever any row does. To cite one table, use the line under it on the Data page, which names it "
        "and the version of its rows."
    )
)

st.header(_("Licence"))
st.markdown(
    _(
        "- **Code:** MIT licence (the `LICENSE` file in the repository).\n"
        "- **Data:** the curated tables are offered under the Creative Commons Attribution 4.0 licence (CC BY 4.0). "
        "The sources they cite keep their own terms: follow each row's `source_url` before reusing what it says.\n"
        "- **The article** belongs to its publisher; this page only summarises its argument and links to it."
    )
)
