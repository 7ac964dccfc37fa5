"""The console's Jinja2 environment: the shared templates folder, console filters, render."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from clearpost import __version__
from clearpost.console.auth import SignedIn
from clearpost.web.pages import TEMPLATES, number, percent

templates = Jinja2Templates(directory=str(TEMPLATES))
env = templates.env
env.globals["clearpost_version"] = __version__
env.filters["number"] = number
env.filters["percent"] = percent

# Navigation: (path, label, permission). Shown only to roles that may open the page.
NAV = (
    ("/console", "Queue", "review"),
    ("/console/appeals", "Appeals", "appeals"),
    ("/console/accounts", "Accounts", "review"),
    ("/console/policy", "Policy", "review"),
    ("/console/audit", "Audit log", "audit"),
)


def span(seconds: float) -> str:
    """A duration for people: 45 s, 12 min, 3 h 05 min, 2 d 4 h."""
    seconds = abs(int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def remaining(deadline: datetime, now: datetime) -> str:
    """Time left until a deadline, or how long ago it passed."""
    left = (deadline - now).total_seconds()
    return f"{span(left)} left" if left >= 0 else f"overdue by {span(left)}"


def when(value: datetime | None) -> str:
    return "–" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


env.filters["span"] = span
env.filters["when"] = when
env.globals["remaining"] = remaining


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    user: SignedIn | None,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Render a console template with the signed-in staff member and their navigation."""
    nav = []
    if user is not None:
        nav = [(path, label) for path, label, need in NAV if user.can(need)]
    full = {
        "user": user,
        "nav": nav,
        "csrf": user.csrf if user else "",
        "path": request.url.path,
        **context,
    }
    response = templates.TemplateResponse(
        request, name, full, status_code=status_code, headers=headers
    )
    # Console pages show moderation data: never cache them, never frame them.
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    return response
