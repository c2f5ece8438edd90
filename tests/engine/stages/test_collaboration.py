"""The collaboration stage: GitHub's and Teams' genuine notices carrying a stranger posing as security staff."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import collaboration
from rempart.engine.verdict import Verdict

STAGES = Pipeline(modules=[collaboration])


def notification(sender: str, subject: str, html: str) -> Message:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "m.ellison@kerlann.example"
    mail["Subject"] = subject
    mail.set_content(html, subtype="html")
    return Message(mail.as_bytes())


def github(subject: str, body: str, links: list[str]) -> Message:
    anchors = "".join(f'<p><a href="{link}">link</a></p>' for link in links)
    return notification("sec-alert-notify <notifications@github.com>", f"[kerlann/label-sdk] {subject} (Issue #57)",
                        f"<p>{body}</p>{anchors}<p>Reply to this email directly, "
                        '<a href="https://github.com/kerlann/label-sdk/issues/57">view it on GitHub</a>.</p>')


def teams(name: str, sender: str = "Microsoft Teams <noreply@email.teams.microsoft.com>") -> Message:
    return notification(sender, f"{name} sent you a message",
                        f"<p>{name} sent you a message</p><p>\u201cHi Nicole, please accept this chat.\u201d</p>"
                        '<a href="https://teams.microsoft.com/l/chat/19:8b2e4c7a@unq.gbl.spaces/conversations">Reply in Teams</a>')


async def scan(message: Message):
    result = await STAGES.scan(message, DEFAULT_POLICY, Context(envelope=Envelope(rcpt_to=("m.ellison@kerlann.example",))))
    return result, {s.name for s in result.symbols}


@pytest.mark.parametrize("links", [
    ["https://gitsecurityapp.onrender.com/reset"],
    ["https://github.com/login/oauth/authorize?client_id=Ov23liTxIGFIkaZHNLnG&scope=repo%2Cuser"],
])
async def test_an_issue_posing_as_github_security_with_a_way_out_is_phishing(links):
    message = github("Security Alert: Unusual Access Attempt",
                     "We have detected a login attempt on your GitHub account. Thanks, The GitHub Security Team", links)
    result, symbols = await scan(message)
    assert "GITHUB_FAKE_SECURITY_ALERT" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_the_same_words_linking_only_to_github_are_left_alone():
    message = github("Security Alert: Unusual Access Attempt", "Thanks, The GitHub Security Team",
                     ["https://github.com/settings/security-log"])
    assert "GITHUB_FAKE_SECURITY_ALERT" not in (await scan(message))[1]


async def test_an_issue_about_a_real_vulnerability_linking_to_its_advisory_is_left_alone():
    message = github("Security vulnerability detected in lodash < 4.17.21",
                     "Dependency scanning flagged CVE-2021-23337; see the advisory.",
                     ["https://nvd.nist.gov/vuln/detail/CVE-2021-23337"])
    assert "GITHUB_FAKE_SECURITY_ALERT" not in (await scan(message))[1]


async def test_a_lookalike_of_github_notifications_is_not_this_stages_business():
    message = notification("GitHub <notifications@github-alerts.example>", "Security Alert",
                           '<p>The GitHub Security Team</p><a href="https://gitsecurityapp.onrender.com/">x</a>')
    assert (await scan(message))[1] == set()


@pytest.mark.parametrize("name", ["IT Help Desk (External)", "Microsoft Security (External)",
                                  "Service-Desk Corliss (Externe)"])
async def test_an_external_teams_account_named_as_it_support_is_phishing(name):
    result, symbols = await scan(teams(name))
    assert "TEAMS_EXTERNAL_HELPDESK" in symbols
    assert result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("name", ["Maria Lopez (External)", "IT Help Desk"])
async def test_a_partner_or_the_organisations_own_help_desk_is_left_alone(name):
    assert "TEAMS_EXTERNAL_HELPDESK" not in (await scan(teams(name)))[1]


async def test_a_mail_that_is_not_teams_naming_an_external_help_desk_is_left_alone():
    message = teams("IT Help Desk (External)", sender="Corliss IT <it@corliss.example>")
    assert "TEAMS_EXTERNAL_HELPDESK" not in (await scan(message))[1]


# -- Google Forms invitations -----------------------------------------------------------


def form_invite(title: str, note: str, inviter: str = "anaf.spv.notificari@gmail.com") -> Message:
    mail = EmailMessage()
    mail["From"] = f'"{inviter} (via Google Forms)" <forms-receipts-noreply@google.com>'
    mail["Reply-To"] = inviter
    mail["To"] = "andrei.popescu@gmail.example"
    mail["Subject"] = title
    mail.set_content(f"<p>{inviter} has invited you to fill in a form: {title}</p><p>{note}</p>"
                     '<a href="https://docs.google.com/forms/d/e/1FAIpQLSc3/viewform">FILL IN FORM</a>'
                     "<p>Never submit passwords through Google Forms. Create your own Google Form.</p>", subtype="html")
    return Message(mail.as_bytes())


@pytest.mark.parametrize("title,note", [
    ("Notificare rambursare TVA - ANAF", "Aveti de primit o rambursare. Completati formularul."),
    ("Validacion de seguridad", "Es obligatorio validar los datos de su tarjeta antes del 25/07."),
    ("Wallet validation", "Enter your 12-word recovery phrase to keep your wallet active."),
])
async def test_a_google_form_posing_as_a_brand_or_asking_for_secrets_is_phishing(title, note):
    result = await STAGES.scan(form_invite(title, note), DEFAULT_POLICY, Context(envelope=Envelope()))
    assert "FORM_BRAND_LURE" in {s.name for s in result.symbols} and result.verdict is Verdict.PHISHING


async def test_a_clubs_survey_and_googles_own_warning_about_passwords_are_left_alone():
    survey = form_invite("Spring programme survey", "Which evenings suit you for the walks? Reply by Friday.",
                         inviter="secretary.ramblers@gmail.com")
    result = await STAGES.scan(survey, DEFAULT_POLICY, Context(envelope=Envelope()))
    assert "FORM_BRAND_LURE" not in {s.name for s in result.symbols}
    assert collaboration.form_lure(survey) is None


async def test_a_form_receipt_with_a_charge_to_dispute_by_phone_is_phishing():
    receipt = form_invite("Order Confirmation - BTC Purchase #44810",
                          "Your account has been charged $1,948.00. If you did not authorise this purchase, call our "
                          "billing desk at +1 (808) 215-7390 to cancel.", inviter="orders.desk@gmail.com")
    assert collaboration.form_lure(receipt) == "gives a number to call about a charge"


async def test_microsofts_form_invitation_asking_to_sign_in_with_the_work_account_is_phishing():
    invite = notification("Microsoft Forms <noreply@forms.office.com>", "Please fill out the form: Pay Adjustment",
                          "<p>Harbour Inn HR has invited you to fill out a form: Staff Rota &amp; Pay Adjustment</p>"
                          "<p>Sign in with your work account to view your updated hourly rate.</p>"
                          '<a href="https://forms.office.com/Pages/ResponsePage.aspx?id=nKM3">Fill out form</a>'
                          "<p>Never give out your password. Microsoft Forms is not responsible for content created by "
                          "users.</p>")
    assert collaboration.form_lure(invite) is not None
    survey = notification("Microsoft Forms <noreply@forms.office.com>", "Please fill out the form: Team lunch",
                          "<p>Anais has invited you to fill out a form: Team lunch in June</p>"
                          '<a href="https://forms.office.com/Pages/ResponsePage.aspx?id=Qm4T">Fill out form</a>'
                          "<p>Never give out your password. Microsoft Forms is not responsible for content created by "
                          "users.</p>")
    assert collaboration.form_lure(survey) is None
