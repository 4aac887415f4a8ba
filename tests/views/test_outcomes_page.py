"""The Outcomes page through Streamlit's AppTest: the matrix, the chart choice, the filters and the URL."""

from __future__ import annotations

import csv
import io
import re
from html import escape

import pytest

from tests.views.apptest import drawn_charts, figures, filters_label, folded_tables, only_rows, open_rows, record_downloads, run_app
from transforms.schema import OUTCOME_HORIZONS
from ui import html
from ui.pages import PAGES
from vocabulary.movements import MOVEMENT_LABELS

PAGE = "views/outcomes_page.py"
CHARTS = list(PAGES["outcomes"].params["chart"].options)


def side_by_side(at) -> str:
    """The side-by-side section as the HTML sent ('' when the view has none)."""
    return "".join(element.proto.body for element in at.get("html") if "data-horizon=" in element.proto.body)


def horizon_headings(at) -> list[str]:
    return re.findall(r"<h3 data-horizon=[^>]*>([^<]*)</h3>", side_by_side(at))


def cells(at) -> list[str]:
    """The side-by-side cells (each a card naming its movement), in page order."""
    return ["<section" + card for card in side_by_side(at).split("<section")[1:]]


def only_table(at):
    """The one table the chart shows, opened: the outcomes, or the periods with the durations chart."""
    return only_rows(at)


def test_default_view_shows_every_horizon_for_both_movements(tables):
    at = run_app(page=PAGE)
    assert not at.exception
    assert at.segmented_control(key="outcomes.chart").value == "heatmap"
    assert horizon_headings(at) == ["Immediate", "Within a year", "Long term"]
    assert drawn_charts(at) == ["outcomes-heatmap"]
    # The outcomes table only: the periods table goes with the durations chart.
    assert list(folded_tables(at)) == ["outcomes-rows"]
    assert len(only_table(at)) == len(tables["outcomes"])
    assert any("For the 1988 uprising the table shows" in m.value for m in at.markdown)
    assert dict(at.query_params) == {}


@pytest.mark.parametrize("chart", CHARTS)
def test_a_chart_link_draws_that_chart_and_no_other(chart):
    at = run_app(page=PAGE, chart=chart)
    assert not at.exception and not at.warning
    assert at.segmented_control(key="outcomes.chart").value == chart
    assert drawn_charts(at) == [f"outcomes-{chart}"]


def test_each_cell_is_one_block_with_every_outcome_of_its_movement_and_horizon(tables):
    at = run_app(page=PAGE)
    outcomes = tables["outcomes"]
    blocks = cells(at)
    assert len(blocks) == len(OUTCOME_HORIZONS) * 2
    expected = [(horizon, movement) for horizon in OUTCOME_HORIZONS for movement in ("1988", "2021")]
    for block, (horizon, movement) in zip(blocks, expected):
        assert block.startswith(f'<section data-movement="{movement}"')
        assert f"<strong>{MOVEMENT_LABELS[movement]}</strong>" in block
        cell = outcomes[(outcomes["movement"] == movement) & (outcomes["horizon"] == horizon)]
        assert block.count("<li>") == len(cell)
        for row in cell.itertuples():
            assert escape(row.outcome) in block and html.link("source", row.source_url) in block


def test_a_cell_with_no_outcome_says_so_in_its_block(data_copy, monkeypatch):
    path = data_copy / "outcomes.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    for row in rows:
        if row["movement"] == "1988" and row["horizon"] == "within_year":
            row["horizon"] = "long_term"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    monkeypatch.setenv("UPRISINGS_DATA_DIR", str(data_copy))
    at = run_app(page=PAGE, horizon="within_year")
    assert not at.exception
    assert 'data-movement="1988"' in cells(at)[0]
    assert "No outcome recorded for this horizon." in cells(at)[0] and "<li>" not in cells(at)[0]
    assert "No outcome recorded" not in cells(at)[1]


def test_durations_chart_shows_only_the_periods_table(tables, monkeypatch):
    offered = record_downloads(monkeypatch)
    at = open_rows(run_app(page=PAGE), "outcomes-rows")
    assert [download["file_name"] for download in offered] == ["outcomes.csv"]
    offered.clear()
    at.segmented_control(key="outcomes.chart").set_value("durations").run()
    assert not at.exception
    assert drawn_charts(at) == ["outcomes-durations"]
    assert list(folded_tables(at)) == ["outcomes-periods"]
    assert offered == []  # folded: nothing offered until the reader opens it
    assert set(only_table(at)["period_id"]) == set(tables["periods"]["period_id"])
    assert [download["file_name"] for download in offered] == ["periods.csv"]
    assert horizon_headings(at) == [] and cells(at) == []
    assert "Side by side" not in [h.value for h in at.subheader]
    assert dict(at.query_params) == {"chart": "durations"}
    at.segmented_control(key="outcomes.chart").set_value("heatmap").run()
    assert drawn_charts(at) == ["outcomes-heatmap"]
    assert dict(at.query_params) == {}


def test_durations_chart_follows_the_movement_filter(tables):
    at = run_app(page=PAGE, chart="durations", movement="2021")
    assert not at.exception
    assert set(only_table(at)["movement"]) == {"2021"}
    assert [trace["name"] for trace in figures(at)["outcomes-durations"]["data"]] == ["2021 movement"]
    assert dict(at.query_params) == {"movement": "2021", "chart": "durations"}


def test_horizon_filter_narrows_the_matrix_and_writes_the_url(tables):
    at = run_app(page=PAGE)
    at.pills(key="outcomes.horizon").set_value(["long_term"]).run()
    assert not at.exception
    assert horizon_headings(at) == ["Long term"]
    outcomes = tables["outcomes"]
    assert len(only_table(at)) == (outcomes["horizon"] == "long_term").sum()
    heatmap = figures(at)["outcomes-heatmap"]["data"]
    assert all(list(trace["x"]) == ["Long<br>term"] for trace in heatmap)
    assert at.query_params["horizon"] == "long_term"


def test_movement_filter_narrows_the_rows_and_writes_the_url(tables):
    at = run_app(page=PAGE)
    at.pills(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert set(only_table(at)["movement"]) == {"2021"}
    assert [trace["name"] for trace in figures(at)["outcomes-heatmap"]["data"]] == ["2021 movement"]
    assert cells(at) and not any('data-movement="1988"' in block for block in cells(at))
    assert at.query_params["movement"] == "2021"


def test_query_string_sets_the_widgets(tables):
    at = run_app(page=PAGE, movement="1988", horizon="immediate~within_year")
    assert not at.exception
    assert at.pills(key="outcomes.horizon").value == ["immediate", "within_year"]
    assert at.pills(key="movement").value == ["1988"]
    rows = only_table(at)
    assert set(rows["movement"]) == {"1988"} and set(rows["horizon"]) == {"immediate", "within_year"}


def test_empty_horizon_selection_asks_for_one():
    at = run_app(page=PAGE, horizon="")
    assert not at.exception
    assert [i.value for i in at.info] == ["Choose at least one time horizon under Filters."]


def test_hostile_horizon_falls_back_with_one_notice_and_keeps_the_movement():
    at = run_app(page=PAGE, horizon="<script>alert(1)</script>", movement="2021")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "horizon (not a list of known values)" in notices[0]
    assert "<script>" not in notices[0]
    assert at.pills(key="outcomes.horizon").value == ["immediate", "within_year", "long_term"]
    assert at.pills(key="movement").value == ["2021"]


def test_unknown_chart_falls_back_to_the_heatmap_with_one_notice():
    at = run_app(page=PAGE, chart="periods", horizon="long_term")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "chart (not a known value)" in notices[0]
    assert drawn_charts(at) == ["outcomes-heatmap"]
    assert dict(at.query_params) == {"horizon": "long_term"}


def test_the_filters_button_names_how_many_horizons_are_chosen():
    assert filters_label(run_app(page=PAGE)) == "Filters: all 3 time horizons"
    at = run_app(page=PAGE, horizon="immediate")
    assert not at.exception and not at.warning
    assert filters_label(at) == "Filters: 1 of 3 time horizons"
