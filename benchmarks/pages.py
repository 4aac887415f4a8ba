"""Which pages to measure: the ids of `ui.url_state.PAGES` that `dashboard.py` registers right now.

Pages are being added (and moved) while this benchmark exists, so nothing here is a
fixed list: dashboard.py is read for its `st.Page(...)` calls, and an id counts when
one of them has `url_path="<id>"` (or, for the page at `/`, `default=True` or a file
named `<id>_page.py`) and its file exists. The running server's navigation links are
a second check (see `browser.nav_paths`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DASHBOARD = REPO / "dashboard.py"
REFERENCE_APP = Path(__file__).resolve().parent / "reference_app.py"
DEFAULT_PAGE = "overview"  # the page at "/" in the URL contract


@dataclass(frozen=True)
class Page:
    id: str
    path: str  # URL path without the leading slash; "" for the default page
    file: str  # relative to the repository, as AppTest.switch_page wants it

    @property
    def label(self) -> str:
        return f"{self.id} (/{self.path})"


@dataclass(frozen=True)
class Registration:
    """One `st.Page(...)` call of dashboard.py."""

    file: str
    url_path: str | None
    default: bool


def page_ids() -> list[str]:
    """Every page id of the URL contract, in its order."""
    from ui.url_state import PAGES

    return list(PAGES)


def _constant(node: ast.AST | None):
    return node.value if isinstance(node, ast.Constant) else None


def registrations(source: str) -> list[Registration]:
    """The `st.Page("file", ..., url_path=..., default=...)` calls in the source, in order."""
    try:
        tree = ast.parse(source)
    except SyntaxError:  # being edited right now: fall back to a plain scan of the calls
        return [
            Registration(
                match.group(1),
                (re.search(r"url_path\s*=\s*[\"']([^\"']*)[\"']", match.group(2)) or [None, None])[1],
                bool(re.search(r"default\s*=\s*True", match.group(2))),
            )
            for match in re.finditer(r"st\.Page\(\s*[\"']([^\"']+)[\"']([^)]*)\)", source)
        ]
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "Page"):
            continue
        keywords = {keyword.arg: _constant(keyword.value) for keyword in node.keywords if keyword.arg}
        file = _constant(node.args[0]) if node.args else keywords.get("page")
        if isinstance(file, str):
            url_path = keywords.get("url_path")
            found.append(Registration(file, url_path if isinstance(url_path, str) else None, keywords.get("default") is True))
    found.sort(key=lambda registration: source.find(registration.file))
    return found


def registered(dashboard_source: str, ids: list[str]) -> tuple[list[Page], list[str]]:
    """The pages of `ids` that the dashboard source registers, and notes on those left out.

    An id matches the call with `url_path="<id>"`, else a call whose file is `<id>_page.py`
    (or `<id>.py`), else, for the Overview, the call with `default=True`. The URL path is
    what Streamlit serves: "" for the default page, else url_path, else the file's stem.
    """
    calls = registrations(dashboard_source)
    pages: list[Page] = []
    notes: list[str] = []
    for page_id in ids:
        match = (
            next((call for call in calls if call.url_path == page_id), None)
            or next((call for call in calls if Path(call.file).stem in (page_id, f"{page_id}_page")), None)
            or next((call for call in calls if call.default and page_id == DEFAULT_PAGE), None)
        )
        if match is None:
            continue  # not registered (yet): not a page of this dashboard
        if not (REPO / match.file).exists():
            notes.append(f"{page_id}: registered in dashboard.py but {match.file} does not exist, left out")
            continue
        path = "" if match.default else (match.url_path if match.url_path is not None else Path(match.file).stem)
        pages.append(Page(page_id, path, match.file))
    return pages, notes


def discover() -> tuple[list[Page], list[str]]:
    return registered(DASHBOARD.read_text(encoding="utf-8"), page_ids())
