"""The Data page's reading: what the rows shown cover, where they come from and what is left empty."""

from __future__ import annotations

import pandas as pd

from transforms.schema import MOVEMENTS, Table
from vocabulary.formatting import long_date
from vocabulary.labels import source_site
from vocabulary.movements import MOVEMENT_NAMES


def _span(frame: pd.DataFrame, table: Table) -> str | None:
    """The first date (or year) column's span, in words."""
    for column in table.columns:
        if column.kind == "date" and frame[column.name].notna().any():
            values = frame[column.name].dropna()
            return f"`{column.name}` runs from {long_date(values.min())} to {long_date(values.max())}"
        if column.name == "year" and frame[column.name].notna().any():
            values = frame[column.name].dropna()
            return f"`year` runs from {int(values.min())} to {int(values.max())}"
    return None


def reading(frame: pd.DataFrame, table: Table) -> str:
    """Rows (by movement where the table has one), span of dates, sources, and optional cells left empty."""
    count = len(frame)
    if count == 0:
        return "No rows."
    sentences = []
    first = f"{count:,} row{'s' if count != 1 else ''}"
    if "movement" in frame:
        counts = frame["movement"].astype(str).value_counts()
        per = [f"{counts[m]:,} of {MOVEMENT_NAMES[m]}" for m in MOVEMENTS if counts.get(m, 0)]
        first += ": " + " and ".join(per)
    sentences.append(first + ".")
    span = _span(frame, table)
    if span:
        sentences.append(span[0].upper() + span[1:] + ".")
    source_columns = [frame[c] for c in frame.columns if "source_url" in c]
    urls = pd.concat(source_columns).dropna().astype(str) if source_columns else pd.Series(dtype=str)
    if len(urls):
        sites = {source_site(url) for url in urls}
        pages = urls.nunique()
        sentences.append(
            f"The rows cite {pages:,} source page{'s' if pages != 1 else ''} "
            f"on {len(sites):,} site{'s' if len(sites) != 1 else ''}."
        )
    empty = [
        (column.name, int(frame[column.name].isna().sum()))
        for column in table.columns
        if not column.required and frame[column.name].isna().any()
    ]
    if empty:
        listed = ", ".join(f"`{name}` in {n:,} row{'s' if n != 1 else ''}" for name, n in empty)
        sentences.append(f"Optional cells left empty: {listed}.")
    return " ".join(sentences)
