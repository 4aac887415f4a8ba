"""The Overview's reading: durations under the headline definitions, then deaths and heads of state."""
from __future__ import annotations

import math

import pandas as pd

from i18n import _, ngettext
from transforms.derive import headline_by_metric
from transforms.localise import localised
from vocabulary.formatting import listing, number
from vocabulary.movements import MOVEMENT_NAMES


def _range(low: float, high: float) -> str:
    if high is None or (isinstance(high, float) and math.isnan(high)) or high == low:
        return number(low)
    return _("{low} to {high}").format(low=number(low), high=number(high))


def reading(figures: pd.DataFrame, periods: pd.DataFrame, movements: list[str]) -> str:
    """Two sentences: durations under the headline definitions, then deaths and heads of state."""
    periods = localised(periods, ["definition"])
    durations = []
    for movement in movements:
        rows = periods[(periods["movement"] == movement) & periods["headline"]]
        if rows.empty:
            continue
        row = rows.iloc[0]
        longest = periods.loc[periods["movement"] == movement, "duration_days"].max()
        durations.append(
            _("{movement} lasted {days} days from {definition} ({longest} days under its longest definition)").format(
                movement=_(MOVEMENT_NAMES[movement]), days=number(row.duration_days),
                definition=row.definition[0].lower() + row.definition[1:], longest=number(longest),
            )
        )
    harms = []
    for movement in movements:
        mine = localised(headline_by_metric(figures, movement), ["label"])
        parts = []
        if "deaths" in mine.index:
            deaths = mine.loc["deaths"]
            parts.append(_("{deaths} deaths ({label})").format(
                deaths=_range(deaths["low"], deaths["high"]), label=deaths["label"]))
        if "heads_of_state" in mine.index:
            heads = int(mine.loc["heads_of_state", "low"])
            parts.append(ngettext(
                "{count} head of state out of office", "{count} heads of state out of office", heads
            ).format(count=number(heads)))
        if parts:
            harms.append(_("{movement} counts {counts}").format(movement=_(MOVEMENT_NAMES[movement]), counts=listing(parts)))
    sentences = []
    if durations:
        sentences.append(_("Under the headline definitions, {durations}.").format(durations=_("; ").join(durations)))
    if harms:
        sentences.append(_("By the figures shown, {harms}.").format(harms=_("; ").join(harms)))
    return " ".join(sentences) if sentences else _("No data for the movements chosen.")
