"""The console in real headless Chromium against a live server, seeded through the HTTP API.

Debian's Chromium (`/usr/bin/chromium`, installed by scripts/test.sh) driven by Playwright;
no browser is ever downloaded. Screenshots go to artifacts/screenshots/ (gitignored).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from clearpost.clock import FrozenClock
from clearpost.db import make_sessionmaker
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.screening.pipeline import Screener
from clearpost.settings import Settings
from clearpost.web.app import create_app
from tests.conftest import DatabaseUnderTest, bearer, make_key, make_staff
from tests.console.world import ORDINARY, SCAM, THREAT
from tests.live import serve

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ADMIN = "admin@example.org"

# Every visible form control needs a label, aria-label or aria-labelledby.
UNLABELLED = """() => Array.from(document.querySelectorAll('input, select, textarea'))
  .filter(el => el.type !== 'hidden' && !el.hidden && el.getClientRects().length > 0)
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                && !el.getAttribute('aria-labelledby'))
  .map(el => el.outerHTML.slice(0, 120))"""
# Text whose contrast with its background is under WCAG AA (4.5:1; 3:1 for large text).
LOW_CONTRAST = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) { return c; }
    }
    return [255, 255, 255];
  };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length || el.closest('.visually-hidden, svg')) { continue; }
    const style = getComputedStyle(el);
    const [a, b] = [lum(rgb(style.color)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      bad.push(el.tagName + ' ' + ratio.toFixed(2) + ' ' + el.textContent.trim().slice(0, 40));
    }
  }
  return bad;
}"""


@dataclass
class Live:
    base: str
    clock: FrozenClock
    token: str  # the admin's staff token
    host: dict[str, str]


def _seed(base: str, host: dict[str, str]) -> None:
    """Items that get removed or held, reports, and an appeal: through the API only."""
    with httpx.Client(base_url=base, timeout=30) as http:

        def post(item_id: str, account: str, body: str, **extra: Any) -> Any:
            payload = {"id": item_id, "account_id": account, "kind": "post", "body": body, **extra}
            answer = http.post("/v1/items", headers=host, json=payload)
            assert answer.status_code == 201, answer.text
            return answer.json()

        removed = post("threat-1", "writer", THREAT)
        assert removed["action"] == "remove"
        post("scam-1", "newcomer", SCAM, account_tier="new")
        post("garden-1", "gardener", ORDINARY, reach=80_000)
        for reporter in ("reporter-1", "reporter-2", "reporter-3"):
            answer = http.post(
                "/v1/reports",
                headers=host,
                json={"item_id": "garden-1", "reporter_id": reporter, "category": "fraud"},
            )
            assert answer.status_code == 201, answer.text
        appeal = http.post(
            "/v1/appeals",
            headers=host,
            json={
                "decision_id": removed["decision_id"],
                "account_id": "writer",
                "statement": "A line from a play.",
            },
        )
        assert appeal.status_code == 201, appeal.text


@pytest.fixture
def live(fresh_database: DatabaseUnderTest, screener: Screener) -> Iterator[Live]:
    clock = FrozenClock(NOW)
    sessions = make_sessionmaker(fresh_database.engine)
    settings = Settings(database_url=fresh_database.url, webhook_dispatch=False)
    app = create_app(
        settings,
        sessions=sessions,
        screener=screener,
        policy=PolicyHolder(default_policy_path()),
        clock=clock,
    )
    host = bearer(make_key(sessions, ["items:write", "reports:write", "appeals:write"]))
    token = make_staff(sessions, "admin", ADMIN)
    with serve(app) as base:
        _seed(base, host)
        yield Live(base, clock, token, host)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if shutil.which(CHROMIUM) is None:
        pytest.skip("Debian's chromium is not installed (scripts/test.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, live: Live) -> Iterator[Any]:
    context = browser.new_context(base_url=live.base, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def sign_in(page: Any, token: str) -> None:
    page.goto("/console/login")
    page.get_by_label("Email").fill(ADMIN)
    page.get_by_label("Staff token").fill(token)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/console")


def removed_count(page: Any, title: str) -> int:
    page.goto("/transparency")
    rows = page.locator("#actions ~ div table tbody tr")
    for index in range(rows.count()):
        cells = rows.nth(index).locator("td").all_inner_texts()
        if len(cells) == 5 and cells[0] == title and cells[2] == "removed":
            return int(cells[3].replace(",", ""))
    return 0


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def test_claim_remove_and_see_it_in_the_transparency_report(page: Any, live: Live) -> None:
    before = removed_count(page, "Fraud and scams")
    sign_in(page, live.token)
    first = page.locator("table.queue tbody tr").first
    assert "gardening" in first.inner_text()  # the widest-reach, most-reported case
    shot(page, "queue.png")
    first.get_by_role("button", name="Claim").click()
    first.get_by_text("Claimed by you").wait_for()
    first.get_by_role("link", name="Decide").click()
    page.wait_for_url("**/console/cases/*")
    assert page.get_by_role("heading", name="Reports (3)").is_visible()
    shot(page, "case.png")
    page.get_by_label("Remove").check()
    page.get_by_label("Category").select_option("fraud")
    page.get_by_label("Note").fill("Fake prize: asks for bank details.")
    page.get_by_role("button", name="Decide").click()
    page.get_by_text("Decided.").wait_for()
    assert "remove" in page.locator("dl.summary").inner_text()

    live.clock.advance(timedelta(seconds=61))  # past the open period's report cache
    assert removed_count(page, "Fraud and scams") == before + 1
    shot(page, "transparency.png")
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    path = download.value.path()
    rows = list(csv.reader(io.StringIO(Path(path).read_text("utf-8"))))
    assert rows[0] == ["section", "key", "subkey", "metric", "value"]
    assert ["actions", "fraud", "remove", "items", str(before + 1)] in rows
    assert ["period", "", "", "to", NOW.date().isoformat()] in rows


def test_keyboard_only(page: Any, live: Live) -> None:
    page.goto("/console/login")
    # The email field has autofocus (applied at the browser's next rendering step).
    page.wait_for_function("document.activeElement && document.activeElement.id === 'email'")
    page.keyboard.type(ADMIN)
    page.keyboard.press("Tab")
    page.keyboard.type(live.token)
    page.keyboard.press("Enter")
    page.wait_for_url("**/console")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    def tab_to(predicate: str, limit: int = 80) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(f"(el => {predicate})(document.activeElement)"):
                outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
                assert outline != "none", "focus must be visible"
                return
        raise AssertionError(f"never reached {predicate}")

    tab_to("el.tagName === 'BUTTON' && el.textContent.trim().startsWith('Claim')")
    page.keyboard.press("Enter")
    page.get_by_text("Claimed by you").first.wait_for()
    tab_to("el.tagName === 'A' && el.textContent.trim().startsWith('Decide')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/console/cases/*")

    page.keyboard.press("r")  # remove: a note is required, so the note gets focus
    assert page.evaluate("document.activeElement.id") == "note"
    assert page.is_checked("#action-remove")
    page.keyboard.type("Scam; a and l typed here change nothing.")
    assert page.is_checked("#action-remove")
    page.keyboard.press("Tab")  # out of the field, onto the Decide button
    page.keyboard.press("a")  # allow; focus stays on Decide
    assert page.is_checked("#action-allow")
    assert page.evaluate("document.activeElement.id") == "decide-button"
    page.keyboard.press("r")
    assert page.is_checked("#action-remove")
    tab_to("el.id === 'decide-button'")
    page.keyboard.press("Enter")
    page.get_by_text("Decided.").wait_for()
    page.keyboard.press("q")
    page.wait_for_url("**/console")


def test_every_form_control_is_labelled_and_readable(page: Any, live: Live) -> None:
    page.goto("/console/login")
    pages = ["/console/login"]
    sign_in(page, live.token)
    page.goto("/console")
    case = page.locator("table.queue tbody tr a").first.get_attribute("href")
    pages += [
        "/console",
        str(case),
        "/console/items/threat-1",
        "/console/appeals",
        "/console/accounts",
        "/console/accounts/writer",
        "/console/policy",
        "/console/audit",
    ]
    problems: dict[str, list[str]] = {}
    for path in pages:
        page.goto(path)
        page.wait_for_load_state("networkidle")
        if path == "/console/audit":  # htmx loads the chain check beside the log
            page.get_by_text("Chain intact").wait_for()
        found = page.evaluate(UNLABELLED) + page.evaluate(LOW_CONTRAST)
        if page.locator("h1").count() != 1:
            found.append("needs exactly one h1")
        if path != "/console/login" and page.locator("a.skip-link").count() != 1:
            found.append("no skip link")
        if found:
            problems[path] = found
    # The policy page with a dry-run result (its activation form) too.
    page.goto("/console/policy")
    text = default_policy_path().read_text("utf-8")
    draft = re.sub(r"(?m)^version: .*$", 'version: "console-test-draft"', text, count=1)
    page.get_by_label("Draft policy (YAML)").fill(draft)
    page.get_by_role("button", name="Dry run").click()
    page.get_by_text("would be decided differently").wait_for()
    assert page.get_by_role("button", name="Activate version console-test-draft").is_visible()
    shot(page, "policy-dry-run.png")
    found = page.evaluate(UNLABELLED) + page.evaluate(LOW_CONTRAST)
    if found:
        problems["/console/policy (dry run)"] = found
    assert problems == {}
