"""`clearpost report`: the transparency report in a terminal, as CSV or as JSON.

The numbers come from `service.compute`, the same code the /transparency page uses.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from clearpost.cli.common import fail
from clearpost.transparency import formats, service
from clearpost.transparency.schemas import Report

FORMATS = ("table", "csv", "json")


def report_command(
    from_: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD (UTC)")],
    to: Annotated[str, typer.Option("--to", help="Last day, included, YYYY-MM-DD (UTC)")],
    output: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
) -> None:
    """Print the transparency report for a period (the numbers of /transparency)."""
    if output not in FORMATS:
        fail(f"--format: expected one of {', '.join(FORMATS)}, got {output!r}")
    try:
        start = service.parse_day(from_, "--from")
        end = service.parse_day(to, "--to")
        service.check_period(start, end, names=("--from", "--to"))
    except service.PeriodError as exc:
        fail(str(exc))

    from clearpost.db import make_engine, make_sessionmaker
    from clearpost.runtime import build_policy
    from clearpost.settings import get_settings

    engine = make_engine(get_settings().database_url)
    try:
        with make_sessionmaker(engine)() as session:
            report = service.compute(db_session=session, start=start, end=end)
    finally:
        engine.dispose()
    if output == "json":
        sys.stdout.write(formats.to_json(report))
    elif output == "csv":
        sys.stdout.write(formats.to_csv(report))
    else:
        policy = build_policy()
        titles = {name: c.title for name, c in policy.categories.items()}
        print_tables(report, titles, Console(soft_wrap=True, highlight=False))


def _table(title: str, *columns: str, text: int = 1) -> Table:
    """A table whose first `text` columns are words and the rest numbers."""
    table = Table(title=title, title_justify="left")
    for i, column in enumerate(columns):
        table.add_column(column, justify="right" if i >= text else "left")
    return table


def print_tables(report: Report, titles: dict[str, str], console: Console) -> None:
    """The report as terminal tables."""
    p, t = report.period, report.totals
    console.print(f"Transparency report {p.start.isoformat()} to {p.end.isoformat()} (UTC)")
    totals = _table("Summary", "measure", "value")
    for name, value in t.model_dump().items():
        totals.add_row(name.replace("_", " "), f"{value:,}")
    console.print(totals)
    actions = _table("Items acted on", "category", "action", "items", "accounts", text=2)
    for a in report.actions:
        category = titles.get(a.category, a.category)
        actions.add_row(category, a.action, f"{a.items:,}", f"{a.accounts:,}")
    console.print(actions)
    sanctions = _table("Account sanctions", "standing", "decisions", "accounts", "automated")
    for s in report.sanctions:
        sanctions.add_row(s.standing, f"{s.decisions:,}", f"{s.accounts:,}", f"{s.automated:,}")
    console.print(sanctions)
    automation = _table(
        "Decisions", "subject", "decision", "detection", "all", "restrictive", text=3
    )
    for r in report.automation:
        detection = "automated" if r.automated_detection else "people"
        automation.add_row(
            r.subject, r.automated_decision, detection, f"{r.decisions:,}", f"{r.restrictive:,}"
        )
    console.print(automation)
    reports = _table("Reports", "category", "received", "upheld", "rejected", "open")
    for rep in report.reports:
        category = titles.get(rep.category, rep.category)
        reports.add_row(
            category, f"{rep.received:,}", f"{rep.upheld:,}", f"{rep.rejected:,}", f"{rep.open:,}"
        )
    console.print(reports)
    ap = report.appeals
    rate = "–" if ap.reversal_rate is None else f"{ap.reversal_rate * 100:.1f}%"
    console.print(
        f"Appeals: received {ap.received:,}, decided {ap.decided:,}, upheld {ap.upheld:,}, "
        f"overturned {ap.overturned:,}, reversal rate {rate}, "
        f"median time to decide {formats.duration(ap.median_seconds_to_decide)}"
    )
    times = _table("Median time to action", "measure", "group", "count", "median", text=2)
    for name, rows in (
        ("case opened → decided", report.case_time),
        ("received → first restriction", report.first_action_time),
    ):
        for m in rows:
            times.add_row(name, m.group, f"{m.count:,}", formats.duration(m.median_seconds))
    console.print(times)


# Standalone entry point (`python -m clearpost.transparency.cli report …`); the main
# `clearpost` command registers `report_command` itself.
app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@app.callback()
def _group() -> None:
    """Transparency reports."""


app.command("report")(report_command)

if __name__ == "__main__":
    app()
