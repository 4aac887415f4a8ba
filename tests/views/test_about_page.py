"""The About page through AppTest: the article and its link, computed definitions and disagreements, citation."""

from __future__ import annotations

import re

import pytest

from tests.views.apptest import built_tables, check_counts, folded_tables, open_rows, run_app
from transforms import export
from transforms.readings import about as about_reading
from transforms.schema import ARTICLE, TABLES

PAGE = "views/about_page.py"


@pytest.fixture(scope="module")
def at():
    return run_app(page=PAGE)


@pytest.fixture(scope="module")
def opened():
    """The About page with its folded tables opened."""
    return open_rows(run_app(page=PAGE))


@pytest.fixture(scope="module")
def processed(tables):
    return export.processed_tables(tables)


def texts(at) -> str:
    return "\n".join(str(element.value) for element in [*at.markdown, *at.caption, *at.subheader, *at.header])


def test_about_renders_without_error_or_notice(at):
    assert not at.exception
    assert at.title[0].value == "About this dashboard"
    assert not at.warning
    assert dict(at.query_params) == {}


def test_about_names_and_links_the_article_and_marks_the_argument_as_the_authors(at):
    text = texts(at)
    assert f"[{ARTICLE['title']}]({ARTICLE['url']})" in text
    assert ARTICLE["publisher"] in text and str(ARTICLE["year"]) in text
    assert "the author's view" in text


def test_the_category_counts_are_shown_and_the_three_tables_with_sources_are_folded_until_opened(at, opened):
    assert list(folded_tables(at)) == ["about-periods", "about-ranges", "about-economy"]
    assert len(at.dataframe) == 1 and "category" in at.dataframe[0].value.columns
    assert not at.get("download_button")
    assert not opened.exception
    assert list(built_tables(opened)) == ["about-periods", "about-ranges", "about-economy"]
    assert len(opened.dataframe) == 4 and len(opened.get("download_button")) == 3
    # Each title is the fixed one; its download button announces the rows its table has.
    assert {expander.label for expander in folded_tables(opened).values()} == {
        "The rows behind this view, with their sources"
    }
    assert list(check_counts(opened)) == ["about-periods", "about-ranges", "about-economy"]


def test_disagreements_are_computed_from_the_figures(opened, processed):
    figures = processed["figures"]
    ranged = figures[figures["high"] > figures["low"]]
    assert f"Figures given as ranges ({len(ranged)})" in [s.value for s in opened.subheader]
    table = built_tables(opened)["about-ranges"]
    assert "range" in table.columns
    assert len(table) == len(ranged)
    assert table["figure"].tolist() == ranged["label"].tolist()
    spread = built_tables(opened)["about-economy"]
    assert "spread" in spread.columns
    assert len(spread) == len(about_reading.economy_spread(processed["economy"]))
    assert about_reading.reading(figures, processed["economy"]) in texts(opened)


def test_durations_are_read_from_the_periods_table(opened, processed):
    periods = processed["periods"]
    table = built_tables(opened)["about-periods"]
    assert table["definition"].tolist() == periods["definition"].tolist()
    assert table["days"].tolist() == periods["duration_days"].tolist()


def test_day_zero_is_described_by_the_events_on_that_day(at, processed):
    events = processed["events"]
    text = texts(at)
    for row in events[(events["day"] == 0) & (events["date_precision"] == "day")].itertuples():
        assert row.description in text


def test_citation_uses_the_version_of_every_table(at, processed):
    version = export.version(*(export.csv_bytes(export.dataset(processed, name)) for name in TABLES))
    assert at.code[0].value == export.citation(version)


def test_unknown_parameters_get_one_notice_and_are_dropped():
    at = run_app(page=PAGE, dataset="<script>alert(1)</script>", movement="1988")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "parameter" in notices[0] and "<script>" not in notices[0]
    assert "dataset" not in dict(at.query_params)


def test_a_burmese_reader_sees_the_disagreement_tables_words_in_burmese(processed):
    opened = open_rows(run_app(page=PAGE, lang="my"))
    ranges = built_tables(opened)["about-ranges"]
    figures = processed["figures"]
    ranged = figures[figures["high"] > figures["low"]]
    assert ranges.iloc[:, 0].tolist() == ranged["label_my"].tolist()  # the figure's Burmese label, in its place
    assert all(re.search("[၀-၉]", text) for text in ranges.iloc[:, 1])  # ranges in Myanmar digits
    spread = built_tables(opened)["about-economy"]
    assert spread.iloc[:, -1].str.contains("[\u1000-\u109f]").any()  # series named in Burmese
