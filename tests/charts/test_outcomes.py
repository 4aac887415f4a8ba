"""Outcomes figures built from the real data: what is plotted is what the data says."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from charts import outcomes as charts
from i18n import use_language
from transforms import derive
from transforms.schema import OUTCOME_ASPECTS, OUTCOME_HORIZONS
from vocabulary.labels import label

ALL = list(OUTCOME_HORIZONS)


def cell(fig, movement_label: str, aspect: str, horizon: str) -> int:
    trace = next(t for t in fig.data if t.name == movement_label)
    row = list(trace.y).index(label(aspect))
    column = list(trace.x).index(charts.HORIZON_TICKS[horizon])
    return trace.z[row][column]


def test_heatmap_cells_are_the_counts_of_outcome_rows(tables):
    outcomes = tables["outcomes"]
    fig = charts.aspect_heatmap(outcomes, ["1988", "2021"], ALL)
    assert [t.name for t in fig.data] == ["1988 uprising", "2021 movement"]
    for movement, name in (("1988", "1988 uprising"), ("2021", "2021 movement")):
        for aspect in OUTCOME_ASPECTS:
            for horizon in OUTCOME_HORIZONS:
                expected = (
                    (outcomes["movement"] == movement) & (outcomes["aspect"] == aspect) & (outcomes["horizon"] == horizon)
                ).sum()
                assert cell(fig, name, aspect, horizon) == expected
    # Every aspect of the dictionary is a row, even one with no outcome for a movement.
    assert cell(fig, "1988 uprising", "economy", "immediate") == 0
    assert cell(fig, "2021 movement", "economy", "immediate") == 1


def test_heatmap_shows_only_the_chosen_horizons_and_movements(tables):
    fig = charts.aspect_heatmap(tables["outcomes"], ["2021"], ["long_term"])
    assert [t.name for t in fig.data] == ["2021 movement"]
    assert list(fig.data[0].x) == [charts.HORIZON_TICKS["long_term"]]
    assert cell(fig, "2021 movement", "armed_conflict", "long_term") == 5


def test_durations_bars_are_the_derived_day_counts_with_their_definitions(tables):
    periods = derive.durations(tables["periods"])
    fig = charts.durations(periods, ["1988", "2021"])
    plotted = {period_id: days for trace in fig.data for period_id, days in zip(trace.y, trace.x)}
    assert plotted == dict(zip(periods["period_id"], periods["duration_days"]))
    assert plotted["p1988-spark-coup"] == 190
    labels = {a.y: a.text.replace("<br>", " ") for a in fig.layout.annotations}
    assert labels["p1988-spark-coup"] == "Spark (12 Mar 1988) to SLORC coup (18 Sep 1988)"
    ongoing = fig.data[1]
    index = list(ongoing.y).index("p2021-coup-emergency-end")
    assert ongoing.marker.pattern.shape[index] == "/"
    assert "ongoing" in ongoing.text[index]


def test_durations_follow_the_movement_filter(tables):
    periods = derive.durations(tables["periods"])
    fig = charts.durations(periods, ["2021"])
    assert [t.name for t in fig.data] == ["2021 movement"]
    assert len(fig.data[0].x) == (periods["movement"] == "2021").sum()


@pytest.mark.parametrize("movements", [["1988"], ["2021"], ["1988", "2021"]])
def test_every_figure_passes_plotly_validation(tables, movements):
    # The builders skip Plotly's validation for speed; this is where it still happens.
    periods = derive.durations(tables["periods"])
    figures = [
        charts.aspect_heatmap(tables["outcomes"], movements, ALL),
        charts.aspect_heatmap(tables["outcomes"], movements, ["within_year"]),
        charts.durations(periods, movements),
        charts.durations(periods[periods["movement"].isin(movements)], movements),
    ]
    for fig in figures:
        go.Figure(fig.to_plotly_json())


def test_aspect_heatmap_in_burmese_has_burmese_title_panels_rows_columns_and_hover(tables):
    with use_language("my"):
        fig = charts.aspect_heatmap(tables["outcomes"], ["1988", "2021"], ALL)
    assert fig.layout.title.text.startswith("မှတ်တမ်းရှိ ရလဒ်များ")
    assert [a.text.replace("<br>", " ") for a in fig.layout.annotations] == ["၁၉၈၈ အရေးတော်ပုံ", "၂၀၂၁ လှုပ်ရှားမှု"]
    assert list(fig.data[0].x) == ["ချက်<br>ချင်း", "တစ်နှစ်<br>အတွင်း", "ရေ<br>ရှည်"]
    assert "လက်နက်ကိုင် ပဋိပက္ခ" in fig.data[0].y
    # The hover's count is written in Myanmar digits, from the cell's own count.
    row = list(fig.data[1].y).index("လက်နက်ကိုင် ပဋိပက္ခ")
    counts = {int(count) for count in fig.data[1].z[row]}
    assert {cell[1] for cell in fig.data[1].customdata[row]} == {str(c).translate(str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")) for c in counts}
    assert "ရလဒ်" in fig.data[0].hovertemplate


def test_durations_in_burmese_write_definitions_days_and_axis_ticks_in_burmese(tables):
    periods = derive.durations(tables["periods"])
    with use_language("my"):
        fig = charts.durations(periods, ["1988"])
    assert fig.layout.title.text.startswith("အစမှ အဆုံး ရက်ပေါင်း")
    assert fig.data[0].name == "၁၉၈၈ အရေးတော်ပုံ"
    assert all(text.endswith("ရက်") for text in fig.data[0].text)
    assert any("နဝတ" in annotation.text for annotation in fig.layout.annotations)
    assert fig.layout.xaxis.ticktext[0] == "၀" and all(t.isdigit() or "," in t for t in fig.layout.xaxis.ticktext)


def test_english_heatmap_hover_reads_as_before(tables):
    with use_language("en"):
        fig = charts.aspect_heatmap(tables["outcomes"], ["1988"], ALL)
    assert fig.data[0].hovertemplate == "<b>1988 uprising</b><br>%{y}, %{customdata[0]}: %{customdata[1]} outcome(s)<extra></extra>"
    assert fig.data[0].customdata[0][0][0] == "Immediate"
