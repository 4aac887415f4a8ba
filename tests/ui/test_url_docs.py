from ui import url_docs, url_params, url_state
from ui.pages import PAGES


def test_readme_documents_the_contract_the_code_enforces():
    text = url_docs.README.read_text(encoding="utf-8")
    assert url_docs.rewrite(text) == text, "run python -m ui.url_docs"


def test_every_parameter_of_every_page_has_a_row():
    table = url_docs.table()
    for page in PAGES.values():
        for param in page.params:
            assert f"| `{page.path}` | `{param}` |" in table


def test_every_example_link_parses_without_notice():
    for line in url_docs.table().splitlines()[2:]:
        link = line.rsplit("|", 2)[-2].strip().strip("`")
        path, _, query = link.partition("?")
        page = "overview" if path == "/" else path.lstrip("/")
        pairs = dict(part.split("=", 1) for part in query.split("&") if part)
        extents = {"time": (1960, 2024)} if page == "economy" else {}
        if page == "timeline":
            extents = {"time": url_params.RangeExtent(bounds=(-9400, 1900), default=(-193, 1887))}
        if page == "map":
            extents = {"time": url_params.RangeExtent(bounds=(1962, 2026), default=(1987, 2026))}
        assert url_state.parse(page, pairs, extents).ignored == [], link
