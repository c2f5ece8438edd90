"""Domain names as a phisher bends them: registrable domains, IDNs, and lookalikes.

Everything here is offline: the public suffix list is the snapshot bundled
with tldextract (never fetched), the confusable characters come from the
Unicode data shipped with confusable-homoglyphs, and the brands from
``data/brands.toml``. Results are cached, so stages may call these freely.

A *lookalike* is a registrable domain that is not the target's but reads as
it: the same label under another TLD (``paypal.co``), a homoglyph
(``pаypal.com`` with a Cyrillic ``а``, ``rnicrosoft.com``, ``paypa1.com``),
one typing slip away (addition, omission, repetition, transposition,
replacement, bit flip: dnstwist's permutations, found here by distance rather
than by generating them), the label with hyphens (``pay-pal.com``), or the
target's name used as a word of another domain (``paypal-secure.com``,
``paypal.com.login.example``: combosquatting and subdomain insertion).
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import tldextract

DATA = Path(__file__).parent / "data"

# Words phishers glue to a brand's name (paypalsecure.com, microsoft-login.net).
COMBO_WORDS = frozenset(
    """
    login logon signin sign secure security verify verification validate account accounts acct
    support service services update billing online help helpdesk desk id auth alert alerts
    confirm center centre team mail email web app portal customer client clients resolution
    recovery recover unlock limited notice payment pay wallet invoice docs doc file files share
    drive cloud office message inbox delivery track tracking parcel colis info care safe protect
    protection access admin official notification notifications reset password pass check member
    members user users my mon espace remboursement dossier suivi livraison
    """.split()
)

# Words brands add to their name for the domains their marketing mail comes
# from (ryanairmail.com, capitaloneemail.com, email-marriott.com): such a
# combo in a From address may well be the brand's own.
MAILING_WORDS = frozenset("mail email emails e em news newsletter info marketing communications comms".split())

# Labels of brand-owned domains that are everyday words: never matched as a
# word of another domain, nor by typo (key-ring.com is not Amazon's Ring).
GENERIC_LABELS = COMBO_WORDS | frozenset(
    """ring go mint mail cloud news line link me pay cash square one live bank money prime docs play store
    shop box windows office teams bing usa total force amendes finances hotels threads chrome azure poste
    visa zoom steam ring post gov alpha click jazz dialog rocket humans speedy nap""".split()
)

# ASCII look-alike sequences applied after the Unicode ones (both sides of a
# comparison go through the same mapping, so the choice only widens matches).
_ASCII_SKELETON = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("i", "l"), ("3", "e"), ("5", "s"), ("4", "a"))


# -- public suffixes and IDN ------------------------------------------------


@functools.lru_cache(maxsize=1)
def _public_suffixes() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@functools.lru_cache(maxsize=16384)
def split_domain(host: str) -> tuple[str, str, str]:
    """(subdomain, label, public suffix) of a host name, lower-cased (ICANN suffixes only).

    ``login.paypal.co.uk`` -> ``("login", "paypal", "co.uk")``; a name under
    no known suffix (``localhost``, an IP address) is all label.
    """
    host = host.strip().rstrip(".").lower()
    extracted = _public_suffixes()(host)
    if not extracted.suffix or not extracted.domain:
        return "", host, ""
    return extracted.subdomain, extracted.domain, extracted.suffix


@functools.lru_cache(maxsize=16384)
def registrable_domain(host: str) -> str:
    """The domain registered under its public suffix (``news.example.co.uk`` -> ``example.co.uk``).

    This is DMARC's organisational domain too. A name under no known suffix
    is its own registrable domain.
    """
    _sub, label, suffix = split_domain(host)
    return f"{label}.{suffix}" if suffix else label


@functools.lru_cache(maxsize=16384)
def to_unicode(host: str) -> str:
    """The host as a reader sees it (``xn--pypal-4ve.com`` -> ``pаypal.com``); junk labels kept as they are."""
    labels = []
    for label in host.lower().split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                pass
        labels.append(label)
    return ".".join(labels)


@functools.lru_cache(maxsize=16384)
def to_ascii(host: str) -> str:
    """The host as DNS sees it (punycode); a name that cannot be encoded is returned lower-cased."""
    host = host.strip().rstrip(".").lower()
    if host.isascii():
        return host
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except (UnicodeError, ValueError):
            labels.append(label)
    return ".".join(labels)


def scripts(text: str) -> set[str]:
    """Unicode scripts of the letters of ``text`` (LATIN, CYRILLIC, GREEK...); digits and marks ignored."""
    found = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add(name.split(" ", 1)[0] if name else "UNKNOWN")
    return found


def is_mixed_script(host: str) -> bool:
    """True when one label mixes Latin with Cyrillic or Greek, the mark of a homograph attack.

    Chinese or Japanese mixed with Latin is ordinary; a whole label in one
    non-Latin script is ordinary too (it is caught, if it imitates a brand,
    by the skeleton comparison).
    """
    if "xn--" not in host and host.isascii():
        return False
    for label in to_unicode(host).split("."):
        found = scripts(label)
        if "LATIN" in found and found & {"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE"}:
            return True
    return False


# -- confusable skeletons ---------------------------------------------------


@functools.lru_cache(maxsize=1)
def _confusable_map() -> dict[str, str]:
    """Every single character Unicode calls confusable with an ASCII letter or digit, to that character."""
    import confusable_homoglyphs

    path = resources.files(confusable_homoglyphs).joinpath("confusables.json")
    table = json.loads(path.read_text(encoding="utf-8"))
    mapping: dict[str, str] = {}
    for target in "abcdefghijklmnopqrstuvwxyz0123456789":
        for entry in table.get(target, []) + table.get(target.upper(), []):
            glyph = entry["c"].strip("\u200e")
            if len(glyph) == 1 and not glyph.isascii():
                mapping.setdefault(glyph, target)
    return mapping


def fold_text(text: str) -> str:
    """:func:`fold` for a long text read once (a message body): the same result, not cached."""
    return fold.__wrapped__(text)


def text_skeleton(text: str) -> str:
    """:func:`skeleton` for a long text read once (a message body): the same result, not cached."""
    text = fold_text(text)
    for seq, repl in _ASCII_SKELETON:
        text = text.replace(seq, repl)
    return text


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case ASCII as near as the text looks: accents dropped, Unicode homoglyphs mapped.

    ``Ρаypal`` (Greek rho, Cyrillic a) -> ``paypal``; ``Société`` -> ``societe``;
    ``Micro<U+200B>soft`` -> ``microsoft`` (invisible format characters are dropped).
    Characters with no ASCII look-alike are kept.
    """
    mapping = _confusable_map()
    out = []
    for char in unicodedata.normalize("NFKC", text):
        if char.isascii():
            out.append(char.lower())
            continue
        if unicodedata.category(char) == "Cf":  # zero-width and direction marks: invisible, they only split words
            continue
        mapped = mapping.get(char)
        if mapped is None:
            decomposed = unicodedata.normalize("NFKD", char)
            base = "".join(c for c in decomposed if not unicodedata.combining(c))
            mapped = mapping.get(base, base)
        out.append(mapped.lower())
    return "".join(out)


@functools.lru_cache(maxsize=16384)
def skeleton(text: str) -> str:
    """What a name looks like at a glance, for comparing two names (not for display).

    ``rnicrosoft`` and ``micr0soft`` both give the skeleton of ``microsoft``.
    """
    text = fold(text)
    for seq, repl in _ASCII_SKELETON:
        text = text.replace(seq, repl)
    return text


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (a transposition counts one), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def typo_kind(candidate: str, target: str) -> str:
    """Name the single slip that turns ``target`` into ``candidate`` (dnstwist's vocabulary)."""
    if len(candidate) == len(target) + 1:
        for i in range(len(candidate)):
            if candidate[:i] + candidate[i + 1 :] == target:
                doubled = candidate[i] in (candidate[i - 1 : i] + candidate[i + 1 : i + 2])
                return "repetition" if doubled else "addition"
    if len(candidate) + 1 == len(target):
        return "omission"
    diffs = [i for i in range(len(target)) if candidate[i] != target[i]]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
        return "transposition"
    if len(diffs) == 1:
        a, b = ord(candidate[diffs[0]]), ord(target[diffs[0]])
        if bin(a ^ b).count("1") == 1:
            return "bitsquatting"
    return "replacement"


# -- brands -------------------------------------------------------------------


@dataclass(frozen=True)
class Brand:
    """A commonly impersonated organisation, as ``data/brands.toml`` describes it."""

    name: str
    domains: tuple[str, ...]  # registrable domains, the main one first
    names: tuple[str, ...] = ()  # display-name phrases, compared on folded words
    exact_names: tuple[str, ...] = ()  # phrases that count only as the whole display name
    acronyms: tuple[str, ...] = ()  # case-sensitive words (UPS, CAF)
    fuzzy: bool = True  # typo matching on its labels (off for dictionary words)
    combo: str = "any"  # "any", "first" (only as a domain's first word) or "none"
    score: float | None = None  # overrides the display-name symbol's score (generic "IT support")
    members: tuple[str, ...] = ()  # patterns of member institutions' own domains (sparkasse-hannover.de)

    def owns(self, domain: str) -> bool:
        """True when the registrable ``domain`` is one of this brand's (or its label under a ccTLD)."""
        return domain in self.domains or brand_data().owner(domain) is self


@dataclass(frozen=True)
class BrandData:
    brands: tuple[Brand, ...]
    freemail: frozenset[str]
    not_lookalikes: frozenset[str] = field(default_factory=frozenset)
    by_domain: dict[str, Brand] = field(default_factory=dict)
    not_typos: frozenset[str] = field(default_factory=frozenset)
    by_label: dict[str, Brand] = field(default_factory=dict)
    members: tuple[tuple[re.Pattern, Brand], ...] = ()

    def owner(self, domain: str) -> Brand | None:
        """The brand a registrable domain belongs to (its own, its name under a country's TLD, or a member
        institution's: the savings bank of a city writes from its own sparkasse-<city>.de), if any."""
        found = self.by_domain.get(domain)
        if found is None:
            _sub, label, suffix = split_domain(domain)
            if is_country_suffix(suffix):
                found = self.by_label.get(label)
        if found is None and domain:
            found = next((brand for pattern, brand in self.members if pattern.fullmatch(domain)), None)
            if found is not None and _phishing_word_in(domain):
                found = None
        return found


# Words a member institution never puts after its name, and phishers do (sparkasse-pushtan-aktivierung.de).
_MEMBER_SPOILERS = frozenset(
    "pushtan tan aktivierung aktualisierung verifizierung sicherheit kundenservice service support login online "
    "secure security verify update konto karte app".split()
)


def _phishing_word_in(domain: str) -> bool:
    """A word of the domain's name, besides the brand's own, that no member carries (a city's savings bank is named
    after the city, not after a TAN procedure)."""
    words = split_domain(domain)[1].split("-")
    return any(word in _MEMBER_SPOILERS or word in COMBO_WORDS for word in words[1:] + words[:-1])


# Countries whose registries brands use for their local sites. Other ccTLDs
# (.co and .cm that read as .com, .io, .me, .tk, .ml sold as generic names)
# are where lookalikes get registered, so a brand's name there is suspect.
COUNTRY_TLDS = frozenset(
    """
    fr de uk it es nl be ch at lu ie pt pl se dk no fi cz sk hu ro gr bg hr si ee lv lt
    ca us mx br ar cl pe au nz jp kr cn tw hk sg my th id ph vn in ae sa il tr za ma eg ng ke
    """.split()
)


def is_country_suffix(suffix: str) -> bool:
    """``fr``, ``co.uk``, ``com.au``: a country's suffix, where big brands hold their own name."""
    return suffix.rpartition(".")[2] in COUNTRY_TLDS


@functools.lru_cache(maxsize=1)
def brand_data() -> BrandData:
    """``data/brands.toml``, ``data/freemail.txt`` and ``data/not_typos.txt``, read once."""
    with open(DATA / "brands.toml", "rb") as handle:
        raw = tomllib.load(handle)
    brands = tuple(
        Brand(
            name=entry["name"],
            domains=tuple(d.lower() for d in entry.get("domains", ())),
            names=tuple(entry.get("names", ())),
            exact_names=tuple(entry.get("exact_names", ())),
            acronyms=tuple(entry.get("acronyms", ())),
            fuzzy=entry.get("fuzzy", True),
            combo={True: "any", False: "none"}.get(entry.get("combo", True), entry.get("combo")),
            score=entry.get("score"),
            members=tuple(entry.get("members", ())),
        )
        for entry in raw.get("brand", ())
    )
    freemail = frozenset(_words_of(DATA / "freemail.txt"))
    by_domain: dict[str, Brand] = {}
    by_label: dict[str, Brand] = {}
    for brand in brands:
        for domain in brand.domains:
            by_domain.setdefault(domain, brand)
            label = split_domain(domain)[1]
            if len(label) >= 4 and label not in GENERIC_LABELS:
                by_label.setdefault(label, brand)
    not_lookalikes = frozenset(raw.get("not_lookalikes", {}).get("domains", ()))
    not_typos = frozenset(_words_of(DATA / "not_typos.txt"))
    members = tuple((re.compile(pattern), brand) for brand in brands for pattern in brand.members)
    return BrandData(brands, freemail, not_lookalikes, by_domain, not_typos, by_label, members)


def _words_of(path: Path) -> list[str]:
    """The first word of each line of a data file, comments and blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split()[0].lower() for line in lines if line.strip() and not line.startswith("#")]


def is_freemail(domain: str) -> bool:
    """True for a mailbox anyone can open for free (gmail.com, outlook.fr...): the exact domain counts."""
    return domain.lower().rstrip(".") in brand_data().freemail


# -- lookalikes ---------------------------------------------------------------


@dataclass(frozen=True)
class Lookalike:
    """``domain`` reads as ``target`` (a legitimate domain of ``owner``) by way of ``kind``."""

    domain: str
    target: str
    kind: str  # homoglyph, tld-swap, hyphenation, addition, omission, ..., combo, subdomain
    owner: str  # the brand's name, or the organisation's domain
    extra: str = ""  # for a combo, the words added to the target's name

    @property
    def is_mailing_domain(self) -> bool:
        """A combo that reads like the brand's own mailing domain (ryanairmail.com, wellsfargoemail.com)."""
        return self.kind == "combo" and self.extra in _mailing_skeletons()

    @property
    def is_typo(self) -> bool:
        """A near-copy of the target's name (as opposed to its name used as a word, or another TLD)."""
        return self.kind not in ("combo", "subdomain", "tld-swap")

    def describe(self) -> str:
        return f"{self.domain} imitates {self.target} ({self.kind})"


@dataclass(frozen=True)
class _Target:
    domain: str  # registrable, ASCII
    label: str
    suffix: str
    owner: str
    fuzzy: bool
    combo: str
    cctld: bool  # the same label under a country's TLD is the owner's own


class LookalikeIndex:
    """Legitimate domains, indexed so that a candidate is checked without comparing it to each.

    Skeletons go in a dict; typos are found SymSpell-style (every one-letter
    deletion of each skeleton is a key), then confirmed by an edit distance.
    """

    MIN_FUZZY = 5  # labels shorter than this are not matched by typo (ups, dhl, caf)
    MIN_EXACT = 4  # nor, in ASCII, by homoglyph or TLD swap (w3.org is not we.tl)

    def __init__(
        self,
        targets: list[_Target],
        owned: frozenset[str],
        min_fuzzy: int = MIN_FUZZY,
        min_exact: int = MIN_EXACT,
        not_typos: frozenset[str] = frozenset(),
        weak_kinds: bool = True,
        by_owner: bool = False,
    ) -> None:
        self.targets = targets
        self.owned = owned  # registrable domains that are nobody's lookalike
        self.not_typos = not_typos  # real words that happen to be one slip from a target
        self.weak_kinds = weak_kinds  # whether TLD swaps and added words count (not when targets are guessed)
        self.min_fuzzy = min_fuzzy
        self.min_exact = min_exact
        self._answers: dict[str, Lookalike | None] = {}
        self.by_owner = by_owner  # also spare what brands own by pattern (member banks), for the brands' index
        self.by_skeleton: dict[str, list[_Target]] = {}
        self.by_deletion: dict[str, list[_Target]] = {}
        self.by_word: dict[str, list[_Target]] = {}
        self.by_domain_word: dict[str, list[_Target]] = {}  # every target, for its whole domain in a subdomain
        for target in targets:
            if target.label in GENERIC_LABELS:
                continue
            skel = skeleton(target.label)
            keys = {skel, skel.replace("-", "")}
            if "." in target.suffix:  # the whole domain spelt as one label: westmere-ac-uk.org for westmere.ac.uk
                spelt = skeleton(f"{target.label}-{target.suffix.replace('.', '-')}")
                keys |= {spelt, spelt.replace("-", "")}
            for key in keys:
                self.by_skeleton.setdefault(key, []).append(target)
            if target.fuzzy and len(target.label) >= min_fuzzy:
                for key in [skel, *_deletions(skel)]:
                    self.by_deletion.setdefault(key, []).append(target)
            if target.combo != "none" and len(target.label) >= 3:
                self.by_word.setdefault(skel.split("-")[0], []).append(target)
            if len(target.label) >= 3:
                self.by_domain_word.setdefault(skel.split("-")[0], []).append(target)

    @classmethod
    def for_brands(cls) -> "LookalikeIndex":
        data = brand_data()
        targets = []
        for brand in data.brands:
            for domain in brand.domains:
                _sub, label, suffix = split_domain(domain)
                if suffix:
                    targets.append(_Target(domain, label, suffix, brand.name, brand.fuzzy, brand.combo, True))
        owned = frozenset(d for b in data.brands for d in b.domains) | data.not_lookalikes | data.freemail
        return cls(targets, owned, not_typos=data.not_typos, by_owner=True)

    @classmethod
    def for_organisation(cls, domains: frozenset[str], configured: bool = True) -> "LookalikeIndex":
        """Lookalikes of an organisation's domains; only near-copies when they are guessed from the recipients.

        The same name under another TLD, or with words added, may be a sister
        company or a mailing list's host: worth a score when the organisation
        said these are its domains, not when the recipients are all we know.
        """
        targets = []
        registrables = frozenset(registrable_domain(d) for d in domains)
        for domain in sorted(registrables):
            _sub, label, suffix = split_domain(domain)
            if suffix:
                combo = ("any" if len(label) >= 5 else "first") if configured else "none"
                targets.append(_Target(domain, label, suffix, domain, True, combo, False))
        return cls(targets, registrables, min_fuzzy=4, min_exact=3, weak_kinds=configured)

    MAX_ANSWERS = 8192  # hosts remembered per index; the same hosts come back message after message

    def match(self, host: str) -> Lookalike | None:
        """The legitimate domain ``host`` imitates, or None (also None for the legitimate ones)."""
        answers = self._answers
        if host in answers:
            return answers[host]
        found = self._match(host)
        if len(answers) >= self.MAX_ANSWERS:
            answers.clear()
        answers[host] = found
        return found

    def _match(self, host: str) -> Lookalike | None:
        sub, label, suffix = split_domain(to_ascii(host))
        if not suffix:
            return None
        domain = f"{label}.{suffix}"
        if domain in self.owned or (self.by_owner and brand_data().owner(domain) is not None):
            return None
        skel = skeleton(to_unicode(label))
        bare = skel.replace("-", "")
        for target in self.by_skeleton.get(skel, []) + self.by_skeleton.get(bare, []):
            if len(target.label) < self.min_exact and "xn--" not in label:
                continue  # w3.org and we.tl, pm.org and pm.me: too short to tell a copy from a coincidence
            if label == target.label:
                if (target.cctld and is_country_suffix(suffix)) or not target.fuzzy or not self.weak_kinds:
                    return None  # amazon.de is Amazon's; orange.net is not a copy of orange.fr
                return Lookalike(domain, target.domain, "tld-swap", target.owner)
            target_skel = skeleton(target.label)
            kind = "homoglyph" if skel == target_skel else "hyphenation"
            return Lookalike(domain, target.domain, kind, target.owner)
        if len(skel) >= self.min_fuzzy - 1 and label not in GENERIC_LABELS and label not in self.not_typos:
            found = self._typo(skel, domain)
            if found:
                return found
        return self._combo(sub, label, domain)

    def _typo(self, skel: str, domain: str) -> Lookalike | None:
        seen = set()
        for key in [skel, *_deletions(skel)]:
            for target in self.by_deletion.get(key, ()):
                if target.domain in seen:
                    continue
                seen.add(target.domain)
                target_skel = skeleton(target.label)
                if edit_distance(skel, target_skel, 1) == 1:
                    return Lookalike(domain, target.domain, typo_kind(skel, target_skel), target.owner)
        return None

    def _combo(self, sub: str, label: str, domain: str) -> Lookalike | None:
        """The target's name as a word of the label (paypal-secure, secure-paypa1) or in the subdomain."""
        plain_words = to_unicode(label).replace("_", "-").split("-")
        words = [skeleton(word) for word in plain_words]
        if len(words) > 1:
            for index, word in enumerate(words):
                for target in self.by_word.get(word, ()):
                    wanted = skeleton(target.label).split("-")
                    if words[index : index + len(wanted)] != wanted or len(wanted) == len(words):
                        continue
                    if target.combo == "any" and len(target.label) >= 4 or index == 0:
                        extra = "-".join(words[:index] + words[index + len(wanted) :])
                        return Lookalike(domain, target.domain, "combo", target.owner, extra)
        for index, word in enumerate(words):
            if len(word) >= 7:  # paypalsecure, microsoftonline-login
                for target, glued in self._glued(word):
                    extra = "-".join(words[:index] + [glued] + words[index + 1 :])
                    return Lookalike(domain, target.domain, "combo", target.owner, extra)
            if len(words) > 1 and len(word) >= 6 and word not in _combo_skeletons() and plain_words[index] not in self.not_typos:
                found = self._typo(word, domain)
                if found is not None:
                    extra = "-".join(words[:index] + words[index + 1 :])
                    return Lookalike(domain, found.target, "combo", found.owner, extra)
        if sub:  # paypal.com.secure-login.example, kerlann-industries-fr.portal.example, usps.com-track.example
            return self._in_subdomain(sub, words, domain)
        return None

    def _in_subdomain(self, sub: str, label_words: list[str], domain: str) -> Lookalike | None:
        """A target's whole domain written at the front of the host, in the subdomain or across the dot.

        ``paypal.com.secure-login.example`` and ``www.laposte.fr-suivi.info``
        (the label starts with the target's TLD) read as the target's own
        address to anyone who stops at the first slash-free glance. The whole
        domain, name and suffix, must be there: a brand's bare name in a
        subdomain is the "named" check's business, not a lookalike.
        """
        sub_words = skeleton(to_unicode(sub)).replace(".", "-").split("-")
        words = sub_words + label_words
        for i in range(len(sub_words)):
            for target in self.by_domain_word.get(sub_words[i], ()):
                wanted = re.split(r"[.-]", skeleton(target.domain))
                if len(wanted) > 1 and words[i : i + len(wanted)] == wanted and i + len(wanted) < len(words):
                    return Lookalike(domain, target.domain, "subdomain", target.owner)
        return None

    def _glued(self, word: str) -> list[tuple[_Target, str]]:
        """(target, the word glued to it) for a target's name glued to a phishing word (paypalsecure, mypaypal)."""
        found = []
        words = _combo_skeletons()
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            name, glued = (head, tail) if tail in words else (tail, head) if head in words else (None, "")
            for target in self.by_word.get(name, ()) if name else ():
                if len(target.label) >= 5 and target.combo == "any" and skeleton(target.label) == name:
                    found.append((target, glued))
        return found

    def named_in(self, text: str) -> str | None:
        """The owner whose name is a word of ``text`` (a subdomain, a URL path), if any.

        On shared hosting (``paypal-login.web.app``) or in a path
        (``/microsoft365/login.php``) a brand's name is the phisher's signature.
        """
        for word in re.split(r"[^a-z0-9]+", skeleton(text)):
            if len(word) < 3:
                continue
            for target in self.by_word.get(word, ()):
                if skeleton(target.label) == word and (len(word) >= 4 or target.combo == "any"):
                    return target.owner
            if len(word) >= 7:
                for target, _glued in self._glued(word):
                    return target.owner
        return None


@functools.lru_cache(maxsize=1)
def _mailing_skeletons() -> frozenset[str]:
    return frozenset(skeleton(word) for word in MAILING_WORDS)


@functools.lru_cache(maxsize=1)
def _combo_skeletons() -> frozenset[str]:
    return frozenset(skeleton(word) for word in COMBO_WORDS)


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


@functools.lru_cache(maxsize=1)
def brand_index() -> LookalikeIndex:
    """The lookalike index of every brand's domains, built once."""
    return LookalikeIndex.for_brands()


def protected_domains(context) -> frozenset[str]:
    """The registrable domains whose lookalikes matter: the organisation's, or the recipients'.

    The gateway knows the organisation's domains; ``rempart scan`` does not,
    and then the recipients' domains stand in for them (free mailboxes
    excepted: nobody impersonates gmail.com to its users by lookalike).
    """
    if context.organisation_domains:
        return frozenset(registrable_domain(d) for d in context.organisation_domains)
    found = set()
    for address in context.envelope.rcpt_to:
        domain = address.rpartition("@")[2].strip(" >").lower().rstrip(".")
        if domain and not is_freemail(domain) and brand_data().owner(registrable_domain(domain)) is None:
            found.add(registrable_domain(domain))
    return frozenset(found)


@functools.lru_cache(maxsize=256)
def organisation_index(domains: frozenset[str], configured: bool = True) -> LookalikeIndex:
    """The lookalike index of an organisation's own domains (cached per set of domains)."""
    return LookalikeIndex.for_organisation(domains, configured)
