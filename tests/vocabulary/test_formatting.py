"""Numbers, ranges and dates as every page writes them."""

from __future__ import annotations

import math

import pandas as pd

from vocabulary import formatting
from vocabulary.formatting import date_text, long_date, number, value_range
from vocabulary.labels import label, source_site


def test_dates_are_as_precise_as_their_source():
    assert date_text(pd.Timestamp("1988-08-08")) == "8 Aug 1988"
    assert date_text(pd.Timestamp("1988-08-01"), "month") == "Aug 1988"
    assert date_text(pd.Timestamp("1988-01-01"), "year") == "1988"


def test_a_long_date_writes_its_month_out():
    assert long_date(pd.Timestamp("2021-02-01")) == "1 February 2021"


def test_numbers_keep_thousands_separators_and_one_decimal():
    assert number(3000) == "3,000"
    assert number(12.25) == "12.2"
    assert number(math.nan) == "—"


def test_a_range_collapses_to_one_value_when_its_ends_agree():
    assert value_range(3000, 10000) == "3,000–10,000"
    assert value_range(350, 350) == "350"
    assert value_range(350, math.nan) == "350"


def test_ids_read_as_words_and_movements_by_their_names():
    assert label("regime_change") == "Regime change"
    assert label("1988") == "1988 uprising"


def test_a_source_is_named_by_its_site():
    assert source_site("https://www.aappb.org/?p=1") == "aappb.org"


def test_percent_never_rounds_a_small_share_to_zero():
    assert formatting.percent(0.4) == "under 1 %" and formatting.percent(0) == "0 %" and formatting.percent(61.6) == "62 %"


def test_a_rate_per_million_of_zero_reads_zero_and_small_rates_keep_a_decimal():
    assert [formatting.per_million(v) for v in (0, 2.44, 37.2)] == ["0", "2.4", "37"]


def test_a_list_reads_with_and_before_its_last_item():
    assert formatting.listing(["Yangon"]) == "Yangon"
    assert formatting.listing(["Yangon", "Mandalay", "Bago"]) == "Yangon, Mandalay and Bago"


def test_a_span_of_one_year_is_that_year():
    assert formatting.year_span((1988, 1988)) == "1988" and formatting.year_span((1987, 2026)) == "1987–2026"
