"""The Economy page's reading: each movement's year per source, then the extreme of the window."""

from __future__ import annotations

import pandas as pd

from transforms.derive import is_lower_bound
from vocabulary.economy import INDICATORS
from vocabulary.movements import MOVEMENT_NAMES


def _value(value: float, indicator: str, unit: str = "") -> str:
    if indicator in ("gdp_growth", "inflation"):
        return f"{value:,.1f}%".replace("-", "−")
    if indicator == "exchange_rate":
        return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"
    return f"{value:,.0f} {unit}"


def _estimate(row: pd.Series) -> str:
    return ", an estimate" if row["is_estimate"] else ""


def _who(rows: pd.DataFrame, value: float) -> str:
    """The series giving `value`: one named, the others counted; 'an estimate' where it is one."""
    giving = rows[rows["value"] == value].sort_values("series_id", kind="stable")
    first = giving.iloc[0]
    others = len(giving) - 1
    more = f" and {others} other series" if others else ""
    return f"{first['series_label']}{more}{_estimate(first)}"


def _spread(rows: pd.DataFrame, indicator: str) -> str:
    """'−11.4% (World Bank ...) to 3.0% (Mitchell ...)' across series, or one value with its series."""
    low, high = rows["value"].min(), rows["value"].max()
    if low == high:
        if len(rows) == 1:
            return f"{_value(low, indicator)} ({_who(rows, low)})"
        return f"{_value(low, indicator)} ({'both' if len(rows) == 2 else f'all {len(rows)}'} series)"
    return (
        f"{_value(low, indicator)} ({_who(rows, low)}) to {_value(high, indicator)} ({_who(rows, high)}), "
        f"across {len(rows)} series"
    )


def movement_years(periods: pd.DataFrame) -> dict[str, int]:
    """The calendar year in which each movement's headline period starts."""
    headline = periods[periods["headline"]]
    return {str(row.movement): int(row.start_date.year) for row in headline.itertuples()}


def reading(
    rows: pd.DataFrame,
    indicator: str,
    window: tuple[int, int],
    periods: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
) -> str:
    """Sentences computed from the indicator's rows inside the window (`rows` are already filtered)."""
    if rows.empty:
        return f"No source gives {INDICATORS[indicator].in_words} between {window[0]} and {window[1]}."
    sentences = []
    for movement, year in movement_years(periods).items():
        if not window[0] <= year <= window[1]:
            continue
        that_year = rows[rows["year"] == year]
        if that_year.empty:
            sentences.append(f"No source shown gives {INDICATORS[indicator].in_words} for {year}, the year of {MOVEMENT_NAMES[movement]}.")
            continue
        sentences.append(f"In the year labelled {year} ({MOVEMENT_NAMES[movement]}), {_movement_year(that_year, indicator)}.")
    sentences.append(_window_sentence(rows, indicator, window, quotes))
    return " ".join(s for s in sentences if s)


def _movement_year(rows: pd.DataFrame, indicator: str) -> str:
    if indicator == "exchange_rate":
        parts = []
        for variant in ("official", "market"):
            mine = rows[rows["variant"] == variant]
            if len(mine):
                word = "rate was" if mine["value"].nunique() == 1 else "rates ranged from"
                parts.append(f"the {variant} {word} {_spread(mine, indicator)}")
        return "in kyat per US dollar " + "; ".join(parts)
    if indicator == "gdp_per_capita":
        # Two units: each series in its own.
        return "GDP per person was " + " and ".join(
            f"{_value(r.value, indicator, r.unit)} ({r.series_label})" for r in rows.itertuples()
        )
    return f"{INDICATORS[indicator].in_words} ranged from {_spread(rows, indicator)}" if len(rows) > 1 else (
        f"{INDICATORS[indicator].in_words} was {_spread(rows, indicator)}"
    )


def _window_sentence(rows: pd.DataFrame, indicator: str, window: tuple[int, int], quotes: pd.DataFrame | None) -> str:
    span = f"between {window[0]} and {window[1]}"
    if indicator == "gdp_growth":
        low = rows.sort_values(["value", "series_id"], kind="stable").iloc[0]
        return (
            f"The deepest fall {span} is {_value(low['value'], indicator)} in {low['year']} "
            f"({low['series_label']}{_estimate(low)})."
        )
    if indicator == "inflation":
        high = rows.sort_values(["value", "series_id"], ascending=[False, True], kind="stable").iloc[0]
        return (
            f"Inflation peaks {span} at {_value(high['value'], indicator)} in {high['year']} "
            f"({high['series_label']}{_estimate(high)})."
        )
    if indicator == "exchange_rate":
        return _exchange_rate_sentence(rows, span, window, quotes)
    changes = []
    for _, mine in rows.groupby("series_id", sort=True):
        mine = mine.sort_values("year")
        first, last = mine.iloc[0], mine.iloc[-1]
        if first["year"] != last["year"]:
            changes.append(
                f"{last['value'] / first['value']:.2f} times its {first['year']} level in {last['year']} "
                f"({first['series_label']})"
            )
    return ("Shown as an index, GDP per person stood at " + " and ".join(changes) + ".") if changes else ""


def _exchange_rate_sentence(rows: pd.DataFrame, span: str, window: tuple[int, int], quotes: pd.DataFrame | None) -> str:
    parts = []
    official = rows[rows["variant"] == "official"].sort_values(["year", "series_id"])
    if len(official):
        first, last = official.iloc[0], official.iloc[-1]
        parts.append(
            f"the official rate went from {_value(first['value'], 'exchange_rate')} kyat per dollar in {first['year']} "
            f"to {_value(last['value'], 'exchange_rate')} in {last['year']} ({last['series_label']})"
        )
    highest = []  # (value, whether it is only a lower bound, where it comes from)
    market = rows[rows["variant"] == "market"]
    if len(market):
        top = market.sort_values("value", ascending=False).iloc[0]
        highest.append((top["value"], False, f"{top['series_label']}, {top['year']}"))
    if quotes is not None and len(quotes):
        inside = quotes[(quotes["date"].dt.year >= window[0]) & (quotes["date"].dt.year <= window[1])]
        inside = inside[inside["rate_type"] == "market"]
        if len(inside):
            inside = inside.assign(top=inside["rate_high"].fillna(inside["rate_low"]), lower_bound=is_lower_bound(inside))
            top = inside.sort_values("top").iloc[-1]
            highest.append((top["top"], bool(top["lower_bound"]), f"a dated quote of {top['date']:%b %Y}"))
    if highest:
        value, lower_bound, where = max(highest, key=lambda item: item[0])
        # A quote of "more than 4,500" gives no top: the rate was that or higher.
        at_least = "at least " if lower_bound else ""
        parts.append(f"the highest market rate shown is {at_least}{_value(value, 'exchange_rate')} kyat ({where})")
    return (span[0].upper() + span[1:] + ", " + "; ".join(parts) + ".") if parts else ""
