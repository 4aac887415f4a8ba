"""Timeline figures built from the real data: what is plotted is what the data says."""

from __future__ import annotations

from datetime import date
import pandas as pd
import plotly.graph_objects as go
import pytest

from charts import timeline
from charts.theme import MOVEMENT_COLOURS
from i18n import use_language
from tests import derived
from tests.burmese import LATIN_LETTER, MYANMAR, flat
from transforms import derive
from transforms.localise import UNTRANSLATED_MARKER
from transforms.schema import EVENT_CATEGORIES
from vocabulary.formatting import date_text, number

ALL = list(EVENT_CATEGORIES)
BOTH = ["1988", "2021"]


@pytest.fixture(scope="module")
def events(tables):
    return derive.with_day_offset(tables["events"])


def points(fig) -> dict[str, tuple]:
    """event_id -> (x, y, hover, trace) for every marker of a figure."""
    return {
        event_id: (x, y, hover, trace)
        for trace in fig.data
        if trace.customdata is not None
        for event_id, x, y, hover in zip(trace.customdata, trace.x, trace.y, trace.hovertext)
    }


def event_on(events, when: str, category: str) -> pd.Series:
    rows = events[(events["date"] == pd.Timestamp(when)) & (events["category"] == category)]
    assert len(rows) == 1
    return rows.iloc[0]


def test_day_zero_alignment_puts_the_four_eights_strike_at_day_149(events):
    fig = timeline.events_by_day(events, BOTH, ALL)
    strike = event_on(events, "1988-08-08", "strike")
    x, y, hover, trace = points(fig)[strike["event_id"]]
    assert x == 149
    assert trace.name == "1988 uprising"
    assert trace.marker.color == MOVEMENT_COLOURS["1988"]
    assert "<b>8 Aug 1988</b> (day 149)" in hover
    assert "Strike" in hover and "Source: " in hover
    # The coup of 1 Feb 2021 is day 0 of the 2021 movement, on the same axis.
    coup = events[(events["movement"] == "2021") & (events["date"] == pd.Timestamp("2021-02-01")) & (events["date_precision"] == "day")].iloc[0]
    assert points(fig)[coup["event_id"]][0] == 0


def test_every_event_is_plotted_once_at_its_day(events):
    fig = timeline.events_by_day(events, BOTH, ALL)
    plotted = points(fig)
    assert len(plotted) == len(events)
    for row in events.itertuples():
        assert plotted[row.event_id][0] == row.day


def test_rows_follow_the_category_and_movements_get_their_own_lane(events):
    fig = timeline.events_by_day(events, BOTH, ALL)
    rows = dict(zip((text.replace("<br>", " ") for text in fig.layout.yaxis.ticktext), fig.layout.yaxis.tickvals))
    plotted = points(fig)
    for row in events.itertuples():
        y = plotted[row.event_id][1]
        centre = rows[row.category.replace("_", " ").capitalize()]
        assert abs(y - centre) < 0.5
        # 1988 sits above the row's centre line, 2021 below, so the two never overlap.
        assert (y > centre) if row.movement == "1988" else (y < centre)
    # The first category is the top row.
    assert rows["Trigger"] == max(rows.values())


def test_same_day_events_of_one_kind_are_not_drawn_on_top_of_each_other(events):
    fig = timeline.events_by_day(events, BOTH, ALL)
    plotted = points(fig)
    positions = [(x, y) for x, y, _, _ in plotted.values()]
    assert len(set(positions)) == len(positions)
    # 29 Aug 1988 has two organisation events.
    same_day = events[(events["date"] == pd.Timestamp("1988-08-29")) & (events["category"] == "organisation")]
    assert len(same_day) == 2


def test_month_precision_reads_as_month_and_gets_a_hollow_marker(events):
    fig = timeline.events_by_day(events, BOTH, ALL)
    sagaing = event_on(events, "1988-08-01", "crackdown")
    assert sagaing["date_precision"] == "month"
    _, _, hover, trace = points(fig)[sagaing["event_id"]]
    assert hover.startswith("<b>Aug 1988</b>")
    index = list(trace.customdata).index(sagaing["event_id"])
    assert trace.marker.symbol[index] == "circle-open"


def test_calendar_alignment_has_one_panel_per_movement_on_real_dates(events):
    fig = timeline.events_by_date(events, BOTH, ALL)
    by_name = {trace.name: trace for trace in fig.data}
    assert set(by_name) == {"1988 uprising", "2021 movement"}
    assert by_name["1988 uprising"].xaxis == "x" and by_name["2021 movement"].xaxis == "x2"
    strike = event_on(events, "1988-08-08", "strike")
    assert points(fig)[strike["event_id"]][0] == "1988-08-08"
    assert len(by_name["2021 movement"].x) == (events["movement"] == "2021").sum()
    assert fig.layout.xaxis.type == "date"


def test_calendar_panel_without_events_says_so(events):
    only_1988 = events[events["movement"] == "1988"]
    fig = timeline.events_by_date(only_1988, BOTH, ALL)
    assert [trace.name for trace in fig.data] == ["1988 uprising"]
    assert any(a.text == "No 2021 movement events in this window" for a in fig.layout.annotations)


def test_only_chosen_movements_and_categories_are_drawn(events):
    chosen = derived.filter_events(events, ["2021"], ["strike", "protest"], "day", (0, 100))
    fig = timeline.events_by_day(chosen, ["2021"], ["strike", "protest"])
    assert {trace.name for trace in fig.data} == {"2021 movement"}
    assert list(fig.layout.yaxis.ticktext) == ["Strike", "Protest"]
    assert sorted(points(fig)) == sorted(chosen["event_id"])


def test_cumulative_panels_end_at_each_category_total(events):
    fig = timeline.cumulative(events, BOTH, ALL)
    counted = [trace for trace in fig.data if trace.customdata is not None]
    totals = events.groupby(["movement", "category"], observed=True).size()
    assert len(counted) == len(totals)
    for trace in counted:
        first = events.set_index("event_id").loc[trace.customdata[0]]
        assert trace.y[-1] == totals[(first["movement"], first["category"])]
        assert list(trace.y) == list(range(1, len(trace.y) + 1))
        assert list(trace.x) == sorted(trace.x)
    # The 1988 strikes: the 1974 railway strike is no. 1, the Four Eights strike on day 149 no. 2.
    strikes_1988 = next(t for t in counted if events.set_index("event_id").loc[t.customdata[0], "category"] == "strike"
                        and t.name == "1988 uprising")
    assert strikes_1988.x[list(strikes_1988.x).index(149)] == 149
    assert strikes_1988.y[list(strikes_1988.x).index(149)] == 2


def test_cumulative_counts_only_the_events_given(events):
    window = derived.filter_events(events, BOTH, ["strike"], "day", (0, 200))
    fig = timeline.cumulative(window, BOTH, ["strike"])
    counted = {trace.name: trace for trace in fig.data if trace.customdata is not None}
    assert list(counted["1988 uprising"].x) == [149]
    assert list(counted["1988 uprising"].y) == [1]
    assert counted["2021 movement"].y[-1] == len(window[window["movement"] == "2021"])
    # One legend entry per movement.
    assert [t.name for t in fig.data if t.showlegend is not False] == ["1988 uprising", "2021 movement"]


def test_empty_window_draws_a_note_not_an_error(events):
    empty = events.iloc[0:0]
    for fig in (timeline.events_by_day(empty, BOTH, ALL), timeline.cumulative(empty, BOTH, ALL)):
        assert any(a.text == "No events in this window" for a in fig.layout.annotations)


@pytest.mark.parametrize("movements", [["1988"], ["2021"], BOTH])
def test_every_builder_returns_a_figure_plotly_accepts(events, movements):
    # The builders write plain dicts and skip Plotly's validation; this is where it happens.
    shown = derived.filter_events(events, movements, ALL, "day", (int(events["day"].min()), int(events["day"].max())))
    empty = events.iloc[0:0]
    for chosen in (shown, empty):
        for builder in (timeline.events_by_day, timeline.events_by_date, timeline.cumulative):
            go.Figure(builder(chosen, movements, ALL).to_plotly_json())


def test_burmese_titles_are_in_myanmar_script(events):
    with use_language("my"):
        figures = [timeline.events_by_day(events, BOTH, ALL), timeline.events_by_date(events, BOTH, ALL),
                   timeline.cumulative(events, BOTH, ALL)]
    for fig in figures:
        assert MYANMAR.search(fig.layout.title.text) and not LATIN_LETTER.search(fig.layout.title.text)


def test_burmese_legend_names_are_the_movements_in_burmese(events):
    with use_language("my"):
        fig = timeline.events_by_day(events, BOTH, ALL)
    assert {trace.name for trace in fig.data} == {"၁၉၈၈ အရေးတော်ပုံ", "၂၀၂၁ လှုပ်ရှားမှု"}


def test_burmese_category_ticks_are_translated(events):
    with use_language("my"):
        fig = timeline.events_by_day(events, BOTH, ["strike", "crackdown"])
    assert list(fig.layout.yaxis.ticktext) == ["သပိတ်", "ဖြိုခွင်းမှု"]


def test_burmese_hover_shows_the_events_burmese_description(events):
    row = events[events["description_my"].fillna("").str.strip() != ""].iloc[0]
    with use_language("my"):
        fig = timeline.events_by_day(events, [str(row["movement"])], ALL)
    hover = dict(zip(fig.data[0].customdata, fig.data[0].hovertext))[row["event_id"]]
    assert flat(row["description_my"]) in flat(hover)
    assert row["description"] not in hover
    assert "ရင်းမြစ်-" in hover


def test_an_event_without_a_translation_shows_its_english_behind_the_marker(events):
    row = events.iloc[0]
    untranslated = events.assign(
        description_my=events["description_my"].mask(events["event_id"] == row["event_id"]),
        place_my=events["place_my"].mask(events["event_id"] == row["event_id"]),
    )
    with use_language("my"):
        fig = timeline.events_by_day(untranslated, [str(row["movement"])], ALL)
        marker = timeline._(UNTRANSLATED_MARKER)
    hover = dict(zip(fig.data[0].customdata, fig.data[0].hovertext))[row["event_id"]]
    assert marker != UNTRANSLATED_MARKER
    assert flat(f"{marker} {row['description']}") in flat(hover)
    assert flat(f"{marker} {row['place']}") in flat(hover)


def test_burmese_hover_names_the_events_place_in_burmese(events):
    row = event_on(events, "1988-08-08", "strike")
    with use_language("my"):
        fig = timeline.events_by_day(events, ["1988"], ALL)
    hover = dict(zip(fig.data[0].customdata, fig.data[0].hovertext))[row["event_id"]]
    assert flat(row["place_my"]) in flat(hover)
    assert row["place"] not in hover


def test_english_hover_names_the_events_place_in_english(events):
    row = event_on(events, "1988-08-08", "strike")
    fig = timeline.events_by_day(events, ["1988"], ALL)
    hover = dict(zip(fig.data[0].customdata, fig.data[0].hovertext))[row["event_id"]]
    assert f" · {row['place']}<br>" in hover


def test_burmese_date_axis_ticks_are_written_as_dates_in_the_readers_language(events):
    with use_language("my"):
        fig = timeline.events_by_date(events, ["2021"], ALL)
        axis = fig.layout.xaxis
        years = [int(value[:4]) for value in axis.tickvals]
        expected = [date_text(date(year, 1, 1), "year") for year in years]
    assert list(axis.ticktext) == expected
    assert years == sorted(years) and 2 <= len(years) <= timeline.BURMESE_DATE_TICKS


def test_burmese_day_axis_ticks_are_numbers_in_the_readers_language(events):
    with use_language("my"):
        fig = timeline.events_by_day(events, BOTH, ALL)
        axis = fig.layout.xaxis
        expected = [number(value) for value in axis.tickvals]
    assert list(axis.ticktext) == expected and len(expected) >= 3
    assert min(axis.tickvals) >= events["day"].min() and max(axis.tickvals) <= events["day"].max()


def test_english_figures_leave_the_ticks_to_plotly(events):
    fig = timeline.events_by_date(events, BOTH, ALL)
    assert fig.layout.xaxis.tickvals is None and fig.layout.xaxis.tickformatstops
    assert timeline.events_by_day(events, BOTH, ALL).layout.xaxis.tickvals is None


def test_english_titles_and_legends_are_unchanged(events):
    fig = timeline.events_by_day(events, BOTH, ALL)
    assert fig.layout.title.text == "Every event by kind, from day 0"
    assert {trace.name for trace in fig.data} == {"1988 uprising", "2021 movement"}


def test_burmese_running_counts_give_each_panel_ticks_on_its_own_scale(events):
    with use_language("my"):
        fig = timeline.cumulative(events, BOTH, ["trigger", "crackdown"])
    small, large = fig.layout.yaxis.tickvals, fig.layout.yaxis2.tickvals
    assert max(small) < max(large)
    assert max(large) <= derive.cumulative_by_category(events).query("category == 'crackdown'")["cumulative"].max()
