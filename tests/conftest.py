import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Tests read English unless they choose a language."""
    from skma_training import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def rules():
    from skma_training.domain.rules import default_rule_book
    from datetime import date

    return default_rule_book().for_date(date(2026, 11, 23))


@pytest.fixture(autouse=True)
def _pending_records(tmp_path, monkeypatch):
    """Records of temporary files go to the test's own folder, not the user's data."""
    monkeypatch.setenv("SKMA_TRAINING_PENDING_DIR", str(tmp_path.parent / f"{tmp_path.name}-pending"))
