#!/usr/bin/env bash
# Install Clearpost into .venv and run the main job on the embedded default:
# migrate ./clearpost.db (SQLite), screen the bundled sample posts, print the summary, serve the API.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/clearpost demo "$@"
