"""Build the configured detectors once per process."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.orm import Session, sessionmaker

from clearpost.detectors.base import Detector
from clearpost.settings import Settings

TEXT = ("lexicon", "classifier")
IMAGES = ("hashlist", "nudity")


class UnknownDetectorError(ValueError):
    pass


def images_installed() -> bool:
    """Whether the `clearpost[images]` extra is installed."""
    return all(importlib.util.find_spec(m) is not None for m in ("PIL", "onnxruntime", "pdqhash"))


def detector_names(setting: str) -> list[str]:
    """`auto` means the text detectors, plus the image detectors when their extra is there."""
    names = [n.strip() for n in setting.split(",") if n.strip()]
    if names == ["auto"]:
        return [*TEXT, *(IMAGES if images_installed() else ())]
    return names


def _missing_sqlite_file(url: str) -> bool:
    """A SQLite URL whose file does not exist (connecting would create an empty one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return False
    return not Path(parsed.database).exists()


def build_detectors(
    settings: Settings, names: str | None = None, sessions: sessionmaker[Session] | None = None
) -> list[Detector]:
    """Detectors named in `names` (default: CLEARPOST_DETECTORS), loaded from local files.

    `sessions` reach the database holding the hash lists (default: CLEARPOST_DATABASE_URL).
    """
    detectors: list[Detector] = []
    for name in detector_names(names or settings.detectors):
        if name == "lexicon":
            from clearpost.detectors.lexicon import LexiconDetector

            detectors.append(LexiconDetector(settings.lexicon_dir))
        elif name == "classifier":
            from clearpost.detectors.classifier import ClassifierDetector

            detectors.append(ClassifierDetector(settings.model_dir))
        elif name == "hashlist":
            from clearpost.db import make_engine, make_sessionmaker
            from clearpost.detectors.hashlist import HashListDetector

            if sessions is None and _missing_sqlite_file(settings.database_url):
                continue  # no database here (e.g. `clearpost screen` anywhere): no hash lists
            sessions = sessions or make_sessionmaker(make_engine(settings.database_url))
            detectors.append(HashListDetector.from_settings(settings, sessions))
        elif name == "nudity":
            from clearpost.detectors.nudity import NudityDetector

            detectors.append(NudityDetector.from_settings(settings))
        else:
            raise UnknownDetectorError(f"unknown detector {name!r} in CLEARPOST_DETECTORS")
    return detectors
