"""Entry point: `skma-training` (or `python -m skma_training`).

With a command, the command line runs; without one, the desktop application opens.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    wants_gui = not any(not a.startswith("-") for a in args) and not any(
        a in ("-h", "--help", "--version") for a in args
    )
    if wants_gui:
        from skma_training.gui.launcher import launch

        return launch(args)
    from skma_training.cli.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
