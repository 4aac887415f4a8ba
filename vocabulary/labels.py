"""Readable labels for the data's lowercase ids and source addresses."""

from __future__ import annotations

from urllib.parse import urlparse

from i18n import N_
from vocabulary.movements import MOVEMENT_LABELS

# A table cell's words for the data's category values that `label` does not read well or that no other list
# marks for translation; the app shows them translated to a Burmese reader (English readers see the ids).
VALUE_LABELS = {
    "day": N_("Day"), "month": N_("Month"), "year": N_("Year"),
    "ended": N_("Ended"), "ongoing_as_of": N_("Still going on"),
    "press": N_("Press"), "academic": N_("Academic"), "official": N_("Official"), "monitor": N_("Monitor"),
    "claim": N_("Claim"), "compiled": N_("Compiled here"), "market": N_("Market"), "reference": N_("Reference"),
    "within_year": N_("Within a year"), "gdp_growth": N_("GDP growth"), "gdp_per_capita": N_("GDP per person"),
    "quantitative": N_("Quantitative"), "qualitative": N_("Qualitative"),
    "region": N_("Region"), "state": N_("State"), "union_territory": N_("Union territory"),
    "rows": N_("Rows, one per source"), "range": N_("A low-high range"),
}


def label(identifier: str) -> str:
    """A readable label for a lowercase id: 'regime_change' -> 'Regime change'."""
    return MOVEMENT_LABELS.get(identifier) or identifier.replace("_", " ").capitalize()


def value_label(value: str) -> str:
    """The English words for a category value of the data, as a table cell shows it: `label`, or `VALUE_LABELS`."""
    return VALUE_LABELS.get(value) or label(value)


def source_site(url: str) -> str:
    """The host of a source URL, for hover text where a full address would not fit."""
    host = urlparse(url).netloc
    return host[4:] if host.startswith("www.") else host
