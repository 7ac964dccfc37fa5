"""Effects are plain objects produced from decisions; `apply` is the only code that acts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from clearpost.items.models import Item

VISIBILITY = {
    "allow": "visible",
    "label": "labelled",
    "limit": "limited",
    "hold": "held",
    "remove": "removed",
}


@dataclass(frozen=True, slots=True)
class SetVisibility:
    item_id: str
    visibility: str


Effect = SetVisibility


def effects_for_action(item_id: str, action: str) -> list[Effect]:
    """What a decision's action does to the item."""
    return [SetVisibility(item_id=item_id, visibility=VISIBILITY[action])]


def apply(*, db_session: Session, effects: list[Effect]) -> None:
    """Carry out effects inside the caller's transaction."""
    for effect in effects:
        item = db_session.get(Item, effect.item_id)
        if item is not None:
            item.visibility = effect.visibility
