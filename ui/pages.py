"""The page registry: every page of the site, once. Navigation, the URL contract, its documentation,
the pages themselves and the tests all read it.

A page is its view file plus one `Page` here: its id, title, icon, address, view file, the URL
parameters it takes (in the order they appear in a link) and, for range parameters, where their
extents come from. The first page is the default one, at the site's root.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from i18n import DEFAULT_LANGUAGE, LANGUAGES
from transforms import geography, schema
from ui import data
from ui.url_params import Choice, IntRange, MultiChoice, RangeDoc, Spec, Toggle
from vocabulary.economy import INDICATOR_CHOICES


def no_extents() -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    icon: str
    view: str  # the page's file, relative to dashboard.py
    url_path: str  # "" for the default page
    params: dict[str, Spec] = field(default_factory=dict)
    # The data extent of each range parameter: its default and the bounds of its URL value.
    extents: Callable[[], Mapping[str, Any]] = no_extents

    @property
    def path(self) -> str:
        return f"/{self.url_path}"


MOVEMENT = MultiChoice(schema.MOVEMENTS)
# The reader's language: every page takes it, last in the link; English, the default, is left out of links.
LANGUAGE = Choice(tuple(LANGUAGES), DEFAULT_LANGUAGE)
# `view=chart`: a chart page's chart alone, for embedding (`embed` is taken by Streamlit Community Cloud);
# last before `lang` on every page that draws a chart.
VIEW = Choice(("full", "chart"), "full")


def charts(*ids: str) -> Choice:
    """A page shows one chart at a time (`chart`, the first by default): a link names the chart it
    shows, and a phone draws one figure, not five."""
    return Choice(ids, ids[0])


def _with_language(page: Page) -> Page:
    return replace(page, params={**page.params, "lang": LANGUAGE})


def _with_view(page: Page) -> Page:
    return replace(page, params={**page.params, "view": VIEW})


PAGES: dict[str, Page] = {
    page.id: _with_language(page)
    for page in (
        _with_view(Page(
            "overview", "Overview", ":material/dashboard:", "views/overview_page.py", "",
            {"movement": MOVEMENT, "chart": charts("ranges", "durations")},
        )),
        _with_view(Page(
            "timeline", "Timeline", ":material/timeline:", "views/timeline_page.py", "timeline",
            {
                "movement": MOVEMENT,
                "align": Choice(("date", "day0"), "date"),
                "category": MultiChoice(schema.EVENT_CATEGORIES),
                # Read as days since day 0, or as dates with align=date (url_state.spec_for), so after `align`.
                "time": IntRange(RangeDoc(
                    "with `align=day0`: days since day 0, `a..b`; with `align=date`: ISO dates, "
                    "`YYYY-MM-DD..YYYY-MM-DD`; inside the data (back to the 1962 background events)",
                    "from the first event of the movements proper (Sep 1987) to the last event",
                    "align=day0&time=-30..200",
                )),
                "chart": charts("events", "running"),
            },
            data.timeline_extents,
        )),
        _with_view(Page(
            "map", "Where", ":material/map:", "views/map_page.py", "map",
            {
                "movement": MOVEMENT,
                "count": Choice(tuple(geography.COUNTABLE), "events"),
                "category": MultiChoice(schema.EVENT_CATEGORIES),
                "time": IntRange(RangeDoc(
                    "years `a..b` inside the data (1962 to the latest year); an event counts in the year of its date, "
                    "a body in the year it was founded",
                    "from 1987 (the first event of the movements proper) to the latest year",
                    "time=1988..1989",
                )),
                "measure": Choice(geography.MEASURES, geography.MEASURES[0]),
                "chart": charts("map", "ranked"),
            },
            data.map_extents,
        )),
        _with_view(Page(
            "organisation", "Self-organisation", ":material/groups:", "views/organisation_page.py", "organisation",
            {
                "movement": MOVEMENT,
                "type": MultiChoice(schema.ORGANISATION_TYPES),
                "level": MultiChoice(schema.ORGANISATION_LEVELS),
                "chart": charts("founding", "kinds", "strikes"),
            },
        )),
        _with_view(Page(
            "repression", "Repression", ":material/gavel:", "views/repression_page.py", "repression",
            {"movement": MOVEMENT, "chart": charts("deaths", "arrests", "displaced", "participation", "over_time")},
        )),
        _with_view(Page(
            "outcomes", "Outcomes", ":material/flag:", "views/outcomes_page.py", "outcomes",
            {
                "movement": MOVEMENT,
                "horizon": MultiChoice(schema.OUTCOME_HORIZONS),
                "chart": charts("heatmap", "durations"),
            },
        )),
        _with_view(Page(
            "economy", "Economy", ":material/monitoring:", "views/economy_page.py", "economy",
            {
                "indicator": Choice(INDICATOR_CHOICES, INDICATOR_CHOICES[0]),
                "time": IntRange(RangeDoc("years `a..b` inside the data (1960 to the latest year)", "all years", "time=1980..1995")),
                "markers": Toggle(True),
            },
            data.economy_extents,
        )),
        _with_view(Page(
            "claims", "The article's claims", ":material/fact_check:", "views/claims_page.py", "claims",
            {
                "dimension": MultiChoice(schema.CLAIM_DIMENSIONS),
                "verdict": MultiChoice(schema.allowed("claim_readings", "verdict")),
                # The verdicts, then the claims checked on numbers.
                "chart": charts("summary", "c1", "c2", "c3", "c11"),
            },
        )),
        Page(
            "data", "Data", ":material/table:", "views/data_page.py", "data",
            {"dataset": Choice(tuple(schema.TABLES), "events")},
        ),
        Page("about", "About", ":material/info:", "views/about_page.py", "about"),
    )
}

DEFAULT = next(iter(PAGES.values()))


def page_id(view_file: str) -> str:
    """The id of the page drawn by `view_file` (a view passes its own `__file__`)."""
    name = Path(view_file).name
    return next(page.id for page in PAGES.values() if Path(page.view).name == name)


def extents(page: str) -> Mapping[str, Any]:
    """The data extents of a page's range parameters (empty for a page without any)."""
    return PAGES[page].extents()
