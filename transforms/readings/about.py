"""The About page's computed parts: where sources disagree, and a reading of it; how much of the data is translated.

Nothing here is typed in: the ranges come from the figures rows whose sources give a
span, the spreads from economy series that measure the same thing in the same unit.
"""

from __future__ import annotations

import re

import pandas as pd

from i18n import N_, _, localise_digits, ngettext
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
# The words measure_name writes for the economy's indicators and variants: messages of the catalogue.
MEASURE_WORDS = (
    N_("GDP growth"), N_("Inflation"), N_("Exchange rate"), N_("GDP per capita"), N_("Population"),
    N_("official"), N_("market"), N_("CPI"), N_("GDP deflator"),
)


def _words(identifier: str) -> str:
    """An id as readable words, acronyms in capitals: 'gdp_deflator' -> 'GDP deflator'."""
    return ACRONYMS.sub(lambda match: match.group(1).upper(), identifier)


def measure_name(indicator_id: str, variant: str) -> str:
    """'GDP growth', 'Inflation (CPI)', 'Exchange rate (official)', in the reader's language."""
    name = _(_words(label(indicator_id)))
    if not variant:
        return name
    return _("{measure} ({variant})").format(measure=name, variant=_(_words(variant.replace("_", " "))))


def reading(figures: pd.DataFrame, economy: pd.DataFrame) -> str:
    """How many figures are ranges, and the widest economy disagreement in each year compared."""
    ranges = figure_ranges(figures)
    sentences = [
        _(
            "{ranges} of the {rows} figures rows are ranges because their sources give a span or disagree; "
            "the dashboard shows them low to high, never a midpoint."
        ).format(ranges=count(len(ranges)), rows=count(len(figures)))
    ]
    spread = economy_spread(economy)
    percent = spread[spread["unit"] == "percent"]
    for year, rows in percent.groupby("year", sort=True):
        widest = rows.loc[rows["spread"].idxmax()]
        sentences.append(
            _("The widest disagreement in {year}: the {series} series of {measure} range from {low} to {high} percent.").format(
                year=count(year),
                series=count(widest["series"]),
                measure=measure_name(widest["indicator_id"], widest["variant"]),
                low=number(widest["low"]),
                high=number(widest["high"]),
            )
        )
    return " ".join(sentences)


def count(value: int) -> str:
    """A count or a year as a sentence writes it: its digits only, in the reader's script ('1988', '၁၉၈၈')."""
    return localise_digits(str(int(value)))


def fully_translated(share: pd.DataFrame) -> pd.Series:
    """Per table of `transforms.localise.translated_share`: whether every row of every text column is translated."""
    return (share["translated"] >= share["rows"]).groupby(share["table"], sort=False).all()


def translation_reading(share: pd.DataFrame) -> str:
    """'12 of 14 tables fully translated.', from `transforms.localise.translated_share`."""
    tables = fully_translated(share)
    return ngettext(
        "{fully} of {total} table with Burmese text fully translated.",
        "{fully} of {total} tables with Burmese text fully translated.",
        len(tables),
    ).format(fully=count(tables.sum()), total=count(len(tables)))
