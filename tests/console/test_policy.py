"""The policy page: history, dry runs of a draft, activation and its persistence."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clearpost.audit.models import AuditEvent
from clearpost.clock import FrozenClock
from clearpost.console import policies
from clearpost.console.models import PolicyVersion
from clearpost.console.policy_sync import PolicySync
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.screening.pipeline import Screener
from clearpost.settings import Settings
from clearpost.web.app import create_app
from tests.console.conftest import Staffer
from tests.console.world import World, build

ACTIVE = yaml.safe_load(default_policy_path().read_text("utf-8"))["version"]
DRAFT_VERSION = f"{ACTIVE}-draft"


def draft_text(version: str = DRAFT_VERSION, name: str | None = None) -> str:
    """The default policy with a new version where violence is never removed automatically."""
    spec = yaml.safe_load(default_policy_path().read_text("utf-8"))
    spec["version"] = version
    spec["name"] = name or spec["name"]
    violence = spec["categories"]["violence"]
    violence["never"] = ["remove"]
    thresholds = violence["thresholds"]
    for table in [thresholds["default"], *thresholds.get("tier", {}).values()]:
        table.pop("remove", None)
    for table in thresholds.get("classification", {}).values():
        table.pop("remove", None)
    return yaml.safe_dump(spec, allow_unicode=True, sort_keys=False)


@pytest.fixture
def world(app_client: TestClient, host_headers: dict[str, str], db_session: Session) -> World:
    return build(app_client, host_headers, db_session)


def test_policy_page_shows_the_active_policy_and_its_history(
    staffer: Callable[[str], Staffer],
) -> None:
    rev = staffer("reviewer")
    page = rev.client.get("/console/policy").text
    spec = yaml.safe_load(default_policy_path().read_text("utf-8"))
    fraud_remove = spec["categories"]["fraud"]["thresholds"]["default"]["remove"]
    assert ACTIVE in page and "CP-FRD-1" in page and f"{fraud_remove:.2f}" in page
    assert "file:" in page and "active" in page
    assert "Dry run a draft" not in page  # reviewers only read
    link = re.search(r'href="(/console/policy/versions/\d+)"', page)
    assert link is not None
    text = rev.client.get(link.group(1))
    assert text.headers["content-type"].startswith("text/plain")
    assert text.text == default_policy_path().read_text("utf-8")


def test_dry_run_reports_transitions(world: World, staffer: Callable[[str], Staffer]) -> None:
    admin = staffer("admin")
    answer = admin.post("/console/policy/dry-run", {"yaml": draft_text(), "limit": "1000"})
    assert answer.status_code == 200, answer.text
    page = answer.text
    assert f"Result: draft {DRAFT_VERSION} against active {ACTIVE}" in page
    changed = re.search(r"<strong>(\d+)</strong> of (\d+) items would be decided differently", page)
    assert changed is not None and int(changed.group(1)) >= 1 and int(changed.group(2)) >= 2
    transitions = page.split("Action transitions (active → draft)")[1].split("</table>")[0]
    assert "<td>remove</td>" in transitions
    assert f'/console/items/{world.removed_item}"' in page  # the sample links the item
    assert f"Activate version {DRAFT_VERSION}" in page
    assert 'name="sha256" value="' + policies.digest(draft_text()) + '"' in page


def test_dry_run_by_file_upload(world: World, staffer: Callable[[str], Staffer]) -> None:
    admin = staffer("admin")
    answer = admin.client.post(
        "/console/policy/dry-run",
        data={"csrf_token": admin.csrf, "limit": "10"},
        files={"file": ("draft.yaml", draft_text().replace("\n", "\r\n").encode(), "text/yaml")},
    )
    assert answer.status_code == 200 and "would be decided differently" in answer.text
    assert policies.digest(draft_text()) in answer.text  # line ends normalised


def test_broken_draft_is_refused_with_its_line(staffer: Callable[[str], Staffer]) -> None:
    admin = staffer("admin")
    text = draft_text()
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip() == "severity: high")
    lines[index] = lines[index].replace("high", "extreme")
    answer = admin.post("/console/policy/dry-run", {"yaml": "\n".join(lines) + "\n"})
    assert answer.status_code == 422
    assert f"(line {index + 1})" in answer.text and "severity" in answer.text
    bad_yaml = admin.post("/console/policy/dry-run", {"yaml": "version: [1\nname: x\n"})
    assert bad_yaml.status_code == 422 and "invalid YAML" in bad_yaml.text
    empty = admin.post("/console/policy/dry-run", {"yaml": "  "})
    assert empty.status_code == 422 and "Paste a draft" in empty.text
    too_many = admin.post("/console/policy/dry-run", {"yaml": text, "limit": "10001"})
    assert too_many.status_code == 422 and "10,000" in too_many.text


def test_activation_swaps_the_policy_and_is_audited(
    world: World,
    app_client: TestClient,
    staffer: Callable[[str], Staffer],
    db_session: Session,
) -> None:
    admin = staffer("admin")
    text = draft_text()
    changed = admin.post(
        "/console/policy/activate", {"yaml": text + "# edited\n", "sha256": policies.digest(text)}
    )
    assert changed.status_code == 422 and "changed since its dry run" in changed.text
    done = admin.post("/console/policy/activate", {"yaml": text, "sha256": policies.digest(text)})
    assert done.status_code == 200 and "Activated" in done.text
    state = app_client.app.state.clearpost  # type: ignore[attr-defined]
    assert state.policy.current.version == DRAFT_VERSION
    assert app_client.get("/healthz").json()["policy_version"] == DRAFT_VERSION
    assert f'{DRAFT_VERSION} <span class="badge ok">active</span>' in done.text
    event = db_session.execute(
        select(AuditEvent).where(AuditEvent.action == "policy.activated")
    ).scalar_one()
    assert event.actor == f"staff:{admin.email}"
    assert event.before["version"] == ACTIVE  # type: ignore[index]
    assert event.after["version"] == DRAFT_VERSION  # type: ignore[index]

    again = admin.post("/console/policy/activate", {"yaml": text, "sha256": policies.digest(text)})
    assert again.status_code == 409 and "already the active one" in again.text
    clash = draft_text(name="Same version, other rules")
    refused = admin.post(
        "/console/policy/activate", {"yaml": clash, "sha256": policies.digest(clash)}
    )
    assert refused.status_code == 409 and "new one" in refused.text
    assert state.policy.current.version == DRAFT_VERSION


def test_broken_policy_never_replaces_the_good_one(
    staffer: Callable[[str], Staffer], app_client: TestClient, db_session: Session
) -> None:
    admin = staffer("admin")
    broken = draft_text().replace("severity: high", "severity: extreme", 1)
    answer = admin.post(
        "/console/policy/activate", {"yaml": broken, "sha256": policies.digest(broken)}
    )
    assert answer.status_code == 422 and "line" in answer.text
    assert app_client.app.state.clearpost.policy.current.version == ACTIVE  # type: ignore[attr-defined]
    assert (
        db_session.execute(select(PolicyVersion).where(PolicyVersion.source == "console")).all()
        == []
    )


def test_an_activated_policy_survives_a_restart(
    staffer: Callable[[str], Staffer],
    settings: Settings,
    sessions: sessionmaker[Session],
    screener: Screener,
    clock: FrozenClock,
) -> None:
    admin = staffer("admin")
    text = draft_text()
    admin.post("/console/policy/activate", {"yaml": text, "sha256": policies.digest(text)})
    holder = PolicyHolder(default_policy_path())
    fresh = create_app(settings, sessions=sessions, screener=screener, policy=holder, clock=clock)
    with TestClient(fresh) as client:
        assert client.get("/healthz").json()["policy_version"] == DRAFT_VERSION
    assert holder.current.version == DRAFT_VERSION


def test_a_stored_policy_that_no_longer_compiles_is_skipped(
    sessions: sessionmaker[Session], clock: FrozenClock
) -> None:
    holder = PolicyHolder(default_policy_path())
    sync = PolicySync(holder, sessions, clock, interval=0)
    sync.run()
    with sessions() as session:
        policies.create(
            db_session=session,
            text="version: broken\n",
            version="broken",
            loaded_by="test",
            source="console",
            now=datetime(2026, 11, 25, tzinfo=UTC),
        )
        session.commit()
    sync.poll()
    assert holder.current.version == ACTIVE
    with sessions() as session:
        policies.create(
            db_session=session,
            text=draft_text(),
            version=DRAFT_VERSION,
            loaded_by="test",
            source="console",
            now=datetime(2026, 11, 25, tzinfo=UTC),
        )
        session.commit()
    sync.poll()
    assert holder.current.version == DRAFT_VERSION
