"""Tenants: providers (MSPs), organisations, their domains and mailboxes, and who may do what."""
