"""The Data page's reading follows the rows it is given."""

from __future__ import annotations

from transforms import export
from transforms.readings import data as readings
from transforms.schema import TABLES


def test_data_reading_counts_rows_by_movement_and_names_the_span(tables):
    rows = export.dataset(export.processed_tables(tables), "events")
    text = readings.reading(rows, TABLES["events"])
    per_movement = rows["movement"].astype(str).value_counts()
    assert text.startswith(f"{len(rows)} rows: {per_movement['1988']} of the 1988 uprising and {per_movement['2021']} of the 2021 movement.")
    first, last = rows["date"].min(), rows["date"].max()
    assert f"runs from {first.day} {first:%B %Y} to {last.day} {last:%B %Y}" in text
    empty = int(rows["source_url_2"].isna().sum())
    assert f"`source_url_2` in {empty} rows" in text


def test_data_reading_follows_the_rows(tables):
    rows = export.dataset(export.processed_tables(tables), "figures")
    only_2021 = rows[rows["movement"] == "2021"]
    text = readings.reading(only_2021, TABLES["figures"])
    assert text.startswith(f"{len(only_2021)} rows: {len(only_2021)} of the 2021 movement.")
    assert "1988 uprising" not in text
    assert readings.reading(rows.iloc[:0], TABLES["figures"]) == "No rows."


def test_data_reading_of_a_table_without_movement_uses_years(tables):
    rows = export.dataset(tables, "economy")
    text = readings.reading(rows, TABLES["economy"])
    assert text.startswith(f"{len(rows)} rows.")
    assert f"`year` runs from {rows['year'].min()} to {rows['year'].max()}" in text


def test_burmese_data_reading_counts_rows_by_movement_in_myanmar_digits(tables):
    from i18n import localise_digits, use_language

    rows = export.dataset(export.processed_tables(tables), "events")
    per_movement = rows["movement"].astype(str).value_counts()
    with use_language("my"):
        text = readings.reading(rows, TABLES["events"])
    expected = (
        f"အတန်း {localise_digits(str(len(rows)), 'my')} တန်း: ၁၉၈၈ အရေးတော်ပုံ ၏ {localise_digits(str(per_movement['1988']), 'my')} "
        f"တန်း နှင့် ၂၀၂၁ လှုပ်ရှားမှု ၏ {localise_digits(str(per_movement['2021']), 'my')} တန်း။"
    )
    assert text.startswith(expected)
    assert "ကို ကိုးကားသည်။" in text
    assert "rows" not in text


def test_burmese_data_reading_writes_the_years_of_a_yearly_table_in_myanmar_digits(tables):
    from i18n import localise_digits, use_language

    rows = export.dataset(tables, "economy")
    with use_language("my"):
        text = readings.reading(rows, TABLES["economy"])
    first, last = (localise_digits(str(year), "my") for year in (rows["year"].min(), rows["year"].max()))
    assert f"`year` သည် {first} မှ {last} အထိ ရှိသည်။" in text


def test_empty_data_reading_in_burmese(tables):
    from i18n import use_language

    rows = export.dataset(export.processed_tables(tables), "figures")
    with use_language("my"):
        assert readings.reading(rows.iloc[:0], TABLES["figures"]) == "အတန်း မရှိပါ။"
