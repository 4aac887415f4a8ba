"""The language of the current script run, held in a context variable so concurrent readers never share it."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token

DEFAULT_LANGUAGE = "en"
# Each language named in its own script, as the language switch shows it.
LANGUAGES = {"en": "English", "my": "မြန်မာ"}

_language: ContextVar[str] = ContextVar("language", default=DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language code of the current script run ('en' unless set)."""
    return _language.get()


def set_language(code: str) -> Token:
    """Make `code` the language of the rest of this run (call once at the top of each script run)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; expected one of {sorted(LANGUAGES)}")
    return _language.set(code)


@contextmanager
def use_language(code: str) -> Iterator[str]:
    """Translate in `code` inside the block, then restore the language before it."""
    token = set_language(code)
    try:
        yield code
    finally:
        _language.reset(token)
