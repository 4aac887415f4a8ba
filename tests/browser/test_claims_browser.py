"""The Claims page in a real headless Chromium: every claim, links with filters, the "Chart" control (one
chart per view), the folded tables built once opened, the share line, clicks, reload, hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    chart_keys,
    choose_chart,
    chosen_chart,
    download_label,
    downloaded_rows,
    exceptions,
    history_length,
    is_open,
    notice,
    open_and_wait,
    open_filters,
    open_rows,
    plotly_data,
    query,
    rows_section,
    rows_titles,
    shared_link,
    tables_built,
    view_of,
    wait_for_charts,
    wait_until_idle,
)
from transforms import claims
from transforms.load import load_all

pytestmark = pytest.mark.browser

CHARTED = ("C1", "C2", "C3", "C11")  # the claims checked on numbers, each with a chart of its own


@pytest.fixture(scope="module")
def checked():
    tables = load_all()
    checks = claims.check_all(tables)
    return tables, checks, claims.verdict_table(tables, checks)


@pytest.fixture(scope="module")
def verdicts(checked):
    return checked[2]


def filter_pills(page, label: str):
    """The pills filter with this label, in the Filters popover (opened first: closed, it draws no widgets)."""
    open_filters(page)
    return page.locator("[data-testid=stButtonGroup]").filter(has_text=label)


def chips(page, label: str) -> list[str]:
    """The options shown as chosen in the pills filter with this label, in page order."""
    return filter_pills(page, label).locator("button[aria-pressed=true]").all_inner_texts()


def claim_headings(page) -> list[str]:
    # textContent, not innerText: a card off screen is not rendered yet (content-visibility:auto),
    # and Chromium gives such an element's innerText as empty though its text is in the page.
    return [text.split(".")[0] for text in page.locator("h2").all_text_contents() if re.match(r"^C\d+\.", text)]


def summary(page) -> dict[str, int]:
    """Verdict label -> claims counted in the summary chart (the only chart)."""
    (chart,) = plotly_data(page)
    return {trace["name"]: sum(trace["x"]) for trace in chart}


def test_default_view_lists_every_claim_with_the_summary_chart_only(server, page, verdicts):
    open_and_wait(page, server + "/claims")
    wait_for_charts(page, ["claims-summary"])
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="The article's claims, checked against the data").is_visible()
    assert claim_headings(page) == [f"C{i}" for i in range(1, 21)]
    assert chosen_chart(page) == ["Verdicts by subject"]
    assert "chart" not in query(page)
    counts = verdicts["verdict"].map(claims.VERDICT_LABELS).value_counts().to_dict()
    assert summary(page) == counts
    # The cards hold no charts; a claim checked on numbers points to its chart under "Chart".
    for claim_id in CHARTED:
        expect(page.locator(f"section[data-claim={claim_id}]")).to_contain_text(f"Chart: choose “{claim_id}” under Chart above.")
    expect(page.locator("section[data-claim=C4]")).not_to_contain_text("Chart: choose")


def test_a_link_with_filters_sets_the_widgets_and_the_chart(server, page, verdicts):
    open_and_wait(page, server + "/claims?dimension=economy&verdict=partly_supported")
    wait_for_charts(page, ["claims-summary"])
    expected = verdicts[(verdicts["dimension"] == "economy") & (verdicts["verdict"] == "partly_supported")]
    assert exceptions(page) == 0
    assert chips(page, "What the claims are about") == ["Economy"]
    assert chips(page, "Verdict") == ["Partly supported"]
    assert claim_headings(page) == list(expected["claim_id"])
    (chart,) = plotly_data(page)
    assert {y for trace in chart for y in trace["y"]} == {"Economy"}
    assert summary(page) == {"Partly supported": len(expected)}


def test_a_link_with_chart_c1_shows_that_claims_chart_whatever_the_filters(server, page, verdicts):
    open_and_wait(page, server + "/claims?dimension=timeline&chart=c1")
    wait_for_charts(page, ["claims-chart-c1"])  # the claim's chart, not the summary
    assert exceptions(page) == 0
    assert chosen_chart(page) == ["C1"]
    expected = list(verdicts.loc[verdicts["dimension"] == "timeline", "claim_id"])
    assert "C1" not in expected  # so the chart shown is not one of the filtered claims'
    assert claim_headings(page) == expected
    assert page.get_by_text("This chart does not follow the filters").is_visible()


def test_choosing_a_chart_writes_the_url_without_a_history_entry_and_survives_reload(server, page):
    open_and_wait(page, server + "/claims?verdict=supported~contradicted")
    wait_for_charts(page, ["claims-summary"])
    entries = history_length(page)
    choose_chart(page, "C2", "claims-chart-c2")
    expect(page).to_have_url(re.compile(r"/claims\?verdict=supported~contradicted&chart=c2$"))
    assert history_length(page) == entries  # replaced, not pushed
    before = plotly_data(page)

    page.reload()
    wait_for_charts(page, ["claims-chart-c2"])
    assert plotly_data(page) == before
    assert chosen_chart(page) == ["C2"]
    assert chips(page, "Verdict") == ["Supported", "Contradicted"]

    choose_chart(page, "Verdicts by subject", "claims-summary")
    expect(page).to_have_url(re.compile(r"/claims\?verdict=supported~contradicted$"))  # the default is left out
    assert history_length(page) == entries


def test_removing_a_verdict_writes_the_url_and_survives_reload(server, page, verdicts):
    open_and_wait(page, server + "/claims")
    wait_for_charts(page, ["claims-summary"])
    entries = history_length(page)
    filter_pills(page, "Verdict").get_by_role("button", name="Supported", exact=True).click()
    expect(page).to_have_url(re.compile(r"/claims\?verdict=partly_supported~contradicted~not_checkable$"))
    wait_until_idle(page)
    shown = list(verdicts.loc[verdicts["verdict"] != "supported", "claim_id"])
    expect(page.locator("h2").filter(has_text=re.compile(r"^C\d+\."))).to_have_count(len(shown))
    wait_for_charts(page, ["claims-summary"])
    assert history_length(page) == entries  # replaced, not pushed
    assert claim_headings(page) == shown
    before = plotly_data(page)
    assert "Supported" not in {trace["name"] for trace in before[0]}

    page.reload()
    wait_for_charts(page, ["claims-summary"])
    assert chips(page, "Verdict") == ["Partly supported", "Contradicted", "Not checkable"]
    assert plotly_data(page) == before


def test_the_two_tables_are_folded_and_each_is_built_only_once_opened(server, page, checked):
    tables, checks, verdicts = checked
    open_and_wait(page, server + "/claims?dimension=economy")
    wait_for_charts(page, ["claims-summary"])
    shown = verdicts[verdicts["dimension"] == "economy"]
    evidence = claims.evidence_rows(tables, checks, claims.row_lookup(tables))
    cited = evidence[evidence["claim_id"].isin(shown["claim_id"])]
    assert rows_titles(page) == [
        "How verdicts are decided",
        "The verdicts as a table",
        "The rows the verdicts cite, with their sources",
        "Copy the link, embed or cite this view, download the chart",  # the share panel, folded too
    ]
    assert tables_built(page) == 0  # both folded: no grid, no download button
    assert page.get_by_role("tab").count() == 0  # the tables are no longer in tabs

    verdict_rows = open_rows(page, "claims-verdicts")
    downloads = page.locator("[data-testid=stDownloadButton]")
    expect(downloads).to_have_text([f"Download these {len(shown)} rows (CSV)"])  # the verdicts' table alone
    assert download_label(verdict_rows) == f"Download these {len(shown)} rows (CSV)"
    name, rows = downloaded_rows(page, "claims-verdicts")
    assert name == "claims_verdicts.csv"
    assert list(rows["claim_id"]) == list(shown["claim_id"])

    evidence_rows = open_rows(page, "claims-evidence")
    assert download_label(evidence_rows) == f"Download these {len(cited)} rows (CSV)"
    expect(downloads).to_have_count(2)  # the verdicts' table stays open
    wait_until_idle(page, min_charts=1)
    name, rows = downloaded_rows(page, "claims-evidence")
    assert name == "claims_evidence.csv"
    assert set(rows["claim_id"]) == set(cited["claim_id"])
    assert len(rows) == len(cited)
    assert chart_keys(page) == ["claims-summary"]  # opening the tables leaves the view as it was


def test_an_open_verdicts_table_follows_the_filters(server, page, verdicts):
    open_and_wait(page, server + "/claims?dimension=economy")
    wait_for_charts(page, ["claims-summary"])
    open_rows(page, "claims-verdicts")
    filter_pills(page, "Verdict").get_by_role("button", name="Supported", exact=True).click()
    expect(page).to_have_url(
        re.compile(r"/claims\?dimension=economy&verdict=partly_supported~contradicted~not_checkable$")
    )
    wait_until_idle(page)
    shown = verdicts[(verdicts["dimension"] == "economy") & (verdicts["verdict"] != "supported")]
    section = rows_section(page, "claims-verdicts")
    expect(section.locator("[data-testid=stDownloadButton]")).to_have_text(f"Download these {len(shown)} rows (CSV)")
    assert is_open(section)
    name, rows = downloaded_rows(page, "claims-verdicts")
    assert list(rows["claim_id"]) == list(shown["claim_id"])


def test_the_share_line_gives_the_link_of_the_view_shown(server, page):
    open_and_wait(page, server + "/claims?verdict=supported~partly_supported&dimension=economy")
    wait_for_charts(page, ["claims-summary"])
    assert view_of(shared_link(page)) == view_of(page.url) == (
        server + "/claims", {"dimension": "economy", "verdict": "supported~partly_supported"}
    )
    choose_chart(page, "C2", "claims-chart-c2")
    expect(page).to_have_url(re.compile(r"chart=c2$"))
    assert view_of(shared_link(page)) == view_of(page.url)
    assert query(page)["chart"] == "c2"


@pytest.mark.parametrize(
    "hostile",
    [
        "dimension=%3Cscript%3Ealert(1)%3C/script%3E&verdict=supported",
        "dimension=economy~nonsense&verdict=supported&" + "x" * 3000 + "=1",
        "verdict=supported&chart=%3Cscript%3Ec1",
    ],
)
def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page, verdicts, hostile):
    open_and_wait(page, server + f"/claims?{hostile}")
    wait_for_charts(page, ["claims-summary"])  # a bad chart falls back to the default
    supported = list(verdicts.loc[verdicts["verdict"] == "supported", "claim_id"])
    assert exceptions(page) == 0
    assert "<script>" not in notice(page)
    assert chips(page, "Verdict") == ["Supported"]
    assert claim_headings(page) == supported
    assert chosen_chart(page) == ["Verdicts by subject"]
    assert query(page) == {"verdict": "supported"}
    assert view_of(shared_link(page)) == (server + "/claims", {"verdict": "supported"})  # nothing hostile shared
