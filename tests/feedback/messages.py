"""Messages of known kinds for feedback tests: each function makes the n-th of a family of similar messages."""

from __future__ import annotations

ITEMS = ["garden chairs", "parasols", "outdoor tables", "hammocks", "barbecues", "sun loungers"]
TOPICS = ["the parser rewrite", "the release notes", "the build farm", "the test suite", "the packaging scripts"]


def newsletter(n: int, to: str = "staff@alpha.test") -> bytes:
    """A supplier's newsletter: the model leans towards spam, an organisation wants it."""
    item = ITEMS[n % len(ITEMS)]
    return (
        f"From: Acme Outdoor <news@acme-outdoor.example>\r\n"
        f"To: {to}\r\nSubject: Acme Outdoor: our {item} are back\r\n"
        f"Date: Mon, {n % 28 + 1} Jun 2025 09:00:00 +0200\r\nMessage-ID: <{n}.news@acme-outdoor.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Dear colleague,\r\n\r\nthe Acme Outdoor catalogue has new {item} for the terrace of your office.\r\n"
        f"Order now: 30% off this week only, free delivery. Special promotion, save big today!\r\n"
        f"To be removed from our list, reply REMOVE.\r\n"
        f"See https://www.acme-outdoor.example/catalogue/{n} or call our team in Lyon.\r\n"
        f"Kind regards,\r\nthe Acme Outdoor team\r\n"
    ).encode()


def notes(n: int, to: str = "dev@lists.example.org") -> bytes:
    """Mailing-list chatter the model is sure is legitimate, which an organisation calls spam."""
    topic = TOPICS[n % len(TOPICS)]
    return (
        f"From: Dave Smith <dave@lists.example.org>\r\nTo: {to}\r\n"
        f"Subject: Re: weekly notes on {topic}\r\nDate: Mon, {n % 28 + 1} Jun 2025 09:00:00 +0200\r\n"
        f"Message-ID: <{n}.notes@lists.example.org>\r\nList-Id: <dev.lists.example.org>\r\n\r\n"
        f"I had a look at {topic} yesterday. The patch from Tuesday breaks on older kernels, so I reverted it\r\n"
        f"in my tree; the notes are in the wiki at http://wiki.example.org/notes/{n}.\r\n\r\n-- \r\nDave\r\n"
    ).encode()
