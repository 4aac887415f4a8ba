"""The URL contract: parsing, validation, defaults and round trips, without a browser."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ui import url_params, url_state
from ui.pages import PAGES
from ui.url_state import parse, query_string, serialise

PARAMS = {page.id: page.params for page in PAGES.values()}

DAY_EXTENT = (-400, 1700)
DATE_EXTENT = (date(1962, 7, 7), date(2025, 7, 31))
YEAR_EXTENT = (1960, 2024)


def extents(page: str) -> dict:
    if page == "timeline":
        return {"time": lambda values: DATE_EXTENT if values.get("align") == "date" else DAY_EXTENT}
    if page == "economy":
        return {"time": YEAR_EXTENT}
    if page == "map":
        return {"time": (1962, 2026)}
    return {}


def test_default_view_has_an_empty_query():
    for page in PARAMS:
        state = parse(page, {}, extents(page))
        assert state.ignored == []
        assert serialise(page, state.values, extents(page)) == {}


def test_movement_list_joins_with_tilde_and_keeps_option_order():
    state = parse("timeline", {"movement": "2021~1988"}, extents("timeline"))
    assert state.values["movement"] == ["1988", "2021"]
    assert serialise("timeline", {**state.values, "movement": ["2021"]}, extents("timeline")) == {"movement": "2021"}


def test_empty_selection_round_trips():
    state = parse("overview", {"movement": ""})
    assert state.values["movement"] == [] and state.ignored == []
    assert serialise("overview", state.values) == {"movement": ""}


def test_value_equal_to_default_is_left_out():
    values = parse("economy", {"indicator": "gdp_growth", "markers": "on"}, extents("economy")).values
    assert serialise("economy", values, extents("economy")) == {}


def test_day_range_when_aligned_on_day_zero():
    state = parse("timeline", {"align": "day0", "time": "-30..200"}, extents("timeline"))
    assert state.values["time"] == (-30, 200)
    assert state.ignored == []


def test_date_range_when_aligned_on_calendar_dates():
    state = parse("timeline", {"align": "date", "time": "1988-03-01..1988-10-31"}, extents("timeline"))
    assert state.values["time"] == (date(1988, 3, 1), date(1988, 10, 31))
    assert serialise("timeline", state.values, extents("timeline")) == {"time": "1988-03-01..1988-10-31"}


def test_reversed_range_falls_back_and_is_reported():
    state = parse("economy", {"time": "1990..1980", "indicator": "inflation"}, extents("economy"))
    assert state.values["time"] == YEAR_EXTENT
    assert state.values["indicator"] == "inflation"
    assert state.ignored == ["time (range is reversed)"]


def test_out_of_range_years_fall_back():
    state = parse("economy", {"time": "1900..1990"}, extents("economy"))
    assert state.values["time"] == YEAR_EXTENT
    assert "outside 1960..2024" in state.notice


def test_unknown_id_falls_back_and_good_parts_are_kept():
    state = parse("timeline", {"movement": "1988", "category": "strike~riot", "align": "day0"}, extents("timeline"))
    assert state.values["movement"] == ["1988"]
    assert state.values["align"] == "day0"
    assert state.values["category"] == list(PARAMS["timeline"]["category"].options)
    assert state.ignored == ["category (not a list of known values)"]


def test_notice_never_echoes_the_input():
    hostile = "<script>alert(1)</script>"
    state = parse("claims", {"verdict": hostile, hostile: "x"}, {})
    assert state.notice is not None
    assert "<" not in state.notice and "script" not in state.notice
    assert "1 parameter this page does not use" in state.notice


def test_very_long_value_is_refused():
    state = parse("data", {"dataset": "events" * 1000}, {})
    assert state.values["dataset"] == "events"
    assert state.ignored == ["dataset (value is too long)"]


def test_toggle_reads_on_and_off_only():
    assert parse("economy", {"markers": "off"}, extents("economy")).values["markers"] is False
    assert parse("economy", {"markers": "false"}, extents("economy")).ignored == ["markers (not on or off)"]


def test_query_string_keeps_tilde_and_dots_readable():
    assert query_string({"movement": "1988~2021", "time": "1980..1990"}) == "movement=1988~2021&time=1980..1990"


def test_shared_parameter_uses_one_widget_key_on_every_page():
    keys = {url_state.widget_key(page, "movement") for page, specs in PARAMS.items() if "movement" in specs}
    assert keys == {"movement"}


def _values(page: str):
    """A strategy of valid values for every parameter of a page."""
    specs = PARAMS[page]
    strategies = {}
    for param, spec in specs.items():
        if isinstance(spec, url_params.Choice):
            strategies[param] = st.sampled_from(spec.options)
        elif isinstance(spec, url_params.MultiChoice):
            strategies[param] = st.lists(st.sampled_from(spec.options), unique=True).map(
                lambda chosen, spec=spec: [o for o in spec.options if o in chosen]
            )
        elif isinstance(spec, url_params.Toggle):
            strategies[param] = st.booleans()
    return st.fixed_dictionaries(strategies)


@pytest.mark.parametrize("page", list(PARAMS))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_round_trip_for_every_page(page, data):
    values = data.draw(_values(page))
    page_extents = extents(page)
    if "time" in PARAMS[page]:
        extent = url_state.resolve_extent(page_extents["time"], values)
        if isinstance(extent[0], date):
            days = data.draw(st.lists(st.integers(0, (extent[1] - extent[0]).days), min_size=2, max_size=2))
            values["time"] = tuple(sorted(date.fromordinal(extent[0].toordinal() + d) for d in days))
        else:
            values["time"] = tuple(sorted(data.draw(st.lists(st.integers(*extent), min_size=2, max_size=2))))
    query = serialise(page, values, page_extents)
    state = parse(page, query, page_extents)
    assert state.ignored == []
    assert state.values == {param: values[param] for param in PARAMS[page]}


@pytest.mark.parametrize("page", list(PARAMS))
@settings(max_examples=100, deadline=None)
@given(query=st.dictionaries(st.text(max_size=20), st.text(max_size=300), max_size=6))
def test_any_query_parses_to_a_valid_state(page, query):
    state = parse(page, query, extents(page))
    assert set(state.values) == set(PARAMS[page])
    # Whatever came in, the state written back parses again without complaint.
    again = parse(page, serialise(page, state.values, extents(page)), extents(page))
    assert again.ignored == []
    assert again.values == state.values


# A range whose default is narrower than its bounds (the timeline hides its background events by default).
NARROW_DAYS = url_params.RangeExtent(bounds=(-9000, 2700), default=(-200, 2700))
NARROW_DATES = url_params.RangeExtent(bounds=(date(1962, 7, 7), date(2025, 7, 31)), default=(date(1987, 9, 1), date(2025, 7, 31)))


def narrow_extents(values) -> url_params.RangeExtent:
    return NARROW_DATES if values.get("align") == "date" else NARROW_DAYS


def test_narrow_default_is_shown_without_a_link_and_left_out_of_it():
    state = parse("timeline", {"align": "day0"}, {"time": narrow_extents})
    assert state.values["time"] == (-200, 2700)
    assert serialise("timeline", state.values, {"time": narrow_extents}) == {"align": "day0"}
    assert parse("timeline", {}, {"time": narrow_extents}).values["time"] == NARROW_DATES.default


def test_a_link_may_reach_past_the_default_up_to_the_bounds():
    state = parse("timeline", {"align": "day0", "time": "-9000..0"}, {"time": narrow_extents})
    assert state.ignored == []
    assert state.values["time"] == (-9000, 0)
    assert serialise("timeline", state.values, {"time": narrow_extents}) == {"align": "day0", "time": "-9000..0"}
    # The whole extent is not the default, so it is written out too.
    assert serialise("timeline", {"align": "day0", "time": (-9000, 2700)}, {"time": narrow_extents})["time"] == "-9000..2700"
    dates = parse("timeline", {"time": "1962-07-07..1975-01-01"}, {"time": narrow_extents})
    assert dates.values["time"] == (date(1962, 7, 7), date(1975, 1, 1))


def test_past_the_bounds_falls_back_to_the_default_and_names_the_bounds():
    state = parse("timeline", {"align": "day0", "time": "-9500..0"}, {"time": narrow_extents})
    assert state.values["time"] == (-200, 2700)
    assert state.ignored == ["time (range is outside -9000..2700)"]
    dates = parse("timeline", {"time": "1950-01-01..1988-01-01"}, {"time": narrow_extents})
    assert dates.values["time"] == NARROW_DATES.default
    assert dates.ignored == ["time (range is outside 1962-07-07..2025-07-31)"]


def test_a_default_outside_its_bounds_is_a_programming_error():
    with pytest.raises(ValueError):
        url_params.RangeExtent(bounds=(0, 10), default=(-1, 10))
    with pytest.raises(ValueError):
        url_params.RangeExtent(bounds=(0, 10), default=(5, 4))


def test_plain_extents_still_mean_bounds_and_default():
    assert url_params.range_bounds((1, 5)) == url_params.range_default((1, 5)) == (1, 5)
    assert url_params.range_bounds(NARROW_DAYS) == (-9000, 2700)
    assert url_params.range_default(NARROW_DAYS) == (-200, 2700)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_round_trip_with_a_narrow_default(data):
    values = data.draw(_values("timeline"))
    extent = narrow_extents(values)
    low, high = url_params.range_bounds(extent)
    if isinstance(low, date):
        days = data.draw(st.lists(st.integers(0, (high - low).days), min_size=2, max_size=2))
        values["time"] = tuple(sorted(date.fromordinal(low.toordinal() + d) for d in days))
    else:
        values["time"] = tuple(sorted(data.draw(st.lists(st.integers(low, high), min_size=2, max_size=2))))
    query = serialise("timeline", values, {"time": narrow_extents})
    assert ("time" in query) == (values["time"] != url_params.range_default(extent))
    state = parse("timeline", query, {"time": narrow_extents})
    assert state.ignored == []
    assert state.values == values
