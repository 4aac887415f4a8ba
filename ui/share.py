"""Sharing a chart: the chart-only view for embedding (`view=chart`), and the share panel of every chart page
(the link, an `<iframe>` of the chart alone, "Cite this view" as a line and as BibTeX, the SVG download).

The chart-only view draws the page's chart with a one-line heading and a link to the full view, and stops
the page there: the entry script runs the page inside one placeholder (`st.empty`), so everything the page
drew before the chart is replaced by it, and the filters take their values from the link without being drawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from datetime import datetime, timezone
from html import escape

import plotly.graph_objects as go
import streamlit as st

from i18n import _, pgettext
from transforms import export
from ui import data, html, url_state

_PAGE_KEY = "_share_page"  # (page id, page title) of this run, set by the entry script
# The chart-only view's own page around the chart: the heading, the chart and the link under it.
IFRAME_CHROME_PX = 110


@dataclass(frozen=True)
class DrawnChart:
    """What the share panel needs of the chart a page drew."""

    page: str  # the page's id
    key: str
    title: str
    tables: tuple[str, ...]  # the tables the view draws on, named as on the Data page
    height: int  # px, source line included; a chart of several panels: theirs one above the other
    # A chart drawn as several figures (the Where page's map, one per movement): (key, title) of each.
    panels: tuple[tuple[str, str], ...] = ()


class Panel(NamedTuple):
    """One figure of a chart, ready to draw."""

    figure: go.Figure  # as sent, its source line in it
    key: str
    config: dict  # Plotly's options
    alt: str  # the text alternative
    title: str
    height: int  # px


def draw_figures(panels: list[Panel]) -> None:
    """A chart's figures: one as it is, several side by side in columns (Streamlit stacks them under 640 px)."""
    if len(panels) == 1:
        _draw(panels[0])
        return
    for column, panel in zip(st.columns(len(panels)), panels):
        with column:
            _draw(panel)


def _draw(panel: Panel) -> None:
    st.plotly_chart(panel.figure, key=panel.key, config=panel.config, width="stretch", alt=panel.alt)


def start_page(page_id: str, title: str) -> None:
    """Name the page this run shows (the entry script calls it before running the page)."""
    st.session_state[_PAGE_KEY] = (page_id, title)


def page_title() -> str:
    """The page's title in the reader's language."""
    title = st.session_state.get(_PAGE_KEY, ("", ""))[1]
    return _(title) if title else ""


def page_id() -> str:
    return st.session_state.get(_PAGE_KEY, ("", ""))[0]


def chart_only() -> bool:
    """Whether this run draws the page's chart alone (`view=chart`)."""
    return bool(page_id()) and url_state.chart_only(page_id())


@st.cache_resource(max_entries=32, show_spinner=False)
def data_version(data_dir: str, tables: tuple[str, ...]) -> str:
    """The version of the data a view uses (`export.tables_version`), computed once per set of tables."""
    return export.tables_version(data.tables(), tables)


def source_line(version: str) -> str:
    """The chart's one-line source, drawn in the figure so it is in every image of it."""
    return _("Source: {dashboard} · data {version}").format(
        dashboard=_(export.DASHBOARD_TITLE), version=version.removeprefix("sha256:"))


_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def plain_text(markdown: str) -> str:
    """Markdown as the words a screen reader should say: emphasis marks and link targets left out."""
    return " ".join(_MARKUP.sub("", _LINK.sub(r"\1", markdown)).split())


def alt_text(title: str, description: str) -> str:
    """The chart's text alternative: its title, then what its data say (the page's reading)."""
    return _("Chart: {title}. {description}").format(title=title, description=plain_text(description)).strip()


def links(query: str) -> tuple[str, str]:
    """(the full view's link, the chart-only view's link) of the current view."""
    base = st.context.url or ""

    def full(query_string: str) -> str:
        return f"{base}?{query_string}" if query_string else base

    return full(url_state.with_view(query, "full")), full(url_state.with_view(query, "chart"))


def iframe(chart_link: str, drawn: DrawnChart) -> str:
    """A ready `<iframe>` of the chart-only view: its height the chart's and its page's, its title the chart's."""
    title = _("{chart} ({dashboard})").format(chart=drawn.title, dashboard=_(export.DASHBOARD_TITLE))
    return (
        f'<iframe src="{escape(chart_link, quote=True)}" title="{escape(title, quote=True)}" '
        f'width="100%" height="{drawn.height + IFRAME_CHROME_PX}" style="border:0" loading="lazy"></iframe>'
    )


# The chart-only page: no Streamlit header bar and little padding, so the chart fills the frame.
CHART_ONLY_STYLE = (
    "<style>header[data-testid=stHeader],[data-testid=stDecoration]{display:none}" + html.UNSEEN_STYLE +
    "[data-testid=stMainBlockContainer]{padding:0.5rem 0.75rem 0.25rem 0.75rem}"
    "h1.chart-only-title{font-size:1rem;line-height:1.4;margin:0;padding:0;font-weight:600}"
    "p.chart-only-foot{margin:0;font-size:0.875rem}p.chart-only-foot a{color:#0068c9}</style>"
)


def chart_only_style() -> None:
    st.html(CHART_ONLY_STYLE)


def full_view_link(full_link: str) -> None:
    """The chart-only view's way back: the same view with its filters, in a new tab (out of an embedding page)."""
    words = _("Open the full view")
    st.html(
        f'<p class="chart-only-foot"><a href="{escape(full_link, quote=True)}" target="_blank" '
        f'rel="noopener">{escape(words)}</a></p>'
    )


def draw_chart_only(panels: list[Panel], query: str) -> None:
    """The chart-only view: a heading naming the site and page, the chart (its figures drawn as in the full
    view), the link to the full view; then stop."""
    with st.container(key="chart-only"):
        heading = _("{dashboard}: {page}").format(dashboard=_(export.DASHBOARD_TITLE), page=page_title())
        st.html(f'<h1 class="chart-only-title">{escape(heading)}</h1>')
        draw_figures(panels)
        full_view_link(links(query)[0])
    st.stop()


# Plotly's toolbar downloads a PNG; the same button gives an SVG when its options ask for one.
# A button `data-svg-of=<chart key>` asks the chart for an SVG through it and puts the options back.
# A constant script: nothing from the URL or the data is part of it.
_SVG_SCRIPT = """
<script>
(() => {
  if (window.__uprisingsSvgScript) return;
  window.__uprisingsSvgScript = true;
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-svg-of]") : null;
    if (!button) return;
    const plot = document.querySelector(`.st-key-${CSS.escape(button.dataset.svgOf)} .js-plotly-plot`);
    const camera = plot && plot.querySelector('.modebar-btn[data-title^="Download plot"]');
    if (!camera || !plot._context) return;
    const options = plot._context.toImageButtonOptions || {};
    plot._context.toImageButtonOptions = {...options, format: "svg", scale: 1};
    try { camera.dispatchEvent(new MouseEvent("click", {bubbles: true})); }
    finally { plot._context.toImageButtonOptions = options; }
  });
})();
</script>
"""


def svg_button(key: str, panel: str | None = None) -> None:
    """The button (plain, sanitised HTML naming the chart, or one `panel` of it) and the one constant script
    that serves it."""
    words = _("Download the chart as SVG") if panel is None else _("Download {panel} as SVG").format(panel=panel)
    st.html(
        f'<button type="button" class="svg-download" data-svg-of="{escape(key, quote=True)}">'
        f"{escape(words)}</button>"
        "<style>button.svg-download{font:inherit;padding:0.25rem 0.75rem;border-radius:0.5rem;"
        "border:1px solid rgba(49,51,63,0.2);background:#fff;color:inherit;cursor:pointer}"
        "button.svg-download:hover{border-color:#ff4b4b;color:#ff4b4b}</style>"
    )
    st.html(_SVG_SCRIPT, unsafe_allow_javascript=True, width="content")


def panel(query: str, drawn: DrawnChart) -> None:
    """The share panel's contents: copy the link, embed the chart, cite the view, download the chart."""
    full_link, chart_link = links(query)
    version = data_version(data.folder(), drawn.tables)
    accessed = datetime.now(timezone.utc).date()
    st.markdown("**{}**".format(_("Link to this view")))
    st.code(full_link, language=None, wrap_lines=True)
    st.markdown(_("**Embed the chart alone** (an `<iframe>` of its chart-only view, with the same filters)"))
    st.code(iframe(chart_link, drawn), language="html", wrap_lines=True)
    st.markdown("**{}**".format(_("Cite this view")))
    st.code(export.view_citation(page_title(), drawn.title, version, drawn.tables, accessed, full_link),
            language=None, wrap_lines=True)
    st.markdown("**BibTeX**")
    st.code(export.view_bibtex(drawn.page, page_title(), drawn.title, version, drawn.tables, accessed, full_link),
            language="latex", wrap_lines=True)
    st.caption(
        _("The data version is the start of the SHA-256 of the CSV downloads of the tables this view uses "
          "({tables}), in name order, from the Data page; for one table it is the version "
          "the Data page shows.").format(tables=pgettext("list separator", ", ").join(drawn.tables))
    )
    st.markdown(_("**Download the chart as it is**, with its title and source line: a PNG from the camera "
                  "button of the chart's toolbar, or an SVG to edit:"))
    if not drawn.panels:
        svg_button(drawn.key)
    for key, panel in drawn.panels:
        svg_button(key, panel)


def figure_config(key: str) -> dict:
    """Plotly's options for one chart: the image downloads named after the chart."""
    return {"toImageButtonOptions": {"format": "png", "filename": key, "scale": 2}}

