"""Entry point: navigation, and the link read into the page's state. Nothing else happens here
(apart from two process-wide settings of the server, on the first run)."""

from __future__ import annotations

import streamlit as st

from i18n import _, current_language, set_language

from ui import layout, pages, server, share, streamlit_workarounds, url_state

# First thing in every run, but they act once per server process: see their docstrings.
server.freeze_long_lived_objects()
server.remember_cache_keys()

# An emoji icon is drawn from a data: address; a Material icon made every page fetch its favicon from
# fonts.gstatic.com (docs/decisions.md).
st.set_page_config(page_icon="📊", layout="wide")

# The page files live in views/, not pages/ (the README says why).
NAVIGATION = {
    page.id: st.Page(page.view, title=page.title, icon=page.icon, url_path=page.url_path or None, default=page is pages.DEFAULT)
    for page in pages.PAGES.values()
}

# Hidden: the pages draw the site's own row of links instead (layout.site_navigation says why).
page = st.navigation(list(NAVIGATION.values()), position="hidden")
page_id = next(name for name, candidate in NAVIGATION.items() if candidate is page or candidate.url_path == page.url_path)
share.start_page(page_id, pages.PAGES[page_id].title)

# The language first: everything drawn after it, the navigation and a data error included, is in the reader's language.
set_language(url_state.link_language(page_id))
layout.tables_or_stop()
state = url_state.view(page_id)
layout.use_reader_language(page_id)
st.set_page_config(page_title=_("Two Myanmar uprisings compared"))  # the browser tab's title, in the reader's language
streamlit_workarounds.set_document_language(current_language())
streamlit_workarounds.install_keyboard_script()
chart_only = url_state.chart_only(page_id)
if chart_only:
    share.chart_only_style()  # the chart alone, for embedding: no navigation, no Streamlit header
else:
    layout.site_navigation(page_id)

if state.notice:
    st.warning(state.notice, icon=":material/link_off:")

# No sidebar: each comparing page draws the shared movement filter in its own body
# (layout.movement_filter), seeded here from the link or from the last comparing page.

# Before the page: a page's run may end in st.stop(), and a view opened that way must still
# replace, not push, history entries when its filters change, and its page links still work.
streamlit_workarounds.install_history_script()
if chart_only:
    # Each element the page draws replaces the one before, up to its chart (share.draw_chart_only).
    with st.empty():
        page.run()
else:
    page.run()
