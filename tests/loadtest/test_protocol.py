"""The load client's protocol half, on messages built here: no server."""

from __future__ import annotations

import random

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from loadtest.protocol import (
    SIDEBAR,
    MessageCache,
    Widget,
    WidgetBoard,
    build_rerun,
    can_change,
    changed_value,
    decode,
    encode_rerun,
    navigation_hashes,
    problems_in,
    widget_from,
    widget_ids,
)

MAIN_HASH = "main0000"
PAGE_HASH = "page1111"


def delta(path: list[int], script_hash: str = PAGE_HASH) -> ForwardMsg:
    msg = ForwardMsg()
    msg.metadata.delta_path[:] = path
    msg.metadata.active_script_hash = script_hash
    return msg


def movements_multiselect(**proto: object) -> ForwardMsg:
    """A "Movements" multiselect in the sidebar, drawn by the main script, its value seeded by the script.

    Made up to test the generic parser (the dashboard itself draws its filter as pills in the page).
    """
    msg = delta([SIDEBAR, 0], MAIN_HASH)
    element = msg.delta.new_element.multiselect
    element.id = "$$ID-a972549ae5c8bd588c6b854e15c5788f-movement"
    element.label = "Movements"
    element.options[:] = ["1988 uprising", "2021 movement"]
    element.raw_values[:] = ["1988 uprising"]
    element.set_value = True
    for name, value in proto.items():
        setattr(element, name, value)
    return msg


def test_rerun_backmsg_carries_page_query_and_widget_states():
    widgets = [
        Widget("ms", "multiselect", "Movements", "string_array_value", ["1988 uprising"], ("1988 uprising", "2021 movement")),
        Widget("sb", "selectbox", "Dataset", "string_value", "Events (106 rows)", ("Events (106 rows)", "Periods")),
        Widget("cb", "checkbox", "Markers", "bool_value", False),
        Widget("sl", "slider", "Years", "double_array_value", [1960, 2024], bounds=(1960, 2024), step=1),
        Widget("none", "selectbox", "Nothing chosen", "string_value", None, ("a", "b")),
    ]
    data = encode_rerun(query_string="movement=1988", page_name="timeline", widgets=widgets,
                        cached_hashes=["abc"], url="http://h/timeline?movement=1988")
    msg = BackMsg()
    msg.ParseFromString(data)
    rerun = msg.rerun_script
    assert msg.WhichOneof("type") == "rerun_script"
    assert (rerun.query_string, rerun.page_name, rerun.page_script_hash) == ("movement=1988", "timeline", "")
    assert list(rerun.cached_message_hashes) == ["abc"]
    assert rerun.context_info.url == "http://h/timeline?movement=1988"
    states = {state.id: state for state in rerun.widget_states.widgets}
    assert set(states) == {"ms", "sb", "cb", "sl"}  # a widget showing no value sends none
    assert list(states["ms"].string_array_value.data) == ["1988 uprising"]
    assert states["sb"].string_value == "Events (106 rows)"
    assert states["cb"].WhichOneof("value") == "bool_value" and states["cb"].bool_value is False
    assert list(states["sl"].double_array_value.data) == [1960.0, 2024.0]


def test_navigation_click_is_a_rerun_with_the_page_hash():
    rerun = build_rerun(page_script_hash=PAGE_HASH).rerun_script
    assert rerun.page_script_hash == PAGE_HASH and rerun.page_name == "" and rerun.query_string == ""


def test_widget_ids_and_values_from_recorded_deltas():
    sidebar = movements_multiselect()
    pills = delta([0, 2])
    group = pills.delta.new_element.button_group
    group.id = "$$ID-596a-outcomes.horizon"
    group.label = "Time horizon"
    for content in ("Immediate", "Within a year", "Long term"):
        group.options.add(content=content)
    group.default[:] = [0, 1, 2]
    group.click_mode = group.MULTI_SELECT
    group.style = group.PILLS
    text = delta([0, 3])
    text.delta.new_element.markdown.body = "not a widget"

    recorded = [decode(m.SerializeToString()) for m in (sidebar, pills, text)]
    assert widget_ids(recorded) == {
        "$$ID-a972549ae5c8bd588c6b854e15c5788f-movement": ["1988 uprising"],
        "$$ID-596a-outcomes.horizon": ["Immediate", "Within a year", "Long term"],
    }
    movements = widget_from(recorded[0])
    assert (movements.kind, movements.label, movements.container) == ("multiselect", "Movements", SIDEBAR)
    assert movements.script_hash == MAIN_HASH and movements.set_by_script
    horizon = widget_from(recorded[1])
    assert (horizon.kind, horizon.multi, horizon.set_by_script) == ("pills", True, False)
    assert widget_from(recorded[2]) is None


def test_widget_defaults_when_the_script_sets_no_value():
    select = delta([0, 1])
    box = select.delta.new_element.selectbox
    box.id, box.label, box.default = "sb", "Dataset", 1
    box.options[:] = ["Events", "Periods", "Figures"]
    assert widget_from(select).value == "Periods"

    slider = delta([0, 2])
    proto = slider.delta.new_element.slider
    proto.id, proto.label, proto.min, proto.max, proto.step = "sl", "Years", 1960, 2024, 1
    proto.default[:] = [1960, 2024]
    widget = widget_from(slider)
    assert (widget.kind, widget.value, widget.bounds, widget.int_valued) == ("slider", [1960, 2024], (1960, 2024), True)

    toggle = delta([0, 3])
    check = toggle.delta.new_element.checkbox
    check.id, check.label, check.default = "cb", "Markers", True
    assert widget_from(toggle).value is True

    in_form = movements_multiselect(form_id="f")
    assert not can_change(widget_from(in_form))


@pytest.mark.parametrize("seed", range(30))
def test_a_changed_value_is_new_and_valid(seed):
    rng = random.Random(seed)
    movements = widget_from(movements_multiselect())
    new = changed_value(movements, rng)
    assert new != movements.value and new and set(new) <= set(movements.options)

    one = Widget("seg", "segmented_control", "Align", "string_array_value", ["Calendar dates"],
                 ("Calendar dates", "Days since day 0"), required=True)
    assert changed_value(one, rng) == ["Days since day 0"]

    box = Widget("sb", "selectbox", "Dataset", "string_value", "a", ("a", "b", "c"))
    assert changed_value(box, rng) in ("b", "c")

    years = Widget("sl", "slider", "Years", "double_array_value", [1960.0, 2024.0], bounds=(1960.0, 2024.0), step=1.0,
                   int_valued=True)
    low, high = changed_value(years, rng)
    assert 1960 <= low < high <= 2024 and [low, high] != [1960.0, 2024.0] and low == int(low)

    day = 86_400_000_000
    dates = Widget("dt", "slider", "Dates", "double_array_value", [0.0, 10.0 * day], bounds=(-5.0 * day, 10.0 * day),
                   step=float(day))
    assert all(v % day == 0 and -5 * day <= v <= 10 * day for v in changed_value(dates, rng))

    assert changed_value(Widget("cb", "checkbox", "Markers", "bool_value", True), rng) is False


def test_board_keeps_what_the_reader_chose_and_forgets_widgets_gone_from_screen():
    board = WidgetBoard()
    board.start_run()
    board.saw(widget_from(movements_multiselect()))
    horizon = Widget("h", "pills", "Time horizon", "string_array_value", ["Immediate"], ("Immediate", "Long term"),
                     multi=True, script_hash=PAGE_HASH)
    board.saw(horizon)
    board.finish_run()
    board.set("h", ["Long term"])

    board.start_run()  # the filter's rerun redraws the pills without a value: the choice stays
    board.saw(horizon)
    board.finish_run()
    assert board.widgets["h"].value == ["Long term"]
    assert "$$ID-a972549ae5c8bd588c6b854e15c5788f-movement" not in board.widgets  # not drawn this run

    board.start_run()
    board.saw(widget_from(movements_multiselect()))
    board.finish_run()
    assert [w.label for w in board.of_script(MAIN_HASH)] == ["Movements"]


def test_errors_are_exception_elements_and_pages_not_found():
    broken = delta([0, 3])
    broken.delta.new_element.exception.type = "AttributeError"
    broken.delta.new_element.exception.message = "'Pandas' object has no attribute '_people'\nmore"
    assert problems_in(broken) == ["exception AttributeError: 'Pandas' object has no attribute '_people'"]

    missing = ForwardMsg()
    missing.page_not_found.page_name = "nowhere"
    assert problems_in(missing) == ["page not found: 'nowhere'"]

    assert problems_in(movements_multiselect()) == []
    finished = ForwardMsg()
    finished.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    assert problems_in(finished) == []


def test_cache_resolves_a_ref_with_its_new_place_and_forgets_old_messages():
    cache = MessageCache(max_age=1)
    big = movements_multiselect()
    big.hash, big.metadata.cacheable = "h1", True
    cache.remember(big, big.SerializeToString())
    assert cache.hashes() == ["h1"]

    ref = ForwardMsg()
    ref.ref_hash = "h1"
    ref.metadata.delta_path[:] = [SIDEBAR, 4]
    resolved = cache.resolve(ref)
    assert resolved.delta.new_element.multiselect.label == "Movements"
    assert list(resolved.metadata.delta_path) == [SIDEBAR, 4]

    cache.finish_run()
    cache.finish_run()
    assert cache.hashes() == [] and cache.resolve(ref) is None


def test_navigation_maps_url_paths_to_page_hashes():
    msg = ForwardMsg()
    msg.navigation.app_pages.add(page_script_hash="o", page_name="Overview", is_default=True)
    msg.navigation.app_pages.add(page_script_hash="t", page_name="Timeline", url_pathname="timeline")
    assert navigation_hashes(msg) == {"": "o", "timeline": "t"}
