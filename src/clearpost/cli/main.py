"""The `clearpost` command."""

from __future__ import annotations

from typing import Annotated

import typer

from clearpost.cli.admin import audit_app, db_app, keys_app, policy_app
from clearpost.cli.people import accounts_app, staff_app, worker
from clearpost.cli.screen import screen_command
from clearpost.hashes.cli import hashes_app
from clearpost.transparency.cli import report_command

app = typer.Typer(
    name="clearpost",
    help="Clearpost: screen content, keep people in the loop, account for every decision.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _setup() -> None:
    """Logs go to stderr as JSON lines, so stdout carries only results."""
    from clearpost.logs import configure
    from clearpost.settings import get_settings

    settings = get_settings()
    configure(settings.log_level, settings.log_json)


app.command("screen")(screen_command)
app.command("report")(report_command)
app.add_typer(db_app, name="db")
app.add_typer(policy_app, name="policy")
app.add_typer(keys_app, name="keys")
app.add_typer(audit_app, name="audit")
app.add_typer(staff_app, name="staff")
app.add_typer(accounts_app, name="accounts")
app.add_typer(hashes_app, name="hashes")
app.command("worker")(worker)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (CLEARPOST_HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (CLEARPOST_PORT)")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes")] = 1,
) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json)."""
    import uvicorn

    from clearpost.logs import configure
    from clearpost.settings import get_settings

    settings = get_settings()
    configure(settings.log_level, settings.log_json)
    uvicorn.run(
        "clearpost.web.asgi:app",
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        access_log=False,
        log_config=None,
    )


@app.command()
def demo(
    serve_after: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the API after")
    ] = True,
) -> None:
    """The main job on the embedded default: migrate SQLite, screen the bundled sample, serve."""
    from clearpost.cli.demo import run_demo

    run_demo(serve_after)
    if serve_after:
        serve(None, None, 1)


def _register_optional() -> None:
    try:
        from clearpost.training.cli import register
    except ImportError:  # the training extra is not installed
        return
    register(app)


_register_optional()
