from i18n import use_language
from transforms import derive
from transforms.readings import repression as readings

ALL = ["deaths", "arrests", "displaced", "participation"]


def _parts(tables):
    figures = tables["figures"]
    return figures, derive.official_against_independent(figures), derive.dated_series(figures)


def test_reading_sets_official_against_independent_deaths(tables):
    figures, pairs, series = _parts(tables)
    text = readings.reading(figures, pairs, series, ["1988", "2021"], ALL)
    # 726 / 258 on 15 April 2021; 150 / 23 on 19 September 1988; 3,000-10,000 / 350 over 1988.
    assert "2.8 times the official one on 15 Apr 2021 (726 against 258)" in text
    assert "6.5 times the official one on 19 Sep 1988 (150 against 23)" in text
    assert "8.6 to 28.6 times the official one over the whole movement (3,000–10,000 against 350)" in text


def test_reading_describes_the_dated_running_totals(tables):
    figures, pairs, series = _parts(tables)
    text = readings.reading(figures, pairs, series, ["2021"], ["deaths", "arrests"])
    assert "rose from 726 on 15 Apr 2021 to 7,265 on 17 Sep 2025, 10.0 times the first of its 21 dated counts" in text
    assert "arrests in the 2021 movement rose from 6,060 on 15 Jun 2021 to 29,690 on 17 Sep 2025, 4.9 times the first of its 15 dated counts" in text
    assert "1988" not in text


def test_reading_follows_the_metric_filter_and_says_missing(tables):
    figures, pairs, series = _parts(tables)
    text = readings.reading(figures, pairs, series, ["1988", "2021"], ["displaced"])
    assert "Deaths" not in text and "running count of deaths" not in text
    assert "running count of displaced in the 2021 movement" in text
    shown = figures[figures["metric"] == "displaced"]
    assert f"{(shown['movement'] == '2021').sum()} figures for the 2021 movement" in text
    without = figures[~((figures["movement"] == "1988") & (figures["metric"] == "displaced"))]
    text = readings.reading(without, pairs, series, ["1988", "2021"], ["displaced"])
    assert "For the 1988 uprising no source read gives displaced: missing." in text


def test_series_reading_tells_how_each_running_total_grew_and_who_has_none(tables):
    _, _, series = _parts(tables)
    text = readings.series_reading(series, ["1988", "2021"])
    assert "rose from 726 on 15 Apr 2021 to 7,265 on 17 Sep 2025" in text
    assert "No monitor gives dated running totals for the 1988 uprising." in text
    assert "figures for" not in text  # nothing about rows the chart does not show
    assert readings.series_reading(series, ["1988"]) == "No monitor gives dated running totals for the 1988 uprising."


def test_reading_in_burmese_sets_the_counts_against_each_other_in_burmese(tables):
    figures, pairs, series = _parts(tables)
    with use_language("my"):
        text = readings.reading(figures, pairs, series, ["1988", "2021"], ["deaths"])
    assert text.startswith("ပြထားသည်- ၁၉၈၈ အရေးတော်ပုံအတွက် ကိန်းဂဏန်း")
    assert "လွတ်လပ်သော ရေတွက်ချက်သည်" in text
    # Ratios are written with Myanmar digits.
    assert "၈.၆ မှ ၂၈.၆ ဆ" in text
    assert "the independent count" not in text and "times" not in text


def test_series_reading_in_burmese_says_which_movement_has_no_running_totals(tables):
    _, _, series = _parts(tables)
    with use_language("my"):
        text = readings.series_reading(series, ["1988"])
    assert text == "၁၉၈၈ အရေးတော်ပုံအတွက် ရက်စွဲပါ စုစုပေါင်း ကိန်းဂဏန်းများကို မည်သည့် စောင့်ကြည့်အဖွဲ့ကမျှ မပေးပါ။"
