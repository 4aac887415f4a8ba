"""The About page's readings in Burmese (whole-sentence templates, Myanmar digits) and the translated share's reading."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from i18n import localise_digits, use_language
from transforms.localise import translated_share
from transforms.readings import about as readings

LATIN_DIGIT = re.compile(r"[0-9]")
MYANMAR_LETTER = re.compile(r"[\u1000-\u109f]")


def share_frame(*rows: tuple[str, str, int, int]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["table", "column", "rows", "translated"])
    return frame.assign(share=frame["translated"] / frame["rows"])


def test_the_burmese_reading_counts_the_ranges_in_myanmar_digits(tables):
    figures, economy = tables["figures"], tables["economy"]
    with use_language("my"):
        text = readings.reading(figures, economy)
    ranges = localise_digits(str(len(readings.figure_ranges(figures))), "my")
    assert f"{ranges} တန်းသည်" in text
    assert not LATIN_DIGIT.search(text)


def test_the_burmese_reading_names_the_widest_disagreement_in_burmese(tables):
    with use_language("my"):
        text = readings.reading(tables["figures"], tables["economy"])
    assert "၁၉၈၈ တွင် အကြီးဆုံး ကွဲလွဲချက်" in text
    assert "GDP တိုးနှုန်း" in text
    assert "The widest" not in text


def test_measure_names_are_translated_with_their_variant():
    with use_language("my"):
        assert readings.measure_name("exchange_rate", "market") == "ငွေလဲနှုန်း (ပြင်ပဈေးကွက်)"
    assert readings.measure_name("exchange_rate", "market") == "Exchange rate (market)"


def test_every_measure_of_the_economy_table_has_a_burmese_name(tables):
    measures = tables["economy"][["indicator_id", "variant"]].astype("string").fillna("").drop_duplicates()
    for indicator, variant in measures.itertuples(index=False):
        with use_language("my"):
            burmese = readings.measure_name(indicator, variant)
        assert MYANMAR_LETTER.search(burmese), (indicator, variant, burmese)


def test_a_table_is_fully_translated_only_when_every_column_is():
    share = share_frame(("events", "description", 10, 10), ("figures", "label", 5, 5), ("figures", "unit", 5, 4))
    assert readings.fully_translated(share).to_dict() == {"events": True, "figures": False}


def test_the_translation_reading_counts_fully_translated_tables():
    share = share_frame(("events", "description", 10, 10), ("figures", "label", 5, 4))
    assert readings.translation_reading(share) == "1 of 2 tables with Burmese text fully translated."


def test_the_translation_reading_says_one_table_in_the_singular():
    assert readings.translation_reading(share_frame(("events", "description", 3, 3))) == (
        "1 of 1 table with Burmese text fully translated."
    )


def test_the_burmese_translation_reading_uses_myanmar_digits():
    share = share_frame(("events", "description", 10, 10), ("figures", "label", 5, 4))
    with use_language("my"):
        assert readings.translation_reading(share) == "မြန်မာစာသား ပါဝင်သော ဇယား ၂ ခုအနက် ၁ ခုကို အပြည့်အဝ ဘာသာပြန်ပြီး ဖြစ်သည်။"


@pytest.mark.parametrize("language", ["en", "my"])
def test_the_translation_reading_follows_the_data(tables, language):
    share = translated_share(tables)
    with use_language(language):
        text = readings.translation_reading(share)
    assert localise_digits(str(readings.fully_translated(share).sum()), language) in text
