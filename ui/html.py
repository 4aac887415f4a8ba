"""Small HTML pieces for the pages' data-driven cards, drawn with st.html.

Long cards built from data (the claims, the overview's numbers) are HTML rather than
Markdown or many small elements: the browser's Markdown renderer and each Streamlit
element cost drawing time, and these cards were most of their pages' time. Every
piece of data text goes through `escape`; links open in a new tab as Markdown links do.
"""

from __future__ import annotations

from html import escape

LINK_COLOUR = "#0068c9"
COLOURS = {  # text, background: the tones of Streamlit's badges
    "green": ("#12732f", "rgba(33,195,84,0.1)"),  # text darker than the badges': 4.5:1 contrast on the tint
    "orange": ("#a65300", "rgba(255,164,33,0.12)"),
    "red": ("#bd4043", "rgba(255,43,43,0.09)"),
    "gray": ("#5a5d69", "rgba(49,51,63,0.08)"),
}
# The cards' looks as classes in one stylesheet (`SITE_STYLE`, sent once per page with the
# navigation) rather than a style attribute on every badge, link and card (docs/decisions.md).
# A card off screen is not laid out until it is scrolled near (content-visibility), so the
# chart's drawing, which measures text and so forces layouts, does not lay out the cards below it.
CARD_STYLE = (
    ".card{border:1px solid rgba(49,51,63,0.2);border-radius:0.5rem;padding:0.75rem 1rem;margin:0 0 1rem 0;"
    "content-visibility:auto;contain-intrinsic-size:auto 16rem}"
    "a.out{color:" + LINK_COLOUR + "}"
    ".badge{border-radius:0.5rem;padding:0.1rem 0.4rem;font-size:0.875rem;white-space:nowrap}"
    # Sizes by class, levels by the page's outline (a heading never skips a level: axe-core's heading-order).
    ".heading{margin:0 0 0.5rem 0;padding:0;font-weight:600}.heading.large{font-size:1.5rem}"
    ".heading.medium{font-size:1.25rem;margin-top:0.75rem}.heading.small{font-size:1.125rem;line-height:1.4}"
    "p.flush{margin:0}p.lead{margin:0 0 0.5rem 0}p.last{margin-bottom:0}p.after{margin:0.5rem 0 0 0}"
    ".side-by-side{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:0 1rem}"
    ".number{margin-top:0.9rem}.number .small{font-size:0.875rem}.number .value{font-size:1.75rem;line-height:1.3}"
    + "".join(f".ink-{name}{{color:{ink}}}.paper-{name}{{background:{paper}}}" for name, (ink, paper) in COLOURS.items())
)


def _tone(colour: str) -> str:
    """A colour of COLOURS, named in the classes; any other is a mistake in the code."""
    if colour not in COLOURS:
        raise KeyError(f"no such colour: {colour}")
    return colour


def text(value: object) -> str:
    """Data text, escaped."""
    return escape(str(value))


def link(words: str, url: str) -> str:
    return (f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener noreferrer" '
            f'class="out">{escape(words)}</a>')


def badge(words: str, colour: str) -> str:
    colour = _tone(colour)
    return f'<span class="badge ink-{colour} paper-{colour}">{escape(words)}</span>'


def coloured(words: str, colour: str) -> str:
    return f'<span class="ink-{_tone(colour)}">{escape(words)}</span>'


def card(inner: str, **data: str) -> str:
    """A bordered card; `data` become data- attributes that name it (e.g. claim="C4")."""
    names = "".join(f' data-{key}="{escape(value, quote=True)}"' for key, value in data.items())
    return f'<section{names} class="card">{inner}</section>'


# One row of page links; on a narrow screen the row scrolls sideways rather than wrapping into
# several rows above every page's title.
NAV_STYLE = (
    ".site-nav{display:flex;gap:0.25rem 1.25rem;overflow-x:auto;white-space:nowrap;scrollbar-width:thin}"
    ".site-nav a{color:inherit;text-decoration:none;padding:0.25rem 0 0.2rem 0;border-bottom:2px solid transparent}"
    ".site-nav a:hover{border-bottom-color:rgba(49,51,63,0.4)}"
    ".site-nav a[aria-current=page]{font-weight:600;border-bottom-color:currentColor}"
)
# Streamlit fades its captions to 60 % opacity (#797979 on white, 4.35:1); text needs 4.5:1 (axe-core color-contrast).
TEXT_STYLE = "[data-testid=stCaptionContainer]{color:#5a5d69;opacity:1}"
# Elements that only carry a script or a marker for one take no room (nor the gap between elements).
UNSEEN_STYLE = (
    "[data-testid=stElementContainer]:has(> [data-testid=stHtml] > script:only-child),"
    "[data-testid=stElementContainer]:has(> [data-testid=stHtml] > span[hidden]:only-child){display:none}"
)
# Everything the pages' HTML is styled with, sent once per page with the navigation.
SITE_STYLE = NAV_STYLE + CARD_STYLE + TEXT_STYLE + UNSEEN_STYLE


def page_links(links: list[tuple[str, str]], current_href: str) -> str:
    """The site's navigation: (title, href) pairs, the current page's link marked `aria-current`.

    It carries the site's stylesheet: the navigation is the first element of every page.

    `data-in-app` asks the page's history script (streamlit_workarounds) to switch pages without reloading.
    """
    items = "".join(
        f'<a href="{escape(href, quote=True)}" data-in-app{" aria-current=page" if href == current_href else ""}>'
        f"{escape(title)}</a>"
        for title, href in links
    )
    return f'<nav class="site-nav" aria-label="Pages">{items}</nav><style>{SITE_STYLE}</style>'
