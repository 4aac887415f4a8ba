"""The Where page through Streamlit's AppTest: the filters, the chart choice, the URL both ways, and hostile links."""

from __future__ import annotations

from tests.burmese import LATIN_LETTER, MYANMAR, flat
from tests.views.apptest import built_tables, drawn_charts, figures, filters_label, open_rows, rows_of, run_app, share_line
from transforms import geography
from transforms.export import processed_tables
from transforms.load import load_all
from transforms.schema import EVENT_CATEGORIES
from ui import pages, url_params

PAGE = "views/map_page.py"
TABLES = processed_tables(load_all())
BOUNDS, DEFAULT_YEARS = geography.year_span(TABLES)


def tile_names(figure: dict) -> set[str]:
    return {cell.split("</b>")[0].removeprefix("<b>") for trace in figure["data"] for line in trace["text"] for cell in line if cell}


def reading(at) -> str:
    return next(m.value for m in at.markdown if m.value.startswith(("Of ", "All ", "The ")))


def test_years_default_from_the_movements_proper_and_links_reach_the_background():
    extent = pages.extents("map")["time"]
    assert url_params.range_bounds(extent) == BOUNDS
    assert url_params.range_default(extent) == DEFAULT_YEARS == (1987, BOUNDS[1])


def test_default_view_draws_one_tile_map_per_movement_with_every_state_and_region():
    at = run_app(page=PAGE)
    assert not at.exception and not at.warning
    assert drawn_charts(at) == ["map-1988", "map-2021"]
    names = set(geography.units(TABLES["states_regions"], TABLES["tile_grid"])["short_name"])
    for figure in figures(at).values():
        assert tile_names(figure) == names and len(names) == 15
    assert dict(at.query_params) == {}
    assert filters_label(at) == f"Filters: events · all 9 kinds · {DEFAULT_YEARS[0]}–{DEFAULT_YEARS[1]} · share of placed rows"


def test_the_reading_is_computed_from_the_view():
    at = run_app(page=PAGE)
    rows, numbers, totals = geography.view(TABLES, "events", ["1988", "2021"], list(EVENT_CATEGORIES), DEFAULT_YEARS)
    from transforms.readings import geography as geography_reading

    assert reading(at) == geography_reading.reading(rows, numbers, totals, ["1988", "2021"], "events")
    assert "were in Yangon Region" in reading(at)


def test_a_1988_link_draws_only_1988():
    at = run_app(page=PAGE, movement="1988")
    assert not at.exception
    assert drawn_charts(at) == ["map-1988"]
    assert set(rows_of(at, "map-rows")["movement"]) == {"1988"}
    assert "2021" not in reading(at)


def test_ranked_bars_replace_the_map_and_write_the_url():
    at = run_app(page=PAGE)
    at.segmented_control(key="map.chart").set_value("ranked").run()
    assert not at.exception
    assert drawn_charts(at) == ["map-ranked"]
    assert dict(at.query_params) == {"chart": "ranked"}
    assert [trace["name"] for trace in figures(at)["map-ranked"]["data"]] == ["1988 uprising", "2021 movement"]


def test_counting_bodies_writes_the_url_and_counts_organisations():
    at = run_app(page=PAGE)
    at.segmented_control(key="map.count").set_value("organisations").run()
    assert not at.exception
    assert dict(at.query_params) == {"count": "organisations"}
    assert filters_label(at) == f"Filters: self-organisation bodies · {DEFAULT_YEARS[0]}–{DEFAULT_YEARS[1]} · share of placed rows"
    assert "self-organisation bodies" in reading(at)
    assert "org_id" not in rows_of(at, "map-rows").columns and "name" in rows_of(at, "map-rows").columns


def test_kinds_and_years_narrow_the_rows_and_write_the_url():
    at = run_app(page=PAGE)
    at.pills(key="map.category").set_value(["strike"]).run()
    at.slider(key="map.time").set_value((1988, 1988)).run()
    assert not at.exception
    assert dict(at.query_params) == {"category": "strike", "time": "1988..1988"}
    rows = rows_of(at, "map-rows")
    assert set(rows["category"]) == {"strike"} and {d.year for d in rows["date"]} == {1988}


def test_measure_rate_writes_the_url_and_says_why_naypyidaw_has_no_1988_rate():
    at = run_app(page=PAGE)
    at.segmented_control(key="map.measure").set_value("rate").run()
    assert not at.exception
    assert dict(at.query_params) == {"measure": "rate"}
    assert any("Naypyidaw did not exist in 1983" in c.value for c in at.caption)
    title = figures(at)["map-1988"]["data"][-1]["colorbar"]["title"]["text"]
    assert title == "Events per million people"


def test_a_link_with_values_sets_the_widgets():
    at = run_app(page=PAGE, movement="2021", count="organisations", time="2021..2022", measure="count", chart="ranked")
    assert not at.exception and not at.warning
    assert at.segmented_control(key="map.count").value == "organisations"
    assert at.slider(key="map.time").value == (2021, 2022)
    assert at.segmented_control(key="map.measure").value == "count"
    assert drawn_charts(at) == ["map-ranked"]
    assert share_line(at).endswith("?movement=2021&count=organisations&time=2021..2022&measure=count&chart=ranked")


def test_hostile_link_falls_back_with_one_notice_and_keeps_the_good_parts():
    at = run_app(page=PAGE, movement="1988", count="<script>alert(1)</script>", time="2030..1900", chart="globe")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1
    assert "count (not a known value)" in notices[0] and "time (range is reversed)" in notices[0] and "chart" in notices[0]
    assert "<script>" not in notices[0]
    assert drawn_charts(at) == ["map-1988"]
    assert dict(at.query_params) == {"movement": "1988"}


def test_no_movement_asks_for_one_and_still_shares_the_view():
    at = run_app(page=PAGE, movement="")
    assert not at.exception
    assert drawn_charts(at) == []
    assert any("Choose at least one movement" in i.value for i in at.info)
    assert share_line(at).endswith("?movement=")


def test_the_numbers_table_gives_the_census_source_of_each_rate():
    at = open_rows(run_app(page=PAGE, movement="2021"), "map-numbers")
    numbers = built_tables(at)["map-numbers"]
    assert len(numbers) == 15
    assert numbers["population_source_url"].str.startswith("http").all()
    assert set(numbers["census_year"]) == {2014}


def test_the_rows_table_names_each_rows_states_and_regions_with_sources():
    rows = rows_of(run_app(page=PAGE, movement="1988"), "map-rows")
    assert rows["source_url"].str.startswith("http").all()
    assert "Yangon Region" in set(rows["places"])
    assert any("; " in places for places in rows["places"])  # a row in several states or regions names each


def page_text(at) -> str:
    return "\n".join(str(e.value) for e in [*at.title, *at.markdown, *at.caption, *at.info])


def test_burmese_link_renders_mostly_in_myanmar_script_with_every_state_and_region_named_in_burmese():
    at = run_app(page=PAGE, timeout=60, lang="my")
    assert not at.exception
    text = page_text(at)
    myanmar, latin = len(MYANMAR.findall(text)), len(LATIN_LETTER.findall(text))
    assert myanmar / (myanmar + latin) > 0.6
    names = {flat(name) for name in geography.units(TABLES["states_regions"], TABLES["tile_grid"])["short_name_my"]}
    for figure in figures(at).values():
        assert {flat(name) for name in tile_names(figure)} == names and len(names) == 15


def test_english_page_is_unchanged_after_a_burmese_one():
    run_app(page=PAGE, timeout=60, lang="my")
    at = run_app(page=PAGE)
    assert at.title[0].value == "Where: the places of each movement"
    names = set(geography.units(TABLES["states_regions"], TABLES["tile_grid"])["short_name"])
    assert all(tile_names(figure) == names for figure in figures(at).values())
    assert reading(at).startswith("Of the 1988 uprising's")


def test_burmese_event_rows_name_their_places_in_burmese():
    rows = rows_of(run_app(page=PAGE, lang="my"), "map-rows")
    places = TABLES["events"].set_index("description_my")["place_my"]
    assert list(rows["place"]) == list(places.reindex(rows["description"]))
