"""The Claims page in a real headless Chromium: every claim, links with filters, clicks, reload, hostile links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import exceptions, open_and_wait, plotly_data, wait_until_idle
from transforms import claims
from transforms.load import load_all

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def verdicts():
    tables = load_all()
    return claims.verdict_table(tables, claims.check_all(tables))


def wait_for_charts(page, count: int) -> None:
    """Wait until `count` Plotly charts hold their data: the helpers' idle wait passes before any is mounted."""
    page.wait_for_function(
        f"() => [...document.querySelectorAll('.js-plotly-plot')].filter(el => el.data).length >= {count}",
        timeout=60_000,
    )


def chips(page, label: str) -> list[str]:
    """The options shown as chosen in the multiselect with this label."""
    widget = page.locator("[data-testid=stMultiSelect]").filter(has_text=label)
    return widget.locator("[data-testid=stMultiSelectTagsContainer]").first.locator("[data-tag] span[title]").all_inner_texts()


def claim_headings(page) -> list[str]:
    return [text.split(".")[0] for text in page.locator("h5").all_inner_texts() if re.match(r"^C\d+\.", text)]


def summary(page) -> dict[str, int]:
    """Verdict label -> claims counted in the summary chart (the first chart)."""
    return {trace["name"]: sum(trace["x"]) for trace in plotly_data(page)[0]}


def test_default_view_lists_every_claim_with_charts(server, page, verdicts):
    open_and_wait(page, server + "/claims")
    wait_for_charts(page, 5)
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="The article's claims, checked against the data").is_visible()
    assert claim_headings(page) == [f"C{i}" for i in range(1, 21)]
    charts = plotly_data(page)
    assert len(charts) == 5  # the summary and the charts beside C1, C2, C3 and C11
    counts = verdicts["verdict"].map(claims.VERDICT_LABELS).value_counts().to_dict()
    assert summary(page) == counts


def test_a_link_with_filters_sets_the_widgets_and_the_charts(server, page, verdicts):
    open_and_wait(page, server + "/claims?dimension=economy&verdict=partly_supported")
    expected = verdicts[(verdicts["dimension"] == "economy") & (verdicts["verdict"] == "partly_supported")]
    wait_for_charts(page, 1 + len({"C1", "C2", "C3"} & set(expected["claim_id"])))
    assert exceptions(page) == 0
    assert chips(page, "What the claims are about") == ["Economy"]
    assert chips(page, "Verdict") == ["Partly supported"]
    assert claim_headings(page) == list(expected["claim_id"])
    charts = plotly_data(page)
    assert {y for trace in charts[0] for y in trace["y"]} == {"Economy"}
    assert summary(page) == {"Partly supported": len(expected)}
    # Small charts only for the claims shown (C2 and C3 of the economy claims checked on numbers).
    assert len(charts) == 1 + len({"C1", "C2", "C3"} & set(expected["claim_id"]))


def test_removing_a_verdict_writes_the_url_and_survives_reload(server, page, verdicts):
    open_and_wait(page, server + "/claims")
    wait_for_charts(page, 5)
    page.locator("[data-testid=stMultiSelect]").filter(has_text="Verdict").get_by_role(
        "button", name="Remove Supported", exact=True
    ).first.click()
    expect(page).to_have_url(re.compile(r"/claims\?verdict=partly_supported~contradicted~not_checkable$"))
    wait_until_idle(page)
    shown = list(verdicts.loc[verdicts["verdict"] != "supported", "claim_id"])
    expect(page.locator("h5").filter(has_text=re.compile(r"^C\d+\."))).to_have_count(len(shown))
    charts = 1 + len({"C1", "C2", "C3", "C11"} & set(shown))
    expect(page.locator(".js-plotly-plot")).to_have_count(charts)
    wait_for_charts(page, charts)
    assert claim_headings(page) == shown
    before = plotly_data(page)
    assert "Supported" not in {trace["name"] for trace in before[0]}

    page.reload()
    wait_until_idle(page)
    wait_for_charts(page, charts)
    assert chips(page, "Verdict") == ["Partly supported", "Contradicted", "Not checkable"]
    assert plotly_data(page) == before


@pytest.mark.parametrize(
    "hostile",
    [
        "dimension=%3Cscript%3Ealert(1)%3C/script%3E&verdict=supported",
        "dimension=economy~nonsense&verdict=supported&" + "x" * 3000 + "=1",
    ],
)
def test_a_hostile_link_shows_one_notice_and_keeps_the_good_parts(server, page, verdicts, hostile):
    open_and_wait(page, server + f"/claims?{hostile}")
    supported = list(verdicts.loc[verdicts["verdict"] == "supported", "claim_id"])
    wait_for_charts(page, 1 + len({"C1", "C2", "C3", "C11"} & set(supported)))
    assert exceptions(page) == 0
    notices = page.locator("[data-testid=stAlertContentWarning]")
    expect(notices).to_have_count(1)
    assert "<script>" not in notices.first.inner_text()
    assert chips(page, "Verdict") == ["Supported"]
    assert claim_headings(page) == supported
