"""The audit log as CSV, streamed row by row so a year of events never sits in memory."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.http import StreamingHttpResponse

from rempart.audit.models import AuditEvent

COLUMNS = (
    "time", "action", "actor", "token", "source", "ip", "user_agent", "organisation_id", "provider_id",
    "object_type", "object_id", "object", "before", "after", "detail",
)


class _Echo:
    """A file-like object whose ``write`` hands the line back, for csv.writer."""

    def write(self, value: str) -> str:
        return value


def _cell(value: object) -> str:
    """Text for a spreadsheet: a leading = + - @ would start a formula there, so it is quoted away."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _json(value: object) -> str:
    return "" if value is None else json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True, ensure_ascii=False)


def row(event: AuditEvent) -> list[str]:
    return [
        event.created_at.isoformat(), event.action, _cell(event.actor_label), event.token_prefix, event.source,
        event.ip or "", _cell(event.user_agent), event.organisation_id or "", event.provider_id or "",
        event.object_type, event.object_id, _cell(event.object_repr), _cell(_json(event.before)),
        _cell(_json(event.after)), _cell(event.detail),
    ]


def csv_lines(events: QuerySet | Iterable[AuditEvent]) -> Iterator[str]:
    """The header line, then one line per event, in the order given."""
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    rows = events.iterator(chunk_size=1000) if isinstance(events, QuerySet) else events
    for event in rows:
        yield writer.writerow(row(event))


def csv_response(events: QuerySet | Iterable[AuditEvent], filename: str = "audit.csv") -> StreamingHttpResponse:
    """A download of ``events`` as CSV (UTF-8), for the console page and the API alike."""
    response = StreamingHttpResponse(csv_lines(events), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
