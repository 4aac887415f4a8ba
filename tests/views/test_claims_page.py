"""The Claims page through Streamlit's AppTest: every claim, the filters, the URL both ways, hostile links."""

from __future__ import annotations

import json

from tests.views.apptest import run_app
from transforms import claims
from transforms.load import load_all
from transforms.schema import CLAIM_DIMENSIONS

PAGE = "views/claims_page.py"
TABLES = load_all()
CHECKS = claims.check_all(TABLES)
VERDICTS = claims.verdict_table(TABLES, CHECKS)
ALL_IDS = [f"C{i}" for i in range(1, 21)]


def claim_headings(at) -> list[str]:
    """Claim ids in the order their blocks are drawn."""
    return [m.value.split(".")[0].removeprefix("##### ") for m in at.markdown if m.value.startswith("##### C")]


def charts(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def summary_counts(at) -> dict[tuple[str, str], int]:
    """(dimension label, verdict label) -> claims, read from the summary chart."""
    summary = charts(at)[0]
    return {
        (y, trace["name"]): x
        for trace in summary["data"]
        for y, x in zip(trace["y"], trace["x"])
        if x
    }


def verdict_rows(at):
    return at.dataframe[0].value


def ids_for(dimensions=None, verdicts=None) -> list[str]:
    rows = VERDICTS
    if dimensions is not None:
        rows = rows[rows["dimension"].isin(dimensions)]
    if verdicts is not None:
        rows = rows[rows["verdict"].isin(verdicts)]
    return list(rows["claim_id"])


def test_default_view_lists_every_claim_with_its_verdict():
    at = run_app(page=PAGE)
    assert not at.exception
    assert not at.warning
    assert claim_headings(at) == ALL_IDS
    assert at.multiselect(key="claims.dimension").value == list(CLAIM_DIMENSIONS)
    assert at.multiselect(key="claims.verdict").value == list(claims.VERDICTS)
    text = " ".join(m.value for m in at.markdown)
    for claim_id, check in CHECKS.items():
        assert claims.VERDICT_LABELS[check.verdict] in text, claim_id
    assert sum(summary_counts(at).values()) == 20
    # The summary and the small charts beside C1, C2, C3 and C11.
    assert len(charts(at)) == 5
    assert any(m.value.startswith("Of the 20 claims,") for m in at.markdown)
    assert list(verdict_rows(at)["claim_id"]) == ALL_IDS
    assert dict(at.query_params) == {}


def test_page_shows_the_computed_evidence():
    at = run_app(page=PAGE)
    text = " ".join(m.value for m in at.markdown)
    days = CHECKS["C11"].numbers["days"]
    assert f"{days} days (end minus start" in text
    assert "verdict by reading the cited rows" in text
    assert "Agree: World Bank WDI (2017 release, 2025 vintage, archived vintage)" in text
    captions = " ".join(c.value for c in at.caption)
    assert "(ev1988-025)" in captions and "[the article](" in captions


def test_dimension_filter_narrows_the_claims_and_writes_the_url():
    at = run_app(page=PAGE)
    at.multiselect(key="claims.dimension").set_value(["economy"]).run()
    assert not at.exception
    assert claim_headings(at) == ids_for(dimensions=["economy"]) == ["C1", "C2", "C3", "C4", "C5"]
    assert {dimension for dimension, _ in summary_counts(at)} == {"Economy"}
    assert len(charts(at)) == 4  # the summary, C1, C2 and C3
    assert list(verdict_rows(at)["claim_id"]) == ["C1", "C2", "C3", "C4", "C5"]
    assert at.query_params["dimension"] == "economy"
    assert any(m.value.startswith("Of the 5 claims shown (20 in all)") for m in at.markdown)


def test_verdict_filter_narrows_the_claims_and_writes_the_url():
    at = run_app(page=PAGE)
    at.multiselect(key="claims.verdict").set_value(["supported", "not_checkable"]).run()
    assert not at.exception
    expected = ids_for(verdicts=["supported", "not_checkable"])
    assert claim_headings(at) == expected
    assert {verdict for _, verdict in summary_counts(at)} <= {"Supported", "Not checkable"}
    assert sum(summary_counts(at).values()) == len(expected)
    assert at.query_params["verdict"] == "supported~not_checkable"
    assert "dimension" not in at.query_params


def test_a_link_sets_both_filters():
    at = run_app(page=PAGE, dimension="duration~economy", verdict="partly_supported")
    assert not at.exception and not at.warning
    assert at.multiselect(key="claims.dimension").value == ["economy", "duration"]
    assert at.multiselect(key="claims.verdict").value == ["partly_supported"]
    expected = ids_for(dimensions=["economy", "duration"], verdicts=["partly_supported"])
    assert claim_headings(at) == expected
    assert "C11" in expected and "C1" not in expected


def test_hostile_values_fall_back_with_one_notice_and_keep_the_good_parts():
    at = run_app(page=PAGE, dimension="<script>alert(1)</script>", verdict="supported", extra="x" * 5000)
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1
    assert "dimension (" in notices[0] and "<script>" not in notices[0]
    assert at.multiselect(key="claims.dimension").value == list(CLAIM_DIMENSIONS)
    assert at.multiselect(key="claims.verdict").value == ["supported"]
    assert claim_headings(at) == ids_for(verdicts=["supported"])


def test_an_overlong_or_unknown_verdict_falls_back_to_every_verdict():
    at = run_app(page=PAGE, verdict="supported~" + "x" * 300)
    assert not at.exception
    assert len(at.warning) == 1 and "verdict (value is too long)" in at.warning[0].value
    assert claim_headings(at) == ALL_IDS


def test_no_subject_chosen_asks_for_one():
    at = run_app(page=PAGE, dimension="")
    assert not at.exception
    assert [i.value for i in at.info] == ["Choose at least one subject and one verdict."]
    assert claim_headings(at) == [] and not at.get("plotly_chart")


def test_no_match_says_so():
    empty = [v for v in claims.VERDICTS if not ids_for(dimensions=["duration"], verdicts=[v])]
    at = run_app(page=PAGE, dimension="duration", verdict="~".join(empty))
    assert not at.exception
    assert "No claim matches these filters" in at.info[0].value
    assert claim_headings(at) == []


def test_cited_rows_follow_the_filter():
    at = run_app(page=PAGE, dimension="duration")
    evidence = at.dataframe[1].value
    assert set(evidence["claim_id"]) == {"C11"}
    assert list(evidence["row"]) == list(CHECKS["C11"].ids)
    assert evidence["source_url"].str.startswith("http").all()
