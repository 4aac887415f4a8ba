from __future__ import annotations

import gc
import weakref

from streamlit.runtime.caching import cache_utils
from streamlit.runtime.caching.cache_type import CacheType

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


def page_functions(tmp_path, runs: int) -> list:
    """The function `view` of a page script, as each of `runs` runs of the page defines it anew."""
    page = tmp_path / "page.py"
    page.write_text("def view(rows):\n    return rows[:10]\n", encoding="utf-8")
    code = compile(page.read_text(encoding="utf-8"), str(page), "exec")  # compiled once, as Streamlit keeps it
    functions = []
    for _ in range(runs):
        scope: dict = {"__name__": "__main__"}
        exec(code, scope)
        functions.append(scope["view"])
    return functions


def test_a_cached_function_defined_again_on_every_run_is_keyed_once(monkeypatch, tmp_path):
    computed = []
    original = cache_utils._make_function_key

    def counting(cache_type, func):
        computed.append(func)
        return original(cache_type, func)

    monkeypatch.setattr(cache_utils, "_make_function_key", counting)
    monkeypatch.setattr(server, "_keys_remembered", False)
    assert server.remember_cache_keys() is True
    first, second = page_functions(tmp_path, runs=2)
    assert first is not second
    keys = {cache_utils._make_function_key(CacheType.RESOURCE, f) for f in (first, second)}
    assert keys == {original(CacheType.RESOURCE, first)}
    assert len(computed) == 1


def test_another_function_still_gets_its_own_key(monkeypatch, tmp_path):
    monkeypatch.setattr(cache_utils, "_make_function_key", cache_utils._make_function_key)
    monkeypatch.setattr(server, "_keys_remembered", False)
    server.remember_cache_keys()
    (view,) = page_functions(tmp_path, runs=1)

    def other(rows):
        return rows[:20]

    assert cache_utils._make_function_key(CacheType.RESOURCE, view) != cache_utils._make_function_key(
        CacheType.RESOURCE, other)


def test_cache_keys_are_remembered_once_per_process(monkeypatch):
    monkeypatch.setattr(cache_utils, "_make_function_key", cache_utils._make_function_key)
    monkeypatch.setattr(server, "_keys_remembered", False)
    assert server.remember_cache_keys() is True
    assert server.remember_cache_keys() is False
