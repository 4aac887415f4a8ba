"""The HTML pieces escape every piece of data text they are given."""

from __future__ import annotations

import re

import pytest

from ui import html


def test_text_escapes_markup_and_ampersands():
    assert html.text('<script>alert("x")</script> & co') == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"


def test_link_quotes_the_address_and_escapes_the_words_and_opens_a_new_tab():
    made = html.link("<b>site</b>", 'https://example.org/?a=1&b="2"')
    assert 'href="https://example.org/?a=1&amp;b=&quot;2&quot;"' in made
    assert ">&lt;b&gt;site&lt;/b&gt;</a>" in made
    assert 'target="_blank"' in made and 'rel="noopener noreferrer"' in made


def test_badge_and_coloured_text_escape_their_words_and_use_the_named_colour():
    assert 'class="badge ink-red paper-red"' in html.badge("<i>No</i>", "red")
    assert "&lt;i&gt;No&lt;/i&gt;" in html.badge("<i>No</i>", "red")
    assert html.coloured("a<b", "green") == '<span class="ink-green">a&lt;b</span>'


def test_an_unknown_colour_is_refused():
    with pytest.raises(KeyError):
        html.badge("x", "purple")
    with pytest.raises(KeyError):
        html.coloured("x", "purple")


def test_every_class_the_pieces_use_is_styled_by_the_site_stylesheet():
    pieces = [html.link("a", "https://example.org"), html.card("x", claim="c1")]
    pieces += [html.badge("x", name) + html.coloured("x", name) for name in html.COLOURS]
    used = {name for piece in pieces for names in re.findall(r'class="([^"]+)"', piece) for name in names.split()}
    assert used and all(re.search(rf"\.{re.escape(name)}\b[^{{]*\{{", html.SITE_STYLE) for name in used), used


def test_the_navigation_carries_the_site_stylesheet():
    nav = html.page_links([("Overview", "./")], "./")
    assert nav.endswith(f"<style>{html.SITE_STYLE}</style>")


def test_card_names_itself_with_escaped_data_attributes():
    made = html.card("<p>inner</p>", claim='C4" onclick="x')
    assert made.startswith('<section data-claim="C4&quot; onclick=&quot;x" class="card">')
    assert made.endswith("<p>inner</p></section>")


def test_page_links_mark_only_the_current_page_and_escape_titles():
    nav = html.page_links([("Overview", "./"), ("Claims & <notes>", "claims"), ("About", "about")], "claims")
    assert nav.startswith('<nav class="site-nav" aria-label="Pages">')
    assert nav.count("data-in-app aria-current=page") == 1
    assert '<a href="claims" data-in-app aria-current=page>Claims &amp; &lt;notes&gt;</a>' in nav
    assert '<a href="./" data-in-app>Overview</a>' in nav


def test_page_links_are_relative_so_the_app_works_under_a_base_path():
    nav = html.page_links([("Overview", "./"), ("Timeline", "timeline")], "./")
    hrefs = [part.split('"')[1] for part in nav.split("href=")[1:]]
    assert hrefs == ["./", "timeline"]
    assert all(not href.startswith(("/", "http")) for href in hrefs)
