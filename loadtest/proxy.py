"""nginx in front of several dashboard replicas, from deploy/nginx/dashboard.conf.template.

The same template gives deploy/nginx/dashboard.conf (compose.yaml's proxy) and the
configuration `python -m loadtest --replicas N` runs locally: nginx as the current user,
on 127.0.0.1 only, with its pid, logs and temporary files under a temporary prefix.

    python -m loadtest.proxy            # print the configuration compose.yaml uses
    python -m loadtest.proxy --write    # write it to deploy/nginx/dashboard.conf
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = REPO / "deploy" / "nginx" / "dashboard.conf.template"
COMPOSE_CONF = REPO / "deploy" / "nginx" / "dashboard.conf"
COOKIE = "dashboard_replica"
STREAM = "/_stcore/stream"
# compose.yaml's service: Docker's DNS answers with every replica's address, and nginx
# puts each of them in the upstream group when it starts.
COMPOSE_UPSTREAM = "dashboard:8501"
HEALTH = "max_fails=3 fail_timeout=10s"
NGINX = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")


def render(upstreams: Sequence[str], *, listen: str, access_log: str, template: Path = TEMPLATE) -> str:
    """The template with its upstream servers, listen address and access log filled in."""
    if not upstreams:
        raise ValueError("need at least one upstream server")
    servers = "\n".join(f"    server {address} {HEALTH};" for address in upstreams)
    text = template.read_text(encoding="utf-8")
    for name, value in {"UPSTREAM_SERVERS": servers, "LISTEN": listen, "ACCESS_LOG": access_log,
                        "COOKIE": COOKIE}.items():
        text = text.replace(f"@@{name}@@", value)
    if "@@" in text:
        raise ValueError("the template has a placeholder render() does not fill")
    return text


def compose_config() -> str:
    return render([COMPOSE_UPSTREAM], listen="80", access_log="/var/log/nginx/access.log")


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next((path for path in NGINX if os.access(path, os.X_OK)), None)


def main_config(site: str, prefix: Path) -> str:
    """A whole nginx.conf around the rendered site: one worker, everything under `prefix`."""
    user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""  # else workers would run as nobody
    temp = "\n".join(f"    {kind}_temp_path {prefix / (kind + '_temp')};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (
        f"{user}worker_processes 1;\n"
        "worker_rlimit_nofile 8192;\n"
        f"pid {prefix / 'nginx.pid'};\n"
        f"error_log {prefix / 'error.log'} warn;\n"
        "events { worker_connections 4096; }\n"
        "http {\n"
        "    default_type application/octet-stream;\n"
        f"{temp}\n"
        + "".join(f"    {line}\n" for line in site.splitlines())
        + "}\n"
    )


class Nginx:
    """nginx proxying 127.0.0.1:`port` to `upstreams`, in its own process group, under a temporary prefix."""

    def __init__(self, upstreams: Sequence[str], port: int, binary: str | None = None) -> None:
        self.binary = binary or nginx_binary()
        if self.binary is None:
            raise RuntimeError("nginx is not installed (Debian: apt-get install nginx)")
        self.upstreams = list(upstreams)
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.prefix = Path(tempfile.mkdtemp(prefix="loadtest-nginx-"))
        self.access_log = self.prefix / "access.log"
        self.conf = self.prefix / "nginx.conf"
        self.process: subprocess.Popen | None = None

    def write_config(self) -> Path:
        site = render(self.upstreams, listen=f"127.0.0.1:{self.port}", access_log=str(self.access_log))
        self.conf.write_text(main_config(site, self.prefix), encoding="utf-8")
        return self.conf

    def test_config(self) -> subprocess.CompletedProcess:
        """`nginx -t` on the configuration: exit status 0 when nginx accepts it."""
        self.write_config()
        return subprocess.run([self.binary, "-t", "-p", str(self.prefix), "-c", str(self.conf)],
                              capture_output=True, text=True, check=False)

    def start(self, timeout: float = 20) -> Nginx:
        checked = self.test_config()
        if checked.returncode != 0:
            raise RuntimeError(f"nginx rejected the configuration: {checked.stderr.strip()}")
        self.process = subprocess.Popen(
            [self.binary, "-p", str(self.prefix), "-c", str(self.conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited: {self.process.stderr.read().decode(errors='replace').strip()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"nginx at {self.url} did not answer the health check within {timeout:.0f} s")

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGQUIT)  # graceful: workers finish what they hold
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        self.process = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.prefix, ignore_errors=True)

    def __enter__(self) -> Nginx:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cleanup()


@dataclass
class Routing:
    """What nginx's access log says about where each browser (cookie) was sent."""

    sessions_per_replica: dict[str, int] = field(default_factory=dict)  # websocket sessions by upstream
    browsers: int = 0  # distinct cookies with at least one request
    browsers_on_several_replicas: int = 0  # cookies whose requests went to more than one upstream
    requests_without_cookie: int = 0  # requests that came before the browser had its cookie
    media_requests: int = 0
    media_ok: int = 0

    @property
    def sticky(self) -> bool:
        return self.browsers > 0 and self.browsers_on_several_replicas == 0


def routing(log_lines: Sequence[str], upstreams: Sequence[str] = ()) -> Routing:
    """Read lines of the `dashboard_sticky` log format: cookie, upstream, status, "request".

    `upstreams` are listed in the sessions per replica even when no session reached them.
    """
    upstreams_of: dict[str, set[str]] = defaultdict(set)
    sessions: dict[str, int] = {address: 0 for address in upstreams}
    result = Routing()
    for line in log_lines:
        head, _, request = line.partition(' "')
        parts = head.split()
        if len(parts) != 3:
            continue
        cookie, upstream, status = parts
        path = request.split()[1] if len(request.split()) > 1 else ""
        if cookie == "-":
            result.requests_without_cookie += 1
            continue
        if upstream != "-":
            upstreams_of[cookie].add(upstream)
        if path.startswith(STREAM):
            sessions[upstream] = sessions.get(upstream, 0) + 1
        if path.startswith("/media/"):
            result.media_requests += 1
            result.media_ok += status == "200"
    result.sessions_per_replica = sessions
    result.browsers = len(upstreams_of)
    result.browsers_on_several_replicas = sum(len(found) > 1 for found in upstreams_of.values())
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.proxy", description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {COMPOSE_CONF.relative_to(REPO)}")
    args = parser.parse_args(argv)
    text = compose_config()
    if args.write:
        COMPOSE_CONF.write_text(text, encoding="utf-8")
        print(f"Wrote {COMPOSE_CONF.relative_to(REPO)}")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
