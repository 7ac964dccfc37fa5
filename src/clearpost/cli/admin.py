"""Administrative commands: database, policy, API keys, audit log."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from clearpost.cli.common import fail
from clearpost.clock import SystemClock
from clearpost.db import transaction
from clearpost.policy.loader import PolicyError
from clearpost.policy.store import compile_file
from clearpost.settings import get_settings

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
policy_app = typer.Typer(help="Policy files.", no_args_is_help=True)
keys_app = typer.Typer(help="API keys for host platforms.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit log.", no_args_is_help=True)
console = Console()


@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Option("heads", help="Target revision")) -> None:
    """Create or migrate the database at CLEARPOST_DATABASE_URL."""
    from clearpost.migrate import current, upgrade

    url = get_settings().database_url
    try:
        upgrade(url, revision=revision)
    except Exception as exc:
        fail(f"database upgrade failed: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    console.print(f"database at revision {current(url)}")


@db_app.command("current")
def db_current() -> None:
    """Show the database's migration revision."""
    from clearpost.migrate import current

    console.print(current(get_settings().database_url) or "empty (run clearpost db upgrade)")


@policy_app.command("check")
def policy_check(file: Annotated[Path, typer.Argument(help="Policy YAML file")]) -> None:
    """Validate a policy file; exit 2 with file:line: field: message when it is broken."""
    try:
        policy = compile_file(file)
    except PolicyError as exc:
        fail(str(exc))
    console.print(f"{file}: ok (version {policy.version}, {len(policy.categories)} categories)")


@keys_app.command("create")
def keys_create(
    name: Annotated[str, typer.Option("--name", help="Who uses the key")],
    scopes: Annotated[str, typer.Option("--scopes", help="e.g. items:write,items:read")],
) -> None:
    """Create an API key and print it once (only its hash is stored)."""
    from clearpost.keys import service as keys
    from clearpost.runtime import open_sessions

    try:
        parsed = keys.parse_scopes(scopes)
        with transaction(open_sessions()) as session:
            _, plaintext = keys.create(
                db_session=session, name=name, scopes=parsed, now=SystemClock().now()
            )
    except keys.KeyRequestError as exc:
        fail(str(exc))
    console.print(plaintext, soft_wrap=True, highlight=False)


@keys_app.command("list")
def keys_list() -> None:
    """List keys (names, prefixes, scopes; never the keys)."""
    from clearpost.keys import service as keys
    from clearpost.runtime import open_sessions

    table = Table("name", "prefix", "scopes", "created", "revoked")
    with transaction(open_sessions()) as session:
        for key in keys.list_keys(db_session=session):
            table.add_row(
                key.name,
                key.prefix,
                ",".join(key.scopes),
                key.created_at.isoformat(),
                key.revoked_at.isoformat() if key.revoked_at else "",
            )
    console.print(table)


@keys_app.command("revoke")
def keys_revoke(name: Annotated[str, typer.Option("--name")]) -> None:
    """Revoke a key by name."""
    from clearpost.keys import service as keys
    from clearpost.runtime import open_sessions

    try:
        with transaction(open_sessions()) as session:
            keys.revoke(db_session=session, name=name, now=SystemClock().now())
    except keys.KeyRequestError as exc:
        fail(str(exc))
    console.print(f"revoked {name}")


@audit_app.command("verify")
def audit_verify() -> None:
    """Recompute the audit log's hash chain; exit 1 if any event was altered."""
    from clearpost.audit import service as audit
    from clearpost.runtime import open_sessions

    with transaction(open_sessions()) as session:
        check = audit.verify_chain(db_session=session)
    if not check.ok:
        console.print(f"audit chain broken at event {check.first_bad_id}: {check.problem}")
        raise typer.Exit(1)
    console.print(f"audit chain ok ({check.checked} events)")
