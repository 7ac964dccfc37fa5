"""The report as downloads: CSV (one number per row) and JSON. Same numbers as the page."""

from __future__ import annotations

import csv
import io
from typing import Any

from clearpost.transparency.schemas import MedianRow, Report

CSV_HEADER = ("section", "key", "subkey", "metric", "value")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _medians(section: str, rows: list[MedianRow]) -> list[tuple[str, str, str, str, Any]]:
    out: list[tuple[str, str, str, str, Any]] = []
    for row in rows:
        out.append((section, row.group, "", "count", row.count))
        out.append((section, row.group, "", "median_seconds", row.median_seconds))
    return out


def csv_rows(report: Report) -> list[tuple[str, str, str, str, str]]:
    """Every number of the report as (section, key, subkey, metric, value)."""
    rows: list[tuple[str, str, str, str, Any]] = [
        ("period", "", "", "from", report.period.start.isoformat()),
        ("period", "", "", "to", report.period.end.isoformat()),
        ("period", "", "", "granularity", report.period.granularity),
    ]
    for name, value in report.totals.model_dump().items():
        rows.append(("totals", "", "", name, value))
    for a in report.actions:
        rows.append(("actions", a.category, a.action, "items", a.items))
        rows.append(("actions", a.category, a.action, "accounts", a.accounts))
    for s in report.sanctions:
        for metric in ("decisions", "accounts", "automated"):
            rows.append(("sanctions", s.standing, "", metric, getattr(s, metric)))
    for r in report.automation:
        detection = "detection:" + ("automated" if r.automated_detection else "human")
        key = f"{r.automated_decision}|{detection}"
        rows.append(("automation", r.subject, key, "decisions", r.decisions))
        rows.append(("automation", r.subject, key, "restrictive", r.restrictive))
    for p in report.reports:
        for metric in ("received", "upheld", "rejected", "open"):
            rows.append(("reports", p.category, "", metric, getattr(p, metric)))
    for name, value in report.appeals.model_dump().items():
        rows.append(("appeals", "", "", name, value))
    rows += _medians("case_time", report.case_time)
    rows += _medians("first_action_time", report.first_action_time)
    for point in report.series:
        for metric in ("items_acted_on", "reports", "appeals"):
            rows.append(("series", point.bucket, "", metric, getattr(point, metric)))
    return [(a, b, c, d, _cell(e)) for a, b, c, d, e in rows]


def to_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(report))
    return buffer.getvalue()


def to_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def duration(seconds: float | None) -> str:
    """A median time for people: 1.8 s, 42 min, 5.3 h, 2.1 days."""
    if seconds is None:
        return "–"
    if seconds < 60:
        return f"{seconds:.1f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"
