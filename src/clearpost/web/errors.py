"""One JSON error shape for every 4xx: {"error", "message", "detail"?}."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "too_many_requests",
}


class ApiError(Exception):
    """Raised by views for a clear 4xx answer naming the field at fault."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.field = status, message, field


def error_body(
    status: int, message: str, detail: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"error": _CODES.get(status, "error"), "message": message}
    if detail:
        body["detail"] = detail
    return body


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header"}:
        parts = parts[1:]
    out = ""
    for part in parts:
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out or "body"


def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    detail = []
    for error in exc.errors():
        field = _field(error.get("loc", ()))
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        if error.get("type") == "json_invalid":
            field, message = "body", f"malformed JSON: {error.get('ctx', {}).get('error', '')}"
        detail.append({"field": field, "message": message, "type": error.get("type")})
    first = detail[0] if detail else {"field": "body", "message": "invalid request"}
    return JSONResponse(
        status_code=422,
        content=error_body(422, f"{first['field']}: {first['message']}", detail),
    )


def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    cause = exc.__cause__
    if exc.status_code == 400 and isinstance(cause, UnicodeDecodeError):
        # FastAPI answers 400 for a body it cannot decode; it is a malformed request body.
        message = f"request body is not valid UTF-8 (byte {cause.start})"
        detail = [{"field": "body", "message": message, "type": "utf8_invalid"}]
        return JSONResponse(status_code=422, content=error_body(422, f"body: {message}", detail))
    if exc.status_code == 413:
        return JSONResponse(
            status_code=413,
            content=error_body(
                413, "request body is over the size limit (CLEARPOST_MAX_REQUEST_BYTES)"
            ),
        )
    return JSONResponse(
        status_code=exc.status_code,
        content=error_body(exc.status_code, str(exc.detail)),
        headers=getattr(exc, "headers", None),
    )


def _api(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    message = f"{exc.field}: {exc.message}" if exc.field else exc.message
    detail = [{"field": exc.field, "message": exc.message}] if exc.field else None
    return JSONResponse(status_code=exc.status, content=error_body(exc.status, message, detail))


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ApiError, _api)
