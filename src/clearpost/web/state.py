"""What a running app holds: settings, database, policy, detectors, clock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import Clock
from clearpost.policy.store import PolicyHolder
from clearpost.screening.pipeline import Screener
from clearpost.settings import Settings


@dataclass
class AppState:
    settings: Settings
    sessions: sessionmaker[Session]
    policy: PolicyHolder
    screener: Screener
    clock: Clock
