"""Commands for staff, accounts and the background worker."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from clearpost.cli.common import err_console, fail
from clearpost.clock import SystemClock
from clearpost.db import transaction

staff_app = typer.Typer(help="Staff identities and roles.", no_args_is_help=True)
accounts_app = typer.Typer(help="Account actions.", no_args_is_help=True)
console = Console()


@staff_app.command("create")
def staff_create(
    email: Annotated[str, typer.Option("--email", help="The person's email")],
    role: Annotated[str, typer.Option("--role", help="reviewer, senior, admin or auditor")],
) -> None:
    """Create a staff member and print their token once (only its hash is stored)."""
    from clearpost.runtime import open_sessions
    from clearpost.staff import service as staff

    try:
        with transaction(open_sessions()) as session:
            _, token = staff.create(
                db_session=session, email=email, role=role, now=SystemClock().now()
            )
    except staff.StaffRequestError as exc:
        fail(str(exc))
    console.print(token, soft_wrap=True, highlight=False)


@staff_app.command("list")
def staff_list() -> None:
    from clearpost.runtime import open_sessions
    from clearpost.staff import service as staff

    with transaction(open_sessions()) as session:
        for member in staff.list_staff(db_session=session):
            console.print(f"{member.email}\t{member.role}\t{'active' if member.active else 'off'}")


def read_account_ids(path: Path) -> list[str]:
    """Account ids from a CSV with an `account_id` (or `id`) column, or one id per line."""
    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{path}: not UTF-8 (byte {exc.start})")
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        fail(f"{path}:1: the file is empty")
    header = [h.strip().lower() for h in rows[0]]
    column = next((header.index(n) for n in ("account_id", "id") if n in header), None)
    body = rows[1:] if column is not None else rows
    column = column or 0
    ids = []
    for number, row in enumerate(body, start=2 if rows[0] is not body[0] else 1):
        value = row[column].strip() if len(row) > column else ""
        if not value or len(value) > 200:
            fail(f"{path}:{number}: expected an account id (1 to 200 characters)")
        ids.append(value)
    return ids


@accounts_app.command("bulk-action")
def bulk_action(
    file: Annotated[Path, typer.Argument(help="CSV with an account_id column")],
    action: Annotated[str, typer.Option("--action", help="warned, limited, suspended, closed")],
    reason: Annotated[str, typer.Option("--reason", help="The statement of reasons")],
    by: Annotated[str, typer.Option("--by", help="Email of the admin or senior acting")],
    category: Annotated[str | None, typer.Option("--category")] = None,
    days: Annotated[int | None, typer.Option("--days", help="Suspension length")] = None,
) -> None:
    """Sanction many accounts; each gets its own decision, notice and right of appeal."""
    from clearpost.accounts import service as accounts
    from clearpost.review.flows import ACCOUNT_ACTIONS, sanction
    from clearpost.review.service import CaseError
    from clearpost.runtime import build_policy, open_sessions
    from clearpost.staff import service as staff

    if action not in ACCOUNT_ACTIONS or action == "allow":
        fail(f"--action must be one of {', '.join(ACCOUNT_ACTIONS[1:])}")
    if not reason.strip():
        fail("--reason is required: it is the statement of reasons the account receives")
    ids = read_account_ids(file)
    policy = build_policy()
    if category is not None and category not in policy.categories:
        fail(f"--category: unknown category {category!r}")
    sessions = open_sessions()
    clock = SystemClock()
    done = failed = 0
    with transaction(sessions) as session:
        actor = staff.get_by_email(db_session=session, email=by)
        if actor is None or not staff.can(actor, "accounts"):
            fail(f"--by: {by} is not a senior or admin staff member")
    for account_id in ids:
        try:
            with transaction(sessions) as session:
                actor = staff.get_by_email(db_session=session, email=by)
                assert actor is not None
                if accounts.get(db_session=session, account_id=account_id) is None:
                    raise CaseError(404, "unknown account")
                decision = sanction(
                    db_session=session,
                    account_id=account_id,
                    standing=action,
                    reason=reason,
                    category=category,
                    days=days,
                    staff=actor,
                    policy=policy,
                    now=clock.now(),
                )
            console.print(f"{account_id}\t{action}\t{decision.id}", highlight=False)
            done += 1
        except CaseError as exc:
            err_console.print(f"{file}: {account_id}: {exc}", highlight=False)
            failed += 1
    err_console.print(f"{done} accounts {action}, {failed} failed")
    if failed:
        raise typer.Exit(1)


def worker(
    once: Annotated[bool, typer.Option("--once", help="Deliver what is due, then exit")] = False,
) -> None:
    """Deliver webhooks (run several on PostgreSQL; they share the queue safely)."""
    import httpx

    from clearpost.runtime import open_sessions
    from clearpost.settings import get_settings
    from clearpost.webhooks.dispatch import deliver_due

    settings = get_settings()
    sessions, clock = open_sessions(), SystemClock()
    with httpx.Client(timeout=5.0) as client:
        while True:
            sent = deliver_due(sessions, clock, client)
            if once:
                console.print(f"{sent} deliveries attempted")
                return
            if not sent:
                time.sleep(settings.webhook_interval)
