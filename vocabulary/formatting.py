"""Numbers, ranges and dates as the dashboard writes them, in charts, readings and pages alike.

Each in the reader's language (`i18n.current_language()`): Burmese gets Myanmar digits and month names, its dates
running year, month, day (`i18n.numbers` does the writing, for both languages).
"""

from __future__ import annotations

import math
from datetime import date

from i18n import current_language, gettext, pgettext, format_date, format_number, format_range, localise_digits, month_name


def number(value: float) -> str:
    """'3,000' for a whole number, '12.5' otherwise, '—' for a missing one; Burmese '၃,၀၀၀'."""
    return format_number(value, 1)


def value_range(low: float, high: float | None) -> str:
    """'3,000–10,000' for a range, '350' for a single value; Burmese '၃,၀၀၀–၁၀,၀၀၀'."""
    return format_range(low, high, 1)


def share_percent(share: float) -> str:
    """A share (1 = all) as a percentage: '100%', '97.5%'; Burmese '၁၀၀%'."""
    return f"{number(share * 100)}%"


def date_text(when: date, precision: str = "day") -> str:
    """'8 Aug 1988' for a day, 'Aug 1988' when only the month is known, '1988' for a year.

    Burmese: '၁၉၈၈ ဩဂုတ် ၈', '၁၉၈၈ ဩဂုတ်', '၁၉၈၈'.
    """
    return format_date(when, precision if precision in ("month", "year") else "day")


def long_date(when: date) -> str:
    """'8 August 1988': a day with its month written out, for running text; Burmese '၁၉၈၈ ခုနှစ် ဩဂုတ်လ ၈ ရက်'."""
    return format_date(when, "day", "long")


def day_span(start: date, end: date) -> str:
    """'27 Jul to 12 Aug 1988': two days, the year written once when they share it.

    Burmese, where the year comes first: '၁၉၈၈ ဇူလိုင် ၂၇ မှ ဩဂုတ် ၁၂ အထိ'.
    """
    if start.year != end.year:
        first, last = date_text(start), date_text(end)
    elif current_language() == "my":
        first, last = date_text(start), localise_digits(f"{month_name(end.month, 'short')} {end.day}")
    else:
        first, last = f"{start.day} {month_name(start.month, 'short')}", date_text(end)
    return f"{first} မှ {last} အထိ" if current_language() == "my" else f"{first} to {last}"


def listing(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c': one list style for every sentence, with the reader's language's separator and
    conjunction."""
    if len(items) <= 1:
        return "".join(items)
    return gettext("{items} and {last}").format(items=pgettext("list separator", ", ").join(items[:-1]), last=items[-1])


def percent(value: float | None) -> str:
    """'62 %', 'under 1 %' for a small share that is not 0, '—' for a missing one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if value >= 1 or value == 0:
        return localise_digits(f"{value:.0f} %")
    return "၁ % အောက်" if current_language() == "my" else "under 1 %"


def per_million(value: float | None) -> str:
    """A rate per million people, to the precision small counts allow: '0', '2.4', '37'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if value == 0:
        return localise_digits("0")
    return localise_digits(f"{value:,.1f}" if value < 10 else f"{value:,.0f}")


def year_span(years: tuple[int, int]) -> str:
    """'1988' for one year, '1987–2026' for several."""
    return localise_digits(str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}")
