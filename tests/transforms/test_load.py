"""Loading gives typed frames: dates as dates, categories as categoricals, numbers as numbers."""

from __future__ import annotations

import pandas as pd

from transforms import schema


def test_dates_are_datetimes(tables):
    assert pd.api.types.is_datetime64_any_dtype(tables["events"]["date"])
    assert pd.api.types.is_datetime64_any_dtype(tables["periods"]["end_date"])


def test_categories_carry_every_allowed_value(tables):
    category = tables["events"]["category"]
    assert isinstance(category.dtype, pd.CategoricalDtype)
    assert list(category.cat.categories) == list(schema.EVENT_CATEGORIES)


def test_numbers_are_numbers_and_blank_high_is_missing(tables):
    figures = tables["figures"]
    assert figures["low"].dtype == "float64"
    assert figures["high"].isna().any()
    assert tables["economy"]["year"].dtype == "Int64"


def test_booleans_are_booleans(tables):
    assert tables["periods"]["headline"].dtype == bool
    assert tables["periods"]["headline"].sum() == 2


# Tables that state no facts, so cite no pages: claim readings are this project's judgements (their
# evidence is the rows they cite); the tile grid is where the map draws each state or region.
NOT_FACTS = {"claim_readings", "tile_grid"}


def test_every_row_of_every_table_of_facts_has_an_http_source(tables):
    for name, frame in tables.items():
        if name in NOT_FACTS:
            continue
        required_urls = [c.name for c in schema.TABLES[name].columns if c.kind == "url" and c.required]
        assert required_urls, name
        for column in required_urls:
            assert frame[column].str.match(r"^https?://").all(), (name, column)


def test_foundation_row_counts(tables):
    events = tables["events"]
    assert (events["movement"] == "1988").sum() >= 25
    assert (events["movement"] == "2021").sum() >= 30
    assert len(events) >= 70
    assert len(tables["organisations"]) >= 30
    assert set(tables["claims"]["claim_id"]) == {f"C{n}" for n in range(1, 21)}
