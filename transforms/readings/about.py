"""The About page's computed parts: where sources disagree, and a reading of it.

Nothing here is typed in: the ranges come from the figures rows whose sources give a
span, the spreads from economy series that measure the same thing in the same unit.
"""

from __future__ import annotations

import re

import pandas as pd

from vocabulary.formatting import number
from vocabulary.labels import label

# Years the About page compares economy sources in: the two uprisings.
SPREAD_YEARS = (1988, 2021)


def figure_ranges(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures rows whose sources give a range (high above low), with their labels, in table order."""
    rows = figures[figures["high"].notna() & (figures["high"] > figures["low"])]
    return rows[["movement", "label", "low", "high", "unit", "source_url"]].reset_index(drop=True)


def economy_spread(economy: pd.DataFrame, years: tuple[int, ...] = SPREAD_YEARS) -> pd.DataFrame:
    """Per indicator (and variant and unit) measured by more than one series: each year's lowest and highest value.

    Series only disagree when they measure the same thing: an official and a market
    exchange rate, or GDP per head in dollars and in kyat, are different measures and
    are kept apart. One row per measure and year where at least two series give a value.
    """
    rows = economy[economy["year"].isin(years)].copy()
    rows["variant"] = rows["variant"].fillna("")
    keys = ["indicator_id", "variant", "unit", "year"]
    grouped = rows.groupby(keys, observed=True, sort=False).agg(
        series=("series_id", "nunique"),
        low=("value", "min"),
        high=("value", "max"),
        series_labels=("series_label", lambda labels: "; ".join(sorted(set(labels)))),
    )
    grouped = grouped[grouped["series"] > 1].reset_index()
    grouped["spread"] = grouped["high"] - grouped["low"]
    grouped["indicator_id"] = grouped["indicator_id"].astype(str)
    return grouped.sort_values(["indicator_id", "variant", "unit", "year"], kind="stable").reset_index(drop=True)


# Words of ids that are acronyms, written as readers know them.
ACRONYMS = re.compile(r"\b(gdp|cpi)\b", re.IGNORECASE)


def measure_name(indicator_id: str, variant: str) -> str:
    """'GDP growth', 'Inflation (CPI)', 'Exchange rate (official)'."""
    name = label(indicator_id)
    if variant:
        name += f" ({variant.replace('_', ' ')})"
    return ACRONYMS.sub(lambda match: match.group(1).upper(), name)


def reading(figures: pd.DataFrame, economy: pd.DataFrame) -> str:
    """How many figures are ranges, and the widest economy disagreement in each year compared."""
    ranges = figure_ranges(figures)
    sentences = [
        f"{len(ranges)} of the {len(figures)} figures rows are ranges because their sources give a span "
        "or disagree; the dashboard shows them low to high, never a midpoint."
    ]
    spread = economy_spread(economy)
    percent = spread[spread["unit"] == "percent"]
    for year, rows in percent.groupby("year", sort=True):
        widest = rows.loc[rows["spread"].idxmax()]
        sentences.append(
            f"The widest disagreement in {year}: the {int(widest['series'])} series of {measure_name(widest['indicator_id'], widest['variant'])} "
            f"range from {number(widest['low'])} to {number(widest['high'])} percent."
        )
    return " ".join(sentences)
