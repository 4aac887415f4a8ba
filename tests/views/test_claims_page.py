"""The Claims page through Streamlit's AppTest: every claim, the filters, the chart choice, the URL both ways, hostile links."""

from __future__ import annotations

import re
from html import escape

import pytest

from vocabulary.labels import label
from tests.views.apptest import (
    built_tables,
    check_counts,
    drawn_charts,
    figures,
    filters_label,
    folded_tables,
    open_rows,
    record_downloads,
    rows_of,
    run_app,
)
from transforms import claims
from transforms.load import load_all
from transforms.schema import CLAIM_DIMENSIONS
from ui.pages import PAGES

PAGE = "views/claims_page.py"
TABLES = load_all()
CHECKS = claims.check_all(TABLES)
VERDICTS = claims.verdict_table(TABLES, CHECKS)
EVIDENCE = claims.evidence_rows(TABLES, CHECKS, claims.row_lookup(TABLES))
ALL_IDS = [f"C{i}" for i in range(1, 21)]
CHARTS = list(PAGES["claims"].params["chart"].options)
CLAIM_CHARTS = [chart for chart in CHARTS if chart != "summary"]


def claim_blocks(at) -> dict[str, str]:
    """Each claim's block of text by its id, in the order they are drawn."""
    cards = "".join(element.proto.body for element in at.get("html")).split("<section data-claim=")[1:]
    return {card.split('"')[1]: card for card in cards}


def page_text(at) -> str:
    """The page's Markdown and HTML, as sent."""
    return " ".join([*(m.value for m in at.markdown), *(h.proto.body for h in at.get("html"))])


def claim_headings(at) -> list[str]:
    """Claim ids in the order their blocks are drawn."""
    return list(claim_blocks(at))


def summary_counts(at) -> dict[tuple[str, str], int]:
    """(dimension label, verdict label) -> claims, read from the summary chart."""
    summary = figures(at)["claims-summary"]
    return {
        (y, trace["name"]): x
        for trace in summary["data"]
        for y, x in zip(trace["y"], trace["x"])
        if x
    }


def verdict_rows(at):
    """The verdicts table, opened: the only table built when the cited rows stay folded."""
    return rows_of(at, "claims-verdicts")


def cited_rows(at):
    """The cited rows, opened: the only table built when the verdicts stay folded."""
    return rows_of(at, "claims-evidence")


def cited_count(claim_ids) -> int:
    """How many rows the claims `claim_ids` cite."""
    return int(EVIDENCE["claim_id"].isin(claim_ids).sum())


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
    assert at.pills(key="claims.dimension").value == list(CLAIM_DIMENSIONS)
    assert at.pills(key="claims.verdict").value == list(claims.VERDICTS)
    assert at.segmented_control(key="claims.chart").value == "summary"
    text = page_text(at)
    for claim_id, check in CHECKS.items():
        assert claims.VERDICT_LABELS[check.verdict] in text, claim_id
    # One chart: the verdict summary; the claims' own charts are one choice away.
    assert drawn_charts(at) == ["claims-summary"]
    assert sum(summary_counts(at).values()) == 20
    assert any(m.value.startswith("Of the 20 claims,") for m in at.markdown)
    assert list(verdict_rows(at)["claim_id"]) == ALL_IDS
    assert dict(at.query_params) == {}


def test_page_shows_the_computed_evidence():
    at = run_app(page=PAGE)
    text = page_text(at)
    days = CHECKS["C11"].numbers["days"]
    assert f"{days} days (end minus start" in text
    assert "verdict by reading the cited rows" in text
    assert "Agree: World Bank WDI (2017 release, 2025 vintage, archived vintage)" in text
    assert "(ev1988-025)" in text and ">the article</a>" in text


def test_each_claim_is_one_block_with_its_title_badges_evidence_and_sources():
    at = run_app(page=PAGE)
    blocks = claim_blocks(at)
    assert list(blocks) == ALL_IDS
    for row in VERDICTS.itertuples():
        block, check = blocks[row.claim_id], CHECKS[row.claim_id]
        assert claims.VERDICT_LABELS[check.verdict] in block, row.claim_id
        assert f">{escape(label(row.dimension))}</span>" in block, row.claim_id
        assert claims.METHOD_LABELS[check.method] in block, row.claim_id
        assert re.search(r'Claim: <a href="https://[^"]+"[^>]*>the article</a>', block), row.claim_id
        note = f"Chart: choose “{row.claim_id}” under <em>Chart</em> above."
        assert (note in block) == (row.claim_id.lower() in CLAIM_CHARTS), row.claim_id
    assert f"{CHECKS['C11'].numbers['days']} days (end minus start" in blocks["C11"]
    assert "(ev1988-025)" in blocks["C11"]
    # The sources are part of the block, not a caption of their own.
    assert not any("[the article](" in c.value for c in at.caption)


@pytest.mark.parametrize("chart", CLAIM_CHARTS)
def test_a_claim_chart_link_draws_that_claims_chart_instead_of_the_summary(chart):
    at = run_app(page=PAGE, chart=chart)
    assert not at.exception and not at.warning
    assert at.segmented_control(key="claims.chart").value == chart
    assert drawn_charts(at) == [f"claims-chart-{chart}"]
    claim_id = chart.upper()
    claim = VERDICTS.set_index("claim_id").loc[claim_id, "claim"]
    heading = next(h.proto.body for h in at.get("html") if h.proto.body.startswith(f"<p><strong>{claim_id}. "))
    assert claim in heading and claims.VERDICT_LABELS[CHECKS[claim_id].verdict] in heading
    assert any("does not follow the filters" in c.value for c in at.caption)
    # The claims, the reading and the table stay as they are.
    assert claim_headings(at) == ALL_IDS
    assert any(m.value.startswith("Of the 20 claims,") for m in at.markdown)
    assert list(verdict_rows(at)["claim_id"]) == ALL_IDS


def test_changing_the_chart_writes_the_url_and_the_summary_leaves_it_out():
    at = run_app(page=PAGE)
    at.segmented_control(key="claims.chart").set_value("c2").run()
    assert not at.exception
    assert drawn_charts(at) == ["claims-chart-c2"]
    assert dict(at.query_params) == {"chart": "c2"}
    at.segmented_control(key="claims.chart").set_value("summary").run()
    assert drawn_charts(at) == ["claims-summary"]
    assert dict(at.query_params) == {}


def test_a_claim_chart_does_not_follow_the_filters():
    at = run_app(page=PAGE, chart="c11")
    at.pills(key="claims.dimension").set_value(["economy"]).run()
    assert not at.exception
    assert "C11" not in ids_for(dimensions=["economy"])
    assert drawn_charts(at) == ["claims-chart-c11"]
    assert claim_headings(at) == ids_for(dimensions=["economy"])
    assert dict(at.query_params) == {"dimension": "economy", "chart": "c11"}


def test_dimension_filter_narrows_the_claims_and_writes_the_url():
    at = run_app(page=PAGE)
    at.pills(key="claims.dimension").set_value(["economy"]).run()
    assert not at.exception
    assert claim_headings(at) == ids_for(dimensions=["economy"]) == ["C1", "C2", "C3", "C4", "C5"]
    assert {dimension for dimension, _ in summary_counts(at)} == {"Economy"}
    assert drawn_charts(at) == ["claims-summary"]
    assert list(verdict_rows(at)["claim_id"]) == ["C1", "C2", "C3", "C4", "C5"]
    assert at.query_params["dimension"] == "economy"
    assert any(m.value.startswith("Of the 5 claims shown (20 in all)") for m in at.markdown)


def test_verdict_filter_narrows_the_claims_and_writes_the_url():
    at = run_app(page=PAGE)
    at.pills(key="claims.verdict").set_value(["supported", "not_checkable"]).run()
    assert not at.exception
    expected = ids_for(verdicts=["supported", "not_checkable"])
    assert claim_headings(at) == expected
    assert {verdict for _, verdict in summary_counts(at)} <= {"Supported", "Not checkable"}
    assert sum(summary_counts(at).values()) == len(expected)
    assert at.query_params["verdict"] == "supported~not_checkable"
    assert "dimension" not in at.query_params


def test_a_link_sets_both_filters_and_the_chart():
    at = run_app(page=PAGE, dimension="duration~economy", verdict="partly_supported", chart="c3")
    assert not at.exception and not at.warning
    assert at.pills(key="claims.dimension").value == ["economy", "duration"]
    assert at.pills(key="claims.verdict").value == ["partly_supported"]
    assert at.segmented_control(key="claims.chart").value == "c3"
    expected = ids_for(dimensions=["economy", "duration"], verdicts=["partly_supported"])
    assert claim_headings(at) == expected
    assert "C11" in expected and "C1" not in expected
    assert drawn_charts(at) == ["claims-chart-c3"]


def test_hostile_values_fall_back_with_one_notice_and_keep_the_good_parts():
    at = run_app(page=PAGE, dimension="<script>alert(1)</script>", verdict="supported", extra="x" * 5000)
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1
    assert "dimension (" in notices[0] and "<script>" not in notices[0]
    assert at.pills(key="claims.dimension").value == list(CLAIM_DIMENSIONS)
    assert at.pills(key="claims.verdict").value == ["supported"]
    assert claim_headings(at) == ids_for(verdicts=["supported"])


def test_an_unknown_chart_falls_back_to_the_summary_with_one_notice():
    at = run_app(page=PAGE, chart="C4", verdict="supported")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "chart (not a known value)" in notices[0]
    assert drawn_charts(at) == ["claims-summary"]
    assert dict(at.query_params) == {"verdict": "supported"}


def test_an_overlong_or_unknown_verdict_falls_back_to_every_verdict():
    at = run_app(page=PAGE, verdict="supported~" + "x" * 300)
    assert not at.exception
    assert len(at.warning) == 1 and "verdict (value is too long)" in at.warning[0].value
    assert claim_headings(at) == ALL_IDS


def test_no_subject_chosen_asks_for_one():
    at = run_app(page=PAGE, dimension="")
    assert not at.exception
    assert [i.value for i in at.info] == ["Choose at least one subject and one verdict under Filters."]
    assert claim_headings(at) == [] and not at.get("plotly_chart")


def test_no_match_says_so():
    empty = [v for v in claims.VERDICTS if not ids_for(dimensions=["duration"], verdicts=[v])]
    at = run_app(page=PAGE, dimension="duration", verdict="~".join(empty))
    assert not at.exception
    assert "No claim matches these filters" in at.info[0].value
    assert claim_headings(at) == []


def test_both_tables_are_folded_under_fixed_titles_and_counted_by_their_downloads_once_opened(monkeypatch):
    offered = record_downloads(monkeypatch)
    at = run_app(page=PAGE)
    assert not at.tabs
    cited = cited_count(ALL_IDS)
    assert {key: expander.label for key, expander in folded_tables(at).items()} == {
        "claims-verdicts": "The verdicts as a table",
        "claims-evidence": "The rows the verdicts cite, with their sources",
    }
    assert not at.dataframe and offered == []
    assert list(verdict_rows(at)["claim_id"]) == ALL_IDS
    assert check_counts(at) == {"claims-verdicts": 20}
    assert [download["file_name"] for download in offered] == ["claims_verdicts.csv"]
    # Opening the second leaves the first open: both built, each with its own download.
    offered.clear()
    open_rows(at, "claims-evidence")
    assert not at.exception
    assert list(built_tables(at)) == ["claims-verdicts", "claims-evidence"]
    assert "row" in built_tables(at)["claims-evidence"].columns
    assert check_counts(at) == {"claims-verdicts": 20, "claims-evidence": cited}
    assert [download["file_name"] for download in offered] == ["claims_verdicts.csv", "claims_evidence.csv"]
    # Which table is open is not part of the link.
    assert dict(at.query_params) == {}


def test_the_rules_for_verdicts_are_one_expander_without_an_icon():
    at = run_app(page=PAGE)
    rules = [expander for expander in at.expander if expander.label == "How verdicts are decided"]
    assert len(rules) == 1 and not rules[0].icon


def test_cited_rows_follow_the_filter():
    at = run_app(page=PAGE, dimension="duration")
    assert folded_tables(at)["claims-evidence"].label == "The rows the verdicts cite, with their sources"
    evidence = cited_rows(at)
    assert not at.exception
    assert check_counts(at) == {"claims-evidence": cited_count(["C11"])}
    assert set(evidence["claim_id"]) == {"C11"}
    assert list(evidence["row"]) == list(CHECKS["C11"].ids)
    assert evidence["source_url"].str.startswith("http").all()
    assert dict(at.query_params) == {"dimension": "duration"}


def test_the_filters_button_names_how_many_subjects_and_verdicts_are_chosen():
    assert filters_label(run_app(page=PAGE)) == "Filters: all 7 subjects · all 4 verdicts"
    at = run_app(page=PAGE, dimension="economy~outcomes", verdict="supported")
    assert not at.exception and not at.warning
    assert filters_label(at) == "Filters: 2 of 7 subjects · 1 of 4 verdicts"


def test_a_burmese_reader_sees_the_economy_series_named_in_burmese():
    legend = [trace.get("name", "") for trace in figures(run_app(page=PAGE, chart="c1", lang="my"))["claims-chart-c1"]["data"]]
    assert any("UN အမျိုးသားစာရင်းများ" == name for name in legend)  # the UN series, by its Burmese name
    english = [trace.get("name", "") for trace in figures(run_app(page=PAGE, chart="c1"))["claims-chart-c1"]["data"]]
    assert "UN national accounts" in english
