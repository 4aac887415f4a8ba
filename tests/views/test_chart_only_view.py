"""The chart-only view (`view=chart`) through Streamlit's AppTest: the chart alone, its filters from the link."""

from __future__ import annotations

import json

import pytest

from tests.views.apptest import drawn_charts, figures, run_app

PAGES = {  # page file -> a filtered link and the chart it draws
    None: ({"movement": "1988", "chart": "durations"}, "overview-durations"),  # the default page
    "views/timeline_page.py": ({"movement": "2021", "align": "day0", "category": "strike"}, "timeline-events"),
    "views/economy_page.py": ({"indicator": "inflation", "markers": "off"}, "economy-chart"),
    "views/claims_page.py": ({"chart": "c3"}, "claims-chart-c3"),
}


@pytest.mark.parametrize("page", list(PAGES))
def test_the_chart_only_view_draws_the_linked_chart_and_no_widget_or_text(page):
    query, key = PAGES[page]
    at = run_app(page, **query, view="chart")
    assert not at.exception
    assert drawn_charts(at) == [key]
    assert not at.get("pills") and not at.get("button_group") and not at.get("slider") and not at.get("popover")
    assert not at.markdown and not at.title and not at.get("expander")
    bodies = " ".join(element.proto.body for element in at.get("html"))
    assert "Open the full view" in bodies and "site-nav" not in bodies
    assert dict(at.query_params) == {**query, "view": "chart"}  # the address keeps the view


@pytest.mark.parametrize("page", list(PAGES))
def test_the_chart_only_view_draws_the_same_figure_as_the_full_view(page):
    query, key = PAGES[page]
    full = figures(run_app(page, **query))[key]
    alone = figures(run_app(page, **query, view="chart"))[key]
    assert json.dumps(alone["data"], sort_keys=True) == json.dumps(full["data"], sort_keys=True)


def test_the_full_view_draws_no_chart_only_link():
    at = run_app("views/overview_page.py")
    assert "Open the full view" not in " ".join(element.proto.body for element in at.get("html"))
    assert at.get("pills")
