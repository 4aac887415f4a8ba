"""The document's language: `<html lang>`, which Streamlit's page template fixes at `en`."""

from __future__ import annotations

import re

import streamlit as st

# A BCP 47 tag as pages use them: a language, then optional subtags (`en`, `my`, `my-MM`).
_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def language_script(code: str) -> str:
    """The script that declares `code` the document's language (refuses anything but a language tag)."""
    if not _TAG.fullmatch(code):
        raise ValueError("not a language tag")
    return f'<script>document.documentElement.lang = "{code}";</script>'


def set_document_language(code: str) -> None:
    """Declare the page's language on `<html lang>`, so screen readers and the browser's own features
    (hyphenation, translation, fonts) read it as that language. Call once per run, before the page."""
    st.html(language_script(code), unsafe_allow_javascript=True, width="content")


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
