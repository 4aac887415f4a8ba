"""Page parts every page shares: the navigation, the data-error panel, the movement filter, source tables, downloads and the share link."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts.theme import MOVEMENT_LABELS
from transforms.export import csv_bytes
from transforms.validate import DataError
from ui import data, html, share, url_state

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def site_navigation(pages: list[st.Page], current: st.Page) -> None:
    """A row of links to every page, in place of Streamlit's navigation bar (st.navigation is hidden).

    Streamlit's bar drew each link as components of its own: on a bare page with one chart it
    cost about 120 ms more of the browser's CPU per view than this one HTML element. The links
    are relative, so the app works under any base path, and plain links: a modifier-click opens
    a new tab; a plain click switches pages in this session (url_state's history script).
    """
    def href(page: st.Page) -> str:
        return page.url_path or "./"  # the default page's path is empty

    st.html(html.page_links([(page.title, href(page)) for page in pages], href(current)))


def tables_or_stop() -> dict[str, pd.DataFrame]:
    """The tables, or one clear error panel naming the broken file and rule (never a traceback)."""
    try:
        return data.tables()
    except DataError as error:
        st.error(
            "The dashboard cannot show this page because a data file is invalid: "
            + ", ".join(error.files)
            + ". Fix the file and reload. Problems found:",
            icon=":material/error:",
        )
        st.code(str(error), language=None, wrap_lines=True)
        st.stop()


def chart(
    fig: go.Figure, key: str, *, tables: tuple[str, ...], description: str, title: str | None = None
) -> share.DrawnChart:
    """Draw a page's chart with its source line (from the `tables` it uses) and a text alternative built
    from `description` (the page's reading); `title` names a figure that has no title of its own.

    In the chart-only view (`view=chart`) this is all the page shows, and the page stops here.
    """
    drawn_title = (fig.layout.title.text or title or "").strip()
    shown = share.chart_figure(fig, tables, title)
    config = {**PLOTLY_CONFIG, **share.figure_config(key)}
    alt = share.alt_text(drawn_title, description)
    if share.chart_only():
        share.draw_chart_only(shown, key, config, alt, url_state.address_query())
    st.plotly_chart(shown, key=key, config=config, width="stretch", alt=alt)
    return share.DrawnChart(share.page_id(), key, drawn_title, tables, int(shown.layout.height or 450))


def choose_one(page: str, param: str, label: str, labels: dict[str, str]) -> str:
    """One of a parameter's options as a segmented control; in the chart-only view, the link's value, undrawn."""
    if url_state.chart_only(page):
        return url_state.current(page, param)
    return st.segmented_control(
        label,
        options=list(url_state.PAGES[page][param].options),
        format_func=labels.__getitem__,
        required=True,
        key=url_state.widget_key(page, param),
    )


def chart_choice(page: str, labels: dict[str, str]) -> str:
    """Which of the page's charts is drawn: one at a time, and the link says which (`chart`)."""
    return choose_one(page, "chart", "Chart", labels)


def choose_several(page: str, param: str, label: str, format_func, **pills) -> list[str]:
    """A filter of several choices as pills, its options those of the link's `param`: every option in
    view and one tap to toggle on a phone. The answer is in the options' order, whatever order the
    reader clicked in, so one view is one cache key. `pills` go to st.pills (`help`, `wrap`).
    """
    options = url_state.PAGES[page][param].options
    if url_state.chart_only(page):
        chosen = url_state.current(page, param) or []
        return [option for option in options if option in chosen]
    chosen = st.pills(
        label,
        options=list(options),
        selection_mode="multi",
        format_func=format_func,
        key=url_state.widget_key(page, param),
        **pills,
    )
    return [option for option in options if option in chosen]


def filters(page: str, params: list[str], summary: list[str]):
    """A page's secondary filters (the link's `params`), folded behind one button whose label says
    what they are set to (`summary`).

    Use as `with layout.filters(PAGE, [...], [...]):` around those params' widgets. A closed
    popover's widgets are not drawn at all, and each drawn widget costs the browser time (in the
    benchmark, three more widgets cost a page about 10 % of the reference page's time to drawn
    charts); on a phone they also pushed the chart below the first screen. The widgets still run
    in every script run, so the link seeds them and their values hold while folded. The movement
    filter and the chart choice stay in view.
    """
    for param in params:
        key = url_state.widget_key(page, param)
        # A widget first drawn when the popover opens takes its value from the last run's message,
        # and that message carries the value only if the run set it; otherwise the widget shows
        # its declared default (and would send it back). Setting it in every run keeps it true.
        st.session_state[key] = st.session_state[key]
    return st.popover("Filters: " + " · ".join(summary), icon=":material/tune:")


def chosen_count(page: str, param: str, noun: str) -> str:
    """'all 7 kinds' or '3 of 7 kinds': how much of a several-choice filter is chosen, for a filters label."""
    options = url_state.PAGES[page][param].options
    chosen = len(url_state.current(page, param) or [])
    return f"all {len(options)} {noun}" if chosen == len(options) else f"{chosen} of {len(options)} {noun}"


def movement_filter(page: str) -> list[str]:
    """The movements a comparing page shows, chosen in the page itself (`movement`, kept across pages).

    Pills in the page body, not a sidebar: a phone hides the sidebar behind a button, and the
    sidebar cost the browser time to draw. No help tooltip either: each one is a component to
    draw. `url_state.view` seeds the value from the link, or from the last comparing page when
    the link has none.
    """
    return choose_several(page, "movement", "Movements", MOVEMENT_LABELS.__getitem__)


def rows_with_sources(
    frame: pd.DataFrame,
    columns: list[str],
    *,
    key: str,
    file_name: str,
    folded: bool = True,
    title: str = "The rows behind this view, with their sources",
    caption: str | None = None,
) -> None:
    """The rows behind a chart, source links clickable, and a CSV download of exactly those rows.

    Folded by default, in an expander that builds the table only once opened: a table is
    the costliest thing a page draws, and a closed expander costs next to nothing. The
    title must not change with the filters: Streamlit would take it for a new expander
    and close the reader's open table.
    """
    shown = frame[columns]
    if not folded:
        _table(shown, key=key, file_name=file_name, caption=caption)
        return
    rows = st.expander(title, key=f"{key}-open", on_change="rerun")
    if rows.open:
        with rows:
            _table(shown, key=key, file_name=file_name, caption=caption)


def _table(shown: pd.DataFrame, *, key: str, file_name: str, caption: str | None) -> None:
    if caption:
        st.caption(caption)
    link_columns = {
        name: st.column_config.LinkColumn(name.replace("_", " "), display_text=r"https?://(?:www\.)?([^/]+).*")
        for name in shown.columns
        if name.startswith("source_url")
    }
    st.dataframe(shown, hide_index=True, column_config=link_columns, width="stretch", key=f"{key}-table")
    st.download_button(
        f"Download these {len(shown)} rows (CSV)",
        data=csv_bytes(shown),
        file_name=file_name,
        mime="text/csv",
        key=f"{key}-download",
    )


def share_link(query: str, drawn: share.DrawnChart | None = None) -> None:
    """The full link of the current view, as text to copy (the address bar holds it too); under a chart
    (`drawn`), a folded panel to copy it, embed the chart, cite the view and download the chart.

    In the chart-only view of a page that drew no chart (an empty choice), the link to the full view.
    """
    link = share.links(query)[0]
    if share.chart_only():
        share.full_view_link(link)
        return
    st.caption(f"Link to exactly this view: {link}")
    if drawn is None:
        return
    # A fixed title: Streamlit tells expanders apart by it, and an open panel stays open across filter changes.
    shared = st.expander("Copy the link, embed or cite this view, download the chart", key=f"{drawn.page}-share",
                         on_change="rerun")
    if shared.open:
        with shared:
            share.panel(query, drawn)
