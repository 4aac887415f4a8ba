"""The movements' labels and names: English as the code has them, messages of the catalogue translated into Burmese."""

from __future__ import annotations

import pytest

from i18n import _, catalogue, use_language
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_LABELS, MOVEMENT_NAMES


def test_movement_labels_and_names_stay_english_in_the_code():
    assert MOVEMENT_LABELS == {"1988": "1988 uprising", "2021": "2021 movement"}
    assert MOVEMENT_NAMES == {"1988": "the 1988 uprising", "2021": "the 2021 movement"}
    assert label("2021") == "2021 movement"


@pytest.mark.parametrize("name", [*MOVEMENT_LABELS.values(), *MOVEMENT_NAMES.values()])
def test_each_movement_name_is_extracted_from_the_vocabulary(name):
    message = catalogue.read(catalogue.TEMPLATE).get(name)
    assert "vocabulary/movements.py" in {path for path, _line in message.locations}


def test_movement_labels_read_in_burmese_where_shown():
    with use_language("my"):
        assert _(MOVEMENT_LABELS["1988"]) == "၁၉၈၈ အရေးတော်ပုံ"
        assert _(MOVEMENT_NAMES["2021"]) == "၂၀၂၁ လှုပ်ရှားမှု"
