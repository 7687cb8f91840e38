"""`skma-training COMMAND ...`: the register from the command line, for automation.

Exit codes: 0 success; 1 the input was rejected and nothing changed;
2 wrong usage; 3 an unexpected error (logged, with the log file named).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from datetime import date

from skma_training import __version__
from skma_training.errors import KnownError
from skma_training.i18n import LANGUAGES, normalize_language, set_language, system_language, translate

log = logging.getLogger(__name__)
EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
CLI_WRITE_WAIT_S = 600


def parse_date(text: str) -> date:
    value = text.strip()
    try:
        if "." in value:
            day, month, year = (int(p) for p in value.split("."))
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)") from None


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help="database file or SQLAlchemy URL (default: $SKMA_TRAINING_DB or the user data folder)")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of messages and files: kk, ru or en")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="skma-training",
        description="Professional development register of South Kazakhstan Medical Academy. "
                    "Without a command, the desktop application opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--demo", action="store_true",
                        help="open the desktop application on a temporary demo academy")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    p = command("import", "import staff and activities from an .xlsx, .xls or .ods workbook (all or nothing)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="validate only; change nothing")
    p.add_argument("--history-date", type=parse_date, default=None,
                   help="deadlines due before this day are history (default: set on the first import "
                        "to the earlier of 1 January and 120 days before)")

    p = command("export", "export staff, activities and compliance as of a date to .xlsx")
    p.add_argument("file")
    p.add_argument("--as-of", type=parse_date, default=None, help="date of the compliance sheet (default today)")

    p = command("template", "write an empty exchange workbook with the labels of a language")
    p.add_argument("file")

    p = command("check", "the 3-year checks of every employee as of a date")
    p.add_argument("--as-of", type=parse_date, default=None)
    p.add_argument("--department", default=None, help="only this department (its name)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pretty", action="store_true", help="indented JSON, for people to read")

    p = command("deadlines", "applications, reports and the plan: due dates and states")
    p.add_argument("--as-of", type=parse_date, default=None)
    p.add_argument("--state", action="append", choices=("pending", "overdue", "done", "late"),
                   help="only these states (repeatable)")
    history = p.add_mutually_exclusive_group()
    history.add_argument("--all", action="store_true",
                         help="also what was due before the register's history date")
    history.add_argument("--since", type=parse_date, default=None,
                         help="only what falls due on or after this date (instead of the history date)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pretty", action="store_true", help="indented JSON, for people to read")

    p = command("credits", "healthcare CPD credit units of one employee over 5 years")
    p.add_argument("iin")
    p.add_argument("--as-of", type=parse_date, default=None)
    p.add_argument("--json", action="store_true")
    p.add_argument("--pretty", action="store_true", help="indented JSON, for people to read")

    from skma_training.services.printing import DOCUMENT_IDS

    p = command("print", "print a document in Kazakh or Russian (--lang kk|ru) as PDF, the tables "
                         "also as .xlsx: " + ", ".join(DOCUMENT_IDS))
    p.add_argument("document", metavar="ID", choices=DOCUMENT_IDS, help=", ".join(DOCUMENT_IDS))
    p.add_argument("--out", required=True, help="the file to write: .pdf, or .xlsx for plan, "
                                                "hr-list, department-summary, management-report")
    p.add_argument("--year", type=int, default=None,
                   help="the plan's year (default next year); the year of hr-list, "
                        "management-report, department-summary (default this year)")
    p.add_argument("--as-of", type=parse_date, default=None,
                   help="the date the document speaks of (default today)")
    p.add_argument("--iin", default=None,
                   help="the employee (cpd-form; application and reports: their latest PD)")
    p.add_argument("--department", default=None,
                   help="the department, by its name in either language")
    p.add_argument("--activity", type=int, action="append", default=None,
                   help="the activity's number; repeat it for several papers in one PDF")
    p.add_argument("--doc-lang", choices=("kk", "ru"), default=None,
                   help="the document's language when the messages are in another (--lang en)")

    p = command("demo", "fill an empty database with the demo academy")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--staff", type=int, default=450)

    from skma_training.cli import remind_commands

    remind_commands.add_commands(command, parse_date)
    from skma_training.cli import server_commands

    server_commands.add_parsers(command, common, parse_date)
    from skma_training.cli import backup_commands

    backup_commands.add_commands(command)
    return parser


def _message(error: KnownError) -> str:
    from skma_training.cli.failures import advice

    return error.message() + advice(error)


def run(argv: list[str] | None = None, *, today: Callable[[], date] | None = None) -> int:
    """Run one command; ``today`` is the clock (tests pass a fixed one, the program the system's)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # usage error (2, with the list of commands) or --help/--version (0)
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    from skma_training.logs import setup_logging

    log_path = setup_logging()
    set_language(args.lang or system_language())
    from skma_training.cli import output

    output.PRETTY = getattr(args, "pretty", False)
    try:
        from skma_training.fileio import remove_interrupted

        remove_interrupted()  # what a killed export, print or backup left behind
        return _dispatch(args, today or date.today)
    except KnownError as error:
        sys.stderr.write(_message(error) + "\n")
        return EXIT_REJECTED
    except KeyboardInterrupt:
        return EXIT_REJECTED
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        from skma_training.cli.failures import known_failure
        from skma_training.persistence.database import known_database_error

        # locked, full, read-only, damaged; the shared server refusing a head's change...
        known = known_failure(error, getattr(args, "db", None)) or known_database_error(error)
        if known is not None:  # say what happened
            log.info("refused %s: %s", args.command, known.message("en"))
            sys.stderr.write(_message(known) + "\n")
            return EXIT_REJECTED
        # a bug: log it whole, tell the user where
        log.exception("unexpected error in %s", args.command)
        text = translate("Cli", "Unexpected error; nothing was changed. Details are in {path}")
        sys.stderr.write(text.format(path=log_path or "the log") + "\n")
        return EXIT_BUG


def _dispatch(args: argparse.Namespace, today: Callable[[], date]) -> int:
    from skma_training.cli import backup_commands, commands, printing, remind_commands

    args.lang_resolved = normalize_language(args.lang) or system_language()
    if args.command == "template":
        return commands.run_template(args)

    from skma_training.cli.failures import OPEN_MODES
    from skma_training.persistence.database import open_database, resolve_url, sqlite_path
    from skma_training.services.context import Context

    if args.command in ("server", "users"):
        path = sqlite_path(resolve_url(args.db))
        if path is not None:  # said before any file is opened, let alone created
            from skma_training.services.users import NeedsServer

            sys.stderr.write(NeedsServer(path=str(path)).message() + "\n")
            return EXIT_USAGE

    create, need_write = OPEN_MODES.get(args.command, (False, False))
    from skma_training.cli.background_check import READING_COMMANDS, open_for_reading

    sound = None
    if args.command in READING_COMMANDS and not need_write:  # checked for damage while it reads
        database, sound = open_for_reading(args.db, create=create, need_write=need_write)
    else:
        database = open_database(args.db, create=create, need_write=need_write,
                                 migrate=args.command != "restore")  # restore may mend an unreadable one
    args.sound_check = sound
    try:
        ctx = Context(database, today=today)
        database.wait_for_writers(CLI_WRITE_WAIT_S)  # a second import waits for the first to finish
        if database.read_only:  # a reading command on a damaged or read-only register: say so, go on
            from skma_training.errors import read_only_label

            sys.stderr.write(translate("Cli", "Warning: the register {path} is open read-only ({reason}).").format(
                path=database.path, reason=read_only_label(database.read_only)) + "\n")
        if not args.lang:
            stored = ctx.settings().get("language")
            if stored:
                args.lang_resolved = set_language(stored)
        if args.command != "restore" and sound is None:
            from skma_training.services.backup import daily_backup_if_due

            daily_backup_if_due(ctx)
        if getattr(args, "as_of", None) is None and hasattr(args, "as_of"):
            args.as_of = ctx.today()
        from skma_training.cli import server_commands

        if args.command in server_commands.COMMANDS:
            return server_commands.dispatch(ctx, args)
        handler = {
            "import": commands.run_import,
            "export": commands.run_export,
            "check": commands.run_check,
            "deadlines": commands.run_deadlines,
            "credits": commands.run_credits,
            "demo": commands.run_demo,
            "print": printing.run_print,
            **remind_commands.HANDLERS,
            "backup": backup_commands.run,
            "restore": backup_commands.run,
        }[args.command]
        code = handler(ctx, args)
        if sound is not None:  # the day's backup once the file is known to be whole
            sound.settle()
            from skma_training.services.backup import daily_backup_if_due

            daily_backup_if_due(ctx)
        return code
    finally:
        if sound is not None:
            try:
                sound.settle()
            except Exception:  # noqa: BLE001 - the command's own error is the one to report
                pass
        database.dispose()
