"""The reader's language of a benchmark run: the page addresses in it, and the checks that pages came out in it.

Pure: no timing, no browser. `--language my` opens every page as a Burmese reader does (`?lang=my`);
a page that comes out in another language is an error of that page, not a figure.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from i18n import DEFAULT_LANGUAGE, LANGUAGES
from i18n.text import MYANMAR

# The letters of each language's own script; English has none to look for (its pages are the default).
SCRIPT_LETTERS = {"my": re.compile(f"[{MYANMAR}]")}
SCRIPT_NAMES = {"my": "Myanmar script"}
LATIN_LETTER = re.compile("[A-Za-z]")
# Share of a page's letters in its language's script, as the issue asks of every Burmese page.
MIN_SCRIPT_SHARE = 0.6

__all__ = [
    "DEFAULT_LANGUAGE", "LANGUAGES", "document_language_error", "language_note", "language_query", "page_url",
    "script_share", "text_language_error",
]


def language_query(language: str | None = None) -> dict[str, str]:
    """The query parameters that open a page in `language`: none for the default language (links leave it out)."""
    return {} if language in (None, DEFAULT_LANGUAGE) else {"lang": language}


def page_url(base_url: str, path: str, language: str | None = None) -> str:
    """The address a reader of `language` opens: `base/path`, with `?lang=` unless it is the default language."""
    query = urlencode(language_query(language))
    return f"{base_url}/{path}" + (f"?{query}" if query else "")


def script_share(text: str, language: str) -> float | None:
    """Share of the letters of `text` (its language's script and Latin) in `language`'s script; None without letters."""
    script = len(SCRIPT_LETTERS[language].findall(text))
    letters = script + len(LATIN_LETTER.findall(text))
    return script / letters if letters else None


def text_language_error(text: str, language: str) -> str | None:
    """Why a page whose text is `text` did not come out in `language`, or None when it did (or there is nothing to check)."""
    if language not in SCRIPT_LETTERS:
        return None
    share = script_share(text, language)
    if share is not None and share >= MIN_SCRIPT_SHARE:
        return None
    measured = "no letters at all" if share is None else f"{share:.0%} of its letters"
    return (
        f"the page came out in English, not lang={language}: {measured} in {SCRIPT_NAMES[language]} "
        f"(at least {MIN_SCRIPT_SHARE:.0%} expected)"
    )


def document_language_error(seen: str | None, language: str) -> str | None:
    """Why a browser page whose `<html lang>` is `seen` is not in `language`, or None when it is."""
    if seen == language:
        return None
    return f"the browser page's <html lang> is {seen!r}, not {language!r}: it did not open in the language asked for"


def language_note(language: str) -> str:
    """How a run in `language` opened the pages and what it counts as a page in another language (for the report)."""
    return (
        f"every page opened with `?lang={language}`: in process (AppTest's `lang` query parameter) and in the browser "
        "(warm-up, timed runs, memory sessions, whose navigation links carry the language); the reference app is the "
        f"same as for English. A page whose `<html lang>` is not `{language}`, or whose titles, headings, Markdown and "
        f"captions in AppTest have under {MIN_SCRIPT_SHARE:.0%} of their letters in {SCRIPT_NAMES[language]}, is an "
        "error of that page."
    )
