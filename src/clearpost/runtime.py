"""Build the running parts (policy, detectors, database) from settings, once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clearpost.db import make_engine, make_sessionmaker
from clearpost.policy.engine import CompiledPolicy
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.screening.pipeline import Screener
from clearpost.screening.registry import build_detectors
from clearpost.settings import get_settings


def build_screener(policy_path: Path | None = None, detectors: str | None = None) -> Screener:
    """A screener with the configured (or given) policy file and detectors."""
    settings = get_settings()
    holder = PolicyHolder(policy_path or settings.policy_path or default_policy_path())
    return Screener(build_detectors(settings, detectors), lambda: holder.current)


def build_policy(policy_path: Path | None = None) -> CompiledPolicy:
    settings = get_settings()
    return PolicyHolder(policy_path or settings.policy_path or default_policy_path()).current


def open_sessions() -> sessionmaker[Session]:
    return make_sessionmaker(make_engine(get_settings().database_url))
