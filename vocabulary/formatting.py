"""Numbers, ranges and dates as the dashboard writes them, in charts, readings and pages alike."""

from __future__ import annotations

import math
from datetime import date


def number(value: float) -> str:
    """'3,000' for a whole number, '12.5' otherwise, '—' for a missing one."""
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


def date_text(when: date, precision: str = "day") -> str:
    """'8 Aug 1988' for a day, 'Aug 1988' when only the month is known, '1988' for a year."""
    if precision == "year":
        return f"{when.year}"
    if precision == "month":
        return f"{when:%b %Y}"
    return f"{when.day} {when:%b %Y}"


def long_date(when: date) -> str:
    """'8 August 1988': a day with its month written out, for running text."""
    return f"{when.day} {when:%B %Y}"


def day_span(start: date, end: date) -> str:
    """'27 Jul to 12 Aug 1988': two days, the year written once when they share it."""
    first = f"{start.day} {start:%b}" if start.year == end.year else date_text(start)
    return f"{first} to {date_text(end)}"


def listing(items: list[str]) -> str:
    """'a, b and c': one list style for every sentence."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def percent(value: float | None) -> str:
    """'62 %', 'under 1 %' for a small share that is not 0, '—' for a missing one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:.0f} %" if value >= 1 or value == 0 else "under 1 %"


def per_million(value: float | None) -> str:
    """A rate per million people, to the precision small counts allow: '0', '2.4', '37'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if value == 0:
        return "0"
    return f"{value:,.1f}" if value < 10 else f"{value:,.0f}"


def year_span(years: tuple[int, int]) -> str:
    """'1988' for one year, '1987–2026' for several."""
    return str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}"
