from __future__ import annotations

import gc
import weakref

from ui import server
from tests.views.apptest import run_app


class Node:
    """Something that can sit in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: Node | None = None


def test_the_dashboard_leaves_objects_made_before_its_first_run_out_of_later_collections(monkeypatch):
    # As in a fresh server process, whatever ran in this one before.
    gc.unfreeze()
    monkeypatch.setattr(server, "_frozen", False)
    made_before = Node()  # as an imported module's objects are
    run_app("views/about_page.py")
    assert not any(candidate is made_before for candidate in gc.get_objects())


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
