"""The Self-organisation page through Streamlit's AppTest: filters, the chart choice, the URL both ways, and hostile links."""

from __future__ import annotations

import pytest

from tests.views.apptest import drawn_charts, figures, filters_label, folded_tables, only_rows, record_downloads, run_app
from transforms import derive
from transforms.load import load_all
from ui.pages import PAGES

PAGE = "views/organisation_page.py"
TABLES = load_all()
ORGANISATIONS, FIGURES = TABLES["organisations"], TABLES["figures"]
STRIKE_COUNTS = derive.strike_counts(ORGANISATIONS, FIGURES)
CHARTS = list(PAGES["organisation"].params["chart"].options)


def founding_ids(at) -> set[str]:
    figure = figures(at)["organisation-founding"]
    return {org_id for trace in figure["data"] if trace.get("type") == "bar" or trace.get("mode") == "markers"
            for org_id in trace["y"]}


def only_table(at):
    """Each chart shows one table, its own rows, folded until opened: open it and read it."""
    return only_rows(at)


def test_default_view_shows_every_body_on_the_founding_chart_alone():
    at = run_app(page=PAGE)
    assert not at.exception
    assert at.segmented_control(key="organisation.chart").value == "founding"
    assert drawn_charts(at) == ["organisation-founding"]
    assert founding_ids(at) == set(ORGANISATIONS["org_id"])
    assert list(folded_tables(at)) == ["organisation-rows"]
    assert set(only_table(at)["org_id"]) == set(ORGANISATIONS["org_id"])
    assert any("Within 30 days of day 0" in m.value for m in at.markdown)
    assert any("Dotted lines: days" in c.value for c in at.caption)
    assert dict(at.query_params) == {}


@pytest.mark.parametrize("chart", CHARTS)
def test_a_chart_link_draws_that_chart_and_no_other_with_the_filters_still_on_the_page(chart):
    at = run_app(page=PAGE, chart=chart)
    assert not at.exception and not at.warning
    assert at.segmented_control(key="organisation.chart").value == chart
    assert drawn_charts(at) == [f"organisation-{chart}"]
    # The kind and level pills stay whichever chart is shown.
    assert at.pills(key="organisation.type").value == list(ORGANISATIONS["org_type"].cat.categories)
    assert at.pills(key="organisation.level").value == list(ORGANISATIONS["level"].cat.categories)


def test_kinds_chart_shows_the_bodies_table_and_writes_the_url():
    at = run_app(page=PAGE)
    at.segmented_control(key="organisation.chart").set_value("kinds").run()
    assert not at.exception
    assert drawn_charts(at) == ["organisation-kinds"]
    assert set(only_table(at)["org_id"]) == set(ORGANISATIONS["org_id"])
    assert not any("Dotted lines: days" in c.value for c in at.caption)
    assert dict(at.query_params) == {"chart": "kinds"}
    at.segmented_control(key="organisation.chart").set_value("founding").run()
    assert drawn_charts(at) == ["organisation-founding"]
    assert dict(at.query_params) == {}


def test_strike_chart_shows_its_own_table_and_download(monkeypatch):
    offered = record_downloads(monkeypatch)
    at = run_app(page=PAGE, chart="strikes")
    assert not at.exception
    assert drawn_charts(at) == ["organisation-strikes"]
    assert list(folded_tables(at)) == ["organisation-strike-rows"]
    assert offered == []  # folded: nothing offered until the reader opens it
    strikes = only_table(at)
    assert len(strikes) == len(STRIKE_COUNTS)
    assert "townships with strike centres (of 314)" in set(strikes["unit"].dropna())
    assert [download["file_name"] for download in offered] == ["strike-committees.csv"]
    assert dict(at.query_params) == {"chart": "strikes"}


def test_strike_chart_sets_the_2021_strike_committee_measure_beside_1988s_and_says_how_far_they_compare():
    at = run_app(page=PAGE, chart="strikes")
    reading = next(m.value for m in at.markdown if m.value.startswith("For the 1988 uprising"))
    assert "for the 1988 uprising, 200 townships with strike centres (of 314)" in reading
    assert "for the 2021 movement, 250 or more townships (of 330)" in reading
    assert "How comparable:" in reading


def test_type_filter_narrows_charts_and_table_and_writes_the_url():
    at = run_app(page=PAGE)
    at.pills(key="organisation.type").set_value(["strike_committee", "armed_group"]).run()
    assert not at.exception
    chosen = ORGANISATIONS[ORGANISATIONS["org_type"].isin(["strike_committee", "armed_group"])]
    assert founding_ids(at) == set(chosen["org_id"])
    assert set(only_table(at)["org_type"]) == {"strike_committee", "armed_group"}
    assert at.query_params["type"] == "strike_committee~armed_group"


def test_strike_chart_follows_the_movement_filter_only():
    at = run_app(page=PAGE, type="strike_committee~armed_group", level="exile")
    at.segmented_control(key="organisation.chart").set_value("strikes").run()
    assert not at.exception
    assert drawn_charts(at) == ["organisation-strikes"]
    assert len(only_table(at)) == len(STRIKE_COUNTS)
    # The kinds and levels stay chosen, on the page and in the link, for the other charts.
    assert at.pills(key="organisation.type").value == ["strike_committee", "armed_group"]
    assert dict(at.query_params) == {"type": "strike_committee~armed_group", "level": "exile", "chart": "strikes"}
    at.pills(key="movement").set_value(["2021"]).run()
    assert set(only_table(at)["movement"]) == {"2021"}


def test_strike_chart_is_drawn_even_with_no_kind_of_body_chosen():
    at = run_app(page=PAGE, chart="strikes", level="")
    assert not at.exception
    assert not at.info
    assert drawn_charts(at) == ["organisation-strikes"]
    assert len(only_table(at)) == len(STRIKE_COUNTS)


def test_level_filter_narrows_and_writes_the_url():
    at = run_app(page=PAGE)
    at.pills(key="organisation.level").set_value(["exile"]).run()
    assert not at.exception
    assert founding_ids(at) == set(ORGANISATIONS.loc[ORGANISATIONS["level"] == "exile", "org_id"])
    assert at.query_params["level"] == "exile"
    assert any("counts 1 body" in m.value for m in at.markdown)


def test_movement_filter_drops_the_other_movement_everywhere():
    at = run_app(page=PAGE)
    at.pills(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert all(org_id.startswith("org2021") for org_id in founding_ids(at))
    assert set(only_table(at)["movement"]) == {"2021"}
    assert at.query_params["movement"] == "2021"
    at.segmented_control(key="organisation.chart").set_value("kinds").run()
    assert set(only_table(at)["movement"]) == {"2021"}
    at.segmented_control(key="organisation.chart").set_value("strikes").run()
    assert set(only_table(at)["movement"]) == {"2021"}
    assert dict(at.query_params) == {"movement": "2021", "chart": "strikes"}


def test_link_sets_the_widgets():
    at = run_app(page=PAGE, type="parallel_government~network", level="national", chart="kinds")
    assert not at.exception
    assert at.pills(key="organisation.type").value == ["parallel_government", "network"]
    assert at.pills(key="organisation.level").value == ["national"]
    assert at.segmented_control(key="organisation.chart").value == "kinds"
    chosen = ORGANISATIONS[ORGANISATIONS["org_type"].isin(["parallel_government", "network"]) & (ORGANISATIONS["level"] == "national")]
    assert set(only_table(at)["org_id"]) == set(chosen["org_id"])
    at.segmented_control(key="organisation.chart").set_value("founding").run()
    assert founding_ids(at) == set(chosen["org_id"])
    assert not at.warning


def test_empty_selection_asks_for_a_choice_without_error():
    at = run_app(page=PAGE, level="")
    assert not at.exception
    assert [i.value for i in at.info] == ["Choose at least one kind of body and one level under Filters."]
    assert not at.get("plotly_chart")


def test_hostile_link_falls_back_with_one_notice_and_keeps_the_good_parts():
    at = run_app(page=PAGE, type="<script>alert(1)</script>", level="national~township", other="x" * 5000)
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "type (" in notices[0]
    assert "<script>" not in notices[0]
    assert at.pills(key="organisation.type").value == list(ORGANISATIONS["org_type"].cat.categories)
    assert at.pills(key="organisation.level").value == ["township", "national"]


def test_unknown_chart_falls_back_to_the_founding_chart_with_one_notice():
    at = run_app(page=PAGE, chart="strikes~kinds", level="national")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "chart (not a known value)" in notices[0]
    assert drawn_charts(at) == ["organisation-founding"]
    assert dict(at.query_params) == {"level": "national"}


def test_the_filters_button_names_how_many_kinds_and_levels_are_chosen():
    at = run_app(page=PAGE, type="strike_committee", level="national~local")
    assert not at.exception and not at.warning
    assert filters_label(at) == "Filters: 1 of 9 kinds of body · 2 of 5 levels"
