"""Meeting invitations whose "join" link does not lead to the meeting platform they name.

A Teams, Zoom, Webex or Google Meet invitation is written by the platform's
add-in, and its join link always goes to the platform (teams.microsoft.com,
a company's own name.zoom.us, name.webex.com, meet.google.com): the
organiser cannot choose another. Since 2024 kits copy the block word for
word ("Microsoft Teams meeting / Join the meeting now / Meeting ID /
Passcode") and point its link at their own page (teams-meeting-join.com,
a web.app page), so the invitation looks right to the reader and to every
check of the sender, often a partner's broken-into mailbox or a look-alike
of it.

- MEETING_LINK_ELSEWHERE: the text names a meeting platform and offers to
  join, and a join link (its words, or a meeting path such as
  /l/meetup-join/ or /j/123) leads to a site that is no meeting platform's.
  Links through a mail-security rewriter or a click tracker are not judged:
  where they lead is not known here.
"""

from __future__ import annotations

import re

from rempart.engine.domains import fold_text, registrable_domain
from rempart.engine.urls import host_in, url_lists
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "meetings"

SYMBOLS = [
    SymbolDef("MEETING_LINK_ELSEWHERE", 4.0, "A Teams, Zoom, Webex or Google Meet invitation whose join link leads to a "
              "site that is not the platform's (a copied invitation block pointing at a phishing page)", Verdict.PHISHING),
]

# The registrable domains a platform's join links use (a company's own vanity host sits under them).
PLATFORM_DOMAINS = frozenset({
    "microsoft.com", "live.com", "skype.com", "office.com", "microsoft365.com", "teams.cloud.microsoft",
    "zoom.us", "zoom.com", "zoomgov.com", "webex.com", "google.com", "goto.com", "gotomeeting.com",
    "gotowebinar.com", "bluejeans.com", "whereby.com", "jit.si", "ringcentral.com", "chime.aws", "lifesize.com",
    "8x8.vc", "dialpad.com", "vonage.com", "starleaf.com", "pexip.me", "bigbluebutton.org",
})
TEAMS_CLOUD_HOSTS = ("teams.cloud.microsoft",)  # Microsoft's new cloud.microsoft hosts: no registrable name to match

# A platform named as the meeting's (read on folded text: lower case, no accents).
PLATFORM_NAMED = re.compile(
    r"\b(?:microsoft\s+teams|teams\s+(?:meeting|call|reunion|besprechung|riunione|vergadering|reuniao|spotkanie)"
    r"|(?:reunion|besprechung|riunione|reuniao|reunion|vergadering|spotkanie)\s+(?:de\s+|di\s+|in\s+|w\s+)?"
    r"(?:microsoft\s+)?teams|zoom\s+(?:meeting|webinar|call)|webex\s+(?:meeting|call)?|google\s+meet|gotomeeting)\b"
)
# The offer to join, in the languages of the invitations the platforms write.
JOIN = re.compile(
    r"\bjoin\s+(?:the\s+|this\s+|our\s+|my\s+)?(?:\w+\s+)?(?:meeting|call|webinar|session|conversation)\b"
    r"|\bclick\s+here\s+to\s+join\b|\bjoin\s+(?:now|online|on\s+(?:your\s+)?(?:computer|the\s+web))\b"
    r"|\bjoin\s+with\s+google\s+meet\b|\bjoin\s+zoom\b"
    r"|\bunirse\s+a\s+la\s+reunion\b|\bparticipar\s+(?:en|da|na)\s+(?:la\s+)?reuni(?:on|ao)\b"
    r"|\bingressar\s+na\s+reuniao\b|\brejoindre\s+la\s+reunion\b|\bparticiper\s+a\s+la\s+reunion\b"
    r"|\ban\s+der\s+besprechung\s+teilnehmen\b|\bbesprechung\s+beitreten\b|\bpartecipa\s+alla\s+riunione\b"
    r"|\bdeelnemen\s+aan\s+(?:de\s+)?vergadering\b|\bdolacz\s+do\s+spotkania\b"
)
# The path of a platform's join link, and the host words a copy of one uses.
MEETING_PATH = re.compile(r"/l/meetup-join/|/meetup-join/|/j/\d{6,}|/wc/join/|/meet/[a-z]{3}-[a-z]{4}-[a-z]{3}", re.I)
MEETING_HOST_WORD = re.compile(r"(?:^|[.-])(?:teams|zoom|webex|meet|meeting|meetings)(?:[.-]|$)")
TEXT_LIMIT = 20_000


def _platform_host(host: str) -> bool:
    domain = registrable_domain(host) or host
    return domain in PLATFORM_DOMAINS or host.endswith(TEAMS_CLOUD_HOSTS)


# A cheap first look on the lower-cased text (most mail names no meeting platform): the folded text is read only after.
_PLATFORM_WORDS = ("teams", "zoom", "webex", "meet", "gotomeeting")


def join_link_elsewhere(message) -> str | None:
    """The host of a join link that is not a meeting platform's, in an invitation naming one; None otherwise."""
    raw = f"{message.subject}\n{message.visible_text[:TEXT_LIMIT]}"
    lowered = raw.lower()
    if not any(word in lowered for word in _PLATFORM_WORDS):
        return None
    text = fold_text(raw)
    if not PLATFORM_NAMED.search(text) or not JOIN.search(text):
        return None
    lists = url_lists()
    for url in message.urls:
        host = url.host_ascii
        if url.kind != "link" or not host or url.via:
            continue
        joins = (JOIN.search(fold_text(url.text)) is not None or MEETING_PATH.search(url.path_and_query) is not None
                 or MEETING_HOST_WORD.search(host) is not None)
        if not joins or _platform_host(host):
            continue
        if host_in(host, lists.trackers) or host.startswith(lists.tracker_prefixes):
            continue  # a rewriter's or tracker's link: where it leads is not known here
        return host
    return None


async def check(message, policy, context) -> list[Hit]:
    host = join_link_elsewhere(message)
    if host is None:
        return []
    return [Hit("MEETING_LINK_ELSEWHERE", f"the invitation's join link goes to {host}")]
