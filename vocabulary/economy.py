"""The economy indicators the Economy page offers, each described once: its label, the chart's title and
axis, the unit of its rows table and how a sentence names it."""

from __future__ import annotations

from dataclasses import dataclass

from i18n import N_


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
            "gdp_growth", N_("GDP growth"), N_("Real GDP growth, every source"), N_("% change on the previous year"),
            N_("% change on the previous year"), N_("real GDP growth"),
        ),
        Indicator(
            "inflation", N_("Inflation"), N_("Inflation, every source"), N_("% a year"), N_("% a year"),
            N_("inflation"),
        ),
        Indicator(
            "exchange_rate", N_("Exchange rate"), N_("Kyat per US dollar: official and market rates"),
            N_("kyat per US$ (log scale)"), N_("kyat per US dollar"), N_("the rate"),
        ),
        Indicator(
            "gdp_per_capita", N_("GDP per person"), N_("GDP per person, as an index"),
            N_("index, first year shown = 100"),
            N_("each series in its own unit, see the unit column"), N_("GDP per person"),
        ),
    )
}
# The indicators a reader can choose, in the order offered; the first is the default.
INDICATOR_CHOICES = tuple(INDICATORS)
# The units of the economy rows, marked so a page can show them in the reader's language (`_(unit)`).
UNITS = (
    N_("percent"), N_("kyat per US dollar"), N_("2011 international dollars (PPP)"),
    N_("kyat per person at constant prices"), N_("people"),
)
