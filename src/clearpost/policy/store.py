"""Hold the active policy; swap in a new one only after it validates."""

from __future__ import annotations

import threading
from pathlib import Path

import structlog

from clearpost.policy.engine import CompiledPolicy
from clearpost.policy.loader import PolicyError, load_policy_file
from clearpost.resources import bundled_path

log = structlog.get_logger(__name__)


def default_policy_path() -> Path:
    return bundled_path("policies") / "default.yaml"


def compile_file(path: Path) -> CompiledPolicy:
    """Validate and compile one file (raises PolicyError)."""
    return CompiledPolicy(load_policy_file(path), source=str(path))


class PolicyHolder:
    """The running server's policy. `reload()` keeps the last good policy on any error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._current = compile_file(path)

    @property
    def current(self) -> CompiledPolicy:
        return self._current

    def reload(self, path: Path | None = None) -> CompiledPolicy:
        """Load `path` (or the same file again); on error, log, keep the old one and raise."""
        target = path or self.path
        try:
            fresh = compile_file(target)
        except PolicyError as exc:
            log.error("policy.reload_failed", error=str(exc), kept=self._current.version)
            raise
        with self._lock:
            self._current = fresh
            self.path = target
        log.info("policy.reloaded", version=fresh.version, path=str(target))
        return fresh

    def swap(self, fresh: CompiledPolicy) -> CompiledPolicy:
        """Make an already compiled policy current (e.g. one activated in the console and
        stored in the database); returns the one it replaces. Compiling first is what keeps
        a broken policy out: this never sees one."""
        with self._lock:
            old, self._current = self._current, fresh
        log.info("policy.swapped", version=fresh.version, source=fresh.source)
        return old
