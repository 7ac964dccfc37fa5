"""Find bundled data folders (policies, lexicons, models, samples).

A wheel carries them under clearpost/_bundled/; an editable install reads them from the
repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_path(name: str) -> Path:
    """Path of a bundled folder such as "policies" or "models"."""
    wheel = _PACKAGE / "_bundled" / name
    if wheel.is_dir():
        return wheel
    return _PACKAGE.parents[1] / name
