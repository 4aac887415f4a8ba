"""Validation of the curated tables against the data dictionary in `schema.py`.

Every rule broken becomes a `Problem` naming the file, the row (the line number in
the CSV file, the header being row 1), the column and the rule. A table with
problems raises `DataError`, the one error type the rest of the code catches.

Run `python -m transforms.validate` to check every table and print a report.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from transforms import schema
from transforms.schema import Column, Table

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
URL_PATTERN = re.compile(r"^https?://[^\s<>\"']+$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BOOL_VALUES = {"true": True, "false": False}
INT_PATTERN = re.compile(r"^-?\d+$")
FLOAT_PATTERN = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
REGION_CODE_PATTERN = re.compile(r"^MM-\d{2}$")
# Header row is row 1, so the first data row is row 2.
FIRST_DATA_ROW = 2
MAX_PROBLEMS_SHOWN = 20


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # None: the problem is the file itself, not one row
    column: str | None
    rule: str
    detail: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.detail} [rule: {self.rule}]"


class DataError(ValueError):
    """A curated table breaks the data dictionary. `problems` lists every rule broken."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = [str(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
        more = len(problems) - len(shown)
        if more:
            shown.append(f"... and {more} more problems")
        super().__init__("\n".join(shown))

    @property
    def files(self) -> list[str]:
        return sorted({p.file for p in self.problems})


def parse_date(text: str) -> date | None:
    if not DATE_PATTERN.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _check_value(column: Column, text: str) -> tuple[str, str] | None:
    """Return (rule, detail) if `text` breaks the column's kind, else None."""
    kind = column.kind
    if kind == "category" and text not in column.allowed:
        return "allowed-values", f"'{_clip(text)}' is not one of {', '.join(column.allowed)}"
    if kind == "date":
        parsed = parse_date(text)
        if parsed is None:
            return "date", f"'{_clip(text)}' is not a date in the form YYYY-MM-DD"
        if not schema.EARLIEST_DATE <= parsed <= schema.LATEST_DATE:
            return "date-range", f"{parsed} is outside {schema.EARLIEST_DATE} to {schema.LATEST_DATE}"
    if kind == "int" and not INT_PATTERN.match(text):
        return "integer", f"'{_clip(text)}' is not a whole number"
    if kind == "float" and not FLOAT_PATTERN.match(text):
        return "number", f"'{_clip(text)}' is not a number"
    if kind == "bool" and text not in BOOL_VALUES:
        return "boolean", f"'{_clip(text)}' is not true or false"
    if kind == "url" and not URL_PATTERN.match(text):
        return "source-url", f"'{_clip(text)}' is not an http(s) address"
    if kind == "id" and not ID_PATTERN.match(text):
        return "id", f"'{_clip(text)}' is not an id (letters, digits, '.', '_' or '-')"
    if kind == "region_list" and text not in schema.PLACE_SCOPES:
        bad = [part for part in text.split(schema.REGION_SEPARATOR) if not REGION_CODE_PATTERN.match(part)]
        if bad:
            scopes = " or ".join(schema.PLACE_SCOPES)
            return "state-region", f"'{_clip(bad[0])}' is not an MM-nn code ('~' between several), {scopes}"
    if kind == "id_list":
        bad = [part for part in text.split(";") if not ID_PATTERN.match(part.strip())]
        if bad:
            return "id-list", f"'{_clip(bad[0])}' in the list is not an id"
    return None


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_frame(table: Table, raw: pd.DataFrame) -> list[Problem]:
    """Check a table read as strings (empty cells as '') against its spec."""
    file = table.file
    problems: list[Problem] = []
    if raw.empty and not len(raw.columns):
        return [Problem(file, None, None, "not-empty", "the file is empty (no header row)")]

    expected = [c.name for c in table.columns]
    missing = [name for name in expected if name not in raw.columns]
    unknown = [name for name in raw.columns if name not in expected]
    for name in missing:
        problems.append(Problem(file, 1, name, "columns", "required column is missing from the header"))
    for name in unknown:
        problems.append(Problem(file, 1, str(name), "columns", "column is not in the data dictionary"))
    if missing:
        return problems
    if raw.empty:
        return [Problem(file, None, None, "not-empty", "the file has a header but no rows")]

    for column in table.columns:
        values = raw[column.name]
        for index, text in values.items():
            row = int(index) + FIRST_DATA_ROW
            if text == "":
                if column.required:
                    rule = "source-required" if column.kind == "url" else "required"
                    problems.append(Problem(file, row, column.name, rule, "value is required but empty"))
                continue
            broken = _check_value(column, text)
            if broken:
                problems.append(Problem(file, row, column.name, *broken))

    if table.id_column:
        ids = raw[table.id_column]
        first_row: dict[str, int] = {}
        for index, value in ids.items():
            row = int(index) + FIRST_DATA_ROW
            if value and value in first_row:
                problems.append(
                    Problem(file, row, table.id_column, "unique-id", f"'{value}' already used on row {first_row[value]}")
                )
            first_row.setdefault(value, row)

    for low_name, high_name in table.ranges:
        low = pd.to_numeric(raw[low_name].where(raw[low_name].str.match(FLOAT_PATTERN)), errors="coerce")
        high = pd.to_numeric(raw[high_name].where(raw[high_name].str.match(FLOAT_PATTERN)), errors="coerce")
        for index in raw.index[(low > high).fillna(False)]:
            problems.append(
                Problem(
                    file,
                    int(index) + FIRST_DATA_ROW,
                    high_name,
                    "low-not-above-high",
                    f"{low_name} {raw.at[index, low_name]} is greater than {high_name} {raw.at[index, high_name]}",
                )
            )
        orphan_high = (raw[low_name] == "") & (raw[high_name] != "")
        for index in raw.index[orphan_high]:
            problems.append(
                Problem(file, int(index) + FIRST_DATA_ROW, low_name, "low-with-high", f"{high_name} is given without {low_name}")
            )
    if table.point:
        problems.extend(_check_point(table, raw))
    return problems


def _check_point(table: Table, raw: pd.DataFrame) -> list[Problem]:
    """lat and lon come together and lie inside Myanmar, unless the row is abroad."""
    problems: list[Problem] = []
    lat_name, lon_name = table.point
    bounds = {lat_name: schema.MYANMAR_LAT, lon_name: schema.MYANMAR_LON}
    for index in raw.index:
        row = int(index) + FIRST_DATA_ROW
        lat, lon = raw.at[index, lat_name], raw.at[index, lon_name]
        if (lat == "") != (lon == ""):
            given, missing = (lat_name, lon_name) if lat else (lon_name, lat_name)
            problems.append(Problem(table.file, row, missing, "point-pair", f"{given} is given without {missing}"))
            continue
        if raw.at[index, "state_region"] == "abroad":
            continue
        for name, (low, high) in bounds.items():
            text = raw.at[index, name]
            if text and FLOAT_PATTERN.match(text) and not low <= float(text) <= high:
                problems.append(
                    Problem(table.file, row, name, "inside-myanmar", f"{text} is outside Myanmar ({low} to {high}) for a row not abroad")
                )
    return problems


def check_references(raw_tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Rows that point at other rows must point at rows that exist."""
    problems: list[Problem] = []
    known_ids = {
        value
        for name, table in schema.TABLES.items()
        if table.id_column and name in raw_tables and table.id_column in raw_tables[name]
        for value in raw_tables[name][table.id_column]
    }
    periods = raw_tables.get("periods")
    if periods is not None and "start_event_id" in periods:
        event_ids = set(raw_tables["events"]["event_id"]) if "events" in raw_tables else set()
        for column in ("start_event_id", "end_event_id"):
            for index, value in periods[column].items():
                if value and value not in event_ids:
                    problems.append(
                        Problem("periods.csv", int(index) + FIRST_DATA_ROW, column, "known-event", f"no event has id '{value}'")
                    )
    problems.extend(_check_state_regions(raw_tables))
    problems.extend(check_disagreements(raw_tables))
    claims = raw_tables.get("claims")
    if claims is not None and "evidence_ids" in claims:
        for index, value in claims["evidence_ids"].items():
            for part in filter(None, (p.strip() for p in value.split(";"))):
                if part not in known_ids:
                    problems.append(
                        Problem("claims.csv", int(index) + FIRST_DATA_ROW, "evidence_ids", "known-row", f"no row has id '{part}'")
                    )
    return problems


def _check_state_regions(raw_tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every code in a state_region cell is a row of states_regions.csv."""
    if "states_regions" not in raw_tables:
        return []
    codes = set(raw_tables["states_regions"]["code"])
    problems: list[Problem] = []
    for name, table in schema.TABLES.items():
        if name not in raw_tables or "state_region" not in raw_tables[name]:
            continue
        for index, value in raw_tables[name]["state_region"].items():
            if value in schema.PLACE_SCOPES:
                continue
            for part in value.split(schema.REGION_SEPARATOR):
                if part not in codes:
                    problems.append(
                        Problem(table.file, int(index) + FIRST_DATA_ROW, "state_region", "known-state-region", f"no state or region has code '{part}'")
                    )
    return problems


def check_disagreements(raw_tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every listed disagreement is kept in the data: as a low-high range, or as rows with their own sources."""
    listed = raw_tables.get("disagreements")
    if listed is None:
        return []
    file = schema.DISAGREEMENTS.file
    problems: list[Problem] = []
    for index, entry in listed.iterrows():
        row = int(index) + FIRST_DATA_ROW
        table = schema.TABLES[entry["table"]]
        rows = raw_tables.get(table.name)
        if rows is None:
            continue
        by_id = rows.set_index(table.id_column)
        wanted = [part.strip() for part in entry["row_ids"].split(";") if part.strip()]
        missing = [part for part in wanted if part not in by_id.index]
        for part in missing:
            problems.append(Problem(file, row, "row_ids", "known-row", f"{table.file} has no row '{part}'"))
        found = by_id.loc[[part for part in wanted if part not in missing]]
        if missing or found.empty:
            continue
        if entry["kept_as"] == "range":
            problems.extend(_check_range_kept(file, row, table, found))
        else:
            problems.extend(_check_rows_kept(file, row, found))
    return problems


def _check_range_kept(file: str, row: int, table: Table, found: pd.DataFrame) -> list[Problem]:
    if not table.ranges:
        return [Problem(file, row, "kept_as", "range-kept", f"{table.file} has no low and high columns")]
    low_name, high_name = table.ranges[0]
    problems = []
    for row_id, values in found.iterrows():
        low, high = values[low_name], values[high_name]
        numbers = FLOAT_PATTERN.match(low) and FLOAT_PATTERN.match(high)
        if not numbers or float(low) >= float(high):
            problems.append(
                Problem(file, row, "row_ids", "range-kept", f"'{row_id}' needs {low_name} below {high_name} (has '{low}' and '{high}')")
            )
    return problems


def _check_rows_kept(file: str, row: int, found: pd.DataFrame) -> list[Problem]:
    # One page can report two counters (the junta's and a monitor's): a different counter is a different source.
    counters = found["counted_by"] if "counted_by" in found else pd.Series("", index=found.index)
    sources = set(zip(found["source_url"], counters))
    if len(found) < 2 or len(sources) < 2:
        return [Problem(file, row, "row_ids", "rows-kept", "needs at least two rows with different sources")]
    return []


def main(argv: list[str] | None = None) -> int:
    from transforms.load import DATA_DIR, check_all

    args = sys.argv[1:] if argv is None else argv
    data_dir = Path(args[0]) if args else DATA_DIR
    raw_tables, problems = check_all(data_dir)
    for table in schema.TABLES.values():
        count = sum(p.file == table.file for p in problems)
        rows = f"{len(raw_tables[table.name])} rows" if table.name in raw_tables else "not loaded"
        print(f"{'ok  ' if not count else 'FAIL'}  {table.file}: {rows}, {count} problems")
    if problems:
        print(f"\n{len(problems)} problems in {data_dir}:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print(f"\nAll {len(schema.TABLES)} tables in {data_dir} are valid.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
