"""The two places where the site leans on how Streamlit behaves rather than on its API.

Streamlit 1.67 offers no supported way to do either (docs/decisions.md, "Streamlit workarounds",
says what was tried); `tests/browser/test_streamlit_workarounds.py` fails loudly if an upgrade
changes the behaviour they rely on. Keep every such reliance here, and nowhere else.
"""

from __future__ import annotations

import streamlit as st


def reseed_widget(key: str) -> None:
    """Set a keyed widget's value to itself, so this run's message to the browser carries it.

    A widget's value reaches the browser only in a run that set it through st.session_state. A
    widget the browser mounts later (one inside a closed popover, once it opens) or anew (the
    shared movement filter on the next page, a widget Streamlit keeps apart by page) would
    otherwise show its declared default and send that back, undoing the link's value.
    """
    st.session_state[key] = st.session_state[key]


# Streamlit records every change of st.query_params as a new browser history entry.
# A filter change must not pile up entries, so within one page (same path) a push
# becomes a replace; moving to another page still pushes, and Back still works.
# The site's own page links (`a[data-in-app]`, see layout.site_navigation) move to their
# page as Back and Forward do: a history entry, then Streamlit's own popstate handling
# runs that page in this session, without reloading. Clicks with a modifier key or
# another button are left to the browser (a new tab, say).
# A constant script: nothing from the URL or the data is ever part of it.
_HISTORY_SCRIPT = """
<script>
(() => {
  const w = window;
  if (w.__uprisingsHistoryScript) return;
  w.__uprisingsHistoryScript = true;
  const push = w.history.pushState.bind(w.history);
  w.history.pushState = (state, title, url) => {
    const target = url ? new URL(url, w.location.href) : null;
    if (target && target.pathname === w.location.pathname) {
      return w.history.replaceState(state, title, url);
    }
    return push(state, title, url);
  };
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-in-app]") : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    w.history.pushState(null, "", link.href);
    w.dispatchEvent(new PopStateEvent("popstate"));
  });
})();
</script>
"""


def install_history_script() -> None:
    """Filter changes replace history entries; the site's page links switch pages in this session."""
    st.html(_HISTORY_SCRIPT, unsafe_allow_javascript=True, width="content")
