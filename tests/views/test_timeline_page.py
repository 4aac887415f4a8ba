"""The Timeline through Streamlit's AppTest: filters, the chart choice, the URL both ways, and hostile links."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd

from tests.views.apptest import drawn_charts, figures, filters_label, rows_of, run_app
from transforms import derive
from transforms.export import processed_tables
from transforms.load import load_all
from transforms.schema import EVENT_CATEGORIES
from ui import pages, url_params, url_state

PAGE = "views/timeline_page.py"
EVENTS = processed_tables(load_all())["events"]
FIRST_DAY, LAST_DAY = (int(v) for v in derive.span_without_background(EVENTS, "day"))
FIRST_DATE, LAST_DATE = (v.date() for v in derive.span_without_background(EVENTS, "date"))


def charts(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def plotted_ids(figure: dict) -> set[str]:
    return {event_id for trace in figure["data"] for event_id in (trace.get("customdata") or [])}


def table(at) -> pd.DataFrame:
    """The events table, opened: the only table on the page."""
    return rows_of(at, "timeline-rows")


def test_window_default_starts_with_the_movements_and_links_reach_the_background():
    by_day = url_state.resolve_extent(pages.extents("timeline")["time"], {"align": "day0"})
    assert url_params.range_bounds(by_day) == (int(EVENTS["day"].min()), int(EVENTS["day"].max()))
    # The first event that is not background: the student protests of September 1987, day -193.
    assert url_params.range_default(by_day) == (FIRST_DAY, LAST_DAY) == (-193, int(EVENTS["day"].max()))
    by_date = url_state.resolve_extent(pages.extents("timeline")["time"], {"align": "date"})
    assert url_params.range_bounds(by_date) == (date(1962, 7, 7), LAST_DATE)
    assert url_params.range_default(by_date) == (date(1987, 9, 1), LAST_DATE)


def test_default_view_draws_the_event_strip_alone_without_background_events():
    at = run_app(page=PAGE)
    assert not at.exception
    assert at.segmented_control(key="timeline.align").value == "date"
    assert at.segmented_control(key="timeline.chart").value == "events"
    assert at.slider(key="timeline.time").value == (FIRST_DATE, LAST_DATE)
    assert drawn_charts(at) == ["timeline-events"]
    shown = EVENTS[EVENTS["date"].dt.date >= FIRST_DATE]
    assert plotted_ids(charts(at)[0]) == set(shown["event_id"])
    assert not any(description.startswith("Background:") for description in table(at)["description"])
    assert len(table(at)) == len(shown)
    assert any("the first strike came on day 149 in 1988 (8 Aug 1988)" in m.value for m in at.markdown)
    assert any("Hollow markers" in c.value for c in at.caption)
    assert dict(at.query_params) == {}


def test_running_count_chart_replaces_the_strip_and_writes_the_url():
    at = run_app(page=PAGE)
    at.segmented_control(key="timeline.chart").set_value("running").run()
    assert not at.exception
    assert drawn_charts(at) == ["timeline-running"]
    assert dict(at.query_params) == {"chart": "running"}
    assert any("Each line counts the events of one kind" in c.value for c in at.caption)
    assert not any("Hollow markers" in c.value for c in at.caption)
    # The table and the reading stay: they follow the filters, not the chart.
    assert len(table(at)) == len(EVENTS[EVENTS["date"].dt.date >= FIRST_DATE])
    assert any("the first strike came on day 149 in 1988 (8 Aug 1988)" in m.value for m in at.markdown)
    # Back to the default chart: `chart` leaves the URL.
    at.segmented_control(key="timeline.chart").set_value("events").run()
    assert drawn_charts(at) == ["timeline-events"]
    assert dict(at.query_params) == {}


def test_a_running_count_link_keeps_its_chart_when_the_filters_change():
    at = run_app(page=PAGE, chart="running", align="day0")
    assert not at.exception and not at.warning
    assert at.segmented_control(key="timeline.chart").value == "running"
    assert drawn_charts(at) == ["timeline-running"]
    at.slider(key="timeline.time").set_value((0, 200)).run()
    assert not at.exception
    assert drawn_charts(at) == ["timeline-running"]
    assert dict(at.query_params) == {"align": "day0", "time": "0..200", "chart": "running"}


def test_unknown_chart_in_a_link_falls_back_to_the_strip_with_one_notice():
    at = run_app(page=PAGE, chart="cumulative", category="strike")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "chart (not a known value)" in notices[0]
    assert drawn_charts(at) == ["timeline-events"]
    assert dict(at.query_params) == {"category": "strike"}


def test_day_zero_alignment_puts_both_movements_on_one_axis_and_writes_the_url():
    at = run_app(page=PAGE)
    at.segmented_control(key="timeline.align").set_value("day0").run()
    assert not at.exception
    # The window switched to days, and its default is left out of the URL.
    assert at.slider(key="timeline.time").value == (FIRST_DAY, LAST_DAY)
    assert dict(at.query_params) == {"align": "day0"}
    strip = charts(at)[0]
    strike = EVENTS[(EVENTS["date"] == pd.Timestamp("1988-08-08")) & (EVENTS["category"] == "strike")].iloc[0]
    trace = next(t for t in strip["data"] if strike["event_id"] in t["customdata"])
    assert trace["x"][trace["customdata"].index(strike["event_id"])] == 149
    assert {t["name"] for t in strip["data"]} == {"1988 uprising", "2021 movement"}
    assert "xaxis2" not in strip["layout"]


def test_window_filter_narrows_charts_and_table_and_writes_the_url():
    at = run_app(page=PAGE, align="day0")
    at.slider(key="timeline.time").set_value((0, 200)).run()
    assert not at.exception
    assert at.query_params["time"] == "0..200"
    inside = EVENTS[(EVENTS["day"] >= 0) & (EVENTS["day"] <= 200)]
    assert set(table(at)["day"]) <= set(range(0, 201))
    assert len(table(at)) == len(inside)
    assert plotted_ids(charts(at)[0]) == set(inside["event_id"])


def test_category_filter_narrows_rows_and_both_charts_and_writes_the_url():
    at = run_app(page=PAGE)
    at.pills(key="timeline.category").set_value(["strike", "armed_resistance"]).run()
    assert not at.exception
    assert at.query_params["category"] == "strike~armed_resistance"
    assert set(table(at)["category"]) == {"strike", "armed_resistance"}
    strip = figures(at)["timeline-events"]
    assert list(strip["layout"]["yaxis"]["ticktext"]) == ["Strike", "Armed<br>resistance"]
    at.segmented_control(key="timeline.chart").set_value("running").run()
    assert not at.exception
    assert dict(at.query_params) == {"category": "strike~armed_resistance", "chart": "running"}
    running = figures(at)["timeline-running"]
    assert [a["text"] for a in running["layout"]["annotations"]][:2] == ["Strike", "Armed resistance"]


def test_movement_filter_leaves_one_panel():
    at = run_app(page=PAGE)
    at.pills(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert at.query_params["movement"] == "2021"
    assert set(table(at)["movement"]) == {"2021"}
    assert {t["name"] for t in charts(at)[0]["data"]} == {"2021 movement"}


def test_switching_alignment_resets_a_narrowed_window():
    at = run_app(page=PAGE, align="day0", time="0..200")
    assert at.slider(key="timeline.time").value == (0, 200)
    at.segmented_control(key="timeline.align").set_value("date").run()
    assert not at.exception
    assert at.slider(key="timeline.time").value == (FIRST_DATE, LAST_DATE)
    assert dict(at.query_params) == {}


def test_query_string_sets_the_widgets():
    at = run_app(page=PAGE, movement="1988", align="date", category="strike~crackdown", time="1988-08-01..1988-09-30")
    assert not at.exception
    assert at.pills(key="movement").value == ["1988"]
    assert at.segmented_control(key="timeline.align").value == "date"
    assert at.pills(key="timeline.category").value == ["strike", "crackdown"]
    assert at.slider(key="timeline.time").value == (date(1988, 8, 1), date(1988, 9, 30))
    dates = pd.to_datetime(table(at)["date"])
    assert dates.min() >= pd.Timestamp("1988-08-01") and dates.max() <= pd.Timestamp("1988-09-30")
    assert set(table(at)["category"]) == {"strike", "crackdown"}
    assert at.query_params["time"] == "1988-08-01..1988-09-30"


def test_a_link_can_reach_the_background_events():
    at = run_app(page=PAGE, align="day0", time=f"{int(EVENTS['day'].min())}..0")
    assert not at.exception
    assert not at.warning
    assert any(description.startswith("Background:") for description in table(at)["description"])


def test_hostile_values_fall_back_with_one_notice_and_keep_the_good_parts():
    at = run_app(page=PAGE, align="day0", category="strike~<script>x</script>", time="500..100", junk="a" * 500)
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1
    assert "category" in notices[0] and "time (range is reversed)" in notices[0]
    assert "<script>" not in notices[0]
    assert at.segmented_control(key="timeline.align").value == "day0"
    assert at.pills(key="timeline.category").value == list(EVENT_CATEGORIES)
    assert at.slider(key="timeline.time").value == (FIRST_DAY, LAST_DAY)


def test_days_in_a_calendar_link_fall_back_to_dates():
    at = run_app(page=PAGE, align="date", time="0..200")
    assert not at.exception
    assert len(at.warning) == 1
    assert at.slider(key="timeline.time").value == (FIRST_DATE, LAST_DATE)


def test_no_category_asks_for_one():
    at = run_app(page=PAGE)
    at.pills(key="timeline.category").set_value([]).run()
    assert not at.exception
    assert at.info[0].value == "Choose at least one kind of event under Filters."


def test_the_filters_button_names_the_kinds_alignment_and_window_of_a_link():
    at = run_app(page=PAGE, category="protest~strike", align="day0", time="-30..200")
    assert not at.exception and not at.warning
    assert filters_label(at) == "Filters: 2 of 9 kinds · days since day 0 · day -30 to day 200"


def test_the_filters_button_follows_a_change_made_behind_it():
    at = run_app(page=PAGE)
    assert filters_label(at) == f"Filters: all 9 kinds · calendar dates · {FIRST_DATE.day} {FIRST_DATE:%b %Y} – {LAST_DATE.day} {LAST_DATE:%b %Y}"
    at.pills(key="timeline.category").set_value(["strike"]).run()
    assert filters_label(at).startswith("Filters: 1 of 9 kinds · calendar dates")


def test_burmese_table_names_every_events_place_in_burmese():
    at = run_app(page=PAGE, lang="my")
    shown = table(at)
    places = EVENTS.set_index("description_my")["place_my"]
    assert list(shown["place"]) == list(places.reindex(shown["description"]))


def test_english_table_names_every_events_place_in_english():
    shown = table(run_app(page=PAGE))
    places = EVENTS.set_index("description")["place"]
    assert list(shown["place"]) == list(places.reindex(shown["description"]))
