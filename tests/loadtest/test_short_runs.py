"""The long runs in their short modes, against real servers (and nginx), so that their code cannot rot.

`python -m loadtest`, `--capacity` and `--replicas` take minutes at their defaults; here they
run with a few sessions for 10 s a step. Only errors, routing and the written section are
checked: timings belong to the benchmarks, not to tests.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from loadtest.capacity import run_steps
from loadtest.cli import main
from loadtest.proxy import nginx_binary

pytestmark = [pytest.mark.slow, pytest.mark.server]

NO_NGINX = "nginx is not installed here and could not be (scripts/test.sh installs Debian's nginx with apt)"
SHORT = ["--seconds", "10", "--think", "2", "--ramp", "2", "--settle", "1", "--timeout", "120"]


def in_own_thread(function, *args, **kwargs):
    """Run a load run as its command does, in a thread with no event loop: in the same pytest process the
    browser tests' Playwright keeps one running in the main thread, and asyncio.run refuses to nest."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args, **kwargs).result()


def test_the_load_test_short_mode_holds_twenty_sessions_without_errors(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    assert in_own_thread(main, ["--sessions", "20", "--rounds", "1", *SHORT, "--benchmarks", str(report)]) == 0
    assert "| Errors | 0 | **0** |" in report.read_text()


def test_a_two_step_capacity_run_writes_its_section(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    report.write_text("# Benchmarks\n\nkeep me\n")
    assert in_own_thread(main, ["--capacity", "--steps", "3", "6", "--pages", "overview", "data", *SHORT,
                                "--benchmarks", str(report)]) == 0
    text = report.read_text()
    assert "keep me" in text and "### One process" in text
    assert "\n| 3 | " in text and "\n| 6 | " in text and "Capacity: **" in text


@pytest.mark.skipif(nginx_binary() is None, reason=NO_NGINX)
def test_two_replicas_behind_nginx_keep_each_browser_on_one_replica_and_serve_its_downloads():
    run = in_own_thread(run_steps, 2, [8], 10, think=2, timeout=120, ramp=2, settle=1, seed=1,
                        pages=["data", "overview"], log=lambda line: None)
    step = run.steps[0]
    assert step.errors == 0, step.result.errors
    assert step.routing is not None and step.routing.browsers >= 8
    assert step.routing.browsers_on_several_replicas == 0
    assert sum(step.routing.sessions_per_replica.values()) >= 8
    assert len(step.routing.sessions_per_replica) == 2
    assert step.result.downloads > 0 and step.result.downloads_failed == 0
    assert step.routing.media_ok == step.routing.media_requests > 0


def test_the_profile_lists_where_the_server_spent_its_time_and_the_memory_a_session_holds(capsys):
    from loadtest.profile import main as profile

    assert in_own_thread(profile, ["--sessions", "3", "--seconds", "8", "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert ", 0 errors; server CPU" in out and "a page run" in out
    assert "Ordered by: internal time" in out
    assert "MB a session (0 errors)" in out


@pytest.mark.skipif(nginx_binary() is None, reason=NO_NGINX)
def test_nginx_compresses_streamlit_scripts_lets_browsers_keep_them_and_sets_the_replica_cookie(tmp_path):
    import re
    import urllib.request

    from loadtest.proxy import COOKIE, Nginx
    from loadtest.server import Server

    with Server(log=tmp_path / "server.log") as server, Nginx([f"127.0.0.1:{server.port}"], port=8597) as proxy:
        with urllib.request.urlopen(proxy.url + "/") as page:
            cookie = page.headers.get("Set-Cookie", "")
            script = re.search(r'src="\.?/?(static/js/[^"]+\.js)"', page.read().decode()).group(1)
        request = urllib.request.Request(f"{proxy.url}/{script}", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as asset:
            headers = asset.headers
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie
    assert headers.get("Content-Encoding") == "gzip"
    assert "immutable" in headers.get("Cache-Control", "")
