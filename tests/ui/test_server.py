from __future__ import annotations

import gc
import weakref

from ui import server
from tests.views.apptest import run_app


class Node:
    """Something that can sit in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: Node | None = None


def test_the_dashboard_freezes_the_objects_its_imports_made(monkeypatch):
    # As in a fresh server process, whatever ran in this one before.
    gc.unfreeze()
    monkeypatch.setattr(server, "_frozen", False)
    run_app("views/about_page.py")
    # pandas, pyarrow, Plotly and Streamlit alone leave far more than this behind.
    assert gc.get_freeze_count() > 50_000


def test_it_freezes_once_per_process():
    server.freeze_long_lived_objects()
    frozen = gc.get_freeze_count()
    assert server.freeze_long_lived_objects() is False
    assert gc.get_freeze_count() == frozen


def test_garbage_made_after_the_freeze_is_still_collected():
    server.freeze_long_lived_objects()
    first, second = Node(), Node()
    first.other, second.other = second, first  # a cycle: reference counting alone never frees it
    watched = weakref.ref(first)
    del first, second
    gc.collect()
    assert watched() is None
