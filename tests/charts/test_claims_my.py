"""Claims figures in Burmese: titles, legend names, ticks and labels translated; the English figures unchanged."""

from __future__ import annotations

import re

import plotly.graph_objects as go
import pytest

from charts import claims as claims_charts
from i18n import use_language
from transforms import claims
from transforms.schema import CLAIM_DIMENSIONS

MYANMAR = re.compile("[\u1000-\u109f]")
LATIN_DIGIT = re.compile("[0-9]")


@pytest.fixture(scope="module")
def checks(tables):
    return claims.check_all(tables)


def build(tables, checks) -> dict[str, go.Figure]:
    economy = tables["economy"]
    c1, c2, c3, c11 = (checks[c].numbers for c in ("C1", "C2", "C3", "C11"))
    return {
        "summary": claims_charts.verdict_summary(claims.verdict_table(tables, checks), list(CLAIM_DIMENSIONS)),
        "C1": claims_charts.growth_with_threshold(claims.growth(economy, c1["years"]), c1["years"], c1["threshold"]),
        "C2": claims_charts.fall_by_series(c2["changes"], c2["sharp"], claims.C2_YEARS),
        "C3": claims_charts.growth_against_claim(
            claims.growth(economy, c3["years"]), c3["years"], c3["claimed"], c3["band"]
        ),
        "C11": claims_charts.days_in_office(c11),
    }


@pytest.fixture(scope="module")
def burmese(tables, checks):
    with use_language("my"):
        return build(tables, checks)


@pytest.mark.parametrize("name", ["summary", "C1", "C2", "C3", "C11"])
def test_every_title_is_in_myanmar_script(burmese, name):
    assert MYANMAR.search(burmese[name].layout.title.text)


@pytest.mark.parametrize("name", ["summary", "C1", "C2", "C3", "C11"])
def test_the_burmese_figures_are_valid_plotly(burmese, name):
    go.Figure(burmese[name].to_dict())  # validates every property


def test_summary_legend_categories_and_counts_are_translated(burmese):
    summary = burmese["summary"]
    assert {trace.name for trace in summary.data} <= {
        "အထောက်အထားရှိ", "တစ်စိတ်တစ်ပိုင်း အထောက်အထားရှိ", "အထောက်အထားနှင့် ဆန့်ကျင်", "စစ်ဆေး၍ မရ"
    }
    assert "စီးပွားရေး" in summary.data[0].y
    assert summary.layout.xaxis.ticktext[:3] == ("၀", "၁", "၂")
    assert not any(LATIN_DIGIT.search(text) for trace in summary.data for text in trace.text)
    assert all("%{text}" in trace.hovertemplate and MYANMAR.search(trace.hovertemplate) for trace in summary.data)


def test_growth_charts_give_years_and_values_in_myanmar_digits(burmese):
    c1 = burmese["C1"]
    assert c1.layout.xaxis.ticktext[0] == "၁၉၆၂"
    source, year, value = c1.data[0].customdata[0]
    assert LATIN_DIGIT.search(year) is None and LATIN_DIGIT.search(value) is None
    assert "%{customdata[2]}" in c1.data[0].hovertemplate
    assert c1.layout.annotations[0].text == "၁၀% (အဆို)"
    assert MYANMAR.search(c1.layout.yaxis.title.text)


def test_the_days_chart_labels_its_bars_in_burmese(burmese):
    c11 = burmese["C11"]
    assert all(text.endswith(" ရက်") and not LATIN_DIGIT.search(text) for text in c11.data[0].text)
    assert "ဆောင်းပါး" in c11.data[0].y
    assert MYANMAR.search(c11.layout.xaxis.title.text)


def test_english_figures_keep_plotlys_own_number_formatting(tables, checks, burmese):
    english = build(tables, checks)
    assert english["C1"].layout.xaxis.ticktext is None
    assert english["C1"].data[0].hovertemplate.endswith("<br>Source: %{customdata}<extra></extra>")
    assert english["summary"].layout.title.text == "Verdicts by what the claims are about"
    assert english["C11"].data[0].text[1] == "14 days"
