"""Logging in: allauth with email and password, mandatory TOTP for admin roles, SSO per organisation."""
