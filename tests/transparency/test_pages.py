"""The public pages and downloads: same numbers everywhere, valid DSA statements, 422s."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest
from fastapi.testclient import TestClient

from clearpost.policy.store import compile_file, default_policy_path
from clearpost.transparency import formats, service
from clearpost.transparency.schemas import Report
from tests.transparency.conftest import Seeded

FULL = "from=2026-01-01&to=2026-06-30"
FEB = "from=2026-02-01&to=2026-02-28"


def computed(seeded: Seeded, start: date, end: date) -> Report:
    with seeded.session() as session:
        return service.compute(db_session=session, start=start, end=end)


def test_page_shows_the_reports_numbers(seeded: Seeded, seeded_client: TestClient) -> None:
    report = computed(seeded, date(2026, 2, 1), date(2026, 2, 28))
    page = seeded_client.get(f"/transparency?{FEB}")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "<h1>Transparency report</h1>" in html
    assert f"<dd>{report.totals.items_acted_on:,}</dd>" in html
    assert f"<dd>{report.totals.decisions:,}</dd>" in html
    assert f"<dd>{report.appeals.received:,}</dd>" in html
    for row in report.actions[:5]:
        assert f'<td class="n">{row.items:,}</td><td class="n">{row.accounts:,}</td>' in html
    assert "Hateful conduct" in html and "CP-HAT-1" in html  # titles and clauses
    assert html.count("<svg") == 3 and 'role="img"' in html
    for path in ("/transparency.csv", "/transparency.json", "/transparency/statements.jsonl"):
        assert f'href="{path}?{FEB.replace("&", "&amp;")}"' in html


def test_page_is_accessible_in_its_structure(seeded_client: TestClient) -> None:
    html = seeded_client.get(f"/transparency?{FEB}").text
    assert '<html lang="en">' in html
    assert '<a class="skip-link" href="#main">' in html and '<main id="main"' in html
    assert '<label for="from">' in html and '<input id="from" name="from" type="date"' in html
    assert '<label for="to">' in html and '<input id="to" name="to" type="date"' in html
    assert html.count("<h1>") == 1 and "<caption>" in html and 'scope="col"' in html
    assert '<nav aria-label="Main">' in html and 'aria-current="page"' in html
    # Every SVG chart has a title and description for assistive technology.
    for svg in re.findall(r"<svg.*?</svg>", html, re.S):
        assert "<title" in svg and "<desc" in svg and "aria-labelledby" in svg
    assert seeded_client.get("/static/clearpost.css").status_code == 200


def test_default_period_is_this_year_so_far(seeded_client: TestClient) -> None:
    html = seeded_client.get("/transparency").text  # the test clock says 2026-11-25
    assert 'value="2026-01-01"' in html and 'value="2026-11-25"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=2026-13-01&to=2026-12-31", "from: &#39;2026-13-01&#39; is not a real date"),
        ("from=yesterday", "from: expected a date as YYYY-MM-DD"),
        ("from=2026-03-01&to=2026-02-01", "from: 2026-03-01 is after to (2026-02-01)"),
        ("from=2026-01-01&to=2026-02-30", "to: &#39;2026-02-30&#39; is not a real date"),
    ],
)
def test_bad_dates_are_422_with_a_clear_message(
    seeded_client: TestClient, query: str, message: str
) -> None:
    page = seeded_client.get(f"/transparency?{query}")
    assert page.status_code == 422
    assert message in page.text and 'role="alert"' in page.text
    plain = message.replace("&#39;", "'")
    for path in ("/transparency.json", "/transparency.csv", "/transparency/statements.jsonl"):
        answer = seeded_client.get(f"{path}?{query}")
        assert answer.status_code == 422, path
        assert answer.json()["message"] == plain or plain in answer.json()["message"]


def test_json_download_is_the_report(seeded: Seeded, seeded_client: TestClient) -> None:
    report = computed(seeded, date(2026, 1, 1), date(2026, 6, 30))
    answer = seeded_client.get(f"/transparency.json?{FULL}")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json() == json.loads(report.model_dump_json())
    assert Report.model_validate(answer.json()) == report


def test_csv_download_has_the_same_numbers(seeded: Seeded, seeded_client: TestClient) -> None:
    report = computed(seeded, date(2026, 1, 1), date(2026, 6, 30))
    answer = seeded_client.get(f"/transparency.csv?{FULL}")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert tuple(rows[0]) == formats.CSV_HEADER
    cells = {tuple(r[:4]): r[4] for r in rows[1:]}
    assert len(cells) == len(rows) - 1  # every (section, key, subkey, metric) once
    assert cells[("totals", "", "", "items_acted_on")] == str(report.totals.items_acted_on)
    assert cells[("totals", "", "", "statements")] == str(report.totals.statements)
    for a in report.actions:
        assert cells[("actions", a.category, a.action, "items")] == str(a.items)
        assert cells[("actions", a.category, a.action, "accounts")] == str(a.accounts)
    for p in report.reports:
        assert cells[("reports", p.category, "", "open")] == str(p.open)
    assert cells[("appeals", "", "", "reversal_rate")] == str(report.appeals.reversal_rate)
    for point in report.series:
        assert cells[("series", point.bucket, "", "items_acted_on")] == str(point.items_acted_on)
    total_items = sum(int(v) for k, v in cells.items() if k[0] == "actions" and k[3] == "items")
    assert total_items == report.totals.items_acted_on


# The DSA Transparency Database statement fields (API documentation, July 2025 schema),
# written out here independently of clearpost.transparency.dsa.
DSA_CATEGORIES = {
    "STATEMENT_CATEGORY_" + name
    for name in (
        "ANIMAL_WELFARE",
        "CONSUMER_INFORMATION",
        "CYBER_VIOLENCE",
        "CYBER_VIOLENCE_AGAINST_WOMEN",
        "DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        "ILLEGAL_OR_HARMFUL_SPEECH",
        "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        "NOT_SPECIFIED_NOTICE",
        "OTHER_VIOLATION_TC",
        "PROTECTION_OF_MINORS",
        "RISK_FOR_PUBLIC_SECURITY",
        "SCAMS_AND_FRAUD",
        "SELF_HARM",
        "UNSAFE_AND_PROHIBITED_PRODUCTS",
        "VIOLENCE",
    )
}
DSA_VISIBILITY = {
    "DECISION_VISIBILITY_CONTENT_" + v
    for v in ("REMOVED", "DISABLED", "DEMOTED", "AGE_RESTRICTED", "INTERACTION_RESTRICTED")
} | {"DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER"}
DSA_ACCOUNT = {"DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED"}
DSA_PROVISION = {
    "DECISION_PROVISION_" + v
    for v in ("PARTIAL_SUSPENSION", "TOTAL_SUSPENSION", "PARTIAL_TERMINATION", "TOTAL_TERMINATION")
}
DSA_CONTENT = {
    "CONTENT_TYPE_" + v
    for v in ("APP", "AUDIO", "IMAGE", "PRODUCT", "SYNTHETIC_MEDIA", "TEXT", "VIDEO", "OTHER")
}
DSA_SOURCE = {
    "SOURCE_ARTICLE_16",
    "SOURCE_TRUSTED_FLAGGER",
    "SOURCE_TYPE_OTHER_NOTIFICATION",
    "SOURCE_VOLUNTARY",
}
DSA_AUTOMATED = {
    "AUTOMATED_DECISION_FULLY",
    "AUTOMATED_DECISION_PARTIALLY",
    "AUTOMATED_DECISION_NOT_AUTOMATED",
}
DSA_FIELDS = {
    "decision_visibility",
    "decision_visibility_other",
    "end_date_visibility_restriction",
    "decision_monetary",
    "decision_monetary_other",
    "end_date_monetary_restriction",
    "decision_provision",
    "end_date_service_restriction",
    "decision_account",
    "end_date_account_restriction",
    "account_type",
    "decision_ground",
    "decision_ground_reference_url",
    "illegal_content_legal_ground",
    "illegal_content_explanation",
    "incompatible_content_ground",
    "incompatible_content_explanation",
    "incompatible_content_illegal",
    "category",
    "category_addition",
    "category_specification",
    "category_specification_other",
    "content_type",
    "content_type_other",
    "content_language",
    "content_date",
    "content_id",
    "territorial_scope",
    "application_date",
    "decision_facts",
    "source_type",
    "source_identity",
    "automated_detection",
    "automated_decision",
    "puid",
}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate(s: dict[str, object]) -> None:
    assert set(s) <= DSA_FIELDS, set(s) - DSA_FIELDS
    restrictions = [k for k in ("decision_visibility", "decision_account", "decision_provision")]
    assert any(k in s for k in restrictions), "no restriction named"
    if "decision_visibility" in s:
        assert isinstance(s["decision_visibility"], list) and s["decision_visibility"]
        assert set(s["decision_visibility"]) <= DSA_VISIBILITY
    if "decision_account" in s:
        assert s["decision_account"] in DSA_ACCOUNT
    if "decision_provision" in s:
        assert s["decision_provision"] in DSA_PROVISION
    assert s["decision_ground"] == "DECISION_GROUND_INCOMPATIBLE_CONTENT"
    assert s["incompatible_content_ground"] and len(str(s["incompatible_content_ground"])) <= 500
    assert s["incompatible_content_explanation"]
    assert len(str(s["incompatible_content_explanation"])) <= 2000
    assert s["category"] in DSA_CATEGORIES
    assert isinstance(s["content_type"], list) and set(s["content_type"]) <= DSA_CONTENT
    if "CONTENT_TYPE_OTHER" in s["content_type"]:
        assert s["content_type_other"]
    for field in ("content_date", "application_date"):
        assert DAY.match(str(s[field])), field
    assert str(s["content_date"]) >= "2000-01-01" and str(s["application_date"]) >= "2020-01-01"
    assert s["decision_facts"] and len(str(s["decision_facts"])) <= 5000
    assert s["source_type"] in DSA_SOURCE
    assert s["automated_detection"] in ("Yes", "No")
    assert s["automated_decision"] in DSA_AUTOMATED
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,500}", str(s["puid"]))
    if "content_language" in s:
        assert re.fullmatch(r"[A-Z]{2}", str(s["content_language"]))


def test_statements_are_valid_dsa_lines_one_per_restriction(
    seeded: Seeded, seeded_client: TestClient
) -> None:
    report = computed(seeded, date(2026, 2, 1), date(2026, 2, 28))
    with seeded_client.stream("GET", f"/transparency/statements.jsonl?{FEB}") as answer:
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("application/jsonl")
        lines = [line for line in answer.iter_lines() if line]
    statements = [json.loads(line) for line in lines]
    assert len(statements) == report.totals.statements > 100
    for statement in statements:
        validate(statement)
    puids = [s["puid"] for s in statements]
    assert len(set(puids)) == len(puids)
    decisions = {d["id"]: d for d in seeded.rows.decisions}
    for s in statements:
        decision = decisions[s["puid"]]
        assert s["application_date"] == decision["created_at"].date().isoformat()
        assert s["automated_detection"] == ("Yes" if decision["automated_detection"] else "No")
    # A report-driven review is an Article 16 notice; screening is the platform's own.
    assert {s["source_type"] for s in statements} == {"SOURCE_ARTICLE_16", "SOURCE_VOLUNTARY"}
    kinds = {s.get("decision_account") or s.get("decision_provision") for s in statements}
    assert kinds & (DSA_ACCOUNT | DSA_PROVISION)
    # No personal data: evidence text, moderator notes and staff emails stay out.
    text = "\n".join(lines)
    for private in ("secret", "moderator note", "example.org", "acct-", "item-"):
        assert private not in text


def test_statements_map_categories(seeded_client: TestClient) -> None:
    lines = seeded_client.get(f"/transparency/statements.jsonl?{FULL}").text.splitlines()
    by_clause: dict[str, set[str]] = {}
    for line in lines:
        s = json.loads(line)
        clause = s["incompatible_content_ground"].split(":")[0]
        by_clause.setdefault(clause, set()).add(s["category"])
    assert by_clause["CP-VIO-1"] == {"STATEMENT_CATEGORY_VIOLENCE"}
    assert by_clause["CP-FRD-1"] == {"STATEMENT_CATEGORY_SCAMS_AND_FRAUD"}
    assert by_clause["CP-HAT-1"] == {"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"}
    assert by_clause["CP-SH-1"] == {"STATEMENT_CATEGORY_SELF_HARM"}
    assert by_clause["CP-HAR-1"] == {"STATEMENT_CATEGORY_CYBER_VIOLENCE"}
    assert by_clause["CP-SEX-1"] == {"STATEMENT_CATEGORY_OTHER_VIOLATION_TC"}


def test_an_empty_period_streams_nothing(seeded_client: TestClient) -> None:
    answer = seeded_client.get("/transparency/statements.jsonl?from=2025-01-01&to=2025-01-31")
    assert answer.status_code == 200 and answer.text == ""


def test_standards_page_shows_the_policy(seeded_client: TestClient) -> None:
    page = seeded_client.get("/standards")
    assert page.status_code == 200
    html = page.text
    version = compile_file(default_policy_path()).version
    assert "<h1>Community standards</h1>" in html and version in html
    for clause, title in (("CP-VIO-1", "Violence and threats"), ("CP-MIS-1", "Misleading content")):
        assert f'id="{clause}"' in html and title in html
    assert "Sex education, sexual health and medical information" in html  # allowed
    assert "Offers of sexual services, links to pornography" in html  # not allowed
    assert "Removed automatically when detection is very confident." in html
    assert "Never removed automatically; a moderator decides after review." in html
    assert "nobody is penalised" in html  # self-harm is a support category
    assert "27 or more active strike points: account suspended for 14 days." in html
    assert "No published examples yet." in html


def test_finished_periods_are_cached_running_ones_expire() -> None:
    from datetime import UTC, datetime, timedelta

    from clearpost.transparency.views import ReportCache

    cache = ReportCache(size=2)
    report = Report.model_validate_json(
        '{"period": {"start": "2026-01-01", "end": "2026-01-31", "granularity": "day"},'
        ' "totals": {"decisions": 0, "items_decided": 0, "items_acted_on": 0,'
        ' "accounts_acted_on": 0, "account_sanctions": 0, "reports": 0, "appeals": 0,'
        ' "statements": 0}, "actions": [], "sanctions": [], "automation": [], "reports": [],'
        ' "appeals": {"received": 0, "decided": 0, "upheld": 0, "overturned": 0,'
        ' "reversal_rate": null, "median_seconds_to_decide": null}, "case_time": [],'
        ' "first_action_time": [], "series": []}'
    )
    jan = (date(2026, 1, 1), date(2026, 1, 31))
    today = (date(2026, 2, 1), date(2026, 2, 10))
    now = datetime(2026, 2, 10, 12, tzinfo=UTC)
    cache.put(jan, report, now)
    cache.put(today, report, now)
    later = now + timedelta(days=30)
    assert cache.get(jan, later) is report  # January is over: final
    assert cache.get(today, now + timedelta(seconds=30)) is report
    assert cache.get(today, now + timedelta(seconds=61)) is None  # still running: recomputed
    # January ended less than an hour before: not final yet.
    cache.put(jan, report, datetime(2026, 2, 1, 0, 30, tzinfo=UTC))
    assert cache.get(jan, datetime(2026, 2, 1, 0, 32, tzinfo=UTC)) is None
    for day in range(1, 5):  # bounded
        cache.put((date(2025, 1, day), date(2025, 1, day)), report, later)
    assert len(cache._items) == 2


def test_statement_batches_join_up_exactly(seeded: Seeded) -> None:
    from clearpost.db import make_sessionmaker
    from clearpost.policy.store import PolicyHolder, default_policy_path
    from clearpost.transparency import dsa

    sessions = make_sessionmaker(seeded.db.engine)
    policy = PolicyHolder(default_policy_path()).current
    with sessions() as session:
        w = service.window(db_session=session, start=date(2026, 3, 1), end=date(2026, 3, 14))
    small = "".join(dsa.stream(sessions, w, policy, batch=7))
    whole = "".join(dsa.stream(sessions, w, policy, batch=100_000))
    assert small == whole
    report = computed(seeded, date(2026, 3, 1), date(2026, 3, 14))
    puids = [json.loads(line)["puid"] for line in small.splitlines()]
    assert len(puids) == len(set(puids)) == report.totals.statements
