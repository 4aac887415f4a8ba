"""The dashboard's languages: the current language of a script run, message translation, Burmese numbers and dates, and
line wrapping that holds for Myanmar script.

The lowest layer of the code base: it imports nothing of the project and never imports Streamlit.
"""

from i18n.language import DEFAULT_LANGUAGE, LANGUAGES, current_language, set_language, use_language
from i18n.numbers import (
    format_date,
    format_date_range,
    format_number,
    format_range,
    localise_digits,
    month_name,
)
from i18n.text import syllables, text_width, wrap
from i18n.translate import N_, gettext, ngettext, pgettext

_ = gettext

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "N_",
    "_",
    "current_language",
    "format_date",
    "format_date_range",
    "format_number",
    "format_range",
    "gettext",
    "localise_digits",
    "month_name",
    "ngettext",
    "pgettext",
    "set_language",
    "syllables",
    "text_width",
    "use_language",
    "wrap",
]
