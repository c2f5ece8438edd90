"""What the console's menu shows a person, from the same rules as the pages (Principal)."""

from __future__ import annotations

from django import template

from rempart.console.scoping import own_mailboxes, principal

register = template.Library()


@register.simple_tag(takes_context=True)
def console_nav(context) -> dict:
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return {}
    person = principal(request)
    return {
        "organisations": person.organisations("view").exists(),
        "audit": person.organisations("audit").exists(),
        "mailbox": own_mailboxes(person).exists(),
    }


@register.filter
def get(mapping, key):
    """``mapping|get:key`` — a dictionary value by a key held in a variable."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def get_source(sources, key):
    """The name of a policy level (organisation, domain, mailbox) in the person's language."""
    return sources.get(key, key)
