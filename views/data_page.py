"""Data (`/data`): every curated table with its dictionary, downloadable as CSV and Parquet, with a citation line."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from charts.theme import label
from transforms import dictionary, export
from transforms.readings import data as data_reading
from transforms.schema import TABLES
from ui import data, layout, url_state

PAGE = "data"


@st.cache_resource(max_entries=data.VIEW_CACHE_ENTRIES, show_spinner=False)
def dataset_view(data_dir: str, name: str) -> tuple[pd.DataFrame, bytes, str, str]:
    """The rows shown, their Parquet file, the version of their CSV and their reading, once per dataset.

    Keyed by the data folder as `data.tables()` is, so another folder never gets these rows.
    """
    rows = export.dataset(data.tables(), name)
    version = export.version(export.csv_bytes(rows))
    return rows, export.parquet_bytes(rows), version, data_reading.reading(rows, TABLES[name])


tables = layout.tables_or_stop()

st.title("Data")
st.markdown(
    "Every table behind the dashboard, as curated: what one row is, what each column means, the rows with their "
    "sources, and downloads of exactly those rows. An empty cell (shown as None) has no value recorded: missing, never zero."
)

name = st.selectbox(
    "Dataset",
    options=list(TABLES),
    format_func=lambda table_name: f"{label(table_name)} ({len(tables[table_name]):,} rows)",
    key=url_state.widget_key(PAGE, "dataset"),
)
query = url_state.commit(PAGE, {"dataset": name}, data.url_extents(PAGE))

table = TABLES[name]
rows, parquet, version, reading = dataset_view(data.folder(), name)

st.markdown(f"**One row:** {table.row}")
if table.notes:
    st.caption(table.notes)
st.markdown(reading)

st.header(f"Rows of `{table.file}`")
layout.rows_with_sources(rows, list(rows.columns), key=f"data-{name}", file_name=table.file, folded=False)
st.download_button(
    f"Download these {len(rows)} rows (Parquet)",
    data=parquet,
    file_name=f"{name}.parquet",
    mime="application/vnd.apache.parquet",
    key=f"data-{name}-parquet",
)

st.header("How to cite")
page_url = st.context.url
link = f"{page_url}?{query}" if page_url and query else page_url
st.code(export.citation(version, link, name), language=None, wrap_lines=True)
st.caption(
    f"The version is the start of the SHA-256 of the CSV download: `sha256sum {table.file}` prints it, "
    "and it changes exactly when the rows do."
)

st.header("Columns")
entries = pd.DataFrame(dictionary.entries(table), columns=list(dictionary.HEADINGS))
entries["allowed values"] = entries["allowed values"].map(", ".join)
# Meaning right after the name: on a phone the first two columns are what fits.
st.dataframe(
    entries,
    hide_index=True,
    width="stretch",
    column_order=("column", "meaning", "type", "required", "unit", "allowed values"),
    column_config={"meaning": st.column_config.TextColumn(width="large")},
    key=f"data-{name}-dictionary",
)

layout.share_link(query)
