"""deploy/: the Dockerfile and compose.yaml, read and checked without Docker (no daemon here)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from loadtest.proxy import COMPOSE_UPSTREAM

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
APP_ROOTS = [REPO / "dashboard.py", *(REPO / folder for folder in ("charts", "transforms", "ui", "views"))]


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    text = re.sub(r"\\\n\s*", " ", (DEPLOY / "Dockerfile").read_text(encoding="utf-8"))
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "") for line in lines]


def first(keyword: str) -> str:
    return next(args for key, args in instructions() if key == keyword)


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def test_base_image_is_a_slim_python_pinned_to_a_patch_release():
    assert re.fullmatch(r"python:3\.\d+\.\d+-slim(-\w+)?", first("FROM"))


def test_image_installs_requirements_txt_and_every_requirement_is_pinned():
    runs = [args for key, args in instructions() if key == "RUN"]
    assert any("pip install" in run and "-r requirements.txt" in run for run in runs)
    assert all("pip install" not in run or "-r requirements.txt" in run for run in runs), "a package outside the pins"
    pins = [line for line in (REPO / "requirements.txt").read_text().splitlines() if line and not line.startswith("#")]
    assert pins and all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.]+", pin) for pin in pins)


def test_the_server_runs_as_a_non_root_user():
    keys = [key for key, _ in instructions()]
    user = first("USER")
    assert user not in ("root", "0") and keys.index("USER") < keys.index("CMD")


def test_health_check_asks_streamlit_on_the_port_the_server_listens_on():
    port = re.search(r"--server\.port=(\d+)", first("CMD")).group(1)
    assert f"127.0.0.1:{port}/_stcore/health" in first("HEALTHCHECK")
    assert first("EXPOSE") == port


def local_packages() -> set[str]:
    """Top-level names the app imports that are folders or modules of this repository."""
    files = [REPO / "dashboard.py", *(p for root in APP_ROOTS[1:] for p in root.rglob("*.py"))]
    names = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
    return {name for name in names if (REPO / name).is_dir() or (REPO / f"{name}.py").is_file()}


def test_image_copies_every_package_the_app_imports_and_its_data():
    copied = " ".join(args for key, args in instructions() if key == "COPY")
    allowed = (REPO / ".dockerignore").read_text(encoding="utf-8")
    for name in local_packages() | {"data", ".streamlit"}:
        assert f"{name}/" in copied, name
        assert f"!{name}/" in allowed, name


def test_compose_runs_several_replicas_of_the_image_behind_the_proxy():
    services = compose()["services"]
    dashboard, proxy = services["dashboard"], services["proxy"]
    assert dashboard["build"]["dockerfile"] == "deploy/Dockerfile"
    assert int(str(dashboard["deploy"]["replicas"]).split(":-")[-1].rstrip("}")) >= 2
    assert proxy["depends_on"]["dashboard"]["condition"] == "service_healthy"


def test_compose_proxy_uses_the_rendered_configuration_that_names_the_dashboard_service():
    services = compose()["services"]
    mount = next(v for v in services["proxy"]["volumes"] if v.endswith("/etc/nginx/conf.d/default.conf:ro"))
    assert (DEPLOY / mount.split(":")[0]).resolve() == DEPLOY / "nginx" / "dashboard.conf"
    host, port = COMPOSE_UPSTREAM.split(":")
    assert host in services and port in [str(p) for p in services[host]["expose"]]
