"""Keep each process's PolicyHolder on the newest stored policy version.

At a process's first request the policy file it started with is recorded in
`policy_versions` when its content changed since the last file recorded (so an edited
file wins at the next start); then the newest row is swapped in when it differs from what
runs. After that a check costs one indexed query every CLEARPOST_POLICY_SYNC_SECONDS,
made by the request that finds it due (an ASGI middleware, so no thread of its own).
A stored policy that no longer compiles (e.g. after an upgrade) is logged and skipped:
the last good policy keeps running.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime

import anyio
import structlog
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp, Receive, Scope, Send

from clearpost.clock import Clock
from clearpost.console import policies
from clearpost.console.models import PolicyVersion
from clearpost.db import READ_ONLY
from clearpost.policy.loader import PolicyError
from clearpost.policy.store import PolicyHolder

log = structlog.get_logger(__name__)


class PolicySync:
    """Per process: what runs (sha256), the newest row seen, when to look again."""

    def __init__(
        self,
        holder: PolicyHolder,
        sessions: sessionmaker[Session],
        clock: Clock,
        interval: float,
    ) -> None:
        self.holder, self.sessions, self.clock, self.interval = holder, sessions, clock, interval
        self.started = False
        self.running_sha: str | None = None
        self.seen_id = 0
        self._next = 0.0
        self._lock = threading.Lock()

    def due(self) -> bool:
        if not self.started:
            return True
        return self.interval > 0 and time.monotonic() >= self._next

    def run(self) -> None:
        """Start or check; never raises (a failed check is logged and retried later)."""
        if not self._lock.acquire(blocking=False):
            return  # another request is checking right now
        try:
            if not self.started:
                self._record_file(self.clock.now())
                self.started = True
            self.poll()
        except Exception:
            self.started = True  # do not retry on every request; poll again later
            log.exception("policy.sync_failed")
        finally:
            self._next = time.monotonic() + max(self.interval, 1.0)
            self._lock.release()

    def _record_file(self, now: datetime) -> None:
        path = self.holder.path
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("policy.file_unreadable", path=str(path), error=str(exc))
            return
        sha = policies.digest(text)
        self.running_sha = sha
        with self.sessions() as session:
            last = policies.newest_from_file(db_session=session)
            if last is None or last.sha256 != sha:
                policies.create(
                    db_session=session,
                    text=text,
                    version=self.holder.current.version,
                    loaded_by=f"file:{path}",
                    source="file",
                    now=now,
                )
                session.commit()

    def poll(self) -> None:
        """Swap in the newest stored policy when it is not the one running."""
        with self.sessions() as session:
            if session.get_bind().dialect.name == "sqlite":
                session.connection(execution_options=READ_ONLY)
            found = session.execute(
                select(PolicyVersion.id, PolicyVersion.sha256)
                .order_by(PolicyVersion.id.desc())
                .limit(1)
            ).first()
            if found is None or found.id == self.seen_id:
                return
            if found.sha256 == self.running_sha:
                self.seen_id = found.id
                return
            row = session.get(PolicyVersion, found.id)
            assert row is not None
            text, version_id = row.yaml, row.id
        try:
            fresh = policies.compile_text(text, f"policy_versions:{version_id}")
        except PolicyError as exc:
            log.error("policy.stored_invalid", id=version_id, error=str(exc))
            self.seen_id = version_id
            return
        self.holder.swap(fresh)
        self.running_sha, self.seen_id = found.sha256, version_id


class PolicySyncMiddleware:
    """Runs a due PolicySync check (in a worker thread) before the request goes on."""

    def __init__(self, app: ASGIApp, sync: PolicySync) -> None:
        self.app, self.sync = app, sync

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.sync.due():
            await anyio.to_thread.run_sync(self.sync.run)
        await self.app(scope, receive, send)
