"""Server-rendered pages: the Jinja2 templates, their filters, and the static files.

Pages extend `templates/base.html` (header, navigation, main, footer, skip link) and use
`static/clearpost.css`. No JavaScript build step: plain HTML and CSS.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from clearpost import __version__

WEB = Path(__file__).resolve().parent
TEMPLATES = WEB / "templates"
STATIC = WEB / "static"

templates = Jinja2Templates(directory=str(TEMPLATES))
templates.env.globals["clearpost_version"] = __version__


def number(value: Any) -> str:
    """Thousands separators for counts; an en dash for nothing."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


templates.env.filters["number"] = number
templates.env.filters["percent"] = percent


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render a page template (it extends base.html)."""
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def mount_pages(app: FastAPI) -> None:
    """Serve /static (CSS) for the pages; calling it twice does nothing more."""
    if any(getattr(route, "name", None) == "static" for route in app.routes):
        return
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
