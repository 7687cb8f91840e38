"""Frozen entry point of the command line: always the command line, never the window."""

import sys

from skma_training.cli.main import run

sys.exit(run(sys.argv[1:]))
