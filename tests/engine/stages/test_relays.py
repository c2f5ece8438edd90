"""The relays stage: a guest's or a host's message passed on by a booking platform, with a link it would not carry.

Each test writes the message as the platform's relay delivers it (its relay
address, its frame around the person's words, its own links) and scans it
with the stage alone.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import relays
from rempart.engine.verdict import Verdict

STAGES = Pipeline(modules=[relays])
HOTEL = "info@bbcorteantica-firenze.it"


def relayed(words: str, sender: str = '"Emily Sanders via Booking.com" <7381920455.4f8a2c1e@guest.booking.com>',
            subject: str = "We received this message from Emily Sanders") -> Message:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = HOTEL
    mail["Subject"] = subject
    words = re.sub(r"https?://\S+?(?=[\s]|$)", lambda m: f'<a href="{m.group()}">{m.group()}</a>', words)
    mail.set_content(
        "<p>You have a new message</p><p>Reservation: 4829 173 552 &middot; B&amp;B Corte Antica</p>"
        f"<p>{words}</p>"
        '<p><a href="https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1">Reply</a></p>'
        '<img src="https://cf.bstatic.com/static/img/booking_logo.png">'
        "<p>This email was sent by Booking.com B.V., Herengracht 597, 1017 CE Amsterdam, Netherlands.</p>",
        subtype="html")
    return Message(mail.as_bytes())


async def scan(message: Message):
    result = await STAGES.scan(message, DEFAULT_POLICY, Context(envelope=Envelope(rcpt_to=(HOTEL,))))
    return result, {s.name: s.detail for s in result.symbols}


@pytest.mark.parametrize("words", [
    # photos of "damage" in a hacked site's upload folder
    "I found a big stain on the sheets. I have taken photos, see them here: "
    "https://www.glamping-lakeview.nl/wp-content/uploads/2023/guest/?r=4829",
    # a charge made twice, the "bank's confirmation" behind a shortener
    "La mia carta \u00e8 stata addebitata due volte, la conferma del pagamento \u00e8 qui: https://bit.ly/4gBkRE8j",
    # a host borrowing the platform's name
    "Please confirm your reservation within 24 hours: https://secure-bkng.reservation-id7731.com/confirm/3829104",
    # a card to confirm, on any outside page
    "Our system could not verify the card you used. Please confirm your card details here: "
    "https://reservation-check7731.com/3829104 or the booking will be cancelled.",
])
async def test_a_relayed_message_with_a_link_a_guest_or_host_does_not_send_is_phishing(words):
    result, symbols = await scan(relayed(words))
    assert "RELAY_FOREIGN_LINK" in symbols
    assert result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("words", [
    "Could you tell me where to park? Here is where we are now: https://maps.app.goo.gl/Xk2p9QwE",
    "Online check-in is open on our website: https://www.bbcorteantica-firenze.it/checkin. "
    "Payment is made at the property and the city tax is paid on arrival.",
    "We arrive around 22:00, is that OK? Thank you!",
])
async def test_ordinary_relayed_messages_are_left_alone(words):
    _, symbols = await scan(relayed(words))
    assert "RELAY_FOREIGN_LINK" not in symbols


async def test_the_platforms_own_notice_linking_to_the_platform_is_left_alone():
    message = relayed("Your payment for reservation 4829 173 552 is confirmed. Manage it at "
                      "https://secure.booking.com/myreservations.html", sender="Booking.com <noreply@booking.com>")
    assert "RELAY_FOREIGN_LINK" not in (await scan(message))[1]


async def test_the_card_wording_counts_only_in_a_person_s_relayed_message():
    # The platform's own notice asking to update a card links to its own pages; an outside link with that
    # wording in a notice from booking.com itself is not what this stage judges (the sender and urls stages do).
    message = relayed("Please update your card details: https://www.bbcorteantica-firenze.it/pay",
                      sender="Booking.com <noreply@booking.com>")
    assert "RELAY_FOREIGN_LINK" not in (await scan(message))[1]


async def test_a_shortened_link_in_a_platforms_own_notice_is_still_named():
    message = relayed("Your reservation needs attention: https://bit.ly/3xYz", sender="Booking.com <noreply@booking.com>")
    assert "RELAY_FOREIGN_LINK" in (await scan(message))[1]


async def test_other_senders_are_not_this_stages_business():
    message = relayed("I have taken photos, see them here: https://www.glamping-lakeview.nl/wp-content/uploads/2023/x",
                      sender="Emily Sanders <emily.sanders@gmail.com>")
    assert (await scan(message))[1] == {}
