"""Which pages to open, and the links a reader may arrive with.

Pages are taken from the code at each run, since pages are still being added: the ids
of `ui.url_state.PAGES` that dashboard.py registers with `url_path="<id>"`, plus the
overview (the default page, URL path "").
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from ui import url_state

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PAGE = "overview"
_URL_PATH = re.compile(r"""url_path\s*=\s*["']([^"']+)["']""")


def registered_pages(dashboard: Path = REPO / "dashboard.py") -> list[str]:
    """Page ids in url_state order: the overview and every id dashboard.py gives a url_path."""
    paths = set(_URL_PATH.findall(dashboard.read_text(encoding="utf-8")))
    return [page for page in url_state.PAGES if page == DEFAULT_PAGE or page in paths]


def url_path(page: str) -> str:
    """The URL path (and `page_name` of a deep link) of a page: "" for the overview."""
    return "" if page == DEFAULT_PAGE else page


def random_query(page: str, rng: random.Random) -> str:
    """A valid query string a reader could have been sent for this page (choices and lists only).

    Each parameter is left out (its default) half of the time; ranges are always left out,
    their bounds come from the data.
    """
    query: dict[str, str] = {}
    for param, spec in url_state.PAGES.get(page, {}).items():
        if rng.random() < 0.5:
            continue
        if isinstance(spec, url_state.MultiChoice) and spec.options:
            chosen = rng.sample(spec.options, rng.randint(1, len(spec.options)))
            query[param] = spec.serialise(chosen)
        elif isinstance(spec, url_state.Choice) and spec.options:
            query[param] = spec.serialise(rng.choice(spec.options))
        elif isinstance(spec, url_state.Toggle):
            query[param] = spec.serialise(rng.random() < 0.5)
    return url_state.query_string(query)
