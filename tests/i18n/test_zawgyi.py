"""Burmese text is Unicode Myanmar, never Zawgyi: the detector, the catalogue and the data's Burmese columns."""

import csv
import unicodedata

import pytest

from i18n.zawgyi import looks_like_zawgyi
from transforms.load import DATA_DIR

UNICODE_WORDS = ["မြန်မာ", "ရန်ကုန်", "မန္တလေး", "စစ်ကိုင်း", "ကျောင်းသားသမဂ္ဂ", "ဥက္ကဋ္ဌ", "ဩဂုတ်", "၁၉၈၈", "ပြည်သူ့ကာကွယ်ရေးတပ်"]
# The same words typed in Zawgyi: vowel E and medial RA before the consonant, U+1039 as the killer, glyph slots.
ZAWGYI_WORDS = ["ျမန္မာ", "ရန္ကုန္", "ေက်ာင္းသား", "ေနျပည္ေတာ္", "မ\u1060"]


@pytest.mark.parametrize("text", UNICODE_WORDS)
def test_unicode_myanmar_is_not_taken_for_zawgyi(text):
    assert not looks_like_zawgyi(text)


@pytest.mark.parametrize("text", ZAWGYI_WORDS)
def test_zawgyi_is_detected(text):
    assert looks_like_zawgyi(text)


def _burmese_cells():
    for path in sorted(DATA_DIR.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as file:
            for number, row in enumerate(csv.DictReader(file), start=2):
                for column, value in row.items():
                    if column.endswith("_my") and value:
                        yield f"{path.name}:{number}:{column}", value


def test_the_datas_burmese_columns_are_unicode_myanmar():
    assert [where for where, text in _burmese_cells() if looks_like_zawgyi(text)] == []


def test_the_datas_burmese_columns_are_nfc_normalised():
    assert [where for where, text in _burmese_cells() if not unicodedata.is_normalized("NFC", text)] == []
