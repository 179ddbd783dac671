"""The mock's error answers: the documented error body."""

from __future__ import annotations

from http import HTTPStatus

from starlette.responses import JSONResponse

__all__ = ["error_response"]


def error_response(status: int, message: str | list[str], headers: dict[str, str] | None = None) -> JSONResponse:
    """The documented error body ``{message, statusCode, error}``; ``statusCode`` is always the HTTP status."""
    body = {"message": message, "error": HTTPStatus(status).phrase, "statusCode": status}
    return JSONResponse(body, status_code=status, headers=headers)
