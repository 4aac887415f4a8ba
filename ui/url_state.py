"""The URL contract: the one module that reads, validates and writes the view state in the address bar.

The pure half (`parse`, `serialise`, the parameter specs) is plain Python, tested
without a browser. The Streamlit half (`view`, `commit`, `share_link`) is the only
code that touches `st.query_params`; pages call it and never read the URL
themselves.

Contract (also in the README): stable lowercase ids, lists joined with `~`,
ranges written `a..b`, a value equal to its default left out. A bad value falls
back to its default, the good parts are kept, and a notice names what was ignored
without echoing the input.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, urlencode

from transforms import schema

LIST_SEPARATOR = "~"
RANGE_SEPARATOR = ".."
# Longer values are not ids or ranges of this contract; refuse them before parsing.
MAX_VALUE_LENGTH = 200


class InvalidValue(ValueError):
    """A URL value that breaks its parameter's rule; the message says which rule, never the value."""


@dataclass(frozen=True)
class Choice:
    options: tuple[str, ...]
    default: str

    def parse(self, raw: str, extent: Any = None) -> str:
        if raw not in self.options:
            raise InvalidValue("not a known value")
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
            raise InvalidValue("not a list of known values")
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
            raise InvalidValue("not on or off")
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


def checked_range(low: Any, high: Any, extent: Any) -> tuple[Any, Any]:
    """The rules every range shares, whatever its units: in order, and inside the bounds."""
    if low > high:
        raise InvalidValue("range is reversed")
    bounds = range_bounds(extent)
    if low < bounds[0] or high > bounds[1]:
        raise InvalidValue(f"range is outside {bounds[0]}..{bounds[1]}")
    return (low, high)


_INT = re.compile(r"^-?\d{1,6}$")


@dataclass(frozen=True)
class IntRange:
    """`a..b` with whole numbers inside the extent's bounds; the default is the extent's default."""

    def parse(self, raw: str, extent: tuple[int, int] | RangeExtent) -> tuple[int, int]:
        low_text, sep, high_text = raw.partition(RANGE_SEPARATOR)
        if not sep or not _INT.match(low_text) or not _INT.match(high_text):
            raise InvalidValue("not a range of whole numbers like a..b")
        low, high = int(low_text), int(high_text)
        return checked_range(low, high, extent)

    def serialise(self, value: tuple[int, int]) -> str:
        return f"{value[0]}{RANGE_SEPARATOR}{value[1]}"

    def default_for(self, extent: tuple[int, int] | RangeExtent) -> tuple[int, int]:
        default = range_default(extent)
        return (int(default[0]), int(default[1]))


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DateRange:
    """`YYYY-MM-DD..YYYY-MM-DD` inside the extent's bounds; the default is the extent's default."""

    def parse(self, raw: str, extent: tuple[date, date] | RangeExtent) -> tuple[date, date]:
        low_text, sep, high_text = raw.partition(RANGE_SEPARATOR)
        if not sep or not _ISO.match(low_text) or not _ISO.match(high_text):
            raise InvalidValue("not a date range like 1988-03-01..1988-09-30")
        try:
            low, high = date.fromisoformat(low_text), date.fromisoformat(high_text)
        except ValueError:
            raise InvalidValue("not a real date") from None
        return checked_range(low, high, extent)

    def serialise(self, value: tuple[date, date]) -> str:
        return f"{value[0].isoformat()}{RANGE_SEPARATOR}{value[1].isoformat()}"

    def default_for(self, extent: tuple[date, date] | RangeExtent) -> tuple[date, date]:
        return range_default(extent)


Spec = Choice | MultiChoice | Toggle | IntRange | DateRange

MOVEMENT = MultiChoice(schema.MOVEMENTS)
TIMELINE_ALIGNMENTS = ("date", "day0")
ECONOMY_INDICATOR_CHOICES = ("gdp_growth", "inflation", "exchange_rate", "gdp_per_capita")
DATASET_CHOICES = tuple(schema.TABLES)
VERDICTS = ("supported", "partly_supported", "contradicted", "not_checkable")
# A page shows one chart at a time (`chart`, the first by default): a link names the chart it
# shows, and a phone draws one figure, not five.
OVERVIEW_CHARTS = ("ranges", "durations")
TIMELINE_CHARTS = ("events", "running")
ORGANISATION_CHARTS = ("founding", "kinds", "strikes")
REPRESSION_CHARTS = ("deaths", "arrests", "displaced", "participation", "over_time")
OUTCOME_CHARTS = ("heatmap", "durations")
CLAIM_CHARTS = ("summary", "c1", "c2", "c3", "c11")  # the verdicts, then the claims checked on numbers
# `view=chart`: the chart alone, for embedding (`embed` is taken by Streamlit Community Cloud).
VIEW = Choice(("full", "chart"), "full")

# Parameters of each page, in the order they appear in the URL. The timeline's
# `time` is read as days or as dates depending on `align`, so it comes after it.
PAGES: dict[str, dict[str, Spec]] = {
    "overview": {"movement": MOVEMENT, "chart": Choice(OVERVIEW_CHARTS, OVERVIEW_CHARTS[0]), "view": VIEW},
    "timeline": {
        "movement": MOVEMENT,
        "align": Choice(TIMELINE_ALIGNMENTS, "date"),
        "category": MultiChoice(schema.EVENT_CATEGORIES),
        "time": IntRange(),  # replaced by DateRange when align=date, see spec_for
        "chart": Choice(TIMELINE_CHARTS, TIMELINE_CHARTS[0]),
        "view": VIEW,
    },
    "organisation": {
        "movement": MOVEMENT,
        "type": MultiChoice(schema.ORGANISATION_TYPES),
        "level": MultiChoice(schema.ORGANISATION_LEVELS),
        "chart": Choice(ORGANISATION_CHARTS, ORGANISATION_CHARTS[0]),
        "view": VIEW,
    },
    "repression": {"movement": MOVEMENT, "chart": Choice(REPRESSION_CHARTS, REPRESSION_CHARTS[0]), "view": VIEW},
    "outcomes": {
        "movement": MOVEMENT,
        "horizon": MultiChoice(schema.OUTCOME_HORIZONS),
        "chart": Choice(OUTCOME_CHARTS, OUTCOME_CHARTS[0]),
        "view": VIEW,
    },
    "economy": {
        "indicator": Choice(ECONOMY_INDICATOR_CHOICES, "gdp_growth"),
        "time": IntRange(),
        "markers": Toggle(True),
        "view": VIEW,
    },
    "claims": {
        "dimension": MultiChoice(schema.CLAIM_DIMENSIONS),
        "verdict": MultiChoice(VERDICTS),
        "chart": Choice(CLAIM_CHARTS, CLAIM_CHARTS[0]),
        "view": VIEW,
    },
    "data": {"dataset": Choice(DATASET_CHOICES, "events")},
    "about": {},
}

# Parameters that mean the same on every page that has them, kept when moving between pages.
SHARED_PARAMS = ("movement",)


def spec_for(page: str, param: str, values: Mapping[str, Any]) -> Spec:
    spec = PAGES[page][param]
    if page == "timeline" and param == "time" and values.get("align") == "date":
        return DateRange()
    return spec


@dataclass
class ViewState:
    page: str
    values: dict[str, Any]
    ignored: list[str] = field(default_factory=list)  # "param: reason", input never echoed

    @property
    def notice(self) -> str | None:
        if not self.ignored:
            return None
        return "Part of this link was not understood and was ignored: " + "; ".join(self.ignored) + ". The rest of the view is as linked."


def resolve_extent(extent: Any, values: Mapping[str, Any]) -> Any:
    """An extent may depend on other parameters (the timeline's on `align`): then it is a function of them."""
    return extent(values) if callable(extent) else extent


def parse(page: str, query: Mapping[str, str], extents: Mapping[str, Any] | None = None) -> ViewState:
    """Parse a query string (one value per key) into a page's typed state."""
    extents = extents or {}
    specs = PAGES[page]
    values: dict[str, Any] = {}
    ignored: list[str] = []
    for param in specs:
        spec = spec_for(page, param, values)
        extent = resolve_extent(extents.get(param), values)
        default = spec.default_for(extent)
        raw = query.get(param)
        if raw is None:
            values[param] = default
            continue
        try:
            if len(raw) > MAX_VALUE_LENGTH:
                raise InvalidValue("value is too long")
            values[param] = spec.parse(raw, extent)
        except InvalidValue as reason:
            values[param] = default
            ignored.append(f"{param} ({reason})")
    unknown = [key for key in query if key not in specs]
    if unknown:
        ignored.append(f"{len(unknown)} parameter{'s' if len(unknown) > 1 else ''} this page does not use")
    return ViewState(page, values, ignored)


def serialise(page: str, values: Mapping[str, Any], extents: Mapping[str, Any] | None = None) -> dict[str, str]:
    """The query parameters of a view, defaults left out, in the page's parameter order."""
    extents = extents or {}
    query: dict[str, str] = {}
    for param in PAGES[page]:
        if param not in values:
            continue
        spec = spec_for(page, param, values)
        value = values[param]
        if _same(value, spec.default_for(resolve_extent(extents.get(param), values))):
            continue
        query[param] = spec.serialise(value)
    return query


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return list(a) == list(b)
    return a == b


def query_string(query: Mapping[str, str]) -> str:
    # `~` and `.` are unreserved in URLs, so lists and ranges stay readable.
    return urlencode(query, safe="~.:")


def with_view(query: str, view_name: str) -> str:
    """A view's query string with `view` set to `view_name` (left out at its default, `full`)."""
    pairs = [(key, value) for key, value in parse_qsl(query, keep_blank_values=True) if key != "view"]
    if view_name != VIEW.default:
        pairs.append(("view", view_name))  # `view` is the last parameter of every page that has it
    return query_string(dict(pairs))


# --- Streamlit adapter -------------------------------------------------------------

_SHARED_KEY = "_url_shared_params"


def widget_key(page: str, param: str) -> str:
    return "movement" if param in SHARED_PARAMS else f"{page}.{param}"


def view(page: str, extents: Mapping[str, Any] | None = None) -> ViewState:
    """Read the address bar into the page's state and seed the page's widgets with it.

    Widgets keep their own value once shown; the URL only seeds them the first
    time a page is shown in a session, so a filter change is never undone by the
    old address.
    """
    import streamlit as st

    query = {key: st.query_params[key] for key in st.query_params.keys()}
    remembered = st.session_state.get(_SHARED_KEY, {})
    for param in SHARED_PARAMS:
        if param in PAGES[page] and param not in query and param in remembered:
            query[param] = remembered[param]
    state = parse(page, query, extents)
    for param, value in state.values.items():
        key = widget_key(page, param)
        if key not in st.session_state:
            st.session_state[key] = list(value) if isinstance(value, list) else value
        elif param in SHARED_PARAMS:
            # Each page draws a shared widget itself, and Streamlit tells widgets apart by the
            # page that draws them: set under its key, the value shown on the last page is the
            # one this page's widget starts with (a no-op within a page).
            st.session_state[key] = st.session_state[key]
    return state


def chart_only(page: str) -> bool:
    """Whether the link asks for the page's chart alone (`view=chart`): read from the address bar in every
    run, as no widget holds it."""
    import streamlit as st

    return "view" in PAGES[page] and st.query_params.get("view") == "chart"


def address_query() -> str:
    """The address bar's query string as it is now (after `commit`, the current view's)."""
    import streamlit as st

    return query_string({key: st.query_params[key] for key in st.query_params.keys()})


def current(page: str, param: str) -> Any:
    """A parameter's value in this run before its widget is drawn (`view` seeded it from the link)."""
    import streamlit as st

    return st.session_state[widget_key(page, param)]


# Streamlit records every change of st.query_params as a new browser history entry.
# A filter change must not pile up entries, so within one page (same path) a push
# becomes a replace; moving to another page still pushes, and Back still works.
# The site's own page links (`a[data-in-app]`, see layout.site_navigation) move to their
# page as Back and Forward do: a history entry, then Streamlit's own popstate handling
# runs that page in this session, without reloading. Clicks with a modifier key or
# another button are left to the browser (a new tab, say).
# A constant script: nothing from the URL or the data is ever part of it.
_HISTORY_SCRIPT = """
<script>
(() => {
  const w = window;
  if (w.__uprisingsHistoryScript) return;
  w.__uprisingsHistoryScript = true;
  const push = w.history.pushState.bind(w.history);
  w.history.pushState = (state, title, url) => {
    const target = url ? new URL(url, w.location.href) : null;
    if (target && target.pathname === w.location.pathname) {
      return w.history.replaceState(state, title, url);
    }
    return push(state, title, url);
  };
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-in-app]") : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    w.history.pushState(null, "", link.href);
    w.dispatchEvent(new PopStateEvent("popstate"));
  });
})();
</script>
"""


def install_history_script() -> None:
    """Filter changes replace history entries; the site's page links switch pages in this session."""
    import streamlit as st

    st.html(_HISTORY_SCRIPT, unsafe_allow_javascript=True, width="content")


def commit(page: str, values: Mapping[str, Any], extents: Mapping[str, Any] | None = None) -> str:
    """Write the view's state to the address bar (only when it changed); returns the query string."""
    import streamlit as st

    if "view" in PAGES[page]:
        values = {**values, "view": "chart" if chart_only(page) else VIEW.default}
    query = serialise(page, values, extents)
    shared = st.session_state.setdefault(_SHARED_KEY, {})
    for param in SHARED_PARAMS:
        if param in PAGES[page]:
            if param in query:
                shared[param] = query[param]
            else:
                shared.pop(param, None)
    current = {key: st.query_params[key] for key in st.query_params.keys()}
    if current != query:
        st.query_params.from_dict(query)
    return query_string(query)
