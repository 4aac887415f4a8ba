import re
import pandas as pd
import pytest

from i18n import use_language
from tests import derived
from transforms import derive
from transforms.readings import timeline as readings
from transforms.schema import EVENT_CATEGORIES

ALL = list(EVENT_CATEGORIES)
BOTH = ["1988", "2021"]
EVERYTHING = (-100_000, 100_000)


@pytest.fixture(scope="module")
def events(tables):
    return derive.with_day_offset(tables["events"])


def test_timeline_reading_counts_the_window_and_dates_the_first_strikes(events):
    chosen = derived.filter_events(events, BOTH, ALL, "day", EVERYTHING)
    shown = derived.filter_events(events, BOTH, ALL, "day", (-193, 2676))
    text = readings.reading(shown, chosen, BOTH, ALL)
    in_1988 = (shown["movement"] == "1988").sum()
    in_2021 = (shown["movement"] == "2021").sum()
    assert f"the 1988 uprising has {in_1988} events" in text
    assert f"the 2021 movement has {in_2021} events" in text
    assert f"{len(chosen) - len(shown)} more events" in text
    # The Four Eights strike and the first CDM walkouts, on 2 Feb 2021 by the ITUC's date (3 Feb by the wires).
    assert "the first strike came on day 149 in 1988 (8 Aug 1988) and day 1 in 2021 (2 Feb 2021)" in text
    assert "the first armed resistance event on day 234 in 1988 (1 Nov 1988)" in text


def test_timeline_reading_names_the_commonest_kind_from_the_rows(events):
    shown = derived.filter_events(events, ["2021"], ["strike", "protest"], "day", (0, 100))
    chosen = derived.filter_events(events, ["2021"], ["strike", "protest"], "day", EVERYTHING)
    counts = shown["category"].astype(str).value_counts()
    text = readings.reading(shown, chosen, ["2021"], ["strike", "protest"])
    assert f"the 2021 movement has {len(shown)} events" in text
    top = counts.idxmax()
    assert f"{top}s the commonest ({counts.max()})" in text
    assert "1988" not in text


def test_timeline_reading_follows_the_data(events):
    shown = derived.filter_events(events, ["1988"], ["strike"], "day", (0, 300)).copy()
    shown["date"] = pd.Timestamp("1988-08-09")
    shown["day"] = 150
    text = readings.reading(shown, shown, ["1988"], ["strike"])
    assert "day 150 in 1988 (9 Aug 1988)" in text
    assert "outside" not in text


def test_timeline_reading_of_an_empty_window_says_so(events):
    chosen = derived.filter_events(events, BOTH, ["strike"], "day", EVERYTHING)
    text = readings.reading(chosen.iloc[0:0], chosen, BOTH, ["strike"])
    assert text == f"None of the {len(chosen)} events of the movements and kinds chosen falls inside this window."


def test_month_precision_dates_read_as_months(events):
    # Day 142 of 1988 is 1 August, the stored day of a crackdown known only to the month.
    shown = derived.filter_events(events, ["1988"], ["crackdown"], "day", (141, 143))
    assert set(shown["date_precision"]) == {"month"}
    text = readings.reading(shown, shown, ["1988"], ["crackdown"])
    assert "(Aug 1988)" in text


def test_burmese_reading_is_in_myanmar_script_without_english_words(events):
    shown = derived.filter_events(events, BOTH, ALL, "day", (-193, 2676))
    chosen = derived.filter_events(events, BOTH, ALL, "day", EVERYTHING)
    with use_language("my"):
        text = readings.reading(shown, chosen, BOTH, ALL)
    assert "ဤအချိန်ကာလအတွင်း" in text and "၁၉၈၈ အရေးတော်ပုံ" in text
    # Latin letters only in the dates, which vocabulary.formatting writes.
    assert not re.search(r"\b(events?|the|and|day|has)\b", text)


def test_burmese_reading_writes_the_movements_years_in_myanmar_digits(events):
    shown = derived.filter_events(events, ["1988"], ["strike"], "day", (0, 300))
    with use_language("my"):
        text = readings.reading(shown, shown, ["1988"], ["strike"])
    assert "၁၉၈၈တွင် နေ့" in text and "ပထမဆုံး သပိတ်သည်" in text


def test_burmese_reading_of_an_empty_window_counts_what_it_leaves_out(events):
    chosen = derived.filter_events(events, ["2021"], ["strike"], "day", EVERYTHING)
    with use_language("my"):
        text = readings.reading(chosen.iloc[0:0], chosen, ["2021"], ["strike"])
    assert text.startswith("ရွေးထားသော") and "တစ်ခုမျှ" in text

