"""Page parts every page shares: the navigation, the data-error panel, the movement filter, source tables, downloads and the share link."""

from __future__ import annotations

import contextlib
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import figure as figures
from i18n import DEFAULT_LANGUAGE, LANGUAGES, _, current_language, localise_digits, ngettext, set_language
from transforms import localise
from transforms.export import csv_bytes
from transforms.validate import DataError
from ui import data, html, pages, share, streamlit_workarounds, url_state
from ui.table_headers import header
from vocabulary.movements import MOVEMENT_LABELS

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def use_reader_language(page: str) -> str:
    """Set this run's language from the link (`lang`, kept across pages) and draw the switch between languages."""
    language = url_state.current(page, "lang")
    set_language(language)
    if url_state.chart_only(page):
        return language  # the chart alone: no switch
    st.segmented_control(
        _("Language"),
        options=list(LANGUAGES),
        format_func=LANGUAGES.__getitem__,  # each language named in its own script
        required=True,
        key=url_state.widget_key(page, "lang"),
        label_visibility="collapsed",
    )
    return language


def site_navigation(current: str) -> None:
    """A row of links to every page, in place of Streamlit's navigation bar (st.navigation is hidden).

    One HTML element is cheaper for the browser to draw than the bar (docs/decisions.md). The links
    are relative, so the app works under any base path, and plain links: a modifier-click opens
    a new tab; a plain click switches pages in this session (streamlit_workarounds' history script).
    Each link carries the reader's language, so a page opened in a new tab is in it too.
    """
    language = current_language()
    suffix = "" if language == DEFAULT_LANGUAGE else "?" + url_state.query_string({"lang": language})

    def href(page: pages.Page) -> str:
        return (page.url_path or "./") + suffix  # the default page's path is empty

    st.html(html.page_links([(_(page.title), href(page)) for page in pages.PAGES.values()], href(pages.PAGES[current])))


def tables_or_stop() -> dict[str, pd.DataFrame]:
    """The tables, or one clear error panel naming the broken file and rule (never a traceback)."""
    try:
        return data.tables()
    except DataError as error:
        st.error(
            _("The dashboard cannot show this page because a data file is invalid: {files}. Fix the file and reload. "
              "Problems found:").format(files=", ".join(error.files)),
            icon=":material/error:",
        )
        st.code(str(error), language=None, wrap_lines=True)
        st.stop()


class _SentFigure(go.Figure):
    """A built figure as st.plotly_chart takes it, its dict made once.

    st.plotly_chart turns a figure into a dict (`Figure.to_dict`, a deep copy of the whole
    figure) on every run, though the pages' figures are cached views that never change. This
    stand-in holds that dict and hands it over; it is nothing else of a figure.
    """

    def __init__(self, as_dict: dict) -> None:  # noqa: D107 - deliberately not go.Figure's
        self.__dict__["_as_dict"] = as_dict

    def to_dict(self) -> dict:
        return self.__dict__["_as_dict"]


def _shown(fig: go.Figure, tables: tuple[str, ...], title: str | None) -> tuple[_SentFigure, int]:
    """The figure as drawn (with its source line), converted once per source line and title."""
    source = share.source_line(share.data_version(data.folder(), tables))
    sent = fig.__dict__.setdefault("_sent_figures", {})
    if (source, title) not in sent:
        shown = figures.with_source(fig, source, title)
        sent[(source, title)] = (_SentFigure(shown.to_dict()), int(shown.layout.height or 450))
    return sent[(source, title)]


def _panel(fig: go.Figure, key: str, tables: tuple[str, ...], description: str, title: str | None) -> share.Panel:
    """One figure to draw: as sent (with its source line), its options, text alternative, title and height."""
    drawn_title = (fig.layout.title.text or title or "").strip()
    shown, height = _shown(fig, tables, title)
    config = {**PLOTLY_CONFIG, **share.figure_config(key)}
    return share.Panel(shown, key, config, share.alt_text(drawn_title, description), drawn_title, height)


def chart(
    fig: go.Figure, key: str, *, tables: tuple[str, ...], description: str, title: str | None = None
) -> share.DrawnChart:
    """Draw a page's chart with its source line (from the `tables` it uses) and a text alternative built
    from `description` (the page's reading); `title` names a figure that has no title of its own. The
    figure (a cached view, never changed once built) is converted once.

    In the chart-only view (`view=chart`) this is all the page shows, and the page stops here.
    """
    panel = _panel(fig, key, tables, description, title)
    if share.chart_only():
        share.draw_chart_only([panel], url_state.address_query())
    share.draw_figures([panel])
    return share.DrawnChart(share.page_id(), key, panel.title, tables, panel.height)


def chart_panels(
    panels: list[tuple[go.Figure, str]], *, title: str, tables: tuple[str, ...], description: str
) -> share.DrawnChart:
    """Draw one chart made of several titled figures (`panels`: each with its key), side by side in columns
    that stack on a phone, each with its source line and text alternative; `title` names the whole chart.

    In the chart-only view this is all the page shows, and the page stops here.
    """
    drawn = [_panel(fig, key, tables, description, None) for fig, key in panels]
    if share.chart_only():
        share.draw_chart_only(drawn, url_state.address_query())
    share.draw_figures(drawn)
    return share.DrawnChart(
        share.page_id(), drawn[0].key, title, tables, sum(panel.height for panel in drawn),
        panels=tuple((panel.key, panel.title) for panel in drawn),
    )


def choose_one(page: str, param: str, label: str, labels: dict[str, str]) -> str:
    """One of a parameter's options as a segmented control; in the chart-only view, the link's value, undrawn."""
    if url_state.chart_only(page):
        return url_state.current(page, param)
    return st.segmented_control(
        label,
        options=list(pages.PAGES[page].params[param].options),
        format_func=labels.__getitem__,
        required=True,
        key=url_state.widget_key(page, param),
    )


def chart_choice(page: str, labels: dict[str, str]) -> str:
    """Which of the page's charts is drawn: one at a time, and the link says which (`chart`)."""
    return choose_one(page, "chart", _("Chart"), labels)


def choose_several(page: str, param: str, label: str, format_func, **pills) -> list[str]:
    """A filter of several choices as pills, its options those of the link's `param`: every option in
    view and one tap to toggle on a phone. The answer is in the options' order, whatever order the
    reader clicked in, so one view is one cache key. `pills` go to st.pills (`help`, `wrap`).
    """
    options = pages.PAGES[page].params[param].options
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
    popover's widgets are not drawn, which saves the browser time and keeps the chart on a phone's
    first screen (docs/decisions.md). The widgets still run in every script run, so the link seeds
    them and their values hold while folded. The movement filter and the chart choice stay in view.
    """
    if url_state.chart_only(page):
        # The chart alone: no popover, whose children arriving after the chart-only placeholder replaced it
        # broke the browser's page ("Bad delta path"); its widgets run in the placeholder, each replaced in turn.
        return contextlib.nullcontext()
    for param in params:
        # Drawn only once the popover opens: its value must be in every run's message.
        streamlit_workarounds.reseed_widget(url_state.widget_key(page, param))
    return st.popover(_("Filters: {summary}").format(summary=" · ".join(summary)), icon=":material/tune:")


def chosen_count(page: str, param: str, noun: str) -> str:
    """'all 7 kinds' or '3 of 7 kinds': how much of a several-choice filter is chosen, for a filters label.

    `noun` is already in the reader's language."""
    options = pages.PAGES[page].params[param].options
    chosen = len(url_state.current(page, param) or [])
    total = localise_digits(str(len(options)))
    if chosen == len(options):
        return _("all {total} {noun}").format(total=total, noun=noun)
    return _("{chosen} of {total} {noun}").format(chosen=localise_digits(str(chosen)), total=total, noun=noun)


def movement_filter(page: str) -> list[str]:
    """The movements a comparing page shows, chosen in the page itself (`movement`, kept across pages).

    Pills in the page body, not a sidebar: a phone hides the sidebar behind a button, and the
    sidebar cost the browser time to draw. No help tooltip either: each one is a component to
    draw. `url_state.view` seeds the value from the link, or from the last comparing page when
    the link has none.
    """
    return choose_several(page, "movement", _("Movements"), lambda movement: _(MOVEMENT_LABELS[movement]))


def rows_with_sources(
    frame: pd.DataFrame,
    columns: list[str],
    *,
    key: str,
    file_name: str,
    folded: bool = True,
    as_stored: bool = False,
    title: str | None = None,
    caption: str | None = None,
) -> None:
    """The rows behind a chart, source links clickable, and a CSV download of exactly those rows.

    Folded by default, in an expander that builds the table only once opened: a table is
    the costliest thing a page draws, and a closed expander costs next to nothing. The
    title must not change with the filters: Streamlit would take it for a new expander
    and close the reader's open table. `as_stored`: text columns as the data holds them (the Data page, which
    shows the Burmese `_my` columns as columns of their own); otherwise in the reader's language.
    """
    title = title or _("The rows behind this view, with their sources")
    if not folded:
        _table(frame, columns, key=key, file_name=file_name, caption=caption, as_stored=as_stored)
        return
    rows = st.expander(title, key=f"{key}-open", on_change="rerun")
    if rows.open:
        with rows:
            _table(frame, columns, key=key, file_name=file_name, caption=caption, as_stored=as_stored)


def _table(frame: pd.DataFrame, columns: list[str], *, key: str, file_name: str, caption: str | None, as_stored: bool) -> None:
    """The rows in the reader's language (headers and data text); the download keeps the English and the ids."""
    if caption:
        st.caption(caption)
    shown = frame[columns]
    # A table shown as stored (the Data page's, whose `_my` columns are among its columns) keeps its English text.
    texts = [] if as_stored else [name for name in columns if f"{name}{localise.TRANSLATED_SUFFIX}" in frame.columns]
    on_screen = localise.category_words(shown.assign(**{name: localise.text(frame, name) for name in texts}) if texts else shown)
    column_config = {
        name: (
            st.column_config.LinkColumn(header(name), display_text=r"https?://(?:www\.)?([^/]+).*")
            if name.startswith("source_url")
            else st.column_config.Column(header(name))
        )
        for name in shown.columns
    }
    st.dataframe(on_screen, hide_index=True, column_config=column_config, width="stretch", key=f"{key}-table")
    st.download_button(
        ngettext("Download this {count} row (CSV)", "Download these {count} rows (CSV)", len(shown)).format(
            count=localise_digits(str(len(shown)))
        ),
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
    st.caption(_("Link to exactly this view: {link}").format(link=link))
    if drawn is None:
        return
    # A fixed title: Streamlit tells expanders apart by it, and an open panel stays open across filter changes.
    shared = st.expander(_("Copy the link, embed or cite this view, download the chart"), key=f"{drawn.page}-share",
                         on_change="rerun")
    if shared.open:
        with shared:
            share.panel(query, drawn)
