"""Item and revision operations."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearpost.items.models import Item, ItemRevision
from clearpost.items.schemas import ItemIn


def content_hash(item_in: ItemIn) -> str:
    """Hash of everything that is screened; the same content gives the same hash."""
    payload = {
        "kind": item_in.kind,
        "title": item_in.title or "",
        "body": item_in.body,
        "lang": item_in.lang or "",
        "links": item_in.links,
        "images": [hashlib.sha256(image.data).hexdigest() for image in item_in.images],
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def get(*, db_session: Session, item_id: str) -> Item | None:
    return db_session.get(Item, item_id)


def get_many(*, db_session: Session, item_ids: Sequence[str]) -> dict[str, Item]:
    if not item_ids:
        return {}
    rows = db_session.execute(select(Item).where(Item.id.in_(set(item_ids)))).scalars()
    return {row.id: row for row in rows}


def current_revision(*, db_session: Session, item: Item) -> ItemRevision:
    query = select(ItemRevision).where(
        ItemRevision.item_id == item.id, ItemRevision.number == item.revision
    )
    return db_session.execute(query).scalar_one()


def create(
    *, db_session: Session, item_in: ItemIn, lang: str, digest: str, now: datetime
) -> tuple[Item, ItemRevision]:
    """A new item with its first revision."""
    item = Item(
        id=item_in.id,
        account_id=item_in.account_id,
        kind=item_in.kind,
        revision=1,
        visibility="visible",
        created_at=item_in.created_at or now,
        received_at=now,
        updated_at=now,
    )
    db_session.add(item)
    return item, add_revision(
        db_session=db_session,
        item=item,
        item_in=item_in,
        lang=lang,
        digest=digest,
        now=now,
        number=1,
    )


def add_revision(
    *,
    db_session: Session,
    item: Item,
    item_in: ItemIn,
    lang: str,
    digest: str,
    now: datetime,
    number: int | None = None,
) -> ItemRevision:
    """Record changed content as the item's next revision."""
    if number is None:
        number = item.revision + 1
        item.revision = number
        item.kind = item_in.kind
        item.updated_at = now
    revision = ItemRevision(
        item_id=item.id,
        number=number,
        content_hash=digest,
        title=item_in.title,
        body=item_in.body,
        lang=lang,
        links=list(item_in.links),
        media=[
            {"sha256": hashlib.sha256(i.data).hexdigest(), "bytes": len(i.data), "name": i.name}
            for i in item_in.images
        ],
        received_at=now,
    )
    db_session.add(revision)
    return revision
