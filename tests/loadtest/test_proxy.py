"""The nginx configuration: rendered from one template for compose and for `--replicas`, accepted by nginx."""

from __future__ import annotations

import pytest

from loadtest.proxy import COMPOSE_CONF, COOKIE, Nginx, compose_config, nginx_binary, render, routing

NO_NGINX = "nginx is not installed here and could not be (scripts/test.sh installs Debian's nginx with apt)"


def test_render_fills_every_placeholder_with_one_server_line_per_replica():
    text = render(["127.0.0.1:8581", "127.0.0.1:8582"], listen="127.0.0.1:8590", access_log="/tmp/a.log")
    assert "@@" not in text
    assert "server 127.0.0.1:8581 max_fails=3 fail_timeout=10s;" in text
    assert "server 127.0.0.1:8582 max_fails=3 fail_timeout=10s;" in text
    assert "listen 127.0.0.1:8590;" in text and "access_log /tmp/a.log dashboard_sticky;" in text


def test_render_refuses_an_empty_upstream_group():
    with pytest.raises(ValueError):
        render([], listen="80", access_log="off")


def test_compose_configuration_is_the_template_rendered():
    assert COMPOSE_CONF.read_text(encoding="utf-8") == compose_config()


def test_configuration_keeps_websockets_open_and_browsers_on_one_replica():
    text = compose_config()
    for expected in ("proxy_set_header Upgrade $http_upgrade;", "proxy_read_timeout 1d;",
                     f"hash $dashboard_sticky_key consistent;", f"$cookie_{COOKIE}", "gzip on;",
                     "location /static/", "immutable", "location /media/"):
        assert expected in text


@pytest.mark.skipif(nginx_binary() is None, reason=NO_NGINX)
def test_nginx_accepts_the_rendered_local_configuration():
    proxy = Nginx(["127.0.0.1:8581", "127.0.0.1:8582"], port=8599)
    try:
        checked = proxy.test_config()
    finally:
        proxy.cleanup()
    assert checked.returncode == 0, checked.stderr


def log_line(cookie: str, upstream: str, path: str, status: int = 200) -> str:
    return f'{cookie} {upstream} {status} "GET {path} HTTP/1.1"'


def test_routing_counts_websocket_sessions_per_replica_including_idle_ones():
    lines = [log_line("a", "127.0.0.1:8581", "/_stcore/stream"), log_line("b", "127.0.0.1:8581", "/_stcore/stream"),
             log_line("a", "127.0.0.1:8581", "/")]
    found = routing(lines, ["127.0.0.1:8581", "127.0.0.1:8582"])
    assert found.sessions_per_replica == {"127.0.0.1:8581": 2, "127.0.0.1:8582": 0}
    assert found.browsers == 2 and found.sticky


def test_routing_finds_a_browser_sent_to_two_replicas():
    lines = [log_line("a", "127.0.0.1:8581", "/"), log_line("a", "127.0.0.1:8582", "/_stcore/stream")]
    assert routing(lines).browsers_on_several_replicas == 1 and not routing(lines).sticky


def test_routing_counts_media_downloads_and_their_failures():
    lines = [log_line("a", "127.0.0.1:8581", "/media/x.csv"), log_line("a", "127.0.0.1:8581", "/media/y.csv", 404)]
    found = routing(lines)
    assert (found.media_requests, found.media_ok) == (2, 1)


def test_routing_sets_aside_requests_made_before_the_cookie_was_set():
    found = routing([log_line("-", "127.0.0.1:8581", "/"), log_line("a", "127.0.0.1:8581", "/")])
    assert found.requests_without_cookie == 1 and found.browsers == 1
