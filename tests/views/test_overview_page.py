"""The Overview through Streamlit's AppTest: the entry script, the shared filter, the chart choice and the URL."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.views.apptest import drawn_charts, figures, run_app
from transforms.load import load_all
from ui.pages import PAGES

TABLES = load_all()

CHARTS = list(PAGES["overview"].params["chart"].options)


def cards(at) -> dict[str, str]:
    """Each movement's card, as the HTML sent, by movement, in page order."""
    sent = [element.proto.body for element in at.get("html") if "data-movement=" in element.proto.body]
    return {re.search(r'data-movement="(\w+)"', body).group(1): body for body in sent}


def numbers(card: str) -> dict[str, str]:
    """What each number of a card is -> the number shown."""
    found = re.findall(r'data-metric="\w+"[^>]*><div[^>]*>([^<]*)</div><div[^>]*>([^<]*)</div>', card)
    return {unescape(title): unescape(value) for title, value in found}


def test_overview_renders_both_movements_without_error():
    at = run_app()
    assert not at.exception
    shown = cards(at)
    assert list(shown) == ["1988", "2021"]
    assert ">1988 uprising</h2>" in shown["1988"] and ">2021 movement</h2>" in shown["2021"]
    values = numbers(shown["1988"])
    assert values["Deaths: Estimated death toll"] == "3,000–10,000"
    assert values["Heads of state: Heads of state who left office"] == "3"
    assert values["Self-organisation: bodies recorded"] == str(int((TABLES["organisations"]["movement"] == "1988").sum()))
    # Every number with a source links to it.
    assert shown["1988"].count(">source</a>") >= 6


def test_overview_shows_the_2021_strike_committee_measure_with_its_source_and_how_far_it_compares():
    at = run_app()
    card = cards(at)["2021"]
    figures = TABLES["figures"]
    row = figures[figures["headline"] & (figures["movement"] == "2021") & (figures["metric"] == "strike_committees")].iloc[0]
    assert numbers(card)[f"Strike committees: {row['label']}"] == "250"
    block = card.split('data-metric="strike_committees"', 1)[1].split('data-metric="', 1)[0]
    assert f'href="{row["source_url"]}"' in block
    assert "How comparable:" in unescape(block) and "64% in 1988" in unescape(block)



def test_burmese_overview_says_how_far_the_2021_strike_committee_measure_compares_in_burmese():
    card = cards(run_app(lang="my"))["2021"]
    block = unescape(card.split('data-metric="strike_committees"', 1)[1].split('data-metric="', 1)[0])
    comparability = block.split('<span class="comparability">', 1)[1].split("</span>", 1)[0]
    assert comparability.startswith("နှိုင်းယှဉ်နိုင်ပုံ:") and "၆၄%" in comparability
    assert "How comparable:" not in block and "[အင်္ဂလိပ်]" not in comparability

def test_default_view_draws_only_the_headline_ranges_and_leaves_chart_out_of_the_url():
    at = run_app()
    assert not at.exception
    assert at.segmented_control(key="overview.chart").value == "ranges"
    assert drawn_charts(at) == ["overview-ranges"]
    # The reading sits below the chart.
    assert any(m.value.startswith("Under the headline definitions") for m in at.markdown)
    assert dict(at.query_params) == {}


@pytest.mark.parametrize("chart", CHARTS)
def test_a_chart_link_draws_that_chart_and_no_other(chart):
    at = run_app(chart=chart)
    assert not at.exception and not at.warning
    assert at.segmented_control(key="overview.chart").value == chart
    assert drawn_charts(at) == [f"overview-{chart}"]


def test_changing_the_chart_control_writes_the_url_and_the_default_leaves_it_out():
    at = run_app()
    at.segmented_control(key="overview.chart").set_value("durations").run()
    assert not at.exception
    assert drawn_charts(at) == ["overview-durations"]
    assert dict(at.query_params) == {"chart": "durations"}
    assert any(m.value.startswith("Under the headline definitions") for m in at.markdown)
    at.segmented_control(key="overview.chart").set_value("ranges").run()
    assert drawn_charts(at) == ["overview-ranges"]
    assert dict(at.query_params) == {}


def test_durations_chart_follows_the_movement_filter_and_keeps_the_chart_in_the_url():
    at = run_app(chart="durations")
    at.pills(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert [trace["name"] for trace in figures(at)["overview-durations"]["data"]] == ["2021 movement"]
    assert dict(at.query_params) == {"movement": "2021", "chart": "durations"}


def test_movement_filter_narrows_the_cards_and_writes_the_url():
    at = run_app()
    at.pills(key="movement").set_value(["2021"]).run()
    assert not at.exception
    assert list(cards(at)) == ["2021"]
    assert at.query_params["movement"] == "2021"


def test_movement_in_the_url_sets_the_filter():
    at = run_app(movement="1988")
    assert at.pills(key="movement").value == ["1988"]
    assert list(cards(at)) == ["1988"]


def test_bad_movement_in_the_url_falls_back_with_a_notice():
    at = run_app(movement="<b>1999</b>")
    assert not at.exception
    assert at.pills(key="movement").value == ["1988", "2021"]
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "movement (not a list of known values)" in notices[0]
    assert "<b>" not in notices[0]


def test_unknown_chart_in_the_url_falls_back_to_the_first_with_one_notice():
    at = run_app(chart="<script>pie</script>", movement="2021")
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 1 and "chart (not a known value)" in notices[0]
    assert "<script>" not in notices[0]
    assert at.segmented_control(key="overview.chart").value == "ranges"
    assert drawn_charts(at) == ["overview-ranges"]
    assert dict(at.query_params) == {"movement": "2021"}


COMPARING_PAGES = {page.id: page.view for page in PAGES.values() if "movement" in page.params}


@pytest.mark.parametrize("page", list(COMPARING_PAGES))
def test_every_comparing_page_draws_the_movement_pills_in_its_body_and_no_sidebar(page):
    at = run_app(page=None if page == "overview" else COMPARING_PAGES[page])
    assert not at.exception
    movements = at.pills(key="movement")
    assert movements.label == "Movements" and movements.options == ["1988 uprising", "2021 movement"]
    assert movements.value == ["1988", "2021"]
    assert not at.sidebar.children


def test_an_empty_movement_choice_says_where_the_control_is():
    at = run_app()
    at.pills(key="movement").set_value([]).run()
    assert not at.exception
    assert [i.value for i in at.info] == ["Choose at least one movement above."]
    assert dict(at.query_params) == {"movement": ""}


def test_the_movement_choice_is_kept_from_page_to_page_and_through_a_page_without_it():
    # Each page draws the pills itself, so Streamlit sees a new widget on each: the choice must follow.
    at = run_app()
    at.pills(key="movement").set_value(["2021"]).run()
    for page in ("views/timeline_page.py", "views/economy_page.py", "views/repression_page.py"):
        at.switch_page(page)
        at.query_params.clear()  # a click in the navigation: no query string
        at.run()
        assert not at.exception
        if page == "views/economy_page.py":
            assert "movement" not in [pills.key for pills in at.pills] and "movement" not in at.query_params
        else:
            assert at.pills(key="movement").value == ["2021"]
            assert at.query_params["movement"] == "2021"
