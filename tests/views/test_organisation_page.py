"""The Self-organisation page through Streamlit's AppTest: filters, the URL both ways, and hostile links."""

from __future__ import annotations

import json

from tests.views.apptest import run_app
from transforms import derive
from transforms.load import load_all

PAGE = "views/organisation_page.py"
TABLES = load_all()
ORGANISATIONS, FIGURES = TABLES["organisations"], TABLES["figures"]


def charts(at) -> dict[str, dict]:
    """Drawn figures by their title."""
    figures = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    return {figure["layout"]["title"]["text"]: figure for figure in figures}


def founding_ids(at) -> set[str]:
    figure = charts(at)["How fast did each movement organise?"]
    return {org_id for trace in figure["data"] if trace.get("type") == "bar" or trace.get("mode") == "markers"
            for org_id in trace["y"]}


def bodies_table(at):
    return at.dataframe[0].value


def strike_table(at):
    return at.dataframe[1].value


def test_default_view_shows_every_body_and_the_strike_section():
    at = run_app(page=PAGE)
    assert not at.exception
    assert set(charts(at)) == {"How fast did each movement organise?", "Kinds of body, by level", "Strike bodies and strikers, as counted"}
    assert founding_ids(at) == set(ORGANISATIONS["org_id"])
    assert set(bodies_table(at)["org_id"]) == set(ORGANISATIONS["org_id"])
    assert "townships with strike centres (of 314)" in set(strike_table(at)["unit"].dropna())
    assert any("Within 30 days of day 0" in m.value for m in at.markdown)
    assert dict(at.query_params) == {}


def test_type_filter_narrows_charts_and_table_and_writes_the_url():
    at = run_app(page=PAGE)
    at.pills(key="organisation.type").set_value(["strike_committee", "armed_group"]).run()
    assert not at.exception
    chosen = ORGANISATIONS[ORGANISATIONS["org_type"].isin(["strike_committee", "armed_group"])]
    assert founding_ids(at) == set(chosen["org_id"])
    assert set(bodies_table(at)["org_type"]) == {"strike_committee", "armed_group"}
    assert at.query_params["type"] == "strike_committee~armed_group"
    # The strike section follows the movement filter only.
    assert len(strike_table(at)) == len(derive.strike_counts(ORGANISATIONS, FIGURES))


def test_level_filter_narrows_and_writes_the_url():
    at = run_app(page=PAGE)
    at.pills(key="organisation.level").set_value(["exile"]).run()
    assert not at.exception
    assert founding_ids(at) == set(ORGANISATIONS.loc[ORGANISATIONS["level"] == "exile", "org_id"])
    assert at.query_params["level"] == "exile"
    assert any("counts 1 body" in m.value for m in at.markdown)


def test_movement_filter_drops_the_other_movement_everywhere():
    at = run_app(page=PAGE)
    at.multiselect(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert all(org_id.startswith("org2021") for org_id in founding_ids(at))
    assert set(strike_table(at)["movement"]) == {"2021"}
    assert at.query_params["movement"] == "2021"


def test_link_sets_the_widgets():
    at = run_app(page=PAGE, type="parallel_government~network", level="national")
    assert not at.exception
    assert at.pills(key="organisation.type").value == ["parallel_government", "network"]
    assert at.pills(key="organisation.level").value == ["national"]
    chosen = ORGANISATIONS[ORGANISATIONS["org_type"].isin(["parallel_government", "network"]) & (ORGANISATIONS["level"] == "national")]
    assert founding_ids(at) == set(chosen["org_id"])
    assert not at.warning


def test_empty_selection_asks_for_a_choice_without_error():
    at = run_app(page=PAGE, level="")
    assert not at.exception
    assert [i.value for i in at.info] == ["Choose at least one kind of body and one level."]
    assert not at.get("plotly_chart")


def test_hostile_link_falls_back_with_one_notice_and_keeps_the_good_parts():
    at = run_app(page=PAGE, type="<script>alert(1)</script>", level="national~township", other="x" * 5000)
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "type (" in notices[0]
    assert "<script>" not in notices[0]
    assert at.pills(key="organisation.type").value == list(ORGANISATIONS["org_type"].cat.categories)
    assert at.pills(key="organisation.level").value == ["township", "national"]
