"""French and English: the browser's language, or the one chosen in the menu."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.db


def test_pages_follow_the_browsers_language(as_role, alpha):
    client = as_role("alice")

    french = client.get(reverse("console:organisation_policy", args=[alpha.pk]), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    english = client.get(reverse("console:organisation_policy", args=[alpha.pk]), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Politique effective" in french and "Sensibilité au spam" in french and "valeur par défaut" in french
    assert "Effective policy" in english and "Spam sensitivity" in english


def test_the_language_can_be_chosen_in_the_menu(as_role):
    client = as_role("bob")

    response = client.post(reverse("set_language"), {"language": "fr", "next": reverse("console:dashboard")})

    assert response["Location"] == reverse("console:dashboard")
    assert "Tableau de bord" in client.get(reverse("console:dashboard")).content.decode()


def test_the_login_pages_are_translated_too(client, alpha):
    page = client.get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()

    assert "Se connecter" in page and "Mot de passe" in page
