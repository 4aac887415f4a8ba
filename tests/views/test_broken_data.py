"""The app started on a broken data folder: one clear error panel naming the file and the problem, no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.views.apptest import ENTRY, run_app
from tests.transforms.test_validate import rewrite_cell

REGISTERED_PAGES = re.findall(r'st\.Page\("(views/[a-z_]+\.py)"', Path(ENTRY).read_text(encoding="utf-8"))


def break_dates(data_dir: Path) -> None:
    rewrite_cell(data_dir, "events.csv", 5, "date", "1988-13-01")


def break_encoding(data_dir: Path) -> None:
    path = data_dir / "outcomes.csv"
    path.write_bytes(path.read_bytes().replace(b"Rangoon", "Rang\u00f6on".encode("latin-1"), 1) + b"\xff\n")


def empty_file(data_dir: Path) -> None:
    (data_dir / "figures.csv").write_text("", encoding="utf-8")


CASES = {"events.csv": break_dates, "outcomes.csv": break_encoding, "figures.csv": empty_file}


@pytest.mark.parametrize("page", REGISTERED_PAGES)
def test_every_page_shows_one_error_panel_for_a_broken_table(page, data_copy, monkeypatch):
    break_dates(data_copy)
    monkeypatch.setenv("UPRISINGS_DATA_DIR", str(data_copy))
    at = run_app(page=page)
    assert not at.exception
    assert len(at.error) == 1
    assert "events.csv" in at.error[0].value
    assert "events.csv, row 5, column 'date'" in at.code[0].value
    assert not at.get("plotly_chart")


@pytest.mark.parametrize("file", list(CASES))
def test_error_panel_names_the_broken_file(file, data_copy, monkeypatch):
    CASES[file](data_copy)
    monkeypatch.setenv("UPRISINGS_DATA_DIR", str(data_copy))
    at = run_app()
    assert not at.exception
    assert [file] == re.findall(r"[a-z_]+\.csv", at.error[0].value)
