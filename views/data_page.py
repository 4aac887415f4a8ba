"""Data (`/data`): every curated table with its dictionary, downloadable as CSV and Parquet, with a citation line."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from i18n import DEFAULT_LANGUAGE, _, current_language, localise_digits
from transforms import dictionary, export
from transforms.readings import data as data_reading
from transforms.schema import LICENCE, TABLES
from ui import data, layout, pages, url_state
from ui.table_headers import header
from vocabulary.formatting import number

PAGE = pages.page_id(__file__)
# The dictionary's rows (px): up to three lines of a meaning in Latin script, four of Myanmar script's taller lines.
DICTIONARY_ROW_HEIGHT = {DEFAULT_LANGUAGE: 72, "my": 100}


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def dataset_view(data_dir: str, name: str, language: str) -> tuple[pd.DataFrame, bytes, str, str]:
    """The rows shown, their Parquet file, the version of their CSV and their reading (in `language`, the
    reader's), once per dataset and language.

    Keyed by the data folder as `data.tables()` is, so another folder never gets these rows.
    """
    rows = export.dataset(data.tables(), name)
    version = export.version(export.csv_bytes(rows))
    return rows, export.parquet_bytes(rows), version, data_reading.reading(rows, TABLES[name])


tables = layout.tables_or_stop()

def _translated(word: str) -> str:
    """A word of the data package in the reader's language (an empty one stays empty: gettext("") is the header)."""
    return _(word) if word else word


def _count(count: int) -> str:
    return localise_digits(number(count))


st.title(_("Data"))
st.markdown(
    _(
        "Every table behind the dashboard, as curated: what one row is, what each column means, the rows with their "
        "sources, and downloads of exactly those rows. An empty cell (shown as None) has no value recorded: missing, "
        "never zero."
    )
)

name = st.selectbox(
    _("Dataset"),
    options=list(TABLES),
    format_func=lambda table_name: _("{title} ({count} rows)").format(
        title=_translated(TABLES[table_name].title), count=_count(len(tables[table_name]))
    ),
    key=url_state.widget_key(PAGE, "dataset"),
)
query = url_state.commit(PAGE, {"dataset": name})

table = TABLES[name]
rows, parquet, version, reading = dataset_view(data.folder(), name, current_language())

st.markdown(_("**One row:** {row}").format(row=_translated(table.row)))
if table.notes:
    st.caption(_translated(table.notes))
st.markdown(reading)

st.header(_("Rows of `{file}`").format(file=table.file))
layout.rows_with_sources(rows, list(rows.columns), key=f"data-{name}", file_name=table.file, folded=False, as_stored=True)
st.download_button(
    _("Download these {count} rows (Parquet)").format(count=_count(len(rows))),
    data=parquet,
    file_name=f"{name}.parquet",
    mime="application/vnd.apache.parquet",
    key=f"data-{name}-parquet",
)

st.header(_("How to cite"))
page_url = st.context.url
link = f"{page_url}?{query}" if page_url and query else page_url
st.code(export.citation(version, link, name), language=None, wrap_lines=True)
st.caption(
    _(
        "The version is the start of the SHA-256 of the CSV download: `sha256sum {file}` prints it, "
        "and it changes exactly when the rows do. "
        "The curated rows are under [{licence}]({licence_path}); each source keeps its own terms. "
        "Every table and column is described in the Frictionless Data Package `data/datapackage.json`."
    ).format(file=table.file, licence=LICENCE["title"], licence_path=LICENCE["path"])
)

# The dictionary is a second data grid: folded, it is built only when a reader opens it.
columns = st.expander(_("Columns: what each one means"), key="data-columns-expanded", on_change="rerun")
if columns.open:
    with columns:
        entries = pd.DataFrame(dictionary.entries(table), columns=list(dictionary.HEADINGS))
        entries["allowed values"] = entries["allowed values"].map(", ".join)
        for heading in ("type", "required", "unit", "meaning"):
            entries[heading] = entries[heading].map(_translated)
        labels = {heading: _(heading) for heading in dictionary.HEADINGS}
        # Meaning right after the name: on a phone the first two columns are what fits. A translated page heads
        # the rows with translated headers: there the dictionary leads with each one, the column's name after.
        order = ["column", "meaning"]
        if current_language() != DEFAULT_LANGUAGE:
            entries["heading"] = entries["column"].map(header)
            labels["heading"] = _("heading")
            order = ["heading", "meaning", "column"]
        st.dataframe(
            entries,
            hide_index=True,
            width="stretch",
            row_height=DICTIONARY_ROW_HEIGHT.get(current_language(), DICTIONARY_ROW_HEIGHT[DEFAULT_LANGUAGE]),
            height="content",
            column_order=(*order, "type", "required", "unit", "allowed values"),
            column_config={
                heading: st.column_config.TextColumn(label, width="large" if heading == "meaning" else None)
                for heading, label in labels.items()
            },
            key=f"data-{name}-dictionary",
        )

layout.share_link(query)
