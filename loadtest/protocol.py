"""The pure half of the client: Streamlit's websocket messages, built and read without a network.

What the frontend of Streamlit 1.67 does, and this module copies:

* A rerun is `BackMsg.rerun_script` (a `ClientState`): the query string of the address
  bar, the page (`page_name` = URL path on a deep link, or `page_script_hash` after a
  click in the navigation), the value of every widget on screen (`widget_states`), the
  hashes of the messages it has cached, and a `context_info` (timezone, locale, URL...).
* The server answers with `ForwardMsg`s: `new_session` when the run starts, `navigation`,
  `page_info_changed` (the app rewrote the query string), `delta`s (elements; a widget's
  proto carries its id, options and, if the script set it, its value), `ref_hash`
  (a message the client said it has cached) and finally `script_finished`.
* Widget values live in the browser: a widget shows its default until the script sets
  a value (`set_value`) or the reader changes it, and the browser sends what it shows.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

SUCCESS = ForwardMsg.FINISHED_SUCCESSFULLY
EARLY_FOR_RERUN = ForwardMsg.FINISHED_EARLY_FOR_RERUN
STATUS_NAMES = {value: name for name, value in ForwardMsg.ScriptFinishedStatus.items()}

# Root containers of `metadata.delta_path[0]`.
MAIN, SIDEBAR = 0, 1

WireValue = list[str] | list[float] | str | bool


@dataclass(frozen=True)
class Widget:
    """One widget as the browser knows it: what it is and the value it shows."""

    id: str
    kind: str  # multiselect, selectbox, radio, checkbox, pills, segmented_control, slider, select_slider, date_input
    label: str
    value_type: str  # the WidgetState field the browser fills
    value: Any  # the wire value shown: list[str] | str | bool | list[float]
    options: tuple[str, ...] = ()
    multi: bool = False
    required: bool = False
    bounds: tuple[Any, Any] | None = None  # sliders and date inputs
    step: float = 0.0
    int_valued: bool = False
    script_hash: str = ""  # the script that drew it (`metadata.active_script_hash`)
    container: int = MAIN
    set_by_script: bool = False  # the proto carried a value (`set_value`)
    changeable: bool = True  # enabled, outside a form, reruns on change

    def state(self) -> WidgetState | None:
        """The `WidgetState` the browser sends for this widget (None when it shows no value)."""
        if self.value is None:
            return None
        state = WidgetState(id=self.id)
        if self.value_type == "string_array_value":
            state.string_array_value.data.extend(self.value)
        elif self.value_type == "double_array_value":
            state.double_array_value.data.extend(float(v) for v in self.value)
        elif self.value_type == "string_value":
            state.string_value = self.value
        elif self.value_type == "bool_value":
            state.bool_value = bool(self.value)
        else:  # pragma: no cover - every kind above maps to one of these
            raise ValueError(f"unsupported value type {self.value_type}")
        return state


def build_rerun(
    *,
    query_string: str = "",
    page_name: str = "",
    page_script_hash: str = "",
    widgets: Iterable[Widget] = (),
    cached_hashes: Iterable[str] = (),
    url: str = "",
) -> BackMsg:
    """A `rerun_script` BackMsg as the frontend sends it."""
    msg = BackMsg()
    rerun = msg.rerun_script
    rerun.query_string = query_string
    rerun.page_name = page_name
    rerun.page_script_hash = page_script_hash
    states = [w.state() for w in widgets]
    rerun.widget_states.widgets.extend(s for s in states if s is not None)
    rerun.cached_message_hashes.extend(cached_hashes)
    info = rerun.context_info
    info.timezone = "UTC"
    info.timezone_offset = 0
    info.locale = "en-US"
    info.url = url
    info.is_embedded = False
    info.color_scheme = "light"
    return msg


def encode_rerun(**kwargs: Any) -> bytes:
    return build_rerun(**kwargs).SerializeToString()


def decode(data: bytes) -> ForwardMsg:
    msg = ForwardMsg()
    msg.ParseFromString(data)
    return msg


# --- reading ForwardMsgs -------------------------------------------------------------


def element_of(msg: ForwardMsg) -> tuple[str, Any] | None:
    """(element type, element proto) of a `delta.new_element` message, else None."""
    if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
        return None
    element = msg.delta.new_element
    kind = element.WhichOneof("type")
    return (kind, getattr(element, kind)) if kind else None


def download_url(msg: ForwardMsg) -> str | None:
    """The file URL of a download button the delta draws (a path under /media/), if it has one yet."""
    element = element_of(msg)
    if element is None or element[0] != "download_button" or not element[1].url:
        return None
    return element[1].url


def problems_in(msg: ForwardMsg) -> list[str]:
    """What in one ForwardMsg counts as an error: an exception element, a page not found, a compile error."""
    found: list[str] = []
    element = element_of(msg)
    if element and element[0] == "exception":
        exc = element[1]
        first_line = (exc.message or "").strip().splitlines()[0:1]
        found.append(f"exception {exc.type}: {first_line[0][:160] if first_line else ''}".rstrip(": "))
    kind = msg.WhichOneof("type")
    if kind == "page_not_found":
        name = msg.page_not_found.page_name
        # An empty name comes from st.navigation; either way the browser shows a "Page not found" dialog.
        found.append(f"page not found: {name!r}" if name else "page not found (no page name: sent by st.navigation)")
    elif kind == "session_event" and msg.session_event.WhichOneof("type") == "script_compilation_exception":
        exc = msg.session_event.script_compilation_exception
        found.append(f"compile error {exc.type}: {exc.message[:160]}")
    return found


def widget_from(msg: ForwardMsg) -> Widget | None:
    """The widget a delta draws, with the value the browser would show for it on first sight."""
    element = element_of(msg)
    if element is None:
        return None
    kind, proto = element
    common = {
        "script_hash": msg.metadata.active_script_hash,
        "container": msg.metadata.delta_path[0] if msg.metadata.delta_path else MAIN,
    }
    if kind in ("multiselect", "selectbox", "radio", "checkbox", "button_group", "slider", "date_input"):
        common["changeable"] = not proto.disabled and not proto.form_id and not proto.ignore_rerun
        common["set_by_script"] = proto.set_value
    if kind == "multiselect":
        options = tuple(proto.options)
        value = list(proto.raw_values) if proto.set_value else [options[i] for i in proto.default if 0 <= i < len(options)]
        return Widget(proto.id, kind, proto.label, "string_array_value", value, options, multi=True, **common)
    if kind in ("selectbox", "radio"):
        options = tuple(proto.options)
        if proto.set_value:
            value = proto.raw_value if proto.HasField("raw_value") else None
        else:
            value = options[proto.default] if 0 <= proto.default < len(options) and proto.HasField("default") else None
        return Widget(proto.id, kind, proto.label, "string_value", value, options, **common)
    if kind == "checkbox":
        value = proto.value if proto.set_value else proto.default
        return Widget(proto.id, kind, proto.label, "bool_value", bool(value), (), **common)
    if kind == "button_group":
        options = tuple(option.content for option in proto.options)
        value = list(proto.raw_values) if proto.set_value else [options[i] for i in proto.default if 0 <= i < len(options)]
        style = "pills" if proto.style == proto.PILLS else "segmented_control"
        multi = proto.click_mode == proto.MULTI_SELECT
        return Widget(proto.id, style, proto.label, "string_array_value", value, options, multi=multi,
                      required=proto.required, **common)
    if kind == "slider":
        if proto.options:  # st.select_slider: values are formatted options
            options = tuple(proto.options)
            value = list(proto.raw_value) if proto.set_value else [options[int(i)] for i in proto.default]
            return Widget(proto.id, "select_slider", proto.label, "string_array_value", value, options, **common)
        value = list(proto.value) if proto.set_value else list(proto.default)
        int_valued = proto.data_type != proto.FLOAT
        return Widget(proto.id, "slider", proto.label, "double_array_value", value, (), bounds=(proto.min, proto.max),
                      step=proto.step or 1.0, int_valued=int_valued, **common)
    if kind == "date_input":
        value = list(proto.value) if proto.set_value else list(proto.default)
        bounds = (proto.min, proto.max) if proto.min and proto.max else None
        return Widget(proto.id, kind, proto.label, "string_array_value", value, (), multi=proto.is_range,
                      bounds=bounds, **common)
    return None


def widget_ids(messages: Iterable[ForwardMsg]) -> dict[str, Any]:
    """Widget id -> shown value for every widget drawn in these messages (what a run leaves on screen)."""
    found: dict[str, Any] = {}
    for msg in messages:
        widget = widget_from(msg)
        if widget is not None:
            found[widget.id] = widget.value
    return found


# --- the reader's hand on a filter ------------------------------------------------------


def can_change(widget: Widget) -> bool:
    if not widget.changeable:
        return False
    if widget.kind in ("checkbox",):
        return True
    if widget.kind in ("slider",):
        low, high = widget.bounds or (0, 0)
        return high - low >= (widget.step or 1) and widget.value is not None and len(widget.value) in (1, 2)
    if widget.kind == "date_input":
        return widget.bounds is not None and widget.multi
    return len(widget.options) >= 2


def changed_value(widget: Widget, rng: random.Random) -> Any:
    """A new value for a widget, one a reader could pick with the mouse (always different, always valid)."""
    kind = widget.kind
    if kind == "checkbox":
        return not widget.value
    if kind == "multiselect" or (kind in ("pills", "segmented_control") and widget.multi):
        current = [v for v in (widget.value or []) if v in widget.options]
        option = rng.choice(widget.options)
        if option in current and len(current) > 1:
            chosen = set(current) - {option}
        elif option in current:  # removing the last one would empty the view: add another instead
            chosen = set(current) | {rng.choice([o for o in widget.options if o != option])}
        else:
            chosen = set(current) | {option}
        # In the option order, as a reader who clicks the boxes from the top would leave them.
        return [o for o in widget.options if o in chosen]
    if kind in ("selectbox", "radio", "pills", "segmented_control"):
        current = widget.value[0] if isinstance(widget.value, list) and widget.value else widget.value
        choice = rng.choice([o for o in widget.options if o != current])
        return [choice] if widget.value_type == "string_array_value" else choice
    if kind == "select_slider":
        count = len(widget.value or []) or 1
        for _ in range(20):
            picked = sorted(rng.sample(range(len(widget.options)), count)) if count <= len(widget.options) else [0]
            new = [widget.options[i] for i in picked]
            if new != widget.value:
                return new
        return [widget.options[0]] * count
    if kind == "slider":
        low, high = widget.bounds
        step = widget.step or 1.0
        steps = int(round((high - low) / step))
        count = len(widget.value)
        for _ in range(20):
            picked = sorted(rng.sample(range(steps + 1), count)) if count <= steps + 1 else [0] * count
            new = [low + k * step for k in picked]
            if widget.int_valued:
                new = [float(int(round(v))) for v in new]
            if new != [float(v) for v in widget.value]:
                return new
        return [float(low)] * count
    if kind == "date_input":
        from datetime import date, timedelta

        low, high = (date.fromisoformat(b.replace("/", "-")) for b in widget.bounds)
        span = (high - low).days
        a, b = sorted(rng.sample(range(span + 1), 2)) if span >= 1 else (0, 0)
        return [(low + timedelta(days=a)).isoformat(), (low + timedelta(days=b)).isoformat()]
    raise ValueError(f"cannot change a {kind}")


# --- what the browser keeps between runs --------------------------------------------------


@dataclass
class WidgetBoard:
    """The widgets of the last run and their shown values, kept as the frontend's WidgetStateManager does."""

    widgets: dict[str, Widget] = field(default_factory=dict)
    _seen_this_run: set[str] = field(default_factory=set)

    def start_run(self) -> None:
        self._seen_this_run = set()

    def saw(self, widget: Widget) -> None:
        """A widget drawn by this run: the script's value wins, else the value already shown stays."""
        known = self.widgets.get(widget.id)
        if known is not None and not widget.set_by_script:
            widget = replace(widget, value=known.value)
        self.widgets[widget.id] = widget
        self._seen_this_run.add(widget.id)

    def finish_run(self) -> None:
        """The run is over: widgets it did not draw are gone from the screen."""
        self.widgets = {wid: w for wid, w in self.widgets.items() if wid in self._seen_this_run}

    def set(self, widget_id: str, value: Any) -> None:
        self.widgets[widget_id] = replace(self.widgets[widget_id], value=value)

    def all(self) -> list[Widget]:
        return list(self.widgets.values())

    def of_script(self, script_hash: str) -> list[Widget]:
        """The widgets a page change keeps: those the main script (not the page) drew."""
        return [w for w in self.widgets.values() if w.script_hash == script_hash]

    def changeable(self) -> list[Widget]:
        return [w for w in self.widgets.values() if can_change(w)]


@dataclass
class MessageCache:
    """The frontend's ForwardMsgCache: cacheable messages by hash, dropped after `max_age` runs unused."""

    max_age: int = 2
    _messages: dict[str, tuple[bytes, int]] = field(default_factory=dict)
    _runs: int = 0

    def hashes(self) -> list[str]:
        return list(self._messages)

    def remember(self, msg: ForwardMsg, data: bytes) -> None:
        if msg.metadata.cacheable and msg.hash:
            self._messages[msg.hash] = (data, self._runs)

    def resolve(self, ref: ForwardMsg) -> ForwardMsg | None:
        """The cached message a `ref_hash` stands for, with the ref's metadata (its place on the page)."""
        entry = self._messages.get(ref.ref_hash)
        if entry is None:
            return None
        self._messages[ref.ref_hash] = (entry[0], self._runs)
        msg = decode(entry[0])
        msg.metadata.CopyFrom(ref.metadata)
        return msg

    def finish_run(self) -> None:
        self._runs += 1
        self._messages = {h: e for h, e in self._messages.items() if self._runs - e[1] <= self.max_age}


def navigation_hashes(msg: ForwardMsg) -> dict[str, str]:
    """URL path -> page script hash from a `navigation` message ("" for the default page)."""
    pages: dict[str, str] = {}
    for page in msg.navigation.app_pages:
        pages["" if page.is_default else page.url_pathname] = page.page_script_hash
    return pages

