"""`remind`, `calendar`, `settings` and `mail-language` on the command line.

`remind` is for a scheduled task: exit 0 when every message went, 1 when any failed
(those are tried again on the next run).
"""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from collections.abc import Callable
from datetime import date
from pathlib import Path

from skma_training.cli.output import format_cell, print_json, table
from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP, translate
from skma_training.services.context import Context
from skma_training.services.setting_values import BadSetting, allowed_values, checked

PASSWORD_KEY = "smtp_password"  # not a setting: it goes to the system keyring


class NoKeyring(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The password could not be stored in the system keyring ({reason}). "
                  "Set SKMA_TRAINING_SMTP_PASSWORD for the scheduled task instead.")


def add_commands(command: Callable[[str, str], ArgumentParser], parse_date) -> None:
    """The sub-commands, added to the main parser through its ``command`` helper."""
    p = command("remind", "e-mail what falls due (for a scheduled task): each message once")
    p.add_argument("--as-of", type=parse_date, default=None, help="the day to remind of (default today)")
    p.add_argument("--dry-run", action="store_true", help="show what would be sent; send nothing")
    p.add_argument("--digest", action="store_true",
                   help="also send the digests to HR and the heads today, whatever the weekday")
    p.add_argument("--resend-unconfirmed", action="store_true",
                   help="send again what a run killed mid-way left unconfirmed (it did not arrive)")
    p.add_argument("--json", action="store_true")

    p = command("calendar", "write the deadlines as an iCalendar file (.ics) for a calendar")
    p.add_argument("file")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--iin", default=None, help="only this employee")
    who.add_argument("--department", default=None, help="only this department (its name)")
    p.add_argument("--since", type=parse_date, default=None,
                   help="only what falls due on or after this date")

    from skma_training.cli.main import _common

    p = command("settings", "show or change the settings (those of the window's Settings)")
    actions = p.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[_common()], help="every setting and its value")
    show.add_argument("--json", action="store_true")
    change = actions.add_parser("set", parents=[_common()],
                                help="change one setting (checked; a bad value is refused)")
    change.add_argument("key")
    change.add_argument("value", help=f"the value; for {PASSWORD_KEY}, '-' reads it from the input")
    change.add_argument("--from", dest="effective_from", type=parse_date, default=None,
                        help="for a reading of the regulation (hours_mode, day_mode, ...): the day the "
                             "change takes effect (default today); earlier dates keep the old reading")

    p = command("mail-language", "the language of one employee's e-mails: kk, ru, or '' for the academy's")
    p.add_argument("iin")
    p.add_argument("language", choices=("kk", "ru", ""))


def run_remind(ctx: Context, args: Namespace) -> int:
    from skma_training.services.reminders import message_kind_label as label
    from skma_training.services.reminders import send_reminders

    report = send_reminders(ctx, args.as_of, dry_run=args.dry_run, digest=args.digest,
                            resend_unconfirmed=args.resend_unconfirmed)
    if args.json:
        print_json(report.as_json())
        return 0 if report.ok else 1
    title = (translate("Cli", "Would be sent (dry run, nothing was sent):") if args.dry_run
             else translate("Cli", "Sent:"))
    headers = [translate("Cli", "To"), translate("Cli", "What"), translate("Cli", "Subject")]
    sys.stdout.write(title + "\n")
    table(headers, [(m.recipient, label(m.kind), m.subject) for m in report.sent], max_width=60)
    if report.failed:
        sys.stdout.write("\n" + translate("Cli", "Not sent (tried again on the next run):") + "\n")
        table(headers + [translate("Cli", "Reason")],
              [(m.recipient, label(m.kind), m.subject, error) for m, error in report.failed], max_width=60)
    if report.unconfirmed:
        sys.stdout.write("\n" + translate(
            "Cli", "Interrupted while being sent earlier; not sent again (check with the recipient):") + "\n")
        table(headers, [(m.recipient, label(m.kind), m.subject) for m in report.unconfirmed], max_width=60)
    if report.no_address:
        sys.stdout.write("\n" + translate("Cli", "No e-mail address:") + "\n")
        table([translate("Cli", "Full name"), translate("Cli", "IIN"), translate("Cli", "Department"),
               translate("Cli", "What")],
              [(n.name, n.iin, n.department, label(n.kind)) for n in report.no_address])
    sys.stdout.write("\n" + translate(
        "Cli", "{sent} sent, {failed} failed, {skipped} already sent before; as of {date}.").format(
        sent=len(report.sent), failed=len(report.failed), skipped=report.skipped_already_sent,
        date=format_cell(report.as_of)) + "\n")
    return 0 if report.ok else 1


def run_calendar(ctx: Context, args: Namespace) -> int:
    from skma_training.services.calendar_export import export_calendar

    count = export_calendar(ctx, Path(args.file), ctx.today(), iin=args.iin,
                            department=args.department, since=args.since, lang=args.lang_resolved)
    sys.stdout.write(translate("Cli", "Written {path}: {count} events.").format(
        path=args.file, count=count) + "\n")
    return 0


def _shown(value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def run_settings(ctx: Context, args: Namespace) -> int:
    from skma_training.services.settings import SETTINGS, plain_value

    if args.settings_action == "show":
        values = ctx.settings()
        if args.json:
            print_json({"settings": [
                {"key": key, "value": plain_value(key, values[key]), "type": spec.type,
                 "label": translate("Settings", spec.label), "allowed": allowed_values(spec)}
                for key, spec in SETTINGS.items()]})
            return 0
        table([translate("Cli", "Setting"), translate("Cli", "Value"), translate("Cli", "What")],
              [(key, _shown(plain_value(key, values[key])), translate("Settings", spec.label))
               for key, spec in SETTINGS.items()],
              max_width=60)
        return 0
    key, value = args.key.strip(), args.value
    if key == PASSWORD_KEY:
        return _store_password(ctx, value)
    checked(key, value, (PASSWORD_KEY,))
    from skma_training.services.editing import update_settings

    stored = update_settings(ctx, {key: value}, effective_from=args.effective_from)
    sys.stdout.write(f"{key} = {_shown(plain_value(key, stored[key]))}\n")
    return 0


def _store_password(ctx: Context, value: str) -> int:
    from skma_training.services.mailer import store_smtp_password

    user = ctx.settings().get("smtp_user") or ""
    if not user:
        raise BadSetting(value="***", key=PASSWORD_KEY,
                         allowed=translate("Cli", "first set smtp_user, whose password it is"))
    password = sys.stdin.readline().rstrip("\r\n") if value == "-" else value
    try:
        store_smtp_password(user, password)
    except Exception as error:  # no keyring backend on this machine
        raise NoKeyring(reason=type(error).__name__) from error
    sys.stdout.write(translate("Cli", "The password of {user} is kept in the system keyring.").format(
        user=user) + "\n")
    return 0


def run_mail_language(ctx: Context, args: Namespace) -> int:
    from skma_training.services.reminders import set_employee_language

    set_employee_language(ctx, args.iin, args.language)
    sys.stdout.write(f"{args.iin}: {args.language or '-'}\n")
    return 0


HANDLERS = {
    "remind": run_remind,
    "calendar": run_calendar,
    "settings": run_settings,
    "mail-language": run_mail_language,
}
