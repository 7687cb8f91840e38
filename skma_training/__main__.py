"""Entry point: `skma-training` (or `python -m skma_training`).

With a command, the command line runs; without one, the desktop application opens.
"""

from __future__ import annotations

import sys

COMMANDS = frozenset({"import", "export", "template", "check", "deadlines", "credits", "demo", "print",
                      "remind", "calendar", "settings", "mail-language", "server", "users", "audit",
                      "backup", "restore"})
# options of the window (and Qt's own) that take a value: the value is not a command
_VALUE_OPTIONS = frozenset({"--db", "--lang", "-platform", "-style", "-stylesheet", "-session", "-display",
                            "-qwindowgeometry", "-qwindowtitle", "-qwindowicon", "-plugin", "-platformtheme"})


def wants_command_line(args: list[str]) -> bool:
    """Any word that is not an option means a command: a misspelt one (``chek``) goes to the command
    line too, which answers with usage and the list of commands (exit 2) instead of a window that a
    scheduled task would wait on for ever."""
    if any(a in ("-h", "--help", "--version") for a in args):
        return True
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return True
    return False


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
