"""ASGI entry point for uvicorn/gunicorn: `clearpost.web.asgi:app`."""

from clearpost.web.app import create_app

app = create_app()
