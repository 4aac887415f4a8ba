"""Which pages to open, and the links a reader may arrive with.

Pages are those of the page registry (`ui/pages.py`).
"""

from __future__ import annotations

import random

from ui import url_state
from ui.pages import PAGES
from ui.url_params import Choice, MultiChoice, Toggle


def registered_pages() -> list[str]:
    """Page ids in the registry's order."""
    return list(PAGES)


def url_path(page: str) -> str:
    """The URL path (and `page_name` of a deep link) of a page: "" for the default page."""
    return PAGES[page].url_path


def random_query(page: str, rng: random.Random) -> str:
    """A valid query string a reader could have been sent for this page (choices and lists only).

    Each parameter is left out (its default) half of the time; ranges are always left out,
    their bounds come from the data.
    """
    query: dict[str, str] = {}
    for param, spec in PAGES[page].params.items():
        if rng.random() < 0.5:
            continue
        if isinstance(spec, MultiChoice) and spec.options:
            chosen = rng.sample(spec.options, rng.randint(1, len(spec.options)))
            query[param] = spec.serialise(chosen)
        elif isinstance(spec, Choice) and spec.options:
            query[param] = spec.serialise(rng.choice(spec.options))
        elif isinstance(spec, Toggle):
            query[param] = spec.serialise(rng.random() < 0.5)
    return url_state.query_string(query)
