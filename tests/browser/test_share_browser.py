"""Sharing a chart in a real headless Chromium: the chart-only view (`view=chart`) of every chart page, inside
iframes as a site would embed it, the share panel (link, iframe snippet, citation, BibTeX) and the SVG download."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import exceptions, open_and_wait, plotly_data, shared_link, view_of, wait_until_idle

pytestmark = pytest.mark.browser

# Every chart page, with a link whose filters narrow its chart (and pick a chart other than the first).
FILTERED = {
    "/": {"movement": "1988", "chart": "durations"},
    "/timeline": {"movement": "1988", "align": "day0", "category": "strike~crackdown", "time": "-30..200"},
    "/organisation": {"movement": "2021", "type": "strike_committee~armed_group", "chart": "kinds"},
    "/repression": {"movement": "2021", "chart": "arrests"},
    "/outcomes": {"movement": "1988", "horizon": "immediate"},
    "/economy": {"indicator": "inflation", "time": "1980..1995", "markers": "off"},
    "/claims": {"chart": "c1"},
    "/map": {"movement": "1988", "count": "organisations", "measure": "count"},
}
# The Where page's tile map is one chart drawn as one figure per movement (both by default).
PANELS = {"/map": 2}
PANEL = "Copy the link, embed or cite this view, download the chart"


def link(server: str, path: str, query: dict[str, str]) -> str:
    return server + path + ("?" + urlencode(query, safe="~.") if query else "")


def view(url: str) -> tuple[str, dict[str, str]]:
    """A link's page and query; the site's root with or without its slash."""
    address, query = view_of(url)
    return address.rstrip("/"), query


def chart_only(query: dict[str, str]) -> dict[str, str]:
    return {**query, "view": "chart"}


@pytest.mark.parametrize("path", list(FILTERED))
def test_the_chart_only_view_shows_one_chart_and_no_navigation_filters_or_tables(server, page, path):
    open_and_wait(page, link(server, path, {"view": "chart"}), min_charts=PANELS.get(path, 1))
    assert exceptions(page) == 0
    expect(page.locator("[data-testid=stPlotlyChart]")).to_have_count(PANELS.get(path, 1))
    for absent in ("nav", "[data-testid=stPopover]", "button[data-variant=pills]", "[role=radiogroup]",
                   "[data-testid=stExpander]", "[data-testid=stDataFrame]", "[data-testid=stMarkdownContainer] p"):
        expect(page.locator(absent)).to_have_count(0)
    expect(page.locator("header[data-testid=stHeader]")).to_be_hidden()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Two Myanmar uprisings compared: ")


@pytest.mark.parametrize("path", list(FILTERED))
def test_the_chart_only_view_links_back_to_the_same_view_in_full(server, page, path):
    query = FILTERED[path]
    open_and_wait(page, link(server, path, chart_only(query)), min_charts=1)
    back = page.get_by_role("link", name="Open the full view")
    assert view(back.get_attribute("href")) == view(link(server, path, query))
    assert back.get_attribute("target") == "_blank"  # out of the page that embeds it
    with page.context.expect_page() as opened:
        back.click()
    full = opened.value
    open_and_wait(full, full.url, min_charts=1)
    assert view(full.url) == view(link(server, path, query))
    expect(full.locator("nav.site-nav")).to_have_count(1)


@pytest.mark.parametrize("path", list(FILTERED))
def test_the_chart_only_view_of_a_filtered_link_draws_exactly_the_filtered_chart(server, browser, page, path):
    query = FILTERED[path]
    open_and_wait(page, link(server, path, query), min_charts=1)
    full = plotly_data(page)
    embedded = browser.new_context(viewport={"width": 600, "height": 900}).new_page()  # as a frame elsewhere opens it
    open_and_wait(embedded, link(server, path, chart_only(query)), min_charts=1)
    assert plotly_data(embedded) == full
    assert view(embedded.url) == view(link(server, path, chart_only(query)))  # the address keeps view=chart
    embedded.context.close()


def test_the_chart_only_view_fits_iframes_600_and_360_px_wide(server, browser, tmp_path):
    embedded = [*list(FILTERED.items())[:3], ("/map", {})]  # the map's two panels, stacked in a narrow frame
    frames = "".join(
        f'<iframe src="{link(server, path, chart_only(query))}" width="{width}" height="760" title="{path}"></iframe>'
        for width in (600, 360) for path, query in embedded
    )
    (tmp_path / "embed.html").write_text(f"<!doctype html><html lang=en><body>{frames}</body></html>")
    context = browser.new_context(viewport={"width": 1000, "height": 1600})
    host = context.new_page()
    host.goto((tmp_path / "embed.html").as_uri())
    for frame in host.frames[1:]:
        frame.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
        frame.wait_for_selector("text=Open the full view", timeout=60_000)
        widths = frame.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], frame.url  # nothing runs off sideways
        charts = frame.evaluate("() => [...document.querySelectorAll('.js-plotly-plot')].map(chart => chart.getBoundingClientRect().width)")
        assert min(charts) >= widths[1] - 40  # each chart (each panel of the map) takes the frame's width
    context.close()


def open_panel(page):
    section = page.locator("[data-testid=stExpander]").filter(has=page.locator("summary").filter(has_text=PANEL))
    section.locator("summary").click()
    expect(section.locator("[data-testid=stCode]")).to_have_count(4, timeout=60_000)
    wait_until_idle(page)
    return section


def code_blocks(section) -> list[str]:
    return [text.strip() for text in section.locator("[data-testid=stCode] code").all_inner_texts()]


def test_the_share_panel_offers_the_link_and_an_iframe_of_the_chart_only_view_with_copy_buttons(server, page):
    query = FILTERED["/timeline"]
    open_and_wait(page, link(server, "/timeline", query), min_charts=1)
    section = open_panel(page)
    link_text, iframe, _, _ = code_blocks(section)
    assert view(link_text) == view(shared_link(page)) == view(link(server, "/timeline", query))
    tag = re.fullmatch(r'<iframe src="([^"]+)" title="([^"]+)" width="100%" height="(\d+)" style="border:0" loading="lazy"></iframe>', iframe)
    assert tag, iframe
    src = tag.group(1).replace("&amp;", "&")
    assert view(src) == view(link(server, "/timeline", chart_only(query)))
    assert tag.group(2) == "Every event by kind, from day 0 (Two Myanmar uprisings compared)"
    assert 300 <= int(tag.group(3)) <= 1200
    expect(section.locator("[data-testid=stCode] button")).to_have_count(4)  # Streamlit's copy button on each


def data_page_version(page, server: str, dataset: str) -> str:
    open_and_wait(page, f"{server}/data?dataset={dataset}")
    return re.search(r"version (sha256:[0-9a-f]+)", page.locator("[data-testid=stCode] code").inner_text()).group(1)


def test_cite_this_view_names_dashboard_page_chart_data_version_access_date_and_link(server, page):
    version = data_page_version(page, server, "figures")
    open_and_wait(page, link(server, "/", {"movement": "1988"}), min_charts=1)
    section = open_panel(page)
    link_text, _, citation, _ = code_blocks(section)
    assert citation.startswith("Two Myanmar uprisings compared (dashboard), Overview: \u201cHeadline figures, low to high\u201d.")
    assert f"Data version {version} (tables: figures)" in citation  # one table: the Data page's version of it
    assert re.search(r"Accessed \d{4}-\d{2}-\d{2}\. ", citation)
    assert citation.endswith(link_text)


def test_bibtex_carries_the_same_citation(server, page):
    open_and_wait(page, link(server, "/repression", {"chart": "arrests"}), min_charts=1)
    section = open_panel(page)
    link_text, _, citation, bibtex = code_blocks(section)
    version = re.search(r"Data version (sha256:[0-9a-f]+)", citation).group(1)
    accessed = re.search(r"Accessed (\d{4}-\d{2}-\d{2})", citation).group(1)
    assert bibtex.startswith(f"@misc{{uprisings-repression-{accessed},")
    fields = dict(re.findall(r"^  (\w+) = \{(.*)\},?$", bibtex, re.MULTILINE))
    assert fields["url"] == link_text and fields["urldate"] == accessed
    assert "Repression" in fields["title"] and version in fields["note"]
    assert bibtex.count("{") == bibtex.count("}")


def test_the_svg_download_is_valid_svg_with_the_charts_title_and_source_line(server, page):
    open_and_wait(page, link(server, "/", {"chart": "durations"}), min_charts=1)
    section = open_panel(page)
    with page.expect_download() as info:
        section.get_by_role("button", name="Download the chart as SVG").click()
    download = info.value
    assert download.suggested_filename == "overview-durations.svg"
    root = ET.parse(download.path()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    words = " ".join(text for element in root.iter() for text in [element.text] if text)
    assert "Days from start to end, by definition" in words
    assert "Source: Two Myanmar uprisings compared" in words


def test_the_maps_share_panel_offers_an_svg_of_each_movements_panel(server, page):
    open_and_wait(page, link(server, "/map", {}), min_charts=2)
    section = open_panel(page)
    for movement, name in (("1988", "1988 uprising"), ("2021", "2021 movement")):
        with page.expect_download() as info:
            section.get_by_role("button", name=f"Download {name} as SVG").click()
        download = info.value
        assert download.suggested_filename == f"map-{movement}.svg"
        root = ET.parse(download.path()).getroot()
        words = " ".join(text for element in root.iter() for text in [element.text] if text)
        assert name in words and "Source: Two Myanmar uprisings compared" in words
