"""The Where page in a real headless Chromium: every state and region named, links in, filters out, hostile
links, and no request to any server but the app's while the maps are drawn."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    chart_keys,
    choose_chart,
    exceptions,
    notice,
    open_and_wait,
    open_filters,
    query,
    wait_for_charts,
    wait_until_idle,
)
from transforms import geography
from transforms.load import load_all

pytestmark = pytest.mark.browser

TABLES = load_all()
SHORT_NAMES = set(geography.units(TABLES["states_regions"], TABLES["tile_grid"])["short_name"])


def open_map(page, url: str, keys: list[str]) -> None:
    open_and_wait(page, url, len(keys))
    wait_for_charts(page, keys)


def drawn_tile_names(page) -> list[set[str]]:
    """The bold first line of every tile's label, per drawn chart, as the browser drew them (SVG text)."""
    return page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].map(el => "
        "[...el.querySelectorAll('g.heatmaplayer text')].map(t => (t.querySelector('tspan') || t).textContent))"
    )


def test_default_view_names_all_15_states_and_regions_on_each_panel(server, page):
    open_map(page, server + "/map", ["map-1988", "map-2021"])
    assert exceptions(page) == 0
    assert page.get_by_role("heading", name="Where: the places of each movement").is_visible()
    panels = drawn_tile_names(page)
    assert len(panels) == 2
    for names in panels:
        assert SHORT_NAMES <= set(names) and len(SHORT_NAMES) == 15


def test_a_1988_link_shows_only_1988(server, page):
    open_map(page, server + "/map?movement=1988", ["map-1988"])
    assert chart_keys(page) == ["map-1988"]
    plot = page.locator(".js-plotly-plot")
    expect(plot).to_have_count(1)
    expect(plot.get_by_text("1988 uprising")).to_be_visible()
    assert plot.get_by_text("2021 movement").count() == 0


def test_hostile_link_gets_one_notice_and_keeps_the_good_parts(server, page):
    open_map(page, server + "/map?movement=2021&count=%3Cscript%3Ealert(1)%3C/script%3E&time=1900..3000", ["map-2021"])
    text = notice(page)
    assert "count (not a known value)" in text and "time" in text
    assert "<script>" not in text
    assert query(page) == {"movement": "2021"}


def test_drawing_the_maps_and_bars_asks_nothing_of_any_other_server(server, page):
    hosts: list[str] = []
    page.on("request", lambda request: hosts.append(urlparse(request.url).netloc or urlparse(request.url).scheme))
    open_map(page, server + "/map?measure=rate", ["map-1988", "map-2021"])
    page.locator(".js-plotly-plot").first.hover()  # a hover draws its label: no request either
    choose_chart(page, "Ranked bars", "map-ranked")
    app = urlparse(server).netloc
    assert hosts and set(hosts) <= {app, "data", "blob"}, sorted(set(hosts) - {app})


def test_the_filters_and_the_chart_change_the_link(server, page):
    open_map(page, server + "/map", ["map-1988", "map-2021"])
    choose_chart(page, "Ranked bars", "map-ranked")
    assert query(page) == {"chart": "ranked"}
    open_filters(page).get_by_role("radio", name="Self-organisation bodies").click()
    wait_until_idle(page, 1)
    page.wait_for_function("() => location.search.includes('count=organisations')")
    open_filters(page).get_by_role("radio", name="Per million people").click()
    wait_until_idle(page, 1)
    page.wait_for_function("() => location.search.includes('measure=rate')")
    assert query(page) == {"count": "organisations", "measure": "rate", "chart": "ranked"}
