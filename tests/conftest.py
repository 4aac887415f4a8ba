"""Shared fixtures: the real data, and a writable copy of it for breaking on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from transforms.load import DATA_DIR, load_all

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def tables():
    return load_all()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ that a test may break without touching the real files."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("README.md"))
    return target
