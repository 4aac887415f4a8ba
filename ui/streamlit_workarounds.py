"""The places where the site leans on how Streamlit behaves rather than on its API: re-seeding a widget,
the history script, the document's language and the Tab order into an open popover.

Streamlit 1.67 offers no supported way to do any of them (docs/decisions.md, "Streamlit workarounds",
says what was tried); browser tests fail loudly if an upgrade changes the behaviour they rely on
(`tests/browser/test_streamlit_workarounds.py`; `<html lang>` in `test_burmese_browser.py`, the Tab order
in `test_accessibility_browser.py`). Keep every such reliance here, and nowhere else.
"""

from __future__ import annotations

import re

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


# The document's language: `<html lang>`, which Streamlit's page template fixes at `en`.
# A BCP 47 tag as pages use them: a language, then optional subtags (`en`, `my`, `my-MM`).
_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def language_marker(code: str) -> str:
    """The element that names the document's language for `_LANGUAGE_SCRIPT` (refuses anything but a language tag)."""
    if not _TAG.fullmatch(code):
        raise ValueError("not a language tag")
    return f'<span data-document-language="{code}" hidden></span>'


# Sets `<html lang>` from the page's language marker, now and whenever a run changes it. A constant script:
# the language travels as data in the marker, so no value is ever part of a script.
_LANGUAGE_SCRIPT = """
<script>
(() => {
  if (window.__uprisingsLanguageScript) return;
  window.__uprisingsLanguageScript = true;
  const apply = () => {
    const markers = document.querySelectorAll("[data-document-language]");
    const code = markers.length ? markers[markers.length - 1].dataset.documentLanguage : null;
    if (code && document.documentElement.lang !== code) document.documentElement.lang = code;
  };
  apply();
  new MutationObserver(apply).observe(document.body, {childList: true, subtree: true, attributes: true,
    attributeFilter: ["data-document-language"]});
})();
</script>
"""


def set_document_language(code: str) -> None:
    """Declare the page's language on `<html lang>`, so screen readers and the browser's own features
    (hyphenation, translation, fonts) read it as that language. Call once per run, before the page."""
    st.html(language_marker(code), width="content")
    st.html(_LANGUAGE_SCRIPT, unsafe_allow_javascript=True, width="content")


# Streamlit draws an open popover's body at the end of the document, so Tab from its button skipped the
# filters inside it. Tab from an open popover's button moves into its body instead. A constant script.
_KEYBOARD_SCRIPT = """
<script>
(() => {
  if (window.__uprisingsKeyboardScript) return;
  window.__uprisingsKeyboardScript = true;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Tab" || event.shiftKey || !(event.target instanceof Element)) return;
    if (!event.target.closest("[data-testid=stPopoverButton][aria-expanded=true]")) return;
    const body = document.querySelector("[data-testid=stPopoverBody]");
    const first = body && body.querySelector("button:not([disabled]), input:not([disabled]), [tabindex='0']");
    if (!first) return;
    event.preventDefault();
    first.focus();
  }, true);
})();
</script>
"""


def install_keyboard_script() -> None:
    """Keyboard paths Streamlit leaves out: Tab from an open Filters button into its filters."""
    st.html(_KEYBOARD_SCRIPT, unsafe_allow_javascript=True, width="content")
