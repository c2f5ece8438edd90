"""Words the console shows that are written elsewhere: the policy settings table, choice values.

Listed here (marked, not translated) so that ``makemessages`` puts them in
the console's French catalogue; the pages translate them when they show them.
"""

from django.utils.translation import gettext_noop as _

POLICY_SETTINGS = (
    _("Spam sensitivity"),
    _("1 lets the most through, 5 is the strictest; each level maps to a spam score threshold"),
    _("Spam score at sensitivity 1"), _("Spam score at sensitivity 2"), _("Spam score at sensitivity 3"),
    _("Spam score at sensitivity 4"), _("Spam score at sensitivity 5"),
    _("a message scoring this much is spam; lower at stricter levels"),
    _("Score above which spam is refused at SMTP time"),
    _("Action for clean"), _("Action for bulk"), _("Action for spam"), _("Action for phishing"),
    _("Action for malware"), _("Action for policy"),
    _("Redirect address"), _("where messages go when the action is redirect"),
    _("Subject tag"), _("put at the start of the subject when the action is tag"),
    _("Maximum message size"), _("bytes"),
    _("When the antivirus cannot answer"),
    _("Encrypted content"), _("password-protected archives and documents, encrypted messages"),
    _("Content that cannot be analysed"), _("malformed messages, archives too deep or too big to open"),
    _("Tell the sender"), _("Tell the recipient"), _("Tell the administrator"), _("Administrator's address"),
    _("Banner on mail from external senders"), _("Banner text (French)"), _("Banner text (English)"),
    _("Disclaimer on outbound mail"), _("Disclaimer text"),
)

CHOICES = (
    _("deliver"), _("tag"), _("quarantine"), _("redirect"), _("reject"), _("discard"), _("tempfail"), _("accept"),
    _("clean"), _("bulk"), _("spam"), _("phishing"), _("malware"), _("policy"), _("unknown"),
)
