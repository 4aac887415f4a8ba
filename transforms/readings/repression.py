"""The Repression page's reading: official against independent counts, and how the dated running totals grew."""

from __future__ import annotations

import pandas as pd

from vocabulary.formatting import date_text, number, value_range
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_NAMES


def _times(low: float, high: float) -> str:
    if round(low, 1) == round(high, 1):
        return f"{low:.1f} times"
    return f"{low:.1f} to {high:.1f} times"


def reading(figures: pd.DataFrame, pairs: pd.DataFrame, series: pd.DataFrame, movements: list[str], metrics: list[str]) -> str:
    """`figures` are the rows shown; `pairs` is derive.official_against_independent (deaths) and
    `series` derive.dated_series, both of all rows (filtered here to the view)."""
    shown = figures[figures["movement"].isin(movements) & figures["metric"].isin(metrics)]
    if shown.empty:
        return "No figure matches these filters."
    sentences = []
    counts = shown["movement"].astype(str).value_counts()
    sentences.append(
        "Shown: "
        + " and ".join(f"{counts.get(m, 0)} figure{'s' if counts.get(m, 0) != 1 else ''} for {MOVEMENT_NAMES[m]}" for m in movements)
        + ", each as its source gives it."
    )
    if "deaths" in metrics:
        for movement in movements:
            mine = pairs[pairs["movement"] == movement]
            parts = []
            for pair in mine.itertuples():
                when = f"on {date_text(pair.as_of)}" if pair.basis == "same date" else "over the whole movement"
                parts.append(
                    f"{_times(pair.ratio_low, pair.ratio_high)} the official one {when} "
                    f"({value_range(pair.independent_low, pair.independent_high)} against {number(pair.official)})"
                )
            if parts:
                sentences.append(f"Deaths in {MOVEMENT_NAMES[movement]}: the independent count is " + ", and ".join(parts) + ".")
    sentences += _running_totals(series, movements, metrics)
    for movement in movements:
        absent = [label(m).lower() for m in metrics if not ((shown["movement"] == movement) & (shown["metric"] == m)).any()]
        if absent:
            sentences.append(f"For {MOVEMENT_NAMES[movement]} no source read gives {' or '.join(absent)}: missing.")
    return " ".join(sentences)


def _running_totals(series: pd.DataFrame, movements: list[str], metrics: list[str]) -> list[str]:
    sentences = []
    chosen = series[series["movement"].isin(movements) & series["metric"].isin(metrics)]
    for (movement, metric), group in chosen.groupby(["movement", "metric"], observed=True, sort=False):
        group = group.sort_values("as_of")
        first, last = group.iloc[0], group.iloc[-1]
        growth = last["low"] / first["low"]
        sentences.append(
            f"The monitors' running count of {label(metric).lower()} in {MOVEMENT_NAMES[movement]} rose from {number(first['low'])} "
            f"on {date_text(first['as_of'])} to {number(last['low'])} on {date_text(last['as_of'])}"
            + (f", {growth:.1f} times the first of its {len(group)} dated counts." if growth >= 1.5 else
               f" ({len(group)} dated counts).")
        )
    return sentences


def series_reading(series: pd.DataFrame, movements: list[str]) -> str:
    """The reading of the running totals alone: how each grew, and which movement has none."""
    metrics = list(dict.fromkeys(series["metric"].astype(str)))
    sentences = _running_totals(series, movements, metrics)
    for movement in movements:
        if not (series["movement"] == movement).any():
            sentences.append(f"No monitor gives dated running totals for {MOVEMENT_NAMES[movement]}.")
    return " ".join(sentences)
