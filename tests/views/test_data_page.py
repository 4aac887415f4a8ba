"""The Data page through AppTest: dataset switch, URL, dictionary, and downloads of exactly the rows shown."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from i18n import use_language
from tests.views.apptest import ENTRY, run_app
from transforms.load import load_all
from transforms import export
from transforms.schema import TABLES
from ui.table_headers import header

PAGE = "views/data_page.py"
MYANMAR = re.compile("[\u1000-\u109f]")


class RecordingStorage(MemoryMediaFileStorage):
    """AppTest's in-memory media storage, keeping every file it was given so a test can read a download."""

    files: dict[str, bytes] = {}

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
        file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)
        RecordingStorage.files[file_id] = self.get_file(file_id).content
        return file_id


@pytest.fixture
def downloads(monkeypatch):
    """Bytes of a download button, read from the media file its URL names."""
    RecordingStorage.files = {}
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", RecordingStorage)

    def read(button) -> bytes:
        file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
        return RecordingStorage.files[file_id]

    return read


@pytest.fixture(scope="module")
def processed(tables):
    return export.processed_tables(tables)


def test_column_dictionary_is_folded_and_built_only_once_opened():
    at = run_app(page=PAGE)
    assert len(at.dataframe) == 1  # the rows; the dictionary's grid is not built yet
    assert [e.label for e in at.expander] == ["Columns: what each one means"]
    at.session_state["data-columns-expanded"] = True
    at.run()
    assert not at.exception
    dictionary = at.expander[0].dataframe[0].value
    assert dictionary["column"].tolist() == [column.name for column in TABLES["events"].columns]
    assert dictionary.loc[dictionary["column"] == "category", "allowed values"].item().startswith("trigger, protest")
    assert "heading" not in dictionary.columns  # English headers are the columns' own words


def _burmese_with_columns_open(dataset: str) -> AppTest:
    """The page in Burmese with its dictionary open from the first run (a rerun would re-read the Burmese options
    of the dataset box with the test's English)."""
    at = AppTest.from_file(ENTRY, default_timeout=30)
    at.query_params["lang"] = "my"
    at.run()
    at.switch_page(PAGE)
    at.query_params["dataset"] = dataset
    at.session_state["data-columns-expanded"] = True
    at.run()
    return at


def test_burmese_dictionary_gives_every_meaning_and_unit_in_myanmar_script_beside_the_column_names():
    at = _burmese_with_columns_open("states_regions")
    assert not at.exception
    dictionary = at.expander[0].dataframe[0].value
    assert dictionary["column"].tolist() == [column.name for column in TABLES["states_regions"].columns]
    assert all(MYANMAR.search(meaning) for meaning in dictionary["meaning"])
    units = [unit for unit in dictionary["unit"] if unit]
    assert units and all(MYANMAR.search(unit) for unit in units)


def test_burmese_dictionary_names_each_column_by_its_translated_header_in_the_rows():
    at = _burmese_with_columns_open("events")
    assert not at.exception
    dictionary = at.expander[0].dataframe[0].value
    with use_language("my"):
        assert dictionary["heading"].tolist() == [header(column.name) for column in TABLES["events"].columns]
    assert MYANMAR.search(dictionary.loc[dictionary["column"] == "event_id", "heading"].item())


def test_burmese_table_title_row_and_notes_read_in_myanmar_script():
    at = run_app(page=PAGE, lang="my", dataset="states_regions")
    assert not at.exception
    table = TABLES["states_regions"]
    title = at.selectbox(key="data.dataset").options[list(TABLES).index("states_regions")]
    assert MYANMAR.search(title) and table.title not in title
    page_text = " ".join(element.value for element in [*at.markdown, *at.caption])
    assert table.row not in page_text and table.notes not in page_text
    assert any(MYANMAR.search(caption.value) and "၂၀၁၀" in caption.value for caption in at.caption)


def test_data_page_renders_events_by_default(processed):
    at = run_app(page=PAGE)
    assert not at.exception
    assert at.selectbox(key="data.dataset").value == "events"
    shown = at.dataframe[0].value
    assert len(shown) == len(processed["events"])
    assert list(shown.columns) == [column.name for column in TABLES["events"].columns]
    assert [b.label for b in at.get("download_button")] == [
        f"Download these {len(shown)} rows (CSV)",
        f"Download these {len(shown)} rows (Parquet)",
    ]
    assert "events" not in dict(at.query_params)


def test_dataset_selectbox_switches_the_table_and_writes_the_url(processed):
    at = run_app(page=PAGE)
    at.selectbox(key="data.dataset").set_value("economy").run()
    assert not at.exception
    assert at.query_params["dataset"] == "economy"
    assert len(at.dataframe[0].value) == len(processed["economy"])
    assert "year" in at.dataframe[0].value.columns
    assert at.get("download_button")[0].label == f"Download these {len(processed['economy'])} rows (CSV)"
    assert any("sources label the fiscal years" in c.value.lower() for c in at.caption)


def test_dataset_in_the_url_sets_the_selectbox(processed):
    at = run_app(page=PAGE, dataset="figures")
    assert not at.exception
    assert at.selectbox(key="data.dataset").value == "figures"
    assert len(at.dataframe[0].value) == len(processed["figures"])
    assert not at.warning


def test_hostile_dataset_falls_back_with_one_notice():
    at = run_app(page=PAGE, dataset="<script>alert(1)</script>", other="x")
    assert not at.exception
    assert at.selectbox(key="data.dataset").value == "events"
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "dataset (not a known value)" in notices[0]
    assert "<script>" not in notices[0]


@pytest.mark.parametrize("name", ["events", "economy", "organisations"])
def test_downloads_contain_exactly_the_rows_shown(downloads, name):
    at = run_app(page=PAGE, dataset=name)
    assert not at.exception
    shown = at.dataframe[0].value
    csv_button, parquet_button = at.get("download_button")
    from_csv = pd.read_csv(io.BytesIO(downloads(csv_button)), dtype=str, keep_default_na=False)
    from_parquet = pd.read_parquet(io.BytesIO(downloads(parquet_button)))
    assert list(from_csv.columns) == list(shown.columns) == list(from_parquet.columns)
    assert len(from_csv) == len(shown) == len(from_parquet)
    id_column = TABLES[name].id_column or "year"
    assert from_csv[id_column].tolist() == shown[id_column].astype(str).tolist()
    assert from_parquet[id_column].astype(str).tolist() == shown[id_column].astype(str).tolist()
    pd.testing.assert_frame_equal(from_parquet, shown, check_dtype=False, check_categorical=False)


def test_citation_names_the_dataset_and_the_version_of_its_download(downloads):
    at = run_app(page=PAGE, dataset="periods")
    csv_button = at.get("download_button")[0]
    citation = at.code[0].value
    assert citation.startswith('Two Myanmar uprisings compared (dashboard), dataset "periods", version sha256:')
    assert export.version(downloads(csv_button)) in citation


def test_a_burmese_reader_sees_the_rows_as_stored_english_and_burmese_columns_each_as_they_are():
    at = run_app(page="views/data_page.py", dataset="events", lang="my")
    shown = at.dataframe[0].value
    events = load_all()["events"]
    assert shown["place"].tolist() == events["place"].tolist()
    assert shown["place_my"].tolist() == events["place_my"].tolist()
