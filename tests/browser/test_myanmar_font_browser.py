"""The Myanmar font in a real headless Chromium: served by the app itself, fetched only for Myanmar text, and
Latin text keeps Streamlit's own face."""

from __future__ import annotations

import pytest

from tests.browser.helpers import exceptions, open_and_wait

pytestmark = pytest.mark.browser

FONT_PATH = "/app/static/fonts/NotoSansMyanmar-"
FONTS_READY = "() => document.fonts.ready.then(() => true)"


def _font_responses(page) -> list:
    responses = []
    page.on("response", lambda response: responses.append(response) if FONT_PATH in response.url else None)
    return responses


def _faces(responses) -> list[str]:
    return sorted({r.url.rsplit("-", 1)[1] for r in responses if r.status == 200})


def test_a_burmese_page_loads_the_font_from_the_apps_own_server(server, page):
    responses = _font_responses(page)
    open_and_wait(page, server + "/about?lang=my")
    assert page.evaluate(FONTS_READY)
    page.wait_for_timeout(300)
    assert responses and all(r.status == 200 and r.url.startswith(server + FONT_PATH) for r in responses)


def test_bold_burmese_text_loads_the_bold_face(server, page):
    responses = _font_responses(page)
    open_and_wait(page, server + "/?lang=my", min_charts=1)  # the cards' headings and numbers are bold
    assert page.evaluate(FONTS_READY)
    page.wait_for_timeout(300)
    assert _faces(responses) == ["Bold.subset.woff2", "Regular.subset.woff2"]


def test_an_english_page_loads_at_most_the_regular_face_for_the_language_switch(server, page):
    responses = _font_responses(page)
    open_and_wait(page, server + "/about")
    assert page.evaluate(FONTS_READY)
    page.wait_for_timeout(300)
    assert exceptions(page) == 0
    # The switch names Burmese in its own script (မြန်မာ); nothing else on an English page is Myanmar text.
    assert _faces(responses) in ([], ["Regular.subset.woff2"])


def test_latin_text_keeps_streamlits_own_face_first(server, page):
    open_and_wait(page, server + "/about")
    family = page.evaluate(
        "getComputedStyle(document.querySelector('[data-testid=stMarkdownContainer] p')).fontFamily"
    )
    assert family.startswith('"Source Sans"')
