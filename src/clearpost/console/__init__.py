"""The moderator console: server-rendered pages for staff at /console."""

from __future__ import annotations

from fastapi import FastAPI


def mount_console(app: FastAPI) -> None:
    """Add the console to the app (see console/views.py)."""
    from clearpost.console.views import mount_console as mount

    mount(app)
