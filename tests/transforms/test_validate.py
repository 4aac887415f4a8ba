"""Each validation rule, broken on purpose in a copy of the real data: the error names file, row, column, rule."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from transforms import validate
from transforms.load import check_all, load_all, load_table
from transforms.validate import DataError


def rewrite_cell(data_dir: Path, file: str, row: int, column: str, value: str) -> None:
    """Set one cell; `row` is the line number in the file (header is row 1)."""
    path = data_dir / file
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[row - 2][column] = value
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0].keys()), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def only_problem(data_dir: Path, table: str) -> validate.Problem:
    with pytest.raises(DataError) as caught:
        load_table(table, data_dir)
    problems = caught.value.problems
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def problem_places(data_dir: Path) -> list[tuple]:
    """(file, row, column, rule) of every problem in a copy, cross-table checks included."""
    _, problems = check_all(data_dir)
    return [(p.file, p.row, p.column, p.rule) for p in problems]


def test_real_data_is_valid():
    tables = load_all()
    assert set(tables) == set(validate.schema.TABLES)


def test_bad_date_names_file_row_column_and_rule(data_copy):
    rewrite_cell(data_copy, "events.csv", 5, "date", "1988-02-30")
    problem = only_problem(data_copy, "events")
    assert (problem.file, problem.row, problem.column, problem.rule) == ("events.csv", 5, "date", "date")
    assert "events.csv, row 5, column 'date'" in str(problem)


def test_date_outside_the_covered_years(data_copy):
    rewrite_cell(data_copy, "events.csv", 3, "date", "2088-01-01")
    problem = only_problem(data_copy, "events")
    assert (problem.row, problem.column, problem.rule) == (3, "date", "date-range")


def test_text_in_a_number_column(data_copy):
    rewrite_cell(data_copy, "figures.csv", 4, "low", "about 300")
    problem = only_problem(data_copy, "figures")
    assert (problem.file, problem.row, problem.column, problem.rule) == ("figures.csv", 4, "low", "number")


def test_low_above_high(data_copy):
    rewrite_cell(data_copy, "figures.csv", 2, "low", "999999999")
    rewrite_cell(data_copy, "figures.csv", 2, "high", "5")
    problem = only_problem(data_copy, "figures")
    assert (problem.row, problem.column, problem.rule) == (2, "high", "low-not-above-high")


def test_missing_source(data_copy):
    rewrite_cell(data_copy, "organisations.csv", 7, "source_url", "")
    problem = only_problem(data_copy, "organisations")
    assert (problem.file, problem.row, problem.column, problem.rule) == (
        "organisations.csv",
        7,
        "source_url",
        "source-required",
    )


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "www.example.org", "https://a b"])
def test_source_must_be_an_http_address(data_copy, url):
    rewrite_cell(data_copy, "events.csv", 2, "source_url", url)
    problem = only_problem(data_copy, "events")
    assert (problem.row, problem.column, problem.rule) == (2, "source_url", "source-url")


def test_duplicate_id(data_copy):
    first = next(csv.DictReader((data_copy / "events.csv").open(encoding="utf-8")))["event_id"]
    rewrite_cell(data_copy, "events.csv", 9, "event_id", first)
    problem = only_problem(data_copy, "events")
    assert (problem.row, problem.column, problem.rule) == (9, "event_id", "unique-id")
    assert "row 2" in problem.detail


def test_unknown_category(data_copy):
    rewrite_cell(data_copy, "events.csv", 6, "category", "riot")
    problem = only_problem(data_copy, "events")
    assert (problem.row, problem.column, problem.rule) == (6, "category", "allowed-values")


def test_bad_boolean(data_copy):
    rewrite_cell(data_copy, "periods.csv", 2, "headline", "yes")
    problem = only_problem(data_copy, "periods")
    assert (problem.row, problem.column, problem.rule) == (2, "headline", "boolean")


def test_missing_column(data_copy):
    path = data_copy / "outcomes.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    drop = rows[0].index("horizon")
    path.write_text("\n".join(",".join(f'"{c}"' for i, c in enumerate(r) if i != drop) for r in rows), encoding="utf-8")
    problem = only_problem(data_copy, "outcomes")
    assert (problem.file, problem.row, problem.column, problem.rule) == ("outcomes.csv", 1, "horizon", "columns")


def test_empty_file(data_copy):
    (data_copy / "claims.csv").write_text("", encoding="utf-8")
    problem = only_problem(data_copy, "claims")
    assert (problem.file, problem.row, problem.rule) == ("claims.csv", None, "not-empty")


def test_header_without_rows(data_copy):
    path = data_copy / "claims.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    problem = only_problem(data_copy, "claims")
    assert problem.rule == "not-empty"


def test_wrong_encoding(data_copy):
    path = data_copy / "events.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace("Rangoon", "Rang\u00f6on")
    # Row 4 saved as Latin-1 (its Burmese text cannot be), the rest as UTF-8: the kind of file a spreadsheet export leaves behind.
    path.write_bytes("".join(lines[:3]).encode("utf-8") + lines[3].encode("latin-1", errors="replace") + "".join(lines[4:]).encode("utf-8"))
    problem = only_problem(data_copy, "events")
    assert (problem.file, problem.rule) == ("events.csv", "utf-8")
    assert problem.row == 4


def test_row_with_too_many_fields(data_copy):
    path = data_copy / "outcomes.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4] + ",extra"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = only_problem(data_copy, "outcomes")
    assert (problem.row, problem.rule) == (5, "field-count")


def test_period_pointing_at_unknown_event(data_copy):
    rewrite_cell(data_copy, "periods.csv", 3, "end_event_id", "ev1988-999")
    assert problem_places(data_copy) == [("periods.csv", 3, "end_event_id", "foreign-key")]


def test_claim_evidence_pointing_at_unknown_row(data_copy):
    rewrite_cell(data_copy, "claims.csv", 2, "evidence_ids", "no-such-row")
    assert problem_places(data_copy) == [("claims.csv", 2, "evidence_ids", "known-row")]


def test_command_line_report_passes_on_real_data(capsys):
    assert validate.main([]) == 0
    assert f"All {len(validate.schema.TABLES)} tables" in capsys.readouterr().out


def test_command_line_report_fails_on_broken_copy(data_copy, capsys):
    rewrite_cell(data_copy, "events.csv", 5, "date", "yesterday")
    assert validate.main([str(data_copy)]) == 1
    out = capsys.readouterr().out
    assert "FAIL  events.csv" in out
    assert "events.csv, row 5, column 'date'" in out


def test_state_region_that_is_not_a_code(data_copy):
    rewrite_cell(data_copy, "events.csv", 2, "state_region", "Yangon")
    problem = only_problem(data_copy, "events")
    assert (problem.file, problem.row, problem.column, problem.rule) == ("events.csv", 2, "state_region", "state-region")


def test_state_region_error_names_the_first_part_that_is_not_a_code(data_copy):
    rewrite_cell(data_copy, "events.csv", 2, "state_region", "MM-06~Mandalay")
    problem = only_problem(data_copy, "events")
    assert problem.rule == "state-region"
    assert "'Mandalay' is not an MM-nn code" in str(problem)


def test_state_region_code_missing_from_states_regions(data_copy):
    rewrite_cell(data_copy, "organisations.csv", 4, "state_region", "MM-09")
    assert problem_places(data_copy) == [
        ("organisations.csv", 4, "state_region", "known-state-region")
    ]


def test_every_code_of_a_joined_state_region_must_exist(data_copy):
    rewrite_cell(data_copy, "events.csv", 2, "state_region", "MM-06~MM-99")
    _, problems = check_all(data_copy)
    assert [(p.row, p.column, p.rule) for p in problems] == [(2, "state_region", "known-state-region")]
    assert "'MM-99'" in str(problems[0])


def test_latitude_without_longitude(data_copy):
    rewrite_cell(data_copy, "events.csv", 2, "lon", "")
    problem = only_problem(data_copy, "events")
    assert (problem.file, problem.row, problem.column, problem.rule) == ("events.csv", 2, "lon", "point-pair")


def test_point_outside_myanmar(data_copy):
    rewrite_cell(data_copy, "events.csv", 2, "lat", "40.7489")
    problem = only_problem(data_copy, "events")
    assert (problem.file, problem.row, problem.column, problem.rule) == ("events.csv", 2, "lat", "inside-myanmar")


def test_point_outside_myanmar_is_allowed_abroad(data_copy):
    rewrite_cell(data_copy, "events.csv", 2, "state_region", "abroad")
    rewrite_cell(data_copy, "events.csv", 2, "lat", "40.7489")
    rewrite_cell(data_copy, "events.csv", 2, "lon", "-73.968")
    assert len(load_table("events", data_copy)) > 0


def test_state_region_is_required(data_copy):
    rewrite_cell(data_copy, "organisations.csv", 3, "state_region", "")
    problem = only_problem(data_copy, "organisations")
    assert (problem.row, problem.column, problem.rule) == (3, "state_region", "required")


def test_every_listed_disagreement_is_kept_in_the_data():
    raw_tables, problems = check_all()
    assert problems == []
    assert validate.check_disagreements(raw_tables) == []
    listed = raw_tables["disagreements"].set_index("disagreement_id")
    # The disagreements the issue names are among them, each with more than one value kept.
    for named in ("dis-2021-27-march-toll", "dis-2021-pazigyi", "dis-2021-14-march-toll",
                  "dis-1988-martial-law-date", "dis-1988-suu-kyi-first-appearance"):
        assert listed.loc[named, "kept_as"] == "rows" and len(listed.loc[named, "row_ids"].split(";")) >= 2


def test_disagreement_naming_a_row_that_does_not_exist(data_copy):
    rewrite_cell(data_copy, "disagreements.csv", 2, "row_ids", "fig1988-deaths-official;fig1988-no-such-row")
    assert problem_places(data_copy) == [("disagreements.csv", 2, "row_ids", "known-row")]


def test_disagreement_kept_as_rows_needs_two_rows(data_copy):
    rewrite_cell(data_copy, "disagreements.csv", 2, "row_ids", "fig1988-deaths-official")
    assert problem_places(data_copy) == [("disagreements.csv", 2, "row_ids", "rows-kept")]


def test_disagreement_kept_as_rows_needs_different_sources(data_copy):
    # Two 27 March 2021 rows given the same page and the same counter are one source twice.
    source = "https://www.eastcoastdaily.in/2021/03/28/myanmar-security-forces-killed-at-least-114-people-including-children.html"
    rewrite_cell(data_copy, "disagreements.csv", 2, "row_ids", "fig2021-deaths-27-march;fig2021-deaths-27-march-90")
    rows = list(csv.DictReader((data_copy / "figures.csv").open(encoding="utf-8")))
    line = next(i for i, r in enumerate(rows) if r["figure_id"] == "fig2021-deaths-27-march-90") + 2
    rewrite_cell(data_copy, "figures.csv", line, "source_url", source)
    _, problems = check_all(data_copy)
    assert [(p.file, p.row, p.rule) for p in problems] == [("disagreements.csv", 2, "rows-kept")]


def test_disagreement_kept_as_range_needs_low_below_high(data_copy):
    rows = list(csv.DictReader((data_copy / "disagreements.csv").open(encoding="utf-8")))
    line = next(i for i, r in enumerate(rows) if r["kept_as"] == "range") + 2
    rewrite_cell(data_copy, "disagreements.csv", line, "row_ids", "fig1988-deaths-official")
    assert problem_places(data_copy) == [("disagreements.csv", line, "row_ids", "range-kept")]


def test_tile_of_an_unknown_state_region(data_copy):
    rewrite_cell(data_copy, "tile_grid.csv", 2, "code", "MM-99")
    rules = {(p.file, p.row, p.column, p.rule) for p in check_all(data_copy)[1]}
    assert ("tile_grid.csv", 2, "code", "foreign-key") in rules
    # The state or region that lost its tile is named too.
    assert ("tile_grid.csv", None, "code", "every-state-region") in rules


def test_two_tiles_in_one_cell(data_copy):
    rewrite_cell(data_copy, "tile_grid.csv", 3, "row", "0")
    rewrite_cell(data_copy, "tile_grid.csv", 3, "col", "2")  # where Kachin, row 2, already is
    assert problem_places(data_copy) == [("tile_grid.csv", 3, "col", "one-tile-a-cell")]
