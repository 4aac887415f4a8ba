"""The Timeline's reading for a Burmese reader: whole Burmese sentences, Myanmar digits in the years."""

from __future__ import annotations

import re

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


def test_english_reading_joins_three_kinds_with_commas_and_and():
    assert readings.joined(["a", "b", "c"]) == "a, b and c"
    with use_language("my"):
        assert readings.joined(["a", "b", "c"]) == "a၊ b နှင့် c"
