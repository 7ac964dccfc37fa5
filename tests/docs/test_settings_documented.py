"""Every setting is listed in docs/settings.md (Datasette's habit)."""

from __future__ import annotations

from pathlib import Path

from clearpost.settings import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_setting_is_documented() -> None:
    text = DOC.read_text("utf-8")
    missing = [n for n in Settings.model_fields if f"`CLEARPOST_{n.upper()}`" not in text]
    assert not missing, f"add to docs/settings.md: {missing}"
