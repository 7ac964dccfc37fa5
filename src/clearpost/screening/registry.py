"""Build the configured detectors once per process."""

from __future__ import annotations

from clearpost.detectors.base import Detector
from clearpost.settings import Settings


class UnknownDetectorError(ValueError):
    pass


def build_detectors(settings: Settings, names: str | None = None) -> list[Detector]:
    """Detectors named in `names` (default: CLEARPOST_DETECTORS), loaded from local files."""
    wanted = [n.strip() for n in (names or settings.detectors).split(",") if n.strip()]
    detectors: list[Detector] = []
    for name in wanted:
        if name == "lexicon":
            from clearpost.detectors.lexicon import LexiconDetector

            detectors.append(LexiconDetector(settings.lexicon_dir))
        elif name == "classifier":
            from clearpost.detectors.classifier import ClassifierDetector

            detectors.append(ClassifierDetector(settings.model_dir))
        elif name == "hashlist":
            from clearpost.db import make_engine, make_sessionmaker
            from clearpost.detectors.hashlist import HashListDetector

            sessions = make_sessionmaker(make_engine(settings.database_url))
            detectors.append(HashListDetector.from_settings(settings, sessions))
        elif name == "nudity":
            from clearpost.detectors.nudity import NudityDetector

            detectors.append(NudityDetector.from_settings(settings))
        else:
            raise UnknownDetectorError(f"unknown detector {name!r} in CLEARPOST_DETECTORS")
    return detectors
