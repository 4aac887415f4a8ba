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


def test_every_row_of_every_table_has_an_http_source(tables):
    for name, frame in tables.items():
        # states_regions cites a page per figure; its required one is the 2014 population's.
        source = next(c.name for c in schema.TABLES[name].columns if c.kind == "url" and c.required)
        assert frame[source].str.match(r"^https?://").all(), name


def test_foundation_row_counts(tables):
    events = tables["events"]
    assert (events["movement"] == "1988").sum() >= 25
    assert (events["movement"] == "2021").sum() >= 30
    assert len(events) >= 70
    assert len(tables["organisations"]) >= 30
    assert set(tables["claims"]["claim_id"]) == {f"C{n}" for n in range(1, 21)}
