"""The rows tables as a Burmese reader sees them: every column headed in Burmese, category ids as Burmese words."""

from __future__ import annotations

import json

import pytest

from tests.burmese import MYANMAR
from tests.views.apptest import folded_table_keys, open_rows, run_app
from ui.pages import PAGES

# Every page that shows rows tables, its folded tables opened; the Data page shows one table open, here the events.
VIEWS = {page.view: {"dataset": "events"} if page.id == "data" else {}
         for page in PAGES.values() if page.id == "data" or folded_table_keys(page.view)}


@pytest.fixture(scope="module", params=list(VIEWS))
def opened(request):
    at = run_app(page=request.param, lang="my", **VIEWS[request.param])
    return open_rows(at) if folded_table_keys(request.param) else at


def test_every_column_of_every_table_is_headed_in_burmese(opened):
    headers = {name: config["label"] for frame in opened.dataframe for name, config in json.loads(frame.proto.columns).items()
               if "label" in config}
    assert headers and [name for name, text in headers.items() if not MYANMAR.search(text)] == []


def test_category_ids_read_as_burmese_words(opened):
    for frame in opened.dataframe:
        for name in ("category", "date_precision", "counted_by", "org_type", "level", "horizon", "aspect", "verdict"):
            if name in frame.value.columns:
                assert frame.value[name].dropna().map(lambda word: bool(MYANMAR.search(str(word)))).all(), name
