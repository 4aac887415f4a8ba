import re

from i18n import use_language
from transforms import derive
from transforms.readings import overview as readings


def test_overview_reading_is_built_from_the_rows(tables):
    periods = derive.durations(tables["periods"])
    text = readings.reading(tables["figures"], periods, ["1988", "2021"])
    assert "the 1988 uprising lasted 190 days" in text
    assert "the 2021 movement lasted 218 days" in text
    assert "3 heads of state" in text
    assert text.count(".") >= 2


def test_overview_reading_follows_the_data(tables):
    periods = derive.durations(tables["periods"]).copy()
    periods.loc[periods["period_id"] == "p1988-spark-coup", "duration_days"] = 191
    assert "lasted 191 days" in readings.reading(tables["figures"], periods, ["1988"])
    assert "2021" not in readings.reading(tables["figures"], periods, ["1988"])


MYANMAR = re.compile("[\u1000-\u109f]")


def test_overview_reading_in_burmese_is_written_from_the_burmese_templates(tables):
    periods = derive.durations(tables["periods"])
    with use_language("my"):
        text = readings.reading(tables["figures"], periods, ["1988", "2021"])
    assert text.startswith("အဓိက အဓိပ္ပာယ်ဖွင့်ဆိုချက်များအရ ၁၉၈၈ အရေးတော်ပုံသည်")
    # The headline period's own Burmese definition, not the English one.
    assert "နဝတ အာဏာသိမ်းမှု" in text and "SLORC coup" not in text
    assert "Under the headline definitions" not in text


def test_overview_reading_in_english_is_unchanged_by_the_burmese_catalogue(tables):
    periods = derive.durations(tables["periods"])
    with use_language("en"):
        text = readings.reading(tables["figures"], periods, ["1988"])
    assert text.startswith("Under the headline definitions, the 1988 uprising lasted 190 days from spark (12 Mar 1988)")
    assert not MYANMAR.search(text)
