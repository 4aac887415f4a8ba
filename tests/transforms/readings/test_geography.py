"""The Where page's reading: computed from the numbers, one whole sentence at a time."""

from __future__ import annotations

import pandas as pd

from i18n import use_language
from tests.burmese import LATIN_LETTER

from tests.transforms.test_geography import UNITS, events
from transforms import geography
from transforms.readings import geography as reading


def read(rows: pd.DataFrame, movements=("1988", "2021")) -> str:
    movements = list(movements)
    out = geography.by_unit(rows, "event_id", "description", UNITS, movements)
    return reading.reading(rows, out, geography.totals(rows, "event_id", movements), movements, "events")


def test_names_the_place_holding_most_placed_rows_with_its_share():
    rows = events(("a", "1988", "MM-06"), ("b", "1988", "MM-06"), ("c", "1988", "MM-04"))
    assert "Of the 1988 uprising's 3 placed events of 1988, 67 % were in Yangon Region." in read(rows, ["1988"])


def test_names_several_places_when_one_does_not_hold_half():
    rows = events(("a", "2021", "MM-01"), ("b", "2021", "MM-03"), ("c", "2021", "MM-14"), ("d", "2021", "MM-06"))
    assert "50 % were in Sagaing Region and Magway Region." in read(rows, ["2021"])


def test_all_in_one_place_says_all():
    assert "All 2 of the 2021 movement's placed events of 2021 were in Chin State." in read(
        events(("a", "2021", "MM-14"), ("b", "2021", "MM-14")), ["2021"]
    )


def test_nationwide_and_abroad_are_reported_beside_the_map():
    text = read(events(("a", "2021", "MM-14"), ("b", "2021", "nationwide"), ("c", "2021", "abroad")), ["2021"])
    assert "Beside the map, not on it: the 2021 movement's 1 nationwide and 1 abroad events." in text


def test_beside_the_map_names_only_the_kinds_a_movement_has():
    text = read(events(("a", "1988", "MM-06"), ("b", "1988", "nationwide"), ("c", "1988", "nationwide")), ["1988"])
    assert "Beside the map, not on it: the 1988 uprising's 2 nationwide events." in text and "abroad" not in text


def test_a_movement_with_nothing_placed_says_so():
    assert "The 1988 uprising has no events placed in a state or region in this window." in read(events(("a", "1988", "nationwide")), ["1988"])


def test_multi_code_rows_are_explained():
    assert "One of these rows names several states or regions and counts once in each" in read(events(("a", "1988", "MM-06~MM-04")), ["1988"])


def test_missing_census_figures_name_the_tiles_and_why_naypyidaw_has_none_in_1983():
    out = geography.by_unit(events(("a", "1988", "MM-06")), "event_id", "description", UNITS, ["1988", "2021"])
    notes = reading.missing_rates(out, ["1988", "2021"])
    assert len(notes) == 1 and "no 1983 census figure" in notes[0] and "Naypyidaw Union Territory" in notes[0]
    assert "Naypyidaw did not exist in 1983" in notes[0]



def test_burmese_reading_names_the_place_in_burmese_with_myanmar_digits():
    rows = events(("a", "1988", "MM-06"), ("b", "1988", "MM-06"), ("c", "1988", "MM-04"))
    with use_language("my"):
        text = read(rows, ["1988"])
    assert "၁၉၈၈ အရေးတော်ပုံ၏ နေရာသိရသော ဖြစ်ရပ် ၃ ခုအနက် ၆၇ % သည် ရန်ကုန်တိုင်းဒေသကြီးတွင်" in text
    assert not LATIN_LETTER.search(text)


def test_burmese_reading_of_rows_beside_the_map_is_in_burmese():
    rows = events(("a", "2021", "MM-06"), ("b", "2021", "nationwide"), ("c", "2021", "abroad"))
    with use_language("my"):
        text = read(rows, ["2021"])
    assert "တစ်နိုင်ငံလုံးဆိုင်ရာ ၁ ခုနှင့် ပြည်ပ ၁ ခု" in text


def test_burmese_missing_rate_names_naypyidaw_in_burmese_and_says_why():
    rows = events(("a", "1988", "MM-06"))
    numbers = geography.by_unit(rows, "event_id", "description", UNITS, ["1988"])
    with use_language("my"):
        text = " ".join(reading.missing_rates(numbers, ["1988"]))
    assert "နေပြည်တော် ပြည်ထောင်စုနယ်မြေ" in text and "၁၉၈၃" in text and "1983" not in text


def test_english_reading_is_unchanged_after_a_burmese_one():
    rows = events(("a", "1988", "MM-06"), ("b", "1988", "MM-06"), ("c", "1988", "MM-04"))
    with use_language("my"):
        read(rows, ["1988"])
    assert "Of the 1988 uprising's 3 placed events of 1988, 67 % were in Yangon Region." in read(rows, ["1988"])
