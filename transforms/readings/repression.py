"""The Repression page's reading: official against independent counts, and how the dated running totals grew."""

from __future__ import annotations

import pandas as pd

from i18n import _, localise_digits, ngettext
from vocabulary.formatting import date_text, listing, number, value_range
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_NAMES


def _decimal(value: float) -> str:
    """A ratio to one decimal place, '3.5', in the reader's digits."""
    return localise_digits(f"{value:.1f}")


def _times(low: float, high: float) -> str:
    if round(low, 1) == round(high, 1):
        return _("{ratio} times").format(ratio=_decimal(low))
    return _("{low} to {high} times").format(low=_decimal(low), high=_decimal(high))


def _metric(metric: str) -> str:
    """A metric as a sentence names it: 'deaths'."""
    return _(label(metric)).lower()


def reading(figures: pd.DataFrame, pairs: pd.DataFrame, series: pd.DataFrame, movements: list[str], metrics: list[str]) -> str:
    """`figures` are the rows shown; `pairs` is derive.official_against_independent (deaths) and
    `series` derive.dated_series, both of all rows (filtered here to the view)."""
    shown = figures[figures["movement"].isin(movements) & figures["metric"].isin(metrics)]
    if shown.empty:
        return _("No figure matches these filters.")
    sentences = []
    counts = shown["movement"].astype(str).value_counts()
    sentences.append(_("Shown: {counts}, each as its source gives it.").format(counts=listing([
        ngettext("{count} figure for {movement}", "{count} figures for {movement}", int(counts.get(m, 0))).format(
            count=number(int(counts.get(m, 0))), movement=_(MOVEMENT_NAMES[m]))
        for m in movements
    ])))
    if "deaths" in metrics:
        for movement in movements:
            mine = pairs[pairs["movement"] == movement]
            parts = []
            for pair in mine.itertuples():
                template = (
                    _("{times} the official one on {date} ({independent} against {official})")
                    if pair.basis == "same date" else
                    _("{times} the official one over the whole movement ({independent} against {official})")
                )
                parts.append(template.format(
                    times=_times(pair.ratio_low, pair.ratio_high), date=date_text(pair.as_of) if pair.basis == "same date" else "",
                    independent=value_range(pair.independent_low, pair.independent_high), official=number(pair.official),
                ))
            if parts:
                sentences.append(_("Deaths in {movement}: the independent count is {comparisons}.").format(
                    movement=_(MOVEMENT_NAMES[movement]), comparisons=_(", and ").join(parts)))
    sentences += _running_totals(series, movements, metrics)
    for movement in movements:
        absent = [_metric(m) for m in metrics if not ((shown["movement"] == movement) & (shown["metric"] == m)).any()]
        if absent:
            sentences.append(_("For {movement} no source read gives {metrics}: missing.").format(
                movement=_(MOVEMENT_NAMES[movement]), metrics=_(" or ").join(absent)))
    return " ".join(sentences)


def _running_totals(series: pd.DataFrame, movements: list[str], metrics: list[str]) -> list[str]:
    sentences = []
    chosen = series[series["movement"].isin(movements) & series["metric"].isin(metrics)]
    for (movement, metric), group in chosen.groupby(["movement", "metric"], observed=True, sort=False):
        group = group.sort_values("as_of")
        first, last = group.iloc[0], group.iloc[-1]
        growth = last["low"] / first["low"]
        template = (
            _("The monitors' running count of {metric} in {movement} rose from {first} on {first_date} to {last} on "
              "{last_date}, {growth} times the first of its {count} dated counts.")
            if growth >= 1.5 else
            _("The monitors' running count of {metric} in {movement} rose from {first} on {first_date} to {last} on "
              "{last_date} ({count} dated counts).")
        )
        sentences.append(template.format(
            metric=_metric(metric), movement=_(MOVEMENT_NAMES[movement]), first=number(first["low"]),
            first_date=date_text(first["as_of"]), last=number(last["low"]), last_date=date_text(last["as_of"]),
            growth=_decimal(growth), count=number(len(group)),
        ))
    return sentences


def series_reading(series: pd.DataFrame, movements: list[str]) -> str:
    """The reading of the running totals alone: how each grew, and which movement has none."""
    metrics = list(dict.fromkeys(series["metric"].astype(str)))
    sentences = _running_totals(series, movements, metrics)
    for movement in movements:
        if not (series["movement"] == movement).any():
            sentences.append(_("No monitor gives dated running totals for {movement}.").format(
                movement=_(MOVEMENT_NAMES[movement])))
    return " ".join(sentences)
