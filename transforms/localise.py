"""Data text in the reader's language: a row's Burmese column (`<column>_my`) where it has one, otherwise its
English text behind a visible marker, so an untranslated row is never passed off as translated."""

from __future__ import annotations

import pandas as pd

from i18n import N_, current_language, gettext
from transforms.derive import comparability

TRANSLATED_SUFFIX = "_my"
# Put before a row's English text on a Burmese page when the row has no translation yet.
UNTRANSLATED_MARKER = N_("[English]")


def translated_column(column: str, language: str) -> str | None:
    """The column holding `column`'s text in `language`, or None for English, the data's own language."""
    return None if language == "en" else f"{column}{TRANSLATED_SUFFIX}"


def text(frame: pd.DataFrame, column: str, language: str | None = None) -> pd.Series:
    """`column` of every row in the reader's language, falling back to the English per row with a marker."""
    language = language or current_language()
    english = frame[column].astype("string")
    own = translated_column(column, language)
    if own is None:
        return english
    marker = gettext(UNTRANSLATED_MARKER) + " "
    if own not in frame.columns:
        return marker + english
    translated = frame[own].astype("string")
    missing = translated.isna() | (translated.str.strip() == "")
    return translated.where(~missing, marker + english)


def localised(frame: pd.DataFrame, columns: list[str], language: str | None = None) -> pd.DataFrame:
    """A copy of `frame` whose text `columns` read in the reader's language (see `text`)."""
    language = language or current_language()
    if language == "en":
        return frame
    return frame.assign(**{column: text(frame, column, language) for column in columns})


def comparability_note(english: str, shown: str, language: str | None = None) -> str:
    """The sentence on how comparable a count is, in the reader's language: from the definition `shown` (the row's
    translation) where it has one, otherwise the English definition's sentence behind the marker; or ''."""
    language = language or current_language()
    own = comparability(shown, language)
    if own or language == "en":
        return own
    english_note = comparability(english)
    return f"{gettext(UNTRANSLATED_MARKER)} {english_note}" if english_note else ""


def translated_share(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """For each table and text column with a Burmese column: rows, rows translated and their share."""
    rows = []
    for name, frame in tables.items():
        for own in (c for c in frame.columns if c.endswith(TRANSLATED_SUFFIX)):
            english = own[: -len(TRANSLATED_SUFFIX)]
            if english not in frame.columns:
                continue
            filled = frame[own].astype("string").fillna("").str.strip().ne("").sum()
            total = int(frame[english].notna().sum())
            rows.append({"table": name, "column": english, "rows": total, "translated": int(filled),
                         "share": (filled / total) if total else 1.0})
    return pd.DataFrame(rows, columns=["table", "column", "rows", "translated", "share"])
