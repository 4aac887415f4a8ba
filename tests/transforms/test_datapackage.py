"""The data package: the `frictionless` library finds the descriptor and every CSV valid,
and the app's own reading of the descriptor catches what the library catches."""

from __future__ import annotations

import copy

import pytest
from frictionless import Package

from tests.transforms.test_validate import rewrite_cell
from transforms import schema
from transforms.load import DATA_DIR, check_all, read_raw, to_typed
from transforms.validate import check_frame


def validate_package(data_dir):
    return Package(str(data_dir / "datapackage.json")).validate()


def test_the_package_and_every_table_are_valid():
    report = validate_package(DATA_DIR)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_package_describes_every_csv_in_data():
    described = {resource["path"] for resource in schema.DESCRIPTOR["resources"]}
    assert described == {path.name for path in DATA_DIR.glob("*.csv")}


def test_the_package_carries_a_licence_and_sources():
    assert [licence["name"] for licence in schema.DESCRIPTOR["licenses"]] == ["CC-BY-4.0"]
    assert schema.DESCRIPTOR["sources"]


def test_every_column_has_a_description():
    for table in schema.TABLES.values():
        for column in table.columns:
            assert column.description, f"{table.name}.{column.name}"


# A cell broken in a copy of the data: (file, row, column, value).
BROKEN_CELLS = {
    "impossible date": ("events.csv", 5, "date", "1988-02-30"),
    "date after the covered years": ("events.csv", 3, "date", "2088-01-01"),
    "text in a number column": ("figures.csv", 4, "low", "about 300"),
    "unknown category": ("events.csv", 6, "category", "riot"),
    "missing source": ("organisations.csv", 7, "source_url", ""),
    "source that is not http": ("events.csv", 2, "source_url", "javascript:alert(1)"),
    "bad boolean": ("periods.csv", 2, "headline", "yes"),
    "unknown event": ("periods.csv", 3, "end_event_id", "ev1988-999"),
    "duplicate id": ("claims.csv", 3, "claim_id", "C1"),
    "place that is not a state/region code": ("events.csv", 2, "state_region", "Yangon"),
    "missing place": ("organisations.csv", 3, "state_region", ""),
    "unknown kind of state or region": ("states_regions.csv", 4, "kind", "province"),
    "text in a population": ("states_regions.csv", 5, "pop_2014", "about 5 million"),
    "disagreement in an unknown table": ("disagreements.csv", 2, "table", "economy"),
}


@pytest.mark.parametrize("case", list(BROKEN_CELLS))
def test_library_and_app_flag_the_same_cell(case, data_copy):
    file, row, column, value = BROKEN_CELLS[case]
    rewrite_cell(data_copy, file, row, column, value)
    (data_copy / "datapackage.json").write_text(
        (DATA_DIR / "datapackage.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    report = validate_package(data_copy)
    # Key errors concern a whole row, so the library is asked for the row; the app names the column too.
    flagged_by_library = {(task.name, error.row_number) for task in report.tasks for error in task.errors}
    _, problems = check_all(data_copy)
    flagged_by_app = {(p.file, p.row, p.column) for p in problems}
    assert flagged_by_library == {(file.removesuffix(".csv"), row)}
    assert flagged_by_app == {(file, row, column)}


def test_the_app_reads_every_constraint_the_package_uses():
    used = {
        name
        for resource in schema.DESCRIPTOR["resources"]
        for field in resource["schema"]["fields"]
        for name in field.get("constraints", {})
    }
    assert used <= set(schema.CONSTRAINTS)


def test_a_column_added_to_the_descriptor_is_read_and_checked(tables):
    descriptor = copy.deepcopy(schema.DESCRIPTOR)
    events = next(resource for resource in descriptor["resources"] if resource["name"] == "events")
    events["schema"]["fields"].append(
        {"name": "crowd", "type": "number", "description": "People present.", "constraints": {"minimum": 0, "maximum": 1e7}}
    )
    table = schema.tables_from(descriptor)["events"]
    raw = read_raw(schema.TABLES["events"]).assign(crowd="")
    raw.loc[0, "crowd"] = "5000"
    assert check_frame(table, raw) == []
    raw.loc[1, "crowd"] = "-3"
    assert [(p.row, p.column, p.rule) for p in check_frame(table, raw)] == [(3, "crowd", "range")]
    assert to_typed(table, raw)["crowd"].dtype == "float64"
