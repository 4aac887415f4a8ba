"""The Overview in a real headless Chromium."""

from __future__ import annotations

import pytest

from tests.browser.helpers import exceptions, open_and_wait, plotly_data

pytestmark = pytest.mark.browser


def test_overview_renders_with_charts_and_no_error(server, page):
    open_and_wait(page, server + "/")
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Two Myanmar uprisings compared").is_visible()
    charts = plotly_data(page)
    assert len(charts) == 2
    assert {trace["name"] for trace in charts[0]} == {"1988 uprising", "2021 movement"}
