"""The Overview's reading: durations under the headline definitions, then deaths and heads of state."""
from __future__ import annotations

import math

import pandas as pd

from transforms.derive import headline_by_metric
from vocabulary.movements import MOVEMENT_NAMES


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _range(low: float, high: float) -> str:
    if high is None or (isinstance(high, float) and math.isnan(high)) or high == low:
        return _number(low)
    return f"{_number(low)} to {_number(high)}"


def reading(figures: pd.DataFrame, periods: pd.DataFrame, movements: list[str]) -> str:
    """Two sentences: durations under the headline definitions, then deaths and heads of state."""
    durations = []
    for movement in movements:
        rows = periods[(periods["movement"] == movement) & periods["headline"]]
        if rows.empty:
            continue
        row = rows.iloc[0]
        longest = periods.loc[periods["movement"] == movement, "duration_days"].max()
        durations.append(
            f"{MOVEMENT_NAMES[movement]} lasted {row.duration_days:,} days from {row.definition[0].lower() + row.definition[1:]}"
            f" ({longest:,} days under its longest definition)"
        )
    harms = []
    for movement in movements:
        mine = headline_by_metric(figures, movement)
        parts = []
        if "deaths" in mine.index:
            deaths = mine.loc["deaths"]
            parts.append(f"{_range(deaths['low'], deaths['high'])} deaths ({deaths['label']})")
        if "heads_of_state" in mine.index:
            heads = int(mine.loc["heads_of_state", "low"])
            parts.append(f"{heads} head{'s' if heads != 1 else ''} of state out of office")
        if parts:
            harms.append(f"{MOVEMENT_NAMES[movement]} counts {' and '.join(parts)}")
    sentences = []
    if durations:
        sentences.append("Under the headline definitions, " + "; ".join(durations) + ".")
    if harms:
        sentences.append("By the figures shown, " + "; ".join(harms) + ".")
    return " ".join(sentences) if sentences else "No data for the movements chosen."
