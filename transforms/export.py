"""Processed tables as Parquet and CSV: bytes for downloads, files for offline use.

`python -m transforms.export [DIR]` writes every validated table and the derived
tables as Parquet into DIR (default: build/parquet, outside the tracked data).
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from i18n import _
from transforms import derive, schema
from transforms.load import load_all

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "build" / "parquet"


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), buffer)
    return buffer.getvalue()


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8")


def processed_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The curated tables plus what is derived from them."""
    events = derive.with_day_offset(tables["events"])
    return {
        **tables,
        "events": events,
        "periods": derive.durations(tables["periods"]),
        "events_cumulative": derive.cumulative_by_category(events),
        "organisations": derive.organisation_speed(tables["organisations"]),
    }


DASHBOARD_TITLE = "Two Myanmar uprisings compared"
# Hex digits of the SHA-256 kept in a version: short enough to read, long enough never to collide here.
VERSION_DIGITS = 12


def dataset(tables: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    """One curated table as the Data page shows and downloads it: its own columns, in schema order.

    Columns the pages derive (`day`, `duration_days`) are left out, so the download is
    the dataset the dictionary describes. Dates become calendar dates (no time of day),
    so the table, the CSV and the Parquet file all read 1988-03-12.
    """
    table = schema.TABLES[name]
    out = tables[name][[column.name for column in table.columns]].reset_index(drop=True)
    for column in table.columns:
        if column.kind == "date":
            out[column.name] = out[column.name].astype("date32[pyarrow]")
    return out


def version(*payloads: bytes) -> str:
    """`sha256:` and the first digits of the SHA-256 of the payloads, concatenated in order.

    For one dataset the payload is its CSV download, so `sha256sum <file>.csv` checks it;
    the version changes exactly when the rows do.
    """
    digest = hashlib.sha256()
    for payload in payloads:
        digest.update(payload)
    return f"sha256:{digest.hexdigest()[:VERSION_DIGITS]}"


def citation(version_id: str, url: str | None = None, dataset_name: str | None = None) -> str:
    """The line to cite the dashboard, or one of its datasets, with the version of the data used."""
    parts = [f"{DASHBOARD_TITLE} (dashboard)"]
    if dataset_name:
        parts.append(f'dataset "{dataset_name}"')
    parts.append(f"version {version_id}")
    if url:
        parts.append(url)
    return ", ".join(parts)


def tables_version(tables: dict[str, pd.DataFrame], names: Sequence[str]) -> str:
    """The version of the data a view uses: `version` over the CSV downloads of its tables, in name order.

    A view of one table has the version the Data page shows for that dataset.
    """
    return version(*(csv_bytes(dataset(tables, name)) for name in sorted(set(names))))


def view_citation(page: str, chart: str, version_id: str, tables: Sequence[str], accessed: date, url: str) -> str:
    """The line to cite one view: dashboard, page and chart, the data's version and tables, the access date, the link."""
    return _("{dashboard} (dashboard), {page}: “{chart}”. Data version {version} (tables: {tables}). "
             "Accessed {date}. {url}").format(
        dashboard=DASHBOARD_TITLE, page=page, chart=chart, version=version_id,
        tables=", ".join(sorted(set(tables))), date=accessed.isoformat(), url=url)


_BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def _bibtex_text(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(r"\\\1", text).replace("~", r"\textasciitilde{}")


def view_bibtex(page_id: str, page: str, chart: str, version_id: str, tables: Sequence[str], accessed: date, url: str) -> str:
    """The same citation as a BibTeX `@misc` entry (biblatex's `url` and `urldate` fields; the link also in `howpublished`)."""
    key = f"uprisings-{page_id}-{accessed.isoformat()}"
    fields = {
        "title": f"{{{_bibtex_text(f'{DASHBOARD_TITLE}: {page}, {chart}')}}}",
        "howpublished": f"\\url{{{url}}}",
        "url": url,
        "urldate": accessed.isoformat(),
        "year": str(accessed.year),
        "note": _bibtex_text(_("Open-source dashboard. Data version {version}, tables {tables}").format(
            version=version_id, tables=", ".join(sorted(set(tables))))),
    }
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@misc{{{key},\n{body}\n}}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, frame in processed_tables(load_all()).items():
        path = out / f"{name}.parquet"
        path.write_bytes(parquet_bytes(frame))
        print(f"wrote {path} ({len(frame)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
