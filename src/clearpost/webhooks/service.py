"""Webhook subscriptions and the outbox: events are queued in the caller's transaction."""

from __future__ import annotations

import ipaddress
import socket
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.webhooks.models import Delivery, Webhook

_HOOKS_KEY = "clearpost.active_hooks"
EVENTS = (
    "decision.created",
    "decision.reversed",
    "account.sanctioned",
    "report.resolved",
    "appeal.resolved",
)


class WebhookRequestError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def check_url(url: str, *, allow_private: bool) -> None:
    """http(s) only; private and loopback hosts only when explicitly allowed (SSRF guard)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise WebhookRequestError("url", "must be an http:// or https:// URL with a host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except OSError:
        raise WebhookRequestError("url", f"cannot resolve host {parts.hostname!r}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local:
            raise WebhookRequestError("url", f"{parts.hostname} resolves to a private address")


def create(
    *,
    db_session: Session,
    url: str,
    events: list[str],
    secret: str,
    now: datetime,
    allow_private: bool,
) -> Webhook:
    unknown = [e for e in events if e not in EVENTS]
    if not events or unknown:
        raise WebhookRequestError(
            "events", f"unknown event {unknown[0]!r}" if unknown else "at least one event"
        )
    if len(secret) < 16:
        raise WebhookRequestError("secret", "must be at least 16 characters")
    check_url(url, allow_private=allow_private)
    hook = Webhook(
        id=str(uuid.uuid4()),
        url=url,
        events=sorted(set(events)),
        secret=secret,
        active=True,
        created_at=now,
    )
    db_session.add(hook)
    db_session.flush()
    db_session.info.pop(_HOOKS_KEY, None)
    return hook


def deactivate(*, db_session: Session, hook: Webhook) -> None:
    hook.active = False
    db_session.flush()
    db_session.info.pop(_HOOKS_KEY, None)


def list_hooks(*, db_session: Session) -> Sequence[Webhook]:
    return db_session.execute(select(Webhook).order_by(Webhook.created_at)).scalars().all()


def get(*, db_session: Session, webhook_id: str) -> Webhook | None:
    return db_session.get(Webhook, webhook_id)


def emit(*, db_session: Session, event: str, data: dict[str, Any], now: datetime) -> str:
    """Queue `event` for every active subscriber. Delivery happens later, never inline."""
    assert event in EVENTS, event
    event_id = str(uuid.uuid4())
    payload = {"id": event_id, "event": event, "created_at": now.isoformat(), "data": data}
    for hook in _active_hooks(db_session):
        if event in hook.events:
            db_session.add(
                Delivery(
                    webhook_id=hook.id,
                    event_id=event_id,
                    event=event,
                    payload=payload,
                    status="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
    db_session.flush()
    return event_id


def subscribed(*, db_session: Session, event: str) -> bool:
    """Whether any active webhook wants `event` (skip building payloads nobody receives)."""
    return any(event in hook.events for hook in _active_hooks(db_session))


def _active_hooks(db_session: Session) -> list[Webhook]:
    """Active subscriptions, read once per transaction (emit runs for every decision)."""
    transaction = db_session.get_transaction()
    cached = db_session.info.get(_HOOKS_KEY)
    if cached is not None and cached[0] is transaction:
        return list(cached[1])
    hooks = list(db_session.execute(select(Webhook).where(Webhook.active.is_(True))).scalars())
    db_session.info[_HOOKS_KEY] = (transaction, hooks)
    return hooks


def deliveries(*, db_session: Session, webhook_id: str, limit: int = 100) -> Sequence[Delivery]:
    query = (
        select(Delivery)
        .where(Delivery.webhook_id == webhook_id)
        .order_by(Delivery.id.desc())
        .limit(limit)
    )
    return db_session.execute(query).scalars().all()
