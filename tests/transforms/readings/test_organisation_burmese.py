"""The Self-organisation readings for a Burmese reader: whole Burmese sentences, English unchanged."""

from __future__ import annotations

import re

from i18n import use_language
from transforms import derive
from transforms.localise import UNTRANSLATED_MARKER, gettext
from transforms.readings import organisation as readings

BOTH = ["1988", "2021"]
ENGLISH_WORDS = re.compile(r"\b(bodies|body|the|and|within|days|counts|had|for)\b")


def test_burmese_reading_is_in_burmese_throughout(tables):
    with use_language("my"):
        text = readings.reading(derive.founding_window(tables["organisations"]), BOTH)
    assert text.startswith("ဤစစ်ထုတ်ချက်များဖြင့် ၁၉၈၈ အရေးတော်ပုံတွင် အဖွဲ့ ")
    assert "အများဆုံး အဖွဲ့အမျိုးအစား- ၁၉၈၈တွင် နိုင်ငံရေးပါတီ" in text
    assert not ENGLISH_WORDS.search(text)


def test_burmese_reading_of_no_bodies(tables):
    with use_language("my"):
        assert readings.reading(tables["organisations"].iloc[0:0], ["1988"]) == "ဤစစ်ထုတ်ချက်များနှင့် ကိုက်ညီသော အဖွဲ့ မရှိပါ။"


def test_burmese_strike_reading_uses_the_rows_burmese_labels(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    with use_language("my"):
        shown = readings.localised_strike_counts(counts, tables["organisations"], tables["figures"])
        text = readings.strike_reading(shown, missing, BOTH)
    assert "၁၉၈၈ အရေးတော်ပုံ အတွက်- သပိတ်အဖွဲ့ " in text
    assert "မြို့နယ် သပိတ်စခန်းများ-" in text
    assert "ဝန်ထမ်းသပိတ် ကိန်းဂဏန်း မရှိ" in text
    assert "Township strike centres" not in text


def test_an_untranslated_comparability_note_stays_english_behind_the_marker(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    with use_language("my"):
        shown = readings.localised_strike_counts(counts, tables["organisations"], tables["figures"])
        marker = gettext(UNTRANSLATED_MARKER)
    notes = [note for note in shown["note"] if note]
    assert notes and all(note.startswith(f"{marker} How comparable:") or "How comparable:" not in note for note in notes)


def test_localised_strike_counts_leave_english_rows_unchanged(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    shown = readings.localised_strike_counts(counts, tables["organisations"], tables["figures"])
    assert shown[counts.columns].equals(counts)
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    assert readings.strike_reading(shown, missing, BOTH) == readings.strike_reading(counts, missing, BOTH)
