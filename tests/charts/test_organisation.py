"""Self-organisation figures built from the real data: what is plotted is what the rows say."""

from __future__ import annotations

import re
import plotly.graph_objects as go
import pytest

from charts import organisation
from charts.repression import row_labels
from i18n import use_language
from tests.burmese import LATIN_LETTER, MYANMAR, flat
from transforms import derive
from transforms.localise import UNTRANSLATED_MARKER
from transforms.readings.organisation import localised_strike_counts
from vocabulary.formatting import number
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


def test_burmese_titles_are_in_myanmar_script(tables, windows):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    with use_language("my"):
        shown = localised_strike_counts(counts, tables["organisations"], tables["figures"])
        figures = [organisation.founding_days(windows, BOTH), organisation.bodies_by_type_and_level(windows, BOTH),
                   organisation.strike_counts(shown, {}, BOTH)]
    for fig in figures:
        assert MYANMAR.search(fig.layout.title.text) and not LATIN_LETTER.search(fig.layout.title.text)


def test_burmese_founding_chart_names_its_series_and_panels_in_burmese(windows):
    with use_language("my"):
        fig = organisation.founding_days(windows, BOTH)
    names = [trace.name for trace in fig.data if trace.name != "names"]
    assert names[:2] == ["၁၉၈၈ အရေးတော်ပုံ- လ သို့မဟုတ် နှစ်ကိုသာ သိသော ရက်စွဲ", "၁၉၈၈ အရေးတော်ပုံ- တိကျသော ရက်စွဲ"]
    assert fig.layout.annotations[0].text.startswith("၁၉၈၈ အရေးတော်ပုံ (နေ့ ၀ = ")


def test_burmese_founding_chart_labels_bodies_with_their_burmese_names(windows):
    row = windows[windows["name_my"].fillna("").str.strip() != ""].iloc[0]
    with use_language("my"):
        fig = organisation.founding_days(windows, [str(row["movement"])])
    labels = [text.strip("\u2002") for trace in fig.data if trace.name == "names" for text in trace.text]
    assert organisation.short_name(row["name_my"]) in labels
    hovers = [hover for trace in fig.data if trace.hovertext is not None for hover in trace.hovertext]
    assert any(flat(row["description_my"]) in flat(hover) for hover in hovers)


def test_burmese_founding_axis_ticks_are_numbers_in_the_readers_language(windows):
    with use_language("my"):
        fig = organisation.founding_days(windows, BOTH)
        axis = fig.layout.xaxis
        assert list(axis.ticktext) == [number(value) for value in axis.tickvals]


def test_burmese_grid_translates_kinds_and_levels(windows):
    with use_language("my"):
        fig = organisation.bodies_by_type_and_level(windows, BOTH)
    assert "ကျောင်းသားသမဂ္ဂ" in fig.data[0].y and "မြို့နယ်" in fig.data[0].x
    assert [trace.name for trace in fig.data] == ["၁၉၈၈ အရေးတော်ပုံ", "၂၀၂၁ လှုပ်ရှားမှု"]


def test_burmese_strike_chart_says_what_is_missing_in_burmese(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    missing = derive.missing_metrics(tables["figures"], derive.STRIKE_FIGURE_METRICS)
    with use_language("my"):
        shown = localised_strike_counts(counts, tables["organisations"], tables["figures"])
        fig = organisation.strike_counts(shown, missing, BOTH)
    texts = row_labels(fig)
    assert "<b>၁၉၈၈ အရေးတော်ပုံ</b>" in texts and "မြို့နယ် သပိတ်စခန်းများ" in texts
    assert "<i>ကိန်းဂဏန်း မရှိ- ဖတ်ရှုထားသော ရင်းမြစ်တစ်ခုမျှ ကိန်းဂဏန်း မပေးပါ</i>" in texts


def test_short_name_cuts_a_long_burmese_name_between_syllables():
    name = "ဗမာပြည်ကွန်မြူနစ်ပါတီ မြေအောက်ကွန်ရက်"
    short = organisation.short_name(name)
    assert short.endswith("…") and name.startswith(short[:-1])
    # The cut falls before a consonant that starts a syllable, never inside one.
    assert not re.match("[\u102b-\u103e]", name[len(short) - 1])


def test_english_names_and_titles_are_unchanged(windows):
    fig = organisation.founding_days(windows, BOTH)
    assert fig.layout.title.text == "How fast did each movement organise?"
    assert fig.data[1].name == "1988 uprising: exact date"
    assert fig.layout.xaxis.ticktext is None


def test_untranslated_strike_unit_is_shown_behind_the_marker(tables):
    counts = derive.strike_counts(tables["organisations"], tables["figures"])
    with use_language("my"):
        shown = localised_strike_counts(counts, tables["organisations"], tables["figures"])
        marker = organisation._(UNTRANSLATED_MARKER)
    body = shown[shown["row_id"] == "org1988-township-strike-centres"].iloc[0]
    assert body["label"] == "မြို့နယ် သပိတ်စခန်းများ"
    assert body["unit"] == f"{marker} townships with strike centres (of 314)"
    english = counts[counts["row_id"] == "org1988-township-strike-centres"].iloc[0]
    assert english["label"] == "Township strike centres"


def test_a_long_burmese_name_is_shortened_to_its_burmese_abbreviation():
    assert organisation.short_name("မြန်မာနိုင်ငံလုံးဆိုင်ရာ ကျောင်းသားသမဂ္ဂများအဖွဲ့ချုပ် (ဗကသ)") == "ဗကသ"
