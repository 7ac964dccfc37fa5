"""`clearpost demo`: what a newcomer runs first."""

from __future__ import annotations

import secrets

from rich.console import Console

from clearpost.cli.common import err_console
from clearpost.clock import SystemClock
from clearpost.db import transaction
from clearpost.items import flows
from clearpost.items.schemas import ItemIn
from clearpost.keys import service as keys
from clearpost.migrate import upgrade
from clearpost.resources import bundled_path
from clearpost.runtime import build_screener, open_sessions
from clearpost.screening.summary import Summary
from clearpost.settings import get_settings

console = Console()


def load_sample() -> list[ItemIn]:
    """The bundled sample of posts (English and Chinese)."""
    path = bundled_path("samples") / "posts.jsonl"
    return [
        ItemIn.model_validate_json(line)
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]


def run_demo(serve_after: bool) -> None:
    settings = get_settings()
    upgrade(settings.database_url)
    console.print(f"database ready: {settings.database_url}")
    screener = build_screener()
    sessions = open_sessions()
    clock = SystemClock()
    summary = Summary()
    sample = load_sample()
    with transaction(sessions) as session:
        submitted = flows.submit(
            db_session=session, screener=screener, batch=sample, actor="cli:demo", now=clock.now()
        )
        for result in submitted:
            summary.add(result.decision.action, list(result.decision.flagged))
        examples = [
            (s.decision.item_id, s.decision.action, ",".join(s.decision.flagged))
            for s in submitted
            if s.decision.action != "allow"
        ][:8]
        name = f"demo-{secrets.token_hex(3)}"
        _, key = keys.create(
            db_session=session, name=name, scopes=["items:read", "items:write"], now=clock.now()
        )
    console.print(summary.table())
    for item_id, action, flagged in examples:
        console.print(f"  {item_id}: {action} ({flagged})")
    decided = len(sample)
    console.print(f"{decided} sample posts screened and stored; policy {screener.policy.version}")
    console.print(f"API key [bold]{name}[/bold] (shown once): {key}", soft_wrap=True)
    if serve_after:
        host, port = settings.host, settings.port
        err_console.print(f"serving http://{host}:{port}  (docs: /docs, OpenAPI: /openapi.json)")
        console.print(
            "try:  curl -s -H 'Authorization: Bearer " + key + "' "
            f"http://{host}:{port}/v1/items/{sample[0].id}",
            soft_wrap=True,
        )
