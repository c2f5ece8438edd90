"""Tracking: every message the gateway received and every attempt to deliver it."""
