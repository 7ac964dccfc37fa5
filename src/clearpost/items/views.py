"""HTTP routes for items: submit (one or a batch) and read back with decisions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clearpost.decisions import schemas as decision_schemas
from clearpost.decisions import service as decisions
from clearpost.detectors.base import ImageInput
from clearpost.items import flows
from clearpost.items import service as items
from clearpost.items.models import Item
from clearpost.items.schemas import BatchIn, BatchOut, ItemIn, ItemOut, ItemWithDecisions
from clearpost.keys.models import ApiKey
from clearpost.media.checks import image_problems
from clearpost.settings import Settings
from clearpost.web.deps import CurrentClock, DbSession, State, require_scope
from clearpost.web.errors import ApiError

router = APIRouter(prefix="/v1/items", tags=["items"])

Writer = Annotated[ApiKey, Depends(require_scope("items:write"))]
Reader = Annotated[ApiKey, Depends(require_scope("items:read"))]


def check_images(batch: Sequence[ItemIn], settings: Settings, prefix: str) -> None:
    """422 naming the item when an attached image cannot be screened (broken, bomb, …)."""
    for index, item_in in enumerate(batch):
        images = [ImageInput(data=i.data, name=i.name) for i in item_in.images]
        problems = image_problems(images, settings)
        if problems:
            where = f"{prefix}[{index}].images" if prefix else "images"
            raise ApiError(422, "; ".join(problems), where)


def check_sizes(batch: Sequence[ItemIn], max_body: int, max_title: int, prefix: str) -> None:
    """413 naming the field when a text is over the documented limit."""
    for index, item_in in enumerate(batch):
        where = f"{prefix}[{index}]." if prefix else ""
        if len(item_in.body) > max_body:
            raise ApiError(
                413,
                f"{len(item_in.body)} characters is over the limit of {max_body}",
                f"{where}body",
            )
        if item_in.title and len(item_in.title) > max_title:
            raise ApiError(
                413,
                f"{len(item_in.title)} characters is over the limit of {max_title}",
                f"{where}title",
            )


def _submit(db_session: Session, run: Callable[[], list[flows.Submitted]]) -> list[flows.Submitted]:
    """Run a submission; if a concurrent writer created the same item first, retry once."""
    try:
        try:
            return run()
        except IntegrityError:
            db_session.rollback()
            return run()
    except flows.UnknownTierError as exc:
        raise ApiError(422, str(exc), exc.field) from None
    except flows.ItemConflictError as exc:
        raise ApiError(409, str(exc)) from None
    except flows.PostingRefusedError as exc:
        raise ApiError(403, str(exc)) from None


def _present(db_session: Session, submitted: list[flows.Submitted]) -> list[Any]:
    numbers = decisions.revision_numbers(
        db_session=db_session, decisions=[s.decision for s in submitted]
    )
    return [
        decision_schemas.from_row(s.decision, numbers.get(s.decision.revision_id))
        for s in submitted
    ]


@router.post(
    "",
    response_model=decision_schemas.DecisionOut,
    status_code=201,
    responses={200: {"description": "Same content already decided (idempotent)"}},
)
def submit_item(
    item_in: ItemIn,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    key: Writer,
    response: Response,
) -> Any:
    """Screen one item. The same id with the same content returns the same decision."""
    check_sizes([item_in], state.settings.max_body_chars, state.settings.max_title_chars, "")
    check_images([item_in], state.settings, "")
    submitted = _submit(
        db_session,
        lambda: flows.submit(
            db_session=db_session,
            screener=state.screener,
            batch=[item_in],
            actor=f"key:{key.name}",
            now=clock.now(),
        ),
    )
    if not submitted[0].created:
        response.status_code = 200
    return _present(db_session, submitted)[0]


@router.post("/batch", response_model=BatchOut)
def submit_batch(
    batch: BatchIn, db_session: DbSession, state: State, clock: CurrentClock, key: Writer
) -> Any:
    """Screen up to `max_batch_items` items; one decision each, in input order."""
    limit = state.settings.max_batch_items
    if len(batch.items) > limit:
        raise ApiError(413, f"{len(batch.items)} items is over the limit of {limit}", "items")
    check_sizes(batch.items, state.settings.max_body_chars, state.settings.max_title_chars, "items")
    check_images(batch.items, state.settings, "items")
    submitted = _submit(
        db_session,
        lambda: flows.submit(
            db_session=db_session,
            screener=state.screener,
            batch=batch.items,
            actor=f"key:{key.name}",
            now=clock.now(),
            field_prefix="items",
        ),
    )
    return BatchOut(decisions=_present(db_session, submitted))


def _item_out(db_session: Session, item: Item) -> ItemOut:
    revision = items.current_revision(db_session=db_session, item=item)
    return ItemOut(
        id=item.id,
        account_id=item.account_id,
        kind=item.kind,
        title=revision.title,
        body=revision.body,
        lang=revision.lang,
        links=list(revision.links),
        revision=item.revision,
        visibility=item.visibility,
        created_at=item.created_at,
        updated_at=item.updated_at,
    )


@router.get("/{item_id}", response_model=ItemWithDecisions)
def get_item(item_id: str, db_session: DbSession, key: Reader) -> Any:
    """The item, its current decision and its decision history (newest first)."""
    item = items.get(db_session=db_session, item_id=item_id)
    if item is None:
        raise ApiError(404, f"no item with id {item_id!r}")
    history = decisions.list_for_item(db_session=db_session, item_id=item_id)
    numbers = decisions.revision_numbers(db_session=db_session, decisions=history)
    shown = [decision_schemas.from_row(d, numbers.get(d.revision_id)) for d in history]
    current = next((d for d in shown if d.decision_id == item.current_decision_id), None)
    return ItemWithDecisions(item=_item_out(db_session, item), decision=current, history=shown)
