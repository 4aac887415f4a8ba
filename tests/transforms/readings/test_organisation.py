import re

from i18n import use_language
from transforms import derive
from transforms.localise import UNTRANSLATED_MARKER, gettext
from transforms.readings import organisation as readings

BOTH = ["1988", "2021"]
ENGLISH_WORDS = re.compile(r"\b(bodies|body|the|and|within|days|counts|had|for)\b")


def test_reading_counts_bodies_within_30_and_100_days(tables):
    organisations = tables["organisations"]
    text = readings.reading(organisations, ["1988", "2021"])
    by_30 = derive.bodies_founded_by(organisations, 30)
    assert by_30.loc["1988", "surely"] == 1
    assert "the 1988 uprising counts 20 bodies" in text
    assert (
        f"Within 30 days of day 0, the 1988 uprising had 1 body for certain, up to {by_30.loc['1988', 'possibly']}"
        in text
    )
    assert f"the 2021 movement had {by_30.loc['2021', 'surely']} bodies for certain" in text
    assert "Within 100 days of day 0" in text
    assert "political party in 1988 (5)" in text


def test_reading_follows_the_filtered_rows(tables):
    organisations = tables["organisations"]
    strike_bodies = organisations[organisations["org_type"] == "strike_committee"]
    text = readings.reading(strike_bodies, ["2021"])
    assert f"the 2021 movement counts {(strike_bodies['movement'] == '2021').sum()} bodies" in text
    assert "1988" not in text
    assert readings.reading(organisations.iloc[0:0], ["1988"]) == "No body matches these filters."


def test_strike_reading_names_counts_and_missing_figures(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    text = readings.strike_reading(counts, missing, ["1988", "2021"])
    assert "Township strike centres: 200 townships with strike centres (of 314)" in text
    assert "no civil-service strike figure (missing)" in text
    assert "no count of strike committees (missing)" not in text
    assert "3 counts of strike committees in 3 different units" in text
    civil = counts[(counts["movement"] == "2021") & (counts["kind"] == "civil_service_strike")]
    assert f"{len(civil)} civil-service strike figures in {civil['unit'].nunique()} different units" in text


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


def test_a_translated_comparability_note_reads_in_burmese(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    with use_language("my"):
        shown = readings.localised_strike_counts(counts, tables["organisations"], tables["figures"])
    notes = [note for note in shown["note"] if note]
    assert notes and all(note.startswith("နှိုင်းယှဉ်နိုင်ပုံ:") for note in notes)


def test_an_untranslated_comparability_note_stays_english_behind_the_marker(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    figures = tables["figures"]
    compared = figures["definition"].str.contains("How comparable:", regex=False)
    untranslated = figures.assign(definition_my=figures["definition_my"].mask(compared))
    with use_language("my"):
        shown = readings.localised_strike_counts(counts, tables["organisations"], untranslated)
        marker = gettext(UNTRANSLATED_MARKER)
    notes = [note for note in shown["note"] if note]
    assert notes and all(note.startswith(f"{marker} How comparable:") for note in notes)


def test_localised_strike_counts_leave_english_rows_unchanged(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    shown = readings.localised_strike_counts(counts, tables["organisations"], tables["figures"])
    assert shown[counts.columns].equals(counts)
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    assert readings.strike_reading(shown, missing, BOTH) == readings.strike_reading(counts, missing, BOTH)
