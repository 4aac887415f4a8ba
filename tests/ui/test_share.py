"""The pure parts of sharing: the `view` parameter, the citation and its data version, the chart's source line,
its text alternative and the document's language tag."""

from __future__ import annotations

import re
from datetime import date

import pytest

from charts import figure as figures
from i18n import use_language
from charts import overview as overview_charts
from transforms import export
from ui import share, streamlit_workarounds, url_state

CHART_PAGES = ["overview", "timeline", "organisation", "repression", "outcomes", "economy", "claims"]
EXTENTS = {  # the range parameters' extents, as the data give them
    "economy": {"time": (1960, 2024)},
    "timeline": {"time": lambda values: (date(1962, 1, 1), date(2025, 1, 1)) if values.get("align") == "date" else (-9000, 2000)},
}


@pytest.mark.parametrize("page", CHART_PAGES)
def test_every_chart_page_takes_view_chart_and_leaves_the_default_out(page):
    extents = EXTENTS.get(page, {})
    assert url_state.parse(page, {"view": "chart"}, extents).values["view"] == "chart"
    assert "view" not in url_state.serialise(page, {"view": "full"}, extents)
    assert url_state.serialise(page, {"view": "chart"}, extents) == {"view": "chart"}


def test_a_bad_view_value_falls_back_to_the_full_view_with_a_notice():
    state = url_state.parse("timeline", {"view": "embed"}, EXTENTS["timeline"])
    assert state.values["view"] == "full" and "view" in state.notice and "embed" not in state.notice


@pytest.mark.parametrize("page", ["data", "about"])
def test_pages_without_a_chart_have_no_chart_only_view(page):
    assert "view" not in url_state.PAGES[page].params


def test_with_view_sets_or_removes_view_and_keeps_the_rest():
    assert url_state.with_view("movement=1988&chart=durations", "chart") == "movement=1988&chart=durations&view=chart"
    assert url_state.with_view("movement=1988&view=chart", "full") == "movement=1988"
    assert url_state.with_view("", "full") == ""


def test_with_view_puts_view_before_the_language_as_links_do():
    assert url_state.with_view("movement=1988&lang=my", "chart") == "movement=1988&view=chart&lang=my"
    assert url_state.serialise("repression", {"view": "chart", "lang": "my"}) == {"view": "chart", "lang": "my"}


@pytest.fixture(scope="module")
def processed(tables):
    return export.processed_tables(tables)


def test_a_views_version_over_one_table_is_that_datasets_version(processed):
    rows = export.dataset(processed, "figures")
    assert export.tables_version(processed, ["figures"]) == export.version(export.csv_bytes(rows))


def test_a_views_version_does_not_depend_on_the_order_of_its_tables(processed):
    assert export.tables_version(processed, ["periods", "figures"]) == export.tables_version(processed, ["figures", "periods"])
    assert export.tables_version(processed, ["periods", "figures"]) != export.tables_version(processed, ["figures"])


def test_the_citation_names_dashboard_page_chart_version_tables_date_and_link():
    line = export.view_citation("Overview", "Headline figures", "sha256:abc", ["periods", "figures"], date(2026, 1, 2), "https://x/?a=b")
    assert line == ("Two Myanmar uprisings compared (dashboard), Overview: \u201cHeadline figures\u201d. Data version sha256:abc "
                    "(tables: figures, periods). Accessed 2026-01-02. https://x/?a=b")


def test_bibtex_escapes_latex_specials_and_keeps_the_link_whole():
    entry = export.view_bibtex("claims", "Claims", "50% & more_x", "sha256:abc", ["claims"], date(2026, 1, 2), "https://x/?a=1&b=2_3")
    assert entry.startswith("@misc{uprisings-claims-2026-01-02,")
    assert r"50\% \& more\_x" in entry
    assert "  url = {https://x/?a=1&b=2_3}," in entry and "  urldate = {2026-01-02}," in entry
    assert entry.count("{") == entry.count("}")


def test_the_source_line_goes_into_the_figure_and_leaves_its_traces_alone(tables):
    built = overview_charts.headline_ranges(tables["figures"], ["1988", "2021"])
    shown = figures.with_source(built, "Source: test line")
    assert shown.to_plotly_json()["data"] == built.to_plotly_json()["data"]
    assert shown.layout.annotations[-1].text == "Source: test line"
    assert shown.layout.height == built.layout.height + figures.SOURCE_LINE_PX
    assert built.layout.annotations == () or built.layout.annotations[-1].text != "Source: test line"  # a copy


def test_a_figure_without_a_title_gets_the_one_given(tables):
    built = overview_charts.headline_ranges(tables["figures"], ["1988"])
    built.layout.title.text = ""
    shown = figures.with_source(built, "Source", title="A title")
    assert shown.layout.legend.title.text == "A title"
    assert figures.with_source(overview_charts.headline_ranges(tables["figures"], ["1988"]), "Source", title="Other").layout.title.text != "Other"


def test_the_text_alternative_is_the_title_then_the_reading_in_plain_words():
    alt = share.alt_text("Deaths", "The **1988 uprising** has *3* figures ([AAPP](https://aapp.example)).")
    assert alt == "Chart: Deaths. The 1988 uprising has 3 figures (AAPP)."


def test_the_source_line_names_the_dashboard_and_the_data_version():
    assert share.source_line("sha256:0123456789ab") == "Source: Two Myanmar uprisings compared · data 0123456789ab"


def test_the_iframe_names_the_chart_and_holds_the_chart_and_its_page():
    drawn = share.DrawnChart("overview", "overview-ranges", 'Headline "figures"', ("figures",), 382)
    tag = share.iframe("https://x/?movement=1988&view=chart", drawn)
    assert 'src="https://x/?movement=1988&amp;view=chart"' in tag
    assert 'title="Headline &quot;figures&quot; (Two Myanmar uprisings compared)"' in tag
    assert re.search(r'height="(\d+)"', tag).group(1) == str(382 + share.IFRAME_CHROME_PX)


@pytest.mark.parametrize("code", ["en", "my", "my-MM"])
def test_the_document_language_marker_carries_the_tag(code):
    assert streamlit_workarounds.language_marker(code) == f'<span data-document-language="{code}" hidden></span>'


@pytest.mark.parametrize("code", ["", "en\";alert(1);//", "english language", "e", 'my" onclick="x'])
def test_the_document_language_refuses_anything_but_a_language_tag(code):
    with pytest.raises(ValueError):
        streamlit_workarounds.language_marker(code)


def test_the_text_alternative_and_source_line_are_in_burmese_on_a_burmese_page():
    with use_language("my"):
        alt = share.alt_text("ခေါင်းစဉ်", "**Reading**.")
        source = share.source_line("sha256:abc123")
    assert alt.startswith("ဇယားပုံ: ခေါင်းစဉ်") and "**" not in alt
    assert source.startswith("ရင်းမြစ်: ") and "abc123" in source and "Source" not in source


def test_the_text_alternative_and_source_line_in_english_are_unchanged():
    assert share.alt_text("Deaths", "**Reading**.") == "Chart: Deaths. Reading."
    assert share.source_line("sha256:abc123") == "Source: Two Myanmar uprisings compared · data abc123"
