"""Repression figures built from the real data: every plotted value is a row's low or high."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from charts import repression
from charts.repression import myanmar_count, row_labels
from i18n import use_language
from transforms import derive

BOTH = ["1988", "2021"]


def _markers(fig):
    return [t for t in fig.data if t.mode == "markers" and t.x and t.x[0] is not None]


def test_metric_ranges_plot_one_marker_per_people_row_from_low_to_high(tables):
    figures = tables["figures"]
    fig = repression.metric_ranges(figures, "deaths", BOTH)
    rows = figures[(figures["metric"] == "deaths") & derive.people_counts(figures)]
    plotted = sorted(
        (x, x + spread, symbol)
        for trace in _markers(fig)
        for x, spread, symbol in zip(trace.x, trace.error_x.array, trace.marker.symbol)
    )
    expected = sorted(
        (row.low, row.low if row.high != row.high else row.high, repression.COUNTED_BY_SYMBOLS[row.counted_by])
        for row in rows.itertuples()
    )
    assert plotted == expected
    assert fig.layout.xaxis.type == "log"
    # The 1988 range of independent estimates: a bar from 3,000 to 10,000, no midpoint.
    assert (3000, 10000, "diamond") in plotted


def test_metric_ranges_colour_by_movement_and_hover_definition_and_source(tables):
    fig = repression.metric_ranges(tables["figures"], "arrests", BOTH)
    traces = {t.name: t for t in _markers(fig)}
    assert set(traces) == {"1988 uprising", "2021 movement"}
    assert traces["2021 movement"].marker.color == "#0072B2"
    hover = next(h for h in traces["2021 movement"].hovertext if "Still detained" in h)
    assert "21,803 people" in hover and "as of 10 Feb 2025" in hover and "Source: aappb.org" in hover


def test_rows_in_other_units_keep_their_row_without_a_marker(tables):
    fig = repression.metric_ranges(tables["figures"], "participation", ["1988"])
    plotted = {x for trace in _markers(fig) for x in trace.x}
    assert 80 not in plotted and 15 not in plotted  # percent and cities are not people
    texts = row_labels(fig)
    written = dict(zip(texts, texts[1:]))
    assert written["Rangoon workers back at work, 3 Oct 1988"] == "<i>80 percent (not a count of people)</i>"


def test_a_movement_without_rows_says_missing(tables):
    figures = tables["figures"]
    without = figures[~((figures["movement"] == "1988") & (figures["metric"] == "displaced"))]
    fig = repression.metric_ranges(without, "displaced", BOTH)
    texts = row_labels(fig)
    assert texts[:3] == ["<b>1988 uprising</b>", "Displaced", "<i>missing: no source read gives a figure</i>"]


def test_counted_by_legend_lists_only_the_shapes_shown(tables):
    fig = repression.metric_ranges(tables["figures"], "participation", BOTH)
    legend = [t.name for t in fig.data if t.showlegend is not False and t.x == (None,)]
    assert legend == ["press"]


def test_dated_series_plot_the_monitor_counts_by_day(tables):
    series = derive.dated_series(tables["figures"])
    fig = repression.dated_series(series, BOTH)
    deaths = next(t for t in fig.data if "deaths" in t.name)
    rows = series[series["metric"] == "deaths"]
    assert list(deaths.x) == list(rows["day"]) and list(deaths.y) == list(rows["low"])
    assert deaths.y[0] == 726 and deaths.y[-1] == 7265
    assert fig.layout.yaxis.type == "log"
    assert "lines" in deaths.mode and "markers" in deaths.mode


@pytest.mark.parametrize("movements", [["1988"], ["2021"], BOTH])
def test_every_figure_passes_plotly_validation(tables, movements):
    # The builders write plain dicts that Plotly does not check when wrapping them: check here.
    figures = tables["figures"]
    series = derive.dated_series(figures)
    built = [repression.metric_ranges(figures, metric, movements) for metric in ("deaths", "arrests", "displaced", "participation")]
    built.append(repression.dated_series(series[series["movement"].isin(movements)], movements))
    for fig in built:
        go.Figure(fig.to_plotly_json())


def test_metric_ranges_in_burmese_write_title_rows_legend_and_ticks_in_burmese(tables):
    with use_language("my"):
        fig = repression.metric_ranges(tables["figures"], "deaths", BOTH)
    assert fig.layout.title.text == "သေဆုံးသူ- ကိန်းဂဏန်းအားလုံး၊ အနိမ့်မှ အမြင့်"
    assert row_labels(fig)[0] == "<b>၁၉၈၈ အရေးတော်ပုံ</b>"
    assert "တရားဝင်" in [trace.name for trace in fig.data] and fig.layout.legend.title.text == "ရေတွက်သူ-"
    assert dict(zip(fig.layout.xaxis.tickvals, fig.layout.xaxis.ticktext))[1000] == "၁ ထောင်"
    assert "ရေတွက်သူ-" in fig.data[0].hovertext[0]


def test_dated_series_in_burmese_write_axes_in_burmese_units_and_years(tables):
    series = derive.dated_series(tables["figures"])
    with use_language("my"):
        fig = repression.dated_series(series, BOTH)
    assert fig.layout.title.text == "ရက်စွဲပါ စုစုပေါင်း ကိန်းဂဏန်းများ"
    assert fig.layout.xaxis.ticktext[0] == "နေ့ ၀"
    assert list(fig.layout.yaxis.ticktext) == [myanmar_count(tick) for tick in fig.layout.yaxis.tickvals]
    assert fig.data[0].name.startswith("၂၀၂၁- ")


def test_myanmar_count_writes_round_numbers_in_burmese_units():
    assert [myanmar_count(v) for v in (500, 2000, 50000, 100000, 20_000_000)] == [
        "၅၀၀", "၂ ထောင်", "၅ သောင်း", "၁ သိန်း", "၂၀ သန်း"]


def test_english_charts_keep_plotlys_own_log_ticks(tables):
    with use_language("en"):
        fig = repression.metric_ranges(tables["figures"], "deaths", BOTH)
    assert fig.layout.xaxis.ticktext is None and fig.layout.legend.title.text == "Counted by:"
