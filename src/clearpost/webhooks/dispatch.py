"""Deliver queued webhook events: signed, retried with backoff, logged; never inline.

A delivery is leased (its next attempt pushed forward) in one short transaction, sent
outside any transaction, and its result written in another, so a slow endpoint holds no
locks and several workers can share the queue (SKIP LOCKED on PostgreSQL).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass
from datetime import timedelta

import httpx
import structlog
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import Clock
from clearpost.db import transaction
from clearpost.webhooks.models import Delivery, Webhook

log = structlog.get_logger(__name__)
SIGNATURE_HEADER = "Clearpost-Signature"
BACKOFF_SECONDS = (10, 30, 120, 600, 1800, 7200, 21600)
MAX_ATTEMPTS = len(BACKOFF_SECONDS) + 1
LEASE = timedelta(seconds=60)


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """`t=<unix>,v1=<hex HMAC-SHA256 of "<t>." + body>` (the timestamp defeats replays)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, *, now: int, tolerance: int = 300) -> bool:
    """Check a signature header as a receiver should."""
    try:
        parts = dict(part.split("=", 1) for part in header.split(","))
        timestamp = int(parts["t"])
    except (ValueError, KeyError):
        return False
    if abs(now - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


@dataclass(frozen=True)
class _Job:
    delivery_id: int
    url: str
    secret: str
    body: bytes
    event: str
    event_id: str


def _lease(sessions: sessionmaker[Session], clock: Clock, limit: int) -> list[_Job]:
    now = clock.now()
    with transaction(sessions) as session:
        query = (
            select(Delivery, Webhook)
            .join(Webhook, Webhook.id == Delivery.webhook_id)
            .where(Delivery.status == "pending", Delivery.next_attempt_at <= now)
            .order_by(Delivery.next_attempt_at)
            .limit(limit)
        )
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=Delivery)
        jobs = []
        for delivery, hook in session.execute(query).all():
            delivery.next_attempt_at = now + LEASE
            body = json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False)
            jobs.append(
                _Job(
                    delivery.id,
                    hook.url,
                    hook.secret,
                    body.encode(),
                    delivery.event,
                    delivery.event_id,
                )
            )
    return jobs


def _send(client: httpx.Client, job: _Job, clock: Clock) -> tuple[int | None, str | None]:
    timestamp = int(clock.now().timestamp())
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(job.secret, timestamp, job.body),
        "Clearpost-Event": job.event,
        "Clearpost-Event-Id": job.event_id,
    }
    try:
        response = client.post(job.url, content=job.body, headers=headers)
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"[:500]
    if 200 <= response.status_code < 300:
        return response.status_code, None
    return response.status_code, f"HTTP {response.status_code}"


def deliver_due(
    sessions: sessionmaker[Session], clock: Clock, client: httpx.Client, limit: int = 50
) -> int:
    """Send what is due; returns how many deliveries were attempted."""
    jobs = _lease(sessions, clock, limit)
    results = [(job, *_send(client, job, clock)) for job in jobs]
    if not results:
        return 0
    now = clock.now()
    with transaction(sessions) as session:
        for job, status, error in results:
            delivery = session.get(Delivery, job.delivery_id)
            if delivery is None:
                continue
            delivery.attempts += 1
            delivery.last_status, delivery.last_error = status, error
            if error is None:
                delivery.status, delivery.delivered_at = "delivered", now
            elif delivery.attempts >= MAX_ATTEMPTS:
                delivery.status = "failed"
            else:
                wait = BACKOFF_SECONDS[delivery.attempts - 1]
                delivery.next_attempt_at = now + timedelta(seconds=wait)
            log.info(
                "webhook.attempt",
                delivery=job.delivery_id,
                event_name=job.event,
                status=status,
                error=error,
                attempts=delivery.attempts,
            )
    return len(results)


class Dispatcher:
    """A background thread that delivers webhooks every `interval` seconds."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        interval: float = 1.0,
        timeout: float = 5.0,
    ) -> None:
        self.sessions, self.clock, self.interval = sessions, clock, interval
        self.client = httpx.Client(timeout=timeout, follow_redirects=False)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="webhooks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.client.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                busy = deliver_due(self.sessions, self.clock, self.client)
            except Exception:  # keep delivering after a database hiccup; it is logged
                log.exception("webhook.dispatch_failed")
                busy = 0
            if not busy:
                self._stop.wait(self.interval)
            else:
                time.sleep(0)
