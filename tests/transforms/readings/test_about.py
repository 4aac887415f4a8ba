"""Where sources disagree, computed from the rows: figures given as ranges and economy series that differ."""

from __future__ import annotations

from transforms.readings import about as readings


def test_figure_ranges_are_the_rows_whose_high_exceeds_low(tables):
    figures = tables["figures"]
    ranges = readings.figure_ranges(figures)
    expected = figures[figures["high"] > figures["low"]]
    assert len(ranges) == len(expected) > 0
    assert ranges["label"].tolist() == expected["label"].tolist()
    assert (ranges["high"] > ranges["low"]).all()


def test_figure_ranges_follow_the_data(tables):
    figures = tables["figures"].copy()
    single = figures["high"].isna()
    first_single = figures.index[single][0]
    figures.loc[first_single, "high"] = figures.loc[first_single, "low"] + 1
    assert len(readings.figure_ranges(figures)) == len(readings.figure_ranges(tables["figures"])) + 1


def test_economy_spread_compares_series_of_one_measure_only(tables):
    economy = tables["economy"]
    spread = readings.economy_spread(economy)
    assert set(spread["year"]) <= set(readings.SPREAD_YEARS)
    assert (spread["series"] > 1).all()
    for row in spread.itertuples():
        same = economy[
            (economy["indicator_id"] == row.indicator_id)
            & (economy["variant"].fillna("") == row.variant)
            & (economy["unit"] == row.unit)
            & (economy["year"] == row.year)
        ]
        assert row.series == same["series_id"].nunique()
        assert row.low == same["value"].min() and row.high == same["value"].max()
        assert row.spread == row.high - row.low
    # Every measure with two or more series in a compared year is listed; one unit per measure,
    # so GDP per head in dollars and in kyat never make one spread.
    compared = economy[economy["year"].isin(readings.SPREAD_YEARS)]
    keys = [compared["indicator_id"].astype(str), compared["variant"].fillna(""), compared["unit"], compared["year"]]
    several = compared.groupby(keys)["series_id"].nunique()
    assert len(spread) == int((several > 1).sum())


def test_about_reading_is_built_from_the_rows(tables):
    figures, economy = tables["figures"], tables["economy"]
    text = readings.reading(figures, economy)
    assert text.startswith(f"{len(readings.figure_ranges(figures))} of the {len(figures)} figures rows are ranges")
    growth_1988 = economy[(economy["indicator_id"] == "gdp_growth") & (economy["year"] == 1988)]["value"]
    assert f"from {growth_1988.min():,.1f} to {growth_1988.max():,.1f} percent" in text


def test_measure_names_read_naturally():
    assert readings.measure_name("gdp_growth", "") == "GDP growth"
    assert readings.measure_name("inflation", "cpi") == "Inflation (CPI)"
    assert readings.measure_name("exchange_rate", "official") == "Exchange rate (official)"
