"""The Data page's reading: what the rows shown cover, where they come from and what is left empty.

Every sentence is one translatable template with named placeholders; counts and years in the reader's digits.
"""

from __future__ import annotations

import pandas as pd

from i18n import _, localise_digits, ngettext
from transforms.schema import MOVEMENTS, Table
from vocabulary.formatting import long_date, number
from vocabulary.labels import source_site
from vocabulary.movements import MOVEMENT_NAMES


def _count(count: int) -> str:
    return localise_digits(number(count))


def _span(frame: pd.DataFrame, table: Table) -> str | None:
    """The first date (or year) column's span, as a sentence."""
    for column in table.columns:
        if column.kind == "date" and frame[column.name].notna().any():
            values = frame[column.name].dropna()
            start, end = long_date(values.min()), long_date(values.max())
        elif column.name == "year" and frame[column.name].notna().any():
            values = frame[column.name].dropna()
            start, end = (localise_digits(str(int(value))) for value in (values.min(), values.max()))
        else:
            continue
        return _("`{column}` runs from {start} to {end}.").format(column=column.name, start=start, end=end)
    return None


def _rows_sentence(frame: pd.DataFrame) -> str:
    """'12 rows.' or, where the table has movements, '12 rows: 5 of the 1988 uprising and 7 of the 2021 movement.'"""
    count = len(frame)
    if "movement" not in frame:
        return ngettext("{count} row.", "{count} rows.", count).format(count=_count(count))
    counts = frame["movement"].astype(str).value_counts()
    per = _(" and ").join(
        _("{count} of {movement}").format(count=_count(counts[m]), movement=_(MOVEMENT_NAMES[m]))
        for m in MOVEMENTS
        if counts.get(m, 0)
    )
    return ngettext("{count} row: {per_movement}.", "{count} rows: {per_movement}.", count).format(
        count=_count(count), per_movement=per
    )


def reading(frame: pd.DataFrame, table: Table) -> str:
    """Rows (by movement where the table has one), span of dates, sources, and optional cells left empty."""
    count = len(frame)
    if count == 0:
        return _("No rows.")
    sentences = [_rows_sentence(frame)]
    span = _span(frame, table)
    if span:
        sentences.append(span)
    source_columns = [frame[c] for c in frame.columns if "source_url" in c]
    urls = pd.concat(source_columns).dropna().astype(str) if source_columns else pd.Series(dtype=str)
    if len(urls):
        sites = len({source_site(url) for url in urls})
        pages = urls.nunique()
        sentences.append(
            _("The rows cite {pages} on {sites}.").format(
                pages=ngettext("{count} source page", "{count} source pages", pages).format(count=_count(pages)),
                sites=ngettext("{count} site", "{count} sites", sites).format(count=_count(sites)),
            )
        )
    empty = [
        (column.name, int(frame[column.name].isna().sum()))
        for column in table.columns
        if not column.required and frame[column.name].isna().any()
    ]
    if empty:
        listed = _(", ").join(
            ngettext("`{column}` in {count} row", "`{column}` in {count} rows", n).format(column=name, count=_count(n))
            for name, n in empty
        )
        sentences.append(_("Optional cells left empty: {columns}.").format(columns=listed))
    return " ".join(sentences)
