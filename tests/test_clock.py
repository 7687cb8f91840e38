"""The command line gives the same answers whatever the machine's date (issue 7, section 0).

The whole CLI contract runs in a child process under libfaketime, once on the day
the suite first failed (2 December 2026) and once a year later; with explicit dates
every answer must be the same. Nothing in the suite may depend on the real date.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "tests" / "data" / "sample-roster-ru.xls"
FAKETIME = shutil.which("faketime")

pytestmark = pytest.mark.skipif(FAKETIME is None, reason="libfaketime (Debian: faketime) is not installed")


def _contract(tmp_path: Path, machine_date: str) -> dict:
    folder = tmp_path / machine_date
    folder.mkdir()
    # a suite itself run under faketime must not stack its clock on the one set here
    outer = {k: v for k, v in os.environ.items() if not k.startswith("FAKETIME") and k != "LD_PRELOAD"}
    env = {**outer, "SKMA_TRAINING_DB": str(folder / "r.sqlite3"),
           "SKMA_TRAINING_LOG_DIR": str(folder), "PYTHONPATH": str(ROOT), "SKMA_TRAINING_LANG": "en"}

    def run(*args: str) -> str:
        result = subprocess.run([FAKETIME, f"{machine_date} 09:00:00", sys.executable, "-m", "skma_training",
                                 *args], capture_output=True, text=True, env=env, cwd=folder, timeout=120)
        assert result.returncode == 0, result.stderr
        return result.stdout

    # the child really sees the moved clock
    seen = subprocess.run([FAKETIME, f"{machine_date} 09:00:00", sys.executable, "-c",
                           "import datetime; print(datetime.date.today())"],
                          capture_output=True, text=True, env=outer, timeout=60).stdout.strip()
    assert seen == machine_date
    run("import", str(SAMPLE))
    return {
        "check": json.loads(run("check", "--as-of", "2026-11-23", "--json")),
        "deadlines": json.loads(run("deadlines", "--as-of", "2026-11-23", "--all", "--json")),
        "deadlines_since": json.loads(run("deadlines", "--as-of", "2026-11-23", "--since", "2025-06-01",
                                          "--json")),
        "credits": json.loads(run("credits", "650103302000", "--as-of", "2026-11-23", "--json")),
    }


def test_the_cli_contract_does_not_depend_on_the_machines_date(tmp_path):
    first = _contract(tmp_path, "2026-12-02")
    year_later = _contract(tmp_path, "2027-12-02")
    assert first == year_later
    assert first["deadlines"]["as_of"] == "2026-11-23"
    every = first["deadlines"]["deadlines"]
    assert {d["kind"] for d in every} >= {"application", "order", "report", "request", "plan"}
    assert all(d["due_date"] >= "2025-06-01" for d in first["deadlines_since"]["deadlines"])
    assert len(first["deadlines_since"]["deadlines"]) < len(every)
    assert len(first["check"]["staff"]) == 8
