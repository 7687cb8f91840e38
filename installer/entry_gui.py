"""Frozen entry point of the desktop application."""

import sys

from skma_training.__main__ import main

sys.exit(main())
