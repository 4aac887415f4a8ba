"""Self-organisation figures built from the real data: what is plotted is what the rows say."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from charts import organisation
from charts.repression import row_labels
from transforms import derive
from vocabulary.labels import label
from vocabulary.movements import MOVEMENT_LABELS

BOTH = ["1988", "2021"]


@pytest.fixture(scope="module")
def windows(tables):
    return derive.founding_window(tables["organisations"])


def test_type_and_level_grid_counts_the_bodies(tables):
    organisations = tables["organisations"]
    fig = organisation.bodies_by_type_and_level(organisations, BOTH)
    assert [trace.name for trace in fig.data] == [MOVEMENT_LABELS[m] for m in BOTH]
    for movement, trace in zip(BOTH, fig.data):
        mine = organisations[organisations["movement"] == movement]
        for row_label, z_row, text_row in zip(trace.y, trace.z, trace.text):
            for column_label, count, text in zip(trace.x, z_row, text_row):
                expected = ((mine["org_type"].map(label) == row_label) & (mine["level"].map(label) == column_label)).sum()
                assert count == expected
                assert text == (str(expected) if expected else "")
        assert sum(map(sum, trace.z)) == len(mine)
    # 2021's six regional armed groups, read off the table.
    trace_2021 = fig.data[1]
    assert trace_2021.z[list(trace_2021.y).index("Armed group")][list(trace_2021.x).index("Regional")] == 6


def test_type_and_level_grid_shows_only_the_chosen_movement(tables):
    fig = organisation.bodies_by_type_and_level(tables["organisations"], ["2021"])
    assert [trace.name for trace in fig.data] == ["2021 movement"]


def test_founding_days_put_exact_dates_as_dots_and_windows_as_bars(windows):
    fig = organisation.founding_days(windows, BOTH)
    by_id = windows.set_index("org_id")
    dots = [t for t in fig.data if t.type == "scatter" and t.mode == "markers"]
    bars = [t for t in fig.data if t.type == "bar"]
    plotted = []
    for trace in dots:
        for x, org_id in zip(trace.x, trace.y):
            assert by_id.loc[org_id, "founded_precision"] == "day"
            assert x == by_id.loc[org_id, "day"]
            plotted.append(org_id)
    for trace in bars:
        for base, length, org_id in zip(trace.base, trace.x, trace.y):
            assert by_id.loc[org_id, "founded_precision"] in ("month", "year")
            assert (base, base + length) == (by_id.loc[org_id, "day"], by_id.loc[org_id, "day_latest"])
            plotted.append(org_id)
    assert sorted(plotted) == sorted(windows["org_id"])
    # A year that holds day 0 is drawn from day 0, not from 1 January, 71 days before 12 March.
    assert by_id.loc["org1988-dab", "day"] == 0


def test_founding_hover_says_when_a_date_is_when_a_body_joined(windows):
    fig = organisation.founding_days(windows, ["2021"])
    hovers = {org_id: text for trace in fig.data if trace.hovertext for org_id, text in zip(trace.y, trace.hovertext)}
    knu = hovers["org2021-knu"]
    assert "when it joined the 2021 movement" in knu.replace("<br>", " ")
    assert "some day in 2021" in knu
    assert "Source: bnionline.net" in knu
    assert "(day 2)" in hovers["org2021-cdm"]  # 3 Feb 2021, two days after the coup


def test_founding_days_one_panel_per_chosen_movement(windows):
    fig = organisation.founding_days(windows[windows["movement"] == "1988"], ["1988"])
    assert {trace.yaxis for trace in fig.data} == {"y"}
    assert all(org_id.startswith("org1988") for trace in fig.data for org_id in trace.y)


def test_short_names_prefer_the_name_then_the_abbreviation():
    assert organisation.short_name("Journalists' union") == "Journalists' union"
    assert organisation.short_name("All Burma Federation of Student Unions (ABFSU)") == "ABFSU"
    cut = organisation.short_name("Communist Party of Burma underground network ('Commune 4828')")
    assert cut.endswith("…") and len(cut) <= organisation.SHORT_NAME_CHARS


def test_strike_counts_plot_every_count_and_say_missing(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    fig = organisation.strike_counts(counts, missing, BOTH)
    markers = [t for t in fig.data if t.mode == "markers" and t.x and t.x[0] is not None]
    plotted = sorted((x, x + spread) for trace in markers for x, spread in zip(trace.x, trace.error_x.array))
    drawable = counts[counts["low"].notna() & ~counts["unit"].astype(str).str.startswith("percent")]
    expected = sorted((row.low, row.low if row.high != row.high else row.high) for row in drawable.itertuples())
    assert plotted == expected
    # The 1988 townships count is drawn once (as a body's count), not twice.
    assert [x for x, _ in plotted].count(200) == 1
    texts = row_labels(fig)
    # A row without a marker: its label, then in its place what the count is or why there is none.
    written = dict(zip(texts, texts[1:]))
    assert written["Local strike committees"] == "<i>no count given</i>"
    assert written["Civil servants on strike, Feb 2021 (UN)"] == "<i>75 percent (a share, not a count)</i>"
    missing_rows = [t for t in texts if "missing" in t]
    assert len(missing_rows) == sum(len(v) for v in missing.values())


def test_strike_counts_follow_the_movement_filter(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    counts = counts[counts["movement"] == "1988"]
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    fig = organisation.strike_counts(counts, missing, ["1988"])
    headings = [t for t in row_labels(fig) if t.startswith("<b>")]
    assert headings == ["<b>1988 uprising</b>"]


@pytest.mark.parametrize("movements", [["1988"], ["2021"], BOTH])
def test_every_figure_passes_plotly_validation(tables, windows, movements):
    # The builders write plain dicts that Plotly does not check when wrapping them: check here.
    chosen = windows[windows["movement"].isin(movements)]
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    built = [
        organisation.bodies_by_type_and_level(chosen, movements),
        organisation.founding_days(chosen, movements),
        organisation.strike_counts(counts[counts["movement"].isin(movements)], missing, movements),
    ]
    for fig in built:
        go.Figure(fig.to_plotly_json())
