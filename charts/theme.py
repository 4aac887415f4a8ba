"""Shared look of every chart: the two movements' colours, labels and a phone-friendly layout."""

from __future__ import annotations

import math
from urllib.parse import urlparse


# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
MOVEMENT_COLOURS = {"1988": "#D55E00", "2021": "#0072B2"}
MOVEMENT_LABELS = {"1988": "1988 uprising", "2021": "2021 movement"}
NEUTRAL = "#595959"
CATEGORY_COLOURS = {
    "trigger": "#E69F00",
    "protest": "#56B4E9",
    "strike": "#009E73",
    "crackdown": "#D55E00",
    "concession": "#F0E442",
    "regime_change": "#000000",
    "organisation": "#0072B2",
    "election": "#CC79A7",
    "armed_resistance": "#7F3C8D",
}


def label(identifier: str) -> str:
    """A readable label for a lowercase id: 'regime_change' -> 'Regime change'."""
    return MOVEMENT_LABELS.get(identifier) or identifier.replace("_", " ").capitalize()


def source_site(url: str) -> str:
    """The host of a source URL, for hover text where a full address would not fit."""
    host = urlparse(url).netloc
    return host[4:] if host.startswith("www.") else host


def number(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def value_range(low: float, high: float | None) -> str:
    """'3,000–10,000' for a range, '350' for a single value."""
    if high is None or (isinstance(high, float) and math.isnan(high)) or high == low:
        return number(low)
    return f"{number(low)}–{number(high)}"

