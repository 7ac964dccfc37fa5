"""Ingest → screen → decide → enforce, for one request or one CLI batch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from clearpost.accounts import service as accounts
from clearpost.decisions import service as decisions
from clearpost.decisions.models import Decision
from clearpost.detectors.base import ImageInput
from clearpost.enforcement import effects
from clearpost.enforcement.apply import apply
from clearpost.items import service as items
from clearpost.items.models import Item, ItemRevision
from clearpost.items.schemas import ItemIn
from clearpost.screening.pipeline import Screener, ScreenInput
from clearpost.waves import flows as spam_waves


class ItemConflictError(ValueError):
    """The request contradicts what is stored (e.g. an item id reused by another account)."""


class PostingRefusedError(ValueError):
    """The account is suspended or closed (answered with 403 and the reason)."""


class UnknownTierError(ValueError):
    def __init__(self, field: str, tier: str, tiers: list[str]) -> None:
        self.field = field
        super().__init__(f"unknown tier {tier!r} (known: {', '.join(tiers)})")


@dataclass(frozen=True, slots=True)
class Submitted:
    decision: Decision
    created: bool  # False when the same content was already decided (idempotent replay)


@dataclass(slots=True)
class _Pending:
    index: int
    item: Item
    revision: ItemRevision
    screen_in: ScreenInput


def check_tiers(screener: Screener, batch: Sequence[ItemIn], prefix: str = "") -> None:
    tiers = screener.policy.tiers
    for index, item_in in enumerate(batch):
        if item_in.account_tier is not None and item_in.account_tier not in tiers:
            field = f"{prefix}[{index}].account_tier" if prefix else "account_tier"
            raise UnknownTierError(field, item_in.account_tier, tiers)


def submit(
    *,
    db_session: Session,
    screener: Screener,
    batch: Sequence[ItemIn],
    actor: str,
    now: datetime,
    field_prefix: str = "",
) -> list[Submitted]:
    """Screen new content, replay decisions for content already seen. Results in input order.

    A batch that names the same item twice is cut into segments so that the second copy
    sees the first one's revision and decision.
    """
    check_tiers(screener, batch, field_prefix)
    results: list[Submitted] = []
    segment: list[ItemIn] = []
    ids: set[str] = set()
    for item_in in batch:
        if item_in.id in ids:
            results += _submit_segment(db_session, screener, segment, len(results), actor, now)
            segment, ids = [], set()
        segment.append(item_in)
        ids.add(item_in.id)
    results += _submit_segment(db_session, screener, segment, len(results), actor, now)
    return results


def _submit_segment(
    db_session: Session,
    screener: Screener,
    segment: Sequence[ItemIn],
    offset: int,
    actor: str,
    now: datetime,
) -> list[Submitted]:
    policy = screener.policy
    known = items.get_many(db_session=db_session, item_ids=[i.id for i in segment])
    owners = accounts.get_many(db_session=db_session, account_ids=[i.account_id for i in segment])
    results: dict[int, Submitted] = {}
    pending: list[_Pending] = []
    for index, item_in in enumerate(segment):
        digest = items.content_hash(item_in)
        item = known.get(item_in.id)
        if item is not None and item.account_id != item_in.account_id:
            raise ItemConflictError(
                f"items[{offset + index}].account_id: item {item_in.id!r} belongs to "
                "another account"
            )
        if item is not None:
            current = items.current_revision(db_session=db_session, item=item)
            decision = decisions.get(db_session=db_session, decision_id=item.current_decision_id)
            if current.content_hash == digest and decision is not None:
                results[index] = Submitted(decision, created=False)
                continue
        account = owners.get(item_in.account_id)
        if account is None:
            account = owners[item_in.account_id] = accounts.create(
                db_session=db_session,
                account_id=item_in.account_id,
                tier=item_in.account_tier or policy.spec.default_tier,
                now=now,
            )
        refusal = accounts.posting_refusal(
            db_session=db_session, account=account, policy=policy, now=now
        )
        if refusal:
            raise PostingRefusedError(refusal)
        screen_in = ScreenInput(
            item_id=item_in.id,
            title=item_in.title,
            body=item_in.body,
            lang=item_in.lang,
            links=tuple(item_in.links),
            images=tuple(ImageInput(data=i.data, name=i.name) for i in item_in.images),
            account_id=account.id,
            tier=account.tier,
            classification=account.classification,
        )
        lang = item_in.lang or "und"  # replaced by the detected language after screening
        if item is None:
            item, revision = items.create(
                db_session=db_session, item_in=item_in, lang=lang, digest=digest, now=now
            )
            account.items_count += 1
        else:
            revision = items.add_revision(
                db_session=db_session, item=item, item_in=item_in, lang=lang, digest=digest, now=now
            )
        if item_in.reach is not None:
            item.reach = item_in.reach
        pending.append(_Pending(index, item, revision, screen_in))
    db_session.flush()  # one flush gives every new revision its id
    screened = screener.screen([p.screen_in for p in pending])
    # Spam waves (waves/flows.py): add the wave signal and re-decide; `settle` below opens
    # one review case per wave instead of one per held post.
    wave = spam_waves.check(db_session=db_session, policy=policy, screened=screened, now=now)
    for entry, result in zip(pending, wave.screened, strict=True):
        assert result.outcome is not None
        entry.revision.lang = result.lang
        mode = policy.moderation_mode(entry.screen_in.tier, entry.screen_in.classification)
        previous = decisions.get(db_session=db_session, decision_id=entry.item.current_decision_id)
        decision = decisions.create_from_outcome(
            db_session=db_session,
            item=entry.item,
            revision=entry.revision,
            outcome=policy.for_mode(result.outcome, mode),
            signals=result.signals,
            actor=actor,
            now=now,
        )
        apply(
            db_session=db_session,
            effects=wave.settle(decision, effects.plan(decision, previous, policy)),
            policy=policy,
            now=now,
            actor=actor,
        )
        owner = accounts.get(db_session=db_session, account_id=decision.account_id)
        if owner is not None:
            accounts.maybe_promote(db_session=db_session, account=owner, policy=policy, now=now)
        results[entry.index] = Submitted(decision, created=True)
    return [results[i] for i in range(len(segment))]
