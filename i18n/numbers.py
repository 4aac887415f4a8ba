"""Numbers and dates as each language writes them: Myanmar digits and month names for Burmese, English unchanged.

Babel's `my` locale groups digits as English does (#,##0.###) but prints Latin digits, so the digits are mapped
here; Burmese dates run year, month, day, as CLDR's `my` patterns and Burmese usage have them.
"""

import math
from datetime import date

from i18n.language import current_language
from i18n.translate import N_, translations

MYANMAR_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
# Month names are messages of the catalogue (its translators own them); Burmese uses the full name in both styles.
MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)
MONTHS_SHORT = (
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
)
MISSING = "—"
PRECISIONS = ("day", "month", "year")
STYLES = ("short", "long")


def _language(language: str | None) -> str:
    return current_language() if language is None else language


def localise_digits(text: str, language: str | None = None) -> str:
    """`text` with its digits written in the language's script (Myanmar digits ၀–၉ for Burmese)."""
    return text.translate(MYANMAR_DIGITS) if _language(language) == "my" else text


def format_number(value: float | None, decimals: int = 1, language: str | None = None) -> str:
    """'1,988' for a whole number, '59.9' (`decimals` places) otherwise, '—' when missing; Burmese '၁,၉၈၈'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.{decimals}f}"
    return localise_digits(text, language)


def format_range(low: float, high: float | None, decimals: int = 1, language: str | None = None) -> str:
    """'3,000–10,000' for a range, '350' for a single value (a missing or equal high)."""
    single = high is None or (isinstance(high, float) and math.isnan(high)) or high == low
    if single:
        return format_number(low, decimals, language)
    return f"{format_number(low, decimals, language)}–{format_number(high, decimals, language)}"


def month_name(month: int, style: str = "long", language: str | None = None) -> str:
    """The month's name: 'August' (long) or 'Aug' (short) in English, 'ဩဂုတ်' in Burmese (both styles)."""
    names = MONTHS if style == "long" else MONTHS_SHORT
    return translations(_language(language)).gettext(names[month - 1])


def format_date(when: date, precision: str = "day", style: str = "short", language: str | None = None) -> str:
    """A date to the precision it is known to.

    English: '8 Aug 1988' (short), '8 August 1988' (long), 'Aug 1988', '1988'.
    Burmese: '၁၉၈၈ ဩဂုတ် ၈' (short), '၁၉၈၈ ခုနှစ် ဩဂုတ်လ ၈ ရက်' (long), '၁၉၈၈ ဩဂုတ်', '၁၉၈၈ ခုနှစ်'.
    """
    if precision not in PRECISIONS or style not in STYLES:
        raise ValueError(f"precision must be one of {PRECISIONS} and style one of {STYLES}")
    language = _language(language)
    month = month_name(when.month, style, language)
    if language == "my":
        long = style == "long"
        parts = [f"{when.year} ခုနှစ်" if long else f"{when.year}"]
        if precision in ("day", "month"):
            parts.append(f"{month}လ" if long else month)
        if precision == "day":
            parts.append(f"{when.day} ရက်" if long else f"{when.day}")
        return localise_digits(" ".join(parts), language)
    return {"day": f"{when.day} {month} {when.year}", "month": f"{month} {when.year}"}.get(precision, f"{when.year}")


def format_date_range(
    start: date, end: date, precision: str = "day", style: str = "short", language: str | None = None
) -> str:
    """'12 Mar 1988 to 18 Sep 1988'; Burmese '၁၉၈၈ မတ် ၁၂ မှ ၁၉၈၈ စက်တင်ဘာ ၁၈ အထိ'."""
    language = _language(language)
    first, last = (format_date(when, precision, style, language) for when in (start, end))
    return f"{first} မှ {last} အထိ" if language == "my" else f"{first} to {last}"
