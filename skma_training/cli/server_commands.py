"""`server init`, `users add|list|set-role|disable` and `audit`: the shared register from the command line."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace

from skma_training.cli.output import format_cell, print_json, table
from skma_training.errors import KnownError
from skma_training.i18n import translate

COMMANDS = ("server", "users", "audit")
EXIT_USAGE = 2


def add_parsers(command, common, parse_date) -> None:
    """Called from cli/main.py's build_parser with its ``command(name, help)`` factory."""
    from skma_training.services.users import ROLES

    p = command("server", "the shared PostgreSQL register: `server init` (as the database owner)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("init", parents=[common], help="migrate, create the group roles, "
                       "policies and grants; safe to run again")

    p = command("users", "people who log in to the shared register (PostgreSQL login roles)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("add", parents=[common],
                           help="a new login; the password is read from standard input, or asked twice")
    a.add_argument("login")
    a.add_argument("--role", required=True, choices=ROLES)
    a.add_argument("--department", action="append", default=[],
                   help="a department a head sees (repeatable; its name in any language)")
    a.add_argument("--full-name", default="")
    a = actions.add_parser("list", parents=[common], help="the users, their roles and departments")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("set-role", parents=[common], help="another role (and departments)")
    a.add_argument("login")
    a.add_argument("--role", required=True, choices=ROLES)
    a.add_argument("--department", action="append", default=None)
    a = actions.add_parser("disable", parents=[common], help="the login can no longer connect")
    a.add_argument("login")

    p = command("audit", "who changed what, when: the audit trail")
    p.add_argument("--table", default=None, help="only this table (employee, activity, plan_item, ...)")
    p.add_argument("--id", type=int, default=None, help="only this row")
    p.add_argument("--user", default=None, help="only this login")
    p.add_argument("--since", type=parse_date, default=None, help="from this day on (UTC)")
    p.add_argument("--json", action="store_true")


def dispatch(ctx, args: Namespace) -> int:
    from skma_training.services.users import NeedsServer

    try:
        if args.command == "server":
            return _server_init(ctx)
        if args.command == "users":
            return {"add": _users_add, "list": _users_list, "set-role": _users_set_role,
                    "disable": _users_disable}[args.action](ctx, args)
        return _audit(ctx, args)
    except NeedsServer as error:
        sys.stderr.write(error.message() + "\n")
        return EXIT_USAGE


def _server_init(ctx) -> int:
    from skma_training.services.server import init_server

    groups = init_server(ctx)
    sys.stdout.write(translate("Cli", "The register is up to date; group roles: {roles}.")
                     .format(roles=", ".join(groups)) + "\n")
    return 0


def read_password(stdin=None) -> str:
    """From standard input when it is not a terminal (one line), else asked twice."""
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        return stdin.readline().rstrip("\r\n")
    first = getpass.getpass(translate("Cli", "New password: "))
    second = getpass.getpass(translate("Cli", "The same password again: "))
    if first != second:
        raise KnownError(translate("Cli", "The two passwords differ; nothing was changed."))
    return first


def _users_add(ctx, args) -> int:
    from skma_training.services.users import add_user, require_server

    require_server(ctx)
    user = add_user(ctx, args.login, args.role, read_password(), args.department, args.full_name)
    sys.stdout.write(translate("Cli", "Added {login} ({role}).").format(login=user.login, role=user.role) + "\n")
    return 0


def _users_list(ctx, args) -> int:
    from skma_training.services.users import list_users

    users = list_users(ctx)
    if args.json:
        print_json([u.as_json() for u in users])
        return 0
    table([translate("Cli", "Login"), translate("Cli", "Name"), translate("Cli", "Role"),
           translate("Cli", "Departments"), translate("Cli", "State")],
          [(u.login, u.full_name, u.role, "; ".join(u.departments),
            translate("Cli", "disabled") if u.disabled or not u.can_log_in else translate("Cli", "active"))
           for u in users], max_width=50)
    return 0


def _users_set_role(ctx, args) -> int:
    from skma_training.services.users import set_role

    user = set_role(ctx, args.login, args.role, args.department)
    sys.stdout.write(translate("Cli", "{login} is now {role}.").format(login=user.login, role=user.role) + "\n")
    return 0


def _users_disable(ctx, args) -> int:
    from skma_training.services.users import disable

    user = disable(ctx, args.login)
    sys.stdout.write(translate("Cli", "{login} can no longer log in.").format(login=user.login) + "\n")
    return 0


def _changes(event) -> str:
    if event.before is None and event.after is None:
        return ""
    if event.action == "update":
        return "; ".join(f"{k}: {format_cell(event.before.get(k))} → {format_cell(event.after.get(k))}"
                         for k in event.after)
    return ""


def _audit(ctx, args) -> int:
    from skma_training.services.audit import history

    events = history(ctx, table=args.table, entity_id=args.id, user=args.user, since=args.since)
    if args.json:
        print_json([e.as_json() for e in events])
        return 0
    table([translate("Cli", "When (UTC)"), translate("Cli", "User"), translate("Cli", "Action"),
           translate("Cli", "Table"), translate("Cli", "Row"), translate("Cli", "What"),
           translate("Cli", "Changes")],
          [(e.occurred_at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, e.action, e.entity,
            e.entity_id, e.summary, _changes(e)) for e in events], max_width=60)
    return 0
