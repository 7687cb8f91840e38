"""A fast subset of scripts/faults.py: one kill -9 of each kind, one damaged file of each kind.

The full run (30+ trials each, 20 import pairs, a full tmpfs) is `python scripts/faults.py`.
"""

import importlib.util
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def faults():
    spec = importlib.util.spec_from_file_location("faults_script", ROOT / "scripts" / "faults.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.IN_PROCESS = True
    return module


@pytest.fixture(scope="module")
def shared(faults, tmp_path_factory):
    folder = tmp_path_factory.mktemp("shared")
    faults.prepare_shared(folder)
    return folder


# about how long each piece of work takes here (the kill comes at a random moment within it)
DURATIONS = {"import": 2.0, "export": 1.5, "print": 2.0, "backup": 0.6, "migrate": 1.2}


@pytest.mark.parametrize("kind", sorted(DURATIONS))
def test_a_kill_during_the_work_leaves_the_register_whole_and_nothing_behind(faults, shared, tmp_path, kind):
    figures = faults.kill_trials(kind, 1, tmp_path, shared, random.Random(kind), DURATIONS[kind])
    assert figures["trials with a problem"] == 0, figures
    assert figures.get("temporary files left after the next start", 0) == 0, figures
    assert figures.get("register other", 0) == 0, figures


def test_damaged_registers_are_refused_and_left_as_they_were(faults, shared, tmp_path):
    figures = faults.damaged_trials(1, tmp_path, shared, random.Random(3))
    assert figures["problems"] == []
    for damage in ("truncated", "random page", "zero bytes", "foreign"):
        assert figures[f"{damage}: file unchanged"] == 1
