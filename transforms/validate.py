"""Validation of the curated tables against the data package `data/datapackage.json`.

A thin reading of the descriptor (read by `schema.py`): each field's type, required, enum,
pattern and date bounds, each table's primary key and foreign keys. The tests check the
same package with the `frictionless` library; the app keeps to this reading to stay light
(see docs/decisions.md). The project's own rules follow: low not above high, a high only
with its low, the ids a claim cites exist, a place's state/region codes exist, a point has
both coordinates and lies in Myanmar unless abroad, and every listed disagreement is kept.

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

DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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
    """Return (rule, detail) if `text` breaks the column's type or constraints in the descriptor, else None."""
    kind = column.kind
    if column.allowed and text not in column.allowed:
        return "allowed-values", f"'{_clip(text)}' is not one of {', '.join(column.allowed)}"
    if kind == "date":
        parsed = parse_date(text)
        if parsed is None:
            return "date", f"'{_clip(text)}' is not a date in the form YYYY-MM-DD"
        if _outside(column, parsed):
            return "date-range", f"{parsed} is outside {_bounds(column)}"
    if kind == "int" and not INT_PATTERN.match(text):
        return "integer", f"'{_clip(text)}' is not a whole number"
    if kind == "float" and not FLOAT_PATTERN.match(text):
        return "number", f"'{_clip(text)}' is not a number"
    if kind in ("int", "float") and _outside(column, float(text)):
        return "range", f"{text} is outside {_bounds(column)}"
    if kind == "bool" and text not in column.true_values + column.false_values:
        return "boolean", f"'{_clip(text)}' is not {' or '.join(column.true_values + column.false_values)}"
    if column.pattern and not re.fullmatch(column.pattern, text):
        rule, what = PATTERN_RULES[kind]
        shown = _first_bad_region(text) if kind == "region_list" else text
        return rule, f"'{_clip(shown)}' is not {what}"
    return None


def _first_bad_region(text: str) -> str:
    """The first part of a '~'-joined place that is not an MM-nn code, or the whole cell if every part is one."""
    parts = text.split(schema.REGION_SEPARATOR)
    bad = [part for part in parts if not REGION_CODE_PATTERN.match(part)]
    return bad[0] if bad and len(parts) > 1 else text


def _outside(column: Column, value) -> bool:
    return (column.minimum is not None and value < column.minimum) or (
        column.maximum is not None and value > column.maximum
    )


def _bounds(column: Column) -> str:
    def shown(bound) -> str:
        return "" if bound is None else bound.isoformat() if isinstance(bound, date) else f"{bound:g}"

    return f"{shown(column.minimum)} to {shown(column.maximum)}".strip()


# What a broken pattern means, by kind of column: (rule, what the value should be).
PATTERN_RULES = {
    "url": ("source-url", "an http(s) address"),
    "id": ("id", "an id (letters, digits, '.', '_' or '-')"),
    "id_list": ("id-list", "a list of ids separated by ';'"),
    "region_list": ("state-region", f"an MM-nn code ('~' between several), {' or '.join(schema.PLACE_SCOPES)}"),
    "text": ("pattern", "of the form the data dictionary gives"),
}


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

    if table.id_column:  # the primary key
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
    """A project rule: lat and lon come together and lie inside Myanmar, unless the row is abroad."""
    problems: list[Problem] = []
    lat_name, lon_name = table.point
    bounds = {lat_name: schema.MYANMAR_LAT, lon_name: schema.MYANMAR_LON}
    place = next(c.name for c in table.columns if c.kind == "region_list")
    for index in raw.index:
        row = int(index) + FIRST_DATA_ROW
        lat, lon = raw.at[index, lat_name], raw.at[index, lon_name]
        if (lat == "") != (lon == ""):
            given, missing = (lat_name, lon_name) if lat else (lon_name, lat_name)
            problems.append(Problem(table.file, row, missing, "point-pair", f"{given} is given without {missing}"))
            continue
        if raw.at[index, place] == "abroad":
            continue
        for name, (low, high) in bounds.items():
            text = raw.at[index, name]
            if text and FLOAT_PATTERN.match(text) and not low <= float(text) <= high:
                problems.append(
                    Problem(table.file, row, name, "inside-myanmar", f"{text} is outside Myanmar ({low:g} to {high:g}) for a row not abroad")
                )
    return problems


def check_references(raw_tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Rows that point at other rows must point at rows that exist: the descriptor's foreign keys, then cited ids."""
    problems: list[Problem] = []
    for table in schema.TABLES.values():
        raw = raw_tables.get(table.name)
        for key in table.foreign_keys:
            if raw is None or key.table not in raw_tables:
                continue
            targets = set(raw_tables[key.table][key.target])
            for index, value in raw[key.column].items():
                if value and value not in targets:
                    problems.append(
                        Problem(
                            table.file,
                            int(index) + FIRST_DATA_ROW,
                            key.column,
                            "foreign-key",
                            f"no row of {schema.TABLES[key.table].file} has {key.target} '{value}'",
                        )
                    )
    problems.extend(_check_cited_ids(raw_tables))
    problems.extend(_check_state_regions(raw_tables))
    problems.extend(_check_tile_grid(raw_tables))
    problems.extend(check_disagreements(raw_tables))
    return problems


def _check_cited_ids(raw_tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """A project rule: every id in a list of cited rows is the id of a row in some table."""
    known_ids = {
        value
        for name, table in schema.TABLES.items()
        if table.id_column and name in raw_tables
        for value in raw_tables[name][table.id_column]
    }
    problems: list[Problem] = []
    for table in schema.TABLES.values():
        raw = raw_tables.get(table.name)
        # A disagreement's rows are looked up in the one table it names (check_disagreements).
        if raw is None or table is schema.DISAGREEMENTS:
            continue
        for column in table.columns:
            if column.kind != "id_list":
                continue
            for index, value in raw[column.name].items():
                for part in filter(None, (p.strip() for p in value.split(";"))):
                    if part not in known_ids:
                        problems.append(
                            Problem(table.file, int(index) + FIRST_DATA_ROW, column.name, "known-row", f"no row has id '{part}'")
                        )
    return problems


def _check_state_regions(raw_tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """A project rule: every code in a place cell is a row of states_regions.csv (a foreign key cannot split the '~' list)."""
    regions = raw_tables.get(schema.STATES_REGIONS.name)
    if regions is None:
        return []
    codes = set(regions[schema.STATES_REGIONS.id_column])
    problems: list[Problem] = []
    for table in schema.TABLES.values():
        raw = raw_tables.get(table.name)
        if raw is None:
            continue
        for column in (c for c in table.columns if c.kind == "region_list"):
            for index, value in raw[column.name].items():
                if not value or value in schema.PLACE_SCOPES:
                    continue
                for part in value.split(schema.REGION_SEPARATOR):
                    if part not in codes:
                        problems.append(
                            Problem(
                                table.file,
                                int(index) + FIRST_DATA_ROW,
                                column.name,
                                "known-state-region",
                                f"no state or region has code '{part}'",
                            )
                        )
    return problems


def _check_tile_grid(raw_tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Project rules of the map's layout: every state or region has a tile, and no two tiles share a cell."""
    tiles, regions = raw_tables.get(schema.TILE_GRID.name), raw_tables.get(schema.STATES_REGIONS.name)
    if tiles is None or regions is None:
        return []
    file = schema.TILE_GRID.file
    problems: list[Problem] = []
    taken: dict[tuple[str, str], int] = {}
    for index, tile in tiles.iterrows():
        row, cell = int(index) + FIRST_DATA_ROW, (tile["row"], tile["col"])
        if cell in taken:
            problems.append(Problem(file, row, "col", "one-tile-a-cell", f"row {cell[0]}, col {cell[1]} is already taken on row {taken[cell]}"))
        taken.setdefault(cell, row)
    for code in sorted(set(regions[schema.STATES_REGIONS.id_column]) - set(tiles["code"])):
        problems.append(Problem(file, None, "code", "every-state-region", f"'{code}' has no tile"))
    return problems


def check_disagreements(raw_tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """A project rule: every listed disagreement is kept in the data, as a low-high range or as rows with their own sources."""
    listed = raw_tables.get(schema.DISAGREEMENTS.name)
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
        if missing or not wanted:
            continue
        found = by_id.loc[wanted]
        if entry["kept_as"] == "range":
            problems.extend(_check_range_kept(file, row, table, found))
        else:
            problems.extend(_check_rows_kept(file, row, found))
    return problems


def _check_range_kept(file: str, row: int, table: Table, found: pd.DataFrame) -> list[Problem]:
    """Each row gives both ends of the table's first low/high pair, low below high."""
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
    """At least two rows and two sources; one page reporting two counters (the junta's and a monitor's) is two sources."""
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
