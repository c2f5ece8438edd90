"""Remembering answers about header values, which several stages ask about the same message."""

from __future__ import annotations

import functools

MAX_REMEMBERED_CHARS = 2048  # longer values (hostile headers) are answered but not kept


def remembered(function):
    """Cache a function of one header-sized string, or of a tuple of them.

    The same From, Return-Path or Received hop is read by the envelope, the
    sender and bulk stages and the content model. Long values are not kept,
    so the cache stays small whatever the mail.
    """
    cached = functools.lru_cache(maxsize=4096)(function)

    @functools.wraps(function)
    def read(value):
        if isinstance(value, str):
            size = len(value)
        elif isinstance(value, tuple) and all(isinstance(item, str) for item in value):
            size = sum(map(len, value))
        else:
            return function(value)
        return cached(value) if size <= MAX_REMEMBERED_CHARS else function(value)

    read.cache_clear = cached.cache_clear
    return read
