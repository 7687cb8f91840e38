"""`skma-training backup [--to DIR]` and `skma-training restore FILE`.

On a database server both print the server's own commands (pg_dump, pg_restore) instead.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from skma_training.i18n import translate



def add_commands(command) -> None:
    """Called from cli.main.build_parser with its ``command(name, help)`` helper."""
    p = command("backup", "a verified copy of the register (default: backups/ beside it)")
    p.add_argument("--to", default=None, metavar="DIR", help="the folder for the copy, e.g. another drive")
    p = command("restore", "replace the register with a backup, after checking it; "
                           "the current register is kept in backups/")
    p.add_argument("file")


def run(ctx, args: argparse.Namespace) -> int:
    if ctx.database.path is None:
        return _server_advice(ctx.database.url, args)
    if args.command == "backup":
        from skma_training.errors import RegisterDamaged
        from skma_training.persistence.database import READ_ONLY_DAMAGED, quick_check
        from skma_training.services.backup import backup_database

        if ctx.database.read_only == READ_ONLY_DAMAGED:  # a copy of the damage is no backup
            raise RegisterDamaged(path=str(ctx.database.path), reason=quick_check(ctx.database.engine) or "?")

        copy = backup_database(ctx, Path(args.to) if args.to else None)
        sys.stdout.write(translate("Cli", "Backed up and verified: {path}").format(path=copy) + "\n")
        return 0
    from skma_training.services.restore import restore_backup

    restored = restore_backup(ctx, Path(args.file))
    sys.stdout.write(translate("Cli", "Restored {path} from {backup}. The register as it was is kept in {previous}.")
                     .format(path=ctx.database.path, backup=restored.backup, previous=restored.previous) + "\n")
    return 0


def postgres_commands(url: str, file: str) -> tuple[list[str], list[str]]:
    """The exact pg_dump and pg_restore command lines for a server database."""
    parsed = make_url(url)
    where = ["--host", parsed.host or "localhost", "--port", str(parsed.port or 5432)]
    if parsed.username:
        where += ["--username", parsed.username]
    name = parsed.database or ""
    dump = ["pg_dump", *where, "--format=custom", "--file", file, name]
    restore = ["pg_restore", *where, "--clean", "--if-exists", "--single-transaction", "--dbname", name, file]
    return dump, restore


def _server_advice(url: str, args: argparse.Namespace) -> int:
    file = getattr(args, "file", None) or str(Path(args.to or ".") / "skma-training.dump")
    dump, restore = postgres_commands(url, file)
    text = (translate("Cli", "This register is on a PostgreSQL server; use the server's own tools.")
            + "\n" + translate("Cli", "Back up:") + "\n  " + shlex.join(dump)
            + "\n" + translate("Cli", "Restore (replaces the database's content):") + "\n  " + shlex.join(restore)
            + "\n")
    sys.stdout.write(text)
    return 1
