"""Overview figures built from the real data: what is plotted is what the data says."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from charts import overview
from i18n import use_language
from transforms import derive


def test_headline_ranges_plot_low_values_with_bars_to_high(tables):
    figures = tables["figures"]
    fig = overview.headline_ranges(figures, ["1988", "2021"])
    by_name = {trace.name: trace for trace in fig.data}
    deaths_1988 = derive.headline_by_metric(figures, "1988").loc["deaths"]
    trace = by_name["1988 uprising"]
    index = list(trace.y).index("Deaths")
    assert trace.x[index] == deaths_1988["low"]
    assert trace.x[index] + trace.error_x.array[index] == deaths_1988["high"]
    assert fig.layout.xaxis.type == "log"


def test_headline_ranges_show_only_chosen_movements(tables):
    fig = overview.headline_ranges(tables["figures"], ["2021"])
    assert [trace.name for trace in fig.data] == ["2021 movement"]


def test_single_value_has_no_bar(tables):
    figures = tables["figures"]
    fig = overview.headline_ranges(figures, ["2021"])
    trace = fig.data[0]
    rows = derive.headline_by_metric(figures, "2021")
    for metric_label, low, spread in zip(trace.y, trace.x, trace.error_x.array):
        row = rows.loc[metric_label.lower()]
        expected = 0 if row["high"] != row["high"] else row["high"] - row["low"]  # NaN high: a single value
        assert spread == expected
        assert low == row["low"]


@pytest.mark.parametrize("movements", [["1988"], ["2021"], ["1988", "2021"], []])
def test_headline_ranges_is_a_figure_plotly_accepts(tables, movements):
    # The builder writes plain dicts and skips Plotly's validation; this is where it happens.
    go.Figure(overview.headline_ranges(tables["figures"], movements).to_plotly_json())


def test_headline_ranges_in_burmese_name_title_legend_rows_and_ticks_in_burmese(tables):
    with use_language("my"):
        fig = overview.headline_ranges(tables["figures"], ["1988", "2021"])
    assert fig.layout.title.text.startswith("အဓိက ကိန်းဂဏန်းများ")
    assert [trace.name for trace in fig.data] == ["၁၉၈၈ အရေးတော်ပုံ", "၂၀၂၁ လှုပ်ရှားမှု"]
    assert "သေဆုံးသူ" in fig.data[0].y
    # The log axis writes its ticks in Burmese units and Myanmar digits, where they fall.
    # The log axis writes its ticks in Burmese units and Myanmar digits: 1,000,000 is "၁ သန်း".
    ticks = dict(zip(fig.layout.xaxis.tickvals, fig.layout.xaxis.ticktext))
    assert ticks[10**6] == "၁ သန်း" and ticks[10**4] == "၁ သောင်း"


def test_headline_ranges_in_english_keep_plotlys_own_ticks(tables):
    with use_language("en"):
        fig = overview.headline_ranges(tables["figures"], ["1988", "2021"])
    assert fig.layout.xaxis.ticktext is None and fig.layout.xaxis.tickformat == "~s"
    assert fig.layout.title.text == "Headline figures, low to high"
