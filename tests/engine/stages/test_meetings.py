"""The meetings stage: a Teams, Zoom, Webex or Meet invitation whose join link leads elsewhere."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import meetings
from rempart.engine.verdict import Verdict

STAGES = Pipeline(modules=[meetings])

TEAMS_BLOCK = """<p>Hi Graham, I've put 30 minutes in for tomorrow to go through the renewal.</p>
<hr><p><b>Microsoft Teams meeting</b></p><p>Join on your computer, mobile app or room device</p>
<p><a href="{join}">Click here to join the meeting</a></p><p>Meeting ID: 299 409 138 247<br>Passcode: Z73vaW</p>
<p><a href="https://www.microsoft.com/en-us/microsoft-teams/download-app">Download Teams</a> |
<a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a></p><hr>"""


def invitation(html: str, subject: str = "Fleet policy renewal") -> Message:
    mail = EmailMessage()
    mail["From"] = "Tom Reddick <t.reddick@aldgatebrokers.example>"
    mail["To"] = "graham.fenwick@kerlann.example"
    mail["Subject"] = subject
    mail.set_content(html, subtype="html")
    return Message(mail.as_bytes())


def plain(text: str, subject: str) -> Message:
    mail = EmailMessage()
    mail["From"] = "Tom Reddick <t.reddick@aldgatebrokers.example>"
    mail["To"] = "graham.fenwick@kerlann.example"
    mail["Subject"] = subject
    mail.set_content(text)
    return Message(mail.as_bytes())


async def scan(message: Message):
    result = await STAGES.scan(message, DEFAULT_POLICY, Context(envelope=Envelope(rcpt_to=("graham.fenwick@kerlann.example",))))
    return result, {s.name for s in result.symbols}


@pytest.mark.parametrize("join", [
    "https://teams.live-meeting-join.com/l/meetup-join/19%3ameeting_sh9MoOwdx248W9RaFVeHrWkbL52GNOSifxPGB",
    "https://charterparty-review.web.app/view?doc=renewal",
])
async def test_a_copied_teams_block_whose_join_link_leads_elsewhere_is_phishing(join):
    result, symbols = await scan(invitation(TEAMS_BLOCK.format(join=join)))
    assert "MEETING_LINK_ELSEWHERE" in symbols
    assert result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("join", [
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZTFhODgtYjQ2Ny00@thread.v2/0?context=%7b%7d",
    "https://teams.live.com/meet/9388237485729?p=hD3kTz",
    # a mail-security product's rewrite of the real link: where it leads is not known here, so it is not judged
    "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2F19",
])
async def test_a_genuine_teams_invitation_is_left_alone(join):
    _result, symbols = await scan(invitation(TEAMS_BLOCK.format(join=join)))
    assert "MEETING_LINK_ELSEWHERE" not in symbols


async def test_a_company_zoom_room_and_a_webex_site_are_the_platforms_own():
    for link in ("https://kerlann.zoom.us/j/84512345678?pwd=aGVsbG8", "https://kerlann.webex.com/meet/j.doe"):
        message = plain(f"Join Zoom Meeting\n{link}\n\nMeeting ID: 845 1234 5678\nPasscode: 123456\n", "Zoom meeting invitation")
        _result, symbols = await scan(message)
        assert "MEETING_LINK_ELSEWHERE" not in symbols, link


async def test_a_plain_text_zoom_invitation_pointing_at_a_copy_of_zoom_is_phishing():
    message = plain("Tom is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                    "https://zoom-us.meeting-portal.example/j/84512345678?pwd=aGVsbG8\n\nMeeting ID: 845 1234 5678\n",
                    "Zoom meeting invitation: renewal review")
    _result, symbols = await scan(message)
    assert "MEETING_LINK_ELSEWHERE" in symbols


async def test_an_invitation_in_spanish_is_read():
    html = ('<p>Reunión de Microsoft Teams</p><p><a href="https://teams-microsoft-reunion.example/l/meetup-join/19">'
            'Unirse a la reunión ahora</a></p><p>Id. de reunión: 348 112 907</p>')
    _result, symbols = await scan(invitation(html, "Invitación: revisión de facturas"))
    assert "MEETING_LINK_ELSEWHERE" in symbols


async def test_a_webinar_newsletter_naming_no_platform_is_left_alone():
    html = ('<p>Join our webinar on customs reform next Tuesday.</p>'
            '<p><a href="https://events.freight-news.example/register">Join the session</a></p>')
    _result, symbols = await scan(invitation(html, "Webinar: customs reform"))
    assert "MEETING_LINK_ELSEWHERE" not in symbols
