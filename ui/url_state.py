"""The URL contract: the one module that reads, validates and writes the view state in the address bar.

The pure half (`parse`, `serialise`) is plain Python, tested without a browser; the kinds of
parameter are in `url_params`, each page's parameters in the page registry (`pages`). The
Streamlit half (`view`, `commit`) is the only code that touches `st.query_params`; pages call
it and never read the URL themselves.

Contract (also in the README): stable lowercase ids, lists joined with `~`,
ranges written `a..b`, a value equal to its default left out. A bad value falls
back to its default, the good parts are kept, and a notice names what was ignored
without echoing the input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from i18n import _, localise_digits, ngettext
from ui import streamlit_workarounds
from ui.pages import PAGES, VIEW
from ui.url_params import MAX_VALUE_LENGTH, DateRange, InvalidValue, Spec

# Parameters that mean the same on every page that has them, kept when moving between pages.
SHARED_PARAMS = ("movement", "lang")


def spec_for(page: str, param: str, values: Mapping[str, Any]) -> Spec:
    spec = PAGES[page].params[param]
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
        return _("Part of this link was not understood and was ignored: {parts}. The rest of the view is as linked.").format(
            parts="; ".join(self.ignored)
        )


def resolve_extent(extent: Any, values: Mapping[str, Any]) -> Any:
    """An extent may depend on other parameters (the timeline's on `align`): then it is a function of them."""
    return extent(values) if callable(extent) else extent


def parse(page: str, query: Mapping[str, str], extents: Mapping[str, Any] | None = None) -> ViewState:
    """Parse a query string (one value per key) into a page's typed state."""
    extents = extents or {}
    specs = PAGES[page].params
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
            ignored.append(_("{param} ({reason})").format(param=param, reason=reason.translated()))
    unknown = [key for key in query if key not in specs]
    if unknown:
        ignored.append(
            ngettext("{count} parameter this page does not use", "{count} parameters this page does not use", len(unknown))
            .format(count=localise_digits(str(len(unknown))))
        )
    return ViewState(page, values, ignored)


def serialise(page: str, values: Mapping[str, Any], extents: Mapping[str, Any] | None = None) -> dict[str, str]:
    """The query parameters of a view, defaults left out, in the page's parameter order."""
    extents = extents or {}
    query: dict[str, str] = {}
    for param in PAGES[page].params:
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
    """A view's query string with `view` set to `view_name` (left out at its default, `full`), before `lang`."""
    pairs = [(key, value) for key, value in parse_qsl(query, keep_blank_values=True) if key != "view"]
    if view_name != VIEW.default:
        at = next((i for i, (key, _value) in enumerate(pairs) if key == "lang"), len(pairs))
        pairs.insert(at, ("view", view_name))
    return query_string(dict(pairs))


# --- Streamlit adapter -------------------------------------------------------------

_SHARED_KEY = "_url_shared_params"


def widget_key(page: str, param: str) -> str:
    return param if param in SHARED_PARAMS else f"{page}.{param}"


def view(page: str) -> ViewState:
    """Read the address bar into the page's state and seed the page's widgets with it.

    Widgets keep their own value once shown; the URL only seeds them the first
    time a page is shown in a session, so a filter change is never undone by the
    old address.
    """
    import streamlit as st

    query = {key: st.query_params[key] for key in st.query_params.keys()}
    remembered = st.session_state.get(_SHARED_KEY, {})
    for param in SHARED_PARAMS:
        if param in PAGES[page].params and param not in query and param in remembered:
            query[param] = remembered[param]
    state = parse(page, query, PAGES[page].extents())
    for param, value in state.values.items():
        key = widget_key(page, param)
        if key not in st.session_state:
            st.session_state[key] = list(value) if isinstance(value, list) else value
        elif param in SHARED_PARAMS:
            # Each page draws a shared widget itself: the value shown on the last page is the one
            # this page's widget starts with.
            streamlit_workarounds.reseed_widget(key)
    return state


def chart_only(page: str) -> bool:
    """Whether the link asks for the page's chart alone (`view=chart`): read from the address bar in every
    run, as no widget holds it."""
    import streamlit as st

    return "view" in PAGES[page].params and st.query_params.get("view") == "chart"


def address_query() -> str:
    """The address bar's query string as it is now (after `commit`, the current view's)."""
    import streamlit as st

    return query_string({key: st.query_params[key] for key in st.query_params.keys()})


def link_language(page: str) -> str:
    """The reader's language before the link is read in full (which needs the data): the switch's value once
    drawn, else the link's `lang`, else English. `view` reports a bad `lang` with the rest of the link."""
    import streamlit as st

    spec = PAGES[page].params["lang"]
    raw = st.session_state.get(widget_key(page, "lang")) or st.query_params.get("lang")
    return raw if raw in spec.options else spec.default


def current(page: str, param: str) -> Any:
    """A parameter's value in this run before its widget is drawn (`view` seeded it from the link)."""
    import streamlit as st

    return st.session_state[widget_key(page, param)]


def commit(page: str, values: Mapping[str, Any]) -> str:
    """Write the view's state to the address bar (only when it changed); returns the query string."""
    import streamlit as st

    # A page need not pass the shared parameters it does not draw (the language): they keep their value.
    values = {**{p: st.session_state[widget_key(page, p)] for p in SHARED_PARAMS if p in PAGES[page].params and p not in values}, **values}
    if "view" in PAGES[page].params:
        values = {**values, "view": "chart" if chart_only(page) else VIEW.default}
    query = serialise(page, values, PAGES[page].extents())
    shared = st.session_state.setdefault(_SHARED_KEY, {})
    for param in SHARED_PARAMS:
        if param in PAGES[page].params:
            if param in query:
                shared[param] = query[param]
            else:
                shared.pop(param, None)
    current = {key: st.query_params[key] for key in st.query_params.keys()}
    if current != query:
        st.query_params.from_dict(query)
    return query_string(query)
