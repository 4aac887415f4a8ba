"""Process-wide settings of the server that runs the pages (not of any one page or session)."""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_frozen = False


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
