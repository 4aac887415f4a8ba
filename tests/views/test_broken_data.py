"""The app started on a broken data folder: one clear error panel naming the file and the problem, no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.views.apptest import run_app
from tests.transforms.test_validate import rewrite_cell
from ui.pages import PAGES

REGISTERED_PAGES = [page.view for page in PAGES.values()]


def break_dates(data_dir: Path) -> None:
    rewrite_cell(data_dir, "events.csv", 5, "date", "1988-13-01")


def break_encoding(data_dir: Path) -> None:
    path = data_dir / "outcomes.csv"
    path.write_bytes(path.read_bytes().replace(b"Rangoon", "Rang\u00f6on".encode("latin-1"), 1) + b"\xff\n")


def empty_file(data_dir: Path) -> None:
    (data_dir / "figures.csv").write_text("", encoding="utf-8")


def missing_column(data_dir: Path) -> None:
    path = data_dir / "periods.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("end_kind", "kind_of_end", 1), encoding="utf-8")


def text_in_number(data_dir: Path) -> None:
    rewrite_cell(data_dir, "organisations.csv", 3, "count_low", "about seventy")


def low_above_high(data_dir: Path) -> None:
    rewrite_cell(data_dir, "exchange_rate_quotes.csv", 2, "rate_low", "999999")
    rewrite_cell(data_dir, "exchange_rate_quotes.csv", 2, "rate_high", "1")


def missing_source(data_dir: Path) -> None:
    rewrite_cell(data_dir, "demonetisations.csv", 2, "source_url", "")


def duplicate_id(data_dir: Path) -> None:
    rewrite_cell(data_dir, "claims.csv", 3, "claim_id", "C1")


def unknown_category(data_dir: Path) -> None:
    rewrite_cell(data_dir, "outcomes.csv", 4, "horizon", "someday")


# Each way a table can break, with the file it breaks.
CASES = {
    "bad date": ("events.csv", break_dates),
    "wrong encoding": ("outcomes.csv", break_encoding),
    "empty file": ("figures.csv", empty_file),
    "missing column": ("periods.csv", missing_column),
    "text in a number column": ("organisations.csv", text_in_number),
    "low above high": ("exchange_rate_quotes.csv", low_above_high),
    "missing source": ("demonetisations.csv", missing_source),
    "duplicate id": ("claims.csv", duplicate_id),
    "unknown category": ("outcomes.csv", unknown_category),
}


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


@pytest.mark.parametrize("case", list(CASES))
def test_error_panel_names_the_broken_file(case, data_copy, monkeypatch):
    file, breaks = CASES[case]
    breaks(data_copy)
    monkeypatch.setenv("UPRISINGS_DATA_DIR", str(data_copy))
    at = run_app()
    assert not at.exception
    assert len(at.error) == 1
    assert [file] == re.findall(r"[a-z_]+\.csv", at.error[0].value)
    assert not at.get("plotly_chart")
