"""The document's language: `<html lang>`, which Streamlit's page template fixes at `en`."""

from __future__ import annotations

import re

import streamlit as st

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
