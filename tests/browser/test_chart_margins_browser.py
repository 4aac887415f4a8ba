"""Every chart's margins already hold its labels, so Plotly draws it once.

Plotly's automargin widens a margin that is too narrow for the tick labels or titles
after drawing, and then draws the whole chart again; charts.figure.fit_margins sizes
the margins beforehand. Only a legend that wraps onto more rows on a phone may still
push the top margin (Economy's).
"""

from __future__ import annotations

import pytest

from tests.browser.helpers import exceptions, open_and_wait
from ui.pages import PAGES
from vocabulary.economy import INDICATOR_CHOICES

pytestmark = pytest.mark.browser

VIEWS = [
    f"{page.url_path}?chart={option}"
    for page in PAGES.values()
    if "chart" in page.params
    for option in page.params["chart"].options
] + [f"economy?indicator={indicator}" for indicator in INDICATOR_CHOICES]

MARGINS_JS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
  const asked = plot._fullLayout.margin, used = plot._fullLayout._size;
  return {asked: {l: asked.l, r: asked.r, t: asked.t, b: asked.b},
          used: {l: Math.round(used.l), r: Math.round(used.r), t: Math.round(used.t), b: Math.round(used.b)}};
})"""


def margins(page) -> list[dict]:
    found = page.evaluate(MARGINS_JS)
    assert found, "no chart drawn"
    return found


@pytest.mark.parametrize("view", VIEWS)
def test_no_margin_is_widened_after_drawing_on_a_desktop_or_a_phone(server, page, view):
    open_and_wait(page, f"{server}/{view}", min_charts=1)
    assert exceptions(page) == 0
    for chart in margins(page):
        assert chart["used"] == chart["asked"], view
    page.set_viewport_size({"width": 390, "height": 844})
    open_and_wait(page, f"{server}/{view}", min_charts=1)
    for chart in margins(page):
        sides = ("l", "r", "b") if view.startswith("economy") else ("l", "r", "t", "b")
        assert {side: chart["used"][side] for side in sides} == {side: chart["asked"][side] for side in sides}, view
