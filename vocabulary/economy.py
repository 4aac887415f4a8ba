"""The economy indicators the Economy page offers, each described once: its label, the chart's title and
axis, the unit of its rows table and how a sentence names it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str  # the choice's label and the rows table's caption
    title: str  # above the chart
    axis_title: str  # the chart's value axis (may be an index or a log scale)
    table_unit: str  # the unit of the values in the rows table
    in_words: str  # inside a sentence: "No source gives {in_words} for 1988."


INDICATORS = {
    indicator.id: indicator
    for indicator in (
        Indicator(
            "gdp_growth", "GDP growth", "Real GDP growth, every source", "% change on the previous year",
            "% change on the previous year", "real GDP growth",
        ),
        Indicator("inflation", "Inflation", "Inflation, every source", "% a year", "% a year", "inflation"),
        Indicator(
            "exchange_rate", "Exchange rate", "Kyat per US dollar: official and market rates", "kyat per US$ (log scale)",
            "kyat per US dollar", "the rate",
        ),
        Indicator(
            "gdp_per_capita", "GDP per person", "GDP per person, as an index", "index, first year shown = 100",
            "each series in its own unit, see the unit column", "GDP per person",
        ),
    )
}
# The indicators a reader can choose, in the order offered; the first is the default.
INDICATOR_CHOICES = tuple(INDICATORS)
