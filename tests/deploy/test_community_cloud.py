"""Community Cloud's view of the repo: requirements.txt alone, in a fresh Python 3.12 venv, boots every page.

Community Cloud installs requirements.txt as it is and runs `streamlit run dashboard.py`
from the repository root; its default Python is 3.12. This test does the same on this machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.harness import REPO, free_port, wait_for_health
from tests.browser.helpers import exceptions, open_and_wait
from tests.views.test_broken_data import REGISTERED_PAGES

pytestmark = pytest.mark.browser

# Files Community Cloud would read instead of requirements.txt if they stood at the root.
OTHER_DEPENDENCY_FILES = ("uv.lock", "Pipfile", "environment.yml", "pyproject.toml", "poetry.lock")


def python_312() -> str:
    """A working Python 3.12: pyenv's, the system's, or whatever answers on the PATH."""
    candidates = [
        *sorted(str(p) for p in (Path.home() / ".pyenv" / "versions").glob("3.12*/bin/python3.12")),
        "/usr/bin/python3.12",
        shutil.which("python3.12"),
    ]
    for candidate in filter(None, candidates):
        answer = subprocess.run([candidate, "--version"], capture_output=True, text=True)
        if answer.returncode == 0 and answer.stdout.startswith("Python 3.12"):
            return candidate
    pytest.fail("Python 3.12 is needed to check the Community Cloud install (Community Cloud's default Python)")


def git_status() -> str:
    return subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=REPO, capture_output=True, text=True, check=True).stdout


def test_no_other_dependency_file_at_the_root():
    assert [name for name in OTHER_DEPENDENCY_FILES if (REPO / name).exists()] == []


def test_requirements_install_in_python_312_and_every_page_answers(tmp_path, browser):
    env_dir = tmp_path / "cloud-venv"
    subprocess.run([python_312(), "-m", "venv", str(env_dir)], check=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(REPO / "requirements.txt")],
        check=True,
        timeout=900,
    )
    version = subprocess.run([str(python), "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("Python 3.12")

    before = git_status()
    port = free_port()
    server = subprocess.Popen(
        [str(python), "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port), "--server.headless", "true"],
        cwd=REPO,
        env={k: v for k, v in os.environ.items() if k != "UPRISINGS_DATA_DIR"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = wait_for_health(server, port)
        context = browser.new_context(viewport={"width": 1280, "height": 1400})
        tab = context.new_page()
        for page_file in REGISTERED_PAGES:
            path = "" if page_file == "views/overview_page.py" else page_file.removeprefix("views/").removesuffix("_page.py")
            open_and_wait(tab, f"{url}/{path}")
            assert exceptions(tab) == 0, path
            assert tab.locator("[data-testid=stMainBlockContainer]").inner_text().strip(), path
        context.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    # The app reads its data and writes nothing into the repository.
    assert git_status() == before
