"""Downloads and citations: the bytes of a dataset are exactly its rows, and its version names those bytes."""

from __future__ import annotations

import hashlib
import io

import pandas as pd
import pytest

from transforms import export
from transforms.load import DATA_DIR
from transforms.schema import TABLES


@pytest.fixture(scope="module")
def processed(tables):
    return export.processed_tables(tables)


@pytest.mark.parametrize("name", list(TABLES))
def test_dataset_is_the_curated_table_without_derived_columns(processed, name):
    rows = export.dataset(processed, name)
    assert list(rows.columns) == [column.name for column in TABLES[name].columns]
    assert len(rows) == len(processed[name])
    for column in TABLES[name].columns:
        if column.kind == "date":
            assert str(rows[column.name].dtype).startswith("date32")


def test_dataset_leaves_out_what_the_pages_derive(processed):
    assert "day" in processed["events"] and "day" not in export.dataset(processed, "events")
    assert "duration_days" in processed["periods"] and "duration_days" not in export.dataset(processed, "periods")


@pytest.mark.parametrize("name", list(TABLES))
def test_csv_download_holds_exactly_the_rows(processed, name):
    rows = export.dataset(processed, name)
    back = pd.read_csv(io.BytesIO(export.csv_bytes(rows)), dtype=str, keep_default_na=False)
    assert list(back.columns) == list(rows.columns)
    assert len(back) == len(rows)
    id_column = TABLES[name].id_column
    if id_column:
        assert back[id_column].tolist() == rows[id_column].astype(str).tolist()
    for column in TABLES[name].columns:
        if column.kind == "date":
            expected = [value.isoformat() if pd.notna(value) else "" for value in rows[column.name]]
            assert back[column.name].tolist() == expected


def test_csv_download_matches_the_curated_file_cell_for_cell(processed):
    # Events keep the file's order and carry no booleans, so the download reproduces the file's cells.
    rows = export.dataset(processed, "events")
    back = pd.read_csv(io.BytesIO(export.csv_bytes(rows)), dtype=str, keep_default_na=False)
    original = pd.read_csv(DATA_DIR / "events.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(back, original)


@pytest.mark.parametrize("name", list(TABLES))
def test_parquet_download_holds_exactly_the_rows(processed, name):
    rows = export.dataset(processed, name)
    back = pd.read_parquet(io.BytesIO(export.parquet_bytes(rows)))
    pd.testing.assert_frame_equal(back, rows)


def test_version_is_the_start_of_the_sha256_of_the_payloads():
    payload = b"a,b\n1,2\n"
    assert export.version(payload) == "sha256:" + hashlib.sha256(payload).hexdigest()[: export.VERSION_DIGITS]
    assert export.version(b"a,b\n", b"1,2\n") == export.version(payload)


def test_version_changes_when_a_row_changes(processed):
    rows = export.dataset(processed, "figures")
    changed = rows.copy()
    changed.loc[0, "low"] = changed.loc[0, "low"] + 1
    assert export.version(export.csv_bytes(rows)) == export.version(export.csv_bytes(rows.copy()))
    assert export.version(export.csv_bytes(rows)) != export.version(export.csv_bytes(changed))


def test_citation_names_dashboard_dataset_version_and_link():
    line = export.citation("sha256:0123456789ab", "https://example.org/data?dataset=figures", "figures")
    assert line == (
        'Two Myanmar uprisings compared (dashboard), dataset "figures", version sha256:0123456789ab, '
        "https://example.org/data?dataset=figures"
    )


def test_citation_of_the_whole_dashboard_without_a_known_address():
    assert export.citation("sha256:0123456789ab") == "Two Myanmar uprisings compared (dashboard), version sha256:0123456789ab"
