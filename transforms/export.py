"""Processed tables as Parquet and CSV: bytes for downloads, files for offline use.

`python -m transforms.export [DIR]` writes every validated table and the derived
tables as Parquet into DIR (default: build/parquet, outside the tracked data).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from transforms import derive
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
