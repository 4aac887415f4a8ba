"""The Economy page through Streamlit's AppTest: indicator, year window, markers and the URL."""

from __future__ import annotations

import json

import pandas as pd

from tests.views.apptest import built_tables, check_counts, filters_label, folded_tables, open_rows, run_app

PAGE = "views/economy_page.py"


def figure(at) -> dict:
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def trace_names(at) -> set[str]:
    return {trace.get("name") for trace in figure(at)["data"]}


def series_rows(at) -> pd.DataFrame:
    """The rows behind the chart, opened (as many as its download button announces)."""
    open_rows(at, "economy-rows")
    check_counts(at)
    return built_tables(at)["economy-rows"]


def labels(tables, indicator: str) -> set[str]:
    economy = tables["economy"]
    return set(economy.loc[economy["indicator_id"] == indicator, "series_label"])


def test_default_view_is_growth_from_every_source_with_markers(tables):
    at = run_app(page=PAGE)
    assert not at.exception
    names = trace_names(at)
    assert labels(tables, "gdp_growth") <= names
    assert {"Demonetisation", "Regime periods", "1988 uprising", "2021 movement"} <= names
    rows = series_rows(at)
    assert (rows["year"].min(), rows["year"].max()) == (1960, 2024)
    assert any("In the year labelled 1988" in m.value for m in at.markdown)
    assert any("fiscal year" in c.value for c in at.caption)
    assert dict(at.query_params) == {}


def test_indicator_choice_changes_the_series_and_the_url(tables):
    at = run_app(page=PAGE)
    at.segmented_control(key="economy.indicator").set_value("inflation").run()
    assert not at.exception
    assert labels(tables, "inflation") <= trace_names(at)
    assert not labels(tables, "gdp_growth") & trace_names(at)
    assert set(series_rows(at)["series_label"]) == labels(tables, "inflation")
    assert at.query_params["indicator"] == "inflation"


def test_year_window_limits_rows_and_axis_and_writes_the_url():
    at = run_app(page=PAGE)
    at.slider(key="economy.time").set_value((1980, 2000)).run()
    assert not at.exception
    rows = series_rows(at)
    assert rows["year"].between(1980, 2000).all() and {1980, 2000} <= set(rows["year"])
    assert figure(at)["layout"]["xaxis"]["range"][0].startswith("1980-01-01")
    assert at.query_params["time"] == "1980..2000"


def test_markers_toggle_removes_regimes_and_events_and_writes_the_url():
    at = run_app(page=PAGE)
    at.toggle(key="economy.markers").set_value(False).run()
    assert not at.exception
    assert not {"Demonetisation", "Regime periods", "1988 uprising", "2021 movement"} & trace_names(at)
    assert not figure(at)["layout"].get("shapes")
    assert at.query_params["markers"] == "off"


def test_query_string_sets_the_widgets(tables):
    at = run_app(page=PAGE, indicator="exchange_rate", time="1985..2000", markers="off")
    assert not at.exception
    assert at.segmented_control(key="economy.indicator").value == "exchange_rate"
    assert at.slider(key="economy.time").value == (1985, 2000)
    assert at.toggle(key="economy.markers").value is False
    names = trace_names(at)
    assert "Dated quote: market rate" in names and "Demonetisation" not in names
    assert figure(at)["layout"]["yaxis"]["type"] == "log"
    # With the markers off, the dated quotes are the only table besides the rows behind the chart.
    assert list(folded_tables(at)) == ["economy-rows", "economy-quotes"]
    quotes = built_tables(open_rows(at, "economy-quotes"))["economy-quotes"]
    assert quotes["date"].map(lambda d: d.year).between(1985, 2000).all()


def test_gdp_per_capita_is_shown_as_an_index(tables):
    at = run_app(page=PAGE, indicator="gdp_per_capita")
    assert not at.exception
    assert figure(at)["layout"]["yaxis"]["title"]["text"] == "index, first year shown = 100"
    assert any("different units" in c.value for c in at.caption)


def test_hostile_values_fall_back_with_one_notice_and_keep_the_good_parts():
    at = run_app(page=PAGE, indicator="<script>alert(1)</script>", time="2024..1960", markers="off")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1
    assert "indicator (not a known value)" in notices[0] and "time (range is reversed)" in notices[0]
    assert "<script>" not in notices[0]
    assert at.segmented_control(key="economy.indicator").value == "gdp_growth"
    assert at.slider(key="economy.time").value == (1960, 2024)
    assert at.toggle(key="economy.markers").value is False


def test_default_view_folds_its_tables_under_fixed_titles_and_builds_them_only_once_opened():
    at = run_app(page=PAGE)
    folded = folded_tables(at)
    assert list(folded) == ["economy-rows", "economy-demonetisations", "economy-regimes"]
    assert not at.dataframe and not at.get("download_button")
    assert not [h.value for h in at.subheader if "rows behind" in h.value]
    open_rows(at)
    assert not at.exception
    built = built_tables(at)
    assert list(built) == list(folded)
    assert {key: expander.label for key, expander in folded_tables(at).items()} == {
        "economy-rows": "The rows behind the chart (every source series), with their sources",
        "economy-demonetisations": "The demonetisations marked on the chart, with their sources",
        "economy-regimes": "The regime periods shaded on the chart, with their sources",
    }
    # The counts are on the download buttons, one a table.
    assert check_counts(at) == {key: len(rows) for key, rows in built.items()}
    assert len(at.get("download_button")) == 3


def test_exchange_rate_adds_the_dated_quotes_and_markers_off_drops_the_marker_tables():
    at = run_app(page=PAGE, indicator="exchange_rate")
    assert list(folded_tables(at)) == ["economy-rows", "economy-quotes", "economy-demonetisations", "economy-regimes"]
    assert folded_tables(at)["economy-quotes"].label == "The dated exchange-rate quotes, with their sources"
    at.toggle(key="economy.markers").set_value(False).run()
    assert list(folded_tables(at)) == ["economy-rows", "economy-quotes"]


def test_marker_tables_follow_the_year_window():
    at = run_app(page=PAGE, time="1985..2000")
    built = built_tables(open_rows(at, "economy-demonetisations", "economy-regimes"))
    assert not at.exception
    demonetisations = pd.to_datetime(built["economy-demonetisations"]["date"])
    assert len(demonetisations) and demonetisations.dt.year.between(1985, 2000).all()
    regimes = built["economy-regimes"]
    starts, ends = pd.to_datetime(regimes["start"]), pd.to_datetime(regimes["end"])
    assert len(regimes) and (starts.dt.year <= 2000).all() and (ends.isna() | (ends.dt.year >= 1985)).all()


def rows_caption(at) -> list[str]:
    """The captions inside the folded table of the rows behind the chart (none while it is folded)."""
    return [caption.value for caption in folded_tables(at)["economy-rows"].caption]


def test_the_open_rows_table_names_the_indicator_its_unit_and_the_year_window():
    at = run_app(page=PAGE)
    assert rows_caption(at) == []  # folded: nothing inside
    open_rows(at, "economy-rows")
    assert rows_caption(at) == ["GDP growth (% change on the previous year), 1960–2024."]
    at = run_app(page=PAGE, indicator="inflation", time="1985..2000")
    rows = series_rows(at)
    assert rows_caption(at) == ["Inflation (% a year), 1985–2000."]
    assert rows["year"].between(1985, 2000).all()
    # The table's unit, not the chart's axis (log scale, or an index for GDP per person).
    at = run_app(page=PAGE, indicator="exchange_rate")
    series_rows(at)
    assert rows_caption(at) == ["Exchange rate (kyat per US dollar), 1960–2024."]
    at = run_app(page=PAGE, indicator="gdp_per_capita")
    series_rows(at)
    assert rows_caption(at) == ["GDP per person (each series in its own unit, see the unit column), 1960–2024."]


def test_the_open_rows_table_stays_open_and_its_caption_follows_the_indicator_and_the_window(tables):
    at = open_rows(run_app(page=PAGE), "economy-rows")
    before = check_counts(at)["economy-rows"]
    title = folded_tables(at)["economy-rows"].label
    at.segmented_control(key="economy.indicator").set_value("inflation").run()
    at.slider(key="economy.time").set_value((1990, 2010)).run()
    assert not at.exception
    assert "economy-rows" in built_tables(at), "the table closed"
    assert folded_tables(at)["economy-rows"].label == title
    assert rows_caption(at) == ["Inflation (% a year), 1990–2010."]
    after = check_counts(at)["economy-rows"]
    assert after != before
    rows = built_tables(at)["economy-rows"]
    assert set(rows["series_label"]) == labels(tables, "inflation") and rows["year"].between(1990, 2010).all()


def test_the_filters_button_names_the_years_and_the_markers():
    at = run_app(page=PAGE, time="1980..2000", markers="on")
    assert not at.exception and not at.warning
    assert filters_label(at) == "Filters: 1980–2000 · regimes and events marked"
    at.toggle(key="economy.markers").set_value(False).run()
    assert filters_label(at) == "Filters: 1980–2000 · nothing marked"


def test_burmese_tables_show_the_series_quotes_and_regimes_in_burmese():
    from transforms.load import load_all

    tables = load_all()
    at = run_app(page=PAGE, lang="my", indicator="exchange_rate")
    built = built_tables(open_rows(open_rows(open_rows(at, "economy-rows"), "economy-quotes"), "economy-regimes"))
    shown_series = set(built["economy-rows"]["series_label"])
    assert shown_series and shown_series <= set(tables["economy"]["series_label_my"])
    assert set(built["economy-quotes"]["description"]) == set(tables["exchange_rate_quotes"]["description_my"])
    assert list(built["economy-regimes"]["name"]) == list(tables["regimes"].sort_values("start_date")["name_my"])
