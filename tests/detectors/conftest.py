"""Fixtures for detector tests: the bundled lexicon detector, built once."""

from __future__ import annotations

import pytest

from clearpost.detectors.lexicon import LexiconDetector


@pytest.fixture(scope="session")
def lexicon_detector() -> LexiconDetector:
    return LexiconDetector()
