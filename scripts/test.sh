#!/usr/bin/env bash
# Install everything the checks need, then run them all: ruff, ruff format, mypy, and the
# whole test suite twice — on SQLite and on PostgreSQL (CLEARPOST_TEST_POSTGRES_URL).
# Set CLEARPOST_SKIP_POSTGRES=1 to skip the PostgreSQL pass on a machine without a server.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e '.[dev,images]'

# Browser tests drive Debian's Chromium (never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

echo "== ruff"; .venv/bin/ruff check src tests benchmarks data/authored/_build
echo "== ruff format"; .venv/bin/ruff format --check src tests benchmarks data/authored/_build
echo "== mypy"; .venv/bin/mypy
echo "== tests on SQLite"; .venv/bin/pytest -q --no-skips "$@"
if [ "${CLEARPOST_SKIP_POSTGRES:-0}" != "1" ]; then
  PG_URL=${CLEARPOST_TEST_POSTGRES_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}
  echo "== tests on PostgreSQL ($PG_URL)"
  .venv/bin/pytest -q --no-skips --database-url "$PG_URL" "$@"
fi
