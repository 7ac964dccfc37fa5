"""The FastAPI application factory."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import structlog
from fastapi import FastAPI, Request, Response
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from clearpost import __version__
from clearpost.accounts.views import router as accounts_router
from clearpost.appeals.views import router as appeals_router
from clearpost.clock import Clock, SystemClock
from clearpost.db import make_engine, make_sessionmaker
from clearpost.items.views import router as items_router
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.reports.views import router as reports_router
from clearpost.review.views import router as review_router
from clearpost.screening.pipeline import Screener
from clearpost.screening.refresh import Refresher
from clearpost.screening.registry import build_detectors
from clearpost.settings import Settings, get_settings
from clearpost.transparency.views import router as transparency_router
from clearpost.web import errors
from clearpost.web.pages import mount_pages
from clearpost.web.state import AppState
from clearpost.webhooks.dispatch import Dispatcher
from clearpost.webhooks.views import router as webhooks_router

log = structlog.get_logger("clearpost.http")


def create_app(
    settings: Settings | None = None,
    *,
    sessions: sessionmaker[Session] | None = None,
    screener: Screener | None = None,
    policy: PolicyHolder | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    """Build the app; tests pass their own sessions, screener or clock."""
    settings = settings or get_settings()
    policy = policy or PolicyHolder(settings.policy_path or default_policy_path())
    if sessions is None:
        sessions = make_sessionmaker(make_engine(settings.database_url))
    if screener is None:
        holder = policy
        screener = Screener(build_detectors(settings, sessions=sessions), lambda: holder.current)
    dispatch_clock = clock or SystemClock()
    dispatch_sessions = sessions

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        dispatcher = None
        if settings.webhook_dispatch:
            dispatcher = Dispatcher(dispatch_sessions, dispatch_clock, settings.webhook_interval)
            dispatcher.start()
        refresher = Refresher(screener.detectors, settings.detector_refresh_seconds)
        refresher.start()
        try:
            yield
        finally:
            refresher.stop()
            if dispatcher is not None:
                dispatcher.stop()

    app = FastAPI(
        lifespan=lifespan,
        title="Clearpost",
        version=__version__,
        description="Content screening, review, appeals and transparency.",
        max_body_size=settings.max_request_bytes,
    )
    app.state.clearpost = AppState(
        settings=settings,
        sessions=sessions,
        policy=policy,
        screener=screener,
        clock=dispatch_clock,
    )
    errors.install(app)
    for router in (
        items_router,
        accounts_router,
        reports_router,
        review_router,
        appeals_router,
        webhooks_router,
        transparency_router,
    ):
        app.include_router(router)
    mount_pages(app)
    from clearpost.console import mount_console

    mount_console(app)

    @app.middleware("http")
    async def access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["x-request-id"] = request_id
        log.info(
            "http.request",
            method=request.method,
            path=request.url.path,
            status=response.status_code,
            request_id=request_id,
            ms=round((time.perf_counter() - started) * 1000, 2),
        )
        return response

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, object]:
        """Liveness and readiness: the database answers and a policy is loaded."""
        state: AppState = app.state.clearpost
        with state.sessions() as session:
            session.execute(text("SELECT 1"))
        return {
            "status": "ok",
            "version": __version__,
            "policy_version": state.policy.current.version,
        }

    return app
