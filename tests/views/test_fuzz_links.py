"""Hostile and random links through every page in AppTest: no exception, nothing echoed, good parts kept.

FUZZ_EXAMPLES sets the number of examples a page (100 by default, as in CI; the fast tier sets 20, see
tests/conftest.py);
before a release run `FUZZ_EXAMPLES=1000 bash scripts/test.sh tests/views/test_fuzz_links.py`.
"""

from __future__ import annotations

import os

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from i18n import gettext, use_language

from tests.views.apptest import FIXED_TITLES, built_tables, check_counts, folded_table_keys, folded_tables, open_link
from tests.views.test_broken_data import REGISTERED_PAGES
from ui import pages, url_params
from ui.pages import PAGES

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "100"))

HOSTILE_FRAGMENTS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "[link](javascript:alert(1))",
    "**bold** _x_ `code`",
    "\u202eevil\u202c",
    "\u200f\u200e",
    "\x00",
    "1988\x00",
    "9" * 40,
    "-99999..99999",
    "2024..1960",
    "1988-02-30..1988-03-01",
    "..",
    "~~~",
    "1988~1988~2021",
    "%3Cscript%3E",
    "x" * 5000,
]


def page_id(page_file: str) -> str:
    return pages.page_id(page_file)


def good_part(page: str) -> dict[str, str]:
    """One valid, non-default value for the page's first list or choice parameter."""
    for param, spec in PAGES[page].params.items():
        if isinstance(spec, url_params.MultiChoice):
            return {param: spec.options[0]}
        if isinstance(spec, url_params.Choice):
            return {param: next(o for o in spec.options if o != spec.default)}
    return {}


def hostile_values():
    return st.one_of(st.sampled_from(HOSTILE_FRAGMENTS), st.text(max_size=60), st.integers(-10**9, 10**9).map(str))


def hostile_query(page: str, good: dict[str, str]):
    # Keys Streamlit or the test harness treat specially come up too (a fuzz run found `page`).
    special = st.sampled_from(["page", "timeout", "embed", "embed_options"])
    keys = st.one_of(
        st.sampled_from(sorted(PAGES[page].params) or ["movement"]),
        st.sampled_from(HOSTILE_FRAGMENTS),
        special,
        st.text(min_size=1, max_size=20),
    )
    # Repeated keys arrive as lists, as a query string with the key twice does.
    values = st.one_of(hostile_values(), st.lists(hostile_values(), min_size=2, max_size=3))
    return st.dictionaries(keys.filter(lambda k: k not in good), values, max_size=5)


def rendered_text(at) -> list[str]:
    elements = [*at.markdown, *at.caption, *at.warning, *at.info, *at.error, *at.title, *at.subheader, *at.code]
    return [str(element.value) for element in elements] + [expander.label for expander in at.expander]


@pytest.mark.parametrize("page_file", REGISTERED_PAGES)
def test_hostile_links_never_break_a_page(page_file):
    page = page_id(page_file)
    good = good_part(page)
    # Every folded table open, so the tables and their downloads are built from the hostile link too.
    opened = folded_table_keys(page_file)

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(query=hostile_query(page, good))
    def check(query):
        at = open_link(page_file, {**good, **query}, opened=opened)
        assert not at.exception, query
        assert list(built_tables(at)) == list(folded_tables(at)), query
        # Each under its fixed title, as many rows as its download button announces.
        # (in the link's language: the About page's one good part is `lang=my`).
        with use_language(good.get("lang", "en")):
            titles = {key: gettext(title) for key, title in FIXED_TITLES.items()}
        assert all(expander.label == titles[key] for key, expander in folded_tables(at).items()), query
        check_counts(at)
        assert len(at.warning) <= 1
        texts = rendered_text(at)
        for value in (v for values in query.values() for v in (values if isinstance(values, list) else [values])):
            if "<" in value and len(value) > 3:
                assert not any(value in text for text in texts), value
        for param, value in good.items():
            assert at.query_params.get(param) == value, (param, dict(at.query_params))

    check()
