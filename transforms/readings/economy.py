"""The Economy page's reading: each movement's year per source, then the extreme of the window.

Every sentence is one translatable template with named placeholders; values, years and counts are written in the
reader's digits. Series names are data text, in the reader's language where the row has a translation.
"""

from __future__ import annotations

import pandas as pd

from i18n import _, localise_digits, ngettext
from transforms.derive import is_lower_bound
from transforms.localise import localised
from vocabulary.economy import INDICATORS
from vocabulary.formatting import date_text
from vocabulary.movements import MOVEMENT_NAMES


def _year(year: int) -> str:
    return localise_digits(str(int(year)))


def _count(count: int) -> str:
    return localise_digits(f"{count:,}")


def _value(value: float, indicator: str, unit: str = "") -> str:
    if indicator in ("gdp_growth", "inflation"):
        return localise_digits(f"{value:,.1f}%".replace("-", "−"))
    if indicator == "exchange_rate":
        return localise_digits(f"{value:,.1f}" if value < 100 else f"{value:,.0f}")
    return localise_digits(f"{value:,.0f}") + f" {_(unit)}"


def _named(label: str, is_estimate: bool) -> str:
    """A series' name, said to be an estimate where the value is one."""
    return _("{series}, an estimate").format(series=label) if is_estimate else label


def _who(rows: pd.DataFrame, value: float) -> str:
    """The series giving `value`: one named, the others counted; 'an estimate' where it is one."""
    giving = rows[rows["value"] == value].sort_values("series_id", kind="stable")
    first = giving.iloc[0]
    others = len(giving) - 1
    name = str(first["series_label"])
    if others:
        name = ngettext("{series} and {count} other series", "{series} and {count} other series", others).format(
            series=name, count=_count(others)
        )
    return _named(name, bool(first["is_estimate"]))


def _spread(rows: pd.DataFrame, indicator: str) -> str:
    """'−11.4% (World Bank ...) to 3.0% (Mitchell ...)' across series, or one value with its series."""
    low, high = rows["value"].min(), rows["value"].max()
    if low == high:
        if len(rows) == 1:
            return _("{value} ({series})").format(value=_value(low, indicator), series=_who(rows, low))
        if len(rows) == 2:
            return _("{value} (both series)").format(value=_value(low, indicator))
        return _("{value} (all {count} series)").format(value=_value(low, indicator), count=_count(len(rows)))
    return _("{low} ({low_series}) to {high} ({high_series}), across {count} series").format(
        low=_value(low, indicator), low_series=_who(rows, low), high=_value(high, indicator),
        high_series=_who(rows, high), count=_count(len(rows)),
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
    in_words = _(INDICATORS[indicator].in_words)
    if rows.empty:
        return _("No source gives {indicator} between {start} and {end}.").format(
            indicator=in_words, start=_year(window[0]), end=_year(window[1])
        )
    rows = localised(rows, ["series_label"])
    sentences = []
    for movement, year in movement_years(periods).items():
        if not window[0] <= year <= window[1]:
            continue
        that_year = rows[rows["year"] == year]
        name = _(MOVEMENT_NAMES[movement])
        if that_year.empty:
            sentences.append(
                _("No source shown gives {indicator} for {year}, the year of {movement}.").format(
                    indicator=in_words, year=_year(year), movement=name
                )
            )
            continue
        sentences.append(
            _("In the year labelled {year} ({movement}), {finding}.").format(
                year=_year(year), movement=name, finding=_movement_year(that_year, indicator)
            )
        )
    sentences.append(_window_sentence(rows, indicator, window, quotes))
    return " ".join(s for s in sentences if s)


def _rate_in_year(variant: str, one_value: bool) -> str:
    # Each template spelled out, so the catalogue holds it as one sentence part.
    if variant == "official":
        return _("the official rate was {spread}") if one_value else _("the official rates ranged from {spread}")
    return _("the market rate was {spread}") if one_value else _("the market rates ranged from {spread}")


def _movement_year(rows: pd.DataFrame, indicator: str) -> str:
    if indicator == "exchange_rate":
        parts = []
        for variant in ("official", "market"):
            mine = rows[rows["variant"] == variant]
            if len(mine):
                template = _rate_in_year(variant, mine["value"].nunique() == 1)
                parts.append(template.format(spread=_spread(mine, indicator)))
        return _("in kyat per US dollar {rates}").format(rates=_("; ").join(parts))
    if indicator == "gdp_per_capita":
        # Two units: each series in its own.
        values = _(" and ").join(
            _("{value} ({series})").format(value=_value(r.value, indicator, r.unit), series=r.series_label)
            for r in rows.itertuples()
        )
        return _("GDP per person was {values}").format(values=values)
    in_words = _(INDICATORS[indicator].in_words)
    if len(rows) > 1:
        return _("{indicator} ranged from {spread}").format(indicator=in_words, spread=_spread(rows, indicator))
    return _("{indicator} was {spread}").format(indicator=in_words, spread=_spread(rows, indicator))


def _window_sentence(rows: pd.DataFrame, indicator: str, window: tuple[int, int], quotes: pd.DataFrame | None) -> str:
    start, end = _year(window[0]), _year(window[1])
    if indicator == "gdp_growth":
        low = rows.sort_values(["value", "series_id"], kind="stable").iloc[0]
        return _("The deepest fall between {start} and {end} is {value} in {year} ({series}).").format(
            start=start, end=end, value=_value(low["value"], indicator), year=_year(low["year"]),
            series=_named(str(low["series_label"]), bool(low["is_estimate"])),
        )
    if indicator == "inflation":
        high = rows.sort_values(["value", "series_id"], ascending=[False, True], kind="stable").iloc[0]
        return _("Inflation peaks between {start} and {end} at {value} in {year} ({series}).").format(
            start=start, end=end, value=_value(high["value"], indicator), year=_year(high["year"]),
            series=_named(str(high["series_label"]), bool(high["is_estimate"])),
        )
    if indicator == "exchange_rate":
        return _exchange_rate_sentence(rows, window, quotes)
    changes = []
    for _id, mine in rows.groupby("series_id", sort=True):
        mine = mine.sort_values("year")
        first, last = mine.iloc[0], mine.iloc[-1]
        if first["year"] != last["year"]:
            changes.append(
                _("{ratio} times its {first_year} level in {last_year} ({series})").format(
                    ratio=localise_digits(f"{last['value'] / first['value']:.2f}"), first_year=_year(first["year"]),
                    last_year=_year(last["year"]), series=first["series_label"],
                )
            )
    if not changes:
        return ""
    return _("Shown as an index, GDP per person stood at {changes}.").format(changes=_(" and ").join(changes))


def _exchange_rate_sentence(rows: pd.DataFrame, window: tuple[int, int], quotes: pd.DataFrame | None) -> str:
    parts = []
    official = rows[rows["variant"] == "official"].sort_values(["year", "series_id"])
    if len(official):
        first, last = official.iloc[0], official.iloc[-1]
        parts.append(
            _(
                "the official rate went from {first} kyat per dollar in {first_year} to {last} in {last_year} "
                "({series})"
            ).format(
                first=_value(first["value"], "exchange_rate"), first_year=_year(first["year"]),
                last=_value(last["value"], "exchange_rate"), last_year=_year(last["year"]), series=last["series_label"],
            )
        )
    highest = []  # (value, whether it is only a lower bound, where it comes from)
    market = rows[rows["variant"] == "market"]
    if len(market):
        top = market.sort_values("value", ascending=False).iloc[0]
        where = _("{series}, {year}").format(series=top["series_label"], year=_year(top["year"]))
        highest.append((top["value"], False, where))
    if quotes is not None and len(quotes):
        inside = quotes[(quotes["date"].dt.year >= window[0]) & (quotes["date"].dt.year <= window[1])]
        inside = inside[inside["rate_type"] == "market"]
        if len(inside):
            inside = inside.assign(top=inside["rate_high"].fillna(inside["rate_low"]), lower_bound=is_lower_bound(inside))
            top = inside.sort_values("top").iloc[-1]
            where = _("a dated quote of {month}").format(month=date_text(top["date"], "month"))
            highest.append((top["top"], bool(top["lower_bound"]), where))
    if highest:
        value, lower_bound, where = max(highest, key=lambda item: item[0])
        # A quote of "more than 4,500" gives no top: the rate was that or higher.
        template = (
            _("the highest market rate shown is at least {value} kyat ({where})")
            if lower_bound
            else _("the highest market rate shown is {value} kyat ({where})")
        )
        parts.append(template.format(value=_value(value, "exchange_rate"), where=where))
    if not parts:
        return ""
    return _("Between {start} and {end}, {findings}.").format(
        start=_year(window[0]), end=_year(window[1]), findings=_("; ").join(parts)
    )
