"""Claims figures built from the real data: what is plotted is what the data and the checks say."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from charts import claims as claims_charts
from transforms import claims
from transforms.schema import CLAIM_DIMENSIONS

# Whole page budget is 400 KB of figure JSON; these five figures must stay well inside it.
FIGURE_BUDGET_BYTES = 400_000


@pytest.fixture(scope="module")
def checks(tables):
    return claims.check_all(tables)


@pytest.fixture(scope="module")
def verdicts(tables, checks):
    return claims.verdict_table(tables, checks)


def small_figures(tables, checks):
    economy = tables["economy"]
    c1, c2, c3, c11 = (checks[c].numbers for c in ("C1", "C2", "C3", "C11"))
    return {
        "C1": claims_charts.growth_with_threshold(claims.growth(economy, c1["years"]), c1["years"], c1["threshold"]),
        "C2": claims_charts.fall_by_series(c2["changes"], c2["sharp"], claims.C2_YEARS),
        "C3": claims_charts.growth_against_claim(claims.growth(economy, c3["years"]), c3["years"], c3["claimed"], c3["band"]),
        "C11": claims_charts.days_in_office(c11),
    }


def test_summary_counts_every_claim_once_by_dimension_and_verdict(verdicts):
    fig = claims_charts.verdict_summary(verdicts, list(CLAIM_DIMENSIONS))
    assert sum(sum(trace.x) for trace in fig.data) == len(verdicts) == 20
    assert fig.layout.barmode == "stack"
    by_name = {trace.name: trace for trace in fig.data}
    for verdict in claims.VERDICTS:
        expected = verdicts[verdicts["verdict"] == verdict]
        if expected.empty:
            assert claims.VERDICT_LABELS[verdict] not in by_name  # no empty legend entries
            continue
        trace = by_name[claims.VERDICT_LABELS[verdict]]
        assert trace.marker.color == claims_charts.VERDICT_COLOURS[verdict]
        plotted = dict(zip(trace.y, trace.x))
        for dimension, rows in expected.groupby("dimension"):
            assert plotted[dimension.replace("_", " ").capitalize()] == len(rows)


def test_summary_shows_only_the_filtered_claims(verdicts):
    economy = claims.filter_claims(verdicts, ["economy"], list(claims.VERDICTS))
    fig = claims_charts.verdict_summary(economy, ["economy"])
    assert {y for trace in fig.data for y in trace.y} == {"Economy"}
    assert sum(sum(trace.x) for trace in fig.data) == 5
    assert "C3" in " ".join(c for trace in fig.data for c in trace.customdata)


def test_verdict_colours_are_distinct_and_patterned():
    assert len(set(claims_charts.VERDICT_COLOURS.values())) == 4
    assert len(set(claims_charts.VERDICT_PATTERNS.values())) == 4


def test_c1_bars_are_the_growth_values_of_each_series_with_the_ten_percent_line(tables, checks):
    fig = small_figures(tables, checks)["C1"]
    rows = claims.growth(tables["economy"], claims.C1_YEARS)
    # The three World Bank vintages give the same values for these years and share one trace.
    assert [trace.name.replace("<br>", " ") for trace in fig.data] == [
        "Mitchell, Intl Historical Statistics",
        "UN national accounts",
        "World Bank WDI (2017 release, 2025 vintage, archived vintage)",
    ]
    wdi = fig.data[2]
    plotted = dict(zip(wdi.x, wdi.y))
    expected = rows[rows["series_id"] == "wdi_2017"].set_index("year")["value"]
    assert plotted[1963] == pytest.approx(expected[1963], abs=0.01)
    assert min(wdi.x) >= 1962 and max(wdi.x) <= 1988
    assert [shape.y0 for shape in fig.layout.shapes] == [claims.C1_THRESHOLD]


def test_c2_bars_are_the_compounded_changes_with_the_sharp_line(tables, checks):
    fig = small_figures(tables, checks)["C2"]
    plotted = {name.replace("<br>", " "): value for name, value in zip(fig.data[0].y, fig.data[0].x)}
    changes = checks["C2"].numbers["changes"]
    assert plotted["UN national accounts"] == pytest.approx(changes["UN national accounts"], abs=0.01)
    merged = "World Bank WDI (2017 release, 2025 vintage, archived vintage)"
    assert plotted[merged] == pytest.approx(changes["World Bank WDI (2017 release)"], abs=0.01)
    assert len(fig.data[0].x) == 3
    assert fig.layout.shapes[0].x0 == -claims.SHARP_FALL_PERCENT


def test_c3_draws_1985_to_1989_with_the_claim_line_and_band(tables, checks):
    fig = small_figures(tables, checks)["C3"]
    years = {year for trace in fig.data for year in trace.x}
    assert years == set(range(1985, 1990))
    wdi = next(trace for trace in fig.data if trace.name.startswith("World Bank WDI"))
    assert dict(zip(wdi.x, wdi.y))[1988] == pytest.approx(-11.35, abs=0.01)
    band, line = fig.layout.shapes
    assert (band.y0, band.y1) == pytest.approx((-12.1, -9.9))
    assert line.y0 == claims.C3_CLAIMED


def test_c11_bars_compare_the_counted_days_with_the_claim(tables, checks):
    fig = small_figures(tables, checks)["C11"]
    bars = fig.data[0]
    assert list(bars.x) == [16, 14]
    assert bars.y[0] == "Our rows:<br>27 Jul to 12 Aug 1988"
    assert (fig.layout.shapes[0].x0, fig.layout.shapes[0].x1) == pytest.approx((12.6, 15.4))


def test_hover_names_the_source(tables, checks):
    fig = small_figures(tables, checks)["C3"]
    assert "Source: %{customdata}" in fig.data[0].hovertemplate
    assert all("." in site for trace in fig.data for site in trace.customdata)


def test_figures_stay_small(tables, checks, verdicts):
    figures = [*small_figures(tables, checks).values(), claims_charts.verdict_summary(verdicts, list(CLAIM_DIMENSIONS))]
    total = sum(len(fig.to_json()) for fig in figures)
    assert total < FIGURE_BUDGET_BYTES / 4
    assert all(sum(len(trace.x) for trace in fig.data) <= 150 for fig in figures)


def test_every_figure_passes_plotly_validation(tables, checks, verdicts):
    # The builders skip Plotly's validation for speed; this is where it still happens.
    figures = list(small_figures(tables, checks).values())
    for dimensions in [[d] for d in CLAIM_DIMENSIONS] + [list(CLAIM_DIMENSIONS)]:
        for verdict_choice in [[v] for v in claims.VERDICTS] + [list(claims.VERDICTS)]:
            shown = claims.filter_claims(verdicts, dimensions, verdict_choice)
            figures.append(claims_charts.verdict_summary(shown, dimensions))
    for fig in figures:
        go.Figure(fig.to_plotly_json())
