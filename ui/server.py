"""Process-wide settings of the server that runs the pages (not of any one page or session)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from types import CodeType
from typing import Any

from streamlit.runtime.caching import cache_utils

_lock = threading.Lock()
_frozen = False
_keys_remembered = False


def freeze_long_lived_objects() -> bool:
    """Leave the objects that live as long as the server out of every later garbage collection.

    Streamlit runs a full `gc.collect()` after every script run, which would otherwise walk every
    object the imports made, on every run (docs/decisions.md). Called once the modules are imported,
    this collects what is garbage now, then moves every surviving object to the permanent generation
    (`gc.freeze`): later collections walk only objects made after it, so each run's own garbage is
    still freed as before. Once per process; True the time it froze.
    """
    global _frozen
    with _lock:
        if _frozen:
            return False
        gc.collect()
        gc.freeze()
        _frozen = True
        return True


def remember_cache_keys() -> bool:
    """Work out the key of a page's cached function once, not again on every run of the page.

    A page's `@st.cache_data` / `@st.cache_resource` functions are defined anew on every run
    of its script, and Streamlit keys each by its module, name and source code, read with
    `inspect.getsource`, which searches every loaded module for the function's file. The
    compiled page is kept between runs (and compiled again when its file changes), so its
    functions' code objects are the same objects run after run: the key is kept by code
    object. Once per process; True the time it was installed, False when already installed
    or when Streamlit no longer has this function (keys are then computed as before).
    """
    global _keys_remembered
    with _lock:
        make_key = getattr(cache_utils, "_make_function_key", None)
        if _keys_remembered or make_key is None:
            return False
        keys: dict[tuple[Any, CodeType, str, str], str] = {}

        def function_key(cache_type: Any, func: Callable[..., Any]) -> str:
            code = getattr(func, "__code__", None)
            if not isinstance(code, CodeType):
                return make_key(cache_type, func)
            known = (cache_type, code, func.__module__, func.__qualname__)
            if known not in keys:
                keys[known] = make_key(cache_type, func)
            return keys[known]

        cache_utils._make_function_key = function_key
        _keys_remembered = True
        return True
