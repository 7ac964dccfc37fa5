"""Public transparency pages and downloads, the standards page, and marking examples."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from sqlalchemy.orm import Session

from clearpost.staff.models import Staff
from clearpost.transparency import charts, dsa, formats, service, standards
from clearpost.transparency.schemas import ExampleIn, ExampleOut, Report
from clearpost.web.deps import CurrentClock, DbSession, State, require_permission
from clearpost.web.errors import ApiError
from clearpost.web.pages import render

router = APIRouter(tags=["transparency"])

# A period that ended more than this long ago is final: every timestamp the report reads
# is set when the record is written, so nothing can still fall inside it.
SETTLE = timedelta(hours=1)
# A period still running is recomputed at most this often.
OPEN_TTL = timedelta(seconds=60)


class ReportCache:
    """Reports by period, per app: final periods are kept, open ones for OPEN_TTL."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[date, date], tuple[Report, datetime | None]] = OrderedDict()

    def get(self, key: tuple[date, date], now: datetime) -> Report | None:
        with self._lock:
            found = self._items.get(key)
            if found is None:
                return None
            report, expires = found
            if expires is not None and now >= expires:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return report

    def put(self, key: tuple[date, date], report: Report, now: datetime) -> None:
        end = datetime.combine(key[1] + timedelta(days=1), time.min, tzinfo=UTC)
        expires = None if now >= end + SETTLE else now + OPEN_TTL
        with self._lock:
            self._items[key] = (report, expires)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


def get_cache(request: Request) -> ReportCache:
    cache = getattr(request.app.state, "transparency_reports", None)
    if cache is None:
        cache = request.app.state.transparency_reports = ReportCache()
    return cache


Cache = Annotated[ReportCache, Depends(get_cache)]
FromDay = Annotated[str | None, Query(alias="from", description="First day, YYYY-MM-DD (UTC)")]
ToDay = Annotated[str | None, Query(alias="to", description="Last day, YYYY-MM-DD (UTC)")]


def period(from_: str | None, to: str | None, today: date) -> tuple[date, date]:
    """The requested days; by default from 1 January of this year to today."""
    end = service.parse_day(to, "to") if to else today
    start = service.parse_day(from_, "from") if from_ else date(end.year, 1, 1)
    service.check_period(start, end)
    return start, end


def report_for(
    db_session: Session, cache: ReportCache, start: date, end: date, now: datetime
) -> Report:
    found = cache.get((start, end), now)
    if found is None:
        found = service.compute(db_session=db_session, start=start, end=end)
        cache.put((start, end), found, now)
    return found


def _download_period(from_: str | None, to: str | None, now: datetime) -> tuple[date, date]:
    try:
        return period(from_, to, now.date())
    except service.PeriodError as exc:
        raise ApiError(422, str(exc)) from None


def _query(start: date, end: date) -> str:
    return f"from={start.isoformat()}&to={end.isoformat()}"


@router.get("/transparency", response_class=HTMLResponse, name="transparency_page")
def transparency_page(
    request: Request,
    db_session: DbSession,
    state: State,
    clock: CurrentClock,
    cache: Cache,
    from_: FromDay = None,
    to: ToDay = None,
) -> HTMLResponse:
    """The transparency report for a period, with tables, charts and downloads."""
    now = clock.now()
    try:
        start, end = period(from_, to, now.date())
    except service.PeriodError as exc:
        context = {"active": "transparency", "error": str(exc), "form": {"from": from_, "to": to}}
        return render(request, "transparency/report.html", context, status_code=422)
    report = report_for(db_session, cache, start, end, now)
    policy = state.policy.current
    titles = {name: c.title for name, c in policy.categories.items()}
    clauses = {name: c.clause for name, c in policy.categories.items()}
    return render(
        request,
        "transparency/report.html",
        {
            "active": "transparency",
            "report": report,
            "form": {"from": start.isoformat(), "to": end.isoformat()},
            "query": _query(start, end),
            "titles": titles,
            "clauses": clauses,
            "charts": _charts(report, titles),
            "duration": formats.duration,
            "action_names": standards.ACTION_NAMES,
        },
    )


def _charts(report: Report, titles: dict[str, str]) -> dict[str, Any]:
    unit = "day" if report.period.granularity == "day" else "month"
    labels = [p.bucket for p in report.series]
    per_category: dict[str, int] = {}
    for row in report.actions:
        name = titles.get(row.category, row.category)
        per_category[name] = per_category.get(name, 0) + row.items
    return {
        "acted": charts.bar_chart(
            [(p.bucket, p.items_acted_on) for p in report.series],
            title=f"Items acted on per {unit}",
            desc=f"Bar chart of items acted on per {unit}; the table below has the numbers.",
        ),
        "received": charts.line_chart(
            labels,
            [
                ("Reports received", [p.reports for p in report.series]),
                ("Appeals received", [p.appeals for p in report.series]),
            ],
            title=f"Reports and appeals received per {unit}",
            desc=f"Line chart of reports and appeals received per {unit}.",
        ),
        "categories": charts.hbar_chart(
            list(per_category.items()),
            title="Items acted on per category",
            desc="Bar chart of items acted on per category; the table has the numbers.",
        ),
    }


@router.get("/transparency.json", name="transparency_json")
def transparency_json(
    db_session: DbSession,
    clock: CurrentClock,
    cache: Cache,
    from_: FromDay = None,
    to: ToDay = None,
) -> Response:
    """The report as JSON (the same numbers as the page)."""
    now = clock.now()
    start, end = _download_period(from_, to, now)
    report = report_for(db_session, cache, start, end, now)
    return Response(formats.to_json(report), media_type="application/json")


@router.get("/transparency.csv", name="transparency_csv")
def transparency_csv(
    db_session: DbSession,
    clock: CurrentClock,
    cache: Cache,
    from_: FromDay = None,
    to: ToDay = None,
) -> Response:
    """The report as CSV: one number per row (section, key, subkey, metric, value)."""
    now = clock.now()
    start, end = _download_period(from_, to, now)
    report = report_for(db_session, cache, start, end, now)
    name = f"clearpost-transparency-{start.isoformat()}-{end.isoformat()}.csv"
    return Response(
        formats.to_csv(report),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/transparency/statements.jsonl", name="transparency_statements")
def transparency_statements(
    request: Request,
    state: State,
    clock: CurrentClock,
    from_: FromDay = None,
    to: ToDay = None,
) -> StreamingResponse:
    """One DSA statement of reasons per restriction decided in the period (JSON lines).

    Streamed from the database in batches; it never holds the period in memory.
    """
    start, end = _download_period(from_, to, clock.now())
    standards_url = str(request.url_for("standards_page"))
    policy = state.policy.current

    with state.sessions() as session:
        w = service.window(db_session=session, start=start, end=end)

    def lines() -> Iterator[str]:
        # Sessions of its own: the request's transaction ends before the body is sent.
        yield from dsa.stream(state.sessions, w, policy, standards_url)

    name = f"clearpost-statements-{start.isoformat()}-{end.isoformat()}.jsonl"
    return StreamingResponse(
        lines(),
        media_type="application/jsonl",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/standards", response_class=HTMLResponse, name="standards_page")
def standards_page(request: Request, db_session: DbSession, state: State) -> HTMLResponse:
    """The active policy in plain words, with examples chosen by senior moderators."""
    policy = state.policy.current
    examples = service.list_examples(db_session=db_session)
    categories = [
        {
            "name": name,
            "category": category,
            "actions": standards.describe(policy, name),
            "examples": examples.get(category.clause, []),
        }
        for name, category in policy.categories.items()
    ]
    return render(
        request,
        "transparency/standards.html",
        {
            "active": "standards",
            "policy": policy.spec,
            "categories": categories,
            "ladder": standards.ladder(policy),
            "action_names": standards.ACTION_NAMES,
        },
    )


@router.post("/v1/examples", response_model=ExampleOut, status_code=201)
def create_example(
    body: ExampleIn,
    db_session: DbSession,
    clock: CurrentClock,
    staff: Annotated[Staff, Depends(require_permission("examples"))],
) -> Any:
    """Publish a decision as an example on /standards, in the senior moderator's words."""
    try:
        example = service.mark_example(
            db_session=db_session,
            decision_id=body.decision_id,
            title=body.title,
            summary=body.summary,
            staff=staff,
            now=clock.now(),
        )
    except service.ExampleError as exc:
        raise ApiError(exc.status, str(exc), exc.field) from None
    action = service.decision_action(db_session=db_session, decision_id=example.decision_id)
    return service.example_out(example, action)
