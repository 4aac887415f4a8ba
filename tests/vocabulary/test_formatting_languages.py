"""Numbers, ranges and dates in the reader's language: Myanmar digits and Burmese months for Burmese, English as before."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pandas as pd
import pytest

from i18n import use_language
from vocabulary.formatting import date_text, day_span, long_date, number, share_percent, value_range


@pytest.fixture
def burmese():
    with use_language("my"):
        yield


def english_date_text(when: date, precision: str = "day") -> str:
    """The English form written independently, with strftime (the C locale's month names)."""
    if precision == "year":
        return f"{when.year}"
    if precision == "month":
        return f"{when:%b %Y}"
    return f"{when.day} {when:%b %Y}"


def test_burmese_numbers_are_in_myanmar_digits_with_thousands_separators(burmese):
    assert number(3000) == "၃,၀၀၀"
    assert number(12.25) == "၁၂.၂"


def test_a_missing_number_is_a_dash_in_burmese_too(burmese):
    assert number(math.nan) == "—"
    assert number(None) == "—"


def test_burmese_ranges_join_myanmar_digits_with_a_dash(burmese):
    assert value_range(3000, 10000) == "၃,၀၀၀–၁၀,၀၀၀"
    assert value_range(350, math.nan) == "၃၅၀"


def test_a_percentage_is_written_in_the_readers_digits():
    assert share_percent(1.0) == "100%"
    assert share_percent(0.975) == "97.5%"
    with use_language("my"):
        assert share_percent(0.975) == "၉၇.၅%"


def test_burmese_dates_run_year_month_day_with_burmese_month_names(burmese):
    assert date_text(pd.Timestamp("1988-08-08")) == "၁၉၈၈ ဩဂုတ် ၈"
    assert date_text(pd.Timestamp("1988-08-01"), "month") == "၁၉၈၈ ဩဂုတ်"
    assert date_text(pd.Timestamp("1988-01-01"), "year") == "၁၉၈၈"


def test_a_burmese_long_date_names_the_year_month_and_day(burmese):
    assert long_date(pd.Timestamp("2021-02-01")) == "၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက်"


def test_a_burmese_day_span_writes_a_shared_year_once_at_the_start(burmese):
    assert day_span(date(1988, 7, 27), date(1988, 8, 12)) == "၁၉၈၈ ဇူလိုင် ၂၇ မှ ဩဂုတ် ၁၂ အထိ"


def test_a_burmese_day_span_across_years_writes_both_years(burmese):
    assert day_span(date(1987, 12, 27), date(1988, 8, 12)) == "၁၉၈၇ ဒီဇင်ဘာ ၂၇ မှ ၁၉၈၈ ဩဂုတ် ၁၂ အထိ"


def test_burmese_text_has_no_latin_digits(burmese):
    written = [number(1988.5), value_range(1, 2), date_text(date(2021, 2, 1)), long_date(date(2021, 2, 1)),
               day_span(date(2021, 2, 1), date(2021, 3, 1))]
    assert not any(character.isascii() and character.isdigit() for text in written for character in text)


def test_english_dates_are_unchanged_on_every_day_of_two_years():
    day = date(1988, 1, 1)
    while day < date(1990, 1, 1):
        for precision in ("day", "month", "year"):
            assert date_text(day, precision) == english_date_text(day, precision)
        assert long_date(day) == f"{day.day} {day:%B %Y}"
        day += timedelta(days=1)


def test_english_day_spans_are_unchanged():
    assert day_span(date(1988, 7, 27), date(1988, 8, 12)) == "27 Jul to 12 Aug 1988"
    assert day_span(date(1987, 12, 27), date(1988, 8, 12)) == "27 Dec 1987 to 12 Aug 1988"


def test_english_numbers_are_unchanged():
    assert number(1234567) == "1,234,567"
    assert number(-0.05) == "-0.1"
    assert value_range(3000, 10000) == "3,000–10,000"


def test_the_language_is_read_at_each_call_not_once():
    with use_language("my"):
        assert number(8888) == "၈,၈၈၈"
    assert number(8888) == "8,888"
