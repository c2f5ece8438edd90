"""What crosses the API's edge: shared input rules, pages and the error body.

Every input schema forbids unknown fields (a typo must not be silently
ignored), bounds every number and string to what the database can hold,
and refuses control characters (PostgreSQL cannot store NUL; nobody means
to send the others). A field left out of a change means "leave as is";
sending ``null`` for it is a type error.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Generic, TypeVar

from ninja import Schema
from pydantic import AfterValidator, ConfigDict, Field

MAX_ID = 2**63 - 1  # the largest primary key the databases hold
T = TypeVar("T")


def _printable(value: str) -> str:
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValueError("control characters are not allowed")
    return value


def _utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    except (OverflowError, ValueError):
        raise ValueError("date out of range") from None


def Text(max_length: int, min_length: int = 0):
    """A printable string of at most ``max_length`` characters."""
    return Annotated[str, Field(min_length=min_length, max_length=max_length), AfterValidator(_printable)]


ObjectId = Annotated[int, Field(ge=1, le=MAX_ID)]
Moment = Annotated[datetime, AfterValidator(_utc)]


class Input(Schema):
    """Base of every request body: unknown fields are refused by name."""

    model_config = ConfigDict(extra="forbid")


class Paging(Schema):
    """``limit`` (1-500, default 50) items from ``offset``."""

    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0, le=10**9)


class Page(Schema, Generic[T]):
    """One page of a list: the items, the total matching, and the window asked for."""

    items: list[T]
    total: int
    limit: int
    offset: int


class FieldError(Schema):
    field: str
    message: str


class Error(Schema):
    detail: str
    errors: list[FieldError] = []


def page(queryset, paging: Paging, convert=None) -> dict:
    """A :class:`Page` of ``queryset`` (already filtered and ordered)."""
    items = list(queryset[paging.offset:paging.offset + paging.limit])
    return {
        "items": [convert(i) for i in items] if convert else items,
        "total": queryset.count(),
        "limit": paging.limit,
        "offset": paging.offset,
    }


# The errors every authenticated route may answer, for the OpenAPI document.
READ_ERRORS = {401: Error, 404: Error, 422: Error}
WRITE_ERRORS = {400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 413: Error, 422: Error}
