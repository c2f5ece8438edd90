"""Registrable domains, IDNs, skeletons and lookalikes of brands and of the organisation."""

from __future__ import annotations

import tomllib

import pytest

from rempart.engine import domains
from rempart.engine.context import Context, Envelope
from rempart.engine.domains import (
    brand_data,
    brand_index,
    edit_distance,
    is_freemail,
    is_mixed_script,
    organisation_index,
    protected_domains,
    registrable_domain,
    skeleton,
    to_ascii,
    to_unicode,
)


@pytest.mark.parametrize(
    "host, registrable",
    [
        ("news.example.co.uk", "example.co.uk"),
        ("a.b.example.com.", "example.com"),
        ("impots.gouv.fr", "impots.gouv.fr"),
        ("docs.web.app", "web.app"),  # ICANN suffixes only, as DMARC wants
        ("localhost", "localhost"),
    ],
)
def test_registrable_domain_from_the_bundled_suffix_list(host, registrable):
    assert registrable_domain(host) == registrable


def test_idn_forms_both_ways():
    assert to_unicode("xn--pypal-4ve.com") == "pаypal.com"
    assert to_ascii("pаypal.com") == "xn--pypal-4ve.com"
    assert to_unicode("xn--broken--.com") == "xn--broken--.com"  # junk kept, never raised


def test_skeletons_see_through_homoglyphs():
    assert skeleton("rnicrosoft") == skeleton("microsoft")
    assert skeleton("micr0soft") == skeleton("microsoft")
    assert skeleton("pаypal") == skeleton("paypal")  # Cyrillic а
    assert skeleton("Société") == skeleton("societe")


def test_mixed_scripts_are_a_homograph_but_one_script_is_not():
    assert is_mixed_script("xn--pypal-4ve.com")
    assert not is_mixed_script("xn--80ak6aa92e.com")  # all Cyrillic
    assert not is_mixed_script("bücher.de")
    assert not is_mixed_script("example.com")


def test_edit_distance_counts_a_transposition_once():
    assert edit_distance("paypla", "paypal") == 1
    assert edit_distance("amazon", "amazno") == 1
    assert edit_distance("google", "gogle") == 1
    assert edit_distance("abcdef", "uvwxyz") == 3  # capped at limit + 1


@pytest.mark.parametrize(
    "host, target, kind",
    [
        ("xn--pypal-4ve.com", "paypal.com", "homoglyph"),
        ("rnicrosoft.com", "microsoft.com", "homoglyph"),
        ("paypa1.com", "paypal.com", "homoglyph"),
        ("pay-pal.com", "paypal.com", "hyphenation"),
        ("creditagricole.com", "credit-agricole.fr", "hyphenation"),
        ("paypal.co", "paypal.com", "tld-swap"),
        ("wellsfargo.net", "wellsfargo.com", "tld-swap"),
        ("amazzon.com", "amazon.com", "repetition"),
        ("amazonn.com", "amazon.com", "repetition"),
        ("amazn.com", "amazon.com", "omission"),
        ("amaz0nx.com", "amazon.com", "addition"),
        ("amaozn.com", "amazon.com", "transposition"),
        ("netflix-billing.com", "netflix.com", "combo"),
        ("secure-paypal-login.net", "paypal.com", "combo"),
        ("paypalsecure.com", "paypal.com", "combo"),
        ("microsfot-login.com", "microsoft.com", "combo"),
        ("dhl-tracking.com", "dhl.com", "combo"),
        ("ameli-remboursement.com", "ameli.fr", "combo"),
        ("paypal.com.secure-login.xyz", "paypal.com", "subdomain"),
        ("usps.com-trackpkg-us.top", "usps.com", "subdomain"),  # the brand's domain read across the dot
        ("www.laposte.fr-suivi-colis.info", "laposte.fr", "subdomain"),
    ],
)
def test_lookalikes_of_brands(host, target, kind):
    found = brand_index().match(host)

    assert (found.target, found.kind) == (target, kind)


@pytest.mark.parametrize(
    "host",
    [
        "paypal.com", "www.paypal.fr", "login.microsoftonline.com", "amazon.de", "apple.fr",  # the brands' own
        "example.com", "email.com", "ymail.com", "w3.org", "pm.org", "usa.net",  # real, unrelated
        "applebees.com", "pineapple.com", "start-ups.com", "follow-ups.io", "paper-chase.com", "orange.net",
        "key-ring.com", "secure-mail.com", "rain-cloud.com", "mail.info", "amelie.fr", "github.com",
    ],
)
def test_legitimate_and_unrelated_domains_are_no_lookalikes(host):
    assert brand_index().match(host) is None


def test_lookalikes_of_the_organisation():
    index = organisation_index(frozenset({"acme-corp.fr", "mail.acme-corp.fr"}))

    assert index.match("acme-c0rp.fr").kind == "homoglyph"
    assert index.match("acmecorp.fr").kind == "hyphenation"
    assert index.match("acme-crop.fr").kind == "transposition"
    assert index.match("acme-corp.com").kind == "tld-swap"
    assert index.match("acme-corp-group.com").kind == "combo"
    assert not index.match("acme-c0rp.fr").kind == "combo"
    assert index.match("intranet.acme-corp.fr") is None
    assert index.match("acme-group.com") is None


def test_the_organisations_whole_domain_in_a_strangers_subdomain_even_when_guessed_from_the_recipients():
    guessed = organisation_index(frozenset({"kerlann-industries.fr"}), configured=False)

    assert guessed.match("kerlann-industries-fr.renew-domain-center.top").kind == "subdomain"
    assert guessed.match("kerlann-industries.renew-domain-center.top") is None  # the name alone is not the domain
    assert guessed.match("kerlann-industries-group.com") is None  # added words: only when configured


def test_the_organisations_whole_domain_spelt_as_one_label_is_a_near_copy_even_when_guessed():
    guessed = organisation_index(frozenset({"westmere.ac.uk"}), configured=False)

    assert guessed.match("westmere-ac-uk.org").kind == "hyphenation"
    assert guessed.match("westmereacuk.com").kind == "hyphenation"
    assert guessed.match("westmere-uk.org") is None  # a part of the suffix: perhaps a sister body
    assert organisation_index(frozenset({"incaspro.es"}), configured=False).match("incaspro-es.com") is None


def test_invisible_characters_do_not_split_a_name():
    assert domains.fold("Micro\u200bsoft 365") == "microsoft 365"
    assert skeleton("Pay\u2060Pal") == skeleton("PayPal")


def test_brand_names_in_a_subdomain_or_a_path():
    assert brand_index().named_in("netflix-billing-update") == "Netflix"
    assert brand_index().named_in("/microsoft365/login.php") == "Microsoft"
    assert brand_index().named_in("/assets/img/logo.png") is None


def test_brand_ownership_includes_country_domains_but_not_lookalike_tlds():
    data = brand_data()

    assert data.owner("amazon.fr").name == "Amazon"
    assert data.owner("paypal.de").name == "PayPal"
    assert data.owner("paypal.co") is None
    assert data.owner("example.com") is None


def test_freemail_is_the_exact_domain():
    assert is_freemail("gmail.com") and is_freemail("orange.fr")
    assert not is_freemail("communication.orange.fr")
    assert not is_freemail("example.com")


def test_protected_domains_are_the_organisations_or_else_the_recipients():
    assert protected_domains(Context(organisation_domains=frozenset({"mail.acme.fr"}))) == {"acme.fr"}
    envelope = Envelope(rcpt_to=("bob@sales.example.org", "me@gmail.com", "x@paypal.com"))
    assert protected_domains(Context(envelope=envelope)) == {"example.org"}


def test_the_brand_list_is_well_formed():
    with open(domains.DATA / "brands.toml", "rb") as handle:
        raw = tomllib.load(handle)
    for entry in raw["brand"]:
        assert entry["names"] or entry.get("exact_names") or entry.get("acronyms"), entry["name"]
        for domain in entry["domains"]:
            assert registrable_domain(domain) == domain, f"{entry['name']}: {domain} is not a registrable domain"
        assert entry.get("combo", True) in (True, False, "first"), entry["name"]
    assert len(raw["brand"]) >= 60


def test_guessed_organisation_domains_only_count_near_copies():
    index = organisation_index(frozenset({"acme-corp.fr"}), configured=False)

    assert index.match("acme-c0rp.fr").kind == "homoglyph"
    assert index.match("acme-corp.com") is None
    assert index.match("acme-corp-group.com") is None


def test_a_federated_banks_member_domains_are_its_own_and_no_lookalike():
    data = domains.brand_data()
    assert data.owner("sparkasse-hannover.de").name == "Sparkasse"
    assert data.owner("sparkasse-hannover.com") is None  # members write under .de only
    assert domains.brand_index().match("sparkasse-hannover.de") is None
    assert domains.brand_index().match("sparkasse-sicherheit.com") is not None


def test_a_member_institutions_pattern_does_not_cover_a_phishing_word_after_the_name():
    assert brand_data().owner("sparkasse-hannover.de").name == "Sparkasse"
    assert brand_data().owner("sparkasse-pushtan-aktivierung.de") is None
    assert brand_index().match("sparkasse-pushtan-aktivierung.de").kind == "combo"
