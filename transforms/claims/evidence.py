"""The page's evidence tables: the verdict table, every cited row with its source, and the source links of a claim."""

from __future__ import annotations

import pandas as pd

from i18n import N_, _
from transforms import schema
from transforms.claims.text import series_names, signed, year
from transforms.claims.verdicts import METHOD_LABELS, Check

# The tables' columns as a reader sees them in the app (CSV downloads keep the column names themselves).
COLUMN_HEADERS = {
    "claim_id": N_("claim"),
    "claim": N_("claim in our words"),
    "dimension": N_("what it is about"),
    "verdict": N_("verdict"),
    "method": N_("how it was judged"),
    "evidence_ids": N_("rows cited"),
    "economy_series": N_("economy series cited"),
    "source_url": N_("source"),
    "row": N_("row"),
    "table": N_("table"),
    "date": N_("date"),
    "what": N_("what the row says"),
}

def verdict_table(tables: dict[str, pd.DataFrame], checks: dict[str, Check]) -> pd.DataFrame:
    """One row per claim: the claim in our words, its dimension, verdict, method and cited rows."""
    claims = tables["claims"].set_index("claim_id")
    rows = []
    for claim_id, check in checks.items():
        claim = claims.loc[claim_id]
        rows.append(
            {
                "claim_id": claim_id,
                "claim": claim["claim"],
                "dimension": str(claim["dimension"]),
                "check_kind": str(claim["check_kind"]),
                "verdict": check.verdict,
                "method": METHOD_LABELS[check.method],
                "evidence_ids": ";".join(check.ids),
                "economy_series": ";".join(dict.fromkeys(series for series, _ in check.economy)),
                "source_url": claim["source_url"],
            }
        )
    return pd.DataFrame(rows)


def filter_claims(table: pd.DataFrame, dimensions: list[str], verdicts: list[str]) -> pd.DataFrame:
    return table[table["dimension"].isin(dimensions) & table["verdict"].isin(verdicts)].reset_index(drop=True)


def evidence_rows(tables: dict[str, pd.DataFrame], checks: dict[str, Check], lookup: dict[str, dict]) -> pd.DataFrame:
    """Every row the claims cite, one line per claim and row, with its source; `lookup` is `row_lookup(tables)`.

    Economy rows have no id; they are named by series and year.
    """
    economy = tables["economy"]
    economy = economy[economy["indicator_id"] == "gdp_growth"].set_index(["series_id", "year"])
    out = []
    for claim_id, check in checks.items():
        for row_id in check.ids:
            if row_id in lookup:
                out.append({"claim_id": claim_id, "verdict": check.verdict, **lookup[row_id]})
        for series_id, row_year in check.economy:
            if (series_id, row_year) not in economy.index:
                continue
            row = economy.loc[(series_id, row_year)]
            out.append(
                {
                    "claim_id": claim_id,
                    "verdict": check.verdict,
                    "row": f"{series_id} {row_year}",
                    "table": "economy",
                    "date": str(row_year),
                    "what": _("{series}: real GDP growth {year}, {value}").format(
                        series=row["series_label"], year=year(row_year), value=signed(float(row["value"]))
                    ),
                    "source_url": row["source_url"],
                }
            )
    columns = ["claim_id", "verdict", "row", "table", "date", "what", "source_url"]
    return pd.DataFrame(out, columns=columns)


def _figure_text(row) -> str:
    value = f"{row.low:,.0f}" if pd.isna(row.high) else f"{row.low:,.0f}–{row.high:,.0f}"
    return f"{row.label}: {value} {row.unit}"


def _demonetisation_text(row) -> str:
    issued = f"; issued {row.notes_issued.replace(';', ', ')} kyat" if pd.notna(row.notes_issued) else ""
    return f"Withdrew {row.notes_withdrawn.replace(';', ', ')} kyat{issued}"


# Per table with ids: the column that dates a row (None: undated) and its short text.
ROW_TEXT = {
    "events": ("date", lambda row: row.description),
    "figures": ("as_of", _figure_text),
    "organisations": ("founded", lambda row: f"{row.name}: {row.description}"),
    "outcomes": (None, lambda row: row.outcome),
    "periods": ("start_date", lambda row: row.definition),
    "demonetisations": ("date", _demonetisation_text),
    "exchange_rate_quotes": ("date", lambda row: row.description),
}

# The tables a claim may cite by id, with their id columns.
ID_COLUMNS = {name: schema.TABLES[name].id_column for name in ROW_TEXT}


def known_ids(tables: dict[str, pd.DataFrame]) -> set[str]:
    """Every id a claim may cite that is in the tables given."""
    return {value for name, column in ID_COLUMNS.items() if name in tables for value in tables[name][column]}


def row_lookup(tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """Row id -> row id, table, date, a short text and the source, for every table with ids."""
    out: dict[str, dict] = {}
    for name, (date_column, text) in ROW_TEXT.items():
        id_column = ID_COLUMNS[name]
        for row in tables[name].itertuples():
            when = getattr(row, date_column) if date_column else None
            row_id = getattr(row, id_column)
            out[row_id] = {
                "row": row_id,
                "table": name,
                "date": "" if when is None or pd.isna(when) else f"{pd.Timestamp(when):%Y-%m-%d}",
                "what": text(row),
                "source_url": row.source_url,
            }
    return out


def sources(tables: dict[str, pd.DataFrame], lookup: dict[str, dict], check: Check) -> list[tuple[str, str]]:
    """(what it backs, url) for every source behind a claim's evidence, one entry per url.

    `lookup` is `row_lookup(tables)`. Several rows or series read from one page share its entry.
    """
    rows_by_url: dict[str, list[str]] = {}
    for row_id in check.ids:
        if row_id in lookup:
            rows_by_url.setdefault(lookup[row_id]["source_url"], []).append(row_id)
    series_by_url: dict[str, list[str]] = {}
    economy = tables["economy"]
    growth_rows = economy[economy["indicator_id"] == "gdp_growth"]
    for series_id in dict.fromkeys(series for series, _ in check.economy):
        rows = growth_rows[growth_rows["series_id"] == series_id]
        if not rows.empty:
            series_by_url.setdefault(str(rows["source_url"].iloc[0]), []).append(str(rows["series_label"].iloc[0]))
    return [(", ".join(ids), url) for url, ids in rows_by_url.items()] + [
        (series_names(labels), url) for url, labels in series_by_url.items()
    ]
