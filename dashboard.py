"""Entry point: navigation, and the link read into the page's state. Nothing else happens here
(apart from one process-wide setting of the server, on the first run)."""

from __future__ import annotations

import streamlit as st

from ui import data, document, layout, server, share, url_state

# First thing in every run, but it acts once per server process: see its docstring.
server.freeze_long_lived_objects()

st.set_page_config(page_title="Two Myanmar uprisings compared", page_icon=":material/compare_arrows:", layout="wide")

# The page files live in views/, not pages/: Streamlit treats a pages/ folder beside the
# entry script as an old-style multipage app until st.navigation has run once, so the
# first deep link after a server start would get a "Page not found" dialog.
PAGES = {
    "overview": st.Page("views/overview_page.py", title="Overview", icon=":material/dashboard:", default=True),
    "timeline": st.Page("views/timeline_page.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    "organisation": st.Page("views/organisation_page.py", title="Self-organisation", icon=":material/groups:", url_path="organisation"),
    "repression": st.Page("views/repression_page.py", title="Repression", icon=":material/gavel:", url_path="repression"),
    "outcomes": st.Page("views/outcomes_page.py", title="Outcomes", icon=":material/flag:", url_path="outcomes"),
    "economy": st.Page("views/economy_page.py", title="Economy", icon=":material/monitoring:", url_path="economy"),
    "claims": st.Page("views/claims_page.py", title="The article's claims", icon=":material/fact_check:", url_path="claims"),
    "data": st.Page("views/data_page.py", title="Data", icon=":material/table:", url_path="data"),
    "about": st.Page("views/about_page.py", title="About", icon=":material/info:", url_path="about"),
}

# Hidden: the pages draw the site's own row of links instead (layout.site_navigation says why).
page = st.navigation(list(PAGES.values()), position="hidden")
page_id = next(name for name, candidate in PAGES.items() if candidate is page or candidate.url_path == page.url_path)
share.start_page(page_id, page.title)
document.set_document_language("en")
document.install_keyboard_script()
chart_only = url_state.chart_only(page_id)
if chart_only:
    share.chart_only_style()  # the chart alone, for embedding: no navigation, no Streamlit header
else:
    layout.site_navigation(list(PAGES.values()), page)

layout.tables_or_stop()
state = url_state.view(page_id, data.url_extents(page_id))
if state.notice:
    st.warning(state.notice, icon=":material/link_off:")

# No sidebar: each comparing page draws the shared movement filter in its own body
# (layout.movement_filter), seeded here from the link or from the last comparing page.

# Before the page: a page's run may end in st.stop(), and a view opened that way must still
# replace, not push, history entries when its filters change, and its page links still work.
url_state.install_history_script()
if chart_only:
    # Each element the page draws replaces the one before, up to its chart (share.draw_chart_only).
    with st.empty():
        page.run()
else:
    page.run()
