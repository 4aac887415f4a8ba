"""The economy figure built from the real data: every series, quote and marker as the tables give it."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from charts import economy as charts
from charts.figure import HOVER_WIDTH
from tests import derived
from tests.burmese import flat
from transforms import derive
from vocabulary.economy import INDICATORS

FULL = (1960, 2024)


@pytest.fixture(scope="module")
def build(tables):
    periods = derive.durations(tables["periods"])
    regimes = derive.regime_spans(tables["regimes"], tables["events"])

    def make(indicator: str, window=FULL, markers: bool = True):
        return charts.indicator_chart(
            tables["economy"], indicator, window,
            quotes=tables["exchange_rate_quotes"], demonetisations=tables["demonetisations"],
            regimes=regimes, periods=periods, markers=markers,
        )

    return make


def point_hovers(trace) -> list[str]:
    """Each point's hover as the browser shows it: the series' template with the point's own line put in."""
    template = trace.hovertemplate.replace("<extra></extra>", "")
    return [template.replace("%{customdata}", line) for line in trace.customdata]


def by_name(fig):
    return {trace.name: trace for trace in fig.data}


def test_growth_plots_every_series_with_its_own_values(tables, build):
    fig = build("gdp_growth")
    economy = tables["economy"]
    growth = economy[economy["indicator_id"] == "gdp_growth"]
    traces = by_name(fig)
    for label, rows in growth.groupby("series_label"):
        plotted = derived.plotted_years(fig, label)
        assert plotted == dict(zip(rows["year"].astype(int), rows["value"])), label
    # The year labelled 1988: the sources disagree, and each is shown.
    assert derived.plotted_years(fig, "World Bank WDI (2025 vintage)")[1988] == pytest.approx(-11.352)
    assert derived.plotted_years(fig, "Mitchell, Intl Historical Statistics")[1988] == pytest.approx(2.97)
    # Annual values sit in the middle of their year.
    assert pd.Timestamp(traces["Mitchell, Intl Historical Statistics"].x[0]).month == 7


def test_estimates_have_open_markers_and_say_so_on_hover(tables, build):
    fig = build("gdp_growth")
    line = by_name(fig)["IMF WEO Oct 2024"]
    marked = by_name(fig)["IMF WEO Oct 2024: marked years"]
    economy = tables["economy"]
    rows = economy[economy["series_id"] == "imf_weo_2024"].sort_values("year")
    estimates = rows[rows["is_estimate"]]
    assert len(estimates) > 0
    # The series has no gaps, so the estimates are its only markers, all open, in its colour.
    assert [pd.Timestamp(x).year for x in marked.x] == estimates["year"].astype(int).tolist()
    assert list(marked.y) == estimates["value"].tolist()
    assert set(marked.marker.symbol) == {"circle-open"}
    assert marked.marker.color == line.line.color and marked.legendgroup == line.legendgroup
    for hover in point_hovers(marked):
        assert "estimate" in hover and "vintage WEO 2024-10" in hover
    for hover, estimate in zip(point_hovers(line), rows["is_estimate"]):
        assert ("estimate" in hover) == estimate


def test_series_are_lines_broken_where_a_year_is_missing(build):
    fig = build("gdp_growth")
    mitchell = by_name(fig)["Mitchell, Intl Historical Statistics"]
    assert mitchell.mode == "lines"
    years = [None if x is None else pd.Timestamp(x).year for x in mitchell.x]
    # Mitchell gives 1960 and 1961, then nothing until 1964: no line is drawn over 1962-1963.
    assert years[:4] == [1960, 1961, None, 1964]
    assert mitchell.y[2] is None and mitchell.customdata[2] is None
    assert None not in by_name(fig)["World Bank WDI (2025 vintage)"].x


def test_a_year_with_no_neighbour_gets_a_filled_marker(build):
    fig = build("inflation", (1990, 1990))
    lines = [t for t in fig.data if t.type == "scatter" and t.mode == "lines" and t.yaxis == "y"]
    assert lines
    for line in lines:
        marked = by_name(fig)[f"{line.name}: marked years"]
        assert list(marked.x) == list(line.x) and list(marked.y) == list(line.y)
        assert list(marked.marker.symbol) == ["circle"]


def test_a_series_hover_names_it_once_and_each_point_says_its_year_and_value(build):
    fig = build("gdp_growth")
    trace = by_name(fig)["World Bank WDI (2025 vintage)"]
    assert trace.hovertext is None  # no per-point copy of the series' name and source
    assert trace.hovertemplate.count("%{customdata}") == 1
    assert "<b>World Bank WDI (2025 vintage)</b>" in trace.hovertemplate
    assert "Source: " in trace.hovertemplate and "vintage " in trace.hovertemplate
    hover_1988 = point_hovers(trace)[[pd.Timestamp(x).year for x in trace.x].index(1988)]
    assert "Year labelled 1988: -11.4 " in hover_1988


def test_window_limits_the_points_and_the_axis(build):
    fig = build("inflation", (1985, 1995))
    years = {year for trace in fig.data if trace.type == "scatter" and trace.yaxis == "y"
             for year in (pd.Timestamp(x).year for x in trace.x)}
    assert min(years) >= 1985 and max(years) <= 1995
    assert [pd.Timestamp(v) for v in fig.layout.xaxis.range] == [pd.Timestamp("1985-01-01"), pd.Timestamp("1995-12-31")]


def test_exchange_rate_is_on_a_log_axis_with_the_dated_quotes(tables, build):
    fig = build("exchange_rate")
    assert fig.layout.yaxis.type == "log"
    traces = by_name(fig)
    assert {"Official rate (IMF IFS)", "Official rate (World Bank WDI)", "Penn World Table (market-based from 1986)"} <= set(traces)
    quotes = tables["exchange_rate_quotes"]
    market = traces["Dated quote: market rate"]
    assert sorted(market.y) == sorted(quotes.loc[quotes["rate_type"] == "market", "rate_low"])
    # A quoted range is a bar from its low to its high end.
    april_2024 = quotes.set_index("quote_id").loc["fx-2024-04-open-market"]
    index = list(market.y).index(april_2024["rate_low"])
    assert market.error_y.array[index] == april_2024["rate_high"] - april_2024["rate_low"]
    assert pd.Timestamp(market.x[index]) == pd.Timestamp("2024-04-15")
    assert len(traces["Dated quote: official rate"].y) == (quotes["rate_type"] == "official").sum()


def test_gdp_per_capita_is_one_index_not_two_units(build):
    fig = build("gdp_per_capita", (1988, 2000))
    assert fig.layout.yaxis.title.text == "index, first year shown = 100"
    for name in ("Maddison Project 2023", "World Bank WDI, kyat per person"):
        plotted = derived.plotted_years(fig, name)
        assert plotted[1988] == 100
    hover = point_hovers(by_name(fig)["Maddison Project 2023"])[0]
    assert "1,207 2011 international dollars (PPP)" in hover and "(1988 = 100)" in hover
    assert hover.startswith("<b>Maddison Project 2023</b><br>Year labelled 1988: index 100.0")


def test_markers_show_demonetisations_regimes_and_movements(tables, build):
    fig = build("gdp_growth")
    traces = by_name(fig)
    demonetisations = tables["demonetisations"]
    marked = traces["Demonetisation"]
    assert [pd.Timestamp(x) for x in marked.x] == list(demonetisations["date"])
    assert "75–80% of currency made worthless" in marked.hovertext[2]
    assert "Notes withdrawn: 25, 35, 75 kyat" in marked.hovertext[2]
    assert "not estimated" in marked.hovertext[0]
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    assert sorted(pd.Timestamp(s.x0) for s in lines) == sorted(demonetisations["date"])

    strip = traces["Regime periods"]
    assert list(strip.text) == list(tables["regimes"].sort_values("start_date")["name"])
    events = tables["events"].set_index("event_id")
    assert pd.Timestamp(strip.base[2]) == events.loc["ev1988-046", "date"]
    assert pd.Timestamp(strip.base[5]) == events.loc["ev2021-001", "date"]
    assert len([s for s in fig.layout.shapes if s.type == "rect"]) == len(tables["regimes"])

    periods = tables["periods"]
    for movement, name in (("1988", "1988 uprising"), ("2021", "2021 movement")):
        headline = periods[(periods["movement"] == movement) & periods["headline"]].iloc[0]
        band = traces[name]
        assert pd.Timestamp(min(band.x)) == headline["start_date"]
        assert pd.Timestamp(max(band.x)) == headline["end_date"]


def test_markers_off_leaves_only_the_data(build):
    fig = build("gdp_growth", markers=False)
    names = {trace.name for trace in fig.data}
    assert not {"Demonetisation", "Regime periods", "1988 uprising", "2021 movement"} & names
    assert not fig.layout.shapes


def test_markers_outside_the_window_are_left_out(build):
    fig = build("gdp_growth", (1990, 2010))
    names = {trace.name for trace in fig.data}
    assert "1988 uprising" not in names and "2021 movement" not in names
    assert len(by_name(fig)["Demonetisation"].x) == 0
    strip = by_name(fig)["Regime periods"]
    assert list(strip.text) == ["SLORC/SPDC junta"]
    assert pd.Timestamp(strip.base[0]) == pd.Timestamp("1990-01-01")


def test_series_colours_do_not_depend_on_the_window(tables):
    colours = charts.series_colours(tables["economy"], "gdp_growth")
    assert len(set(colours.values())) == len(colours)
    assert not set(colours.values()) & {"#D55E00", "#0072B2"}  # never a movement's colour


@pytest.mark.parametrize("movements", [["1988"], ["2021"], ["1988", "2021"]])
def test_every_figure_passes_plotly_validation(tables, movements):
    """The figure is wrapped unvalidated, so check it here: every indicator, window end and marker
    option, with the bands of each set of movements."""
    periods = tables["periods"][tables["periods"]["movement"].astype(str).isin(movements)]
    regimes = derive.regime_spans(tables["regimes"], tables["events"])
    for indicator in INDICATORS:
        for window in (FULL, (1988, 1988), (2021, 2024)):
            for markers in (True, False):
                fig = charts.indicator_chart(
                    tables["economy"], indicator, window,
                    quotes=tables["exchange_rate_quotes"], demonetisations=tables["demonetisations"],
                    regimes=regimes, periods=periods, markers=markers,
                )
                go.Figure(fig.to_plotly_json())  # raises on anything Plotly's schema rejects


def test_nld_led_government_splits_the_civilian_years_at_30_march_2016(tables, build):
    strip = by_name(build("gdp_growth"))["Regime periods"]
    starts = dict(zip(strip.text, (pd.Timestamp(b) for b in strip.base)))
    assert starts["NLD-led government"] == pd.Timestamp("2016-03-30")
    # The nominally civilian period ends where the NLD-led one begins, not at the 2021 coup.
    nominal_years = pd.Timestamp(strip.base[3]) + pd.Timedelta(milliseconds=strip.x[3])
    assert strip.text[3] == "Nominally civilian government"
    assert nominal_years == pd.Timestamp("2016-03-30")


MYANMAR_LETTER = "[\u1000-\u1021]"


def test_burmese_chart_names_its_axis_markers_and_quotes_in_burmese(build):
    import re

    from i18n import use_language

    with use_language("my"):
        figure = build("exchange_rate")
    assert re.search(MYANMAR_LETTER, figure.layout.yaxis.title.text)
    names = {trace.name for trace in figure.data}
    assert "ငွေစက္ကူ တရားမဝင်ကြေညာမှု" in names  # Demonetisation
    assert "ရက်စွဲပါ နှုန်း: ပြင်ပဈေးကွက်နှုန်း" in names  # Dated quote: market rate
    assert "၁၉၈၈ အရေးတော်ပုံ" in names


def test_burmese_year_axis_is_labelled_in_myanmar_digits(build):
    from i18n import use_language

    with use_language("my"):
        figure = build("gdp_growth", (1980, 2000))
    assert list(figure.layout.xaxis.ticktext) == ["၁၉၈၀", "၁၉၈၅", "၁၉၉၀", "၁၉၉၅", "၂၀၀၀"]


def test_burmese_year_axis_under_the_regime_strip_is_in_myanmar_digits_too(build):
    from i18n import use_language

    with use_language("my"):
        figure = build("gdp_growth", (1980, 2000), markers=True)
    assert list(figure.layout.xaxis2.ticktext) == ["၁၉၈၀", "၁၉၈၅", "၁၉၉၀", "၁၉၉၅", "၂၀၀၀"]


def test_burmese_point_hover_writes_the_year_and_value_in_myanmar_digits(build):
    from i18n import use_language

    with use_language("my"):
        figure = build("inflation", (1988, 1988), markers=False)
    hover = figure.data[0].customdata[0]
    assert hover.startswith("၁၉၈၈ ဟု မှတ်သားထားသော နှစ်: ")
    assert not any(char.isascii() and char.isdigit() for char in hover)


def test_english_chart_keeps_plotly_year_ticks_and_english_names(build):
    figure = build("exchange_rate")
    assert figure.layout.xaxis.ticktext is None
    assert "Demonetisation" in {trace.name for trace in figure.data}
    assert figure.layout.yaxis.title.text == INDICATORS["exchange_rate"].axis_title


def test_burmese_value_axis_is_labelled_in_myanmar_digits_over_the_values_drawn(build):
    from i18n import use_language

    with use_language("my"):
        figure = build("inflation", markers=False)
    axis = figure.layout.yaxis
    drawn = [y for trace in figure.data for y in trace.y if y is not None]
    assert min(axis.tickvals) <= min(drawn) and max(axis.tickvals) >= max(drawn)
    assert all(not any(c.isascii() and c.isdigit() for c in text) for text in axis.ticktext)


def test_burmese_log_axis_ticks_are_one_two_and_five_in_each_power_of_ten(build):
    from i18n import use_language

    with use_language("my"):
        figure = build("exchange_rate", (2020, 2024), markers=False)
    ticks = dict(zip(figure.layout.yaxis.tickvals, figure.layout.yaxis.ticktext))
    assert ticks[1000] == "၁,၀၀၀" and ticks[2000] == "၂,၀၀၀" and ticks[5000] == "၅,၀၀၀"


def test_burmese_regime_strip_names_and_describes_every_regime_in_burmese(tables, build):
    from i18n import use_language

    with use_language("my"):
        strip = by_name(build("gdp_growth"))["အုပ်ချုပ်သူ အစိုးရ ကာလများ"]
    regimes = tables["regimes"].sort_values("start_date")
    assert list(strip.text) == list(regimes["name_my"])
    assert all(flat(description) in flat(hover) for description, hover in zip(regimes["description_my"], strip.hovertext))
    assert not any("[အင်္ဂလိပ်]" in hover for hover in strip.hovertext)


def test_english_regime_strip_hover_keeps_the_english_description(tables, build):
    strip = by_name(build("gdp_growth"))["Regime periods"]
    regimes = tables["regimes"].sort_values("start_date")
    assert all(flat(description) in flat(hover) for description, hover in zip(regimes["description"], strip.hovertext))


def test_burmese_legend_and_hover_name_each_series_and_its_source_in_burmese(tables, build):
    from i18n import use_language

    with use_language("my"):
        traces = by_name(build("inflation", markers=False))
    series = tables["economy"][tables["economy"]["indicator_id"] == "inflation"].drop_duplicates("series_id")
    for row in series.itertuples():
        trace = traces[row.series_label_my]
        assert f"<b>{row.series_label_my}</b>" in trace.hovertemplate
        assert row.source_name_my in trace.hovertemplate
    assert not any(row.series_label in traces for row in series.itertuples())


def test_english_legend_and_hover_keep_the_publishers_words(tables, build):
    traces = by_name(build("inflation", markers=False))
    series = tables["economy"][tables["economy"]["indicator_id"] == "inflation"].drop_duplicates("series_id")
    for row in series.itertuples():
        assert f"<b>{row.series_label}</b>" in traces[row.series_label].hovertemplate
        assert row.source_name in traces[row.series_label].hovertemplate


def test_burmese_quote_hover_describes_each_quote_in_burmese(tables, build):
    from i18n import use_language

    with use_language("my"):
        quote_traces = [trace for trace in build("exchange_rate").data
                        if trace.type == "scatter" and trace.marker.symbol in charts.QUOTE_SYMBOLS.values()]
    hovers = [hover for trace in quote_traces for hover in trace.hovertext]
    assert len(hovers) == len(tables["exchange_rate_quotes"])
    for description in tables["exchange_rate_quotes"]["description_my"]:
        assert any(flat(description) in flat(hover) for hover in hovers)
    assert not any("[အင်္ဂလိပ်]" in hover for hover in hovers)


@pytest.mark.parametrize("column", ["description", "description_my"])
def test_regime_and_quote_descriptions_are_broken_into_lines_a_phone_shows(tables, build, column):
    from i18n import text_width, use_language

    with use_language("en" if column == "description" else "my"):
        figure = build("exchange_rate")
    hovers = [hover for trace in figure.data if trace.hoverinfo == "text" and not isinstance(trace.hovertext, str)
              for hover in trace.hovertext]
    for description in [*tables["regimes"][column], *tables["exchange_rate_quotes"][column]]:
        hover = next(hover for hover in hovers if flat(description) in flat(hover))
        lines = [line for line in hover.split("<br>") if line and line in description]
        assert flat("".join(lines)) == flat(description)
        assert len(lines) > 1 or text_width(description) <= HOVER_WIDTH
        assert all(text_width(line) <= HOVER_WIDTH + 8 for line in lines), description


def test_the_legend_may_take_more_than_half_the_figure_before_it_scrolls(build):
    # Ten Burmese entries take a row each on a phone: at Plotly's default (half) the last one scrolled out of sight.
    assert build("exchange_rate").layout.legend.maxheight > 0.5
