"""Small HTML pieces for the pages' data-driven cards, drawn with st.html.

Long cards built from data (the claims, the overview's numbers) are HTML rather than
Markdown or many small elements: the browser's Markdown renderer and each Streamlit
element cost drawing time, and these cards were most of their pages' time. Every
piece of data text goes through `escape`; links open in a new tab as Markdown links do.
"""

from __future__ import annotations

from html import escape

CARD_STYLE = "border:1px solid rgba(49,51,63,0.2);border-radius:0.5rem;padding:0.75rem 1rem;margin:0 0 1rem 0"
LINK_COLOUR = "#0068c9"
COLOURS = {  # text, background: the tones of Streamlit's badges
    "green": ("#158237", "rgba(33,195,84,0.1)"),
    "orange": ("#b45a00", "rgba(255,164,33,0.12)"),
    "red": ("#bd4043", "rgba(255,43,43,0.09)"),
    "gray": ("#5a5d69", "rgba(49,51,63,0.08)"),
}


def text(value: object) -> str:
    """Data text, escaped."""
    return escape(str(value))


def link(words: str, url: str) -> str:
    return (f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener noreferrer" '
            f'style="color:{LINK_COLOUR}">{escape(words)}</a>')


def badge(words: str, colour: str) -> str:
    ink, paper = COLOURS[colour]
    return (f'<span style="color:{ink};background:{paper};border-radius:0.5rem;padding:0.1rem 0.4rem;'
            f'font-size:0.875rem;white-space:nowrap">{escape(words)}</span>')


def coloured(words: str, colour: str) -> str:
    return f'<span style="color:{COLOURS[colour][0]}">{escape(words)}</span>'


def card(inner: str, **data: str) -> str:
    """A bordered card; `data` become data- attributes that name it (e.g. claim="C4")."""
    names = "".join(f' data-{key}="{escape(value, quote=True)}"' for key, value in data.items())
    return f'<section{names} style="{CARD_STYLE}">{inner}</section>'


# One row of page links; on a narrow screen the row scrolls sideways rather than wrapping into
# several rows above every page's title.
NAV_STYLE = (
    ".site-nav{display:flex;gap:0.25rem 1.25rem;overflow-x:auto;white-space:nowrap;scrollbar-width:thin}"
    ".site-nav a{color:inherit;text-decoration:none;padding:0.25rem 0 0.2rem 0;border-bottom:2px solid transparent}"
    ".site-nav a:hover{border-bottom-color:rgba(49,51,63,0.4)}"
    ".site-nav a[aria-current=page]{font-weight:600;border-bottom-color:currentColor}"
)


def page_links(links: list[tuple[str, str]], current_href: str) -> str:
    """The site's navigation: (title, href) pairs, the current page's link marked `aria-current`.

    `data-in-app` asks the page's history script (url_state) to switch pages without reloading.
    """
    items = "".join(
        f'<a href="{escape(href, quote=True)}" data-in-app{" aria-current=page" if href == current_href else ""}>'
        f"{escape(title)}</a>"
        for title, href in links
    )
    return f'<nav class="site-nav" aria-label="Pages">{items}</nav><style>{NAV_STYLE}</style>'
