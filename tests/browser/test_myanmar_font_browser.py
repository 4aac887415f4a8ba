"""The Myanmar font in a real headless Chromium: served by the app itself, fetched only for Myanmar text, and
Latin text keeps Streamlit's own face."""

from __future__ import annotations

import pytest

from tests.browser.helpers import exceptions, open_and_wait

pytestmark = pytest.mark.browser

FONT_PATH = "/app/static/fonts/NotoSansMyanmar-"
# Until pages render in Burmese, the test writes Burmese text into a drawn page (the page's own font faces apply).
BURMESE = "၁၉၈၈ အရေးတော်ပုံနှင့် ၂၀၂၁ လှုပ်ရှားမှု၊ ရန်ကုန်၊ မန္တလေး"
SHOW_BURMESE = """(text) => {
  const main = document.querySelector('[data-testid=stMarkdownContainer]');
  const paragraph = document.createElement('p');
  paragraph.id = 'burmese-sample';
  paragraph.textContent = text;
  main.appendChild(paragraph);
  return document.fonts.ready.then(() => document.fonts.check('16px "Noto Sans Myanmar"', text));
}"""


def _font_responses(page) -> list:
    responses = []
    page.on("response", lambda response: responses.append(response) if FONT_PATH in response.url else None)
    return responses


def test_myanmar_text_loads_the_font_from_the_apps_own_server(server, page):
    responses = _font_responses(page)
    open_and_wait(page, server + "/about")
    assert page.evaluate(SHOW_BURMESE, BURMESE)
    page.wait_for_timeout(300)
    assert [r.status for r in responses] == [200]
    assert responses[0].url.startswith(server + FONT_PATH)


def test_bold_myanmar_text_loads_the_bold_face(server, page):
    responses = _font_responses(page)
    open_and_wait(page, server + "/about")
    page.evaluate(SHOW_BURMESE, BURMESE)
    page.evaluate("document.getElementById('burmese-sample').style.fontWeight = '700'")
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(300)
    assert sorted(r.url.rsplit("-", 1)[1] for r in responses if r.status == 200) == [
        "Bold.subset.woff2", "Regular.subset.woff2"
    ]


def test_an_english_page_does_not_download_the_myanmar_font(server, page):
    responses = _font_responses(page)
    open_and_wait(page, server + "/about")
    page.wait_for_timeout(300)
    assert exceptions(page) == 0
    assert responses == []


def test_latin_text_keeps_streamlits_own_face_first(server, page):
    open_and_wait(page, server + "/about")
    family = page.evaluate(
        "getComputedStyle(document.querySelector('[data-testid=stMarkdownContainer] p')).fontFamily"
    )
    assert family.startswith('"Source Sans"')
