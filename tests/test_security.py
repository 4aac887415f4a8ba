"""Security rules that hold for the whole code base."""

from __future__ import annotations

import ast
import subprocess
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UNSAFE_KEYWORDS = {"unsafe_allow_html", "unsafe_allow_javascript"}


def source_files() -> list[Path]:
    tracked = subprocess.run(["git", "ls-files", "*.py"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    untracked = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard", "*.py"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    return [REPO / name for name in (tracked + untracked).split() if not name.startswith("tests/")]


def module_constants(tree: ast.Module) -> set[str]:
    """Names bound once at module level to a literal string."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
    return names


def test_unsafe_html_and_javascript_only_ever_render_constants():
    places = []
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = module_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            unsafe = [k for k in node.keywords if k.arg in UNSAFE_KEYWORDS and not (isinstance(k.value, ast.Constant) and k.value.value is False)]
            if not unsafe:
                continue
            places.append(str(path.relative_to(REPO)))
            body = node.args[0] if node.args else None
            is_constant = isinstance(body, ast.Constant) and isinstance(body.value, str)
            is_constant_name = isinstance(body, ast.Name) and body.id in constants
            assert is_constant or is_constant_name, f"{path.relative_to(REPO)}:{node.lineno} renders non-constant content unsafely"
    # The known uses (the history script, the document's language and keyboard scripts, the SVG button's
    # script); a new one must be looked at.
    assert sorted(set(places)) == ["ui/share.py", "ui/streamlit_workarounds.py"]


def test_xsrf_protection_stays_on_and_usage_statistics_off():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"].get("enableXsrfProtection", True) is True
    assert config["server"].get("enableCORS", True) is True
    assert config["browser"]["gatherUsageStats"] is False


def test_no_secrets_in_the_repository():
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    assert not [name for name in tracked if name.endswith(("secrets.toml", ".env", ".pem", ".key"))]
