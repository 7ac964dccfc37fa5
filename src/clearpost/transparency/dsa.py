"""Statements of reasons in the EU DSA Transparency Database format, one per restriction.

Field names and values follow the Transparency Database API (statement schema of July
2025, 16 top-level categories). The mapping from Clearpost's categories and actions is
documented in docs/transparency.md. Personal data never goes in: no item text, no
evidence spans, no moderator notes, no account or item ids (the puid is the decision id).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from clearpost.accounts.models import Account, Sanction
from clearpost.decisions.models import Decision
from clearpost.items.models import Item, ItemRevision
from clearpost.policy.engine import CompiledPolicy
from clearpost.review.models import ReviewCase
from clearpost.transparency.queries import Window, statement_filter

STATEMENT_CATEGORIES = frozenset(
    {
        "STATEMENT_CATEGORY_ANIMAL_WELFARE",
        "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
        "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        "STATEMENT_CATEGORY_SELF_HARM",
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
        "STATEMENT_CATEGORY_VIOLENCE",
    }
)


@dataclass(frozen=True)
class CategoryMapping:
    category: str
    keywords: tuple[str, ...] = ()
    other: str | None = None  # category_specification_other, with KEYWORD_OTHER


# Clearpost category -> DSA category (and keywords). A category not listed here (a custom
# policy) maps to "other violation of terms and conditions" with its title as the keyword.
CATEGORY_MAP: dict[str, CategoryMapping] = {
    "sexual": CategoryMapping(
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", ("KEYWORD_ADULT_SEXUAL_MATERIAL",)
    ),
    "violence": CategoryMapping(
        "STATEMENT_CATEGORY_VIOLENCE", ("KEYWORD_INCITEMENT_VIOLENCE_HATRED",)
    ),
    "harassment": CategoryMapping(
        "STATEMENT_CATEGORY_CYBER_VIOLENCE", ("KEYWORD_CYBER_HARASSMENT",)
    ),
    "hate": CategoryMapping(
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", ("KEYWORD_HATE_SPEECH",)
    ),
    "vulgar": CategoryMapping(
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", ("KEYWORD_OTHER",), "Vulgar or profane content"
    ),
    "self_harm": CategoryMapping("STATEMENT_CATEGORY_SELF_HARM"),
    "fraud": CategoryMapping("STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
    "spam": CategoryMapping(
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        ("KEYWORD_OTHER",),
        "Spam and platform manipulation",
    ),
    "misleading": CategoryMapping(
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        ("KEYWORD_OTHER",),
        "Misleading content: clickbait, exaggerated claims, unverified rumours",
    ),
}

ITEM_VISIBILITY = {
    "remove": "DECISION_VISIBILITY_CONTENT_REMOVED",
    "hold": "DECISION_VISIBILITY_CONTENT_DISABLED",
    "limit": "DECISION_VISIBILITY_CONTENT_DEMOTED",
    "label": "DECISION_VISIBILITY_CONTENT_LABELLED",
}
AUTOMATED_DECISION = {
    "fully": "AUTOMATED_DECISION_FULLY",
    "partially": "AUTOMATED_DECISION_PARTIALLY",
    "not": "AUTOMATED_DECISION_NOT_AUTOMATED",
}
VERB = {
    "remove": "removed",
    "hold": "held back until reviewed",
    "limit": "reduced in reach",
    "label": "labelled",
    "limited": "limited",
    "suspended": "suspended",
    "closed": "closed",
}


def mapping(category: str | None, policy: CompiledPolicy | None) -> CategoryMapping:
    if category in CATEGORY_MAP:
        return CATEGORY_MAP[category]
    title = category or "account conduct"
    if policy is not None and category in policy.categories:
        title = policy.categories[category].title
    return CategoryMapping("STATEMENT_CATEGORY_OTHER_VIOLATION_TC", ("KEYWORD_OTHER",), title)


def _clause(row: Any, policy: CompiledPolicy | None) -> str:
    for reason in row.reasons or []:
        if reason.get("category") == row.category and reason.get("clause"):
            return str(reason["clause"])
    if policy is not None and row.category in policy.categories:
        return policy.categories[row.category].clause
    return row.category or "account"


def _title(category: str | None, policy: CompiledPolicy | None) -> str:
    if policy is not None and category in policy.categories:
        return policy.categories[category].title
    return (category or "account conduct").replace("_", " ")


def _facts(row: Any, clause: str, title: str) -> str:
    """What the decision relied on, from structured fields only (never free text)."""
    verb = VERB.get(row.action, row.action)
    subject = "The account was" if row.subject_type == "account" else "The content was"
    ground = f'"{title}" (clause {clause}, policy {row.policy_version})'
    if row.source == "screening" and row.subject_type == "item":
        scores = [
            r
            for r in row.reasons or []
            if r.get("category") == row.category and r.get("score") is not None
        ]
        detectors = sorted(
            {str(d) for r in scores for d in [r.get("detector"), *r.get("detectors", [])] if d}
        )
        how = "Automated screening"
        if detectors:
            how += f" ({', '.join(detectors)})"
        if scores:
            how += f" scored it {float(scores[0]['score']):.2f} for {ground}"
        else:
            how += f" matched {ground}"
        tail = " A moderator will review it." if row.automated_decision == "partially" else ""
        return f"{how}. {subject} {verb} under the policy's thresholds.{tail}"
    if row.subject_type == "account":
        who = (
            "The sanction ladder (active strike points)"
            if row.automated_decision != "not"
            else "A staff member"
        )
        return f"{who} applied {ground}. {subject} {verb}."
    why = "after user reports" if row.queue == "reports" else "after automated flagging"
    if row.source == "appeal":
        why = "on appeal"
    found = f"A moderator reviewed the content {why} and found it breaches {ground}."
    return f"{found} {subject} {verb}."


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


def statement(
    row: Any, policy: CompiledPolicy | None, standards_url: str | None = None
) -> dict[str, Any]:
    """One statement of reasons for a decision row (see `rows`)."""
    found = mapping(row.category, policy)
    clause = _clause(row, policy)
    title = _title(row.category, policy)
    out: dict[str, Any] = {}
    if row.subject_type == "item":
        out["decision_visibility"] = [ITEM_VISIBILITY[row.action]]
        content_type = ["CONTENT_TYPE_TEXT"]
        if row.media:
            content_type.append("CONTENT_TYPE_IMAGE")
        out["content_type"] = content_type
        content_date = row.item_created_at
    else:
        if row.action == "limited":
            out["decision_provision"] = "DECISION_PROVISION_PARTIAL_SUSPENSION"
        else:
            out["decision_account"] = (
                "DECISION_ACCOUNT_SUSPENDED"
                if row.action == "suspended"
                else "DECISION_ACCOUNT_TERMINATED"
            )
            if row.action == "suspended" and row.ends_at is not None:
                out["end_date_account_restriction"] = _day(row.ends_at)
        out["content_type"] = ["CONTENT_TYPE_OTHER"]
        out["content_type_other"] = "Account"
        content_date = row.account_created_at
    out["decision_ground"] = "DECISION_GROUND_INCOMPATIBLE_CONTENT"
    out["incompatible_content_ground"] = f"{clause}: {title}"[:500]
    out["incompatible_content_explanation"] = _explanation(row.category, policy)[:2000]
    if standards_url:
        out["decision_ground_reference_url"] = f"{standards_url}#{clause}"
    out["category"] = found.category
    if found.keywords:
        out["category_specification"] = list(found.keywords)
    if found.other:
        out["category_specification_other"] = found.other[:500]
    if row.lang and len(row.lang) == 2 and row.lang.isalpha():
        out["content_language"] = row.lang.upper()
    out["content_date"] = _day(content_date) or _day(row.created_at)
    out["application_date"] = _day(row.created_at)
    out["decision_facts"] = _facts(row, clause, title)[:5000]
    out["source_type"] = "SOURCE_ARTICLE_16" if row.queue == "reports" else "SOURCE_VOLUNTARY"
    out["automated_detection"] = "Yes" if row.automated_detection else "No"
    out["automated_decision"] = AUTOMATED_DECISION[row.automated_decision]
    out["puid"] = row.id
    return out


def _explanation(category: str | None, policy: CompiledPolicy | None) -> str:
    if policy is not None and category in policy.categories:
        return " ".join(policy.categories[category].definition.split())
    return "The account's conduct breached the platform's terms and conditions."


def rows_query(window: Window, after: tuple[datetime, str] | None, limit: int) -> Any:
    """The next `limit` restrictions of the window after `after` (created_at, id), oldest
    first, with what their statements need.

    The page of decisions is chosen first, from the index alone; only those rows are then
    joined to their item, revision, case, account and sanction.
    """
    page = select(Decision.id).where(statement_filter(window))
    if after is not None:
        page = page.where(
            Decision.created_at >= after[0],  # lets the index start where we stopped
            or_(
                Decision.created_at > after[0],
                and_(Decision.created_at == after[0], Decision.id > after[1]),
            ),
        )
    ids = page.order_by(Decision.created_at, Decision.id).limit(limit).subquery("page")
    return (
        select(
            Decision.id,
            Decision.subject_type,
            Decision.action,
            Decision.category,
            Decision.reasons,
            Decision.automated_detection,
            Decision.automated_decision,
            Decision.source,
            Decision.policy_version,
            Decision.created_at,
            Item.created_at.label("item_created_at"),
            ItemRevision.lang,
            ItemRevision.media,
            ReviewCase.queue,
            Account.created_at.label("account_created_at"),
            Sanction.ends_at,
        )
        .join(ids, ids.c.id == Decision.id)
        .outerjoin(Item, Item.id == Decision.item_id)
        .outerjoin(ItemRevision, ItemRevision.id == Decision.revision_id)
        .outerjoin(ReviewCase, ReviewCase.outcome_decision_id == Decision.id)
        .outerjoin(Account, Account.id == Decision.account_id)
        .outerjoin(Sanction, Sanction.decision_id == Decision.id)
        .order_by(Decision.created_at, Decision.id)
    )


def stream(
    sessions: Callable[[], Session],
    window: Window,
    policy: CompiledPolicy | None,
    standards_url: str | None = None,
    batch: int = 1000,
) -> Iterator[str]:
    """JSON lines, one statement each, read `batch` decisions at a time.

    Each batch is its own short transaction (keyset pagination on created_at, id), so a
    long download never holds a transaction (or SQLite's lock) open between batches. One
    chunk is yielded per batch: a server hands each chunk of a synchronous iterator to a
    worker thread, so a chunk per line would cost a thread hop per line.
    """
    after: tuple[datetime, str] | None = None
    while True:
        with sessions() as session:
            rows = session.execute(rows_query(window, after, batch)).all()
        lines = []
        seen = set()
        for row in rows:
            if row.id in seen:
                continue  # a decision joined to two cases or sanctions: once is enough
            seen.add(row.id)
            lines.append(json.dumps(statement(row, policy, standards_url), ensure_ascii=False))
        if lines:
            yield "\n".join(lines) + "\n"
        if len(seen) < batch:
            return
        after = (rows[-1].created_at, rows[-1].id)
