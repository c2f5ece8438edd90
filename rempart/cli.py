"""The ``rempart`` command: thin wrappers around functions usable from Python.

Exit status 0 on success, 2 on bad usage, 1 on any other error, with one
clear line on stderr (DESIGN.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Sequence

from rempart.config import ConfigError, Settings
from rempart.errors import CommandError, UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's default prints usage; we keep one line
        raise UsageError(f"{self.prog}: {message}")


def _setup_django(settings: Settings, migrate: bool = True) -> None:
    from rempart.web import setup

    setup(settings, migrate=migrate)


# -- platform ---------------------------------------------------------------

def cmd_serve(args, settings: Settings) -> int:
    from rempart import runner

    return runner.serve(settings)


def cmd_gateway(args, settings: Settings) -> int:
    from rempart import runner

    return runner.gateway(settings)


def cmd_bootstrap(args, settings: Settings) -> int:
    """Create or migrate the database; on a fresh install, say how to add the first domain and admin."""
    _setup_django(settings)
    from rempart.tenants import commands

    if not commands.domain_list():
        print(
            "No domain is configured yet. To receive mail for your domain and log in:\n"
            "  rempart domain add example.com --route mail.example.com:25 --organisation Example\n"
            "  rempart user add you@example.com --role org-admin --organisation Example\n"
            f"(data folder: {settings.data_dir.resolve()})"
        )
    return 0


# -- tenants ----------------------------------------------------------------

def cmd_domain_add(args, settings: Settings) -> int:
    from rempart.config import parse_hostport

    try:
        host, port = parse_hostport(args.route, 25)
    except ConfigError as exc:
        raise UsageError(f"--route {exc}") from None
    _setup_django(settings)
    from rempart.tenants import commands

    domain = commands.domain_add(
        args.domain, host=host, port=port, tls=args.tls, organisation=args.organisation,
        recipients=args.recipient or None,
    )
    print(f"{domain.name} -> {domain.route_host}:{domain.route_port} (tls {domain.route_tls}), organisation {domain.organisation.name}")
    return 0


def cmd_domain_list(args, settings: Settings) -> int:
    _setup_django(settings)
    from rempart.tenants import commands

    rows = commands.domain_list()
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            print(f"{row['name']}\t{row['route']}\ttls={row['tls']}\t{row['organisation']}")
    return 0


def cmd_organisation_add(args, settings: Settings) -> int:
    _setup_django(settings)
    from rempart.tenants import commands

    org = commands.organisation_add(args.name, provider=args.provider)
    print(f"organisation {org.name}" + (f" (provider {org.provider.name})" if org.provider_id else ""))
    return 0


def cmd_user_add(args, settings: Settings) -> int:
    _setup_django(settings)
    from rempart.tenants import commands

    link = commands.user_add(args.email, role=args.role, organisation=args.organisation, provider=args.provider)
    print(link)
    return 0


def cmd_token_create(args, settings: Settings) -> int:
    _setup_django(settings)
    from rempart.tenants import commands

    token = commands.token_create(args.email, organisation=args.organisation, provider=args.provider,
                                  expires_days=args.expires_days)
    print(token)  # stdout is the bare token, for scripts
    print(f"token for {args.email}, role {token.role} in {token.tenant}; it is shown only once", file=sys.stderr)
    return 0


# -- queue ------------------------------------------------------------------

def cmd_queue(args, settings: Settings) -> int:
    from rempart.gateway.queue import NotQueued, Queue

    queue = Queue(settings.queue_dir)
    try:
        if args.action == "list":
            entries = queue.entries()
            if args.json:
                print(json.dumps([_queue_row(e) for e in entries], indent=2))
            else:
                for e in entries:
                    row = _queue_row(e)
                    print(f"{row['id']}\t{row['from'] or '<>'}\t{','.join(row['pending'])}\t"
                          f"attempts={row['attempts']}\tnext={row['next_attempt']}\t{row['last_error']}")
                print(f"{len(entries)} message(s) queued")
        elif args.action == "retry":
            count = queue.retry_now(args.id)
            print(f"{count} message(s) scheduled for delivery now")
        elif args.action == "remove":
            if not args.id:
                raise UsageError("queue remove: give the id of the message to remove")
            queue.remove(args.id)
            print(f"{args.id} removed")
    except NotQueued as exc:
        raise CommandError(f"no queued message with id {exc}") from None
    return 0


def _queue_row(entry) -> dict:
    import datetime as dt

    def when(ts: float) -> str:
        return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    return {
        "id": entry.id,
        "from": entry.mail_from,
        "pending": [r.address for r in entry.pending],
        "attempts": entry.attempts,
        "received_at": when(entry.received_at),
        "next_attempt": when(entry.next_attempt),
        "last_error": entry.last_error,
        "size": entry.size,
    }


# -- scan -------------------------------------------------------------------

def cmd_scan(args, settings: Settings) -> int:
    from rempart.scan import scan_paths

    learning = known = None
    if args.organisation:
        learning, known = _organisation_memory(args.organisation, settings)
    failures = scan_paths(
        args.paths, settings, as_json=args.json, ip=args.ip, helo=args.helo,
        mail_from=args.mail_from, rcpt=args.rcpt or [], learning=learning, known_senders=known,
    )
    return 1 if failures else 0


def _organisation_memory(reference: str, settings: Settings):
    """What the organisation (by name, or by id) learnt from feedback and the senders it knows.

    Either is None when there is nothing yet (no feedback; too little tracked mail).
    """
    _setup_django(settings)
    from rempart.feedback import service
    from rempart.gateway.senders import KnownSenders
    from rempart.tenants.models import Organisation
    from rempart.tracking.senders import SenderHistory

    found = Organisation.objects.filter(name__iexact=reference).first()
    if found is None and reference.isdigit():
        found = Organisation.objects.filter(pk=int(reference)).first()
    if found is None:
        raise CommandError(f"no organisation named {reference!r}")
    try:
        learning = service.organisation_learning(found)
    except service.LearningDamaged as exc:
        raise CommandError(str(exc)) from None
    senders = KnownSenders()
    senders.merge(SenderHistory(organisation_id=found.pk).read())
    return learning, senders.known_for(found.pk)


# -- parser -----------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rempart", description="Rempart email-security platform")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    sub.add_parser("serve", help="run the whole platform (gateway, web, jobs)").set_defaults(func=cmd_serve)
    sub.add_parser("gateway", help="run the SMTP gateway alone").set_defaults(func=cmd_gateway)
    sub.add_parser("bootstrap", help="create or migrate the database and say what to do next").set_defaults(
        func=cmd_bootstrap)

    domain = sub.add_parser("domain", help="domains accepted for inbound mail").add_subparsers(
        dest="action", required=True, parser_class=_Parser)
    add = domain.add_parser("add", help="accept mail for a domain and route it")
    add.add_argument("domain")
    add.add_argument("--route", required=True, metavar="HOST:PORT")
    add.add_argument("--tls", choices=["off", "on", "required"], default="on")
    add.add_argument("--organisation", metavar="NAME")
    add.add_argument("--recipient", action="append", metavar="ADDR",
                     help="a known recipient (repeatable); when given, others are refused")
    add.set_defaults(func=cmd_domain_add)
    lst = domain.add_parser("list", help="list domains")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_domain_list)

    org = sub.add_parser("organisation", help="organisations").add_subparsers(
        dest="action", required=True, parser_class=_Parser)
    org_add = org.add_parser("add")
    org_add.add_argument("name")
    org_add.add_argument("--provider", metavar="NAME")
    org_add.set_defaults(func=cmd_organisation_add)

    user = sub.add_parser("user", help="people").add_subparsers(dest="action", required=True, parser_class=_Parser)
    user_add = user.add_parser("add")
    user_add.add_argument("email")
    user_add.add_argument("--role", required=True, choices=["provider-admin", "org-admin", "auditor", "user"])
    user_add.add_argument("--organisation", metavar="NAME")
    user_add.add_argument("--provider", metavar="NAME")
    user_add.set_defaults(func=cmd_user_add)

    token = sub.add_parser("token", help="API tokens").add_subparsers(dest="action", required=True, parser_class=_Parser)
    token_create = token.add_parser("create")
    token_create.add_argument("email")
    token_create.add_argument("--organisation", metavar="NAME")
    token_create.add_argument("--provider", metavar="NAME")
    token_create.add_argument("--expires-days", type=int, metavar="DAYS", help="the token stops working after DAYS")
    token_create.set_defaults(func=cmd_token_create)

    queue = sub.add_parser("queue", help="the delivery queue")
    queue.add_argument("action", choices=["list", "retry", "remove"])
    queue.add_argument("id", nargs="?")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(func=cmd_queue)

    scan = sub.add_parser("scan", help="scan messages (files, folders, mbox)")
    scan.add_argument("paths", nargs="+", metavar="PATH")
    scan.add_argument("--json", action="store_true")
    scan.add_argument("--ip")
    scan.add_argument("--helo")
    scan.add_argument("--from", dest="mail_from", metavar="ADDR")
    scan.add_argument("--rcpt", action="append", metavar="ADDR")
    scan.add_argument("--organisation", metavar="NAME", help="score with what this organisation's filter learnt "
                      "from feedback (name or id; reads the database)")
    scan.set_defaults(func=cmd_scan)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        settings = Settings.from_env()
        func: Callable = args.func
        return func(args, settings)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except ConfigError as exc:
        print(f"rempart: configuration: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"rempart: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # the last edge: one line, not a traceback
        print(f"rempart: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
