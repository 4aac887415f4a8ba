"""Shared fixtures: the real data, a writable copy of it for breaking on purpose, and for the
end-to-end tests one server and one Chromium for the session with a fresh tab per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS, start_server
from transforms.load import DATA_DIR, load_all

REPO = Path(__file__).resolve().parent.parent
# Hostile links a page in the fast tier (-m "not browser and not slow"); the full run keeps tests/views/test_fuzz_links.py's own.
FAST_TIER_FUZZ_EXAMPLES = "20"


def pytest_configure(config):
    if "not slow" in (config.option.markexpr or ""):
        os.environ.setdefault("FUZZ_EXAMPLES", FAST_TIER_FUZZ_EXAMPLES)


@pytest.fixture(scope="session")
def tables():
    return load_all()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ that a test may break without touching the real files."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("README.md"))
    return target


@pytest.fixture(scope="session")
def server():
    process, url = start_server()
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1600})
    tab = context.new_page()
    yield tab
    context.close()
