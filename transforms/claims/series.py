"""The economy series behind the claims: growth rows per series, and the chart helper that draws identical series once."""

from __future__ import annotations

import pandas as pd

from transforms.claims.text import series_names


def merge_identical_series(rows: pd.DataFrame) -> pd.DataFrame:
    """Economy rows with series that give the very same values (to 0.01) in these years drawn as one.

    The three World Bank vintages agree on every year before 1990; drawing them once keeps a
    small chart readable, and the merged label names all of them.
    """
    if rows.empty:
        return rows
    signature = rows.groupby("series_id")[["year", "value"]].apply(
        lambda mine: tuple(zip(mine["year"].astype(int), mine["value"].round(2)))
    )
    labels = rows.groupby("series_id")["series_label"].first()
    merged = []
    for _, members in signature.groupby(signature, sort=False):
        ids = sorted(members.index)
        first = rows[rows["series_id"] == ids[0]].copy()
        first["series_id"] = "+".join(ids)
        first["series_label"] = series_names([str(labels[i]) for i in ids])
        merged.append(first)
    return pd.concat(merged).sort_values(["series_id", "year"], kind="stable").reset_index(drop=True)



def growth(economy: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """GDP growth rows of every series within the years (both ends included), ordered for plotting."""
    rows = economy[
        (economy["indicator_id"] == "gdp_growth") & (economy["year"] >= years[0]) & (economy["year"] <= years[1])
    ]
    return rows.sort_values(["series_id", "year"], kind="stable").reset_index(drop=True)


def by_series(rows: pd.DataFrame):
    """(series_id, series_label, that series' rows) in a stable order."""
    for series_id, mine in rows.groupby("series_id", sort=True):
        yield series_id, str(mine["series_label"].iloc[0]), mine

