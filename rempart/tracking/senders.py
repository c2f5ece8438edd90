"""Reading from tracking who has corresponded with each organisation, for the gateway's KnownSenders.

A sender is known to an organisation once a message from it was delivered
there as clean or bulk (the From header's address, the one the reader sees),
or once the organisation sent mail to it. Mail that was refused, held or
judged spam teaches nothing: a spammer does not become a correspondent by
writing twice.

Reading is incremental (rows after the last id read), so a refresh costs a
query on new rows only. A row created bare by a delivery before its
reception arrives may be read before its verdict is filled in; that sender
is then learnt from its next message, or at once by the gateway itself.
"""

from __future__ import annotations

import email.utils
from datetime import timedelta

from django.db import close_old_connections, connection
from django.db.models import Min
from django.utils import timezone

from rempart.gateway.senders import SenderUpdate, teaches
from rempart.tracking.models import MessageRecord

# An organisation's senders count once it has this much tracked mail behind it.
HISTORY_DAYS = 14


class SenderHistory:
    """Call :meth:`read` (in a thread) for what tracking learnt since the previous call.

    ``organisation_id`` limits it to one organisation (``rempart scan --organisation``).
    """

    def __init__(self, history_days: int = HISTORY_DAYS, batch: int = 5000,
                 organisation_id: int | None = None) -> None:
        self.history_days = history_days
        self.organisation_id = organisation_id
        self.batch = batch
        self.last_pk = 0
        self.mature: set[int] = set()

    def read(self) -> SenderUpdate:
        if not connection.in_atomic_block:
            close_old_connections()
        update = SenderUpdate(mature=self._newly_mature())
        while True:
            rows = list(
                self._records().filter(pk__gt=self.last_pk)
                .order_by("pk")
                .values_list("pk", "organisation_id", "direction", "verdict", "action", "from_header", "rcpt_to")
                [: self.batch]
            )
            for pk, organisation_id, direction, verdict, action, from_header, rcpt_to in rows:
                addresses = _taught(direction, verdict, action, from_header, rcpt_to)
                if addresses:
                    update.senders.setdefault(organisation_id, set()).update(addresses)
                self.last_pk = pk
            if len(rows) < self.batch:
                return update

    def _records(self):
        if self.organisation_id is not None:
            return MessageRecord.objects.filter(organisation_id=self.organisation_id)
        return MessageRecord.objects.filter(organisation__isnull=False)

    def _newly_mature(self) -> set[int]:
        cutoff = timezone.now() - timedelta(days=self.history_days)
        firsts = (
            self._records()
            .exclude(organisation_id__in=self.mature)
            .values("organisation_id")
            .annotate(first=Min("received_at"))
        )
        found = {row["organisation_id"] for row in firsts if row["first"] <= cutoff}
        self.mature |= found
        return found


def _taught(direction: str, verdict: str, action: str, from_header: str, rcpt_to) -> set[str]:
    if not teaches(verdict, action):
        return set()
    if direction == MessageRecord.Direction.OUTBOUND:
        return {a.lower() for a in (rcpt_to or []) if isinstance(a, str) and "@" in a}
    return {a.lower() for _, a in email.utils.getaddresses([from_header or ""]) if "@" in a}
