"""Reload detectors that read changing data (hash lists) while the server runs."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import structlog

from clearpost.detectors.base import Detector

log = structlog.get_logger(__name__)


class Refresher:
    """Calls `refresh()` on every detector that has one, every `interval` seconds."""

    def __init__(self, detectors: Sequence[Detector], interval: float) -> None:
        self.targets = [d for d in detectors if callable(getattr(d, "refresh", None))]
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="refresh", daemon=True)

    def start(self) -> None:
        if self.targets and self.interval > 0:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for detector in self.targets:
                try:
                    detector.refresh()  # type: ignore[attr-defined]
                except Exception:  # a failed reload keeps the previous lists; it is logged
                    log.exception("detector.refresh_failed", detector=detector.name)
