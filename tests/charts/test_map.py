"""The Where figures: a tile per state or region, one colour scale, nothing fetched, hovers that name the rows."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from i18n import use_language
from tests.burmese import LATIN_LETTER, MYANMAR, flat

from charts import map as charts
from i18n import text_width
from tests.transforms.test_geography import TABLES, UNITS, events
from transforms import geography
from transforms.schema import EVENT_CATEGORIES

MOVEMENTS = ["1988", "2021"]
FULL_YEARS = geography.year_span(TABLES)[0]
# Layout keys and trace types that draw a geographic base map, fetched from a CDN by default.
GEOGRAPHIC = {"geo", "mapbox", "map"}
GEOGRAPHIC_TRACES = {"scattergeo", "choropleth", "scattermapbox", "choroplethmapbox", "scattermap", "choroplethmap", "densitymap", "densitymapbox"}


def tile_maps(numbers, totals, measure="share", count="events"):
    top = charts.scale_top(numbers, measure)
    beside = totals.set_index("movement")[list(geography.NOT_ON_MAP)]
    return {
        movement: charts.tile_map(numbers[numbers["movement"] == movement], movement, measure, count, top, beside.loc[movement].to_dict())
        for movement in numbers["movement"].unique()
    }


def full_view(count="events"):
    return geography.view(TABLES, count, MOVEMENTS, list(EVENT_CATEGORIES), FULL_YEARS)


def small_view(*rows):
    frame = events(*rows)
    return geography.by_unit(frame, "event_id", "description", UNITS, MOVEMENTS), geography.totals(frame, "event_id", MOVEMENTS)


def labels(fig: go.Figure) -> list[str]:
    return [cell for trace in fig.data for line in trace.text for cell in line if cell]


def test_every_state_and_region_is_one_labelled_tile():
    numbers, totals = small_view(("a", "1988", "MM-06"))
    fig = tile_maps(numbers, totals)["1988"]
    names = [label.split("</b>")[0].removeprefix("<b>") for label in labels(fig)]
    assert sorted(names) == sorted(UNITS["short_name"])


def test_a_tile_with_nothing_is_shaded_at_the_foot_of_the_scale_not_left_blank():
    numbers, totals = small_view(("a", "1988", "MM-06"))
    fig = tile_maps(numbers, totals)["1988"]
    tiles = fig.data[-1]
    kachin = UNITS.set_index("code").loc["MM-11"]
    assert tiles.z[kachin["row"]][kachin["col"]] == 0 and tiles.zmin == 0
    assert "Kachin</b><br>0 %" in tiles.text[kachin["row"]][kachin["col"]]


def test_both_panels_share_one_colour_scale():
    numbers, totals = small_view(("a", "1988", "MM-06"), ("b", "2021", "MM-01"), ("c", "2021", "MM-03"))
    maps = tile_maps(numbers, totals, measure="count")
    assert maps["1988"].data[-1].zmax == maps["2021"].data[-1].zmax == 1


def test_no_geographic_base_map_so_nothing_is_fetched():
    numbers, totals = full_view()[1:]
    for fig in [*tile_maps(numbers, totals).values(), charts.ranked(numbers, MOVEMENTS, "share", "events")]:
        spec = fig.to_plotly_json()
        assert not GEOGRAPHIC & set(spec["layout"])
        assert not GEOGRAPHIC_TRACES & {trace["type"] for trace in spec["data"]}


@pytest.mark.parametrize("count", list(geography.COUNTABLE))
@pytest.mark.parametrize("measure", geography.MEASURES)
def test_figure_json_stays_under_300_kb(count, measure):
    numbers, totals = full_view(count)[1:]
    for fig in [*tile_maps(numbers, totals, measure, count).values(), charts.ranked(numbers, MOVEMENTS, measure, count)]:
        assert len(pio.to_json(fig, validate=False).encode()) < 300_000


@pytest.mark.parametrize("measure", geography.MEASURES)
def test_every_figure_passes_plotly_validation(measure):
    numbers, totals = full_view()[1:]
    for fig in [*tile_maps(numbers, totals, measure).values(), charts.ranked(numbers, MOVEMENTS, measure, "events")]:
        go.Figure(fig.to_plotly_json())  # raises on anything Plotly's schema rejects


def test_hover_names_the_unit_then_and_now_its_numbers_and_its_first_rows():
    rows = [(f"r{i}", "2021", "MM-01") for i in range(6)] + [("x", "2021", "MM-14")]
    numbers, totals = small_view(*rows)
    fig = tile_maps(numbers, totals)["2021"]
    sagaing = UNITS.set_index("code").loc["MM-01"]
    hover = fig.data[-1].hovertext[sagaing["row"]][sagaing["col"]]
    assert "<b>Sagaing Region</b>" in hover and "Sagaing Division" in hover
    assert "6 events · 86 % of placed" in hover
    assert "per million (2014 census)" in hover
    assert "row r0" in hover and "row r3" in hover and "row r4" not in hover
    assert "and 2 more" in hover


def test_a_tile_without_a_census_figure_is_grey_and_says_so():
    numbers, totals = small_view(("a", "1988", "MM-18"))
    fig = tile_maps(numbers, totals, measure="rate")["1988"]
    naypyidaw = UNITS.set_index("code").loc["MM-18"]
    grey = fig.data[0]
    assert grey.colorscale[0][1] == charts.MISSING
    assert grey.z[naypyidaw["row"]][naypyidaw["col"]] == 0
    assert "no census" in grey.text[naypyidaw["row"]][naypyidaw["col"]]
    assert fig.data[-1].z[naypyidaw["row"]][naypyidaw["col"]] is None


def test_nationwide_and_abroad_are_written_beside_the_tiles():
    numbers, totals = small_view(("a", "2021", "nationwide"), ("b", "2021", "abroad"), ("c", "2021", "MM-14"))
    fig = tile_maps(numbers, totals)["2021"]
    assert "1 nationwide<br>1 abroad" in fig.layout.annotations[0].text


def test_tiles_are_squares():
    numbers, totals = small_view(("a", "1988", "MM-06"))
    layout = tile_maps(numbers, totals)["1988"].layout
    assert layout.yaxis.scaleanchor == "x" and layout.yaxis.scaleratio == 1


def test_ranked_bars_put_the_highest_share_first_with_every_unit_and_one_trace_per_movement():
    numbers, _ = small_view(("a", "1988", "MM-06"), ("b", "1988", "MM-06"), ("c", "2021", "MM-14"), ("d", "2021", "MM-01"), ("e", "2021", "MM-01"))
    fig = charts.ranked(numbers, MOVEMENTS, "share", "events")
    assert [trace.name for trace in fig.data] == ["1988 uprising", "2021 movement"]
    assert list(fig.data[0].y[:3]) == ["Yangon", "Sagaing", "Chin"]
    assert len(fig.data[0].y) == 15
    assert json.loads(pio.to_json(fig, validate=False))["layout"]["yaxis"]["autorange"] == "reversed"


def test_burmese_tiles_name_every_state_and_region_in_burmese_within_the_tile_width():
    with use_language("my"):
        numbers, totals = small_view(("a", "1988", "MM-06"))
        fig = tile_maps(numbers, totals)["1988"]
    names = [label.split("</b>")[0].removeprefix("<b>") for label in labels(fig)]
    assert sorted(flat(name) for name in names) == sorted(flat(name) for name in UNITS["short_name_my"])
    assert all(MYANMAR.search(name) and not LATIN_LETTER.search(flat(name)) for name in names)
    assert all(text_width(line) <= charts.TILE_WIDTH + 1 for label in labels(fig) for line in label.replace("<b>", "").replace("</b>", "").split("<br>"))


def test_burmese_tile_values_and_hover_numbers_are_in_myanmar_digits():
    with use_language("my"):
        numbers, totals = small_view(("a", "1988", "MM-06"), ("b", "1988", "MM-06"), ("c", "1988", "MM-04"))
        fig = tile_maps(numbers, totals)["1988"]
    yangon = UNITS.set_index("code").loc["MM-06"]
    tiles = fig.data[-1]
    assert tiles.text[yangon["row"]][yangon["col"]].endswith("<br>၆၇ %")
    hover = tiles.hovertext[yangon["row"]][yangon["col"]]
    assert "<b>ရန်ကုန်တိုင်းဒေသကြီး</b>" in hover and "ဖြစ်ရပ် ၂ ခု" in hover
    kachin = UNITS.set_index("code").loc["MM-11"]
    nothing = tiles.hovertext[kachin["row"]][kachin["col"]]
    assert not any(digit in hover + nothing for digit in "0123456789")


def test_burmese_colour_bar_has_a_burmese_title_and_myanmar_digit_ticks():
    with use_language("my"):
        numbers, totals = small_view(("a", "1988", "MM-06"), ("b", "1988", "MM-04"))
        bar = tile_maps(numbers, totals, measure="rate")["1988"].data[-1].colorbar
    assert MYANMAR.search(bar.title.text) and not LATIN_LETTER.search(bar.title.text)
    assert bar.ticktext and not any(digit in "".join(bar.ticktext) for digit in "0123456789")
    assert bar.ticktext[:2] == ("၀", "၀.၁") and bar.tickvals[1] == pytest.approx(0.1)


def test_burmese_title_legend_and_note_beside_the_map_are_in_burmese():
    with use_language("my"):
        numbers, totals = small_view(("a", "1988", "MM-06"), ("b", "1988", "nationwide"))
        fig = tile_maps(numbers, totals)["1988"]
    assert fig.layout.title.text == "၁၉၈၈ အရေးတော်ပုံ" == fig.data[-1].name
    assert "တစ်နိုင်ငံလုံး ၁" in fig.layout.annotations[0].text


def test_burmese_ranked_bars_have_burmese_names_and_axis():
    with use_language("my"):
        numbers, _ = small_view(("a", "1988", "MM-06"))
        fig = charts.ranked(numbers, MOVEMENTS, "count", "events")
    assert set(fig.data[0].y) == set(UNITS["short_name_my"])
    assert MYANMAR.search(fig.layout.xaxis.title.text) and not any(d in "".join(fig.layout.xaxis.ticktext) for d in "0123456789")


def test_english_tiles_are_unchanged_after_a_burmese_figure():
    with use_language("my"):
        small_view(("a", "1988", "MM-06"))
    numbers, totals = small_view(("a", "1988", "MM-06"))
    fig = tile_maps(numbers, totals)["1988"]
    assert fig.layout.title.text == "1988 uprising" and fig.layout.xaxis.ticktext is None
    assert sorted(label.split("</b>")[0].removeprefix("<b>") for label in labels(fig)) == sorted(UNITS["short_name"])
