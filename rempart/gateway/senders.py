"""Who has written to each organisation before: what FIRST_TIME_SENDER is measured against.

The runner fills :class:`KnownSenders` from tracking in a thread
(:mod:`rempart.tracking.senders`), apart from the policy snapshot, and the
gateway adds the sender of each message it delivers, so a new
correspondent's second message is known at once rather than at the next
refresh. Every read and every change happens on the event loop: the thread
only reads the database and hands back a :class:`SenderUpdate`.

An organisation gets an opinion only once it has enough history: before
that every sender looks new, and FIRST_TIME_SENDER would only mean "Rempart
was installed recently". Memory is bounded: an organisation with more
correspondents than ``limit`` loses its opinion (and its set) rather than
the gateway its memory; a rule worth 0.5 is not worth gigabytes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Set
from dataclasses import dataclass, field

log = logging.getLogger("rempart.senders")

MAX_PER_ORGANISATION = 500_000  # addresses, about 50 MB: a very large tenant's correspondents

# Delivered with one of these verdicts and actions, a message makes its correspondent known:
# a spammer does not become one by writing twice.
TEACHING_VERDICTS = frozenset({"clean", "bulk"})
TEACHING_ACTIONS = frozenset({"deliver", "tag"})


def teaches(verdict: str, action: str) -> bool:
    """Whether a message with this verdict and action makes its correspondent known (values, as tracked)."""
    return verdict in TEACHING_VERDICTS and action in TEACHING_ACTIONS


@dataclass
class SenderUpdate:
    """What tracking holds that :class:`KnownSenders` has not seen yet.

    ``senders`` maps an organisation id to lower-case addresses;
    ``mature`` lists organisations whose history is now long enough.
    """

    senders: dict[int, set[str]] = field(default_factory=dict)
    mature: set[int] = field(default_factory=set)


class KnownSenders:
    """Per organisation, the addresses that have written to it (or that it wrote to)."""

    def __init__(self, limit: int = MAX_PER_ORGANISATION) -> None:
        self.limit = limit
        self._senders: dict[int, set[str]] = {}
        self._mature: set[int] = set()
        self._too_many: set[int] = set()  # over the limit: no opinion, nothing kept

    def known_for(self, organisation_id: int | None) -> Set[str] | None:
        """The organisation's known addresses, or None while it has too little history to say (or too much to keep).

        The set returned is live (the gateway keeps adding to it) and is only
        read by the sender stage, on the same loop.
        """
        if organisation_id is None or organisation_id not in self._mature or organisation_id in self._too_many:
            return None
        return self._senders.setdefault(organisation_id, set())

    def note(self, organisation_id: int | None, address: str) -> None:
        """Remember a sender whose mail was just delivered."""
        address = address.strip().lower()
        if organisation_id is not None and "@" in address and organisation_id not in self._too_many:
            known = self._senders.setdefault(organisation_id, set())
            known.add(address)
            self._check_limit(organisation_id, known)

    def merge(self, update: SenderUpdate) -> None:
        for organisation_id, addresses in update.senders.items():
            if organisation_id in self._too_many:
                continue
            known = self._senders.setdefault(organisation_id, set())
            known.update(addresses)
            self._check_limit(organisation_id, known)
        self._mature |= update.mature

    def _check_limit(self, organisation_id: int, known: set[str]) -> None:
        if len(known) > self.limit:
            self._too_many.add(organisation_id)
            del self._senders[organisation_id]
            log.warning("known senders: organisation %s has more than %d correspondents; "
                        "FIRST_TIME_SENDER is off for it", organisation_id, self.limit)

    def __len__(self) -> int:
        return sum(len(addresses) for addresses in self._senders.values())

    async def follow(self, read: Callable[[], SenderUpdate], every: float) -> None:
        """Merge what ``read`` (run in a thread) finds now, then every ``every`` seconds.

        The first read may take a while on a large history: the gateway
        serves meanwhile, with no first-time opinion for organisations not
        yet read. A failed read keeps what is known.
        """
        first = True
        while True:
            try:
                self.merge(await asyncio.to_thread(read))
                if first:
                    log.info("known senders: %d address(es) read from tracking", len(self))
                    first = False
            except Exception:
                log.exception("reading known senders from tracking failed; keeping the ones already known")
            await asyncio.sleep(every)
