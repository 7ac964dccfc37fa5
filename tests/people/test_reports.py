"""Reports: many reporters, one case, one decision, every reporter told the outcome."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.reports.models import Reporter
from clearpost.review.models import ReviewCase
from tests.conftest import bearer, make_staff
from tests.people.helpers import claim_and_decide, post_item, report


def test_five_reports_one_case_all_reporters_see_the_outcome(
    app_client: TestClient,
    host_headers: dict[str, str],
    sessions: sessionmaker[Session],
    db_session: Session,
) -> None:
    post_item(
        app_client,
        host_headers,
        "scam-1",
        "seller",
        body="Great deal on concert tickets, pay by gift card only.",
    )
    filed = [report(app_client, host_headers, "scam-1", f"user-{i}") for i in range(5)]
    assert len({r["case_id"] for r in filed}) == 1
    case_id = filed[0]["case_id"]
    cases = db_session.scalar(
        select(func.count()).select_from(ReviewCase).where(ReviewCase.item_id == "scam-1")
    )
    assert cases == 1

    staff = bearer(make_staff(sessions, "reviewer"))
    listed = app_client.get("/v1/review/cases", params={"queue": "reports"}, headers=staff).json()
    assert [c["id"] for c in listed] == [case_id]
    assert listed[0]["report_count"] == 5
    result = claim_and_decide(app_client, staff, case_id, "remove", "fraud", "Gift-card scam.")
    assert result["outcome"] == "remove"

    for filed_report in filed:
        seen = app_client.get(
            f"/v1/reports/{filed_report['report_id']}", headers=host_headers
        ).json()
        assert seen["status"] == "resolved"
        assert seen["outcome"] == "upheld" and seen["action"] == "remove"
    item = app_client.get("/v1/items/scam-1", headers=host_headers).json()
    assert item["item"]["visibility"] == "removed"
    assert item["decision"]["automated"] == {"detection": False, "decision": "not"}
    # The reported account learns the decision but never who reported it.
    notices = app_client.get("/v1/accounts/seller/notices", headers=host_headers).json()
    assert notices and all("user-" not in str(n) for n in notices)
    # A second decision on the same case is refused.
    again = app_client.post(
        f"/v1/review/cases/{case_id}/decide", headers=staff, json={"action": "allow"}
    )
    assert again.status_code == 409
    upheld = db_session.execute(select(Reporter.upheld).where(Reporter.id == "user-0")).scalar()
    assert upheld == 1


def test_mass_reports_by_new_accounts_take_nothing_down(
    app_client: TestClient, host_headers: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    post_item(
        app_client,
        host_headers,
        "opinion-1",
        "columnist",
        body="I think the new library opening hours are a mistake.",
    )
    filed = [
        report(app_client, host_headers, "opinion-1", f"brigade-{i}", "harassment")
        for i in range(40)
    ]
    assert len({r["case_id"] for r in filed}) == 1
    item = app_client.get("/v1/items/opinion-1", headers=host_headers).json()
    assert item["item"]["visibility"] == "visible"
    assert item["decision"]["action"] == "allow"
    # Fresh reporters count half each; a rejected record lowers their weight further.
    staff = bearer(make_staff(sessions, "reviewer"))
    case = app_client.get(f"/v1/review/cases/{filed[0]['case_id']}", headers=staff).json()
    assert case["report_weight"] == 20.0
    claim_and_decide(app_client, staff, case["id"], "allow", note="Opinion, not harassment.")
    for filed_report in filed[:3]:
        seen = app_client.get(
            f"/v1/reports/{filed_report['report_id']}", headers=host_headers
        ).json()
        assert seen["outcome"] == "rejected"
    post_item(app_client, host_headers, "opinion-2", "columnist", body="Another opinion.")
    again = report(app_client, host_headers, "opinion-2", "brigade-0", "harassment")
    case2 = app_client.get(f"/v1/review/cases/{again['case_id']}", headers=staff).json()
    assert case2["report_weight"] < 0.5


def test_report_errors_change_nothing(
    app_client: TestClient, host_headers: dict[str, str], db_session: Session
) -> None:
    unknown = app_client.post(
        "/v1/reports",
        headers=host_headers,
        json={"item_id": "nope", "reporter_id": "u", "category": "spam"},
    )
    assert unknown.status_code == 404 and "nope" in unknown.json()["message"]
    post_item(app_client, host_headers, "p1", "acct")
    bad_category = app_client.post(
        "/v1/reports",
        headers=host_headers,
        json={"item_id": "p1", "reporter_id": "u", "category": "politics"},
    )
    assert bad_category.status_code == 422
    both = app_client.post(
        "/v1/reports",
        headers=host_headers,
        json={"item_id": "p1", "account_id": "acct", "reporter_id": "u", "category": "spam"},
    )
    assert both.status_code == 422
    assert db_session.scalar(select(func.count()).select_from(ReviewCase)) == 0
    assert db_session.scalar(select(func.count()).select_from(Reporter)) == 0
