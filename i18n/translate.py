"""Message translation through the compiled gettext catalogue of the current language (English is the identity)."""

import gettext as _gettext
from functools import cache
from pathlib import Path

from i18n.language import DEFAULT_LANGUAGE, current_language

DOMAIN = "messages"
LOCALE_DIR = Path(__file__).parent / "locales"


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """The compiled catalogue of one language, read once per process."""
    if language == DEFAULT_LANGUAGE:
        return _gettext.NullTranslations()
    with open(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo", "rb") as compiled:
        return _gettext.GNUTranslations(compiled)


def gettext(message: str) -> str:
    """`message` in the current language (the English text itself when it has no translation)."""
    return translations(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the current language."""
    return translations(current_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, told apart from the same English words elsewhere by `context`."""
    return translations(current_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark `message` for extraction only; translate it later, where it is shown, with `gettext`."""
    return message
