"""The report's numbers computed independently: plain SELECTs of whole tables, then Python.

Nothing here calls the report's SQL; it re-derives every definition of
docs/transparency.md from the raw rows, so a wrong GROUP BY cannot hide.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, select

from clearpost.appeals.models import Appeal
from clearpost.decisions.models import Decision
from clearpost.items.models import Item, ItemRevision
from clearpost.reports.models import Report
from clearpost.review.models import ReviewCase

ITEM_RESTRICTIONS = {"label", "limit", "hold", "remove"}
ACCOUNT_RESTRICTIONS = {"limited", "suspended", "closed"}
SANCTIONS = ("warned", "limited", "suspended", "closed")


@dataclass
class Tables:
    decisions: list[Any]
    items: dict[str, Any]
    revisions: dict[int, Any]
    reports: list[Any]
    appeals: list[Any]
    cases: list[Any]


def load(connection: Connection) -> Tables:
    def rows(model: Any) -> list[Any]:
        return list(connection.execute(select(model.__table__)))

    return Tables(
        decisions=rows(Decision),
        items={r.id: r for r in rows(Item)},
        revisions={r.id: r for r in rows(ItemRevision)},
        reports=rows(Report),
        appeals=rows(Appeal),
        cases=rows(ReviewCase),
    )


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _medians(groups: dict[str, list[float]]) -> dict[str, tuple[int, float | None]]:
    everything = [v for values in groups.values() for v in values]
    out = {g: (len(v), _median(v)) for g, v in groups.items() if v}
    out["all"] = (len(everything), _median(everything))
    return out


def _buckets(start: date, end: date) -> tuple[str, list[str]]:
    if (end - start).days + 1 <= 62:
        days = [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]
        return "day", days
    months = sorted(
        {(start + timedelta(days=i)).strftime("%Y-%m") for i in range((end - start).days + 1)}
    )
    return "month", months


def report(tables: Tables, start: date, end: date) -> dict[str, Any]:
    s = datetime.combine(start, time.min, tzinfo=UTC)
    e = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    unit, labels = _buckets(start, end)

    def key(when: datetime) -> str:
        return when.date().isoformat() if unit == "day" else when.strftime("%Y-%m")

    def inside(when: datetime | None) -> bool:
        return when is not None and s <= when < e

    window = [d for d in tables.decisions if inside(d.created_at)]
    automation: Counter[tuple[str, str, bool]] = Counter()
    restrictive: Counter[tuple[str, str, bool]] = Counter()
    statements = 0
    sanctions: dict[str, list[Any]] = defaultdict(list)
    latest: dict[str, Any] = {}
    for d in window:
        k = (d.subject_type, d.automated_decision, bool(d.automated_detection))
        automation[k] += 1
        if d.action not in ("allow", "good"):
            restrictive[k] += 1
        if (d.subject_type == "item" and d.action in ITEM_RESTRICTIONS) or (
            d.subject_type == "account" and d.action in ACCOUNT_RESTRICTIONS
        ):
            statements += 1
        if d.subject_type == "account" and d.action in SANCTIONS:
            sanctions[d.action].append(d)
        if d.subject_type == "item" and (
            d.item_id not in latest or d.number > latest[d.item_id].number
        ):
            latest[d.item_id] = d

    acted = [d for d in latest.values() if d.action != "allow"]
    cells: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for d in acted:
        cells[(d.category or "none", d.action)].append(d)
    actions = {k: (len(v), len({d.account_id for d in v})) for k, v in cells.items()}
    series: dict[str, dict[str, int]] = {label: Counter() for label in labels}
    for d in acted:
        series[key(d.created_at)]["items_acted_on"] += 1

    reports: dict[str, Counter[str]] = defaultdict(Counter)
    for r in tables.reports:
        if not inside(r.created_at):
            continue
        series[key(r.created_at)]["reports"] += 1
        state = "open"
        if r.resolved_at is not None and r.resolved_at < e:
            state = r.outcome
        reports[r.category]["received"] += 1
        reports[r.category][state] += 1

    received = [a for a in tables.appeals if inside(a.created_at)]
    for a in received:
        series[key(a.created_at)]["appeals"] += 1
    decided = [
        a for a in tables.appeals if a.status in ("upheld", "overturned") and inside(a.decided_at)
    ]
    overturned = sum(1 for a in decided if a.status == "overturned")

    case_groups: dict[str, list[float]] = defaultdict(list)
    for c in tables.cases:
        if inside(c.decided_at) and c.seconds_to_decision is not None:
            case_groups[c.queue].append(c.seconds_to_decision)

    by_item: dict[str, list[Any]] = defaultdict(list)
    for d in tables.decisions:
        if d.subject_type == "item":
            by_item[d.item_id].append(d)
    first_groups: dict[str, list[float]] = defaultdict(list)
    for d in window:
        if d.subject_type != "item" or d.action == "allow":
            continue
        if any(o.number < d.number and o.action != "allow" for o in by_item[d.item_id]):
            continue
        if d.revision_id is not None:
            received_at = tables.revisions[d.revision_id].received_at
        else:
            received_at = tables.items[d.item_id].received_at
        who = "automated" if d.automated_decision != "not" else "human"
        first_groups[who].append((d.created_at - received_at).total_seconds())

    appeal_seconds = [(a.decided_at - a.created_at).total_seconds() for a in decided]
    return {
        "granularity": unit,
        "totals": {
            "decisions": len(window),
            "items_decided": len(latest),
            "items_acted_on": len(acted),
            "accounts_acted_on": len({d.account_id for d in acted}),
            "account_sanctions": sum(len(v) for v in sanctions.values()),
            "reports": sum(c["received"] for c in reports.values()),
            "appeals": len(received),
            "statements": statements,
        },
        "actions": actions,
        "automation": {k: (n, restrictive[k]) for k, n in automation.items()},
        "sanctions": {
            s: (
                len(v),
                len({d.account_id for d in v}),
                sum(1 for d in v if d.automated_decision != "not"),
            )
            for s, v in sanctions.items()
        },
        "reports": {
            c: (v["received"], v["upheld"], v["rejected"], v["open"]) for c, v in reports.items()
        },
        "appeals": (
            len(received),
            len(decided),
            len(decided) - overturned,
            overturned,
            round(overturned / len(decided), 4) if decided else None,
            _median(appeal_seconds),
        ),
        "case_time": _medians(case_groups),
        "first_action_time": _medians(first_groups),
        "series": [
            (
                label,
                series[label]["items_acted_on"],
                series[label]["reports"],
                series[label]["appeals"],
            )
            for label in labels
        ],
    }
