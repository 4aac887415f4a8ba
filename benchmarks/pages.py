"""Which pages to measure: those of the page registry (`ui/pages.py`) whose view file exists.

The running server's navigation links are a second check (see `browser.nav_paths`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DASHBOARD = REPO / "dashboard.py"
REFERENCE_APP = Path(__file__).resolve().parent / "reference_app.py"


@dataclass(frozen=True)
class Page:
    id: str
    path: str  # URL path without the leading slash; "" for the default page
    file: str  # relative to the repository, as AppTest.switch_page wants it

    @property
    def label(self) -> str:
        return f"{self.id} (/{self.path})"


def discover() -> tuple[list[Page], list[str]]:
    """The pages of the page registry whose view file exists, and notes on those left out."""
    from ui.pages import PAGES

    pages: list[Page] = []
    notes: list[str] = []
    for page in PAGES.values():
        if not (REPO / page.view).exists():
            notes.append(f"{page.id}: in the page registry but {page.view} does not exist, left out")
            continue
        pages.append(Page(page.id, page.url_path, page.view))
    return pages, notes
