"""HTTP routes for webhook subscriptions and their delivery log."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from clearpost.keys.models import ApiKey
from clearpost.web.deps import CurrentClock, DbSession, State, require_scope
from clearpost.web.errors import ApiError
from clearpost.webhooks import service as webhooks
from clearpost.webhooks.models import Webhook

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])
Writer = Annotated[ApiKey, Depends(require_scope("webhooks:write"))]


class WebhookIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=1, max_length=2048)
    events: list[str] = Field(min_length=1)
    secret: str = Field(min_length=1, max_length=200)


class WebhookOut(BaseModel):
    id: str
    url: str
    events: list[str]
    active: bool
    created_at: datetime


class DeliveryOut(BaseModel):
    id: int
    event: str
    event_id: str
    status: str
    attempts: int
    last_status: int | None
    last_error: str | None
    next_attempt_at: datetime
    delivered_at: datetime | None


def _out(hook: Webhook) -> WebhookOut:
    return WebhookOut(
        id=hook.id,
        url=hook.url,
        events=list(hook.events),
        active=hook.active,
        created_at=hook.created_at,
    )


@router.post("", response_model=WebhookOut, status_code=201)
def create_webhook(
    body: WebhookIn, db_session: DbSession, state: State, clock: CurrentClock, key: Writer
) -> Any:
    """Subscribe a URL to events; bodies are signed with HMAC-SHA256 using `secret`."""
    try:
        hook = webhooks.create(
            db_session=db_session,
            url=body.url,
            events=body.events,
            secret=body.secret,
            now=clock.now(),
            allow_private=state.settings.webhook_allow_private,
        )
    except webhooks.WebhookRequestError as exc:
        raise ApiError(422, str(exc), exc.field) from None
    return _out(hook)


@router.get("", response_model=list[WebhookOut])
def list_webhooks(db_session: DbSession, key: Writer) -> Any:
    return [_out(h) for h in webhooks.list_hooks(db_session=db_session)]


@router.get("/{webhook_id}/deliveries", response_model=list[DeliveryOut])
def list_deliveries(webhook_id: str, db_session: DbSession, key: Writer) -> Any:
    """The delivery log, newest first."""
    if webhooks.get(db_session=db_session, webhook_id=webhook_id) is None:
        raise ApiError(404, f"no webhook with id {webhook_id!r}")
    return [
        DeliveryOut(
            id=d.id,
            event=d.event,
            event_id=d.event_id,
            status=d.status,
            attempts=d.attempts,
            last_status=d.last_status,
            last_error=d.last_error,
            next_attempt_at=d.next_attempt_at,
            delivered_at=d.delivered_at,
        )
        for d in webhooks.deliveries(db_session=db_session, webhook_id=webhook_id)
    ]


@router.delete("/{webhook_id}", status_code=204)
def delete_webhook(webhook_id: str, db_session: DbSession, key: Writer) -> None:
    hook = webhooks.get(db_session=db_session, webhook_id=webhook_id)
    if hook is None:
        raise ApiError(404, f"no webhook with id {webhook_id!r}")
    webhooks.deactivate(db_session=db_session, hook=hook)
