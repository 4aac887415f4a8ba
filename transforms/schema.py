"""The data dictionary, read from the Frictionless Data Package `data/datapackage.json`.

The descriptor is the single source of truth for the shape of `data/*.csv`: each table's
columns, types, constraints, keys, units and descriptions. This module reads it once into
small `Table` and `Column` objects and derives the ids (enums) the other modules import,
so adding a column or a table means editing the descriptor only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DESCRIPTOR_PATH = Path(__file__).resolve().parent.parent / "data" / "datapackage.json"

# Table Schema field types, as the app's own short names.
KINDS_BY_TYPE = {"date": "date", "integer": "int", "number": "float", "boolean": "bool"}
# The descriptor's patterns for a row id and a ';'-separated list of ids; a string field with one is of that kind.
ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"
ID_LIST_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}(;[A-Za-z0-9][A-Za-z0-9._-]{0,79})*$"
# The descriptor's pattern for a place: ISO 3166-2:MM codes joined with '~', or nationwide, or abroad.
REGION_LIST_PATTERN = "^(nationwide|abroad|MM-[0-9]{2}(~MM-[0-9]{2})*)$"
PATTERN_KINDS = {ID_PATTERN: "id", ID_LIST_PATTERN: "id_list", REGION_LIST_PATTERN: "region_list"}
# The constraints the app's reading of the descriptor enforces (the tests check the rest with frictionless).
CONSTRAINTS = ("required", "enum", "pattern", "minimum", "maximum")


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    target: str


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # id | text | category | date | int | float | bool | url | id_list | region_list
    description: str
    required: bool = True
    allowed: tuple[str, ...] = ()
    unit: str = ""
    pattern: str = ""
    minimum: date | float | None = None
    maximum: date | float | None = None
    true_values: tuple[str, ...] = ("true",)
    false_values: tuple[str, ...] = ("false",)


@dataclass(frozen=True)
class Table:
    name: str
    row: str  # what one row is
    columns: tuple[Column, ...]
    id_column: str | None = None
    # (low, high) column pairs where low must not exceed high.
    ranges: tuple[tuple[str, str], ...] = ()
    # (lat, lon) columns given together and inside the bounding box unless the row's place is abroad.
    point: tuple[str, str] | None = None
    notes: str = ""
    title: str = ""
    foreign_keys: tuple[ForeignKey, ...] = ()
    file: str = ""

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _kind(field: dict) -> str:
    """The app's kind of a Table Schema field: its type, refined for strings by format, enum and id pattern."""
    if field.get("type", "string") != "string":
        return KINDS_BY_TYPE[field["type"]]
    constraints = field.get("constraints", {})
    if "enum" in constraints:
        return "category"
    if field.get("format") == "uri":
        return "url"
    return PATTERN_KINDS.get(constraints.get("pattern", ""), "text")


def _bound(field: dict, name: str) -> date | float | None:
    """A minimum or maximum constraint as a date (date fields) or a number."""
    value = field.get("constraints", {}).get(name)
    if value is None:
        return None
    return date.fromisoformat(value) if field.get("type") == "date" else float(value)


def _column(field: dict) -> Column:
    constraints = field.get("constraints", {})
    return Column(
        name=field["name"],
        kind=_kind(field),
        description=field.get("description", ""),
        required=bool(constraints.get("required", False)),
        allowed=tuple(constraints.get("enum", ())),
        unit=field.get("unit", ""),
        pattern=constraints.get("pattern", ""),
        minimum=_bound(field, "minimum"),
        maximum=_bound(field, "maximum"),
        true_values=tuple(field.get("trueValues", ("true",))),
        false_values=tuple(field.get("falseValues", ("false",))),
    )


def _table(resource: dict) -> Table:
    table_schema = resource["schema"]
    keys = table_schema.get("primaryKey", [])
    return Table(
        name=resource["name"],
        row=resource.get("description", ""),
        columns=tuple(_column(field) for field in table_schema["fields"]),
        id_column=keys[0] if keys else None,
        ranges=tuple(tuple(pair) for pair in resource.get("ranges", ())),
        point=tuple(resource["point"]) if "point" in resource else None,
        notes=resource.get("notes", ""),
        title=resource.get("title", resource["name"]),
        foreign_keys=tuple(
            ForeignKey(key["fields"][0], key["reference"]["resource"], key["reference"]["fields"][0])
            for key in table_schema.get("foreignKeys", ())
        ),
        file=resource["path"],
    )


def tables_from(descriptor: dict) -> dict[str, Table]:
    """Every table a data package descriptor describes, in its order."""
    return {resource["name"]: _table(resource) for resource in descriptor["resources"]}


DESCRIPTOR: dict = json.loads(DESCRIPTOR_PATH.read_text(encoding="utf-8"))
TABLES: dict[str, Table] = tables_from(DESCRIPTOR)


def allowed(table: str, column: str) -> tuple[str, ...]:
    """The ids a category column allows, in the descriptor's order."""
    return TABLES[table].column(column).allowed


MOVEMENTS = allowed("events", "movement")
# Day 0 of each movement: the spark in 1988, the coup in 2021.
DAY_ZERO = {movement: date.fromisoformat(m["day_zero"]) for movement, m in DESCRIPTOR["movements"].items()}
DATE_PRECISIONS = allowed("events", "date_precision")
EVENT_CATEGORIES = allowed("events", "category")
FIGURE_METRICS = allowed("figures", "metric")
COUNTED_BY = allowed("figures", "counted_by")
ORGANISATION_TYPES = allowed("organisations", "org_type")
ORGANISATION_LEVELS = allowed("organisations", "level")
OUTCOME_HORIZONS = allowed("outcomes", "horizon")
OUTCOME_ASPECTS = allowed("outcomes", "aspect")
ECONOMY_INDICATORS = allowed("economy", "indicator_id")
QUOTE_RATE_TYPES = allowed("exchange_rate_quotes", "rate_type")
CLAIM_DIMENSIONS = allowed("claims", "dimension")
CLAIM_CHECK_KINDS = allowed("claims", "check_kind")
STATE_REGION_KINDS = allowed("states_regions", "kind")
DISAGREEMENT_KEPT_AS = allowed("disagreements", "kept_as")

# The words of REGION_LIST_PATTERN: a place that is no code of states_regions.csv, and the joiner of several codes.
PLACE_SCOPES = ("nationwide", "abroad")
REGION_SEPARATOR = "~"
# Myanmar's bounding box (WGS84, degrees); a point outside it is a typing error unless the row is abroad.
MYANMAR_LAT = tuple(DESCRIPTOR["bounding_box"]["lat"])
MYANMAR_LON = tuple(DESCRIPTOR["bounding_box"]["lon"])

# Dates outside this window are typing errors, not history this dashboard covers.
EARLIEST_DATE = TABLES["events"].column("date").minimum
LATEST_DATE = TABLES["events"].column("date").maximum

EVENTS = TABLES["events"]
PERIODS = TABLES["periods"]
FIGURES = TABLES["figures"]
ORGANISATIONS = TABLES["organisations"]
OUTCOMES = TABLES["outcomes"]
ECONOMY = TABLES["economy"]
EXCHANGE_RATE_QUOTES = TABLES["exchange_rate_quotes"]
DEMONETISATIONS = TABLES["demonetisations"]
REGIMES = TABLES["regimes"]
CLAIMS = TABLES["claims"]
STATES_REGIONS = TABLES["states_regions"]
TILE_GRID = TABLES["tile_grid"]
DISAGREEMENTS = TABLES["disagreements"]

ARTICLE = DESCRIPTOR["article"]
# The licence of the curated rows (each source keeps its own terms).
LICENCE = DESCRIPTOR["licenses"][0]
