"""Server-side figures, in this process: script times through AppTest, the tables' load time, figure JSON sizes.

A filter change is made the way the browser makes it: the widget's new state is
sent as the frontend would send it (formatted option strings, slider numbers in
the proto's units), so any widget of the page can be changed without knowing the
real values behind its labels.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from benchmarks.language import DEFAULT_LANGUAGE, language_query, text_language_error
from benchmarks.pages import DASHBOARD, REFERENCE_APP, Page
from benchmarks.report import add_error
from i18n import use_language

APPTEST_TIMEOUT_S = 120
FILTER_TYPES = ("multiselect", "selectbox", "radio", "button_group", "slider", "toggle")
TEXT_TYPES = ("title", "header", "subheader", "markdown", "caption")  # the page's prose, where its language shows


@dataclass
class PageTimes:
    """Wall-clock ms and CPU ms (this process's, i.e. the script thread's work) of each timed run."""

    cold_ms: float | None = None
    cold_cpu_ms: float | None = None
    warm_ms: list[float] = field(default_factory=list)
    warm_cpu_ms: list[float] = field(default_factory=list)
    plain_rerun_ms: list[float] = field(default_factory=list)
    plain_rerun_cpu_ms: list[float] = field(default_factory=list)
    cached_change_ms: list[float] = field(default_factory=list)
    cached_change_cpu_ms: list[float] = field(default_factory=list)
    filter_changed: str | None = None
    figure_bytes: int | None = None
    figure_bytes_each: list[int] = field(default_factory=list)
    charts: int | None = None
    errors: list[str] = field(default_factory=list)


def quiet() -> None:
    """Streamlit outside a server warns about the missing ScriptRunContext on every cached call."""
    from streamlit import config, logger

    config.set_option("logger.level", "error")
    logger.set_log_level("error")


class Timer:
    """Wall-clock and process CPU time of a block, in ms.

    On a shared machine the wall clock also counts the time the script waited for a
    CPU; the process CPU time counts only the work done (the main thread just waits
    for AppTest's script thread, and no server or browser runs during this part).
    """

    def __enter__(self) -> Timer:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall_ms = (time.perf_counter() - self._wall) * 1000
        self.cpu_ms = (time.process_time() - self._cpu) * 1000


def _exceptions(at) -> list[str]:
    return [e.value.splitlines()[0][:200] if e.value else "exception" for e in at.exception]


def page_text(at) -> str:
    """The text of the last run's titles, headings, Markdown and captions."""
    return "\n".join(element.value or "" for kind in TEXT_TYPES for element in at.get(kind))


def _check_language(at, result: PageTimes, language: str) -> bool:
    """False, with the error recorded once, when the last run's page is not in `language`."""
    error = text_language_error(page_text(at), language)
    add_error(result.errors, error)
    return error is None


def figure_sizes(at) -> list[int]:
    """UTF-8 length of each Plotly chart's figure JSON (`PlotlyChart.spec`) in the last run."""
    return [len(element.proto.spec.encode("utf-8")) for element in at.get("plotly_chart")]


# --- changing a widget the way the browser does ---------------------------------------------


def _widgets(at) -> Iterator[object]:
    """Filter widgets in page order: main area first, then the sidebar. The language switch is not a filter: a
    change of language builds every view anew, once per language, as a first visit does."""
    for block in (at.main, at.sidebar):
        for node in block:
            if getattr(node, "type", None) in FILTER_TYPES and not getattr(node.proto, "disabled", False):
                if getattr(node, "key", None) == "lang":
                    continue
                yield node


def _find(at, widget_id: str):
    for block in (at.main, at.sidebar):
        for node in block:
            if getattr(node, "id", None) == widget_id:
                return node
    return None


def _state_of(widget):
    return widget._widget_state  # the state AppTest would send for its current value


def _other_state(widget):
    """A WidgetState for a different valid value of `widget`, or None when it has only one."""
    from streamlit.proto.Slider_pb2 import Slider as SliderProto
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    state = WidgetState()
    state.id = widget.id
    kind = widget.type
    options = list(getattr(widget, "options", []))
    if kind == "toggle":
        state.bool_value = not bool(widget.value)
        return state
    if kind in ("selectbox", "radio") or (kind == "button_group" and widget._is_single_select):
        if kind == "button_group":
            current = list(widget.formatted_values)
        else:
            index = widget.index
            current = [] if index is None else [options[index]]
        others = [option for option in options if option not in current]
        if not others:
            return None
        if kind == "button_group":
            state.string_array_value.data[:] = [others[0]]
        else:
            state.string_value = others[0]
        return state
    if kind in ("multiselect", "button_group"):
        current = list(widget.values if kind == "multiselect" else widget.formatted_values)
        if len(current) > 1:
            new = current[:-1]  # drop one: never empty, so the page still draws
        else:
            extra = [option for option in options if option not in current][:1]
            if not extra:
                return None
            new = current + extra
        state.string_array_value.data[:] = new
        return state
    if kind == "slider":
        values = list(widget._widget_state.double_array_value.data)
        low, high, step = widget.proto.min, widget.proto.max, widget.proto.step or 1
        if widget.proto.data_type in (SliderProto.DATE,) and step < 86_400_000_000:
            step = 86_400_000_000
        if len(values) == 2:
            if values[1] - step >= values[0]:
                new = [values[0], values[1] - step]
            elif values[1] + step <= high:
                new = [values[0], values[1] + step]
            elif values[0] - step >= low:
                new = [values[0] - step, values[1]]
            else:
                return None
        else:
            if values[0] - step >= low:
                new = [values[0] - step]
            elif values[0] + step <= high:
                new = [values[0] + step]
            else:
                return None
        state.double_array_value.data[:] = new
        return state
    return None


def _send(widget, state) -> None:
    """Make AppTest send `state` for this widget on the next run, as the browser would."""
    base = type(widget)
    widget.__class__ = type(f"Changed{base.__name__}", (base,), {"_widget_state": property(lambda self: state)})


def _describe(widget) -> str:
    label = getattr(widget.proto, "label", "") or widget.id
    kind = {"button_group": "pills / segmented control"}.get(widget.type, widget.type)
    return f"{kind} “{label}”"


# --- measurements ---------------------------------------------------------------------------------


def _run(at, page: Page | None = None) -> None:
    """`at.run()`, staying on the page.

    AppTest reruns ask for the page the last run finished on by its hash. The default
    page has no url_path, so its hash is that of its file; while a `pages/` folder sat
    beside dashboard.py (an old-style multipage app to Streamlit) the same hash named
    that file alone, and the rerun skipped dashboard.py. An empty request always runs
    dashboard.py, whose navigation lands on the default page, as the browser's does.
    """
    if page is not None and not page.path:
        at._page_hash = ""
        at._finished_page_script_hash = ""
    at.run()


def clear_caches() -> None:
    """Nothing cached: st.cache_data and st.cache_resource both cleared (the tables are a resource)."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()


def _app(script, language: str = DEFAULT_LANGUAGE) -> object:
    """AppTest of `script`, opened as a reader of `language` opens it (its `lang` query parameter)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(script), default_timeout=APPTEST_TIMEOUT_S)
    at.query_params.update(language_query(language))
    return at


def page_times(page: Page, changes: int, plain_reruns: int, language: str = DEFAULT_LANGUAGE) -> PageTimes:
    """The page's script times, charts and figure JSON as a reader of `language` gets them; a page that came out in
    another language is an error (its figures would not be the ones asked for)."""
    # AppTest formats widget values with the page's format functions in this thread: they must speak its language.
    with use_language(language):
        return _page_times(page, changes, plain_reruns, language)


def _page_times(page: Page, changes: int, plain_reruns: int, language: str) -> PageTimes:
    result = PageTimes()
    at = _app(DASHBOARD, language)
    if page.path:
        at.run()  # switch_page needs a first run; it lands on the default page
        if at.exception:
            result.errors.append("dashboard.py raised: " + "; ".join(_exceptions(at)))
            return result
        at.switch_page(page.file)
    # The default page is not switched to: it is where the first run lands.
    clear_caches()
    with Timer() as timer:
        _run(at, page)
    result.cold_ms, result.cold_cpu_ms = timer.wall_ms, timer.cpu_ms
    if at.exception:
        result.errors.append("raised on its first run: " + "; ".join(_exceptions(at)))
        return result
    if not _check_language(at, result, language):
        return result
    result.figure_bytes_each = figure_sizes(at)
    result.figure_bytes = sum(result.figure_bytes_each)
    result.charts = len(result.figure_bytes_each)

    for _ in range(plain_reruns):
        with Timer() as timer:
            _run(at, page)
        result.plain_rerun_ms.append(timer.wall_ms)
        result.plain_rerun_cpu_ms.append(timer.cpu_ms)
        if at.exception:
            result.errors.append("raised on a rerun: " + "; ".join(_exceptions(at)))
            return result

    widget = next((w for w in _widgets(at) if _other_state(w) is not None), None)
    if widget is None:
        result.warm_ms, result.warm_cpu_ms = list(result.plain_rerun_ms), list(result.plain_rerun_cpu_ms)  # nothing to filter: the budget applies to a plain rerun
        _check_language(at, result, language)
        return result
    result.filter_changed = _describe(widget)
    widget_id = widget.id
    original, changed = _state_of(widget), _other_state(widget)

    def change(state, timed: list[float] | None, timed_cpu: list[float] | None) -> bool:
        widget = _find(at, widget_id)
        if widget is None:
            result.errors.append(f"the {result.filter_changed} disappeared after a filter change")
            return False
        _send(widget, state)
        with Timer() as timer:
            _run(at, page)
        if timed is not None:
            timed.append(timer.wall_ms)
            timed_cpu.append(timer.cpu_ms)
        if at.exception:
            result.errors.append("raised after a filter change: " + "; ".join(_exceptions(at)))
            return False
        return True

    # The budgeted figure: a change to a view nobody has built yet, with the tables loaded.
    # Every cache is cleared (the app may cache built views in either), then the default view
    # is run untimed, which loads the tables again, and then the change is timed.
    for _ in range(changes):
        clear_caches()
        if not change(original, None, None) or not change(changed, result.warm_ms, result.warm_cpu_ms):
            return result
    # For comparison: the same change back and forth, the view already cached if the app caches it.
    for i in range(changes):
        if not change(changed if i % 2 else original, result.cached_change_ms, result.cached_change_cpu_ms):
            return result
    _check_language(at, result, language)  # still in it after every change
    return result


def reference_times(plain_reruns: int) -> PageTimes:
    result = PageTimes()
    clear_caches()
    at = _app(REFERENCE_APP)
    with Timer() as timer:
        at.run()
    result.cold_ms, result.cold_cpu_ms = timer.wall_ms, timer.cpu_ms
    result.figure_bytes_each = figure_sizes(at)
    result.figure_bytes = sum(result.figure_bytes_each)
    result.charts = len(result.figure_bytes_each)
    for _ in range(plain_reruns):
        with Timer() as timer:
            at.run()
        result.plain_rerun_ms.append(timer.wall_ms)
        result.plain_rerun_cpu_ms.append(timer.cpu_ms)
    return result


@dataclass
class TablesTimes:
    cold_ms: float | None
    warm_ms: list[float]
    warm_cpu_ms: list[float]


def tables_times(calls: int) -> TablesTimes:
    """The first `ui.data.tables()` after clearing the caches, then `calls` warm ones."""
    from ui import data

    clear_caches()
    with Timer() as timer:
        data.tables()
    result = TablesTimes(timer.wall_ms, [], [])
    for _ in range(calls):
        with Timer() as timer:
            data.tables()
        result.warm_ms.append(timer.wall_ms)
        result.warm_cpu_ms.append(timer.cpu_ms)
    return result
