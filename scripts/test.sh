#!/usr/bin/env bash
# Sets up everything the tests need and runs the whole suite:
#   a virtual environment in .venv with requirements-test.txt,
#   Debian's chromium for the browser tests and nginx for the proxy tests (installed with apt when missing),
#   then pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt

# Installs a Debian package with apt (as root, or through sudo) unless `binary` is there already.
apt_install() {
  local package=$1 binary=$2
  [ -x "$binary" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  else
    echo "The tests need Debian's $package at $binary: apt-get install $package" >&2
    exit 1
  fi
}
apt_install chromium /usr/bin/chromium
# nginx: the proxy of `python -m loadtest --replicas N` and of deploy/ (its configuration is tested with nginx -t).
apt_install nginx /usr/sbin/nginx

exec .venv/bin/python -m pytest "$@"
