from i18n import use_language
from transforms import derive
from transforms.readings import outcomes as readings

ALL = ["immediate", "within_year", "long_term"]


def test_outcomes_reading_counts_the_rows_shown(tables):
    outcomes = tables["outcomes"]
    periods = derive.durations(tables["periods"])
    text = readings.reading(outcomes, periods, ["1988", "2021"], ALL)
    n1988 = (outcomes["movement"] == "1988").sum()
    n2021 = (outcomes["movement"] == "2021").sum()
    assert f"For the 1988 uprising the table shows {n1988} outcomes" in text
    assert f"For the 2021 movement the table shows {n2021} outcomes" in text
    armed = outcomes[outcomes["aspect"] == "armed_conflict"].groupby("movement", observed=True).size()
    assert f"widest gap is in armed conflict: {armed['1988']} for the 1988 uprising against {armed['2021']}" in text
    assert "the 1988 uprising lasted 41 to 379 days across 5 definitions" in text
    assert "(the longest still going on at its end date)" in text


def test_outcomes_reading_follows_the_filters(tables):
    outcomes = tables["outcomes"]
    periods = derive.durations(tables["periods"])
    long_term = outcomes[(outcomes["horizon"] == "long_term") & (outcomes["movement"] == "2021")]
    text = readings.reading(long_term, periods[periods["movement"] == "2021"], ["2021"], ["long_term"])
    assert f"shows {len(long_term)} outcomes ({len(long_term)} long-term)" in text
    assert "1988" not in text
    assert "widest gap" not in text


def test_outcomes_reading_follows_the_data(tables):
    outcomes = tables["outcomes"].copy()
    periods = derive.durations(tables["periods"])
    outcomes.loc[outcomes["movement"] == "1988", "aspect"] = "economy"
    text = readings.reading(outcomes, periods, ["1988"], ALL)
    assert "the most frequent aspect is economy" in text
    assert "No outcome of the 1988 uprising" in readings.reading(outcomes.iloc[0:0], periods, ["1988"], ALL)


def test_outcomes_reading_in_burmese_names_movements_horizons_and_aspects_in_burmese(tables):
    periods = derive.durations(tables["periods"])
    with use_language("my"):
        text = readings.reading(tables["outcomes"], periods, ["1988", "2021"], ALL)
    assert text.startswith("၁၉၈၈ အရေးတော်ပုံအတွက် ဇယားတွင် ရလဒ်")
    assert "ချက်ချင်း" in text and "လက်နက်ကိုင် ပဋိပက္ခ" in text
    assert "အစနှင့် အဆုံးကို မည်သည့်နေ့တွင် သတ်မှတ်သည်ပေါ် မူတည်၍" in text
    assert "the table shows" not in text and "armed conflict" not in text


def test_outcomes_reading_in_burmese_says_when_no_outcome_is_recorded(tables):
    periods = derive.durations(tables["periods"])
    none = tables["outcomes"].iloc[0:0]
    with use_language("my"):
        text = readings.reading(none, periods.iloc[0:0], ["2021"], ALL)
    assert text == "ရွေးထားသော အချိန်ကာလများအတွက် ၂၀၂၁ လှုပ်ရှားမှု၏ ရလဒ် မှတ်တမ်းတင်ထားခြင်း မရှိပါ။"
