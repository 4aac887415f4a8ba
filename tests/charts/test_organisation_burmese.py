"""Self-organisation figures for a Burmese reader: titles, legends, labels and hover text in Burmese."""

from __future__ import annotations

import re

import pytest

from charts import organisation
from charts.repression import row_labels
from i18n import use_language
from transforms import derive
from transforms.localise import UNTRANSLATED_MARKER
from transforms.readings.organisation import localised_strike_counts
from vocabulary.formatting import number

BOTH = ["1988", "2021"]
MYANMAR = re.compile("[\u1000-\u109f]")
LATIN_LETTER = re.compile("[A-Za-z]")


@pytest.fixture(scope="module")
def windows(tables):
    return derive.founding_window(tables["organisations"])


def _flat(text: str) -> str:
    return text.replace("<br>", "").replace(" ", "")


def test_burmese_titles_are_in_myanmar_script(tables, windows):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    with use_language("my"):
        shown = localised_strike_counts(counts, tables["organisations"], tables["figures"])
        figures = [organisation.founding_days(windows, BOTH), organisation.bodies_by_type_and_level(windows, BOTH),
                   organisation.strike_counts(shown, {}, BOTH)]
    for fig in figures:
        assert MYANMAR.search(fig.layout.title.text) and not LATIN_LETTER.search(fig.layout.title.text)


def test_burmese_founding_chart_names_its_series_and_panels_in_burmese(windows):
    with use_language("my"):
        fig = organisation.founding_days(windows, BOTH)
    names = [trace.name for trace in fig.data if trace.name != "names"]
    assert names[:2] == ["၁၉၈၈ အရေးတော်ပုံ- လ သို့မဟုတ် နှစ်ကိုသာ သိသော ရက်စွဲ", "၁၉၈၈ အရေးတော်ပုံ- တိကျသော ရက်စွဲ"]
    assert fig.layout.annotations[0].text.startswith("၁၉၈၈ အရေးတော်ပုံ (နေ့ ၀ = ")


def test_burmese_founding_chart_labels_bodies_with_their_burmese_names(windows):
    row = windows[windows["name_my"].fillna("").str.strip() != ""].iloc[0]
    with use_language("my"):
        fig = organisation.founding_days(windows, [str(row["movement"])])
    labels = [text.strip("\u2002") for trace in fig.data if trace.name == "names" for text in trace.text]
    assert organisation.short_name(row["name_my"]) in labels
    hovers = [hover for trace in fig.data if trace.hovertext is not None for hover in trace.hovertext]
    assert any(_flat(row["description_my"]) in _flat(hover) for hover in hovers)


def test_burmese_founding_axis_ticks_are_numbers_in_the_readers_language(windows):
    with use_language("my"):
        fig = organisation.founding_days(windows, BOTH)
        axis = fig.layout.xaxis
        assert list(axis.ticktext) == [number(value) for value in axis.tickvals]


def test_burmese_grid_translates_kinds_and_levels(windows):
    with use_language("my"):
        fig = organisation.bodies_by_type_and_level(windows, BOTH)
    assert "ကျောင်းသားသမဂ္ဂ" in fig.data[0].y and "မြို့နယ်" in fig.data[0].x
    assert [trace.name for trace in fig.data] == ["၁၉၈၈ အရေးတော်ပုံ", "၂၀၂၁ လှုပ်ရှားမှု"]


def test_burmese_strike_chart_says_what_is_missing_in_burmese(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    with use_language("my"):
        shown = localised_strike_counts(counts, tables["organisations"], tables["figures"])
        fig = organisation.strike_counts(shown, missing, BOTH)
    texts = row_labels(fig)
    assert "<b>၁၉၈၈ အရေးတော်ပုံ</b>" in texts and "မြို့နယ် သပိတ်စခန်းများ" in texts
    assert "<i>ကိန်းဂဏန်း မရှိ- ဖတ်ရှုထားသော ရင်းမြစ်တစ်ခုမျှ ကိန်းဂဏန်း မပေးပါ</i>" in texts


def test_short_name_cuts_a_long_burmese_name_between_syllables():
    name = "ဗမာပြည်ကွန်မြူနစ်ပါတီ မြေအောက်ကွန်ရက်"
    short = organisation.short_name(name)
    assert short.endswith("…") and name.startswith(short[:-1])
    # The cut falls before a consonant that starts a syllable, never inside one.
    assert not re.match("[\u102b-\u103e]", name[len(short) - 1])


def test_english_names_and_titles_are_unchanged(windows):
    fig = organisation.founding_days(windows, BOTH)
    assert fig.layout.title.text == "How fast did each movement organise?"
    assert fig.data[1].name == "1988 uprising: exact date"
    assert fig.layout.xaxis.ticktext is None


def test_untranslated_strike_unit_is_shown_behind_the_marker(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    with use_language("my"):
        shown = localised_strike_counts(counts, tables["organisations"], tables["figures"])
        marker = organisation._(UNTRANSLATED_MARKER)
    body = shown[shown["row_id"] == "org1988-township-strike-centres"].iloc[0]
    assert body["label"] == "မြို့နယ် သပိတ်စခန်းများ"
    assert body["unit"] == f"{marker} townships with strike centres (of 314)"
    english = counts[counts["row_id"] == "org1988-township-strike-centres"].iloc[0]
    assert english["label"] == "Township strike centres"


def test_a_long_burmese_name_is_shortened_to_its_burmese_abbreviation():
    assert organisation.short_name("မြန်မာနိုင်ငံလုံးဆိုင်ရာ ကျောင်းသားသမဂ္ဂများအဖွဲ့ချုပ် (ဗကသ)") == "ဗကသ"
