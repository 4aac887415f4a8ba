"""Data text in the reader's language: a row's Burmese column (`<column>_my`) where it has one, otherwise its
English text behind a visible marker, so an untranslated row is never passed off as translated."""

from __future__ import annotations

import pandas as pd

from i18n import N_, current_language, gettext, use_language
from vocabulary.labels import value_label
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


def table_in(frame: pd.DataFrame, language: str | None = None) -> pd.DataFrame:
    """`frame` with each text column that has a Burmese column read in `language` (see `text`)."""
    return localised(frame, [c for c in frame.columns if f"{c}{TRANSLATED_SUFFIX}" in frame.columns], language)


def tables_in(tables: dict[str, pd.DataFrame], language: str | None = None) -> dict[str, pd.DataFrame]:
    """Every table read in `language` (`table_in`)."""
    language = language or current_language()
    if language == "en":
        return tables
    return {name: table_in(frame, language) for name, frame in tables.items()}


def beside(english: pd.DataFrame, reader: pd.DataFrame) -> pd.DataFrame:
    """`english` (a table as downloaded) with each text column that reads otherwise in `reader` (the same rows in
    the reader's language) beside it as `<column>_my`, which the app's tables show in its place."""
    texts = [name for name in english.columns if pd.api.types.is_string_dtype(english[name]) or english[name].dtype == object]
    differ = [name for name in texts if not name.startswith("source_url") and not english[name].equals(reader[name])]
    return english.assign(**{f"{name}{TRANSLATED_SUFFIX}": reader[name] for name in differ})


def category_words(frame: pd.DataFrame, language: str | None = None) -> pd.DataFrame:
    """A copy of `frame` whose category columns (ids such as `protest`, `month`) read as words in `language`;
    English keeps the ids, as the downloads do."""
    language = language or current_language()
    categories = [name for name in frame.columns if isinstance(frame[name].dtype, pd.CategoricalDtype)]
    if language == "en" or not categories:
        return frame
    with use_language(language):
        return frame.assign(**{
            name: frame[name].map(lambda value: value if pd.isna(value) else gettext(value_label(str(value)))).astype("string")
            for name in categories
        })


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
