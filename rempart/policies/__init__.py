"""Policies: what each organisation (and, as overrides, each domain) decided, and its lists."""
