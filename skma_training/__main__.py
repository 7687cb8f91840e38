"""Entry point: `skma-training` (or `python -m skma_training`).

With a command, the command line runs; without one, the desktop application opens.
"""

from __future__ import annotations

import sys

COMMANDS = frozenset({"import", "export", "template", "check", "deadlines", "credits", "demo", "print",
                      "remind", "calendar", "settings", "mail-language", "server", "users", "audit"})


def wants_command_line(args: list[str]) -> bool:
    return any(a in COMMANDS for a in args) or any(a in ("-h", "--help", "--version") for a in args)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # started as a workbook-reading child (exchange/isolation.py)
        import multiprocessing

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    if not wants_command_line(args):
        from skma_training.gui.launcher import launch

        return launch(args)
    from skma_training.cli.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
