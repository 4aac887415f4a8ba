"""Loading the curated CSV tables into typed pandas frames.

Each table is read with pyarrow as text first, so that validation can name the row
and column of a bad cell; only a table that passes is cast to the types the data
package (`data/datapackage.json`, read by `schema.py`) gives its columns: dates as
datetimes, enums as categoricals with their allowed values, numbers as numbers.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from transforms import schema
from transforms.schema import Table
from transforms.validate import DataError, Problem, check_frame, check_references

# The curated tables live beside the code.
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def active_data_dir() -> Path:
    """Where the app reads its tables: data/, unless UPRISINGS_DATA_DIR names another folder
    (the tests start the app on deliberately broken copies this way)."""
    return Path(os.environ.get("UPRISINGS_DATA_DIR") or DATA_DIR)


def read_raw(table: Table, data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """Read a table's CSV as strings, empty cells as ''. Raises DataError if unreadable."""
    path = Path(data_dir) / table.file
    if not path.is_file():
        raise DataError([Problem(table.file, None, None, "file-exists", f"no file at {path}")])
    content = path.read_bytes()
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as error:
        row = content[: error.start].count(b"\n") + 1
        raise DataError([Problem(table.file, row, None, "utf-8", "the file is not UTF-8 text")]) from None
    if not content.strip():
        raise DataError([Problem(table.file, None, None, "not-empty", "the file is empty (no header row)")])

    header = next(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    try:
        arrow_table = pacsv.read_csv(
            io.BytesIO(content),
            convert_options=pacsv.ConvertOptions(column_types={name: pa.string() for name in header}),
        )
    except pa.ArrowInvalid as error:
        raise DataError([_locate_parse_error(table, content, header, error)]) from None
    frame = arrow_table.to_pandas()
    return frame.astype(str) if len(frame) else frame.astype(object)


def _locate_parse_error(table: Table, content: bytes, header: list[str], error: Exception) -> Problem:
    """pyarrow reports malformed rows without their number; find it with the csv module."""
    reader = csv.reader(io.StringIO(content.decode("utf-8-sig")))
    next(reader)
    for fields in reader:
        if fields and len(fields) != len(header):
            return Problem(
                table.file,
                reader.line_num,
                None,
                "field-count",
                f"row has {len(fields)} fields where the header has {len(header)}",
            )
    return Problem(table.file, None, None, "csv-syntax", f"the file is not valid CSV ({error})")


def to_typed(table: Table, raw: pd.DataFrame) -> pd.DataFrame:
    """Cast a validated string frame to the types the data package gives its columns."""
    typed = {}
    for column in table.columns:
        values = raw[column.name]
        empty = values == ""
        if column.kind == "category":
            typed[column.name] = pd.Categorical(values.where(~empty), categories=list(column.allowed))
        elif column.kind == "date":
            typed[column.name] = pd.to_datetime(values.where(~empty), format="%Y-%m-%d")
        elif column.kind == "int":
            typed[column.name] = pd.to_numeric(values.where(~empty)).astype("Int64")
        elif column.kind == "float":
            typed[column.name] = pd.to_numeric(values.where(~empty)).astype("float64")
        elif column.kind == "bool":
            typed[column.name] = values.isin(column.true_values)
        else:
            typed[column.name] = values.where(~empty).astype("string")
    return pd.DataFrame(typed, index=pd.RangeIndex(len(raw)))


def load_table(name: str, data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """Read, validate and type one table. Raises DataError naming file, row, column and rule."""
    table = schema.TABLES[name]
    raw = read_raw(table, data_dir)
    problems = check_frame(table, raw)
    if problems:
        raise DataError(problems)
    return to_typed(table, raw)


def check_all(data_dir: Path = DATA_DIR) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Read and check every table; returns the tables that passed (as text) and all problems."""
    problems: list[Problem] = []
    raw_tables: dict[str, pd.DataFrame] = {}
    for name, table in schema.TABLES.items():
        try:
            raw = read_raw(table, data_dir)
        except DataError as error:
            problems.extend(error.problems)
            continue
        table_problems = check_frame(table, raw)
        problems.extend(table_problems)
        if not table_problems:
            raw_tables[name] = raw
    # Cross-table checks only make sense once every table reads cleanly.
    if not problems:
        problems.extend(check_references(raw_tables))
    return raw_tables, problems


def load_all(data_dir: Path = DATA_DIR) -> dict[str, pd.DataFrame]:
    """Every table, validated on its own and across tables. Raises one DataError for all problems."""
    raw_tables, problems = check_all(data_dir)
    if problems:
        raise DataError(problems)
    return {name: to_typed(schema.TABLES[name], raw) for name, raw in raw_tables.items()}
