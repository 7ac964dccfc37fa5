"""Bulk seeding for the transparency tests and benchmark: many months of moderation history.

Rows go in with Core executemany (no ORM units of work), so 10,000 decisions take about a
second. The history is realistic enough to exercise every number of the report: screening
decisions, reviews that change them, reports with outcomes, appeals that overturn, account
sanctions, and items decided several times.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from clearpost.accounts.models import Account, Sanction
from clearpost.appeals.models import Appeal
from clearpost.decisions.models import Decision
from clearpost.decisions.service import backfill_history
from clearpost.items.models import Item, ItemRevision
from clearpost.reports.models import Report, Reporter
from clearpost.review.models import ReviewCase

CATEGORIES = (
    "sexual",
    "violence",
    "harassment",
    "hate",
    "vulgar",
    "self_harm",
    "fraud",
    "spam",
    "misleading",
)
CLAUSES = {
    "sexual": "CP-SEX-1",
    "violence": "CP-VIO-1",
    "harassment": "CP-HAR-1",
    "hate": "CP-HAT-1",
    "vulgar": "CP-VUL-1",
    "self_harm": "CP-SH-1",
    "fraud": "CP-FRD-1",
    "spam": "CP-SPM-1",
    "misleading": "CP-MIS-1",
}
SCREEN_ACTIONS = (("allow", 70), ("label", 10), ("limit", 7), ("hold", 5), ("remove", 8))
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
POLICY = "2026.11.1"


@dataclass
class Rows:
    """Everything one seeding inserts, kept in memory so tests can add edge cases."""

    accounts: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    revisions: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    reporters: list[dict[str, Any]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    appeals: list[dict[str, Any]] = field(default_factory=list)
    sanctions: list[dict[str, Any]] = field(default_factory=list)
    _serial: int = 0

    def next_id(self, prefix: str) -> str:
        self._serial += 1
        return f"{prefix}-{self._serial:07d}"

    def account(self, account_id: str, created_at: datetime, tier: str = "standard") -> None:
        self.accounts.append(
            {
                "id": account_id,
                "display_name": None,
                "classification": None,
                "tier": tier,
                "standing": "good",
                "items_count": 0,
                "created_at": created_at,
                "updated_at": created_at,
            }
        )

    def item(
        self, item_id: str, account_id: str, received_at: datetime, *, media: bool = False
    ) -> int:
        """An item with one revision; returns the revision id."""
        revision_id = len(self.revisions) + 1
        self.items.append(
            {
                "id": item_id,
                "account_id": account_id,
                "kind": "post",
                "revision": 1,
                "current_decision_id": None,
                "visibility": "visible",
                "reach": 0,
                "created_at": received_at - timedelta(minutes=5),
                "received_at": received_at,
                "updated_at": received_at,
            }
        )
        self.revisions.append(
            {
                "id": revision_id,
                "item_id": item_id,
                "number": 1,
                "content_hash": f"h{revision_id}",
                "title": None,
                "body": "synthetic body",
                "lang": "en",
                "links": [],
                "media": [{"sha256": "0" * 64}] if media else [],
                "received_at": received_at,
            }
        )
        return revision_id

    def decide(
        self,
        item_id: str,
        account_id: str,
        revision_id: int | None,
        number: int,
        at: datetime,
        action: str,
        category: str | None,
        *,
        source: str = "screening",
        automated: str = "fully",
        detection: bool = True,
    ) -> str:
        decision_id = self.next_id("d")
        category = category if action != "allow" else None
        reasons = []
        if category:
            reasons = [
                {
                    "category": category,
                    "clause": CLAUSES[category],
                    "action": action,
                    "score": 0.97 if source == "screening" else None,
                    "detector": "lexicon" if source == "screening" else None,
                    "evidence": [{"field": "body", "start": 0, "end": 4, "text": "secret"}],
                }
            ]
        self.decisions.append(
            {
                "id": decision_id,
                "subject_type": "item",
                "item_id": item_id,
                "number": number,
                "revision_id": revision_id,
                "account_id": account_id,
                "action": action,
                "categories": {category: 0.97} if category else {},
                "flagged": [category] if category else [],
                "category": category,
                "reasons": reasons,
                "review": automated == "partially",
                "automated_detection": detection,
                "automated_decision": automated,
                "source": source,
                "note": "moderator note with personal data" if source != "screening" else None,
                "decided_by": None if source == "screening" else "staff:mod@example.org",
                "supersedes_id": None,
                "policy_version": POLICY,
                "created_at": at,
            }
        )
        for item in reversed(self.items):
            if item["id"] == item_id:
                item["current_decision_id"] = decision_id
                break
        return decision_id

    def account_decision(
        self, account_id: str, at: datetime, standing: str, *, automated: bool, days: int | None
    ) -> str:
        decision_id = self.next_id("d")
        self.decisions.append(
            {
                "id": decision_id,
                "subject_type": "account",
                "item_id": None,
                "number": 1,
                "revision_id": None,
                "account_id": account_id,
                "action": standing,
                "categories": {},
                "flagged": ["spam"],
                "category": "spam",
                "reasons": [{"category": "spam", "clause": "CP-SPM-1", "action": standing}],
                "review": False,
                "automated_detection": automated,
                "automated_decision": "fully" if automated else "not",
                "source": "screening" if automated else "staff",
                "note": None,
                "decided_by": None if automated else "staff:senior@example.org",
                "supersedes_id": None,
                "policy_version": POLICY,
                "created_at": at,
            }
        )
        if standing in ("suspended", "closed"):
            self.sanctions.append(
                {
                    "account_id": account_id,
                    "standing": standing,
                    "source": "ladder" if automated else "manual",
                    "reason": standing,
                    "decision_id": decision_id,
                    "created_by": "system",
                    "starts_at": at,
                    "ends_at": at + timedelta(days=days) if days else None,
                    "lifted_at": None,
                    "lifted_reason": None,
                }
            )
        return decision_id

    def case(
        self,
        queue: str,
        item_id: str | None,
        account_id: str,
        opened: datetime,
        decided: datetime | None,
        outcome: str | None = None,
        outcome_decision_id: str | None = None,
        category: str | None = None,
    ) -> str:
        case_id = self.next_id("c")
        self.cases.append(
            {
                "id": case_id,
                "kind": "appeal" if queue == "appeals" else "item",
                "queue": queue,
                "item_id": item_id,
                "account_id": account_id,
                "appeal_id": None,
                "decision_id": None,
                "category": category,
                "lang": "en",
                "severity": 1.0,
                "reach": 0,
                "report_weight": 0.0,
                "report_count": 0,
                "cluster_size": 0,
                "automated_detection": queue == "automated",
                "status": "decided" if decided else "open",
                "created_at": opened,
                "deadline_at": opened + timedelta(days=1),
                "claimed_by": None,
                "claim_expires_at": None,
                "decided_by": None,
                "decided_at": decided,
                "outcome": outcome,
                "outcome_decision_id": outcome_decision_id,
                "seconds_to_decision": (decided - opened).total_seconds() if decided else None,
            }
        )
        return case_id

    def report(
        self,
        item_id: str,
        account_id: str,
        category: str,
        case_id: str,
        at: datetime,
        resolved: datetime | None,
        outcome: str | None,
    ) -> None:
        reporter_id = f"reporter-{len(self.reports) % 97}"
        if len(self.reporters) < 97 and all(r["id"] != reporter_id for r in self.reporters):
            self.reporters.append(
                {"id": reporter_id, "upheld": 0, "rejected": 0, "created_at": EPOCH}
            )
        self.reports.append(
            {
                "id": self.next_id("r"),
                "item_id": item_id,
                "account_id": account_id,
                "reporter_id": reporter_id,
                "category": category,
                "details": None,
                "weight": 0.5,
                "case_id": case_id,
                "status": "resolved" if resolved else "open",
                "outcome": outcome,
                "action": None,
                "created_at": at,
                "resolved_at": resolved,
            }
        )

    def appeal(
        self,
        decision_id: str,
        account_id: str,
        case_id: str,
        at: datetime,
        decided: datetime | None,
        status: str,
        reversal_id: str | None = None,
    ) -> None:
        self.appeals.append(
            {
                "id": self.next_id("a"),
                "decision_id": decision_id,
                "account_id": account_id,
                "statement": "please look again",
                "case_id": case_id,
                "status": status,
                "created_at": at,
                "decided_at": decided,
                "decided_by": "staff:senior@example.org" if decided else None,
                "reversal_decision_id": reversal_id,
            }
        )

    def insert(self, connection: Connection, chunk: int = 5000) -> None:
        """Write everything, parents first."""
        for model, rows in (
            (Account, self.accounts),
            (Item, self.items),
            (ItemRevision, self.revisions),
            (ReviewCase, self.cases),
            (Decision, self.decisions),
            (Reporter, self.reporters),
            (Report, self.reports),
            (Appeal, self.appeals),
            (Sanction, self.sanctions),
        ):
            for i in range(0, len(rows), chunk):
                connection.execute(insert(model), rows[i : i + chunk])
        backfill_history(connection=connection)


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    names = [n for n, _ in weighted]
    return rng.choices(names, weights=[w for _, w in weighted])[0]


def history(
    rows: Rows,
    rng: random.Random,
    item_id: str,
    account_id: str,
    received: datetime,
) -> None:
    """One item's life: screening, maybe review, reports and an appeal."""
    revision_id = rows.item(item_id, account_id, received, media=rng.random() < 0.1)
    number = 1
    at = received + timedelta(milliseconds=rng.randint(50, 3000))
    action = _pick(rng, SCREEN_ACTIONS)
    category = rng.choice(CATEGORIES)
    review = action == "hold" or (action != "allow" and rng.random() < 0.3)
    current = rows.decide(
        item_id,
        account_id,
        revision_id,
        number,
        at,
        action,
        category,
        automated="partially" if review else "fully",
    )
    if review:
        opened = at
        later = opened + timedelta(seconds=rng.randint(300, 4 * 86400))
        if rng.random() < 0.85:
            number += 1
            action = rng.choice(("allow", "label", "limit", "remove"))
            current = rows.decide(
                item_id,
                account_id,
                revision_id,
                number,
                later,
                action,
                category,
                source="review",
                automated="not",
            )
            rows.case("automated", item_id, account_id, opened, later, action, current)
            at = later
        else:
            rows.case("automated", item_id, account_id, opened, None)
    if rng.random() < 0.12:
        first = at + timedelta(seconds=rng.randint(600, 10 * 86400))
        reported = rng.choice(CATEGORIES)
        decided = first + timedelta(seconds=rng.randint(600, 3 * 86400))
        resolved = rng.random() < 0.7
        outcome_id = None
        verdict = "allow"
        if resolved:
            number += 1
            verdict = rng.choice(("allow", "remove", "limit"))
            current = rows.decide(
                item_id,
                account_id,
                revision_id,
                number,
                decided,
                verdict,
                reported,
                source="review",
                automated="not",
                detection=False,
            )
            outcome_id, action, at = current, verdict, decided
        case_id = rows.case(
            "reports",
            item_id,
            account_id,
            first,
            decided if resolved else None,
            verdict if resolved else None,
            outcome_id,
            reported,
        )
        for k in range(rng.randint(1, 3)):
            outcome = ("upheld" if verdict != "allow" else "rejected") if resolved else None
            rows.report(
                item_id,
                account_id,
                reported,
                case_id,
                first + timedelta(minutes=7 * k),
                decided if resolved else None,
                outcome,
            )
    if action != "allow" and rng.random() < 0.15:
        filed = at + timedelta(seconds=rng.randint(3600, 5 * 86400))
        decided_at = filed + timedelta(seconds=rng.randint(3600, 4 * 86400))
        if rng.random() < 0.75:
            reversal = None
            status = "upheld"
            if rng.random() < 0.35:
                number += 1
                status = "overturned"
                reversal = rows.decide(
                    item_id,
                    account_id,
                    revision_id,
                    number,
                    decided_at,
                    "allow",
                    None,
                    source="appeal",
                    automated="not",
                )
            case_id = rows.case("appeals", item_id, account_id, filed, decided_at, status, reversal)
            rows.appeal(current, account_id, case_id, filed, decided_at, status, reversal)
        else:
            case_id = rows.case("appeals", item_id, account_id, filed, None)
            rows.appeal(current, account_id, case_id, filed, None, "open")


def build(*, items: int, days: int = 181, seed: int = 7, start: datetime = EPOCH) -> Rows:
    """A history of `items` items received over `days` days from `start`."""
    rng = random.Random(seed)
    rows = Rows()
    accounts = [f"acct-{i:05d}" for i in range(max(20, items // 20))]
    for account_id in accounts:
        rows.account(account_id, start - timedelta(days=400), rng.choice(("new", "standard")))
    span = days * 86400
    for i in range(items):
        received = start + timedelta(seconds=rng.randint(0, span - 1))
        history(rows, rng, f"item-{i:07d}", rng.choice(accounts), received)
    for account_id in rng.sample(accounts, max(3, len(accounts) // 12)):
        at = start + timedelta(seconds=rng.randint(0, span - 1))
        standing = rng.choice(("warned", "limited", "suspended", "closed"))
        automated = rng.random() < 0.6
        days_off = 14 if standing == "suspended" else None
        rows.account_decision(account_id, at, standing, automated=automated, days=days_off)
    return rows


def seed(connection: Connection, *, items: int, days: int = 181, rng_seed: int = 7) -> Rows:
    """Build and insert a history; returns the rows for independent checks."""
    rows = build(items=items, days=days, seed=rng_seed)
    rows.insert(connection)
    return rows


EDGE_ACCOUNT = "acct-edge"


def edges(rows: Rows) -> dict[str, str]:
    """Hand-made histories at the edges of periods; returns item ids by name."""
    rows.account(EDGE_ACCOUNT, EPOCH - timedelta(days=30))

    def at(text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)

    # Labelled by screening, then removed by a moderator two days later.
    rev = rows.item("edge-twice", EDGE_ACCOUNT, at("2026-02-10T10:00:00"))
    rows.decide("edge-twice", EDGE_ACCOUNT, rev, 1, at("2026-02-10T10:00:01"), "label", "hate")
    rows.decide(
        "edge-twice",
        EDGE_ACCOUNT,
        rev,
        2,
        at("2026-02-12T09:00:00"),
        "remove",
        "hate",
        source="review",
        automated="not",
    )
    # Removed, then restored on appeal.
    rev = rows.item("edge-restored", EDGE_ACCOUNT, at("2026-03-05T08:00:00"))
    removed = rows.decide(
        "edge-restored", EDGE_ACCOUNT, rev, 1, at("2026-03-05T08:00:02"), "remove", "fraud"
    )
    reversal = rows.decide(
        "edge-restored",
        EDGE_ACCOUNT,
        rev,
        2,
        at("2026-03-07T12:00:00"),
        "allow",
        None,
        source="appeal",
        automated="not",
    )
    case_id = rows.case(
        "appeals",
        "edge-restored",
        EDGE_ACCOUNT,
        at("2026-03-06T12:00:00"),
        at("2026-03-07T12:00:00"),
        "overturned",
        reversal,
    )
    rows.appeal(
        removed,
        EDGE_ACCOUNT,
        case_id,
        at("2026-03-06T12:00:00"),
        at("2026-03-07T12:00:00"),
        "overturned",
        reversal,
    )
    # Exactly on the boundaries of April.
    for name, when in (
        ("edge-start", "2026-04-01T00:00:00"),
        ("edge-end", "2026-04-30T23:59:59.999999"),
        ("edge-next", "2026-05-01T00:00:00"),
    ):
        rev = rows.item(name, EDGE_ACCOUNT, at(when) - timedelta(seconds=1))
        rows.decide(name, EDGE_ACCOUNT, rev, 1, at(when), "remove", "violence")
    return {n: n for n in ("edge-twice", "edge-restored", "edge-start", "edge-end", "edge-next")}
