"""Timeline figures for a Burmese reader: titles, legends, ticks and hover text in Burmese; English unchanged."""

from __future__ import annotations

import re

import pytest

from charts import timeline
from i18n import use_language
from transforms import derive
from transforms.localise import UNTRANSLATED_MARKER
from transforms.schema import EVENT_CATEGORIES
from vocabulary.formatting import date_text, number

ALL = list(EVENT_CATEGORIES)
BOTH = ["1988", "2021"]
MYANMAR = re.compile("[\u1000-\u109f]")
LATIN_LETTER = re.compile("[A-Za-z]")


@pytest.fixture(scope="module")
def events(tables):
    return derive.with_day_offset(tables["events"])


def _flat(text: str) -> str:
    return text.replace("<br>", "").replace(" ", "")


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
    assert _flat(row["description_my"]) in _flat(hover)
    assert row["description"] not in hover
    assert "ရင်းမြစ်-" in hover


def test_an_event_without_a_translation_shows_its_english_behind_the_marker(events):
    rows = events[events["description_my"].fillna("").str.strip() == ""]
    if rows.empty:
        pytest.skip("every event has a Burmese description")
    row = rows.iloc[0]
    with use_language("my"):
        fig = timeline.events_by_day(events, [str(row["movement"])], ALL)
        marker = timeline._(UNTRANSLATED_MARKER)
    hover = dict(zip(fig.data[0].customdata, fig.data[0].hovertext))[row["event_id"]]
    assert marker in hover and marker != UNTRANSLATED_MARKER


def test_burmese_date_axis_ticks_are_written_as_dates_in_the_readers_language(events):
    with use_language("my"):
        fig = timeline.events_by_date(events, ["2021"], ALL)
        axis = fig.layout.xaxis
        years = [int(value[:4]) for value in axis.tickvals]
        expected = [date_text(__import__("datetime").date(year, 1, 1), "year") for year in years]
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
