"""Every page with `lang=my` in a real headless Chromium: in Burmese, its document language declared, the Myanmar font
fetched from the app itself, and the language kept by the site's links."""

from __future__ import annotations

import re

import pytest

from tests.browser.helpers import exceptions, open_and_wait, plotly_data
from ui import pages

pytestmark = pytest.mark.browser

MYANMAR = re.compile(r"[\u1000-\u109f]")
LATIN = re.compile(r"[A-Za-z]")
FONT_PATH = "/app/static/fonts/NotoSansMyanmar-"
CHART_PAGES = [page for page in pages.PAGES.values() if "chart" in page.params or page.id == "economy"]
# The visible text of the page's body (the site's links and the language switch included).
BODY_TEXT = "() => document.querySelector('[data-testid=stMain]').innerText"


def _url(server: str, page: pages.Page) -> str:
    return f"{server}{page.path}?lang=my"


def _share(text: str, pattern: re.Pattern) -> float:
    myanmar, latin = len(MYANMAR.findall(text)), len(LATIN.findall(text))
    return (myanmar if pattern is MYANMAR else latin) / max(1, myanmar + latin)


@pytest.mark.parametrize("page_id", list(pages.PAGES))
def test_a_burmese_page_is_mostly_in_myanmar_script(server, page, page_id):
    open_and_wait(page, _url(server, pages.PAGES[page_id]), min_charts=1 if "chart" in pages.PAGES[page_id].params else 0)
    assert exceptions(page) == 0
    text = page.evaluate(BODY_TEXT)
    assert _share(text, MYANMAR) > 0.6, f"{page_id}: {_share(text, MYANMAR):.0%} of letters in Myanmar script"


@pytest.mark.parametrize("page_id", [page.id for page in CHART_PAGES])
def test_a_burmese_chart_has_its_title_and_series_in_burmese(server, page, page_id):
    # The title is the figure's own or, for a figure built without one (the economy's), its legend's heading.
    open_and_wait(page, _url(server, pages.PAGES[page_id]), min_charts=1)
    figure = page.evaluate(
        "() => { const g = document.querySelector('.js-plotly-plot');"
        " return {title: ((g.layout.title || {}).text || '') + (((g.layout.legend || {}).title || {}).text || ''), names: g.data.filter(t => t.showlegend !== false && t.name)"
        ".map(t => t.name)}; }"
    )
    assert MYANMAR.search(figure["title"]), f"{page_id}: title {figure['title']!r}"
    # The economy's series are named by their publishers (IMF WEO, World Bank WDI...): proper names, kept as written.
    if page_id != "economy":
        assert all(MYANMAR.search(name) or not LATIN.search(name) for name in figure["names"]), figure["names"]
    assert plotly_data(page)


def test_the_document_language_is_burmese(server, page):
    open_and_wait(page, server + "/timeline?lang=my", min_charts=1)
    page.wait_for_function("() => document.documentElement.lang === 'my'")
    assert page.evaluate("document.documentElement.lang") == "my"


def test_the_document_language_is_english_without_lang(server, page):
    open_and_wait(page, server + "/timeline", min_charts=1)
    assert page.evaluate("document.documentElement.lang") == "en"


def test_a_burmese_page_loads_the_myanmar_font_from_the_app(server, page):
    responses = []
    page.on("response", lambda response: responses.append(response) if FONT_PATH in response.url else None)
    open_and_wait(page, server + "/?lang=my", min_charts=1)
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(300)
    assert responses and all(r.status == 200 and r.url.startswith(server) for r in responses)


def test_the_sites_links_carry_the_language(server, page):
    open_and_wait(page, server + "/?lang=my", min_charts=1)
    hrefs = page.eval_on_selector_all("nav.site-nav a", "links => links.map(a => a.getAttribute('href'))")
    assert len(hrefs) == len(pages.PAGES)
    assert all(href.endswith("?lang=my") for href in hrefs), hrefs


def test_a_link_opened_in_a_new_tab_keeps_the_language(server, page):
    open_and_wait(page, server + "/?lang=my", min_charts=1)
    href = page.eval_on_selector("nav.site-nav a[href^='timeline']", "a => a.href")
    other = page.context.new_page()
    open_and_wait(other, href, min_charts=1)
    assert _share(other.evaluate(BODY_TEXT), MYANMAR) > 0.6
    assert "lang=my" in other.url


def test_an_english_page_stays_english(server, page):
    open_and_wait(page, server + "/", min_charts=1)
    text = page.evaluate(BODY_TEXT)
    assert _share(text, LATIN) > 0.9
    assert "Two Myanmar uprisings compared" in text


def test_a_bad_language_falls_back_to_english_with_a_notice(server, page):
    open_and_wait(page, server + "/?lang=fr", min_charts=1)
    text = page.evaluate(BODY_TEXT)
    assert "lang (not a known value)" in text
    assert "Two Myanmar uprisings compared" in text


def test_the_language_switch_turns_the_page_burmese_and_writes_the_link(server, page):
    open_and_wait(page, server + "/outcomes", min_charts=1)
    page.get_by_role("radio", name="မြန်မာ").first.click()
    page.wait_for_function("() => window.location.search.includes('lang=my')")
    page.wait_for_timeout(500)
    open_and_wait(page, page.url, min_charts=1)
    assert _share(page.evaluate(BODY_TEXT), MYANMAR) > 0.6
