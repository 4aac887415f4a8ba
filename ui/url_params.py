"""The kinds of URL parameter a page can take, each with its rule: how a value is parsed, written back
and defaulted. Pages list theirs in the page registry (`ui/pages.py`); `ui/url_state.py` applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from i18n import N_, gettext, localise_digits

LIST_SEPARATOR = "~"
RANGE_SEPARATOR = ".."
# Longer values are not ids or ranges of this contract; refuse them before parsing.
MAX_VALUE_LENGTH = 200


class InvalidValue(ValueError):
    """A URL value that breaks its parameter's rule; the message says which rule, never the value."""

    def __init__(self, message: str, **values: Any) -> None:
        super().__init__(message.format(**values))
        self.message, self.values = message, values

    def translated(self) -> str:
        """The message in the reader's language."""
        return gettext(self.message).format(**{k: localise_digits(str(v)) for k, v in self.values.items()})


@dataclass(frozen=True)
class Choice:
    options: tuple[str, ...]
    default: str

    def parse(self, raw: str, extent: Any = None) -> str:
        if raw not in self.options:
            raise InvalidValue(N_("not a known value"))
        return raw

    def serialise(self, value: str) -> str:
        return value

    def default_for(self, extent: Any = None) -> str:
        return self.default


@dataclass(frozen=True)
class MultiChoice:
    """Several ids from a fixed list; the default is every option."""

    options: tuple[str, ...]

    def parse(self, raw: str, extent: Any = None) -> list[str]:
        # An empty value is an empty selection, a view the reader can make and share.
        parts = raw.split(LIST_SEPARATOR) if raw else []
        if any(part not in self.options for part in parts):
            raise InvalidValue(N_("not a list of known values"))
        return [option for option in self.options if option in parts]

    def serialise(self, value: Sequence[str]) -> str:
        return LIST_SEPARATOR.join(option for option in self.options if option in value)

    def default_for(self, extent: Any = None) -> list[str]:
        return list(self.options)


@dataclass(frozen=True)
class Toggle:
    default: bool

    def parse(self, raw: str, extent: Any = None) -> bool:
        if raw not in ("on", "off"):
            raise InvalidValue(N_("not on or off"))
        return raw == "on"

    def serialise(self, value: bool) -> str:
        return "on" if value else "off"

    def default_for(self, extent: Any = None) -> bool:
        return self.default


@dataclass(frozen=True)
class RangeExtent:
    """A range parameter's extent when its default is narrower than what a link may ask for.

    `bounds` limit the URL value (the whole data); `default` is the view shown without
    one (e.g. the timeline without its background events back to 1962). A plain
    `(low, high)` extent means both.
    """

    bounds: tuple[Any, Any]
    default: tuple[Any, Any]

    def __post_init__(self) -> None:
        if not (self.bounds[0] <= self.default[0] <= self.default[1] <= self.bounds[1]):
            raise ValueError("a range's default must lie inside its bounds")


def range_bounds(extent: Any) -> tuple[Any, Any]:
    return extent.bounds if isinstance(extent, RangeExtent) else (extent[0], extent[1])


def range_default(extent: Any) -> tuple[Any, Any]:
    return extent.default if isinstance(extent, RangeExtent) else (extent[0], extent[1])


def range_ends(raw: str, end: re.Pattern[str], problem: str) -> tuple[str, str]:
    """The two ends of `a..b`, each matching `end`; else InvalidValue saying `problem`."""
    low, sep, high = raw.partition(RANGE_SEPARATOR)
    if not sep or not end.match(low) or not end.match(high):
        raise InvalidValue(problem)
    return low, high


def checked_range(low: Any, high: Any, extent: Any) -> tuple[Any, Any]:
    """The rules every range shares, whatever its units: in order, and inside the bounds."""
    if low > high:
        raise InvalidValue(N_("range is reversed"))
    bounds = range_bounds(extent)
    if low < bounds[0] or high > bounds[1]:
        raise InvalidValue(N_("range is outside {low}..{high}"), low=bounds[0], high=bounds[1])
    return (low, high)


_INT = re.compile(r"^-?\d{1,6}$")


@dataclass(frozen=True)
class RangeDoc:
    """How the URL contract table describes a range, whose values and default depend on the data."""

    values: str
    default: str
    example: str  # the query of an example link, e.g. "time=1980..1995"


@dataclass(frozen=True)
class IntRange:
    """`a..b` with whole numbers inside the extent's bounds; the default is the extent's default."""

    doc: RangeDoc | None = None

    def parse(self, raw: str, extent: tuple[int, int] | RangeExtent) -> tuple[int, int]:
        low_text, high_text = range_ends(raw, _INT, N_("not a range of whole numbers like a..b"))
        return checked_range(int(low_text), int(high_text), extent)

    def serialise(self, value: tuple[int, int]) -> str:
        return f"{value[0]}{RANGE_SEPARATOR}{value[1]}"

    def default_for(self, extent: tuple[int, int] | RangeExtent) -> tuple[int, int]:
        default = range_default(extent)
        return (int(default[0]), int(default[1]))


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DateRange:
    """`YYYY-MM-DD..YYYY-MM-DD` inside the extent's bounds; the default is the extent's default."""

    doc: RangeDoc | None = None

    def parse(self, raw: str, extent: tuple[date, date] | RangeExtent) -> tuple[date, date]:
        low_text, high_text = range_ends(raw, _ISO, N_("not a date range like 1988-03-01..1988-09-30"))
        try:
            low, high = date.fromisoformat(low_text), date.fromisoformat(high_text)
        except ValueError:
            raise InvalidValue(N_("not a real date")) from None
        return checked_range(low, high, extent)

    def serialise(self, value: tuple[date, date]) -> str:
        return f"{value[0].isoformat()}{RANGE_SEPARATOR}{value[1].isoformat()}"

    def default_for(self, extent: tuple[date, date] | RangeExtent) -> tuple[date, date]:
        return range_default(extent)


Spec = Choice | MultiChoice | Toggle | IntRange | DateRange
