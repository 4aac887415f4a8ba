from transforms import derive
from transforms.readings import economy as readings

FULL = (1960, 2024)


def rows(tables, indicator, window=FULL):
    return derive.economy_series(tables["economy"], indicator, window)


def test_growth_reading_gives_each_movement_year_as_a_range_across_sources(tables):
    text = readings.reading(rows(tables, "gdp_growth"), "gdp_growth", FULL, tables["periods"])
    growth_1988 = rows(tables, "gdp_growth", (1988, 1988))
    low, high = growth_1988["value"].min(), growth_1988["value"].max()
    assert f"In the year labelled 1988 (the 1988 uprising), real GDP growth ranged from −{abs(low):.1f}%" in text
    assert f"to {high:.1f}% (Mitchell, Intl Historical Statistics), across {len(growth_1988)} series" in text
    assert "IMF WEO Oct 2024, an estimate" in text  # 2021: the IMF value is an estimate
    deepest = rows(tables, "gdp_growth").sort_values("value").iloc[0]
    assert f"The deepest fall between 1960 and 2024 is −{abs(deepest['value']):.1f}% in {deepest['year']}" in text


def test_inflation_reading_finds_the_peak_inside_the_window(tables):
    window = (1985, 1995)
    shown = rows(tables, "inflation", window)
    peak = shown.sort_values("value").iloc[-1]
    text = readings.reading(shown, "inflation", window, tables["periods"])
    assert f"Inflation peaks between 1985 and 1995 at {peak['value']:.1f}% in {peak['year']}" in text
    assert "2021" not in text


def test_exchange_rate_reading_separates_official_and_market_rates(tables):
    text = readings.reading(rows(tables, "exchange_rate"), "exchange_rate", FULL, tables["periods"],
                            tables["exchange_rate_quotes"])
    assert "the official rate was 6.4 (both series)" in text
    assert "the market rate was 16.9 (Penn World Table" in text
    quotes = tables["exchange_rate_quotes"]
    top = quotes[quotes["rate_type"] == "market"]["rate_low"].max()
    # The August 2022 grey-market peak is quoted as "more than 4,500": a lower bound, said as one.
    assert f"the highest market rate shown is at least {top:,.0f} kyat (a dated quote of Aug 2022)" in text


def test_highest_quote_is_read_as_a_lower_bound_only_where_the_data_marks_it_so(tables):
    window = (2021, 2021)
    quotes = tables["exchange_rate_quotes"]
    text = readings.reading(rows(tables, "exchange_rate", window), "exchange_rate", window, tables["periods"], quotes)
    assert "the highest market rate shown is at least 3,000 kyat (a dated quote of Sep 2021)" in text
    unmarked = quotes.assign(description=quotes["description"].str.replace(derive.LOWER_BOUND_NOTE, "", regex=False))
    text = readings.reading(rows(tables, "exchange_rate", window), "exchange_rate", window, tables["periods"], unmarked)
    assert "the highest market rate shown is 3,000 kyat (a dated quote of Sep 2021)" in text


def test_highest_quote_of_a_range_is_its_high_end(tables):
    window = (2023, 2024)  # April 2024: about 3,900 before Thingyan and 4,100 after it
    text = readings.reading(rows(tables, "exchange_rate", window), "exchange_rate", window, tables["periods"],
                            tables["exchange_rate_quotes"])
    assert "the highest market rate shown is 4,100 kyat (a dated quote of Apr 2024)" in text


def test_gdp_per_capita_reading_keeps_each_unit(tables):
    text = readings.reading(rows(tables, "gdp_per_capita", (1980, 2000)), "gdp_per_capita", (1980, 2000), tables["periods"])
    assert "1,207 2011 international dollars (PPP) (Maddison Project 2023)" in text
    assert "times its 1980 level in 2000" in text


def test_reading_follows_the_data(tables):
    shown = rows(tables, "gdp_growth").copy()
    shown.loc[shown["year"] == 1988, "value"] = 1.5
    text = readings.reading(shown, "gdp_growth", FULL, tables["periods"])
    assert "1.5% (all 5 series)" in text
    assert readings.reading(shown.iloc[0:0], "gdp_growth", (1960, 1961), tables["periods"]).startswith("No source gives")


def test_burmese_reading_writes_whole_sentences_with_myanmar_digits(tables):
    from i18n import use_language

    with use_language("my"):
        text = readings.reading(rows(tables, "gdp_growth"), "gdp_growth", FULL, tables["periods"])
    assert "၁၉၈၈ ဟု မှတ်သားထားသော နှစ် (၁၉၈၈ အရေးတော်ပုံ) တွင် အသားတင် GDP တိုးနှုန်း သည်" in text
    assert "၁၉၆၀ မှ ၂၀၂၄ အတွင်း အနိမ့်ဆုံး ကျဆင်းမှုမှာ" in text
    assert "1988" not in text and "Between" not in text


def test_burmese_exchange_rate_reading_names_the_lower_bound(tables):
    from i18n import use_language

    window = (2021, 2021)
    with use_language("my"):
        text = readings.reading(rows(tables, "exchange_rate", window), "exchange_rate", window, tables["periods"],
                                tables["exchange_rate_quotes"])
    assert "အမြင့်ဆုံး ပြင်ပဈေးကွက်နှုန်းမှာ အနည်းဆုံး ၃,၀၀၀ ကျပ်" in text


def test_empty_reading_in_burmese_names_the_indicator_and_years(tables):
    from i18n import use_language

    shown = rows(tables, "inflation").iloc[0:0]
    with use_language("my"):
        text = readings.reading(shown, "inflation", (1960, 1961), tables["periods"])
    assert text == "၁၉၆၀ မှ ၁၉၆၁ အတွင်း ငွေကြေးဖောင်းပွမှု ကို မည်သည့် ရင်းမြစ်ကမျှ မပေးပါ။"


def test_burmese_reading_names_the_series_in_burmese(tables):
    from i18n import use_language

    with use_language("my"):
        text = readings.reading(rows(tables, "gdp_growth"), "gdp_growth", FULL, tables["periods"])
    assert "IMF WEO ၂၀၂၄ အောက်တိုဘာ" in text  # IMF WEO Oct 2024
    assert "IMF WEO Oct 2024" not in text and "[အင်္ဂလိပ်]" not in text

