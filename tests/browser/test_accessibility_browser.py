"""Accessibility in a real headless Chromium: axe-core on every page at desktop and phone widths, by default and
with filters from a link; the charts' text alternatives; the document's language; the keyboard order."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.helpers import open_and_wait, wait_until_idle

pytestmark = pytest.mark.browser

# Every page, by default and with filters applied from a link; three chart-only views.
LINKS = {
    "/": ["", "?movement=1988&chart=durations", "?movement=2021&view=chart"],
    "/timeline": ["", "?movement=2021&align=day0&category=strike~crackdown&time=-30..200&chart=running"],
    "/map": ["", "?movement=2021&count=organisations&measure=count&chart=ranked", "?movement=1988&view=chart"],
    "/organisation": ["", "?movement=1988&type=strike_committee~student_union&level=local~national&chart=kinds"],
    "/repression": ["", "?movement=2021&chart=over_time"],
    "/outcomes": ["", "?movement=1988&horizon=immediate~long_term"],
    "/economy": ["", "?indicator=exchange_rate&time=1980..1995&markers=off", "?indicator=inflation&view=chart"],
    "/claims": ["", "?dimension=economy~timeline&verdict=supported&chart=c3"],
    "/data": ["", "?dataset=figures"],
    "/about": [""],
}
VIEWS = [(path, query) for path, queries in LINKS.items() for query in queries]
WIDTHS = (1280, 390)
BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("path", "query"), VIEWS)
def test_axe_core_finds_no_serious_or_critical_violation(server, browser, axe, path, query, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    open_and_wait(tab, server + path + query)
    violations = axe.run(tab).response["violations"]
    context.close()
    blocking = [(v["id"], [node["target"] for node in v["nodes"]]) for v in violations if v["impact"] in BLOCKING]
    assert blocking == []


# One chart each (the map's default draws one map per movement, each with its own alternative).
@pytest.mark.parametrize(("path", "query"), [view for view in VIEWS if view[0] not in ("/data", "/about") and view != ("/map", "")])
def test_every_chart_has_a_text_alternative_from_its_data(server, page, path, query):
    open_and_wait(page, server + path + query, min_charts=1)
    chart = page.locator("[data-testid=stPlotlyChart]")
    expect(chart).to_have_count(1)
    assert chart.get_attribute("role") == "figure"
    label = chart.get_attribute("aria-label")
    # The figure's title, or the heading of its legend (given to a figure built without a title), its lines joined.
    title = page.evaluate("() => ['.gtitle', '.legendtitletext'].flatMap(kind =>"
                          " [...document.querySelectorAll('.js-plotly-plot ' + kind)].map(t => t.textContent))"
                          ".find(text => text.trim()) || ''")
    named, _, said = label.removeprefix("Chart: ").partition(". ")
    assert title and named.replace(" ", "") == title.replace(" ", "")
    assert re.search(r"\d", said)  # what the data say, with its numbers
    assert "**" not in label and "](" not in label  # words, not Markdown


def test_the_text_alternative_follows_the_filters(server, page):
    open_and_wait(page, server + "/?chart=durations", min_charts=1)
    both = page.locator("[data-testid=stPlotlyChart]").get_attribute("aria-label")
    open_and_wait(page, server + "/?movement=2021&chart=durations", min_charts=1)
    one = page.locator("[data-testid=stPlotlyChart]").get_attribute("aria-label")
    assert one != both and "1988" in both


@pytest.mark.parametrize("path", ["/", "/data", "/economy?view=chart"])
def test_the_document_declares_its_language(server, page, path):
    open_and_wait(page, server + path)
    expect(page.locator("html")).to_have_attribute("lang", "en")


def focus_order(page, presses: int) -> list[str]:
    """What Tab reaches from the top of the page, in order: each focused control's role and accessible name
    as the browser's accessibility tree gives them (a control's icon is not part of its name)."""
    page.locator("body").focus()
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    reached = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        focused = page.locator("*:focus")
        line = focused.aria_snapshot().splitlines()[0] if focused.count() == 1 else ""
        found = re.match(r"- '?(\w+)(?: \"(.*?)\")?", line)
        reached.append(f"{found.group(1)}: {found.group(2) or ''}" if found else "")
    return reached


def positions(order: list[str], wanted: list[str]) -> list[int]:
    """Where each wanted control is first reached (a regular expression over 'role: name'); -1 when never."""
    return [next((i for i, seen in enumerate(order) if re.fullmatch(pattern, seen)), -1) for pattern in wanted]


# Per chart page: the controls a keyboard user must reach, in the order they are drawn.
# A group of pills is one Tab stop (its first pill); the arrow keys move within it.
KEYBOARD = {
    "/": [r"button: 1988 uprising", r"radio: Headline figures"],
    "/timeline": [r"button: 1988 uprising", r"button: Filters.*", r"radio: Events"],
    "/organisation": [r"button: 1988 uprising", r"button: Filters.*", r"radio: (?!English).*"],
    "/repression": [r"button: 1988 uprising", r"radio: Deaths"],
    "/outcomes": [r"button: 1988 uprising", r"button: Filters.*", r"radio: Outcomes by aspect"],
    "/economy": [r"radio: GDP growth", r"button: Filters.*"],
    "/claims": [r"button: Filters.*", r"radio: Verdicts by subject"],
}


@pytest.mark.parametrize("path", list(KEYBOARD))
def test_tab_from_the_top_reaches_every_filter_and_the_chart_choice_in_page_order(server, page, path):
    open_and_wait(page, server + path, min_charts=1)
    order = focus_order(page, 40)
    found = positions(order, [r"radio: English", r"link: Overview", *KEYBOARD[path]])
    assert -1 not in found, "\n".join(order)
    # The language switch, the navigation, then the filters as drawn, then the chart choice.
    assert found == sorted(found), order


def test_the_arrow_keys_move_along_a_group_of_pills(server, page):
    open_and_wait(page, server + "/", min_charts=1)
    order = focus_order(page, 20)
    for _ in range(len(order) - order.index("button: 1988 uprising") - 1):
        page.keyboard.press("Shift+Tab")
    page.keyboard.press("ArrowRight")
    assert page.locator("*:focus").inner_text() == "2021 movement"


def test_the_filters_button_opens_its_filters_to_the_keyboard(server, page):
    open_and_wait(page, server + "/timeline", min_charts=1)
    page.locator("body").focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.dataset.testid") == "stPopoverButton":  # "Filters: ..."
            break
    page.keyboard.press("Enter")
    expect(page.locator("[data-testid=stPopoverBody]")).to_be_visible()
    wait_until_idle(page)
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('[data-testid=stPopoverBody]')")
