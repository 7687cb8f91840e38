"""Starting several command-line runs at the same moment (for the two-writers tests and scripts/faults.py).

Each child imports the application first, then waits for a "go" file, so the
runs really overlap instead of being spread out by interpreter start-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import os, sys, time
from skma_training.cli.main import run
import skma_training.services.importing, skma_training.persistence.migrations_runner
go = sys.argv[1]
open(sys.argv[2], "w").close()
while not os.path.exists(go):
    time.sleep(0.005)
sys.exit(run(sys.argv[3:]))
"""


def run_together(argvs: list[list[str]], folder: Path, env: dict | None = None) -> list[tuple[int, str]]:
    """Run ``skma-training ARGS`` for each argv at once; returns (exit code, stderr) of each."""
    go = folder / f"go-{time.monotonic_ns()}"
    children = []
    for index, argv in enumerate(argvs):
        ready = folder / f"{go.name}.ready{index}"
        children.append((ready, subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(go), str(ready), *argv], cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **(env or {})})))
    while not all(ready.exists() or child.poll() is not None for ready, child in children):
        time.sleep(0.01)
    go.touch()
    results = []
    for ready, child in children:
        _out, err = child.communicate(timeout=120)
        results.append((child.returncode, err))
        ready.unlink(missing_ok=True)
    go.unlink()
    return results
