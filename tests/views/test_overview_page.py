"""The Overview through Streamlit's AppTest: the entry script, the shared filter and the URL."""

from __future__ import annotations


from tests.views.apptest import run_app


def test_overview_renders_both_movements_without_error():
    at = run_app()
    assert not at.exception
    assert [h.value for h in at.subheader][:2] == ["1988 uprising", "2021 movement"]
    assert len(at.get("plotly_chart")) == 2
    values = {m.label: m.value for m in at.metric}
    assert values["Deaths: Estimated death toll"] == "3,000–10,000"
    assert values["Heads of state: Heads of state who left office"] == "3"
    assert "missing" in values.values()


def test_movement_filter_narrows_the_cards_and_writes_the_url():
    at = run_app()
    at.multiselect(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert "1988 uprising" not in [h.value for h in at.subheader]
    assert at.query_params["movement"] == "2021"


def test_movement_in_the_url_sets_the_filter():
    at = run_app(movement="1988")
    assert at.multiselect(key="movement").value == ["1988"]
    assert "2021 movement" not in [h.value for h in at.subheader]


def test_bad_movement_in_the_url_falls_back_with_a_notice():
    at = run_app(movement="<b>1999</b>")
    assert not at.exception
    assert at.multiselect(key="movement").value == ["1988", "2021"]
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "movement (not a list of known values)" in notices[0]
    assert "<b>" not in notices[0]
