"""Numbers and dates: Myanmar digits, Burmese month names and date order; English as the dashboard writes it today."""

from datetime import date

import pytest
from babel import Locale
from babel.numbers import format_decimal

import i18n

AUG_8_1988 = date(1988, 8, 8)


def test_a_year_is_written_in_myanmar_digits():
    assert i18n.localise_digits("1988", "my") == "၁၉၈၈"


def test_digits_stay_latin_in_english():
    assert i18n.localise_digits("1988", "en") == "1988"


def test_digits_follow_the_current_language():
    with i18n.use_language("my"):
        assert i18n.localise_digits("8888") == "၈၈၈၈"


def test_burmese_numbers_are_grouped_in_thousands_with_myanmar_digits():
    assert i18n.format_number(1234567, language="my") == "၁,၂၃၄,၅၆၇"


def test_burmese_decimals_keep_the_point():
    assert i18n.format_number(59.9, language="my") == "၅၉.၉"


@pytest.mark.parametrize("value", [0, 7, 1988, 29000, 2625000, 1234567])
def test_burmese_grouping_matches_babels_my_locale_with_digits_mapped(value):
    assert i18n.format_number(value, language="my") == i18n.localise_digits(format_decimal(value, locale="my"), "my")


def test_english_numbers_are_unchanged():
    assert i18n.format_number(2625000, language="en") == "2,625,000"
    assert i18n.format_number(59.94, language="en") == "59.9"


def test_a_missing_number_is_a_dash():
    assert i18n.format_number(float("nan"), language="my") == "—"


def test_a_range_joins_low_and_high_with_an_en_dash():
    assert i18n.format_range(3000, 10000, language="my") == "၃,၀၀၀–၁၀,၀၀၀"
    assert i18n.format_range(3000, 10000, language="en") == "3,000–10,000"


def test_a_range_without_a_high_is_one_value():
    assert i18n.format_range(350, None, language="my") == "၃၅၀"


def test_burmese_month_names_are_cldrs():
    wide = Locale("my").months["format"]["wide"]
    assert [i18n.month_name(m, language="my") for m in range(1, 13)] == [wide[m] for m in range(1, 13)]


def test_the_short_burmese_month_is_the_full_name():
    assert i18n.month_name(8, "short", language="my") == "ဩဂုတ်"


def test_8_august_1988_in_burmese_long_form():
    assert i18n.format_date(AUG_8_1988, "day", "long", language="my") == "၁၉၈၈ ခုနှစ် ဩဂုတ်လ ၈ ရက်"


def test_8_august_1988_in_burmese_short_form():
    assert i18n.format_date(AUG_8_1988, "day", "short", language="my") == "၁၉၈၈ ဩဂုတ် ၈"


def test_a_burmese_month_precision_date_has_no_day():
    assert i18n.format_date(date(2021, 2, 1), "month", "long", language="my") == "၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ"


def test_a_burmese_year_precision_date_is_the_year():
    assert i18n.format_date(AUG_8_1988, "year", "long", language="my") == "၁၉၈၈ ခုနှစ်"


@pytest.mark.parametrize(
    ("precision", "style", "expected"),
    [("day", "short", "8 Aug 1988"), ("day", "long", "8 August 1988"), ("month", "short", "Aug 1988"),
     ("month", "long", "August 1988"), ("year", "short", "1988")],
)
def test_english_dates_are_written_as_today(precision, style, expected):
    assert i18n.format_date(AUG_8_1988, precision, style, language="en") == expected


def test_english_short_dates_match_strftime():
    assert i18n.format_date(date(2021, 2, 1), language="en") == f"{date(2021, 2, 1).day} {date(2021, 2, 1):%b %Y}"


def test_an_unknown_precision_is_refused():
    with pytest.raises(ValueError):
        i18n.format_date(AUG_8_1988, "week")


def test_a_burmese_date_range_reads_from_to():
    assert (
        i18n.format_date_range(date(1988, 3, 12), date(1988, 9, 18), language="my")
        == "၁၉၈၈ မတ် ၁၂ မှ ၁၉၈၈ စက်တင်ဘာ ၁၈ အထိ"
    )


def test_an_english_date_range_reads_to():
    assert i18n.format_date_range(date(1988, 3, 12), date(1988, 9, 18), language="en") == "12 Mar 1988 to 18 Sep 1988"
